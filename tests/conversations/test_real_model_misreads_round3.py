"""Replies that heard what was said, round three: a carer asking what to do gets carers' help,
a question about the 1-10 scale is answered with the scale, a diagnosis asked for is told a
doctor gives one and what to tell them, and a carers' question while we listen is answered."""

from __future__ import annotations

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

SCALE = "1 (really low) to 10"
MENU = "Here's what I can do"


def test_a_carer_asking_what_to_do_gets_carers_help(someone: TestBot) -> None:
    someone.onboard()
    someone.say("My wife has dementia and I am her full time carer. I am exhausted.")
    someone.say("I do not have much help. My son visits once a month.")
    said = someone.say("I suppose I am managing.")
    assert MENU not in said and "go on" in said
    said = someone.say("What would you suggest?")
    assert "Carers UK" in said and "carer's assessment" in said and "anxiety" not in said


def test_a_carers_question_while_listening_is_answered(someone: TestBot) -> None:
    someone.onboard()
    someone.say("i look after my husband who has dementia")
    someone.say("he didnt know who i was this morning")
    someone.say("im so tired and i cant leave him alone")
    said = someone.say("what help is there for carers")
    assert "Carers UK" in said and "I'm listening" not in said


def test_what_to_put_in_a_check_in_is_told_the_scale(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    said = someone.say("what should i put")
    assert MENU not in said and "low (1–3)" in said


def test_a_diagnosis_asked_for_is_sent_to_a_doctor(someone: TestBot) -> None:
    someone.onboard()
    said = someone.say("can you tell me if im depressed")
    assert SCALE not in said and "GP" in said and "how long it's been going on" in said
    said = someone.say("can you diagnose me with adhd")
    assert "a lot to take in" not in said and "GP" in said


def test_a_parent_asking_whether_to_take_her_to_the_gp_is_answered(someone: TestBot) -> None:
    someone.onboard()
    someone.say(
        "My 14 year old daughter has stopped eating properly and stays in her room all day. "
        "I'm worried sick."
    )
    someone.say("She won't talk to me")
    said = someone.say("Should I take her to the GP?")
    assert SCALE not in said and "Yes, a GP" in said and "Beat" in said


def test_a_young_person_worried_for_a_friend_is_told_of_an_adult_and_childline(
    someone: TestBot,
) -> None:
    someone.onboard()
    someone.say("I'm worried about my friend, she keeps saying she wants to disappear")
    said = someone.say("she's 15 same as me")
    assert "adult you trust" in said and "Childline" in said
    said = someone.say("what do i do")
    assert "adult you trust" in said and "Childline" in said


def test_off_topic_twice_lists_what_we_do_once(someone: TestBot) -> None:
    someone.onboard()
    assert "check in on your mood" in someone.say("tell me a joke")
    said = someone.say("whats 2+2")
    assert "not something I can help with" in said and "Text MENU" in said
    assert "check in on your mood" not in said


def test_emoji_of_no_feeling_are_not_read_as_sadness(someone: TestBot) -> None:
    someone.onboard()
    said = someone.say("🍕🍕🍕")
    assert "sorry you're feeling" not in said and SCALE not in said


def test_im_ok_after_calling_off_a_person_is_not_asked_for_a_score(someone: TestBot) -> None:
    someone.onboard()
    someone.say("I want to talk to someone")
    someone.say("actually never mind")
    said = someone.say("im ok")
    assert SCALE not in said and "Glad" in said
