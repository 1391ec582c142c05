"""The sleep diary through the real pipeline: how long they slept, sleepless nights, answers
that are not answers, unusual nights, and reading the diary back."""

from __future__ import annotations

import pytest
from flask import Flask
from sqlalchemy import select

from store.models import SleepEntry
from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone
from tests.fakes import FakeClock

__all__ = ["model", "real_app", "someone"]


def nights(app: Flask) -> list[SleepEntry]:
    with app.extensions["mindlink"].db.session() as session:
        return list(session.scalars(select(SleepEntry).order_by(SleepEntry.id)))


def diary_to_latency(person: TestBot, bed: str = "11pm", wake: str = "7am") -> None:
    assert "get into bed" in person.say("sleep diary")
    assert "get up" in person.say(bed)
    assert "fall asleep" in person.say(wake)


@pytest.mark.parametrize(
    ("bed", "wake", "said", "efficiency", "asleep"),
    [
        ("11pm", "7am", "i slept about 6 hours", 75, "6h"),
        ("1am", "9am", "i slept 8 hours", 100, "8h"),
        ("11pm", "7am", "maybe 5 hours sleep", 62, "5h"),
        ("midnight", "7:30", "i think i got 6 and a half hours", 87, "6h 30m"),
    ],
)
def test_total_sleep_told_to_the_time_to_fall_asleep_is_time_asleep(
    person: TestBot, app: Flask, bed: str, wake: str, said: str, efficiency: int, asleep: str
) -> None:
    diary_to_latency(person, bed, wake)
    asked = person.say(said)
    assert "1 (awful) to 5" in asked and "fall asleep" not in asked  # not asked again
    result = person.say("3")
    assert f"asleep about {asleep}," in result and f"about {efficiency}%" in result
    [night] = nights(app)
    assert round(night.efficiency * 100) == efficiency


def test_total_sleep_told_before_the_times_is_kept_and_not_asked_for(
    person: TestBot, app: Flask
) -> None:
    assert "get into bed" in person.say("sleep diary")
    assert "get up" in person.say("11pm")
    noted = person.say("slept about 6 hours i think")
    assert "noted about 6h asleep" in noted and "get up" in noted  # the same question again
    asked = person.say("7am")
    assert "1 (awful) to 5" in asked and "fall asleep" not in asked
    assert "about 75%" in person.say("2")
    assert [(n.bed_time, n.wake_time, n.efficiency) for n in nights(app)] == [
        ("23:00", "07:00", 0.75)
    ]


def test_more_sleep_than_time_in_bed_is_not_kept(person: TestBot, app: Flask) -> None:
    diary_to_latency(person)
    odd = person.say("slept 10 hours")
    assert "can't count 10h asleep" in odd and "rough guess" in odd
    assert "1 (awful) to 5" in person.say("20 mins")
    assert "about 96%" in person.say("4")


@pytest.mark.parametrize(
    "said", ["never fell asleep", "didn't sleep at all", "i was awake all night", "no sleep"]
)
def test_a_sleepless_night_is_recorded_as_no_sleep_and_met_kindly(
    person: TestBot, app: Flask, said: str
) -> None:
    diary_to_latency(person)
    # kept at once, rated as the worst: how well they slept is not asked of a night with none
    heard = person.say(said)
    assert heard.count("I'm sorry") == 1 and "1 (awful) to 5" not in heard
    assert "8h in bed, no sleep" in heard
    assert "good sign" not in heard and "decent night" not in heard
    [night] = nights(app)
    assert (night.efficiency, night.latency_minutes, night.quality) == (0.0, 480, 1)


def test_a_sleepless_night_told_to_the_wake_question(person: TestBot, app: Flask) -> None:
    assert "get into bed" in person.say("sleep diary")
    person.say("11pm")
    heard = person.say("i didn't sleep at all")
    assert "No sleep at all" in heard and "what time did you get up" in heard
    assert "I'm sorry" not in heard  # (said once, with the night put together)
    kept = person.say("7am")  # how long to fall asleep, and how well they slept, not asked
    assert "no sleep" in kept and "1 (awful) to 5" not in kept and "fall asleep" not in kept
    assert kept.count("I'm sorry") == 1
    assert nights(app)[0].efficiency == 0.0


@pytest.mark.parametrize("question", ["what's 2+2", "who won the match last night", "2+2"])
def test_a_question_mid_diary_is_not_taken_as_the_wake_time(
    person: TestBot, app: Flask, question: str
) -> None:
    person.say("sleep diary")
    person.say("11pm")
    assert "What time did you get up" in person.say(question)
    assert "fall asleep" in person.say("7am")
    person.say("20 min")
    assert "in bed 8h" in person.say("3")
    assert nights(app)[0].wake_time == "07:00"


@pytest.mark.parametrize(
    ("answer", "kept", "in_bed"),
    [("yes", "23:00", "in bed 16h"), ("sorry, 3pm", "15:00", "in bed 8h")],
)
def test_a_very_long_night_is_checked_before_it_is_kept(
    person: TestBot, app: Flask, answer: str, kept: str, in_bed: str
) -> None:
    person.say("sleep diary")
    person.say("7am")
    checked = person.say("11pm")
    assert "Just to check" in checked and "16h in bed" in checked
    assert "fall asleep" not in checked
    assert "fall asleep" in person.say(answer)
    person.say("20 min")
    result = person.say("3")
    assert in_bed in result
    assert nights(app)[0].wake_time == kept


def test_up_before_bed_is_asked_again_and_never_kept(person: TestBot, app: Flask) -> None:
    person.say("sleep diary")
    person.say("11pm")
    odd = person.say("10:30pm")
    assert "doesn't add up" in odd and "What time did you get up" in odd
    assert "fall asleep" in person.say("6:30am")
    person.say("20 min")
    assert "in bed 7h 30m" in person.say("3")


def test_asking_how_sleep_has_been_mid_diary_asks_the_same_question_again(
    person: TestBot, app: Flask
) -> None:
    person.say("sleep diary")
    person.say("11pm")
    aside = person.say("how has my sleep been this week")
    assert "sleep diary" in aside and "What time did you get up" in aside
    assert "fall asleep" in person.say("7am")


@pytest.mark.parametrize(
    "asked",
    ["what's my sleep efficiency", "how has my sleep been this week", "show me my sleep diary"],
)
def test_with_nothing_logged_asking_offers_the_diary(person: TestBot, asked: str) -> None:
    none = person.say(asked)
    assert "haven't logged any nights" in none and "Reply yes or no" in none
    assert "get into bed" in person.say("yes")


def test_the_last_week_of_the_diary_is_read_back(
    person: TestBot, app: Flask, clock: FakeClock
) -> None:
    person.say("sleep diary")
    person.say("11pm")
    person.say("7am")
    person.say("20 min")
    person.say("4")
    person.say("no")
    clock.advance(days=1)
    person.say("sleep diary")
    person.say("midnight")
    person.say("7")
    person.say("i slept about 5 hours")
    person.say("2")
    person.say("no")
    for asked in (
        "what's my sleep efficiency",
        "how has my sleep been this week",
        "what was my sleep like last week",
    ):
        read_back = person.say(asked)
        assert "2 nights logged" in read_back, asked
        assert "bed 11:00pm, up 7:00am, 8h in bed, 96%" in read_back
        assert "bed 12:00am, up 7:00am, 7h in bed, 71%" in read_back
        assert "7h 30m in bed" in read_back and "about 84%" in read_back
        assert "get into bed" not in read_back and "check-ins" not in read_back
    clock.advance(days=8)
    assert "in the last 7 days" in person.say("what's my sleep efficiency")
    assert len(nights(app)) == 2


# The same words through the trained model, which reads them as the tester did.


@pytest.fixture
def diarist(someone: TestBot) -> TestBot:
    """Someone past first contact, talking to the shipped model."""
    return someone.onboard()


@pytest.mark.parametrize(
    ("said", "then", "expected"),
    [
        ("i slept about 6 hours", "3", "about 75%"),
        ("never fell asleep", None, "no sleep"),
        ("i was awake all night", None, "no sleep"),
    ],
)
def test_the_findings_through_the_trained_model(
    diarist: TestBot, said: str, then: str | None, expected: str
) -> None:
    diary_to_latency(diarist)
    heard = diarist.say(said)
    if then is None:  # a night with no sleep is kept at once, not rated
        result = heard
    else:
        assert "1 (awful) to 5" in heard
        result = diarist.say(then)
    assert expected in result and "decent night" not in result


def test_an_impossible_night_through_the_trained_model(diarist: TestBot) -> None:
    diarist.say("sleep diary")
    assert "get up" in diarist.say("11pm")
    not_ours = diarist.say("what's 2+2")
    assert "not something I can help with" in not_ours and "What time did you get up" in not_ours
    diarist.say("7am")
    diarist.say("20 min")
    assert "in bed 8h" in diarist.say("3")
    diarist.say("no")
    diarist.say("sleep diary")
    diarist.say("7am")
    assert "Just to check" in diarist.say("11pm")


def test_the_diary_read_back_through_the_trained_model(diarist: TestBot) -> None:
    diary_to_latency(diarist)
    diarist.say("20 min")
    diarist.say("4")
    diarist.say("no")
    read_back = diarist.say("what's my sleep efficiency")
    assert "get into bed" not in read_back and "check-ins" not in read_back
    assert "sleep diary" in read_back


def test_total_sleep_told_at_the_bedtime_question_is_not_a_bedtime(person: TestBot) -> None:
    person.say("sleep")
    assert "4h 30m asleep" in person.say("only got about 4 and a half hours")
    person.say("11pm")
    person.say("7am")
    assert "56%" in person.say("2")


def test_total_sleep_after_a_comma_is_read(person: TestBot) -> None:
    person.say("sleep")
    person.say("11pm")
    person.say("7am")
    person.say("barely slept, maybe 3 hours")
    assert "asleep about 3h" in person.say("2")
