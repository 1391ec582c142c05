"""People texting from abroad: the time-zone question answered as people answer it (not
knowing, lost, a city misspelt, a zone's short name as said at home), and reminders said in
everyday words, in their own time."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.locale import zone_from_clock
from bot.onboarding import zone_told
from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

AUSSIE = "+61412345678"


def asked_where(someone: TestBot, number: str = AUSSIE) -> TestBot:
    """Someone from a country of several zones, at "is that right?" about their zone."""
    person = someone.as_(number)
    person.say("hi")
    assert "Is that right?" in person.say("yes")
    return person


def test_not_knowing_their_zone_keeps_the_guess(someone: TestBot) -> None:
    person = asked_where(someone)
    replies = person.say("idk")
    assert "keep Sydney time" in replies and "small wellbeing bot" not in replies
    assert "Just tell me in your own words" in replies  # the menu: first contact is done


def test_lost_at_the_zone_question_gets_it_explained(someone: TestBot) -> None:
    person = asked_where(someone)
    replies = person.say("not sure what u mean")
    assert "Is it about 11:00pm where you are now?" in replies
    assert "How are you feeling" not in replies
    assert "Which city" in person.say("no")
    assert "Perth time" in person.say("perht")


@pytest.mark.parametrize(
    ("said", "zone"),
    [
        ("im in melborne", "Melbourne time"),
        ("nah mate adelaide", "Adelaide time"),
        ("EST", "Sydney time"),
    ],
)
def test_where_they_are_in_their_own_words(someone: TestBot, said: str, zone: str) -> None:
    person = asked_where(someone)
    assert f"set your time zone to {zone}" in person.say(said)


def test_pst_in_the_philippines_is_manila(someone: TestBot) -> None:
    person = someone.as_("+639171234567").onboard()
    assert "Manila time" in person.say("my timezone is PST")


def test_half_past_8_is_the_time_not_the_task(someone: TestBot) -> None:
    person = someone.as_("+14155550199").onboard()
    replies = person.say("remind me half past 8 to take my pills")
    assert "remind you to take your pills" in replies and "half past" not in replies
    assert "8:30am" in replies  # 4am in Los Angeles: the next half past 8


def test_the_gym_one_is_told_apart_from_exercises(someone: TestBot) -> None:
    person = someone.as_("+16045551234").onboard()
    person.say("remind me at 10pm to do my exercises")
    person.say("remind me every monday, wednesday and friday at 6am to go to the gym")
    replies = person.say("move the gym one to 6:30")
    assert "Which one" not in replies and "go to the gym" in replies and "6:30am" in replies


def test_a_misspelt_city_after_asking_to_change_zone(someone: TestBot) -> None:
    person = someone.as_("+12125550123").onboard()
    assert "Which city" in person.say("change my timezone")
    assert "set your time zone to Eastern time (Toronto)" in person.say("torronto")


def test_a_misspelt_city_just_after_the_zone_was_set(someone: TestBot) -> None:
    person = someone.as_("+12125550124")
    person.say("hi")
    assert "US Eastern time (New York) for reminders" in person.say("yes")
    assert "set your time zone to Pacific time (Vancouver)" in person.say("vancuver")


def test_not_knowing_when_asked_to_change_zone_keeps_it(someone: TestBot) -> None:
    person = someone.as_("+14155550125").onboard()
    person.say("time zone")
    replies = person.say("idk")
    assert "keep US Pacific time (Los Angeles)" in replies and "small wellbeing bot" not in replies


def test_not_knowing_long_after_the_question_is_not_about_the_zone(someone: TestBot) -> None:
    person = someone.as_("+14155550126").onboard()
    person.say("time zone")
    person.tick(minutes=30)
    assert "keep US Pacific time" not in person.say("idk")


def test_a_repeating_reminder_with_no_time_said_offers_another_hour(someone: TestBot) -> None:
    person = someone.as_("+353871234567").onboard()
    replies = person.say("remind me every night before bed to take my magnesium")
    assert "every day at 9:00pm" in replies and "If another time suits you better" in replies
    assert "every day at 10:30pm" in person.say("10:30pm")


def test_quiet_hours_beside_a_reminder_read_as_its_time_does(someone: TestBot) -> None:
    person = someone.as_("+919876543210").onboard()
    replies = person.say("remind me to take my thyroid pill at 6.30am daily")
    assert "every day at 6:30am" in replies and "quiet hours (11pm–7am)" in replies


@pytest.mark.parametrize(
    ("said", "zone"),
    [
        ("no its 8pm here", "Perth time"),  # 11pm in Sydney
        ("yep but im in qld so no daylight savings", "Brisbane time"),
        ("sydney but im in bali rn", "Central Indonesia time (Bali)"),
    ],
)
def test_where_they_are_told_with_more_besides(someone: TestBot, said: str, zone: str) -> None:
    person = asked_where(someone)
    assert f"set your time zone to {zone}" in person.say(said)


@pytest.mark.parametrize(
    ("said", "country", "zone"),
    [
        ("no its 3am here", "AU", "Australia/Darwin"),  # 5am in Sydney, 3:30am in Darwin
        ("its 4:30am", "AU", "Australia/Adelaide"),
        ("its 5 here", "AU", "Australia/Sydney"),
        ("its 10am", "US", "America/Los_Angeles"),
        ("its 3am here", "GB", "Etc/GMT-9"),  # no zone of theirs: the offset
        ("i think its fine", "AU", None),
    ],
)
def test_their_zone_from_the_time_they_say_it_is(said: str, country: str, zone: str) -> None:
    now = datetime(2026, 3, 2, 18, 0, tzinfo=UTC)
    guess = {"AU": "Australia/Sydney", "US": "America/New_York", "GB": "Europe/London"}
    assert zone_from_clock(said, now, country, guess[country]) == zone


@pytest.mark.parametrize(
    "said", ["im in london but i hate it", "im in victoria and its cold", "im in qld so yeah"]
)
def test_a_place_with_more_said_of_it_is_not_a_zone_unasked(said: str) -> None:
    assert zone_told(said, "AU") is None


def test_an_early_hour_passed_over_is_offered(someone: TestBot) -> None:
    person = someone.as_("+919876543211").onboard()  # 5:30pm in India
    person.tick(hours=6)  # 11:30pm
    replies = person.say("remind me at 6:00 to do yoga")
    assert "at 6:00pm" in replies and 'If you meant 6am, just send "6am"' in replies
    assert "at 6:00am" in person.say("6am")


def test_an_hour_taken_as_it_comes_is_not_questioned(someone: TestBot) -> None:
    person = someone.as_("+14155550127").onboard()  # 4am in Los Angeles
    replies = person.say("remind me at 1 to eat lunch")
    assert "at 1:00pm" in replies and "If you meant" not in replies


def test_their_own_clock_after_asking_to_change_zone(someone: TestBot) -> None:
    person = someone.as_("+12125550128").onboard()  # 7am in New York
    person.say("time zone")
    assert "set your time zone to US Pacific time (Los Angeles)" in person.say("its 4am here")


def test_the_same_as_a_city_after_asking_to_change_zone(someone: TestBot) -> None:
    person = someone.as_("+2348031234568").onboard()
    person.say("change timezone")
    assert "set your time zone to UK time (London)" in person.say("same as london")


def test_awake_at_night_just_after_the_zone_was_set_is_not_a_zone(someone: TestBot) -> None:
    person = someone.as_("+353871234568").onboard()
    assert "time zone" not in person.say("its 3am and i cant sleep")


def test_now_now_is_when_not_what(someone: TestBot) -> None:
    person = someone.as_("+27821234568").onboard()
    replies = person.say("remind me now now to take out the chicken")
    assert "to take out the chicken" in replies and "now now" not in replies


@pytest.mark.parametrize("said", ["slept from 11 to 7", "i slept 11-7", "in bed 10:30pm till 6"])
def test_a_night_told_as_a_span_fills_bed_and_up(someone: TestBot, said: str) -> None:
    person = someone.as_("+12125550129").onboard()
    person.say("sleep")
    replies = person.say(said)
    assert "how long did it take you to fall asleep" in replies
    assert "get up" not in replies


def test_a_short_night_is_checked_with_one_question(someone: TestBot) -> None:
    person = someone.as_("+2348031234569").onboard()  # 1pm in Lagos
    person.say("sleep")
    person.say("12 midnight")
    replies = person.say("at 2 ish")
    assert "Just to check" in replies and replies.count("the time you got up") == 0
    assert replies.count("get up") == 1
    assert "fall asleep" in person.say("yes")


def test_a_word_of_thinking_is_not_the_task(someone: TestBot) -> None:
    person = someone.as_("+12125550130").onboard()
    replies = person.say("remind me um at 8 to walk the dog")
    assert "remind you to walk the dog" in replies and "um" not in replies.split()
