"""First contact, consent and who we are, as people really say it (a second round)."""

from __future__ import annotations

import pytest
from flask import Flask

from bot.onboarding import CLEAR_YES, LOCAL_NO, LOCAL_YES, zone_told
from bot.routing import CONSENT_KEEP, TIMEZONE_ASK
from bot.topics import service_topic
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


def test_what_is_this_in_pidgin_is_answered_before_consent_is_asked_again(
    someone: TestBot, real_app: Flask
) -> None:
    person = someone.as_(NIGERIA)
    person.say("hi")
    answer = person.say("abeg wetin be this one")
    assert "This is MindLink" in answer and "not a therapist or an emergency service" in answer
    assert "keep our conversation" in answer and "sorry things feel hard" not in answer
    assert "What would help right now" not in answer  # one question at a time
    person.say("yes i consent")
    assert _consent(real_app, person) is True


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


# -- questions at first contact, and who we are ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "topic"),
    [("who is this again", "who_we_are"), ("who are you again?", "who_we_are"),
     ("remind me who you are", "who_we_are"), ("abeg wetin be this one", "who_we_are"),
     ("Hello. Is this the mental health service? I was told to text this number by my GP.",
      "who_we_are"),
     ("my nurse gave me this number", "who_we_are"), ("how did u get my number", "our_number"),
     ("who gave you my number", "our_number"), ("is this a scam", "trust"),
     ("are u spam?", "trust")],
)  # fmt: skip
def test_questions_about_who_we_are(text: str, topic: str) -> None:
    assert service_topic(text) == topic


@pytest.mark.parametrize(
    "text",
    ["my therapist told me to try journaling", "my doctor said this is just anxiety",
     "is it a scam if they ask for money", "i was told i have depression", "who is she",
     "what is this feeling", "is this a panic attack", "how did he get my number",
     "my gp said to come back in 2 weeks", "what is going on again"],
)  # fmt: skip
def test_everyday_words_are_not_questions_about_us(text: str) -> None:
    assert service_topic(text) not in ("who_we_are", "our_number", "trust")


def test_how_did_you_get_my_number_first_still_gets_the_welcome(someone: TestBot) -> None:
    first = someone.say("how did u get my number")
    assert "I only have this number because it was used to text MindLink" in first
    assert "not an emergency service" in first and "keep our conversation" in first
    scam = someone.say("is this a scam")
    assert "It's not a scam" in scam and "keep our conversation" in scam


@pytest.mark.parametrize(
    "question",
    ["what do u mean keep our conversation", "what does keeping it mean", "what info do u keep"],
)
def test_what_keeping_our_conversation_means_is_explained(someone: TestBot, question: str) -> None:
    someone.say("hi")
    explained = someone.say(question)
    assert "180 days" in explained and "If you say no, I still help" in explained


def test_told_to_text_by_a_gp_is_welcomed(someone: TestBot) -> None:
    told = "Hello. Is this the mental health service? I was told to text this number by my GP."
    first = someone.say(told)
    assert "thank you for getting in touch" in first and "not an emergency service" in first
    later = someone.as_("+447400123457").onboard().say(told)
    assert "This is MindLink" in later and "not a therapist or an emergency service" in later


def test_maybe_later_then_check_in_starts_the_check_in(someone: TestBot, real_app: Flask) -> None:
    someone.say("hi")
    someone.say("maybe later")
    started = someone.say("check in")
    assert "take that as a no for now" in started and "1 (really low) to 10" in started
    assert _consent(real_app, someone) is False


def test_who_is_this_again_after_days_of_silence_says_who_we_are(someone: TestBot) -> None:
    person = someone.onboard()
    person.say("check in")
    person.say("6")
    person.say("ok")
    person.say("no")
    person.tick(hours=60)
    again = person.say("who is this again")
    assert "This is MindLink" in again and "1. Check in" not in again


# -- time zones put right in ordinary words ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country", "zone"),
    [("im actually in melbourne not london", "GB", "Australia/Melbourne"),
     ("im in perth actually", "AU", "Australia/Perth"), ("tz: Lagos", "GB", "Africa/Lagos"),
     ("i'm in central london", "GB", "Europe/London"),
     ("im in melbourne, not london", "GB", "Australia/Melbourne"),
     ("i've just moved to leeds", "GB", "Europe/London"),
     ("my time zone is EST", "GB", "America/New_York"),
     ("we're in brisbane now", "AU", "Australia/Brisbane"),
     ("im in bed", "GB", None), ("im in so much pain", "GB", None),
     ("im in love with nyc", "GB", None), ("im in a bad place", "GB", None),
     ("im in trouble at work", "GB", None), ("i live in fear", "GB", None),
     ("im in year 10", "GB", None), ("i moved to a new flat", "GB", None),
     ("im in victoria park", "GB", None)],
)  # fmt: skip
def test_where_they_are_told_in_everyday_words(text: str, country: str, zone: str | None) -> None:
    assert zone_told(text, country) == zone


@pytest.mark.parametrize(
    "text",
    ["what time zone do u think im in", "what time is it there then", "what tz have you got me on"],
)
def test_what_time_zone_we_think_they_are_in_is_asked(text: str) -> None:
    assert TIMEZONE_ASK.search(text)


def _zone(app: Flask, person: TestBot) -> str:
    with app.extensions["mindlink"].db.session() as session:
        convo = person.conversation(session)
        assert convo is not None
        return convo.timezone


def test_a_time_zone_put_right_in_passing(someone: TestBot, real_app: Flask) -> None:
    person = someone.onboard()
    assert "Melbourne time" in person.say("im actually in melbourne not london")
    assert _zone(real_app, person) == "Australia/Melbourne"
    assert "Melbourne time" in person.say("what time zone do u think im in")
    aussie = someone.as_(AUSTRALIA).onboard()
    assert _zone(real_app, aussie) == "Australia/Sydney"
    aussie.say("im in perth actually")
    assert _zone(real_app, aussie) == "Australia/Perth"
