"""Round eighteen: check-ins, asking for a person, and first contact, as people say them:
a person wanted beside a question about us, what a low score is about named in a word, a
score hedged with "i reckon", and a score far past the top."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

ASKED_TEAM = "I've asked someone from our team to join this conversation"


@pytest.mark.parametrize(
    "said",
    [
        "r u a bot? i want a person",
        "you're a bot, i want a human",
        "ur just a bot. get me someone from the team",
        "is a real person reading this? i want to talk to one",
    ],
)
def test_a_person_wanted_beside_a_question_about_us_is_asked_for(
    someone: TestBot, said: str
) -> None:
    someone.onboard()
    assert ASKED_TEAM in someone.say(said)


@pytest.mark.parametrize("said", ["are you human", "is this chatgpt lol"])
def test_only_asking_whether_we_are_a_bot_is_answered(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "I'm a bot, not a person" in replies and ASKED_TEAM not in replies


@pytest.mark.parametrize(
    "said",
    [
        "is this monitored by a real person",
        "are these messages read by a human",
        "is a real person reading this",
    ],
)
def test_asking_whether_a_person_reads_is_answered_not_handed_over(
    someone: TestBot, said: str
) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "Our support team can read a conversation" in replies
    assert ASKED_TEAM not in replies


def test_a_person_wanted_in_the_first_message_is_asked_for_after_consent(
    someone: TestBot,
) -> None:
    assert "I'll help with that in a moment" in someone.say("r u a bot? i want a person")
    assert ASKED_TEAM in someone.say("yes")


@pytest.mark.parametrize(("score", "about"), [("3", "money"), ("4", "just life"), ("2", "bills")])
def test_what_a_low_score_is_about_is_not_met_gladly(
    someone: TestBot, score: str, about: str
) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say(score)
    replies = someone.say(about)
    assert replies.startswith("Anything else you'd like to note")
    assert "Glad" not in replies


@pytest.mark.parametrize(("score", "glad"), [("5", "happy"), ("3", "my sister came round, nice")])
def test_gladness_in_words_after_a_low_score_is_still_met(
    someone: TestBot, score: str, glad: str
) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say(score)
    assert someone.say(glad).startswith("Glad to hear it.")


@pytest.mark.parametrize(
    ("said", "mood"),
    [("bout a 4 i reckon", 4), ("id go with a 6", 6), ("prolly a 3 tbh", 3)],
)
def test_a_hedged_score_alone_is_a_score_with_feelings_asked(
    someone: TestBot, said: str, mood: int
) -> None:
    someone.onboard()
    someone.say("check in")
    replies = someone.say(said)
    assert replies.startswith("Thanks. What words would you use")
    someone.say("skip")
    saved = someone.say("skip")
    assert f"saved your {mood}" in saved or f"A {mood} sounds hard" in saved


@pytest.mark.parametrize("said", ["1000000", "10000"])
def test_a_score_far_past_the_top_is_a_ten(someone: TestBot, said: str) -> None:
    someone.onboard()
    someone.say("check in")
    assert "My scale stops at 10, so I'll note it as a 10." in someone.say(said)
