"""The sleep coach, second round: times written one way, broken nights counted as broken,
requests made halfway through the diary, and a pattern told instead of one night."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any

import pytest
from flask import Flask
from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select

from bot.actions import DOMAIN
from bot.actions.sleep import (
    ActionStartSleep,
    ActionSubmitSleep,
    ValidateSleepForm,
    night_told,
    quality_words,
)
from bot.sleep import early_waking, rise_time, sleep_question, winddown_time
from bot.text import render
from store.models import Reminder, SleepEntry
from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


def tracker(text: str, intent: str = "sleep_help", **slots: Any) -> Tracker:
    """A literal tracker in the sleep diary whose latest message is ``text``."""
    message = {"text": text, "intent": {"name": intent, "confidence": 0.99}, "entities": []}
    return Tracker("t", slots, message, [], False, None, {"name": "sleep_form"}, None)


def run(action: Action, text: str, **slots: Any) -> tuple[list[str], dict[str, Any]]:
    """Run an action on a literal tracker: its texts and the slots it set."""
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tracker(text, **slots), DOMAIN))
    texts = [m["text"] for m in dispatcher.messages if m.get("text")]
    return texts, {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


NIGHT = {"bed_time": "23:15", "wake_time": "07:00", "now": "2026-03-02T09:00:00+00:00"}


@pytest.mark.parametrize(("bed", "said"), [("23:15", "10:45pm"), ("00:30", "12:00am")])
def test_the_wind_down_offer_writes_the_time_as_its_confirmation_does(bed: str, said: str) -> None:
    night = {**NIGHT, "bed_time": bed, "latency": 20, "quality": 3}
    texts, slots = run(ActionSubmitSleep(), "3", **night)
    offer = texts[-1]
    assert f"wind-down reminder at {said} each night" in offer
    hour, minute = map(int, str(slots["offer_time"]).split(":"))
    confirmed = render(
        "reminder_when",
        hour=hour,
        minute=minute,
        once=False,
        freq="DAILY",
        interval=1,
        days=[],
        month_day=None,
    )
    assert confirmed == f"every day at {said}"


def test_the_diary_read_back_and_the_night_check_use_the_same_clock() -> None:
    check = render("sleep_wake_check", bed_time="23:00", wake_time="13:30", in_bed=870)
    assert "bed at 11:00pm and up at 1:30pm" in check
    odd = render("sleep_wake_odd", bed_time="07:00", wake_time="07:30", in_bed=30)
    assert "Bed at 7:00am and up at 7:30am" in odd


# A broken night is counted as broken: time awake after waking early is time in bed not
# asleep, a rating of 2 out of 5 is heard, and "no" is not a rating.


@pytest.mark.parametrize(
    ("said", "woke", "up"),
    [
        ("woke at 4 and couldnt get back", "04:00", None),
        ("i got up at 7 but was awake from 5", "05:00", "07:00"),
        ("woke at 6, got up at 7", "06:00", "07:00"),
        ("was up at 4 and couldnt get back to sleep", "04:00", None),
        ("woke at half 4 and just lay there", "04:30", None),
        ("been awake since 5", "05:00", None),
        ("i woke up at 4am and that was it", "04:00", None),
        ("up at 6:30 but awake since 4:45", "04:45", "06:30"),
        ("woke at 3, then again at 5 and couldnt get back", "05:00", None),
        ("up at 7 but lay in bed till 8", "07:00", "08:00"),
        ("woke up at 5 and lay awake until the alarm at 7", "05:00", "07:00"),
        ("woke at 4.30 and never got back off", "04:30", None),
        ("7:30, didnt sleep after 5", "05:00", None),
    ],
)
def test_waking_for_good_before_getting_up_is_read(said: str, woke: str, up: str | None) -> None:
    found = early_waking(said)
    assert found is not None and found[:2] == (woke, up)


@pytest.mark.parametrize(
    "said",
    [
        "7",
        "woke up at 7",
        "got up at 7",
        "woke at 3 for the loo, up at 7",  # hours apart, no word of lying awake
        "woke at 3 but went back to sleep",
        "i woke up at 3 and was awake for an hour then slept till 7",
        "woke at 4, dozed till 7",
        "woke up 3 times",
        "the baby woke at 2 and 4",
        "woke at 7 feeling awful",
        "woke at 6 and got straight up",
        "wake up at 5 every day",
    ],
)
def test_a_waking_with_sleep_after_it_or_none_before_getting_up_is_not_early(said: str) -> None:
    assert early_waking(said) is None


def test_the_time_they_got_up_wins_over_a_waking_they_slept_after() -> None:
    assert rise_time("woke at 3 but went back to sleep, up at 7") == "07:00"
    assert night_told("went to bed at 11, woke at 3 and couldnt get back to sleep") == {
        "bed_time": "23:00",
        "woke_at": "03:00",
    }


@pytest.mark.parametrize(
    ("said", "score"),
    [
        ("not good", 2),
        ("not great", 2),
        ("wasnt great", 2),
        ("not too bad", 3),
        ("not bad", 3),
        ("pretty good", 4),
        ("so-so", 3),
        ("horrible", 1),
        ("dunno", None),
    ],
)
def test_a_rating_in_words_hears_a_not(said: str, score: int | None) -> None:
    assert quality_words(said) == score


ASKED_QUALITY = {
    "bed_time": "22:30",
    "wake_time": "07:00",
    "latency": 2,
    "requested_slot": "quality",
    "now": "2026-03-02T09:00:00+00:00",
}


@pytest.mark.parametrize(("said", "quality"), [("4/10", 2), ("8/10", 4), ("skip", 0)])
def test_the_rating_reads_out_of_ten_and_skip(said: str, quality: int) -> None:
    _, slots = run(ValidateSleepForm(), said, **ASKED_QUALITY)
    assert slots["quality"] == quality


def test_no_to_the_rating_is_not_a_rating() -> None:
    texts, slots = run(ValidateSleepForm(), "no", **ASKED_QUALITY)
    assert slots.get("quality") is None and slots["aside"] is True
    assert '"skip"' in texts[0]
    texts, slots = run(ValidateSleepForm(), "no", **ASKED_QUALITY, quality_no=True)
    assert slots["quality"] == 0  # said twice: saved without a rating


def test_waking_told_at_the_rating_is_no_five_out_of_five() -> None:
    texts, slots = run(ValidateSleepForm(), "woke at 5 and couldnt get back", **ASKED_QUALITY)
    assert slots.get("quality") is None and slots["woke_at"] == "05:00"
    assert "awake from 5:00am" in texts[0]


def submitted(**night: Any) -> str:
    texts, _ = run(ActionSubmitSleep(), "2", **{**NIGHT, **night})
    return texts[0]


def test_time_awake_after_waking_early_counts_against_the_night() -> None:
    done = submitted(bed_time="22:00", wake_time="07:00", latency=15, quality=2, woke_at="05:00")
    assert "asleep about 6h 45m (awake from 5:00am" in done and "about 75%" in done
    assert "Sorry it was a rough night" in done and "decent night" not in done


def test_a_low_rating_tempers_a_good_figure() -> None:
    done = submitted(bed_time="22:00", wake_time="07:00", latency=15, quality=2)
    assert "about 97%" in done and "didn't feel restful" in done
    assert "good sign" not in done and "decent night" not in done
    fine = submitted(bed_time="23:00", wake_time="07:00", latency=15, quality=4)
    assert "good sign" in fine and "decent night" in fine


def test_a_short_night_is_not_called_good_for_its_figure() -> None:
    done = submitted(bed_time="23:00", wake_time="03:00", latency=10, quality=0)
    assert "3h 50m of sleep is a short night" in done and "decent night" not in done


def nights(app: Flask) -> list[SleepEntry]:
    with app.extensions["mindlink"].db.session() as session:
        return list(session.scalars(select(SleepEntry)))


def test_woke_at_4_and_couldnt_get_back_is_a_broken_night(
    someone: TestBot, real_app: Flask
) -> None:
    someone.onboard()
    someone.say("sleep")
    assert "get up" in someone.say("went to bed at 10:30 last night")
    asked = someone.say("woke at 4 and couldnt get back")
    assert "What time did you get out of bed in the end?" in asked
    assert "fall asleep" in someone.say("7")
    assert "1 (awful) to 5" in someone.say("2")
    again = someone.say("no")
    assert '"skip"' in again and "1 (awful) to 5" in again and "efficiency" not in again
    done = someone.say("2")
    assert "about 64%" in done and "decent night" not in done
    [night] = nights(real_app)
    assert (night.bed_time, night.wake_time, night.quality) == ("22:30", "07:00", 2)
    assert round(night.efficiency * 100) == 64


def test_awake_from_5_before_getting_up_at_7_counts(someone: TestBot) -> None:
    someone.onboard()
    someone.say("sleep")
    someone.say("10pm")
    assert "fall asleep" in someone.say("i got up at 7 but was awake from 5")
    someone.say("15 mins")
    done = someone.say("2")
    assert "about 75%" in done and "97%" not in done


# Requests made during the diary are met, and the diary goes on.


def at(app: Flask, hour: int, minute: int = 0) -> None:
    """Set the app's clock to that time in London (GMT in March) on 3 March 2026."""
    app.extensions["mindlink"].clock.now = datetime(2026, 3, 3, hour, minute, tzinfo=UTC)


def test_i_cant_sleep_in_the_day_gets_help_before_any_diary(someone: TestBot) -> None:
    someone.onboard()
    helped = someone.say("i cant sleep")
    assert "help most people sleep better" in helped and "get into bed" not in helped
    assert "A few more that help" in someone.say("tips")


def test_i_cant_sleep_at_2am_gets_help_for_right_now(someone: TestBot, real_app: Flask) -> None:
    someone.onboard()
    at(real_app, 2)
    now = someone.say("i cant sleep")
    assert "help right now" in now and "tell me about it" in now and "get into bed" not in now
    assert "A few more for tonight" in someone.say("tips")


def test_tips_in_the_middle_of_the_diary_are_given_and_it_goes_on(
    someone: TestBot, real_app: Flask
) -> None:
    someone.onboard()
    someone.say("sleep diary")
    someone.say("11pm")
    tips = someone.say("tips")
    assert "help most people sleep better" in tips and "Back to your sleep diary" in tips
    assert "get up this morning" in tips and "Here's what I can do" not in tips
    assert "fall asleep" in someone.say("7am")


def test_a_wind_down_reminder_asked_for_mid_diary_is_set_at_the_end(
    someone: TestBot, real_app: Flask
) -> None:
    someone.onboard()
    someone.say("sleep")
    someone.say("half 11")
    someone.say("7")
    asked = someone.say("wind down reminder")
    assert "When we've finished the diary" in asked and "nothing to cancel" not in asked
    assert "fall asleep" in asked
    someone.say("20 mins")
    done = someone.say("3")
    assert "every day at 10:45pm" in done and "Would you like a wind-down reminder" not in done
    with real_app.extensions["mindlink"].db.session() as session:
        assert [r.kind for r in session.scalars(select(Reminder))] == ["sleep"]


def test_diary_after_the_diary_offer_starts_it(someone: TestBot) -> None:
    someone.onboard()
    assert "Reply yes or no" in someone.say("help me sleep better")
    assert "get into bed" in someone.say("diary")
    assert "get up this morning" in someone.say("midnight")


def test_a_question_about_sleep_mid_diary_is_answered_then_the_diary_goes_on(
    someone: TestBot,
) -> None:
    someone.onboard()
    someone.say("sleep diary")
    someone.say("23:00")
    someone.say("07:30")
    answered = someone.say("hmm actually what's a good bedtime for a teenager")
    assert "Teenagers need about 8 to 10 hours" in answered
    assert "Back to your sleep diary" in answered and "fall asleep" in answered
    assert "1 (awful) to 5" in someone.say("20 mins")


@pytest.mark.parametrize(
    ("asked", "answer"),
    [
        ("what's a good bedtime for a teenager", "Teenagers need about 8 to 10 hours"),
        ("how much sleep do i need", "Most adults need about 7 to 9 hours"),
        ("is it bad to nap", "keep it under 30 minutes"),
        ("how many hours sleep does a baby need", "Babies need lots of sleep"),
    ],
)
def test_a_question_about_sleep_is_answered(someone: TestBot, asked: str, answer: str) -> None:
    someone.onboard()
    assert answer in someone.say(asked)


@pytest.mark.parametrize(
    "said",
    [
        "what's the best bedtime story for a 5 year old",
        "whats a good bedtime routine",
        "can i use my phone for this?",
        "is tea better than coffee",
        "why do i keep waking up angry",
        "what time should i take my tablets",
        "should i exercise more",
        "how long is this going to take",
    ],
)
def test_everyday_questions_are_not_sleep_questions(said: str) -> None:
    assert sleep_question(said) is None


def test_mid_diary_answers_are_not_taken_as_requests() -> None:
    asked = {"bed_time": "23:00", "wake_time": "07:00", "requested_slot": "latency"}
    for said in ("20 mins", "about an hour", "ages", "no idea", "ok"):
        _, slots = run(ValidateSleepForm(), said, **asked)
        assert "aside" not in slots, said


# A problem that keeps happening is told as one, not logged as one night.


def start(text: str, hour: int = 12, **slots: Any) -> tuple[str, dict[str, Any]]:
    """What the sleep coach says first to ``text`` at that hour in London."""
    now = datetime(2026, 3, 3, hour, 0, tzinfo=UTC).isoformat()
    context = {"now": now, "timezone": "Europe/London", "helpline": HELPLINE_GB, **slots}
    dispatcher = CollectingDispatcher()
    message = {"text": text, "intent": {"name": "sleep_help", "confidence": 0.99}}
    events = asyncio.run(
        ActionStartSleep().run(
            dispatcher, Tracker("t", context, message, [], False, None, {}, None), DOMAIN
        )
    )
    said = "\n".join(m["text"] for m in dispatcher.messages if m.get("text"))
    return said, {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


HELPLINE_GB = {"doctor": "GP", "baby_nurse": "health visitor"}


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("i keep waking up at 3am every night", "Waking in the small hours"),
        ("i wake up at 4 every morning and cant get back to sleep", "Waking in the small hours"),
        ("every night i wake up around 2 and lie there for hours", "Waking in the small hours"),
        ("i keep waking up in the middle of the night", "Waking in the small hours"),
        ("i'm 78 and i wake at 5am every day no matter what", "as we get older"),
        ("teenager here, i cant fall asleep before 2am on school nights", "Lots of teenagers"),
        ("my baby wakes every 2 hours and i cant get back to sleep after", "health visitor"),
        ("i havent slept properly in weeks", "Night after night"),
        ("i have insomnia", "Night after night"),
        ("i work nights and cant sleep during the day", "Sleeping around shifts"),
    ],
)
def test_a_problem_that_keeps_happening_is_met_as_one(said: str, expected: str) -> None:
    reply, slots = start(said)
    assert expected in reply
    assert "sleep diary for last night" not in reply and "requested_slot" not in slots


def test_waking_at_3am_every_night_is_not_logged_as_last_night(
    someone: TestBot, real_app: Flask
) -> None:
    someone.onboard()
    told = someone.say("i keep waking up at 3am every night")
    assert "Waking in the small hours" in told and "talk to your GP" in told
    assert "I've put that in a sleep diary" not in told and "get into bed" not in told
    assert "get into bed" in someone.say("yes")  # the diary, for a week, if they want it
    assert nights(real_app) == []


@pytest.mark.parametrize(
    "said", ["i slept badly", "woke at 4 and couldnt get back", "sleep", "never fell asleep"]
)
def test_one_night_told_is_still_the_diary(said: str) -> None:
    _, slots = start(said)
    assert "requested_slot" in slots


def test_at_night_someone_awake_gets_help_for_now_whoever_they_are() -> None:
    reply, slots = start("my baby wakes every 2 hours and i cant get back to sleep after", 2)
    assert "up in the night with a baby" in reply and slots["offer"] == "night_breathing"
    shift, _ = start("i work nights and cant sleep during the day", 2)
    assert "Sleeping around shifts" in shift  # at work, not lying awake


@pytest.mark.parametrize(
    ("said", "up"),
    [
        ("woke up at 5 to feed the baby then back to sleep till 7", "07:00"),
        ("slept till 9", "09:00"),
        ("woke at 3, dozed till 7", "07:00"),
        ("woke at 4 and couldnt get back to sleep till 6", None),  # asleep again at 6
    ],
)
def test_sleeping_till_a_time_is_getting_up_then(said: str, up: str | None) -> None:
    assert rise_time(said) == up


def test_a_pattern_asked_for_help_with_is_still_met_as_a_pattern() -> None:
    reply, _ = start("help, i keep waking up at 3am every night, any tips?")
    assert "Waking in the small hours" in reply


def test_a_day_sleeper_gets_a_wind_down_reminder_before_their_own_bed_time() -> None:
    assert winddown_time("08:00", "23:00", quiet_end="07:00") == "07:30"
    assert winddown_time("23:30", "23:00", quiet_end="07:00") == "22:45"  # before quiet hours
    assert winddown_time("08:00", "00:00", quiet_end="00:00") == "07:30"  # none set
    night = {**NIGHT, "bed_time": "08:00", "wake_time": "15:00", "latency": 20, "quality": 3}
    texts, _ = run(
        ActionSubmitSleep(), "3", **night, quiet_hours={"start": "23:00", "end": "07:00"}
    )
    assert "wind-down reminder at 7:30am each day" in texts[-1]


def test_the_time_they_got_up_told_with_the_bed_time_is_kept() -> None:
    said = "went to bed at 9:30, baby up at 12, 3 and 5, got up at 6:30"
    _, slots = run(ValidateSleepForm(), said, requested_slot="bed_time")
    assert (slots["bed_time"], slots["wake_time"]) == ("21:30", "06:30")


def test_lying_awake_till_3am_every_night_is_trouble_getting_to_sleep() -> None:
    reply, _ = start("been lying awake till 3am every night, any tips")
    assert "Night after night" in reply and "Waking in the small hours" not in reply


@pytest.mark.parametrize("text", ["i keep waking up tired", "i always wake up exhausted"])
def test_waking_unrefreshed_is_not_early_waking(text: str) -> None:
    from bot.sleep import sleep_pattern

    assert sleep_pattern(text) is None  # the diary finds out why
