"""Round twenty-one: how people tell the bot how they feel. A check-in begun from glad words
of their own ("feeling great today") shares more of the good day gladly, instead of asking
for a number again or hearing the kids or a mum named as a hard time; "how are you" there is
answered; "i dont really want to give a number" is heard as no numbers."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

ONE_TO_TEN = "from 1 (really low) to 10 (great)"


@pytest.mark.parametrize(
    ("opened", "more"),
    [
        ("feeling great today", "just wanted to say that"),
        ("i had a really good day today", "we went to the park with the kids"),
        ("today was actually amazing", "my mum is coming over later"),
        ("im so happy rn", "my boyfriend surprised me with flowers"),
    ],
)
def test_more_of_a_good_day_is_shared_not_asked_for_a_number(
    someone: TestBot, opened: str, more: str
) -> None:
    someone.onboard()
    assert ONE_TO_TEN in someone.say(opened)
    replies = someone.say(more)
    assert ONE_TO_TEN not in replies and "weigh so heavily" not in replies
    assert "so hard" not in replies and "lovely" in replies
    assert "note that as" not in someone.say("8")  # the check-in was let go, not half kept


def test_a_hard_turn_after_a_good_day_is_still_heard(someone: TestBot) -> None:
    someone.onboard()
    someone.say("i had a really good day today")
    replies = someone.say("but now im home and feel empty again")
    assert "lovely" not in replies and "hard" in replies


def test_how_are_you_after_a_good_day_is_answered(someone: TestBot) -> None:
    someone.onboard()
    someone.say("feeling great today")
    replies = someone.say("how are you")
    assert "thanks for asking" in replies and ONE_TO_TEN not in replies


@pytest.mark.parametrize(
    "said",
    ["i dont really want to give a number", "i don't feel like giving a number tbh"],
)
def test_not_wanting_a_number_is_heard(someone: TestBot, said: str) -> None:
    someone.onboard()
    someone.say("check in")
    replies = someone.say(said)
    assert "no numbers needed" in replies and ONE_TO_TEN not in replies


@pytest.mark.parametrize("said", ["im not sure how to rate it", "no idea what to put"])
def test_unsure_how_to_rate_gets_the_rough_bands(someone: TestBot, said: str) -> None:
    someone.onboard()
    someone.say("check in")
    replies = someone.say(said)
    assert "Roughly, is it low" in replies and "Here's what I can do" not in replies


@pytest.mark.parametrize(
    "said",
    [
        "i been feelin real down lately, aint nobody checkin on me",
        "my friends never check in on me anymore",
        "nobody ever checks in on me",
    ],
)
def test_nobody_checking_on_them_is_loneliness_not_a_setting(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "Loneliness" in replies and "won't message you" not in replies


def test_you_never_check_in_on_me_does_not_turn_check_ins_off(someone: TestBot) -> None:
    someone.onboard()
    assert "won't message you" not in someone.say("you never check in on me")
    assert "won't message you" in someone.say("no more check ins please")


@pytest.mark.parametrize(
    "said", ["i slept so well last night", "finally slept properly last night!"]
)
def test_a_good_night_told_is_glad_not_straight_into_the_diary(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "good to hear" in replies and "What time did you get into bed" not in replies


def test_a_bad_night_told_still_opens_the_diary(someone: TestBot) -> None:
    someone.onboard()
    assert "What time did you get into bed" in someone.say("i slept badly last night")


def test_coming_over_to_celebrate_after_good_news_is_glad(someone: TestBot) -> None:
    someone.onboard()
    someone.say("i got the job!!!")
    replies = someone.say("my mum is coming over later to celebrate")
    assert "lovely" in replies and "How are you feeling today" not in replies


@pytest.mark.parametrize(
    "said",
    [
        "Good morning. I am feeling rather low today.",
        "Good morning. I have been feeling rather low these past few weeks, I must confess. "
        "My children rarely visit and the house is very quiet.",
    ],
)
def test_a_low_mood_after_good_morning_is_not_met_as_glad(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "Glad to hear it" not in replies and "Let's note it down" not in replies


def test_children_who_rarely_visit_is_loneliness(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say(
        "Good morning. I have been feeling rather low these past few weeks, I must confess. "
        "My children rarely visit and the house is very quiet."
    )
    assert "alone" in replies and "your kids" not in replies


def test_how_are_you_after_good_news_is_answered_not_met_as_more_news(someone: TestBot) -> None:
    someone.onboard()
    someone.say("i got the job!!!")
    replies = someone.say("how are you")
    assert "thanks for asking" in replies and "that's lovely" not in replies
    someone.say("i got the job!!!")
    assert "that's lovely" in someone.say("what a day")
