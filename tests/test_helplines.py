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


# -- Lines for a child hurt and for abuse at home abroad, and the everyday words by country ---


@pytest.mark.parametrize(
    ("country", "slot", "line"),
    [
        ("NG", "child", "0800 800 8001"),  # the Cece Yara Child Helpline, free and 24-hour
        ("PH", "child", "163"),  # Bantay Bata
        ("PH", "child", "1383"),  # the Makabata Helpline
        ("SG", "abuse", "1800 777 0000"),  # the National Anti-Violence and ... Helpline
        ("SG", "assault", "1800 777 0000"),
    ],
)
def test_nigeria_the_philippines_and_singapore_have_their_lines(
    country: str, slot: str, line: str
) -> None:
    assert line in helpline_for(country, load_settings({})["helplines"])[slot]


@pytest.mark.parametrize(("country", "slot"), [("NG", "abuse"), ("PH", "abuse"), ("SG", "child")])
def test_a_line_not_known_for_sure_is_left_empty(country: str, slot: str) -> None:
    assert helpline_for(country, load_settings({})["helplines"])[slot] == ""


@pytest.mark.parametrize(
    ("country", "doctor", "cot", "baby_nurse"),
    [
        ("GB", "GP", "cot", "health visitor"),
        ("IE", "GP", "cot", "public health nurse"),
        ("AU", "GP", "cot", "child health nurse"),
        ("US", "doctor", "crib", ""),
        ("PR", "doctor", "crib", ""),
        ("PH", "doctor", "crib", ""),
        ("NG", "doctor", "cot", ""),
        ("ZZ", "doctor", "cot", ""),  # unknown: the default entry's words
    ],
)
def test_everyday_words_follow_the_country(
    country: str, doctor: str, cot: str, baby_nurse: str
) -> None:
    helpline = helpline_for(country, load_settings({})["helplines"])
    assert (helpline["doctor"], helpline["cot"], helpline["baby_nurse"]) == (
        doctor,
        cot,
        baby_nurse,
    )


def test_the_advice_line_is_never_a_poisons_line() -> None:
    helplines = load_settings({})["helplines"]
    for country in helplines:
        helpline = helpline_for(country, helplines)
        assert "oison" not in helpline["advice"], country
        assert helpline["doctor"] and helpline["cot"], country
