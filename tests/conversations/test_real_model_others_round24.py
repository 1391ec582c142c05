"""Round twenty-four, someone else: how they are themselves, told after we asked, is heard
as that; more about the other person is still about them, not a flow of ours."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


def test_ok_just_worried_is_heard_not_the_same_script_again(someone: TestBot) -> None:
    someone.onboard()
    someone.say("my friend told me she's been cutting herself")
    script = someone.say("what should i say to her")
    replies = someone.say("i'm ok, just worried about her")
    assert "I'm glad you're OK" in replies and replies != script


@pytest.mark.parametrize("said", ["honestly not great", "im really struggling tbh"])
def test_not_ok_themself_is_listened_to(someone: TestBot, said: str) -> None:
    someone.onboard()
    someone.say("my brother said he wants to kill himself")
    assert "what's been the hardest part for you" in someone.say(said)
    replies = someone.say("i keep thinking its my fault")
    assert "1 (really low) to 10" not in replies and "listening" in replies


def test_more_about_them_in_bed_all_day_is_not_a_sleep_diary(someone: TestBot) -> None:
    someone.onboard()
    someone.say("my mum is really depressed and wont get help")
    someone.say("im fine thanks")
    replies = someone.say("she just stays in bed all day")
    assert "sleep diary" not in replies and "What time did you get into bed" not in replies


def test_a_question_about_them_still_gets_help_for_them(someone: TestBot) -> None:
    someone.onboard()
    someone.say("my friend told me she's been cutting herself")
    assert "Some words you could use" in someone.say("im ok but what should i say to her?")


def test_own_state_without_anyone_else_is_a_mood(someone: TestBot) -> None:
    someone.onboard()
    assert "I'm glad you're OK. Worrying" not in someone.say("im ok, just tired")
