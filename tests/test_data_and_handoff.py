"""The person's data (a copy, what is kept, erasing it) and handing over to a person."""

from __future__ import annotations

import pytest
from flask import Flask
from sqlalchemy import select

from bot.handover import withdrawn
from store.models import CheckIn, Flag, Staff
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


# -- a request for a person, called off --------------------------------------------------------


def _flags(app: Flask) -> list[Flag]:
    with app.extensions["mindlink"].db.session() as session:
        return list(session.scalars(select(Flag)))


@pytest.mark.parametrize(
    "text",
    ["actually no its fine", "dont worry about it", "i'm ok now", "never mind", "no its ok",
     "nah im good", "i feel better now", "i've changed my mind", "forget i asked", "no need",
     "its fine now", "all good now", "oh no its fine, dont worry", "no don't bother",
     "never mind, i'm ok now", "Actually no, I'm ok. Never mind.",
     "never mind, i'll just talk to you", "ok nobody's coming. forget it"],
)  # fmt: skip
def test_calling_off_a_request_for_a_person_in_their_own_words(text: str) -> None:
    assert withdrawn(text)


@pytest.mark.parametrize(
    "text",
    ["ok", "its fine", "its fine i'll wait", "it's ok, take your time", "i'm not ok",
     "dont worry i'll wait", "no", "no rush", "i'm ok with waiting", "i'm ok but scared",
     "thanks", "i still want to talk to someone", "dont worry about me im used to being alone",
     "i'm good at hiding it", "i'm fine. im always fine", "im ok i guess", "cancel my reminder",
     "i'm fine, just lonely", "dont worry im not going to do anything stupid"],
)  # fmt: skip
def test_waiting_words_and_distress_leave_the_request_standing(text: str) -> None:
    assert not withdrawn(text)


def test_actually_no_its_fine_withdraws_the_request_and_the_bot_answers_again(
    someone: TestBot, real_app: Flask
) -> None:
    person = someone.onboard()
    assert "asked someone from our team" in person.say("i want to speak to a human")
    assert "let the team know you don't need them" in person.say("actually no its fine")
    assert [f.status for f in _flags(real_app)] == ["resolved"]
    assert "1 (really low) to 10" in person.say("check in")


def test_stop_then_start_clears_a_request_for_a_person_and_says_so(
    someone: TestBot, real_app: Flask
) -> None:
    person = someone.onboard()
    person.say("talk to a person")
    person.say("STOP")
    assert [f.status for f in _flags(real_app)] == ["resolved"]
    back = person.say("START")
    assert "no one is waiting to join" in back and "talk to someone" in back
    hello = person.say("hi")
    assert "passed your message on" not in hello and "Good to hear from you" in hello
    assert "no one is waiting" not in person.say("STOP") + person.say("START")  # said once


def test_once_the_team_has_taken_it_words_and_stop_leave_it_with_them(
    someone: TestBot, real_app: Flask
) -> None:
    from console import handoff

    person = someone.onboard()
    person.say("talk to a person")
    with real_app.extensions["mindlink"].db.session() as session:
        session.add(Staff(id=1, email="s@example.org", password_hash="x", role="support"))
        convo = person.conversation(session)
        handoff.take_over(session, convo, 1, real_app.extensions["mindlink"].clock.now)
        handoff.reply(session, convo, 1, "Hi, I'm Sam from the team", convo.last_activity_at)
        session.commit()
    assert person.say("actually no its fine") == ""  # the team answers now
    person.say("STOP")
    assert "no one is waiting" not in person.say("START")
    assert [f.status for f in _flags(real_app)] == ["taken"]
