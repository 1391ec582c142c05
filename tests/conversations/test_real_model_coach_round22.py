"""Round twenty-two: the breathing and sleep coaches, start to finish and with interruptions.
A yes to breathing offered with sleep help begins slow breathing at night as by day (the one
the help names), not a choice of three; the day or the time asked mid-exercise is told and
the rounds go on; how to breathe or lie asked before starting is answered and the question
kept; "im back sorry" picks a paused exercise up again; "ok thats better" after dizziness is
heard as eased, not a mood check-in."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

CHOICE = "Which would you like?"
SLOW_BEGUN = "Let's do slow breathing"
HOW_FEEL = "how do you feel right now, 1 to 10"


def _at(someone: TestBot, hour: int, minute: int = 0) -> TestBot:
    someone.onboard()
    clock = someone.app.extensions["mindlink"].clock
    clock.now = datetime(2026, 3, 3, hour, minute, tzinfo=UTC)
    return someone


@pytest.mark.parametrize(
    "first",
    [
        "its 3am and i cant sleep again",
        "i wake up at 4 every night and cant get back to sleep",
        "cant sleep. new baby and now im wide awake even tho shes asleep",
    ],
)
def test_yes_to_breathing_at_night_begins_slow_breathing(someone: TestBot, first: str) -> None:
    _at(someone, 3, 10)
    assert "Would a short breathing exercise help" in someone.say(first)
    replies = someone.say("yes")
    assert SLOW_BEGUN in replies and CHOICE not in replies and HOW_FEEL in replies
    assert "Slow breathing: in for 5" in someone.say("4")


def test_yes_after_a_busy_mind_at_night_begins_the_slow_breathing_offered(
    someone: TestBot,
) -> None:
    _at(someone, 1)
    someone.say("i cant sleep")
    assert "Would a slow breathing exercise help too?" in someone.say("i keep thinking about work")
    replies = someone.say("yes")
    assert SLOW_BEGUN in replies and CHOICE not in replies


def test_yes_to_breathing_offered_by_day_for_anxiety_still_gives_the_choice(
    someone: TestBot,
) -> None:
    _at(someone, 14)
    someone.say("im really anxious")
    assert CHOICE in someone.say("yes")


@pytest.mark.parametrize(
    ("asked", "told"),
    [
        ("what day is it", "Monday 2 March"),
        ("whats the time", "12:00pm"),
        ("what time is it", "12:00pm"),
    ],
)
def test_the_day_or_time_asked_mid_breathing_is_told_and_the_rounds_go_on(
    someone: TestBot, asked: str, told: str
) -> None:
    someone.onboard().mid_breathing()
    replies = someone.say(asked)
    assert told in replies and "carry on with the next round" in replies
    assert "not something I can help with" not in replies and "stopped" not in replies
    assert "Round 2 of 4" in " ".join(someone.tick(seconds=20))


def test_a_time_zone_asked_mid_breathing_is_still_a_time_zone_question(
    someone: TestBot,
) -> None:
    someone.onboard().mid_breathing()
    assert "carry on with the next round" not in someone.say("what time zone am i in")


@pytest.mark.parametrize(
    ("asked", "answer"),
    [
        ("do i breathe through my nose or mouth", "In through your nose"),
        ("nose or mouth?", "In through your nose"),
        ("can i do this lying down", "any position that's comfortable"),
        ("should i close my eyes", "Close your eyes if that feels comfortable"),
    ],
)
def test_how_to_breathe_asked_before_starting_is_answered_and_the_question_kept(
    someone: TestBot, asked: str, answer: str
) -> None:
    someone.onboard()
    someone.say("breathing exercise")
    assert HOW_FEEL in someone.say("3")
    replies = someone.say(asked)
    assert answer in replies and "A number from 1 to 10 is all I need" not in replies
    assert HOW_FEEL in replies and "carry on with the next round" not in replies
    assert "Slow breathing: in for 5" in someone.say("5")


@pytest.mark.parametrize("back", ["im back sorry", "ok back sorry", "sorry im back x"])
def test_back_with_a_sorry_picks_a_paused_exercise_up(someone: TestBot, back: str) -> None:
    someone.onboard().mid_breathing()
    assert "pause" in someone.say("hang on someones at the door")
    someone.tick(minutes=20)
    replies = someone.say(back)
    assert "Let's pick up again with round 2 of 4" in replies and "I'll wait" not in replies


@pytest.mark.parametrize("eased", ["ok thats better", "thats better thanks", "phew ok now"])
def test_dizziness_eased_is_heard_as_eased_not_a_check_in(someone: TestBot, eased: str) -> None:
    someone.onboard().mid_breathing()
    assert "Feeling light-headed" in someone.say("im dizzy")
    replies = someone.say(eased)
    assert "I'm glad it's passed" in replies and "from 1 (really low) to 10" not in replies


def test_still_dizzy_is_not_heard_as_eased(someone: TestBot) -> None:
    someone.onboard().mid_breathing()
    someone.say("im dizzy")
    replies = someone.say("thats not better its worse")
    assert "I'm glad it's passed" not in replies


def _diary_at_wake(someone: TestBot, bed: str = "11pm") -> TestBot:
    _at(someone, 9)
    assert "What time did you get into bed?" in someone.say("sleep diary")
    assert "what time did you get up" in someone.say(bed)
    return someone


@pytest.mark.parametrize(
    ("sleepless", "up"), [("i didnt sleep at all", "7am"), ("didnt sleep", "got up at 6")]
)
def test_no_sleep_told_at_the_wake_question_is_said_sorry_for_once(
    someone: TestBot, sleepless: str, up: str
) -> None:
    _diary_at_wake(someone)
    first = someone.say(sleepless)
    assert "I'm sorry" not in first and "noted" in first and "get up" in first
    done = someone.say(up)
    assert done.count("I'm sorry") == 1 and "no sleep" in done


@pytest.mark.parametrize(("rating", "shown"), [("2/5", "rough night"), ("3 out of 5", "")])
def test_a_rating_told_at_the_wake_question_is_not_a_time(
    someone: TestBot, rating: str, shown: str
) -> None:
    _diary_at_wake(someone)
    replies = someone.say(rating)
    assert "Just to check" not in replies and "hard day" not in replies
    assert "what time did you get up" in replies
    assert "how long did it take you to fall asleep" in someone.say("7")
    done = someone.say("20 mins")
    assert "sleep efficiency" in done and shown in done and "rate your sleep" not in done


def test_answers_to_other_questions_do_not_end_the_diary(someone: TestBot) -> None:
    _diary_at_wake(someone, "around midnightish")
    assert "7h asleep" in someone.say("like 7 hours maybe")
    assert "Let's leave that" not in someone.say("idk 30 mins")
    replies = someone.say("2/5")
    assert "Let's leave that" not in replies and "what time did you get up" in replies
    assert "sleep efficiency" in someone.say("7")


def test_a_short_night_checked_is_not_given_up_on_in_the_same_breath(someone: TestBot) -> None:
    _diary_at_wake(someone, "midnight")
    someone.say("hmm")
    someone.say("what")
    replies = someone.say("2")
    assert "Just to check" in replies and "Let's leave that" not in replies
    assert "Let's leave that" not in someone.say("yes")


def test_no_answers_at_all_still_leave_the_diary(someone: TestBot) -> None:
    _diary_at_wake(someone)
    someone.say("hmm")
    someone.say("what")
    assert "Let's leave that" in someone.say("banana")


@pytest.mark.parametrize(
    "asked",
    [
        "am i supposed to breathe out through my mouth",
        "do i use my nose",
        "wait is it nose or mouth",
    ],
)
def test_nose_or_mouth_asked_without_a_question_mark_is_answered(
    someone: TestBot, asked: str
) -> None:
    someone.onboard().mid_breathing()
    replies = someone.say(asked)
    assert "In through your nose" in replies and "carry on with the next round" in replies


@pytest.mark.parametrize("said", ["im getting a headache", "my head hurts"])
def test_a_headache_mid_breathing_pauses_it_with_what_helps(someone: TestBot, said: str) -> None:
    someone.onboard().mid_breathing()
    replies = someone.say(said)
    assert (
        "can bring on a headache" in replies and "I'll pause the breathing and wait" not in replies
    )
    assert "I'm glad it's passed" in someone.say("bit better now")
    assert someone.tick(minutes=1) == []


def test_dizziness_mid_breathing_is_still_met_as_dizziness(someone: TestBot) -> None:
    someone.onboard().mid_breathing()
    replies = someone.say("im really dizzy")
    assert "light-headed or tingly" in replies and "headache" not in replies


@pytest.mark.parametrize(
    ("said", "met"),
    [
        ("i just lie there", "let go of the goal of sleeping"),
        ("i just lie here staring at the ceiling for hours", "let go of the goal of sleeping"),
        ("its just my brain", "A mind that won't switch off"),
        ("my head wont shut up", "A mind that won't switch off"),
    ],
)
def test_the_night_told_after_no_to_breathing_is_helped_not_a_check_in(
    someone: TestBot, said: str, met: str
) -> None:
    _at(someone, 3, 20)
    someone.say("cant sleep")
    someone.say("no")
    replies = someone.say(said)
    assert met in replies and "from 1 (really low) to 10" not in replies
    assert "How are you feeling today?" not in replies
    assert SLOW_BEGUN in someone.say("yes")


def test_hard_news_after_no_to_breathing_at_night_is_still_heard(someone: TestBot) -> None:
    _at(someone, 3, 20)
    someone.say("cant sleep")
    someone.say("no")
    replies = someone.say("my husband left me last week")
    assert "let go of the goal of sleeping" not in replies and "A mind that" not in replies


def test_a_shift_worker_asking_to_track_sleep_is_offered_the_diary(someone: TestBot) -> None:
    _at(someone, 8)
    replies = someone.say("i work nights and sleep in the day, can you help me track my sleep")
    assert "Sleeping around shifts is hard" in replies and "sleep diary" in replies
    assert "What time did you get into bed?" in someone.say("yes")


def test_a_shift_worker_not_asking_to_track_gets_the_tips_only(someone: TestBot) -> None:
    _at(someone, 8)
    replies = someone.say("im a nurse on nights, just got home and i cant get to sleep in the day")
    assert "Sleeping around shifts is hard" in replies and "sleep diary" not in replies


@pytest.mark.parametrize("said", ["i need a bedtime routine", "what should my bedtime routine be"])
def test_a_bedtime_routine_asked_for_is_given_not_the_diary(someone: TestBot, said: str) -> None:
    _at(someone, 14)
    replies = someone.say(said)
    assert "wind-down routine" in replies and "What time did you get into bed?" not in replies


@pytest.mark.parametrize(
    "asked", ["does this actually work", "will this help", "does breathing really help"]
)
def test_whether_it_works_asked_mid_breathing_is_answered_and_it_goes_on(
    someone: TestBot, asked: str
) -> None:
    someone.onboard().mid_breathing()
    replies = someone.say(asked)
    assert "It often takes a round or two" in replies and "Here's what I can do" not in replies
    assert "stopped" not in replies
    assert "Round 2 of 4" in " ".join(someone.tick(seconds=20))


def test_saying_it_doesnt_work_still_stops_it(someone: TestBot) -> None:
    someone.onboard().mid_breathing()
    assert "try something different" in someone.say("this doesnt work")


@pytest.mark.parametrize(
    "said", ["ugh my kid is screaming i have to go", "oh no the pasta is boiling over i have to go"]
)
def test_called_away_mid_breathing_with_why_first_stops_it(someone: TestBot, said: str) -> None:
    someone.onboard().mid_breathing()
    replies = someone.say(said)
    assert "we'll stop there" in replies and "tell me what's going on" not in replies
    assert someone.tick(minutes=2) == []


def test_a_comfort_question_at_the_choice_is_answered_and_the_choice_kept(
    someone: TestBot,
) -> None:
    someone.onboard()
    assert CHOICE in someone.say("breathing")
    replies = someone.say("can i do it with my eyes closed")
    assert "Close your eyes if that feels comfortable" in replies and "reply 1 for box" in replies
    assert "sounds really hard" not in replies
    assert HOW_FEEL in someone.say("3")


@pytest.mark.parametrize("rated", ["bad", "awful tbh", "pretty crap"])
def test_the_night_rated_in_a_word_before_its_question_is_kept(
    someone: TestBot, rated: str
) -> None:
    _diary_at_wake(someone)
    assert "fall asleep" in someone.say("7")
    replies = someone.say(rated)
    assert "hard day" not in replies and "fall asleep" in replies
    done = someone.say("about an hour")
    assert "rough night" in done and "rate your sleep" not in done


def test_ok_at_the_wake_question_is_no_rating(someone: TestBot) -> None:
    _diary_at_wake(someone)
    someone.say("ok")
    someone.say("7")
    assert "rate your sleep" in someone.say("20 mins")


@pytest.mark.parametrize(
    ("pattern", "said"),
    [("2", "4-7-8 is too hard can we do an easier one"), ("1", "this is too hard")],
)
def test_too_hard_mid_breathing_switches_to_slow_breathing(
    someone: TestBot, pattern: str, said: str
) -> None:
    someone.onboard()
    someone.say("breathing exercise")
    someone.say(pattern)
    someone.say("skip")
    someone.tick(seconds=6)
    replies = someone.say(said)
    assert "switch to slow breathing" in replies and "doing its work" not in replies
    assert "Round 1 of 6" in " ".join(someone.tick(seconds=20))


def test_getting_easier_mid_breathing_is_still_glad(someone: TestBot) -> None:
    someone.onboard().mid_breathing()
    replies = someone.say("its getting easier")
    assert "switch" not in replies and "Round 2 of 4" in " ".join(someone.tick(seconds=20))


def test_still_awake_mid_breathing_at_night_keeps_the_rounds_going(someone: TestBot) -> None:
    _at(someone, 2)
    someone.say("cant sleep")
    someone.say("yes")
    someone.say("skip")
    someone.tick(seconds=12)
    replies = someone.say("im still wide awake lol")
    assert "isn't about forcing sleep" in replies and "stopped" not in replies
    assert "Round 2 of 6" in " ".join(someone.tick(seconds=15))


@pytest.mark.parametrize("said", ["going to bed now, any tips", "off to sleep now, any advice?"])
def test_tips_asked_on_the_way_to_bed_are_given(someone: TestBot, said: str) -> None:
    _at(someone, 22, 30)
    replies = someone.say(said)
    assert "help most people sleep better" in replies and "Good night" not in replies


def test_a_plain_goodnight_is_still_a_goodnight(someone: TestBot) -> None:
    _at(someone, 22, 30)
    assert "Good night" in someone.say("going to bed now night")


def test_breathing_explained_never_says_to_text_stop(someone: TestBot) -> None:
    _at(someone, 3, 40)
    someone.say("why cant i sleep")
    replies = someone.say("idk")
    assert "slow breathing" in replies and '"stop"' not in replies and '"done"' in replies


@pytest.mark.parametrize("moment", ["one sec", "hang on a sec", "brb"])
def test_a_moment_asked_mid_diary_is_waited_for_not_read_as_a_time(
    someone: TestBot, moment: str
) -> None:
    _diary_at_wake(someone)
    replies = someone.say(moment)
    assert "No rush" in replies and "Just to check" not in replies
    assert "fall asleep" in someone.say("7")
