from datetime import UTC, datetime

import pytest

from nlu.types import Classifier

NOW = datetime(2026, 3, 6, 15, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("hey there", "greet"),
        ("thank you so much", "thanks"),
        ("remind me to take my meds every day at 9pm", "set_reminder"),
        ("what reminders do i have", "list_reminders"),
        ("stop reminding me", "cancel_reminder"),
        ("can i talk to a real person", "human_request"),
        ("please delete all my data", "delete_data"),
        ("i can't sleep again", "sleep_help"),
        ("can we do a breathing exercise", "breathing_request"),
        ("what's the exchange rate from dollars to yen", "out_of_scope"),
        ("how do i reverse a linked list in java", "out_of_scope"),
    ],
)
def test_clear_intents(classifier: Classifier, text: str, intent: str) -> None:
    assert classifier.classify(text, now=NOW).intent == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("hi, i cant sleep", "sleep_help"),
        ("good morning! slept terribly again", "sleep_help"),
        ("hi there, need to talk to someone", "human_request"),
        ("hey bot remind me to drink water at 3", "set_reminder"),
        ("hey how are you", "greet"),
        ("hello there", "greet"),
        ("hi hi hi", "greet"),
    ],
)
def test_a_hello_that_opens_a_request_is_read_as_the_request(
    classifier: Classifier, text: str, intent: str
) -> None:
    assert classifier.classify(text, now=NOW).intent == intent


def test_a_hello_never_hides_a_crisis(classifier: Classifier) -> None:
    parse = classifier.classify("hey, i want to die", now=NOW)
    assert parse.crisis and parse.intent == "crisis"


@pytest.mark.parametrize(
    "text",
    [
        "i don't want to be here anymore",
        "everyone would be better off without me",
        "kms",
        "he hits me when he's drunk",
        "i took a bunch of pills",
        "i want to end my life tonight",
        "how many pills would it take to die",
        "what's a lethal dose of paracetamol",
    ],
)
def test_crisis(classifier: Classifier, text: str) -> None:
    parse = classifier.classify(text, now=NOW)
    assert parse.crisis
    assert parse.intent == "crisis"
    assert parse.crisis_kind in {"suicidal", "self_harm", "abuse", "danger"}


@pytest.mark.parametrize(
    "text",
    [
        "rush hour is murder",
        "dying to try that new place",
        "this exam is killing me",
        "lol i'm dead 💀",
        "killing it at the gym",
    ],
)
def test_hard_negatives(classifier: Classifier, text: str) -> None:
    parse = classifier.classify(text, now=NOW)
    assert not parse.crisis
    assert parse.intent != "crisis"


def test_third_party_concern(classifier: Classifier) -> None:
    parse = classifier.classify(
        "my cousin keeps saying he wants to die, how do I support him", now=NOW
    )
    assert not parse.crisis
    assert parse.intent == "support_other"
    assert parse.crisis_kind == "third_party"


@pytest.mark.parametrize(
    ("text", "ekman"),
    [
        ("i'm so angry at him i could scream", "anger"),
        ("ew that's disgusting", "disgust"),
        ("i'm terrified about the test results", "fear"),
        ("best day ever, i got the job!", "joy"),
        ("i miss my mum so much, i feel so sad", "sadness"),
        ("wait what?! no way, i can't believe it", "surprise"),
        ("pretty good", "joy"),
        ("i feel fine", "neutral"),
        ("not great tbh", "sadness"),
    ],
)
def test_emotions(classifier: Classifier, text: str, ekman: str) -> None:
    assert classifier.classify(text, now=NOW).ekman == ekman


def test_entities_and_json(classifier: Classifier) -> None:
    parse = classifier.classify("remind me every weekday at 7am", tz="Europe/London", now=NOW)
    data = parse.to_json()
    when = next(e for e in data["entities"] if e["type"] == "when")  # type: ignore[union-attr]
    assert when["value"]["rrule"] == "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=7;BYMINUTE=0"
    assert when["value"]["first"] == "2026-03-09T07:00:00+00:00"


@pytest.mark.parametrize("text", ["", "   ", "😭", "🙂🙂🙂", "x" * 50000, "a b " * 3000])
def test_odd_input_does_not_crash(classifier: Classifier, text: str) -> None:
    parse = classifier.classify(text, now=NOW)
    assert 0.0 <= parse.crisis_score <= 1.0
    assert parse.text == text


def test_repeat_is_identical(classifier: Classifier) -> None:
    first = classifier.classify("feeling like a 3 today", now=NOW)
    assert classifier.classify("feeling like a 3 today", now=NOW) == first
    assert ("mood_score", 3) in [(e.type, e.value) for e in first.entities]
