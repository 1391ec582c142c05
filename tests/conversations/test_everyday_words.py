"""Everyday replies to things people text in their own words, with the shipped model."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


@pytest.mark.parametrize(
    ("word", "mood"), [("low", 3), ("everything sucks", 2), ("just tired", 5), ("ok", 6)]
)
def test_a_word_for_the_mood_is_taken_as_a_number(someone: TestBot, word: str, mood: int) -> None:
    someone.onboard()
    someone.say("check in")
    replies = someone.say(word)
    assert f"about a {mood}" in replies and "didn't catch a number" not in replies


def test_a_mood_word_also_counts_as_how_they_feel(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    replies = someone.say("pretty low tbh")
    assert "What words would you use" not in replies


@pytest.mark.parametrize(
    "question", ["how has my mood been this week", "what did i say my mood was yesterday"]
)
def test_asking_about_past_moods_reads_them_back(someone: TestBot, question: str) -> None:
    someone.onboard()
    replies = someone.say(question)
    assert "from 1 (really low) to 10" not in replies


@pytest.mark.parametrize(
    ("said", "zone"),
    [
        ("i'm on pacific time", "US Pacific time (Los Angeles)"),
        ("gmt+5:30", "India time (Kolkata)"),
        ("we're on eastern time", "US Eastern time (New York)"),
    ],
)
def test_a_time_zone_said_in_other_words(someone: TestBot, said: str, zone: str) -> None:
    someone.onboard()
    assert zone in someone.say(said)


def test_im_on_my_way_is_not_a_time_zone(someone: TestBot) -> None:
    someone.onboard()
    assert "time zone" not in someone.say("im on my way")


def test_a_reminder_asked_for_mid_diary_is_set_and_the_diary_goes_on(someone: TestBot) -> None:
    someone.onboard()
    someone.say("sleep diary")
    someone.say("11pm")
    aside = someone.say("remind me at 9am to call the doctor")
    assert "call the doctor" in aside and "Back to your sleep diary" in aside
    assert "what time did you get up" in aside.lower()
    answer = someone.say("6am")
    assert "Moved" not in answer and "fall asleep" in answer
    assert "9:00am" in someone.say("what reminders do i have")


def test_a_reminder_asked_for_mid_checkin_is_set_and_the_checkin_goes_on(
    someone: TestBot,
) -> None:
    someone.onboard()
    someone.say("check in")
    aside = someone.say("remind me to drink water at 3pm")
    assert "drink water" in aside and "Back to your check-in" in aside
    assert "from 1 (really low) to 10" not in someone.say("6")


def test_a_night_told_in_one_message_goes_in_the_diary(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("went to bed at 11:30, woke up at 6:45, slept like crap")
    assert "put that in a sleep diary" in replies and "fall asleep" in replies
    assert "What time did you get into bed" not in replies
    done = someone.say("took about an hour")
    assert "7h 15m" in done


def _breathing(someone: TestBot, choice: str = "1") -> None:
    someone.onboard()
    someone.say("breathe")
    someone.say(choice)
    someone.say("skip")


def test_asking_for_a_slower_pace_keeps_the_exercise_going(someone: TestBot) -> None:
    _breathing(someone)
    replies = someone.say("slower")
    assert "count more slowly" in replies and "from 1 (really low) to 10" not in replies
    assert any("Round" in text for text in someone.tick(minutes=2))


def test_having_to_go_mid_exercise_stops_it(someone: TestBot) -> None:
    _breathing(someone, "3")
    replies = someone.say("i have to go")
    assert "stop there" in replies and 'Text "breathe"' in replies
    assert not any("Round" in text for text in someone.tick(minutes=3))


def test_again_after_an_exercise_starts_the_same_one(someone: TestBot) -> None:
    _breathing(someone, "2")
    someone.tick(minutes=3)
    replies = someone.say("again")
    assert "how do you feel right now" in replies.lower()
    assert "4-7-8" in someone.say("skip")


@pytest.mark.parametrize(
    "message", ["delete my last message", "forget what i said about my ex", "delete that check in"]
)
def test_erasing_one_thing_is_explained_and_nothing_is_erased(
    someone: TestBot, message: str
) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say("5")
    someone.say("skip")
    someone.say("skip")
    replies = someone.say(message)
    assert "can't delete a single message" in replies
    assert "erased" not in someone.say("yes")
    assert "Check-ins: 1" in someone.say("export my data")


@pytest.mark.parametrize(
    "message",
    [
        "my son uses this service, please delete his data",
        "hi my daughter uses this app, can i see what she has been saying?",
    ],
)
def test_someone_elses_data_is_private(someone: TestBot, message: str) -> None:
    replies = someone.say(message)
    assert "stays private" in replies and "erased" not in someone.say("yes")


@pytest.mark.parametrize("message", ["sorry wrong number", "who is this? i never signed up"])
def test_a_wrong_number_is_apologised_to_and_never_nudged(someone: TestBot, message: str) -> None:
    replies = someone.say(message)
    assert "isn't signed up" in replies and "keep our conversation" not in replies
    assert someone.tick(days=8) == []


@pytest.mark.parametrize(
    "message", ["STOP please", "Stop texting me", "unsubscribe me", "STOP STOP", "opt out please"]
)
def test_stop_said_with_a_little_more_unsubscribes(someone: TestBot, message: str) -> None:
    someone.onboard()
    someone.say("remind me to drink water every day at 9pm")
    assert "unsubscribed" in someone.say(message)
    assert someone.tick(days=2) == []


def test_stop_texting_me_at_night_is_about_quiet_hours(someone: TestBot) -> None:
    someone.onboard()
    assert "unsubscribed" not in someone.say("stop texting me at night")


def test_more_about_the_day_after_a_checkin_is_listened_to(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say("5")
    someone.say("skip")
    someone.say("skip")
    replies = someone.say("i had a fight with my boss today")
    assert "from 1 (really low) to 10" not in replies and "listening" in replies


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("am i overreacting?", "makes sense that this got to you"),
        ("be honest, is it my fault?", "doesn't make it your fault"),
        ("is it normal to cry every day after a breakup?", "lots of people feel that way"),
        ("do you think i should text my ex?", "I can't decide that for you"),
        ("what would you do?", "I can't decide that for you"),
    ],
)
def test_asked_what_we_think_gets_a_thought_back(
    someone: TestBot, question: str, answer: str
) -> None:
    someone.onboard()
    replies = someone.say(question)
    assert answer in replies
    assert "from 1 (really low) to 10" not in replies and "Here's what I can do" not in replies


@pytest.mark.parametrize("news", ["I GOT THE JOB!!!", "passed my driving test today!!"])
def test_good_news_is_celebrated_not_put_in_a_form(someone: TestBot, news: str) -> None:
    someone.onboard()
    replies = someone.say(news)
    assert "congratulations" in replies and "from 1 (really low) to 10" not in replies


def test_feeling_better_is_not_a_yes_to_the_direct_question(someone: TestBot) -> None:
    someone.onboard()
    someone.say("i'm having a panic attack")
    someone.say("it's my exam tomorrow i cant do this")
    replies = someone.say("ok that's a bit better")
    assert "I'm really sorry you're going through this" not in replies


def test_while_waiting_for_a_person_the_bot_says_it_is_the_bot(someone: TestBot) -> None:
    someone.onboard()
    someone.say("talk to a person")
    replies = someone.say("are you actually a person")
    assert "I'm MindLink, the bot" in replies and "No one from our team has joined yet" in replies


def test_erasing_data_while_waiting_for_a_person_is_carried_out(someone: TestBot) -> None:
    someone.onboard()
    someone.say("talk to a person")
    assert "YES to delete" in someone.say("delete my data")
    assert "erased" in someone.say("yes")


@pytest.mark.parametrize(
    "message",
    [
        "i dont want to do a check in i just want to talk",
        "stop asking me for a number",
        "you're just a bot you dont get it",
    ],
)
def test_not_wanting_the_checkin_ends_it_and_listens(someone: TestBot, message: str) -> None:
    someone.onboard()
    someone.say("check in")
    replies = someone.say(message)
    assert "listening" in replies and "from 1 (really low) to 10" not in replies


@pytest.mark.parametrize("message", ["12 hour days for weeks", "i keep looking at his bed"])
def test_told_mid_checkin_is_not_a_reminder_or_a_sleep_diary(
    someone: TestBot, message: str
) -> None:
    someone.onboard()
    someone.say("check in")
    replies = someone.say(message)
    assert "remind you" not in replies and "sleep diary" not in replies
    assert "what reminders" not in replies


def test_a_nightmare_of_a_manager_is_not_about_dreams(someone: TestBot) -> None:
    someone.onboard()
    assert "dream" not in someone.say("my manager is a nightmare").lower()


@pytest.mark.parametrize(
    ("first", "fix", "expected"),
    [
        ("remind me to take my meds at 7pm", "at 7:30 actually", "7:30pm"),
        ("remind me to call the bank tomorrow at 10", "no make it 11am", "11:00am"),
        ("remind me to call the bank tomorrow at 10", "change it", "What time should I move it"),
        # a delay put right keeps its unit (the clock reads 12:00)
        ("remind me to take the pizza out in 20 minutes", "wait no make it 25", "12:25pm"),
        ("remind me to call mum in 2 hours", "make it 3", "3:00pm"),
        ("remind me to call mum at 8pm", "make it 9", "9:00pm"),
    ],
)
def test_a_time_put_right_just_after_setting_moves_that_reminder(
    someone: TestBot, first: str, fix: str, expected: str
) -> None:
    someone.onboard()
    someone.say(first)
    assert expected in someone.say(fix)


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("do you even care?", "I can't care the way a person does"),
        ("guess what", "Tell me!"),
        ("you're the only one i talk to these days", "lonely"),
    ],
)
def test_everyday_remarks_to_the_bot_are_answered_as_said(
    someone: TestBot, message: str, expected: str
) -> None:
    someone.onboard()
    assert expected in someone.say(message)


@pytest.mark.parametrize(
    ("first", "then", "expected"),
    [
        ("sleep tips", "another one", "A few more that help"),
        ("its 3am and i cant sleep", "what do i do", "A few more for tonight"),
    ],
)
def test_more_sleep_tips_when_asked(someone: TestBot, first: str, then: str, expected: str) -> None:
    someone.onboard()
    someone.say(first)
    replies = someone.say(then)
    assert expected in replies and "Here's what I can do" not in replies


@pytest.mark.parametrize(
    "message",
    ["i'm nervous but excited about tomorrow", "feeling bittersweet today, last day at my job"],
)
def test_two_feelings_at_once_are_met_as_both(someone: TestBot, message: str) -> None:
    someone.onboard()
    replies = someone.say(message)
    assert "Two feelings at once" in replies
    assert "frustrating" not in replies and "sounds hard" not in replies


def test_two_feelings_in_place_of_a_number_are_met_as_both(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    replies = someone.say("honestly nervous but excited, big day tomorrow")
    assert "Both at once makes sense" in replies
    assert "1 (really low) to 10" in replies
