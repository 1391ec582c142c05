"""A check-in met with a story instead of a number: heard, not asked a third time; and a
good day told at the feelings question is met gladly."""

from __future__ import annotations

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

NUMBER = "1 (really low) to 10 (great)"


def test_a_hard_feeling_told_twice_instead_of_a_number_is_listened_to(
    someone: TestBot,
) -> None:
    someone.onboard()
    assert NUMBER in someone.say("hey so ive been having a rough week")
    # what happened, told instead of the number: listened to at once, not asked again
    told = someone.say("my boss yelled at me in front of everyone")
    assert NUMBER not in told and "I'm listening" in told
    replies = someone.say("i dont know. i just feel stupid")
    assert NUMBER not in replies and "I'm here" in replies
    assert "menu" not in replies
    # the breathing offered with it is taken up by a yes
    assert "Which would you like" in someone.say("yes")


def test_a_good_day_told_after_a_score_is_met_gladly(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say("7")
    replies = someone.say("pretty good day actually, went for a run")
    assert "Glad to hear it" in replies and "hard" not in replies
    done = someone.say("skip")
    assert "good to hear" in done and "hasn't all been easy" not in done


def test_asking_to_rant_is_listened_to(someone: TestBot) -> None:
    someone.onboard()
    assert "I'm listening" in someone.say("can i just rant for a sec")
    replies = someone.say("my flatmate never cleans up and i'm the one who always ends up doing it")
    assert "I'm listening" in replies and "how to help" not in replies
    more = someone.say("and when i said something she just laughed at me")
    assert "go on" in more and "perfect thing to say" not in more


def test_more_of_the_story_instead_of_a_score_is_heard(someone: TestBot) -> None:
    someone.onboard()
    someone.say("ugh my flatmate")
    someone.say("my flatmate never cleans up and i'm the one who always ends up doing it")
    assert "listening" in someone.say("and when i said something she just laughed at me")


def test_a_yes_to_the_breathing_offered_after_a_no_is_not_a_crisis(someone: TestBot) -> None:
    someone.onboard()
    assert "ask you directly" in someone.say("nobody cares about me")
    assert "breathing exercise" in someone.say("no")
    assert "Which would you like" in someone.say("yeah maybe the breathing")


def test_a_breakdown_told_in_a_bad_day_is_not_asked_about_danger(someone: TestBot) -> None:
    someone.onboard()
    someone.say("i had the worst day")
    someone.say("my manager had a go at me in front of everyone")
    assert "ask you directly" not in someone.say("and then i got home and the boiler's broken")


def test_going_through_the_motions_is_asked_about_not_the_full_answer(someone: TestBot) -> None:
    someone.onboard()
    someone.say("i dont feel like myself lately")
    replies = someone.say("like i'm just going through the motions")
    assert "ask you directly" in replies and "a person from our team" not in replies


def test_what_to_do_asked_instead_of_answering_the_safety_question(someone: TestBot) -> None:
    someone.onboard()
    assert "ask you directly" in someone.say("nobody cares about me")
    replies = someone.say("what i should do")
    assert "I'll help with that" in replies and "Reply YES or NO" in replies
    someone.say("no")
    ideas = someone.say("what should i do")
    assert "small steps" in ideas or "A few things" in ideas
    assert "Here's what I can do" not in ideas


def test_a_short_telling_after_one_reask_is_heard(someone: TestBot) -> None:
    someone.onboard()
    someone.say("i miss my ex so much")
    someone.say("we broke up 3 months ago")
    replies = someone.say("i keep checking his instagram")
    # (missing him is listened to from the first message, so this is a third turn of it)
    assert ("I'm here" in replies or "still listening" in replies) and NUMBER not in replies


def test_more_told_instead_of_a_yes_or_no_is_not_asked_word_for_word(someone: TestBot) -> None:
    someone.onboard()
    first = someone.say("my mum texts me too much")
    assert "ask you directly" in first
    again = someone.say("i havent told anyone")
    assert "I'm listening" in again and "Reply YES or NO" in again and again != first
    after = someone.say("no")
    # the message is then met as said: trouble at home listened to, not a 1-10 question
    assert "If that ever changes" in after and "Things with family" in after
