"""Sleep and breathing words, fourth round: the getting-up time told with a bedtime question
is the one the answer counts back from, and a pattern asked about is a breathing pattern."""

from __future__ import annotations

import pytest

from bot.breathing import learning
from bot.exercise import FED_UP
from bot.sleep import bedtime_for, bedtime_told, hours_only, sleep_question, sleeper, wake_told


@pytest.mark.parametrize(
    ("text", "wake"),
    [
        ("what time should i go to bed if i get up at 6", "06:00"),
        ("i have to be up at 5.30, when should i go to bed", "05:30"),
        ("alarm goes off at half 6 what time should i sleep", "06:30"),
        ("need to be up by 4:45 for work when should i go to bed", "04:45"),
        ("i wake up at 7am whats a good bedtime", "07:00"),
        ("i get up at six so when should i sleep", "06:00"),
    ],
)
def test_the_getting_up_time_told_is_read(text: str, wake: str) -> None:
    assert sleep_question(text) == "how_much"
    assert wake_told(text) == wake


@pytest.mark.parametrize(
    "text", ["what time should i go to bed", "i wake up 2 hours early", "when should i sleep"]
)
def test_no_getting_up_time_no_count_back(text: str) -> None:
    assert bedtime_told(text) == {}


def test_bedtime_counts_back_seven_and_a_half_to_eight_and_a_half_hours() -> None:
    assert bedtime_for("06:00") == {"wake": "6am", "bed_from": "9:30", "bed_to": "10:30pm"}
    assert bedtime_for("08:00") == {"wake": "8am", "bed_from": "11:30pm", "bed_to": "12:30am"}
    assert bedtime_for("00:30") == {"wake": "12:30am", "bed_from": "4", "bed_to": "5pm"}
    assert bedtime_for("07:00", (10, 8))["bed_from"] == "9"


@pytest.mark.parametrize(
    ("text", "pattern"),
    [
        ("teach me 4-7-8", "478"),
        ("can you teach me 4 7 8 breathing", "478"),
        ("how does 478 work", "478"),
        ("show me box breathing pls", "box"),
        ("how does slow breathing help", "slow"),
    ],
)
def test_a_pattern_asked_about(text: str, pattern: str) -> None:
    assert learning(text) == pattern


@pytest.mark.parametrize(
    "text",
    [
        "what is in the box",
        "how do i slow down my thoughts",
        "how do i change my 7am reminder",
        "remind me to do 4-7-8 at 10pm",
        "4-7-8",
    ],
)
def test_not_a_pattern_asked_about(text: str) -> None:
    assert learning(text) is None


@pytest.mark.parametrize(
    ("text", "minutes"),
    [("maybe 4 hours", 240), ("4 hrs tops", 240), ("about 5 and a half hours", 330)],
)
def test_hours_alone_are_a_night_of_sleep(text: str, minutes: int) -> None:
    assert hours_only(text) == minutes


@pytest.mark.parametrize("text", ["an hour", "2 hours", "4", "11pm", "got up at 6"])
def test_a_short_wait_or_a_time_is_not_a_night_of_sleep(text: str) -> None:
    assert hours_only(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "how do i get any sleep with a newborn",
        "im a new mum and i never sleep",
        "first time dad, how am i supposed to get some sleep",
    ],
)
def test_a_new_parent_is_up_with_a_baby(text: str) -> None:
    assert sleeper(text) == "baby"


@pytest.mark.parametrize(
    "text", ["this is stupid", "ugh this is so pointless", "waste of time", "i hate this"]
)
def test_fed_up_with_the_exercise(text: str) -> None:
    assert FED_UP.match(text)


@pytest.mark.parametrize("text", ["i feel stupid", "stupid question but nose or mouth?"])
def test_not_fed_up_with_the_exercise(text: str) -> None:
    assert FED_UP.match(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "how long does it take to fall asleep normally",
        "how long should it take to fall asleep?",
        "is it normal to take an hour to fall asleep",
    ],
)
def test_how_long_falling_asleep_takes_is_a_question(text: str) -> None:
    assert sleep_question(text) == "falling_time"


@pytest.mark.parametrize(
    "text", ["i do shifts, nights this week, cant sleep during the day", "on nights this week"]
)
def test_shifts_told_in_other_words(text: str) -> None:
    assert sleeper(text) == "shift"
