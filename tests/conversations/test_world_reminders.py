"""Reminders, time zones and consent as people abroad text them (the real model): dates
written day first, a date with a time, postpone/prepone, "arvo", a state for a time zone,
and a local yes at the consent question. The clock starts Mon 2 Mar 2026 12:00 UTC."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

IRELAND, AUSTRALIA, INDIA = "+353871234721", "+61412345721", "+919812345721"
USA, NIGERIA, GERMANY = "+12125550704", "+2348031234702", "+4915112345721"


@pytest.mark.parametrize("number", [IRELAND, AUSTRALIA, INDIA])
def test_a_date_in_numbers_is_day_first_outside_north_america(
    someone: TestBot, number: str
) -> None:
    person = someone.as_(number).onboard()
    assert "once, on Mon 9 Mar at 9:00am" in person.say("remind me on 9/3 to take medicine")


@pytest.mark.parametrize(
    ("number", "asked", "told"),
    [
        (USA, "remind me on 3/9 at 8am to call the pharmacy", "call the pharmacy"),
        (AUSTRALIA, "remind me on 9/3/2026 at 8am to call the chemist", "call the chemist"),
        (GERMANY, "remind me on 9.3. at 8am to take my pills", "take your pills"),
        (USA, "remind me on March 9 at 8am to call the pharmacy", "call the pharmacy"),
    ],
)
def test_a_date_with_a_time_keeps_both_and_the_task(
    someone: TestBot, number: str, asked: str, told: str
) -> None:
    person = someone.as_(number).onboard()
    assert f"remind you to {told} once, on Mon 9 Mar at 8:00am" in person.say(asked)


def test_a_day_first_date_is_sent_on_that_day_at_that_time(someone: TestBot) -> None:
    person = someone.as_(AUSTRALIA).onboard()
    person.say("remind me on 9/3 at 8am to call the chemist")
    assert person.tick(days=6, hours=8, minutes=50) == []  # Sun 8 Mar 20:50 UTC
    sent = person.tick(minutes=15)  # 8am on Mon 9 Mar in Sydney is 21:00 UTC on the 8th
    assert any("call the chemist" in body for body in sent)


def test_postpone_moves_the_reminder_and_makes_no_second_one(someone: TestBot) -> None:
    person = someone.as_(INDIA).onboard()
    person.say("remind me at 9am tomorrow to take tablet")
    moved = person.say("postpone the reminder to 11am")
    assert "Moved" in moved and "at 11:00am" in moved and "to to" not in moved
    listed = person.say("what reminders do i have")
    assert "1. to take tablet once, on Tue 3 Mar at 11:00am" in listed and "2." not in listed


def test_prepone_by_an_hour_moves_it_an_hour_earlier(someone: TestBot) -> None:
    person = someone.as_(INDIA).onboard()
    person.say("remind me at 9am tomorrow to take tablet")
    assert "on Tue 3 Mar at 8:00am" in person.say("prepone it by one hour")
    assert "on Tue 3 Mar at 8:00am" in person.say("what reminders do i have")


def test_a_repeating_reminder_brought_forward_keeps_repeating(someone: TestBot) -> None:
    person = someone.as_(INDIA).onboard()
    person.say("remind me every day at 9pm to take my tablets")
    assert "every day at 8:30pm" in person.say("bring it forward by 30 mins")


@pytest.mark.parametrize(
    ("asked", "told"),
    [
        ("remind me tomorrow arvo to call mum", "call mum once, on Tue 3 Mar at 3:00pm"),
        ("remind me to go for a walk in the arvo", "go for a walk once, on Tue 3 Mar at 3:00pm"),
    ],
)
def test_arvo_is_the_afternoon(someone: TestBot, asked: str, told: str) -> None:
    person = someone.as_(AUSTRALIA).onboard()
    assert f"remind you to {told}" in person.say(asked)


def test_what_they_are_doing_first_does_not_lose_the_time(someone: TestBot) -> None:
    person = someone.as_(USA).onboard()
    said = person.say("I'm fixing to go to bed, remind me at 7am to meditate")
    assert "remind you to meditate once, on Tue 3 Mar at 7:00am" in said
    assert "something else" not in said


def test_by_a_time_keeps_the_task(someone: TestBot) -> None:
    person = someone.as_(NIGERIA).onboard()
    said = person.say("remind me by 7pm tomorrow to call my mama")
    assert "remind you to call your mama once, on Tue 3 Mar at 7:00pm" in said


@pytest.mark.parametrize(
    ("said", "zone"), [("Brisbane mate", "Brisbane time"), ("WA", "Perth time")]
)
def test_an_australian_state_or_a_friendly_word_sets_the_zone(
    someone: TestBot, said: str, zone: str
) -> None:
    person = someone.as_("+61412345843")
    person.say("hi")
    assert "Sydney time" in person.say("yes")
    assert zone in person.say(said)


def test_a_city_with_its_state_sets_the_zone(someone: TestBot) -> None:
    person = someone.as_("+12125550843").onboard()
    person.say("time zone")
    assert "Arizona time (Phoenix)" in person.say("phoenix az")


@pytest.mark.parametrize(
    ("number", "yes"),
    [
        ("+353871234602", "grand yeah"),
        ("+64211234602", "sweet as"),
        ("+27821234602", "yebo"),
        ("+639171234602", "opo"),
        ("+6591234602", "ok lah"),
    ],
)
def test_a_local_yes_is_consent(someone: TestBot, number: str, yes: str) -> None:
    person = someone.as_(number)
    person.say("hi")
    said = person.say(yes)
    assert "Thank you" in said and "YES or NO" not in said


def test_yeah_nah_is_not_consent(someone: TestBot) -> None:
    person = someone.as_("+61412345602")
    person.say("hi")
    assert "Thank you" not in person.say("yeah nah")
