"""Round twenty: whole journeys. A helpline asked for in plain words ("i need a helpline") is
given, here and abroad; "what am i consenting to" is explained; "i need to talk about
something" before consent is listened to once it is answered, not handed the menu; a hello
that says things got worse is met as how they are; venting while an exercise is chosen is
heard before the choice is asked again."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

MENU = "Here's what I can do"


@pytest.mark.parametrize(
    ("number", "line"),
    [("+447400123456", "116 123"), ("+6421123456", "1737"), ("+61412345678", "13 11 14")],
)
def test_i_need_a_helpline_gives_the_line_where_they_are(
    someone: TestBot, number: str, line: str
) -> None:
    person = someone.as_(number).onboard()
    replies = person.say("i need a helpline")
    assert line in replies and MENU not in replies


def test_asking_for_any_hotlines_gives_one(someone: TestBot) -> None:
    someone.onboard()
    assert "116 123" in someone.say("any hotlines pls")


def test_what_am_i_consenting_to_is_explained(someone: TestBot) -> None:
    someone.say("hi")
    replies = someone.say("what am i consenting to")
    assert "180 days" in replies and "Our support team can read" in replies


def test_asking_to_talk_at_the_consent_question_is_listened_to_not_the_menu(
    someone: TestBot,
) -> None:
    someone.say("hey")
    someone.say("so")
    replies = someone.say("i need to talk about something")
    assert "I'm listening" in replies and MENU not in replies


def test_asking_to_talk_as_the_first_message_is_listened_to_after_consent(
    someone: TestBot,
) -> None:
    assert "Is it OK for me to keep" in someone.say("i need to talk about something")
    replies = someone.say("yes")
    assert "I'm listening" in replies and MENU not in replies


def test_getting_something_off_their_chest_is_listened_to_not_breathing(
    someone: TestBot,
) -> None:
    someone.onboard()
    replies = someone.say("i need to get something off my chest")
    assert "I'm listening" in replies and "breathe together" not in replies


@pytest.mark.parametrize(
    "back", ["hey im back, things got worse", "hey its me again. my exam went badly"]
)
def test_a_hello_that_says_things_went_badly_is_not_only_a_hello(
    someone: TestBot, back: str
) -> None:
    someone.onboard()
    replies = someone.say(back)
    assert "Good to hear from you" not in replies
    assert "1 (really low) to 10" in replies and "Glad" not in replies


def test_venting_while_choosing_a_breathing_exercise_is_heard(someone: TestBot) -> None:
    someone.onboard()
    someone.say("breathing")
    replies = someone.say("my boss just screamed at me in front of everyone")
    assert "sounds really hard" in replies and '"not now"' in replies


def test_crying_at_the_mood_before_breathing_is_heard(someone: TestBot) -> None:
    someone.onboard()
    someone.say("breathing")
    someone.say("1")
    replies = someone.say("i cant stop crying")
    assert "I'm sorry it's so hard" in replies and "is all I need" not in replies


def test_more_hard_news_while_listening_is_not_met_with_the_same_words(
    someone: TestBot,
) -> None:
    someone.onboard()
    first = someone.say("my dad is in hospital and i dont know what to do")
    replies = someone.say("he had a stroke this morning")
    assert "a lot to take in" in first and replies != first and "listening" in replies


def test_hard_news_as_the_first_message_is_heard_then_asked_then_listened_to(
    someone: TestBot,
) -> None:
    first = someone.say("my mum has cancer")
    assert "a lot to take in" in first and "Before you tell me more" in first
    replies = someone.say("yes")
    assert "Thank you" in replies and "I'm listening" in replies and MENU not in replies


def test_hard_news_told_at_the_consent_question_is_listened_to_after_the_yes(
    someone: TestBot,
) -> None:
    someone.say("hi")
    assert "may I keep our conversation" in someone.say("my mum has cancer")
    replies = someone.say("yes")
    assert "I'm listening" in replies and MENU not in replies


def test_breathing_offered_with_a_first_message_is_offered_again_after_consent(
    someone: TestBot,
) -> None:
    first = someone.say("i think i have ocd")
    assert "breathing exercise" in first and "Is it OK for me to keep" in first
    assert "would a short breathing exercise help" in someone.say("yes")
    assert "Let's breathe together" in someone.say("yes")


def test_someone_else_crying_mid_breathing_is_not_taken_for_their_tears(
    someone: TestBot,
) -> None:
    someone.onboard()
    someone.mid_breathing()
    replies = someone.say("my mum just called, she's crying")
    assert "Tears often come when we slow down" not in replies
    assert "I've paused the breathing" in replies


def test_did_you_remind_me_after_a_one_off_says_it_was_sent(someone: TestBot) -> None:
    someone.onboard()  # Monday midday in London
    someone.say("remind me to call the doctor at 10am tomorrow")
    sent = [r for _ in range(24) for r in someone.tick(hours=1)]  # to Tuesday midday
    assert "Reminder: call the doctor" in sent
    replies = someone.say("did you remind me")
    assert "I sent your reminder to call the doctor" in replies and "at 10:00am" in replies
    assert "any reminders yet" not in replies


def test_how_does_this_work_mid_sleep_diary_explains_and_keeps_the_diary(
    someone: TestBot,
) -> None:
    someone.onboard()
    someone.say("sleep diary")
    replies = someone.say("wait how does this work")
    assert "four quick questions" in replies and MENU not in replies
    assert "what time did you get up" in someone.say("11pm").lower()


def test_a_story_started_in_two_texts_is_not_met_with_the_same_words_twice(
    someone: TestBot,
) -> None:
    someone.onboard()
    first = someone.say("ok so")
    second = someone.say("basically")
    assert "I'm listening" in first and "I'm here" in second and first != second


def test_a_hello_days_after_a_low_check_in_asks_how_they_are_now(someone: TestBot) -> None:
    someone.onboard()
    for said in ("check in", "3", "sad and tired", "skip"):
        someone.say(said)
    someone.tick(days=2)
    replies = someone.say("hey")
    assert "you gave it a 3" in replies and "How are you doing now?" in replies
    assert "What would you like?" not in replies


def test_a_hello_days_after_a_good_check_in_is_the_usual_hello(someone: TestBot) -> None:
    someone.onboard()
    for said in ("check in", "8", "good", "skip"):
        someone.say(said)
    someone.tick(days=2)
    assert "Good to hear from you" in someone.say("hey")


def test_insurance_not_covering_therapy_is_heard_not_off_topic(someone: TestBot) -> None:
    person = someone.as_("+12125550111").onboard()
    person.say("i need a therapist")
    replies = person.say("my insurance doesnt cover therapy")
    assert "not something I can help with" not in replies
    assert "free or low-cost" in replies and "988" in replies


def test_a_long_waiting_list_is_heard(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("the waiting list for therapy is 6 months")
    assert "Waiting that long" in replies and "116 123" in replies


def test_this_is_hard_to_say_at_the_consent_question_is_listened_to(someone: TestBot) -> None:
    someone.say("hey")
    someone.say("sorry")
    replies = someone.say("this is hard to say")
    assert "I'm listening" in replies and "frustrating" not in replies


def test_i_dont_know_how_to_say_this_first_is_asked_before_they_tell_it(
    someone: TestBot,
) -> None:
    first = someone.say("i dont know how to say this")
    assert "Before you tell me more" in first and "I'll help with that" not in first
    assert "I'm listening" in someone.say("yes")


def test_getting_care_in_australia_names_a_gp(someone: TestBot) -> None:
    person = someone.as_("+61412345678").onboard()
    replies = person.say("can i talk to a gp about my anxiety")
    assert "A GP or your local health service" in replies and "000" in replies


def test_a_hard_day_told_mid_sleep_diary_is_heard_before_the_question(
    someone: TestBot,
) -> None:
    someone.onboard()
    someone.say("sleep diary")
    someone.say("11pm")
    replies = someone.say("i feel awful today tbh")
    assert (
        "hard day" in replies and '"not now"' in replies and "What time did you get up" in replies
    )
    assert "leave that for now" in someone.say("not now")


def test_sorry_to_bother_you_is_told_its_no_bother(someone: TestBot) -> None:
    someone.onboard()
    someone.say("hi")
    replies = someone.say("sorry to bother you")
    assert "not bothering me" in replies and "Thanks for telling me" not in replies


def test_feeling_really_alone_tonight_is_met_as_loneliness(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("i just feel really alone tonight")
    assert "Loneliness" in replies and "1 (really low) to 10" not in replies
