"""Round eighteen: everyday conversation. A loss told unsurely is met as a loss, and how young
they were is heard as how unfair it is."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


@pytest.mark.parametrize(
    "said", ["my nan passed away on sunday", "my grandad passed away last night"]
)
def test_a_loss_read_unsurely_is_still_a_loss(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "sorry for your loss" in replies
    assert "Things with family" not in replies


@pytest.mark.parametrize(
    ("loss", "young"),
    [
        ("my brother died last month", "he was only 24"),
        ("my nan passed away on sunday", "she was only 62"),
        ("lost my best mate in a car crash", "only 19. so young"),
        ("my cousin died on friday", "he had his whole life ahead of him"),
    ],
)
def test_how_young_they_were_is_heard_as_too_soon(someone: TestBot, loss: str, young: str) -> None:
    someone.onboard()
    someone.say(loss)
    replies = someone.say(young)
    assert "far too soon" in replies
    assert "Start wherever you like" not in replies and "meant so much" not in replies


def test_an_age_without_only_is_a_memory_as_before(someone: TestBot) -> None:
    someone.onboard()
    someone.say("my dog died this morning")
    assert "far too soon" not in someone.say("she was 14")
