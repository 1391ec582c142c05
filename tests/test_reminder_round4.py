"""Reminders, fourth round: one task said once for two people ("call mum at 5 and dad at 6")
sets one reminder for each."""

from __future__ import annotations

import pytest

from bot.actions.reminders import leaves_out_days, second_reminder, skips_a_day, split_requests
from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


@pytest.mark.parametrize(
    ("said", "first", "second"),
    [
        (
            "remind me to call mum at 5 and dad at 6",
            "remind me to call mum at 5",
            "remind me to call dad at 6",
        ),
        (
            "remind me to text sam at 9am and my sister at 10am",
            "remind me to text sam at 9am",
            "remind me to text my sister at 10am",
        ),
    ],
)
def test_one_task_for_two_is_said_again_for_the_second(said: str, first: str, second: str) -> None:
    head, rest = split_requests(said)
    assert head.strip() == first and second_reminder(rest) == second


@pytest.mark.parametrize(
    "said",
    [
        "remind me to take my pills at 8am and 8pm",
        "remind me to call mum at 5 and again at 6",
        "remind me to feed the cat at 7 and at 6",
        "remind me to dance at 5 and sing at 6",  # not a task verb we know: left whole
    ],
)
def test_other_two_times_are_not_split_this_way(said: str) -> None:
    assert split_requests(said) == (said, "")


def test_call_mum_and_dad_sets_two_reminders(someone: TestBot) -> None:
    someone.onboard()
    reply = someone.say("remind me to call mum at 5 and dad at 6")
    assert "call mum" in reply and "5:00pm" in reply
    assert "call dad" in reply and "6:00pm" in reply
    listed = someone.say("what reminders do i have")
    assert "1. to call mum" in listed and "2. to call dad" in listed


# One coming day skipped; days left out, said just after setting one.


@pytest.mark.parametrize(
    "text",
    [
        "skip tomorrow",
        "no reminder tonight pls",
        "can you skip it on saturday",
        "dont remind me tomorrow, im off work",
        "skip tomorrow's one",
    ],
)
def test_skipping_a_day_is_heard(text: str) -> None:
    assert skips_a_day(text)


@pytest.mark.parametrize(
    "text",
    ["skip saturdays", "remind me tomorrow at 9", "skip", "dont remind me anymore"],
)
def test_other_words_are_not_skipping_a_day(text: str) -> None:
    assert not skips_a_day(text)


def test_skip_tomorrow_skips_the_next_one_only(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to take my meds every day at 9am")
    reply = someone.say("skip tomorrow")
    assert "no reminder tomorrow" in reply and "again Wed 4 Mar at 9:00am" in reply
    assert "every day at 9:00am" in someone.say("what reminders do i have")


def test_skip_tonight_says_tonight(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to journal every day at 9pm")
    reply = someone.say("no reminder tonight pls")
    assert "no reminder tonight" in reply and "Tue 3 Mar at 9:00pm" in reply


def test_a_day_it_does_not_come_is_said_so(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to go for a walk every weekday at 6pm")
    assert "no reminder on Saturday anyway" in someone.say("skip saturday")


def test_a_later_day_is_not_skipped_silently(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to stretch every day at 8pm")
    reply = someone.say("skip friday")
    assert "only skip the next one" in reply and "Mon 2 Mar at 8:00pm" in reply


def test_not_on_sundays_just_after_setting_leaves_sunday_out(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to go for a walk every day at 6pm")
    reply = someone.say("not on sundays")
    assert "every day except Sunday at 6:00pm" in reply and "Saturday" not in reply
    assert leaves_out_days("not on sundays") and not leaves_out_days("not now")


# A one-off made to repeat just after it was set, at the time it was set for.


@pytest.mark.parametrize(
    ("follow", "expected"),
    [
        ("every night", "every day at 10:00pm"),
        ("make it every night", "every day at 10:00pm"),
        ("daily please", "every day at 10:00pm"),
        ("every weekday", "weekdays at 10:00pm"),
    ],
)
def test_a_one_off_made_to_repeat_keeps_its_time(
    someone: TestBot, follow: str, expected: str
) -> None:
    someone.onboard()
    first = someone.say("remind me to wind down at 10pm")
    assert "once" in first and 'Say "every night"' in first
    assert expected in someone.say(follow)


def test_a_day_said_gets_no_nightly_hint(someone: TestBot) -> None:
    someone.onboard()
    reply = someone.say("remind me to go to bed at 11 tonight")
    assert "once" in reply and "every night" not in reply
