"""The person's data (a copy, what is kept, erasing it) and handing over to a person."""

from __future__ import annotations

import pytest
from flask import Flask
from sqlalchemy import select

from store.models import CheckIn
from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


def _checkins(app: Flask) -> list[CheckIn]:
    with app.extensions["mindlink"].db.session() as session:
        return list(session.scalars(select(CheckIn)))


def _checked_in(person: TestBot) -> TestBot:
    person.say("check in")
    person.say("6")
    person.say("tired")
    person.say("exam tmrw")
    return person


# -- a question at "Reply YES to delete or NO to keep it" -------------------------------------


@pytest.mark.parametrize(
    "question",
    ["what happens if i do", "can i undo it?", "will my reminders go too", "is it permanent",
     "what about my check-ins?", "can i still use this after?"],
)  # fmt: skip
def test_a_question_at_the_delete_confirmation_is_answered_and_it_still_stands(
    someone: TestBot, real_app: Flask, question: str
) -> None:
    person = _checked_in(someone.onboard())
    assert "YES to delete" in person.say("delete my data")
    answer = person.say(question)
    assert "can't be undone" in answer and "YES to delete" in answer
    assert _checkins(real_app)  # nothing erased by a question
    assert "erased" in person.say("ok do it")
    assert _checkins(real_app) == []


def test_a_copy_asked_for_at_the_delete_confirmation_comes_first(
    someone: TestBot, real_app: Flask
) -> None:
    person = _checked_in(someone.onboard())
    person.say("delete my data")
    copy = person.say("can i get a copy first?")
    assert "Check-ins: 1" in copy and "still want me to erase" in copy
    assert "nothing has been deleted" in person.say("no")
    assert _checkins(real_app)


@pytest.mark.parametrize("answer", ["ok", "sure", "hmm not sure"])
def test_a_bare_ok_at_the_delete_confirmation_is_asked_again(
    someone: TestBot, real_app: Flask, answer: str
) -> None:
    person = _checked_in(someone.onboard())
    person.say("delete my data")
    assert "YES to erase" in person.say(answer)
    assert _checkins(real_app)


@pytest.mark.parametrize("answer", ["ok do it", "ok delete it", "go on then", "yes do it"])
def test_a_clear_yes_in_everyday_words_erases(
    someone: TestBot, real_app: Flask, answer: str
) -> None:
    person = _checked_in(someone.onboard())
    person.say("delete my data")
    assert "erased" in person.say(answer)
    assert _checkins(real_app) == []


@pytest.mark.parametrize("request_", ["talk to a person", "check in"])
def test_another_request_at_the_delete_confirmation_is_still_taken(
    someone: TestBot, request_: str
) -> None:
    person = someone.onboard()
    person.say("delete my data")
    assert "can't be undone" not in person.say(request_)
