"""Everyday words, round thirteen: time zones read as places and times people know."""

from __future__ import annotations

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


def test_a_time_zone_is_named_as_people_say_it(someone: TestBot) -> None:
    american = someone.as_("+12125550147")
    american.say("hello")
    said = american.say("yes")
    assert "US Eastern time (New York)" in said and "America/" not in said
    said = american.say("no im in chicago")
    assert "US Central time (Chicago)" in said and "America/" not in said
    said = american.say("whats my time zone")
    assert "Your time zone is US Central time (Chicago)" in said


def test_a_zone_without_a_region_name_is_its_city(someone: TestBot) -> None:
    someone.onboard()
    said = someone.say("time zone paris")
    assert "Paris time" in said and "Europe/" not in said
