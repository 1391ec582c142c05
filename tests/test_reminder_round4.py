"""Reminders, fourth round: one task said once for two people ("call mum at 5 and dad at 6")
sets one reminder for each."""

from __future__ import annotations

import pytest

from bot.actions.reminders import second_reminder, split_requests
from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


@pytest.mark.parametrize(
    ("said", "first", "second"),
    [
        (
            "remind me to call mum at 5 and dad at 6",
            "remind me to call mum at 5",
            "remind me to call dad at 6",
        ),
        (
            "remind me to text sam at 9am and my sister at 10am",
            "remind me to text sam at 9am",
            "remind me to text my sister at 10am",
        ),
    ],
)
def test_one_task_for_two_is_said_again_for_the_second(said: str, first: str, second: str) -> None:
    head, rest = split_requests(said)
    assert head.strip() == first and second_reminder(rest) == second


@pytest.mark.parametrize(
    "said",
    [
        "remind me to take my pills at 8am and 8pm",
        "remind me to call mum at 5 and again at 6",
        "remind me to feed the cat at 7 and at 6",
        "remind me to dance at 5 and sing at 6",  # not a task verb we know: left whole
    ],
)
def test_other_two_times_are_not_split_this_way(said: str) -> None:
    assert split_requests(said) == (said, "")


def test_call_mum_and_dad_sets_two_reminders(someone: TestBot) -> None:
    someone.onboard()
    reply = someone.say("remind me to call mum at 5 and dad at 6")
    assert "call mum" in reply and "5:00pm" in reply
    assert "call dad" in reply and "6:00pm" in reply
    listed = someone.say("what reminders do i have")
    assert "1. to call mum" in listed and "2. to call dad" in listed
