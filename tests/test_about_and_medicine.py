"""Questions about MindLink, medicines and getting care, keyboard mashes: read and answered."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.locale import helpline_for
from bot.routing import (
    intent_of,
    is_mash,
)
from bot.text import render
from bot.topics import (
    medicine_asked,
    service_topic,
)
from nlu import Parse
from nlu.model import fallback

SETTINGS = {"nlu": {"fallback_confidence": 0.5}}
HELPLINES = {
    "default": {
        "emergency": "your local emergency number",
        "sentence": "a local line",
        "doctor": "doctor",
    },
    "GB": {
        "doctor": "GP",
        "advice": "NHS 111 (call 111 or go to 111.nhs.uk)",
        "name": "Samaritans",
        "phone": "116 123",
        "emergency": "999",
        "medical": "NHS 111 (call 111 or go to 111.nhs.uk)",
        "child": "Childline on 0800 1111",
    },
    "US": {"name": "988", "phone": "988", "emergency": "911", "medical": "Poison Control"},
}


def parse(text: str, intent: str, crisis: bool = False) -> Parse:
    return replace(fallback(text), intent=intent, intent_confidence=0.9, crisis=crisis)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("i missed my pill yesterday can i take 2 today", "medicine"),
        ("should i double my dose", "medicine"),
        ("can i take 2 of my sleeping pills tonight", "medicine"),
        ("should i stop my antidepressants", "medicine"),
        ("can i drink alcohol on citalopram", "medicine"),
        ("what's the max paracetamol i can take in a day", "medicine"),
        ("i want to come off my meds, how do i taper", "medicine"),
        ("is it safe to take xanax i bought online", "medicine"),
        ("ur hot", "intimate"),
        ("are you horny", "intimate"),
        ("lets sext", "intimate"),
        ("send me a pic of you", "intimate"),
        ("will you marry me", "intimate"),
        ("do you love me", "intimate"),
        ("how much does it cost", "cost"),
        ("is this free", "cost"),
        ("is this run by the nhs", "who_runs"),
        ("do you work for the government", "who_runs"),
        ("who made you", "who_runs"),
        ("is this end to end encrypted", "encryption"),
        ("can i trust you", "trust"),
        ("how old do you have to be to use this", "age_limit"),
        ("if i tell you something bad will you tell anyone", "telling"),
        ("will you tell the police", "telling"),
        ("will my school find out", "telling"),
        ("can my employer see this", "telling"),
        ("will my doctor see this", "telling"),
        ("can my parents find out", "telling"),
        ("is this anonymous", "anonymous"),
        ("how long do you keep it", "keeping"),
        ("can i talk to a gp", "get_care"),
        ("i need a therapist", "get_care"),
        ("can you refer me to a psychiatrist", "get_care"),
        ("i need to see a doctor", "get_care"),
        # asked as before
        ("do i need therapy?", "see_doctor"),
        ("can you be my therapist", "therapist"),
        ("is this private", "privacy"),
        ("who are you", "bot"),
        ("you're amazing", "compliment"),
    ],
)
def test_the_question_is_read_for_what_it_asks(text: str, topic: str) -> None:
    assert service_topic(text) == topic or (topic == "compliment" and service_topic(text) is None)


@pytest.mark.parametrize(
    "text",
    [
        "im going to take all my pills tonight",
        "how many paracetamol would it take to kill me",
        "ive been saving up my pills",
        "can i take enough to never wake up",
        "i took my meds",
        "remind me to take my meds at 9pm",
        "can you call the police for me",
        "tell me a joke",
        "my boyfriend keeps sending me pics",
    ],
)
def test_plans_requests_and_news_are_not_these_questions(text: str) -> None:
    assert service_topic(text) not in ("medicine", "telling", "intimate", "get_care")


def test_a_question_about_us_is_answered_even_when_the_model_worries() -> None:
    worried = parse("will you tell the police", "crisis", crisis=True)
    assert intent_of(worried, "will you tell the police", SETTINGS) == "smalltalk"
    plan = "will you tell anyone if i kill myself"
    assert intent_of(parse(plan, "crisis", crisis=True), plan, SETTINGS) == "crisis"


@pytest.mark.parametrize(
    ("text", "mash"),
    [
        ("jfkdlsjfkdsl;a", True),
        ("lkjlkjlkj", True),
        ("hhhhhhhhhh", True),
        ("aaaaaaaaaaaaa", True),
        ("xD", True),
        ("asdfghjkl", True),
        ("help", False),
        ("sad", False),
        ("hmmmm", False),
        ("grrrr", False),
        ("ahhhhhhh", False),
        ("hahahaha", False),
        ("brb", False),
        ("property", False),
        ("😭😭😭", False),
        ("i want to die", False),
    ],
)
def test_keyboard_mashes(text: str, mash: bool) -> None:
    assert is_mash(text) is mash
    routed = intent_of(parse(text, "mood_report"), text, SETTINGS)
    assert (routed == "out_of_scope_unsure") is mash


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("export my spotify playlist", "out_of_scope"),
        ("export my data", "export_data"),
        ("can i get a copy of everything you have", "export_data"),
        ("export", "export_data"),
    ],
)
def test_only_our_data_is_exported(text: str, intent: str) -> None:
    assert intent_of(parse(text, "export_data"), text, SETTINGS) == intent


def _medicine(text: str, country: str = "GB") -> str:
    line = helpline_for(country, HELPLINES)
    return render("medicine_question", helpline=line, country=country, **medicine_asked(text))


def test_the_pet_line_only_when_an_animal_is_named() -> None:
    assert "vet" not in _medicine("how much sertraline should i take")
    assert "vet" in _medicine("my dog ate my ibuprofen")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("should i double my dose", "don't take extra or double up"),
        ("should i stop my antidepressants", "don't stop or cut down"),
        ("is it safe to take xanax i bought online", "fake"),
        ("can i drink alcohol on citalopram", "Alcohol"),
    ],
)
def test_the_medicine_answer_fits_the_question(text: str, said: str) -> None:
    answer = _medicine(text)
    assert said in answer and "NHS 111" in answer and "999" in answer
    assert not any(f"{n}mg" in answer or f"{n} mg" in answer for n in range(10))


def test_a_poison_line_abroad_is_for_too_much_not_for_questions() -> None:
    answer = _medicine("should i stop my antidepressants", "US")
    assert "NHS" not in answer and "Poison Control or call 911" in answer


def test_getting_care_outside_the_uk_names_no_nhs() -> None:
    line = helpline_for("US", HELPLINES)
    answer = render(
        "about_getting_care", helpline=line, country="US", psychiatrist=False, therapy=True
    )
    assert "NHS" not in answer and "911" in answer and "not doctors" in answer
