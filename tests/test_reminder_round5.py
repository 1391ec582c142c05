"""Reminders, fifth round: a reminder named by a bare hour ("the one at 8:30") is found
in either half of the day."""

from __future__ import annotations

import pytest

from bot.actions.reminders import at_time
from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


_EVENING = {"id": 1, "kind": "custom", "label": "to take your pills", "local_time": "20:30"}
_MORNING = {"id": 2, "kind": "custom", "label": "to take meds", "local_time": "08:00"}


@pytest.mark.parametrize(
    ("said", "found"),
    [
        ("move the one at 8:30 to 9", [_EVENING]),
        ("cancel the 8:30 one", [_EVENING]),
        ("the one at 8", [_MORNING]),
        ("the 8:30am one", []),  # am said: not the evening one
    ],
)
def test_a_bare_hour_names_either_half_of_the_day(said: str, found: list[dict]) -> None:
    assert at_time([_EVENING, _MORNING], said) == found


def test_moving_the_one_at_a_bare_time_moves_it_to_the_new_time(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to take my pills at 8:30pm")
    reply = someone.say("move the one at 8:30 to 9")
    assert "9:00pm" in reply and "8:30" not in reply


def test_cancelling_the_one_at_a_bare_time_cancels_it(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to take meds at 8am every day")
    someone.say("remind me to go to bed at 10:30pm every night")
    reply = someone.say("cancel the one at 10:30")
    assert "cancelled" in reply and "10:30pm" in reply
    assert "winding down" not in someone.say("what reminders do i have")


# "oh and also remind me ...": a lead-in, then one new request, not a change to the last.


@pytest.mark.parametrize(
    "said",
    [
        "oh and also remind me to pay rent on friday",
        "ok and remind me to pay rent on friday",
        "oh yeah also remind me to pay rent on friday",
    ],
)
def test_a_lead_in_before_a_new_request_sets_a_new_one(someone: TestBot, said: str) -> None:
    someone.onboard()
    someone.say("remind me to call the dentist tomorrow at 10")
    reply = someone.say(said)
    assert "pay rent" in reply and "Moved" not in reply
    listed = someone.say("list reminders")
    assert "call the dentist once, on Tue 3 Mar at 10:00am" in listed and "pay rent" in listed
