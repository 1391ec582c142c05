"""First contact, consent and who we are, as people really say it (a second round)."""

from __future__ import annotations

import pytest
from flask import Flask

from bot.onboarding import CLEAR_YES, LOCAL_NO, LOCAL_YES
from bot.routing import CONSENT_KEEP
from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

NIGERIA, AUSTRALIA = "+2348031234567", "+61412345678"


def _consent(app: Flask, person: TestBot) -> bool | None:
    with app.extensions["mindlink"].db.session() as session:
        convo = person.conversation(session)
        assert convo is not None
        return convo.consent


# -- yes and no in other Englishes --------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["ok na", "okay na", "oya", "i gree", "yeah nah yeah", "nah yeah", "yeah, nah, yeah"]
)
def test_a_local_yes_is_consent(text: str) -> None:
    assert LOCAL_YES.match(text) and not LOCAL_NO.match(text)


@pytest.mark.parametrize("text", ["yeah nah", "yeah, nah", "i no gree", "nah", "not ok na"])
def test_a_local_no_is_not_consent(text: str) -> None:
    assert not LOCAL_YES.match(text)


def test_i_consent_is_a_clear_yes() -> None:
    assert CLEAR_YES.match("i consent") and CLEAR_YES.match("I give my consent")


@pytest.mark.parametrize(
    ("number", "said", "consent"),
    [(NIGERIA, "ok na", True), (AUSTRALIA, "yeah nah yeah", True), (AUSTRALIA, "yeah nah", False)],
)
def test_consent_in_other_englishes(
    someone: TestBot, real_app: Flask, number: str, said: str, consent: bool
) -> None:
    person = someone.as_(number)
    person.say("Hello sir how are you doing")
    person.say(said)
    assert _consent(real_app, person) is consent


@pytest.mark.parametrize(
    "text",
    ["yes i consent", "i consent", "ok i give my consent now", "i've changed my mind, i consent",
     "keep my messages"],
)  # fmt: skip
def test_consent_given_later_in_plain_words(text: str) -> None:
    assert CONSENT_KEEP.search(text)


@pytest.mark.parametrize(
    "text", ["i dont consent", "do i have to consent", "i consent to the breathing", "yes"]
)
def test_other_words_about_consent_do_not_change_it(text: str) -> None:
    assert not CONSENT_KEEP.search(text)


def test_yes_i_consent_after_saying_no_changes_consent_even_with_an_offer_open(
    someone: TestBot, real_app: Flask
) -> None:
    person = someone.as_(NIGERIA)
    person.say("hi")
    person.say("no")
    assert _consent(real_app, person) is False
    assert "breathing exercise help" in person.say("this exam is killing me lol")
    changed = person.say("yes i consent")
    assert "I'll keep our conversation" in changed and "breathe" not in changed.lower()
    assert _consent(real_app, person) is True
