"""The person's data (a copy, what is kept, erasing it) and handing over to a person."""

from __future__ import annotations

import pytest
from flask import Flask
from sqlalchemy import select

from bot.effects.data import _pages
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
    said = person.say(answer)  # ("hmm not sure" is told what erasing means, with no rush)
    assert "YES to erase" in said or "YES to delete" in said
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


# -- a copy of their data, and what is kept ----------------------------------------------------


def test_a_copy_of_my_chats_gives_their_words_and_check_ins(someone: TestBot) -> None:
    person = _checked_in(someone.onboard())
    copy = person.say("can i get a copy of my chats")
    assert "Check-ins: 1" in copy  # the summary first
    assert "mood 6/10; feeling: tired; note: exam tmrw" in copy
    assert ": exam tmrw" in copy and ": check in" in copy  # their own messages
    assert "That's everything I keep." in copy
    assert "can i get a copy" not in copy  # the request itself is not part of it


def test_a_long_copy_comes_in_parts_of_one_text_each(someone: TestBot, real_app: Flask) -> None:
    person = _checked_in(someone.onboard())
    for n in range(12):
        person.say(f"note to self number {n}: " + "work has been a lot this week and " * 6)
    limit = real_app.extensions["mindlink"].settings["limits"]["max_sms_chars"]
    person.push("export my data")
    first = person.pop()
    assert len(first) == 2 and "part 1 of" in first[1] and 'Text "export more"' in first[1]
    parts = int(first[1].split("part 1 of ")[1].split(":")[0])
    assert parts > 1
    seen = [first[1]]
    for part in range(2, parts + 1):
        person.push("export more")
        [page] = person.pop()
        assert f"part {part} of {parts}" in page
        seen.append(page)
    assert all(len(page) <= limit for page in seen)
    copied = "\n".join(seen)
    assert all(f"note to self number {n}:" in copied for n in range(12))
    assert "That's everything I keep." in seen[-1]
    assert "you have every part" in person.say("export more")


def test_a_copy_when_they_said_no_to_keeping_messages(someone: TestBot) -> None:
    someone.say("hi")
    someone.say("no")
    copy = someone.say("export my data")
    assert "Messages from you: 0" in copy and "none kept, as you asked" in copy


@pytest.mark.parametrize("question", ["what do u have on me", "what info do u keep"])
def test_what_is_kept_is_said_plainly(someone: TestBot, question: str) -> None:
    person = _checked_in(someone.onboard())
    said = person.say(question)
    assert "Here's what MindLink keeps about you" in said and "Check-ins: 1" in said
    assert 'Text "export my data" for a copy' in said and "Your copy" not in said


def test_why_data_is_kept_is_answered(someone: TestBot) -> None:
    said = someone.onboard().say("why do u need my data")
    assert "So I can help over time" in said and "don't keep my messages" in said


def test_pages_hold_every_line_in_order_and_fit() -> None:
    lines = [f"line {n} " + "x" * (n * 37 % 300) for n in range(60)] + ["y" * 1000]
    pages = _pages(lines, 400)
    assert all(len("\n".join(page)) <= 400 for page in pages)
    joined = " ".join(" ".join(page) for page in pages)
    assert all(f"line {n} " in joined for n in range(60)) and joined.count("y") == 1000
