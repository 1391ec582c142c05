"""Round twenty-one: whole journeys mixing breathing, sleep help and reminders, with time
passing. A reminder every few hours says that the night's ones wait for the end of quiet
hours (and does not claim it will still come in them)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


def at(someone: TestBot, hour: int, minute: int = 0) -> TestBot:
    """Someone onboarded, with the clock at that hour in London on a Monday (or the Tuesday
    morning for the small hours)."""
    day = 3 if hour < 7 else 2
    clock = someone.app.extensions["mindlink"].clock
    clock.now = datetime(2026, 3, day, hour, minute, tzinfo=UTC)
    return someone.onboard()


@pytest.mark.parametrize(
    "said", ["remind me every 2 hours to drink water", "remind me to stand up every 30 mins"]
)
def test_a_reminder_every_few_hours_says_the_nights_ones_wait(someone: TestBot, said: str) -> None:
    replies = at(someone, 18).say(said)
    assert "None come in your quiet hours (11pm–7am)" in replies and "at 7am" in replies


def test_a_reminder_every_few_hours_set_in_the_night_does_not_say_it_comes_then(
    someone: TestBot,
) -> None:
    replies = at(someone, 0, 7).say("remind me every 2 hours to drink water")
    assert "it will still come then" not in replies and "at 7am" in replies
    assert someone.tick(hours=6) == []
    assert "Reminder: drink water" in someone.tick(hours=1)


def test_a_reminder_at_a_time_chosen_in_the_night_still_comes_then(someone: TestBot) -> None:
    replies = at(someone, 18).say("remind me every morning at 6 to take my pills")
    assert "it will still come then" in replies and "None come" not in replies


@pytest.mark.parametrize("stop", ["stop these", "stop reminding me about this"])
def test_stopping_a_repeating_reminder_that_was_put_off_cancels_it(
    someone: TestBot, stop: str
) -> None:
    at(someone, 18).say("remind me every 2 hours to drink water")
    assert "Reminder: drink water" in someone.tick(hours=2, minutes=1)
    someone.say("later")
    assert "Reminder: drink water" in someone.tick(hours=1, minutes=1)
    replies = someone.say(stop)
    assert "I've cancelled: to drink water every 2 hours" in replies
    assert "just for once" not in replies
    listed = someone.say("what reminders do i have")
    assert "drink water" not in listed and "one-off" not in listed


@pytest.mark.parametrize("said", ["i cant sleep", "can i log my sleep"])
def test_a_new_request_mid_breathing_says_the_rounds_have_stopped(
    someone: TestBot, said: str
) -> None:
    someone.onboard().mid_breathing()
    replies = someone.say(said)
    assert "I've stopped the breathing for now" in replies
    assert someone.tick(minutes=2) == []


@pytest.mark.parametrize("said", ["i need to calm down", "i cant calm down"])
def test_asking_to_calm_down_mid_breathing_keeps_it_going(someone: TestBot, said: str) -> None:
    someone.onboard().mid_breathing()
    replies = someone.say(said)
    assert "I'm with you" in replies and "we'll stop there" not in replies
    assert "Round 2 of 4" in "\n".join(someone.tick(minutes=1))


@pytest.mark.parametrize("never", ["never did", "i didnt"])
def test_never_falling_asleep_said_short_is_a_sleepless_night_not_leaving(
    someone: TestBot, never: str
) -> None:
    someone.onboard()
    for said in ("sleep diary", "11pm", "7am"):
        someone.say(said)
    replies = someone.say(never)
    assert "no sleep" in replies and "Let's leave that" not in replies


def test_a_sleepless_night_is_not_asked_to_be_rated(someone: TestBot) -> None:
    someone.onboard()
    for said in ("sleep diary", "11pm"):
        someone.say(said)
    assert "no sleep at all" in someone.say("i didnt sleep at all").lower()
    replies = someone.say("7am")
    assert "8h in bed, no sleep" in replies and "rate your sleep" not in replies
    assert replies.count("I'm sorry") == 1


@pytest.mark.parametrize("took", ["ive taken them now", "i have taken my tablets now"])
def test_taken_them_now_just_after_a_tablets_reminder_is_a_tick_not_an_overdose(
    someone: TestBot, took: str
) -> None:
    someone.onboard().say("remind me in 5 minutes to take my tablets")
    assert "Reminder: take your tablets" in someone.tick(minutes=6)
    replies = someone.say(took)
    assert "Nice one" in replies and "999" not in replies and "116 123" not in replies


@pytest.mark.parametrize("took", ["took them", "ive taken them"])
def test_taken_after_not_yet_is_a_tick_and_the_one_put_off_is_called_off(
    someone: TestBot, took: str
) -> None:
    at(someone, 18).say("remind me in 5 minutes to take my tablets")
    assert "Reminder: take your tablets" in someone.tick(minutes=6)
    assert "again at 7:06pm" in someone.say("not yet")
    someone.tick(minutes=2)
    replies = someone.say(took)
    assert "Nice one" in replies and "called off the 7:06pm" in replies
    assert "999" not in replies and "more than your usual dose" not in replies
    assert someone.tick(hours=1) == []


@pytest.mark.parametrize(
    ("asked", "changed", "moved_to"),
    [
        ("remind me to call mum in an hour", "can you make it 2 hours instead", "8:00pm"),
        ("remind me to call mum in 20 mins", "could you make that 30 mins", "6:30pm"),
    ],
)
def test_a_new_length_asked_politely_moves_it_from_now(
    someone: TestBot, asked: str, changed: str, moved_to: str
) -> None:
    at(someone, 18).say(asked)
    replies = someone.say(changed)
    assert f"on Mon 2 Mar at {moved_to}" in replies and "Tue 3 Mar" not in replies


def test_a_reminder_tonight_at_a_guessed_hour_offers_an_evening_time(someone: TestBot) -> None:
    replies = at(someone, 18).say("remind me to take the bins out tonight")
    assert 'like "10pm"' in replies and 'like "11am"' not in replies


def test_quiet_hours_explained_say_reminders_every_few_hours_wait(someone: TestBot) -> None:
    replies = someone.onboard().say("quiet hours 10pm to 6am")
    assert "reminders every few hours wait until 6am" in replies


@pytest.mark.parametrize("done", ["done ta", "took them ta"])
def test_done_with_a_ta_after_a_reminder_is_a_tick(someone: TestBot, done: str) -> None:
    someone.onboard().say("remind me in 5 minutes to take my tablets")
    assert "Reminder: take your tablets" in someone.tick(minutes=6)
    assert "Nice one" in someone.say(done)


@pytest.mark.parametrize(
    ("chosen", "asked", "named"),
    [
        ("478", "can we do that breathing again", "4-7-8 breathing"),
        ("box", "the same breathing as last time please", "box breathing"),
    ],
)
def test_the_breathing_done_before_asked_for_again_later_is_that_one(
    someone: TestBot, chosen: str, asked: str, named: str
) -> None:
    someone.onboard()
    for said in ("breathe", chosen, "4"):
        someone.say(said)
    someone.tick(minutes=2)
    someone.say("7")
    someone.tick(days=1)
    replies = someone.say(asked)
    assert f"Let's do {named} again" in replies and "Which would you like?" not in replies


def test_took_them_mid_diary_just_after_a_reminder_is_a_tick_and_the_question_again(
    someone: TestBot,
) -> None:
    someone.onboard().say("remind me in 2 minutes to take my pills")
    someone.say("sleep diary")
    someone.say("11pm")
    assert "Reminder: take your pills" in someone.tick(minutes=3)
    someone.say("7am")
    replies = someone.say("took them")
    assert "Nice one" in replies and "how long did it take you to fall asleep" in replies
    assert "rough guess" not in replies
