"""Round twenty: everyday conversation. A death told as "since my husband passed" is grief,
not good news; "lonely since i moved to london" is loneliness, not a time zone; a "yeah and
..." that carries on the story, or "yeah exactly", is not a yes to breathing; a check-in
begun from what they told us listens when they tell more instead of a number; falling out
with a mate or rowing with a parent is listened to; a rent rise is a money worry; "it's every
night now", mid-story, is not a sleep diary."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

ONE_TO_TEN = "from 1 (really low) to 10 (great)"
BREATHING_MENU = "Which would you like?"


def test_since_my_husband_passed_is_grief_not_good_news(someone: TestBot) -> None:
    someone.onboard()
    first = someone.say(
        "Good afternoon. I am 78 and I find the evenings rather long since my husband passed."
    )
    assert "congratulations" not in first and "sorry for your loss" in first
    someone.say("We were married 52 years.")
    thanks = someone.say("Thank you for listening, dear.")
    assert "happy for you" not in thanks and "🎉" not in thanks


@pytest.mark.parametrize("said", ["i passed my driving test!!", "just passed my exams"])
def test_passing_a_test_is_still_good_news(someone: TestBot, said: str) -> None:
    someone.onboard()
    assert "congratulations" in someone.say(said)


def test_lonely_since_moving_to_london_is_loneliness_not_a_time_zone(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("i feel so lonely since i moved to london for work")
    assert "time zone" not in replies and "Loneliness" in replies


def test_a_yeah_that_carries_on_the_story_is_not_yes_to_breathing(someone: TestBot) -> None:
    someone.onboard()
    offered = someone.say(
        "my manager keeps piling stuff on me and then acts surprised when things are late"
    )
    assert "breathing exercise" in offered
    replies = someone.say("yeah and today she had a go at me in front of everyone")
    assert BREATHING_MENU not in replies and "I'm" in replies
    assert BREATHING_MENU not in someone.say("yeah exactly")
    assert BREATHING_MENU in someone.say("yeah lets do it")


def test_more_of_the_story_instead_of_a_number_is_listened_to(someone: TestBot) -> None:
    someone.onboard()
    assert ONE_TO_TEN in someone.say("been a rough few days")
    replies = someone.say("work mostly")
    assert "didn't catch a number" not in replies and ONE_TO_TEN not in replies
    assert "Work sounds" in replies


def test_a_teen_telling_their_day_is_not_asked_for_a_number_three_times(
    someone: TestBot,
) -> None:
    someone.onboard()
    someone.say("ngl today was lowkey mid")
    school = someone.say("school was long and my mates were being weird")
    assert ONE_TO_TEN not in school and "friends" in school
    shrug = someone.say("idk its whatever")
    assert ONE_TO_TEN not in shrug and "How are you feeling today" not in shrug
    assert "you don't need the right words" in shrug


def test_a_number_asked_for_is_still_asked_for_again_once(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    assert "If you put a number on how you feel" in someone.say("3 exams tomorrow and im scared")


@pytest.mark.parametrize(
    ("said", "heard"),
    [
        ("me and my best mate fell out over something stupid", "friends"),
        ("my mum and me argued again about my uni choices", "family"),
    ],
)
def test_falling_out_with_someone_close_is_listened_to(
    someone: TestBot, said: str, heard: str
) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert heard in replies and ONE_TO_TEN not in replies


def test_a_rent_rise_is_a_money_worry_and_what_follows_is_heard(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("rent went up again by 150 a month")
    assert "not something I can help with" not in replies and "Money worries" in replies
    someone.say("i literally cant afford it")
    after = someone.say("ive got about 40 quid til payday")
    assert ONE_TO_TEN not in after


def test_every_night_now_mid_story_is_not_a_sleep_diary(someone: TestBot) -> None:
    someone.onboard()
    someone.say("we keep arguing about money, me and my husband")
    replies = someone.say("it's every night now")
    assert "sleep diary" not in replies and "get into bed" not in replies


@pytest.mark.parametrize(
    ("said", "heard"),
    [
        ("my flatmate ate my food AGAIN", "Living with that"),
        ("uni is so hard i think im gonna drop out", "Studying"),
        ("my daughter wont speak to me since the wedding", "kids"),
        ("im a carer for my son who has autism and i never get a break", "kids"),
    ],
)
def test_a_trouble_with_someone_or_something_named_is_listened_to(
    someone: TestBot, said: str, heard: str
) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert heard in replies and ONE_TO_TEN not in replies


def test_an_interview_tomorrow_gets_good_luck_and_the_worry_after_is_nerves(
    someone: TestBot,
) -> None:
    someone.onboard()
    replies = someone.say("i have an interview tomorrow")
    assert "Good luck with your interview" in replies
    assert "not something I can help with" not in replies
    worry = someone.say("what if i mess it up")
    assert "Nerves before something like that" in worry and ONE_TO_TEN not in worry


def test_an_exam_not_revised_for_is_no_good_luck(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("my exam is in 2 days and i havent revised at all")
    assert "Good luck" not in replies


def test_told_we_got_the_feeling_wrong_is_said_back_as_put_right(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("you got it wrong, im not sad im angry")
    assert "Sorry, I got that wrong: angry, not sad" in replies
    assert "breathing" not in replies


def test_put_right_mid_story_is_not_asked_what_made_them_feel_it(someone: TestBot) -> None:
    someone.onboard()
    told = someone.say("my manager had a go at me today")
    assert "Work sounds" in told and ONE_TO_TEN not in told
    replies = someone.say("no i said i was annoyed not sad")
    assert "annoyed, not sad" in replies and "makes sense after that" in replies


@pytest.mark.parametrize("said", ["thats not what i meant", "you're not listening to me"])
def test_not_what_i_meant_gets_an_apology_not_the_menu(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "Sorry, I got that wrong" in replies and "Reply with a number" not in replies


def test_why_do_you_keep_asking_for_numbers_is_answered(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("why do you keep asking me for numbers")
    assert "you don't need to give me a number" in replies and "breathing" not in replies


def test_a_late_wifes_birthday_is_met_as_grief(someone: TestBot) -> None:
    someone.onboard()
    first = someone.say("It is my late wife's birthday today. She would have been 80.")
    assert "sorry for your loss" in first and "about her" in first
    later = someone.say("I suppose I ought to get on with the day.")
    assert "not sure I understood" not in later


def test_everyone_laughing_mid_story_is_not_lovely_to_hear(someone: TestBot) -> None:
    someone.onboard()
    someone.say("got told off by my teacher in front of the whole class")
    replies = someone.say("everyone was laughing")
    assert "lovely to hear" not in replies and "I'm" in replies


def test_a_quiet_birthday_with_family_is_not_met_as_family_trouble(someone: TestBot) -> None:
    someone.onboard()
    someone.say("its my birthday today!")
    assert "Things with family can be so hard" not in someone.say("just a quiet one with my family")


def test_a_telling_that_opens_a_check_in_is_thanked_before_the_number(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("my dog is poorly, vet tomorrow")
    assert not replies.startswith("How are you feeling right now")


def test_yeah_because_i_cant_calm_down_is_yes_to_breathing(someone: TestBot) -> None:
    someone.onboard()
    someone.say("my manager keeps piling stuff on me and then acts surprised when things are late")
    replies = someone.say("yeah because i cant calm down")
    assert BREATHING_MENU in replies and "another time" not in replies


def test_a_topic_named_at_an_asked_check_in_is_thanked_before_asking_again(
    someone: TestBot,
) -> None:
    someone.onboard()
    someone.say("check in")
    replies = someone.say("work")
    assert "didn't catch a number" not in replies and "Thanks for telling me" in replies


def test_ready_for_the_day_ahead_is_wished_luck_not_the_menu(someone: TestBot) -> None:
    someone.onboard()
    someone.say("ive got an exam tomorrow")
    replies = someone.say("yeah im ready i think")
    assert "Good luck" in replies and "MENU" not in replies


def test_no_one_remembering_their_birthday_is_heard(someone: TestBot) -> None:
    someone.onboard()
    someone.say("its my birthday today!")
    replies = someone.say("nothing, no one remembered")
    assert "alone" in replies and "How are you feeling today" not in replies


def test_a_friends_breakup_is_how_to_help_them_not_ours(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("my friend is going through a breakup and i dont know what to say to her")
    assert "A breakup hurts so much" not in replies and "listen without judging" in replies
    after = someone.say("she keeps crying")
    assert ONE_TO_TEN not in after


def test_everything_instead_of_a_number_after_not_great_is_listened_to(
    someone: TestBot,
) -> None:
    someone.onboard()
    someone.say("not great")
    replies = someone.say("everything")
    assert "didn't catch a number" not in replies and "sounds really hard" in replies


def test_sent_by_a_son_with_nerves_told_is_heard_not_handed_the_menu(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say(
        "My dear, I do not really know how this works. My son told me to write to you. "
        "I have been having trouble with my nerves since the operation."
    )
    assert "Here's what I can do" not in replies and "I'm listening" in replies
    assert "kids" not in replies
