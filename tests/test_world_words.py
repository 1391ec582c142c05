"""How people outside the UK write dates, times, places and yes: read as they mean them."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.actions.reminders import label_of, split_requests
from bot.locale import zone_named
from bot.onboarding import CLEAR_YES, LOCAL_NO, LOCAL_YES
from bot.reminders import shifted_by
from bot.sleep import quiet_bound_from, quiet_window_from
from nlu.when import date_order, parse_when

NOW = datetime(2026, 3, 2, 18, 0, tzinfo=UTC)


def _local(text: str, tz: str) -> str | None:
    when = parse_when(text, tz, NOW)
    return when.first.astimezone(ZoneInfo(tz)).strftime("%d %b %H:%M") if when else None


@pytest.mark.parametrize(
    ("tz", "order"),
    [
        ("Europe/London", "DMY"),
        ("Europe/Dublin", "DMY"),
        ("Australia/Perth", "DMY"),
        ("Asia/Kolkata", "DMY"),
        ("Africa/Lagos", "DMY"),
        ("UTC", "DMY"),
        ("America/New_York", "MDY"),
        ("America/Phoenix", "MDY"),
        ("America/Toronto", "MDY"),
        ("Asia/Manila", "MDY"),
        ("America/Mexico_City", "DMY"),
    ],
)
def test_numeric_dates_are_read_in_the_order_the_country_writes_them(tz: str, order: str) -> None:
    assert date_order(tz) == order


@pytest.mark.parametrize(
    ("text", "tz", "local"),
    [
        ("remind me on 9/3 to ring the chemist", "Europe/Dublin", "09 Mar 09:00"),
        ("remind me on 9/3 to call the chemist", "Australia/Sydney", "09 Mar 09:00"),
        ("remind me on 9/3 to take medicine", "Asia/Kolkata", "09 Mar 09:00"),
        ("remind me on 3/9 to call mom", "America/New_York", "09 Mar 09:00"),
        ("remind me on 3/9 at 8am to call the pharmacy", "America/New_York", "09 Mar 08:00"),
        ("remind me on 9/3/2026 at 8am to call the chemist", "Australia/Sydney", "09 Mar 08:00"),
        ("remind me on 09/03/26 at 8am", "Europe/London", "09 Mar 08:00"),
        ("remind me on 9.3. at 8am to take my pills", "Europe/Berlin", "09 Mar 08:00"),
        ("remind me on 9.3.2026 at 8am", "Europe/Berlin", "09 Mar 08:00"),
        ("remind me on 2026-03-09 at 8am", "America/New_York", "09 Mar 08:00"),
        ("remind me on March 9 at 8am to call the pharmacy", "America/New_York", "09 Mar 08:00"),
        # a day over 12 says which is which, wherever it is written
        ("remind me on 25/12 at 8am", "America/New_York", "25 Dec 08:00"),
        ("remind me on 12/25 at 8am", "Europe/London", "25 Dec 08:00"),
        # not dates
        ("remind me at 9.30 to stretch", "Europe/London", "02 Mar 21:30"),
        ("i'm 7/10 today, remind me at 9 to stretch", "Europe/London", "03 Mar 09:00"),
    ],
)
def test_a_date_in_numbers_keeps_its_day_and_time(text: str, tz: str, local: str) -> None:
    assert _local(text, tz) == local


@pytest.mark.parametrize(
    ("text", "tz", "local"),
    [
        ("remind me tomorrow arvo to call mum", "Australia/Sydney", "04 Mar 15:00"),
        ("remind me to go for a walk in the arvo", "Australia/Sydney", "03 Mar 15:00"),
        ("remind me this arvo to ring the vet", "Pacific/Auckland", "03 Mar 15:00"),
        ("remind me s'arvo to ring the vet", "Pacific/Auckland", "03 Mar 15:00"),
        ("remind me by 7pm tomorrow to call my mama", "Africa/Lagos", "03 Mar 19:00"),
        (
            "I'm fixing to go to bed, remind me at 7am to meditate",
            "America/New_York",
            "03 Mar 07:00",
        ),
    ],
)
def test_arvo_is_the_afternoon_and_by_a_time_is_that_time(text: str, tz: str, local: str) -> None:
    assert _local(text, tz) == local


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("remind me on March 9 at 8am to call the pharmacy", "call the pharmacy"),
        ("remind me on 9/3 at 8am to call the pharmacy", "call the pharmacy"),
        ("remind me on 9.3. at 8am to take my pills", "take your pills"),
        ("remind me by 7pm tomorrow to call my mama", "call your mama"),
        ("abeg remind me by 6am make i pray", "pray"),
        ("remind me tomorrow arvo to call mum", "call mum"),
        ("remind me to go for a walk in the arvo", "go for a walk"),
        ("remind me to buy flowers for mum by friday", "buy flowers for mum"),
        ("remind me to stand by the window", "stand by the window"),
    ],
)
def test_the_task_is_not_the_date(text: str, label: str) -> None:
    assert label_of(text) == label


def test_what_they_are_doing_before_the_request_is_not_a_second_request() -> None:
    first, rest = split_requests("I'm fixing to go to bed, remind me at 7am to meditate")
    assert (first, rest) == ("I'm fixing to go to bed", "remind me at 7am to meditate")


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("prepone it by one hour", -60),
        ("push it back an hour", 60),
        ("postpone by 2 hrs", 120),
        ("bring it forward by half an hour", -30),
        ("please postpone my reminder by 30 minutes", 30),
        ("make it an hour later", 60),
        ("postpone the reminder to 11am", None),
        ("can you prepone it to 8", None),
        ("move it to in 2 hours", None),
    ],
)
def test_postpone_and_prepone_move_by_so_long(text: str, minutes: int | None) -> None:
    assert shifted_by(text) == minutes


@pytest.mark.parametrize(
    ("text", "country", "zone"),
    [
        ("Brisbane mate", "AU", "Australia/Brisbane"),
        ("WA", "AU", "Australia/Perth"),
        ("perth wa", "AU", "Australia/Perth"),
        ("queensland", "AU", "Australia/Brisbane"),
        ("QLD", "AU", "Australia/Brisbane"),
        ("phoenix az", "US", "America/Phoenix"),
        ("phoenix, arizona", None, "America/Phoenix"),
        ("arizona", None, "America/Phoenix"),
        ("WA", "US", "America/Los_Angeles"),
        ("Halifax", "CA", "America/Halifax"),
        ("no, I'm in new york", None, "America/New_York"),
        # words that are also short names are not places
        ("hi", "US", None),
        ("or", "US", None),
        ("ok lah", "SG", None),
        ("grand yeah", "IE", None),
        ("what's the weather like in london", None, None),
    ],
)
def test_a_place_as_people_say_it(text: str, country: str | None, zone: str | None) -> None:
    assert zone_named(text, country) == zone


@pytest.mark.parametrize(
    "text",
    ["grand yeah", "Grand, go on", "sweet as", "sweet as bro", "yebo", "opo", "opo po", "ok lah",
     "can lah", "haan ji", "no wahala", "aye"],
)  # fmt: skip
def test_yes_as_it_is_said_around_the_world_is_consent(text: str) -> None:
    assert LOCAL_YES.match(text)


@pytest.mark.parametrize(
    "text", ["sweet as, but what do you keep?", "I am grand", "not grand", "no", "grand?? who"]
)
def test_only_a_plain_local_yes_is_consent(text: str) -> None:
    assert not LOCAL_YES.match(text)


def test_yeah_nah_is_a_no_and_the_strict_yes_is_unchanged() -> None:
    assert LOCAL_NO.match("yeah nah")
    assert not CLEAR_YES.match("grand yeah") and not CLEAR_YES.match("sweet as")


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("don't text me before 9am or after 9pm", ("21:00", "09:00")),
        ("no messages after 10pm or before 8", ("22:00", "08:00")),
        ("don't message me after 10pm and not before 7am please", ("22:00", "07:00")),
        ("don't text me before 10am", None),
    ],
)
def test_both_ends_of_the_quiet_hours(text: str, window: tuple[str, str] | None) -> None:
    assert quiet_window_from(text) == window


def test_one_end_of_the_quiet_hours_is_read_as_before() -> None:
    assert quiet_bound_from("don't text me before 10am") == ("end", "10:00")
    assert quiet_bound_from("no messages after 9pm") == ("start", "21:00")
