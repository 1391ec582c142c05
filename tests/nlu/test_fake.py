from datetime import UTC, datetime

import pytest

from nlu.fake import FakeClassifier
from nlu.labels import INTENTS

NOW = datetime(2026, 3, 6, 15, 0, tzinfo=UTC)

CASES = [
    ("hi there", "greet"),
    ("ok bye", "goodbye"),
    ("thanks so much", "thanks"),
    ("yes please", "affirm"),
    ("nope", "deny"),
    ("feeling pretty sad today", "mood_report"),
    ("can we do a check in", "checkin_request"),
    ("help me breathe", "breathing_request"),
    ("i can't sleep", "sleep_help"),
    ("remind me every weekday at 7am", "set_reminder"),
    ("show my reminders", "list_reminders"),
    ("cancel my reminder", "cancel_reminder"),
    ("help", "help"),
    ("i want to talk to a human", "human_request"),
    ("delete my data", "delete_data"),
    ("export my data", "export_data"),
    ("lol are you a bot", "smalltalk"),
    ("i want to kill myself", "crisis"),
    ("my cousin keeps saying he wants to die", "support_other"),
    ("what's the capital of peru", "out_of_scope"),
]


def test_cases_cover_every_intent() -> None:
    assert {intent for _, intent in CASES} == set(INTENTS)


@pytest.mark.parametrize(("text", "intent"), CASES)
def test_fake_intents(text: str, intent: str) -> None:
    assert FakeClassifier().classify(text, now=NOW).intent == intent


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("kms", "suicidal"),
        ("he hits me when he's drunk", "abuse"),
        ("i took a bunch of pills", "self_harm"),
        ("someone is following me", "danger"),
    ],
)
def test_fake_crisis(text: str, kind: str) -> None:
    parse = FakeClassifier().classify(text, now=NOW)
    assert parse.crisis and parse.crisis_kind == kind and parse.crisis_score == 1.0


def test_fake_third_party_is_not_crisis() -> None:
    parse = FakeClassifier().classify("my sister says she wants to die", now=NOW)
    assert not parse.crisis and parse.crisis_kind == "third_party"


def test_fake_extracts_real_entities() -> None:
    parse = FakeClassifier().classify("remind me every weekday at 7am", tz="Europe/London", now=NOW)
    when = next(e.value for e in parse.entities if e.type == "when")
    assert when.rrule == "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=7;BYMINUTE=0"
    mood = FakeClassifier().classify("feeling like a 3", now=NOW)
    assert [(e.type, e.value) for e in mood.entities] == [("mood_score", 3)]


@pytest.mark.parametrize("text", ["", "   ", "😭😭😭", "a" * 20000])
def test_fake_odd_input(text: str) -> None:
    parse = FakeClassifier().classify(text, now=NOW)
    assert parse.to_json()["text"] == text
