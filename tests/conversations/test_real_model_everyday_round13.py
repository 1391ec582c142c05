"""Everyday words, round thirteen: time zones read as places and times people know."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


def test_a_time_zone_is_named_as_people_say_it(someone: TestBot) -> None:
    american = someone.as_("+12125550147")
    american.say("hello")
    said = american.say("yes")
    assert "US Eastern time (New York)" in said and "America/" not in said
    said = american.say("no im in chicago")
    assert "US Central time (Chicago)" in said and "America/" not in said
    said = american.say("whats my time zone")
    assert "Your time zone is US Central time (Chicago), where it's 6:00am now" in said


def test_a_zone_without_a_region_name_is_its_city(someone: TestBot) -> None:
    someone.onboard()
    said = someone.say("time zone paris")
    assert "Paris time" in said and "Europe/" not in said


@pytest.mark.parametrize(
    ("loss", "more", "expected"),
    [
        ("my dad died on friday", "it was sudden, heart attack", "such a shock"),
        ("my grandad died yesterday", "it was an accident on the motorway", "such a shock"),
        ("my dad died on friday", "i keep thinking i should have noticed something", "your fault"),
    ],
)
def test_more_told_about_a_death_is_heard_as_part_of_it(
    someone: TestBot, loss: str, more: str, expected: str
) -> None:
    someone.onboard()
    someone.say(loss)
    said = someone.say(more)
    assert expected in said and "I can:" not in said and "116 123" not in said


def test_a_pet_put_down_is_a_loss_and_what_follows_is_heard(someone: TestBot) -> None:
    someone.onboard()
    assert "sorry for your loss" in someone.say("we had to put our dog down this morning")
    said = someone.say("she was 14")
    assert "her" in said and "I can:" not in said
    said = someone.say("the house is so quiet")
    assert "Grief" in said and "How are you feeling today?" not in said


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("im dying to see my sister shes coming home from uni friday", "look forward to"),
        ("cant wait for the weekend tbh", "look forward to"),
        ("im dying for a cuppa", "treat yourself"),
        ("its my birthday today", "Happy birthday!"),
        (
            "im flying to spain tomorrow",
            "Have a lovely trip to Spain! If you'd like your reminders on Madrid time",
        ),
        ("im moving to toronto next week", 'text "time zone Toronto"'),
    ],
)
def test_everyday_news_is_heard_for_what_it_is(someone: TestBot, said: str, expected: str) -> None:
    someone.onboard()
    reply = someone.say(said)
    assert expected in reply
    assert "sounds hard" not in reply and "not something I can help with" not in reply


@pytest.mark.parametrize(
    "said",
    ["i cant wait for this week to be over", "im heading to the bridge tonight"],
)
def test_an_end_or_a_hard_place_is_not_news_to_be_glad_about(someone: TestBot, said: str) -> None:
    someone.onboard()
    reply = someone.say(said)
    assert "look forward" not in reply and "lovely trip" not in reply


def test_a_loss_told_first_is_listened_to_once_consent_is_given(someone: TestBot) -> None:
    someone.say("my husband died 3 weeks ago and my son said i should text this")
    said = someone.say("yes")
    assert "tell me about him" in said and "1 (really low) to 10" not in said
    said = someone.say("i dont know what to say really")
    assert "1 (really low) to 10" not in said


def test_a_hard_night_told_first_is_heard_once_consent_is_given(someone: TestBot) -> None:
    someone.say("hey so my boyfriend dumped me last night and i cant stop crying")
    said = someone.say("yes")
    assert "I'm listening" in said and "1 (really low) to 10" not in said
    assert "note that as about" not in someone.say("ok")


def test_how_long_after_what_we_keep_is_how_long_it_is_kept(someone: TestBot) -> None:
    someone.onboard()
    said = someone.say("what do you keep about me")
    assert "on UK time (London)" in said
    said = someone.say("how long for")
    assert "up to 180 days" in said and "I can:" not in said


def test_mobile_data_asked_about_after_the_cost_is_answered(someone: TestBot) -> None:
    someone.onboard()
    someone.say("how much does this cost")
    said = someone.say("will it use my data allowance")
    assert "don't use your mobile data" in said and "not something" not in said


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("what do you like doing", "I'm a bot"),
        ("did you see the news about the floods", "news like that can weigh on people"),
        ("sorry sent the wrong pic", "No worries at all!"),
    ],
)
def test_small_talk_is_answered_as_said(someone: TestBot, said: str, expected: str) -> None:
    someone.onboard()
    reply = someone.say(said)
    assert expected in reply and "How are you feeling today?" not in reply


@pytest.mark.parametrize(
    ("loss", "asked", "them"),
    [
        ("my mum died in march", "what should i do with her clothes", "of her"),
        ("my husband passed away last month", "i cant face clearing his wardrobe", "of him"),
    ],
)
def test_their_things_after_a_loss_are_no_rush(
    someone: TestBot, loss: str, asked: str, them: str
) -> None:
    someone.onboard()
    someone.say(loss)
    said = someone.say(asked)
    assert "no rush" in said and them in said and "I can:" not in said


@pytest.mark.parametrize(
    "first", ["i dont want to give consent", "hi, please dont keep my messages"]
)
def test_a_no_to_keeping_before_the_question_is_the_no(someone: TestBot, first: str) -> None:
    said = someone.say(first)
    assert "I'm MindLink" in said and "won't keep your messages" in said
    assert "Is it OK for me to keep" not in said and "in a moment" not in said
    with someone.app.extensions["mindlink"].db.session() as session:
        assert someone.conversation(session).consent is False


@pytest.mark.parametrize(
    ("news", "more"),
    [
        ("omg i passed my driving test", "first time!!!"),
        ("my sister just had a baby!!", "a little girl"),
    ],
)
def test_more_told_about_good_news_is_glad_with_them(
    someone: TestBot, news: str, more: str
) -> None:
    someone.onboard()
    someone.say(news)
    said = someone.say(more)
    assert "that's lovely" in said and "1 (really low) to 10" not in said


def test_the_day_asked_is_told_where_they_are(someone: TestBot) -> None:
    someone.onboard()
    assert "It's Monday 2 March, 12:00pm on UK time (London)." in someone.say("what day is it")


def test_who_the_team_are_is_answered(someone: TestBot) -> None:
    someone.onboard()
    said = someone.say("so who are the team")
    assert "built and run by the MindLink team" in said and "I can:" not in said


@pytest.mark.parametrize(
    ("loss", "asked"),
    [
        ("my nan died last night and i have work tomorrow", "do i have to go in"),
        ("my dad passed away this morning", "can i take time off"),
    ],
)
def test_work_asked_about_after_a_death_gets_leave_and_words(
    someone: TestBot, loss: str, asked: str
) -> None:
    someone.onboard()
    someone.say(loss)
    said = someone.say(asked)
    assert "compassionate" in said and "Grief shows up" not in said


def test_survivor_guilt_after_a_death_is_still_asked_about(someone: TestBot) -> None:
    someone.onboard()
    someone.say("my mum died")
    assert "116 123" in someone.say("i keep thinking it should have been me")


def test_a_work_phone_after_asking_who_sees_it_is_told_what_that_means(
    someone: TestBot,
) -> None:
    someone.onboard()
    someone.say("is this private? like will my work see it")
    said = someone.say("its a work phone")
    assert "whoever can open that phone or manages it" in said and "I can:" not in said


@pytest.mark.parametrize(
    "asked", ["how do i make friends as an adult", "how do i find friends at uni"]
)
def test_making_friends_asked_gets_ideas(someone: TestBot, asked: str) -> None:
    someone.onboard()
    said = someone.say(asked)
    assert "try a group built around something you enjoy" in said and "I can:" not in said


def test_a_so_so_day_in_a_word_is_heard_and_what_follows_listened_to(someone: TestBot) -> None:
    someone.onboard()
    said = someone.say("meh")
    assert "so-so sort of day" in said and "Reply with a number" not in said
    said = someone.say("work stuff")
    assert "I'm listening" in said and "small wellbeing bot" not in said
    assert "Let's breathe together" in someone.say("yes")


def test_meh_to_a_check_in_is_still_a_score(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    assert "about a 5" in someone.say("meh")


@pytest.mark.parametrize(
    "asked", ["can you book me a doctors appointment", "can u make me a gp appt"]
)
def test_an_appointment_asked_for_is_told_how_to_book_one(someone: TestBot, asked: str) -> None:
    someone.onboard()
    said = someone.say(asked)
    assert "I can't book appointments for you" in said and "NHS App" in said


def test_what_happens_to_messages_after_a_no_says_they_are_not_kept(someone: TestBot) -> None:
    someone.say("i dont want to give consent")
    said = someone.say("what happens to my messages then")
    assert "Because you said no, I don't keep your messages" in said and "1. Check in" not in said
