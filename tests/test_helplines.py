"""The helplines a number leads to, from the shipped config."""

from __future__ import annotations

import pytest

from bot.locale import country_of, helpline_for
from mindlink.config import load_settings


@pytest.mark.parametrize(
    ("number", "emergency", "line"),
    [
        ("+447400912345", "999", "116 123"),
        ("+17875551234", "911", "988"),  # Puerto Rico: as in the States
        ("+16715551234", "911", "988"),  # Guam
        ("+6591234567", "995", "1767"),  # Singapore
        ("+61412345678", "000", "13 11 14"),
    ],
)
def test_a_number_leads_to_its_countrys_lines(number: str, emergency: str, line: str) -> None:
    helplines = load_settings({})["helplines"]
    helpline = helpline_for(country_of(number), helplines)
    assert emergency in helpline["emergency"] and line in helpline["sentence"]


def test_an_unknown_country_gets_the_default_wording() -> None:
    helpline = helpline_for("ZZ", load_settings({})["helplines"])
    assert helpline["emergency"] == "your local emergency number"
    assert "findahelpline.com" in helpline["sentence"]
