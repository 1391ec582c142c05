"""Round seventeen: breathing and sleep the way people text it: wanting to talk instead of
breathing, a new parent's broken nights told with the baby's age, and time awake in the
night told in the diary."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


def _low_check_in(person: TestBot) -> str:
    person.say("check in")
    person.say("2")
    person.say("sad")
    return person.say("skip")


@pytest.mark.parametrize(
    "said", ["i'd rather just talk", "id rather talk tbh", "rather talk if thats ok"]
)
def test_rather_talk_after_the_breathing_offer_is_listened_to(someone: TestBot, said: str) -> None:
    someone.onboard()
    assert "breathing exercise" in _low_check_in(someone)
    replies = someone.say(said)
    assert "I'm listening" in replies
    assert "How are you feeling today?" not in replies and "not sure I understood" not in replies


def test_rather_talk_to_a_person_is_not_listening(someone: TestBot) -> None:
    someone.onboard()
    _low_check_in(someone)
    replies = someone.say("id rather talk to a real person")
    assert "Of course. I'm listening" not in replies


@pytest.mark.parametrize(
    "said",
    [
        "i have a 3 month old and i am so tired",
        "18 month old still waking 3 times a night im dead on my feet",
        "my 4 week old wont sleep and neither can i",
        "newborn twins, i havent slept in weeks",
    ],
)
def test_a_baby_told_by_its_age_gets_help_for_broken_nights(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "Broken nights with a baby" in replies
    assert "What time did you get into bed?" not in replies
    assert "same time every day" not in replies and "1 (really low) to 10" not in replies
