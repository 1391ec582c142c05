"""After a crisis, someone always checks back: when it is said again, when the check goes
unanswered, when things are worse, and at night; a check-in the safety question cut short is
kept."""

from __future__ import annotations

from sqlalchemy import select

from store.models import CheckIn
from tests.botdriver import TestBot

CHECKING_BACK = "How are you doing now?"
NEXT_DAY = "just checking in after yesterday"


def test_said_again_after_the_check_brings_another_check(person: TestBot) -> None:
    person.say("i want to kill myself")
    person.say("no")
    assert any(CHECKING_BACK in r for r in person.tick(minutes=62))
    person.say("still want to die")
    assert any(CHECKING_BACK in r for r in person.tick(minutes=61))


def test_a_check_left_unanswered_is_followed_by_one_the_next_day(person: TestBot) -> None:
    person.say("i want to kill myself")
    person.say("no")
    person.tick(minutes=62)
    assert any(NEXT_DAY in r for r in person.tick(hours=24))


def test_a_new_crisis_the_next_day_is_checked_on_again(person: TestBot) -> None:
    person.say("i want to kill myself")
    person.say("no")
    person.tick(minutes=62)
    person.tick(hours=25)
    person.say("i want to die tonight")
    assert any(CHECKING_BACK in r for r in person.tick(minutes=61))


def test_better_at_the_check_ends_the_checks(person: TestBot) -> None:
    person.say("i want to kill myself")
    person.say("no")
    person.tick(minutes=62)
    person.say("better thanks")
    assert not any(NEXT_DAY in r for r in person.tick(hours=25))


def test_worse_the_next_day_is_asked_directly(person: TestBot) -> None:
    person.say("i want to kill myself")
    person.say("no")
    person.tick(minutes=62)
    person.say("still bad")
    assert any(NEXT_DAY in r for r in person.tick(hours=25))
    assert "ask you directly" in person.say("worse tbh")


def test_the_check_promised_after_a_crisis_at_night_does_not_wait_for_morning(
    person: TestBot,
) -> None:
    person.tick(hours=5, minutes=30)  # 23:30 in London
    person.say("i want to kill myself")
    person.say("no")
    person.tick(minutes=62)  # the first check, at half past midnight
    person.say("still want to die")
    person.say("no")
    assert any(CHECKING_BACK in r for r in person.tick(minutes=61))  # still night


def test_a_check_in_cut_short_by_the_safety_question_is_kept(person: TestBot) -> None:
    person.say("check in")
    person.say("2")
    assert "ask you directly" in person.say("hopeless")
    person.say("no")
    with person.app.extensions["mindlink"].db.session() as session:
        kept = list(session.scalars(select(CheckIn)))
    assert [(c.mood, c.feelings) for c in kept] == [(2, "hopeless")]
