"""How long it took to fall asleep, told with a length, is not how long they slept."""

from __future__ import annotations

import pytest

from bot.sleep import asleep_told


@pytest.mark.parametrize(
    "said",
    [
        "took ages to fall asleep, maybe an hour",
        "took forever to get to sleep, about 2 hours",
        "it took me about 30 mins to fall asleep",
        "couldnt sleep for 2 hours",
    ],
)
def test_time_to_fall_asleep_is_not_time_asleep(said: str) -> None:
    assert asleep_told(said) is None


@pytest.mark.parametrize(
    ("said", "minutes"),
    [
        ("i slept about 6 hours", 360),
        ("fell asleep fast and got 7 hours", 420),
        ("20 mins but i only slept like 5 hours", 300),
        ("6 hours of sleep", 360),
    ],
)
def test_time_asleep_is_still_read(said: str, minutes: int) -> None:
    told = asleep_told(said)
    assert told is not None and told[0] == minutes
