"""Check-in answers people gave that were misread: the bottom of the scale and below it, a
number with no question asked, a score with no feelings, a thumbs up, joy and disgust, and
the history asked for just after checking in. With the shipped model."""

from __future__ import annotations

import pytest
from flask import Flask
from sqlalchemy import select

from bot.moods import grossed_out, joyful_news, mood_trend
from bot.routing import WHY_ASK
from bot.scores import (
    bare_score,
    below_the_scale,
    between_scores,
    score_only,
    thumbs,
    zero_scored,
)
from store.models import CheckIn, Reminder
from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


def saved(app: Flask) -> list[CheckIn]:
    """Every stored check-in, oldest first."""
    with app.extensions["mindlink"].db.session() as session:
        return list(session.scalars(select(CheckIn).order_by(CheckIn.id)))


def check_in(someone: TestBot, *said: str) -> str:
    """Start a check-in, say each message; the replies to the last one."""
    someone.onboard()
    someone.say("check in")
    replies = ""
    for text in said:
        replies = someone.say(text)
    return replies


@pytest.mark.parametrize(
    ("text", "below"),
    [
        ("0", True),
        ("zero", True),
        ("-1", True),
        ("minus 10", True),
        ("im a 0", True),
        ("0/10", True),
        ("zero, honestly", True),
        ("a big fat 0", True),
        ("below zero", True),
        ("0.5", True),
        ("check in 0", True),
        ("0 calories today", False),
        ("minus points", False),
        ("its below zero outside", False),
        ("less than 1 hour", False),
        ("im 0 for 3 today lol", False),
        ("0800 123 456", False),
        ("zero energy", False),
        ("none", False),
        ("1", False),
        ("10", False),
    ],
)
def test_a_score_at_or_below_zero_is_the_bottom_of_the_scale(text: str, below: bool) -> None:
    assert below_the_scale(text) is below


@pytest.mark.parametrize("answer", ["0", "-1", "zero", "im a 0 tbh", "0/10"])
def test_zero_or_below_is_met_with_care_and_saved_as_a_1(
    someone: TestBot, real_app: Flask, answer: str
) -> None:
    replies = check_in(someone, answer)
    assert "outside the scale" not in replies and "didn't catch" not in replies
    assert "sorry it's that hard" in replies and "note it as a 1" in replies
    someone.say("skip")
    done = someone.say("skip")
    assert "breathing exercise" in done
    assert [c.mood for c in saved(real_app)] == [1]


def test_zero_told_with_the_request_is_the_bottom_too(someone: TestBot, real_app: Flask) -> None:
    someone.onboard()
    replies = someone.say("check in 0")
    assert "sorry it's that hard" in replies and "what words would you use" in replies
    someone.say("empty")
    someone.say("skip")
    assert [(c.mood, c.feelings) for c in saved(real_app)] == [(1, "empty")]


@pytest.mark.parametrize(
    ("text", "only"),
    [
        ("mood 4", True),
        ("im a 3 today", True),
        ("i'd say 7/10", True),
        ("my mood is 8 rn", True),
        ("check in 4", True),
        ("7", True),
        ("mood 4 and anxious", False),
        ("im a 3, stressed", False),
        ("7 but tired af", False),
        ("3 my cat died", False),
        ("😭", False),
        ("ok", False),
    ],
)
def test_a_score_alone_is_told_apart_from_a_score_with_feelings(text: str, only: bool) -> None:
    assert score_only(text) is only


@pytest.mark.parametrize("opening", ["mood 4", "im a 4 today", "id say a 4"])
def test_a_score_alone_still_asks_for_the_feelings(
    someone: TestBot, real_app: Flask, opening: str
) -> None:
    someone.onboard()
    assert "What words would you use" in someone.say(opening)
    someone.say("anxious")
    done = someone.say("exam tmrw")
    assert "some good in there" not in done and "the worry" in done
    assert [(c.mood, c.feelings, c.note) for c in saved(real_app)] == [(4, "anxious", "exam tmrw")]


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("7.5", 8),
        ("6,5/10", 7),
        ("about a 7 and a half", 8),
        ("check in 9.5", 10),
        ("6.2", 6),
        ("7.50", None),  # a time or a price, not a score
        ("7.5 hours", None),
        ("3.14", None),
    ],
)
def test_a_score_between_two_numbers_is_kept_whole(text: str, whole: int | None) -> None:
    assert between_scores(text) == whole


@pytest.mark.parametrize(
    ("text", "mood"),
    [("👍", 6), ("👍🏽", 6), ("👍👍", 6), ("👎", 3), ("ok 👍", None), ("🙏", None)],
)
def test_a_thumb_is_a_rough_mood(text: str, mood: int | None) -> None:
    assert thumbs(text) == mood


@pytest.mark.parametrize(("answer", "mood"), [("👍", 6), ("👎🏻", 3)])
def test_a_thumb_to_the_mood_question_is_said_back_and_saved(
    someone: TestBot, real_app: Flask, answer: str, mood: int
) -> None:
    replies = check_in(someone, answer)
    assert f"note that as about a {mood}" in replies and "What words" in replies
    someone.say("skip")
    someone.say("skip")
    assert [c.mood for c in saved(real_app)] == [mood]


def test_a_half_point_is_said_back_as_the_whole_number_saved(
    someone: TestBot, real_app: Flask
) -> None:
    replies = check_in(someone, "7.5")
    assert "whole numbers" in replies and "an 8" in replies
    someone.say("skip")
    assert "an 8" in someone.say("skip")
    assert [c.mood for c in saved(real_app)] == [8]


def test_check_in_said_during_a_check_in_asks_the_same_question_again(
    someone: TestBot, real_app: Flask
) -> None:
    replies = check_in(someone, "check in")
    assert "middle of a check-in" in replies and "1 (really low) to 10" in replies
    assert "didn't catch" not in replies
    someone.say("6")
    assert "What words" in someone.say("check in")
    someone.say("calm")
    assert "remember about today" in someone.say("check in")
    someone.say("skip")
    assert [(c.mood, c.feelings, c.note) for c in saved(real_app)] == [(6, "calm", None)]


def reminder_rows(app: Flask) -> list[Reminder]:
    """Every reminder, oldest first."""
    with app.extensions["mindlink"].db.session() as session:
        return list(session.scalars(select(Reminder).order_by(Reminder.id)))


@pytest.mark.parametrize(
    ("text", "bare"),
    [("6", True), ("7/10", True), ("0", True), ("-1", True), ("seven", True), ("7.5", True)],
)
def test_only_a_number_is_a_bare_score(text: str, bare: bool) -> None:
    assert bare_score(text) is bare
    assert not bare_score(f"mood {text}") and not bare_score(f"{text} glasses of water")


@pytest.mark.parametrize("text", ["what is this even for", "what is this for", "whats this for"])
def test_asking_what_the_check_in_is_for_is_a_why(text: str) -> None:
    assert WHY_ASK.match(text)


def test_asking_what_it_is_for_keeps_the_check_in_going(someone: TestBot, real_app: Flask) -> None:
    check_in(someone, "idk whatever")
    why = someone.say("what is this even for")
    assert "notice how you're doing" in why and "1 (really low) to 10" in why
    assert "Here's what I can do" not in why
    feelings = someone.say("5")
    assert "What words" in feelings and "someone from our team" not in feelings
    someone.say("skip")
    someone.say("skip")
    assert [c.mood for c in saved(real_app)] == [5]


def test_a_number_to_a_check_in_reminder_just_set_is_the_mood(
    someone: TestBot, real_app: Flask
) -> None:
    someone.onboard()
    someone.say("remind me to check in every day at 12:02pm")
    assert any("Time for your check-in" in sent for sent in someone.tick(minutes=3))
    said = someone.say("6")
    assert "What words" in said and "Moved" not in said
    someone.say("tired")
    someone.say("skip")
    assert [c.mood for c in saved(real_app)] == [6]
    assert [r.local_time for r in reminder_rows(real_app)] == ["12:02"]


def test_a_number_out_of_the_blue_is_asked_about_not_saved(
    someone: TestBot, real_app: Flask
) -> None:
    someone.onboard()
    someone.say("remind me to drink water in 2 minutes")
    assert someone.tick(minutes=3) == ["Reminder: drink water"]
    asked = someone.say("1")
    assert "Did you mean 1 as how you're feeling" in asked and "sorry it's that hard" in asked
    assert "What words" not in asked
    assert "what words" in someone.say("yes")
    someone.say("numb")
    someone.say("skip")
    assert [(c.mood, c.feelings) for c in saved(real_app)] == [(1, "numb")]


@pytest.mark.parametrize("meant", ["no", "no i meant 7 glasses of water lol"])
def test_a_number_out_of_the_blue_that_was_not_a_mood_saves_nothing(
    someone: TestBot, real_app: Flask, meant: str
) -> None:
    someone.onboard()
    someone.say("help me sleep better")
    someone.say("no")
    assert "Did you mean 7" in someone.say("7")
    assert "What words" not in someone.say(meant)
    someone.say("skip")
    assert saved(real_app) == []


@pytest.mark.parametrize("declined", ["no", "nah", "no thanks"])
def test_no_to_breathing_after_a_low_check_in_offers_other_help(
    someone: TestBot, declined: str
) -> None:
    offered = check_in(someone, "1", "i dont know", "no")
    assert "breathing exercise" in offered
    reply = someone.say(declined)
    assert reply != "OK. I'm here whenever you need me."
    assert "talk about what's going on" in reply and "116 123" in reply
    assert "talk to someone" in reply
    assert "breathing" not in someone.say("i just feel empty")


def test_yes_to_breathing_after_a_low_check_in_still_starts_it(someone: TestBot) -> None:
    check_in(someone, "2", "sad", "skip")
    assert "Let's breathe together" in someone.say("yes")


@pytest.mark.parametrize(
    ("text", "glad"),
    [
        ("just found out im going to be a grandad, over the moon", True),
        ("got engaged!!!", True),
        ("btw my sister just had a baby!!", True),
        ("we are expecting a baby in june!", True),
        ("my daughter had her baby this morning, a little girl", True),
        ("passed my driving test", True),
        ("my ex got engaged", False),
        ("found out im pregnant and im terrified", False),
        ("im going to be a dad and im scared", False),
        ("my best friend got engaged and i feel left behind", False),
        ("not exactly over the moon about it", False),
        ("the baby was born too early and is in nicu", False),
        ("got married young and regret it", False),
        ("is it normal to feel sad after having a baby", False),
        ("everyone is getting married except me", False),
        ("i didnt get the job", False),
        ("graduated 2 years ago and still no job", False),
        ("my sister is getting married next year and i have to give a speech", False),
        ("she's pregnant again lol", False),
        ("got the job done finally, long day", False),
        ("im getting married in june and im so stressed about money", False),
    ],
)
def test_big_happy_news_is_told_apart(text: str, glad: bool) -> None:
    assert joyful_news(text) is glad


@pytest.mark.parametrize(
    "news",
    ["just found out im going to be a grandad, over the moon", "got engaged!!!"],
)
def test_big_news_before_a_check_in_is_congratulated(someone: TestBot, news: str) -> None:
    someone.onboard()
    reply = someone.say(news)
    assert "congratulations" in reply and "How are you feeling today?" not in reply


def test_big_news_told_in_a_check_in_is_congratulated_once(
    someone: TestBot, real_app: Flask
) -> None:
    note = check_in(someone, "7", "btw my sister just had a baby!!")
    assert note.startswith("What wonderful news, congratulations!")
    done = someone.say("skip")
    assert "congratulations" not in done and "a 7" in done
    assert [c.ekman for c in saved(real_app)] == ["joy"]


def test_big_news_as_the_note_is_congratulated(someone: TestBot) -> None:
    check_in(someone, "ten", "amazing!!!")
    assert "congratulations" in someone.say("got engaged!!!")


def test_big_news_at_the_mood_question_is_congratulated(someone: TestBot) -> None:
    asked = check_in(someone, "i found out im going to be a grandad today")
    assert "congratulations" in asked and "1 (really low) to 10" in asked


@pytest.mark.parametrize(
    ("text", "grim"),
    [
        ("ugh my coworker keeps chewing with his mouth open its so gross", True),
        ("my flatmate left rotting food in the fridge for 3 weeks, absolutely rank", True),
        ("the toilets at work are vile", True),
        ("someone spat on the bus seat next to me, grim", True),
        ("i feel disgusting", False),
        ("i hate my body i feel so gross", False),
        ("i look so gross today", False),
        ("what he did to her was disgusting", False),
        ("a man on the bus was touching himself, gross", False),
        ("my boss keeps making gross comments to me", False),
        ("everything feels grim and hopeless", False),
        ("grim day today, feel awful", False),
        ("my partner spat at me", False),
        ("grim diagnosis for my mum today", False),
        ("the weather is grim", True),  # only ever used when the model reads disgust
    ],
)
def test_grossed_out_is_told_apart_from_self_disgust_and_wrongs(text: str, grim: bool) -> None:
    assert grossed_out(text) is grim


def test_a_gross_coworker_is_not_made_hard_or_met_with_breathing(someone: TestBot) -> None:
    someone.onboard()
    reply = someone.say("ugh my coworker keeps chewing with his mouth open its so gross")
    assert "grim" in reply
    assert "really hard" not in reply and "breathing" not in reply
    assert "Let's breathe" not in someone.say("yes")


def test_a_gross_fridge_opening_a_check_in_is_not_made_hard(someone: TestBot) -> None:
    someone.onboard()
    reply = someone.say("coworker keeps chewing with his mouth open its so gross")
    assert "That sounds hard" not in reply and "really hard" not in reply
    assert "1 (really low) to 10" in reply


def test_disgust_at_themselves_is_still_met_with_care(someone: TestBot) -> None:
    someone.onboard()
    reply = someone.say("i hate my body i feel so gross")
    assert "grim" not in reply and "Ugh" not in reply


def test_the_history_knows_a_check_in_was_saved_today() -> None:
    recent = [{"mood": 6, "day": "2026-03-03"}, {"mood": 4, "day": "2026-03-02"}]
    shown = mood_trend(recent, "2026-03-03")
    assert shown["moods"] == [("Mon", 4), ("today", 6)] and shown["today"] is True
    assert mood_trend(recent, "2026-03-04")["today"] is False


def test_how_have_i_been_doing_just_after_checking_in_does_not_ask_for_today(
    someone: TestBot,
) -> None:
    check_in(someone, "6", "good", "no")
    history = someone.say("how have i been doing")
    assert "6 (today)" in history and "add today's" not in history
    assert "last 1 check-in" not in history


def test_how_have_i_been_doing_before_checking_in_today_asks_for_it(someone: TestBot) -> None:
    check_in(someone, "6", "good", "no")
    someone.tick(days=1)
    history = someone.say("how have i been doing")
    assert "6 (Mon)" in history and "add today's" in history


def test_a_glad_feeling_is_not_congratulated_as_news(someone: TestBot) -> None:
    note = check_in(someone, "9", "over the moon")
    assert note.startswith("Glad to hear it.") and "congratulations" not in note


def test_over_the_moon_is_a_mood_in_words(someone: TestBot, real_app: Flask) -> None:
    assert "about a 9" in check_in(someone, "over the moon")


def test_a_grim_check_in_stays_grim_when_asked_again(someone: TestBot) -> None:
    someone.onboard()
    someone.say("so my flatmate never cleans the bathroom, its minging")
    again = someone.say("yeah its so gross")
    assert "grim" in again and "That sounds hard" not in again


@pytest.mark.parametrize(
    ("text", "zero"),
    [
        ("Good evening. I should like to record how I am feeling. I would say 0.", True),
        ("lowkey a 0 ngl", True),
        ("honestly a zero, everything is too much", True),
        ("0 tbh, everything is shit", True),
        ("rate today a 0/10", True),
        ("0 calories today", False),
        ("meet me at 0800", False),
        ("i have 0 energy", False),
        ("i got a 0 on my test", False),
        ("we lost 3-0", False),
        ("0 sleep last night", False),
        ("temperature is 0 today", False),
    ],
)
def test_a_zero_given_as_the_score_in_a_longer_message(text: str, zero: bool) -> None:
    assert zero_scored(text) is zero


@pytest.mark.parametrize(
    ("text", "whole"),
    [("bout a 7.5 i think", 8), ("my mood is 4.5", 5), ("about 7.5 hours sleep", None)],
)
def test_a_half_point_said_with_words(text: str, whole: int | None) -> None:
    assert between_scores(text) == whole


def test_a_zero_asked_to_be_recorded_in_many_words_is_the_bottom(
    someone: TestBot, real_app: Flask
) -> None:
    someone.onboard()
    reply = someone.say("Good evening. I should like to record how I am feeling. I would say 0.")
    assert "sorry it's that hard" in reply and "what words would you use" in reply
    someone.say("lonely mostly")
    someone.say("skip")
    assert [(c.mood, c.feelings) for c in saved(real_app)] == [(1, "lonely mostly")]


def test_a_zero_with_words_keeps_the_words_as_feelings(someone: TestBot, real_app: Flask) -> None:
    reply = check_in(someone, "0 tbh, everything is shit")
    assert "sorry it's that hard" in reply and "Anything else you'd like to note" in reply
    someone.say("skip")
    assert [(c.mood, c.feelings) for c in saved(real_app)] == [(1, "0 tbh, everything is shit")]


def test_a_number_after_something_else_is_no_longer_a_menu_choice(
    someone: TestBot, real_app: Flask
) -> None:
    someone.onboard()  # first contact ends with the menu
    someone.say("my dog died yesterday")
    reply = someone.say("3")
    assert "Did you mean 3 as how you're feeling" in reply and "sleep diary" not in reply


def test_a_number_straight_after_the_menu_still_chooses_from_it(someone: TestBot) -> None:
    someone.onboard()
    someone.say("menu")
    someone.say("ok")  # "Reply with a number from the list"
    assert "Let's breathe together" in someone.say("2")


def test_a_thumbs_up_to_did_you_mean_is_a_yes(someone: TestBot, real_app: Flask) -> None:
    someone.onboard()
    someone.say("thanks for earlier")
    assert "Did you mean 2" in someone.say("2")
    assert "note that as about a 6" not in someone.say("👍")
    someone.say("skip")
    someone.say("skip")
    assert [c.mood for c in saved(real_app)] == [2]


@pytest.mark.parametrize(
    ("said", "noted"),
    [("6, bit anxious about work", "noted the worry"), ("3 - so sad today honestly", "heavy")],
)
def test_a_number_with_feelings_is_not_asked_for_feelings_again(
    someone: TestBot, said: str, noted: str
) -> None:
    someone.onboard()
    someone.say("check in")
    reply = someone.say(said)
    assert "What words would you use" not in reply and "Anything else" in reply
    assert noted in someone.say("no")


def test_a_number_alone_is_still_asked_for_feelings(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    assert "What words would you use" in someone.say("4/10 tbh")
