"""Safety words from an eleventh round: a diagnosis wondered about, a loved one with dementia
who did not know them, something said only to be heard, someone close who is ill, fear told
in a few words, feeling worse on a new medicine and whether to stop it; and the crisis beside
each that must still be heard."""

from __future__ import annotations

import pytest

from bot.safety_words.everyday import (
    bare_fear,
    just_telling,
    not_known_by_them,
    someone_close_ill,
    wonders_about_a_diagnosis,
    worse_on_new_medicine,
)
from bot.safety_words.explained import stop_taking_it


@pytest.mark.parametrize(
    "text",
    [
        "i think i have bpd too",
        "can you diagnose me with adhd",
        "do i have depression?",
        "i reckon i might have ocd tbh",
        "could i be autistic",
        "how do i know if i have ptsd",
    ],
)
def test_a_diagnosis_wondered_about(text: str) -> None:
    assert wonders_about_a_diagnosis(text)


@pytest.mark.parametrize(
    "text",
    [
        "i think i have bpd and i want to die",
        "i think i have bpd and i cut myself last night",
        "i think i have a knife under my bed",
        "i have depression and i dont see the point anymore",
        "i think i have taken too many",
    ],
)
def test_not_a_diagnosis_when_more_is_told(text: str) -> None:
    assert not wonders_about_a_diagnosis(text)


@pytest.mark.parametrize(
    "text",
    [
        "he didnt know who i was this morning",
        "mum doesnt recognise me anymore",
        "my nan didn't remember my name today",
    ],
)
def test_not_known_by_someone_close(text: str) -> None:
    assert not_known_by_them(text)


@pytest.mark.parametrize(
    "text",
    [
        "he didnt know who i was and he hit me",
        "he didnt know who i was and i wish i was dead",
        "she doesnt know me and threatened to kill me",
    ],
)
def test_not_known_beside_harm_is_not_explained(text: str) -> None:
    assert not not_known_by_them(text)


@pytest.mark.parametrize(
    "text",
    ["i just needed to tell someone", "just wanted to get it off my chest", "i needed to vent tbh"],
)
def test_said_only_to_be_heard(text: str) -> None:
    assert just_telling(text)


@pytest.mark.parametrize(
    "text",
    [
        "i just needed to tell someone before i go",
        "i just needed to tell someone goodbye",
        "i just needed to tell someone i took the pills",
        "i just wanted to say it one last time",
    ],
)
def test_told_to_be_heard_with_more_is_not(text: str) -> None:
    assert not just_telling(text)


@pytest.mark.parametrize(
    "text", ["i cant right now, my mum is ill", "my dad is in hospital", "my son's poorly"]
)
def test_someone_close_ill(text: str) -> None:
    assert someone_close_ill(text)


@pytest.mark.parametrize(
    "text",
    [
        "my dad is in hospital because he hurt me",
        "my mum is ill and i want to die",
        "my mum is ill and i cant do this anymore",
    ],
)
def test_someone_close_ill_with_more_is_not(text: str) -> None:
    assert not someone_close_ill(text)


@pytest.mark.parametrize("text", ["im scared", "so worried tbh", "i'm really frightened"])
def test_bare_fear(text: str) -> None:
    assert bare_fear(text)


@pytest.mark.parametrize(
    "text", ["im scared he will hurt me", "im scared of myself", "im scared of what ill do"]
)
def test_fear_of_harm_is_not_bare(text: str) -> None:
    assert not bare_fear(text)


@pytest.mark.parametrize(
    "text",
    [
        "my gp put me on 50mg last week and i feel worse",
        "started sertraline and im more anxious",
        "they upped my dose and ive been feeling awful",
        "the doctor switched me to citalopram and the side effects are bad",
    ],
)
def test_worse_on_a_new_medicine(text: str) -> None:
    assert worse_on_new_medicine(text)


@pytest.mark.parametrize(
    "text",
    [
        "my gp put me on 50mg and i want to die",
        "took 50mg more than i should and feel sick",
        "im on 100mg and i took the whole box, feel sick",
        "started my meds and i feel like killing myself",
        "they upped my dose and i feel worse, i dont see the point anymore",
    ],
)
def test_a_medicine_beside_danger_is_not_explained(text: str) -> None:
    assert not worse_on_new_medicine(text)


@pytest.mark.parametrize(
    "text", ["should i stop taking it", "can i just come off them", "so should i stop them now?"]
)
def test_whether_to_stop_it(text: str) -> None:
    assert stop_taking_it(text)


@pytest.mark.parametrize(
    "text", ["should i stop taking it and just end it all", "should i take them all", "stop"]
)
def test_not_whether_to_stop_it(text: str) -> None:
    assert not stop_taking_it(text)
