"""Sleep, breathing and coping, as people text them: more coping ideas asked for, a panic
that breathing does not ease, and a night rated in words."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

MENU = "Here's what I can do"
EMERGENCY = "call 999 now"


@pytest.mark.parametrize(
    ("asked", "then", "more"),
    [
        ("how do i deal with anxiety", "more tips", "A few more that help with anxiety"),
        ("how do i calm down when im angry", "any other tips?", "A few more for when anger"),
        ("how do i stop overthinking", "what else can i do", "A few more that help with anxiety"),
        ("how do i cope with feeling low", "got any more ideas", "A few more for when you're low"),
    ],
)
def test_more_tips_after_coping_ideas_are_more_ideas(
    someone: TestBot, asked: str, then: str, more: str
) -> None:
    someone.onboard()
    someone.say(asked)
    replies = someone.say(then)
    assert more in replies and MENU not in replies


def test_more_tips_after_a_no_to_breathing_does_not_offer_it_again(someone: TestBot) -> None:
    someone.onboard()
    someone.say("how do i deal with anxiety")
    someone.say("no thanks")
    replies = someone.say("more tips please")
    assert "A few more that help with anxiety" in replies
    assert "Reply yes or no" not in replies and 'just say "breathe"' in replies


def test_more_tips_offer_breathing_that_a_yes_starts(someone: TestBot) -> None:
    someone.onboard()
    someone.say("how do i calm down when im angry")
    assert "Would you like to try a short breathing exercise" in someone.say("any other tips")
    assert "Which would you like?" in someone.say("yes")


def test_asked_once_more_they_are_asked_what_helped_before(someone: TestBot) -> None:
    someone.onboard()
    someone.say("how do i cope with feeling low")
    someone.say("any other ideas")
    replies = someone.say("what else")
    assert "What's helped you before" in replies and "talk to someone" in replies
    assert "116 123" in replies  # low: the helpline stays in reach


def test_more_tips_long_after_the_ideas_is_not_read_as_more(someone: TestBot) -> None:
    someone.onboard()
    someone.say("how do i deal with anxiety")
    someone.tick(minutes=40)
    assert "A few more" not in someone.say("more tips")


@pytest.mark.parametrize("said", ["its not working", "this isnt helping", "im still panicking"])
def test_breathing_not_working_in_a_panic_stays_with_them(someone: TestBot, said: str) -> None:
    someone.onboard()
    someone.say("im having a panic attack")
    someone.tick(seconds=10)
    replies = someone.say(said)
    assert "I'm still here with you" in replies and "feet into the floor" in replies
    assert EMERGENCY in replies and "What's on your mind" not in replies
    assert not any("Round" in r for r in someone.tick(seconds=30))


def test_still_cant_breathe_after_that_is_met_not_a_new_exercise(someone: TestBot) -> None:
    someone.onboard()
    someone.say("im having a panic attack")
    someone.say("its not working")
    replies = someone.say("i still cant breathe")
    assert "Panic usually peaks" in replies and EMERGENCY in replies
    assert "Let's start right now" not in replies


@pytest.mark.parametrize("said", ["i cant breathe", "still cant breathe"])
def test_cant_breathe_in_a_panic_is_met_as_panic(someone: TestBot, said: str) -> None:
    someone.onboard()
    someone.say("im having a panic attack")
    someone.tick(seconds=10)
    replies = someone.say(said)
    assert "I'm here with you" in replies and "can't get enough air" in replies
    assert "lips or face turn blue" in replies and EMERGENCY in replies
    assert "light-headed" not in replies
    assert "glad it's easing" in someone.say("a bit better")


def test_breathing_not_working_outside_a_panic_asks_what_is_on_their_mind(
    someone: TestBot,
) -> None:
    someone.onboard()
    replies = someone.mid_breathing().say("this isnt working")
    assert "What's on your mind" in replies and "I'm still here with you" not in replies


def _rated(someone: TestBot, said: str) -> str:
    someone.onboard()
    for answer in ("sleep diary", "11pm", "7am", "20 mins"):
        someone.say(answer)
    return someone.say(said)


@pytest.mark.parametrize("said", ["awful", "not great", "rubbish tbh"])
def test_a_rough_night_in_words_is_not_said_back_as_a_number(someone: TestBot, said: str) -> None:
    done = _rated(someone, said)
    assert "didn't feel restful" in done and "out of 5" not in done


@pytest.mark.parametrize(
    ("said", "back"),
    [("amazing", "great night"), ("meh", "only felt OK"), ("decent", "decent night")],
)
def test_a_good_or_so_so_night_in_words_is_said_back_as_such(
    someone: TestBot, said: str, back: str
) -> None:
    assert back in _rated(someone, said)


@pytest.mark.parametrize("said", ["i fell asleep lol", "sorry dozed off halfway through"])
def test_falling_asleep_mid_exercise_ends_it_gladly(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.mid_breathing().say(said)
    assert "helped you drop off" in replies and "stopped the exercise" in replies
    assert "sleep diary" not in replies
    assert not any("Round" in r for r in someone.tick(seconds=60))


def test_falling_asleep_told_at_the_question_after_ends_it(someone: TestBot) -> None:
    someone.onboard()
    someone.mid_breathing().tick(seconds=70)
    replies = someone.say("i fell asleep lol")
    assert "helped you drop off" in replies and "1 to 10" not in replies


def test_cant_fall_asleep_mid_exercise_is_not_falling_asleep(someone: TestBot) -> None:
    someone.onboard()
    assert "helped you drop off" not in someone.mid_breathing().say("i cant fall asleep")


@pytest.mark.parametrize(
    "said",
    [
        "my newborn is up every 2 hours and i cant get back to sleep after feeds",
        "baby wakes every 3 hours and im so tired i cant sleep between feeds",
    ],
)
def test_broken_nights_with_a_baby_get_help_for_that_not_a_diary(
    someone: TestBot, said: str
) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert (
        "Broken nights with a baby" in replies and "What time did you get into bed" not in replies
    )


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("i cant sleep because my partner snores", "Snoring next to you"),
        ("my husband snores so loud i cant sleep", "Snoring next to you"),
        ("how do i stop snoring", "Sleeping on your side"),
        ("my wife says i snore", "Sleeping on your side"),
    ],
)
def test_snoring_is_answered_as_snoring(someone: TestBot, said: str, answer: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert answer in replies and "sleep apnoea" in replies


def test_snoring_told_with_a_bed_time_in_the_diary_keeps_the_time(someone: TestBot) -> None:
    someone.onboard()
    someone.say("sleep diary")
    assert "what time did you get up" in someone.say("11pm but he was snoring").lower()
