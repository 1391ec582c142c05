"""Round seventeen: everyday conversation. Good news told with shaking hands, happy tears or
nerves beside the excitement is met as good news."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


@pytest.mark.parametrize(
    "said",
    [
        "im literally shaking i got into uni",
        "crying happy tears i got the job",
        "im so nervous but excited, wedding is tomorrow",
        "im terrified but so excited we're having a baby",
        "excited but nervous! we got the keys to our first house",
        "im shaking i got accepted into med school",
        "my little boy took his first steps today 😭❤️",
    ],
)
def test_good_news_with_shaking_tears_or_nerves_is_good_news(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "ongratulations" in replies
    assert "1 (really low) to 10" not in replies and "stressful" not in replies


def test_nerves_beside_the_excitement_are_said_to_be_normal(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("im so nervous but excited, wedding is tomorrow")
    assert "Nervous and excited at the same time is completely normal" in replies


def test_thanks_after_shaking_good_news_shares_the_joy(someone: TestBot) -> None:
    someone.onboard()
    someone.say("im shaking i got into uni")
    assert "so happy for you" in someone.say("thank you!!")


@pytest.mark.parametrize(
    "said",
    [
        "shaking, i got into uni but i cant afford to go",
        "im shaking, my ex got engaged",
        "crying my eyes out i didnt get the job",
    ],
)
def test_shaking_with_something_against_the_news_is_not_congratulated(
    someone: TestBot, said: str
) -> None:
    someone.onboard()
    assert "ongratulations" not in someone.say(said)


def test_a_first_message_of_shaking_good_news_is_not_met_with_sorry(someone: TestBot) -> None:
    first = someone.say("im literally shaking i got into uni")
    assert "sorry you're going through" not in first and "congratulations" in first
    assert "Congratulations" in someone.say("yes")
