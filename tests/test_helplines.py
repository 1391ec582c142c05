"""The helplines a number leads to, from the shipped config."""

from __future__ import annotations

import random
import re
from types import SimpleNamespace

import pytest
from jinja2 import Environment, FileSystemLoader, meta

from bot.locale import country_of, helpline_for, helpline_of
from bot.safety_words import ASKED_AFTER_CRISIS
from bot.text import TEMPLATE_DIR, render
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


# Each answer names each line once, whatever the country and whatever was told with it: the
# safety answers are rendered over many combinations of what they are told.
SAFETY_ANSWERS = (
    "crisis",
    "crisis_stay",
    "crisis_offer_declined",
    "crisis_clarify",
    "crisis_clarify_no",
    "crisis_followup",
    "crisis_no_contact",
    "crisis_taken_back",
    "eating",
    "exploitation",
    "abuser_away",
    "only_when_texted",
    "nowhere_safe",
    "handover",
    "handover_waiting",
    "support_other",
    "support_other_more",
    "support_other_urgent",
    "support_other_young",
    "support_other_progress",
    "old_scars",
    "greening_out",
    "k_hole",
)
# Given the country's lines as they are (the young people's line is named by the answer);
# the others get them as `helpline_of` gives them, the young people's line first if young.
AS_GIVEN = frozenset({"crisis", "crisis_stay", "eating", "exploitation"})
LINES = [
    "abuse",
    "child",
    "assault",
    "eating",
    "elder",
    "lgbt",
    "men",
    "lgbt_abuse",
    "gambling",
    "alcohol",
    "stalking",
    "veterans",
    "carers",
    "ocd",
    "text",
    "medical",
]
CHOICES: dict[str, list[object]] = {
    "kind": ["abuse", "danger", "self_harm", "suicidal", None],
    "said": [None, *(name for name, _ in ASKED_AFTER_CRISIS)],
    "means": [None, "gun", "rope", "blade", "pills"],
    "stays": [0, 1, 2, 3, 4],
    "agains": [0, 1, 2, 3],
    "follow": [None, "promise", "tell_adult", "not_believed", "far"],
    "how": ["called", "in_care", "on_the_way"],
    "asked": [None, "plea", "dose", "milestone", "quote", "acting"],
    "prefers": [None, "woman", "man"],
}


def _asks_for(name: str) -> set[str]:
    """The names a template (and what it includes) is rendered with."""
    env = Environment(loader=FileSystemLoader(TEMPLATE_DIR))
    tree = env.parse(env.loader.get_source(env, f"{name}.txt")[0])
    found = meta.find_undeclared_variables(tree)
    for child in meta.find_referenced_templates(tree):
        found |= _asks_for(str(child).removesuffix(".txt"))
    return found - {"helpline"}


def _named_twice(text: str, helpline: dict[str, str]) -> list[str]:
    said = text.lower()
    lines = [helpline[key] for key in LINES if helpline.get(key)]
    lines.append(f"{helpline['name']} on {helpline['phone']}")
    return [line for line in lines if said.count(line.lower()) > 1]


@pytest.mark.parametrize("name", SAFETY_ANSWERS)
def test_each_safety_answer_names_each_line_once(name: str) -> None:
    settings = load_settings({})
    table = settings["helplines"]
    pick = random.Random(name)
    wanted = _asks_for(name)
    for country in table:
        lines = [helpline_for(country, table)]
        if name not in AS_GIVEN:
            young = SimpleNamespace(country=country, slots={"young": True})
            lines.append(helpline_of(young, settings))  # type: ignore[arg-type]
        for helpline in lines:
            for _ in range(40):
                told = {v: pick.choice(CHOICES.get(v, [True, False, None])) for v in wanted}
                text = render(name, helpline=helpline, **told)
                assert not _named_twice(text, helpline), (country, told, text)


# -- the police, the hospital and a line for a worried adult, by country ---------------------


@pytest.mark.parametrize(
    ("country", "hospital", "police", "child_worry"),
    [
        ("GB", "A&E", "101", "the NSPCC helpline on 0808 800 5000"),
        ("JE", "A&E", "", ""),  # 101 does not reach the Channel Islands' police
        ("US", "the ER", "", "the Childhelp hotline on 800-422-4453"),
        ("GU", "the ER", "", "the Childhelp hotline on 800-422-4453"),
        ("AU", "an emergency department", "131 444", ""),  # the Police Assistance Line
        ("NZ", "an emergency department", "105", "Oranga Tamariki on 0508 326 459"),
        ("SG", "an emergency department", "1800 255 0000", "the National Anti-Violence"),
        ("IE", "an emergency department", "", ""),
        ("NG", "an emergency department", "", ""),
        ("ZZ", "an emergency department", "", ""),
    ],
)
def test_the_police_and_the_hospital_are_named_as_the_country_names_them(
    country: str, hospital: str, police: str, child_worry: str
) -> None:
    helpline = helpline_for(country, load_settings({})["helplines"])
    assert (helpline["hospital"], helpline["police"]) == (hospital, police)
    assert helpline["child_worry"].startswith(child_worry) and bool(child_worry) == bool(
        helpline["child_worry"]
    )


def test_the_safeguarding_lead_is_the_uks_designated_one_only_where_that_is_the_word() -> None:
    helplines = load_settings({})["helplines"]
    lead = {country: helpline_for(country, helplines)["safeguarding_lead"] for country in helplines}
    assert {c for c, word in lead.items() if word == "designated safeguarding lead"} == {
        "GB",
        "GG",
        "JE",
        "IM",
    }
    assert lead["US"] == lead["default"] == "safeguarding or child protection lead"


# -- every safety answer in every country: its own words, no gaps, each line once -------------

# The UK's own words and lines: abroad they may appear only as part of that country's lines.
UK_ONLY = (
    "health visitor",
    "NHS",
    "111",
    "999",
    "101",
    "GP",
    "A&E",
    "NSPCC",
    "Childline",
    "Samaritans",
    "petrol station",
    "designated safeguarding lead",
)
# What a template leaves behind when a field it needs is empty.
LEFT_EMPTY = re.compile(
    r"  |\s[,.:;]|\(\s*\)|\bNone\b(?! of)|\b(?:on|call|reach|at) (?:today|now)\b"
)
ANSWERS_ABROAD = (
    *SAFETY_ANSWERS,
    "harm_to_others",
    "strangled_warning",
    "smalltalk",
    "medicine_question",
    "crying_baby",
    "intrusive_thoughts",
    "doctor_now",
    "dose_mistake",
    "overdose_sleepy",
    "coping",
    "panic_past",
    "minor_burn",
)
TOPICS = re.findall(r'topic == "(\w+)"', (TEMPLATE_DIR / "smalltalk.txt").read_text())


def _uk_only_words(text: str, helpline: dict[str, str]) -> list[str]:
    own = " ".join(helpline.values())
    return [
        word
        for word in UK_ONLY
        if re.search(rf"\b{re.escape(word)}\b", text)
        and not re.search(rf"\b{re.escape(word)}\b", own)
    ]


def _each_line_once(text: str, helpline: dict[str, str]) -> list[str]:
    said = text.lower()
    keys = [*LINES, "child_worry", "advice", "police", "sentence"]
    lines = {helpline[key] for key in keys if helpline.get(key)}
    return [line for line in lines if said.count(line.lower()) > 1]


@pytest.mark.parametrize("name", ANSWERS_ABROAD)
def test_every_safety_answer_reads_right_in_every_country(name: str) -> None:
    settings = load_settings({})
    table = settings["helplines"]
    pick = random.Random(f"abroad {name}")
    wanted = _asks_for(name)
    choices = {**CHOICES, "topic": TOPICS, "country": list(table)}
    for country in table:
        lines = [helpline_for(country, table)]
        if name not in AS_GIVEN:
            young = SimpleNamespace(country=country, slots={"young": True})
            lines.append(helpline_of(young, settings))  # type: ignore[arg-type]
        for helpline in lines:
            for _ in range(40):
                told = {v: pick.choice(choices.get(v, [True, False, None])) for v in wanted}
                if "country" in wanted:
                    told["country"] = country
                text = render(name, helpline=helpline, **told)
                where = (country, told, text)
                if country != "GB":
                    assert not _uk_only_words(text, helpline), where
                assert not LEFT_EMPTY.search(text), where
                assert not _each_line_once(text, helpline), where
