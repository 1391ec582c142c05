"""A vague answer to "when should I remind you?": "later" sets it an hour on and offers to
change it (it was taken as a goodbye); "after work" asks what time that is (it was told no
time could be worked out)."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


@pytest.mark.parametrize("later", ["later", "later on pls", "um later"])
def test_later_to_when_sets_it_an_hour_on(someone: TestBot, later: str) -> None:
    someone.onboard()
    assert "When should I remind you" in someone.say("remind me to take my meds")
    replies = someone.say(later)
    assert "take your meds once, on Mon 2 Mar at 1:00pm" in replies
    assert "another time suits you" in replies
    assert "Moved" in someone.say("actually 8pm")


@pytest.mark.parametrize(
    ("said", "asked"),
    [
        ("after work", "What time do you usually finish work?"),
        ("when i get home", "What time do you usually get home?"),
        ("after my shift", "What time do you usually finish your shift?"),
    ],
)
def test_after_work_asks_what_time_that_is(someone: TestBot, said: str, asked: str) -> None:
    someone.onboard()
    someone.say("remind me to take my pills")
    assert asked in someone.say(said)
    assert "take your pills once, on Mon 2 Mar at 5:30pm" in someone.say("half 5")


def test_the_question_after_work_is_not_kept_for_the_next_reminder(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to take my pills")
    someone.say("after work")
    someone.say("6pm")
    someone.say("remind me to call the vet")
    # ("whenever" is a time of ours to change, not the finish of work asked about before)
    replies = someone.say("whenever")
    assert "finish work" not in replies and "If another time suits you better" in replies
