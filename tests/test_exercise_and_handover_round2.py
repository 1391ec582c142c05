"""Breathing, privacy questions and first contact, a second round, with the shipped model:
"wait" or "brb" before or during an exercise waits instead of ending it, "ok go on" starts
it, "can we do a different one" offers the choice again, "the 6 one" is slow breathing, and
"who reads this", "do you share with my gp" and "do you sell my data" get answers of their own.
"""

from __future__ import annotations

import pytest

from bot.breathing import choose
from bot.topics import service_topic
from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

MOOD_BEFORE = "how do you feel right now"
CHOICES = "Which would you like?"


@pytest.mark.parametrize("hold", ["wait", "brb", "hang on a sec", "one sec"])
def test_waiting_before_the_exercise_is_not_a_missed_answer(someone: TestBot, hold: str) -> None:
    someone.onboard()
    someone.say("can we do some breathing")
    assert MOOD_BEFORE in someone.say("box")
    waiting = someone.say(hold)
    assert "No rush" in waiting
    assert "A number from 1 to 10 is all I need" not in waiting
    assert "Box breathing: in for 4" in someone.say("5")


@pytest.mark.parametrize("go", ["ok go on", "go", "ready", "lets go", "just start"])
def test_go_on_before_the_exercise_starts_it(someone: TestBot, go: str) -> None:
    someone.onboard()
    someone.say("breathing")
    someone.say("2")
    assert "4-7-8 breathing" in someone.say(go)


def test_brb_mid_exercise_pauses_and_back_picks_it_up(someone: TestBot) -> None:
    someone.onboard().mid_breathing()
    paused = someone.say("brb")
    assert "pause" in paused
    assert "we'll stop there" not in paused
    assert "pick up again with round 2" in someone.say("back")


def test_brb_mid_exercise_pauses_on_whatsapp_too(someone: TestBot) -> None:
    on_whatsapp = someone.as_("+447700900123", "whatsapp").onboard().mid_breathing()
    assert "pause" in on_whatsapp.say("brb")
    assert "pick up again" in on_whatsapp.say("ok im back")


@pytest.mark.parametrize("other", ["can we do a different one", "try another", "another one pls"])
def test_a_different_one_mid_exercise_offers_the_choice_again(someone: TestBot, other: str) -> None:
    someone.onboard().mid_breathing()
    assert CHOICES in someone.say(other)
    started = someone.say("3")
    assert "Slow breathing: in for 5" in started
    assert MOOD_BEFORE not in started  # how they felt was asked already


@pytest.mark.parametrize(
    ("said", "pattern"),
    [("the 6 one", "slow"), ("6 a minute", "slow"), ("six breaths", "slow"), ("2", "478")],
)
def test_slow_breathing_named_by_its_pace(said: str, pattern: str) -> None:
    assert choose(said) == pattern


def test_minutes_are_not_a_pattern() -> None:
    assert choose("i have 6 minutes") is None


@pytest.mark.parametrize(
    "text",
    ["who reads this", "who reads these", "does anyone read this", "who looks at my messages"],
)
def test_who_reads_this_is_a_privacy_question(text: str) -> None:
    assert service_topic(text) == "privacy"


@pytest.mark.parametrize(
    "text",
    ["do you share with my gp", "will you share this with my doctor", "do u pass it on to my mum"],
)
def test_sharing_with_someone_they_know_is_about_telling(text: str) -> None:
    assert service_topic(text) == "telling"


def test_who_reads_this_is_answered_not_the_menu(someone: TestBot) -> None:
    someone.onboard()
    reply = someone.say("who reads this")
    assert "support team can read" in reply
    assert "Here's what I can do" not in reply


def test_sharing_with_my_gp_says_the_doctor_is_not_told(someone: TestBot) -> None:
    someone.onboard()
    assert "I don't contact your school, family, employer or doctor" in someone.say(
        "do you share with my gp"
    )


def test_do_you_sell_my_data_gets_a_plain_no(someone: TestBot) -> None:
    someone.onboard()
    reply = someone.say("do you sell my data")
    assert reply.startswith("No: your data isn't sold")
    assert "stored encrypted" in reply


def test_a_change_of_mind_just_after_declining_consent_is_taken(someone: TestBot) -> None:
    someone.say("hi")
    someone.say("no")
    assert "may I keep our conversation?" in someone.say("why do you need it")
    assert "From now on I'll keep our conversation" in someone.say("yes")


def test_an_ok_after_declining_consent_is_not_a_yes(someone: TestBot) -> None:
    someone.say("hi")
    someone.say("no")
    assert "From now on I'll keep" not in someone.say("ok")
    assert "From now on I'll keep our conversation" in someone.say("ok fine yes")


def test_still_no_after_asking_why_keeps_nothing(someone: TestBot) -> None:
    someone.say("hi")
    someone.say("no")
    someone.say("why do you need it")
    assert "won't keep your messages" in someone.say("no")
