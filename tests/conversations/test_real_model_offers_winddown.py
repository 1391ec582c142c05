"""The wind-down reminder offered after a sleep diary, answered with another time: "yes but
at 10", "can it be 9:30 instead", the bed time it should come before, or "an hour
earlier"."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


def _offered(someone: TestBot) -> None:
    """A sleep diary told to the end, so the wind-down reminder is offered at 10:30pm."""
    someone.onboard()
    for said in ("sleep diary", "11pm", "7am", "took about 40 mins"):
        someone.say(said)
    assert "wind-down reminder at 10:30pm" in someone.say("3")


@pytest.mark.parametrize(
    ("answer", "at"),
    [
        ("yes but at 10", "every day at 10:00pm"),
        ("can it be 9:30 instead", "every day at 9:30pm"),
        ("yeah but i go to bed at 12 usually", "every day at 11:30pm"),
        ("half an hour earlier please", "every day at 10:00pm"),
    ],
)
def test_another_time_sets_it_then(someone: TestBot, answer: str, at: str) -> None:
    _offered(someone)
    replies = someone.say(answer)
    assert "winding down" in replies and at in replies and "10:30pm" not in replies


def test_no_thanks_with_a_time_sets_nothing(someone: TestBot) -> None:
    _offered(someone)
    assert "winding down" not in someone.say("no thanks, i'm in bed by 10 anyway")


@pytest.mark.parametrize(
    ("answer", "when"),
    [
        ("yes, an hour before", "every day at 10:00pm"),
        ("only on weekdays", "weekdays at 10:30pm"),
        ("yes not on weekends", "weekdays at 10:30pm"),
        ("just school nights at 10", "Sunday to Thursday at 10:00pm"),
    ],
)
def test_the_nights_or_the_time_before_bed_are_taken(
    someone: TestBot, answer: str, when: str
) -> None:
    _offered(someone)
    replies = someone.say(answer)
    assert "winding down" in replies and when in replies
