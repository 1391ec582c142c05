"""First contact as people answer it: the consent question met with a question of their own,
with "??", with "i don't mind" or a yes in their own language."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

EXPLAINED = "If you say no, I still help the same way"
GIVEN = 'You can ask me to "export my data"'
DECLINED = "I won't keep your messages"


@pytest.mark.parametrize("asked", ["why do u need to keep it", "why would u keep it"])
def test_why_keep_it_is_a_question_about_data_not_a_crisis(someone: TestBot, asked: str) -> None:
    someone.say("hi")
    replies = someone.say(asked)
    assert EXPLAINED in replies and "116 123" not in replies
    assert GIVEN in someone.say("yes")


def test_why_keep_it_later_is_answered_as_why_we_keep_data(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("why do u need to keep it")
    assert "So I can help over time" in replies and "116 123" not in replies


@pytest.mark.parametrize("asked", ["what if i say no", "can i say no", "who sees it"])
def test_a_question_about_the_answer_is_not_the_answer(someone: TestBot, asked: str) -> None:
    someone.say("hi")
    replies = someone.say(asked)
    assert EXPLAINED in replies and DECLINED not in replies
    assert GIVEN in someone.say("yes")


@pytest.mark.parametrize("lost", ["??", "wait what", "huh"])
def test_lost_at_the_consent_question_is_told_what_it_means(someone: TestBot, lost: str) -> None:
    someone.say("hi")
    replies = someone.say(lost)
    assert "let me explain what I'm asking" in replies and EXPLAINED in replies
    assert GIVEN in someone.say("yes")


@pytest.mark.parametrize("said", ["i dont mind", "go for it", "sim", "tak", "evet"])
def test_a_yes_in_everyday_words_or_another_language_is_consent(
    someone: TestBot, said: str
) -> None:
    someone.say("hi")
    assert GIVEN in someone.say(said)


@pytest.mark.parametrize("said", ["hayir", "nyet", "nee"])
def test_a_no_in_another_language_is_a_no(someone: TestBot, said: str) -> None:
    someone.say("hi")
    replies = someone.say(said)
    assert DECLINED in replies and "take that as a no" not in replies


@pytest.mark.parametrize(
    ("asked", "answer"),
    [("is it free", "MindLink itself is free"), ("ur hot", "I'm a bot for wellbeing support")],
)
def test_a_question_before_consent_does_not_ask_a_second_question(
    someone: TestBot, asked: str, answer: str
) -> None:
    someone.say("hi")
    replies = someone.say(asked)
    assert answer in replies and "may I keep our conversation" in replies
    assert "Text MENU" not in replies and "How are you doing today?" not in replies


def test_how_old_do_i_have_to_be_is_about_age_not_about_keeping(someone: TestBot) -> None:
    someone.say("hi")
    replies = someone.say("how old do i have to be")
    assert "I don't check ages" in replies and EXPLAINED not in replies
