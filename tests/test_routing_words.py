"""Routing by words: small-talk topics, and emoji that are a mood."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.locale import zone_named
from bot.routing import (
    REMINDER_WHEN,
    TIMEZONE_ASK,
    intent_of,
    keyword_action,
)
from bot.topics import (
    ADVICE_ASK,
    chat_topic,
    coping_kind,
    their_name,
)
from nlu import Entity, Parse
from nlu.model import fallback


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("are you a real person?", "bot"),
        ("r u a bot", "bot"),
        ("what are you then", "bot"),
        ("am i talking to a human", "bot"),
        ("is this a bot?", "bot"),
        ("is anyone actually reading this", "bot"),
        ("what are you doing", None),
        ("how do i deal with anxiety", "coping"),
        ("any tips for feeling lonely", "coping"),
        ("how do i help my friend with anxiety", None),
        ("how r u", "how_are_you"),
        ("hey how's it going", "how_are_you"),
        ("how you doing", "how_are_you"),
        ("are you there?", "there"),
        ("u still awake", "there"),
        ("what's your name", "name"),
        ("lmao", "laugh"),
        ("😂😂", "laugh"),
        ("do you store my messages", "privacy"),
        ("are my texts private?", "privacy"),
        ("can anyone read my messages", "privacy"),
        ("will u remember what i say", "privacy"),
        ("can you keep me company", None),
        ("do you think i should see a doctor", "see_doctor"),
        ("do i need therapy?", "see_doctor"),
        ("how do i find a therapist", "see_doctor"),
        ("i think i might have depression", "see_doctor"),
        ("do i have anxiety?", "see_doctor"),
        ("is it normal to cry every day", "see_doctor"),
        ("my therapist said i should try journaling, can you help", "journal"),
        ("what's the number for samaritans", "helpline"),
        ("samaritans number?", "helpline"),
        ("I'm 15 is that ok", "age"),
        ("you're useless", "complaint"),
        ("stupid bot", "complaint"),
        ("you don't understand me", "complaint"),
        ("everything is pointless", None),
        ("it's not helping", None),
        ("you're so sweet", "compliment"),
        ("nice weather today", None),
        ("i'm bored", "bored"),
    ],
)
def test_chat_topic(text: str, topic: str | None) -> None:
    assert chat_topic(text) == topic


def parse(text: str, intent: str, mood: int | None) -> Parse:
    entities = (Entity("mood_score", mood, text),) if mood is not None else ()
    return replace(fallback(text), intent=intent, intent_confidence=0.9, entities=entities)


SETTINGS = {"nlu": {"fallback_confidence": 0.5}}


@pytest.mark.parametrize(
    ("text", "intent", "mood", "routed"),
    [
        ("😭😭😭", "smalltalk", 2, "mood_report"),
        ("🙂", "greet", 7, "mood_report"),
        ("😭😭😭", "crisis", 2, "crisis"),
        ("lol 😭", "smalltalk", 2, "smalltalk"),  # words too: the model decides
        ("🎉", "smalltalk", None, "smalltalk"),  # no mood in it
    ],
)
def test_emoji_alone_that_reads_as_a_mood_is_a_mood_report(
    text: str, intent: str, mood: int | None, routed: str
) -> None:
    assert intent_of(parse(text, intent, mood), text, SETTINGS) == routed


@pytest.mark.parametrize(
    ("text", "routed"),
    [
        ("my cat died", "mood_report"),
        ("my nan passed away last night", "mood_report"),
        ("our old dog had to be put down", "mood_report"),
        ("my phone died", "smalltalk"),
        ("my plant died lol", "smalltalk"),
    ],
)
def test_a_loss_in_a_few_words_is_how_they_feel(text: str, routed: str) -> None:
    assert intent_of(parse(text, "smalltalk", None), text, SETTINGS) == routed


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("i want to record how i slept", "action_sleep_diary"),
        ("log my sleep", "action_sleep_diary"),
        ("sleep diary pls", "action_sleep_diary"),
        ("slept terribly", "action_start_sleep"),
        ("can't sleep", "action_start_sleep"),
    ],
)
def test_plain_words_find_the_flow(text: str, action: str) -> None:
    assert keyword_action(text) == action


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("how do i deal with anxiety", "anxiety"),
        ("how can i stop overthinking", "anxiety"),
        ("any tips for feeling lonely", "lonely"),
        ("how to control my anger", "anger"),
        ("how do i cope with grief", "grief"),
        ("how do i deal with depression", "low"),
        ("how can i support my mum through grief", None),
        ("how do i talk to him about his anger", None),
        ("how do i get a loan", None),
        ("can you help me with my anxiety", "anxiety"),
        ("i need help with my anger", "anger"),
        ("help with loneliness pls", "lonely"),
        ("can you help me with a reminder", None),
        ("how do i help my friend with anxiety", None),
        ("i need motivation", "low"),
        ("i have zero motivation for anything", "low"),
    ],
)
def test_questions_about_coping(text: str, kind: str | None) -> None:
    assert coping_kind(text) == kind


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("what time will that be", True),
        ("when is it?", True),
        ("when will it go off", True),
        ("what time is it", False),
        ("what day is it", False),
        ("when should i sleep", False),
    ],
)
def test_asking_when_a_reminder_is(text: str, asks: bool) -> None:
    assert bool(REMINDER_WHEN.match(text)) is asks


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("london", "Europe/London"),
        ("no, I'm in new york", "America/New_York"),
        ("im in paris thanks", "Europe/Paris"),
        ("paris, france", "Europe/Paris"),
        ("new york city", "America/New_York"),
        ("Europe/Berlin", "Europe/Berlin"),
        ("whats the weather like in london", None),
        ("flights to paris", None),
        ("i love london", None),
    ],
)
def test_a_place_given_as_an_answer_is_only_the_place(text: str, zone: str | None) -> None:
    assert zone_named(text) == zone


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("what should i do", True),
        ("so what do i do now?", True),
        ("any tips", True),
        ("how do i deal with it", True),
        ("what should i do for dinner", False),
        ("what should i do about my reminder", False),
    ],
)
def test_a_bare_ask_for_advice(text: str, asks: bool) -> None:
    assert bool(ADVICE_ASK.match(text)) is asks


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hi I'm Sarah", "Sarah"),
        ("hey there, I'm Kwame", "Kwame"),
        ("hey, it's Tom here", "Tom"),
        ("hello my name is priya", "Priya"),
        ("call me sam", "Sam"),
        ("hi im tired", None),
        ("Hello I am Anxious", None),
        ("Hi I'm so sad", None),
    ],
)
def test_a_name_given_with_a_hello(text: str, name: str | None) -> None:
    assert their_name(text) == name


@pytest.mark.parametrize(
    ("scores", "trend"),
    [([6, 4, 3], "lower"), ([3, 4, 6], "higher"), ([5, 6, 5], "steady"), ([5, 6], None)],
)
def test_mood_trend_reads_the_latest_against_those_before(
    scores: list[int], trend: str | None
) -> None:
    from bot.moods import mood_trend

    days = ["2026-03-02", "2026-03-03", "2026-03-04"]
    recent = [{"mood": m, "day": d} for m, d in zip(scores, days, strict=False)][::-1]
    result = mood_trend(recent)
    assert result["trend"] == trend
    assert [m for _, m in result["moods"]] == scores
    assert result["moods"][0][0] == "Mon"


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("how was my week", True),
        ("show me my mood history", True),
        ("am i getting better?", True),
        ("how have i been doing lately", True),
        ("how was your week", False),
        ("my week was awful", False),
    ],
)
def test_asking_for_mood_history(text: str, asked: bool) -> None:
    from bot.routing import MOOD_HISTORY

    assert bool(MOOD_HISTORY.search(text)) is asked


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("what time zone am i in", True),
        ("which timezone am i on?", True),
        ("what time zone do you have me in", True),
        ("whats my timezone", True),
        ("what time zone should i pick", False),
        ("change my time zone", False),
    ],
)
def test_asking_which_time_zone_we_have(text: str, asks: bool) -> None:
    assert bool(TIMEZONE_ASK.search(text)) is asks


@pytest.mark.parametrize(
    ("text", "panic"),
    [
        ("exams next week and im freaking out", False),
        ("panicking about my exam tomorrow", False),
        ("having a panic attack about tomorrow", True),
        ("im freaking out", True),
        ("my heart is racing and i have an interview tomorrow", True),
    ],
)
def test_worry_about_a_day_ahead_is_not_panic_now(text: str, panic: bool) -> None:
    from bot.routing import PANIC

    assert bool(PANIC.search(text)) is panic


@pytest.mark.parametrize(
    ("text", "panic", "often"),
    [
        ("I've been having panic attacks every day", False, True),
        ("i get panic attacks a lot, how do i deal with them", False, True),
        ("how can i manage anxiety attacks", False, True),
        ("i get panic attacks a lot and im having one rn", True, False),
        ("panic attack every time i leave the house, having one now", True, False),
        ("how do i stop a panic attack", True, False),
        ("im having a panic attack", True, False),
    ],
)
def test_panic_that_keeps_coming_is_not_panic_now(text: str, panic: bool, often: bool) -> None:
    from bot.routing import PANIC, PANIC_OFTEN

    assert bool(PANIC.search(text)) is panic
    assert bool(PANIC_OFTEN.search(text)) is often
