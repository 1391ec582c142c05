"""Breathing and sleep, as people text them, seventh round: times told to the diary offer,
more on the topic just answered (snoring, a phone in bed, caffeine, jet lag), awake and
anxious in the night, fewer rounds or a discreet exercise, and thanks after one."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

MENU = "Here's what I can do"
CHECKIN = "from 1 (really low) to 10 (great)"
NOT_OURS = "not something I can help with"
BED_ASKED = "What time did you get into bed?"
DIARY_OFFER = "Would you like to fill in a quick sleep diary"


@pytest.mark.parametrize("said", ["around 7 i guess", "usually like 1am", "normally about 11"])
def test_a_usual_or_unclear_time_to_the_diary_offer_is_not_last_nights_bedtime(
    someone: TestBot, said: str
) -> None:
    someone.onboard()
    someone.say("i cant sleep")
    replies = someone.say(said)
    assert "The diary is about last night" in replies
    assert "what time did you get up" not in replies.lower() and CHECKIN not in replies
    assert BED_ASKED in someone.say("yes")  # the offer is still open


def test_a_plain_bedtime_to_the_diary_offer_still_starts_it(someone: TestBot) -> None:
    someone.onboard()
    someone.say("i cant sleep")
    assert "what time did you get up" in someone.say("11pm").lower()


def test_up_since_2_told_to_the_diary_offer_goes_in_the_diary(someone: TestBot) -> None:
    someone.onboard()
    someone.say("i cant sleep")
    replies = someone.say("work at 7 and ive been up since 2")
    assert "sleep diary for last night" in replies and BED_ASKED in replies
    assert CHECKIN not in replies


def test_any_tips_after_the_snoring_answer_is_more_on_snoring(someone: TestBot) -> None:
    someone.onboard()
    assert "Snoring next to you" in someone.say("my husband snores so loud")
    replies = someone.say("any tips")
    assert "A few more for the snoring" in replies
    assert "daylight soon after you wake up" not in replies


def test_stress_told_with_the_snoring_gets_the_snoring_help_and_tips(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("im so stressed, my husband snores so loud i cant sleep")
    assert "Snoring next to you" in replies and CHECKIN not in replies
    replies = someone.say("any tips")
    assert "A few more for the snoring" in replies and "anxiety builds up" not in replies


def test_awake_at_3am_and_anxious_gets_help_for_now_and_breathing(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("its 3am and im so anxious i cant sleep")
    assert "A few things that help right now" in replies
    assert "breathing exercise help right now" in replies and CHECKIN not in replies


@pytest.mark.parametrize(
    "told",
    [
        "flew back from new york yesterday and my sleep is all over the place",
        "just got back from australia, totally jet lagged",
    ],
)
def test_jet_lag_told_gets_help_for_jet_lag(someone: TestBot, told: str) -> None:
    someone.onboard()
    replies = someone.say(told)
    assert "Jet lag is your body clock" in replies and BED_ASKED not in replies
    assert "A few more for jet lag" in someone.say("any other tips")


def test_scrolling_in_bed_then_how_do_i_stop(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("i scroll on my phone in bed for hours")
    assert "phones keep your mind busy" in replies and BED_ASKED not in replies
    replies = someone.say("how do i stop")
    assert "break the scrolling habit" in replies and MENU not in replies


def test_cups_a_day_after_the_caffeine_answer(someone: TestBot) -> None:
    someone.onboard()
    someone.say("does coffee affect sleep")
    replies = someone.say("i have like 4 cups a day")
    assert "4 a day is a fair amount" in replies and NOT_OURS not in replies


def test_energy_drinks_told_then_how_many_is_too_many(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say(
        "ive been drinking energy drinks to stay awake for exams and now i cant sleep at night"
    )
    assert "Caffeine lasts for hours" in replies
    replies = someone.say("how many is too many")
    assert "400mg" in replies and NOT_OURS not in replies


@pytest.mark.parametrize("said", ["make it shorter", "this is taking ages"])
def test_shorter_mid_exercise_is_one_last_round(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.mid_breathing().say(said)
    assert "one last round" in replies and NOT_OURS not in replies and "paused" not in replies
    later = " ".join(someone.tick(seconds=30))
    assert "How do you feel now, 1 to 10?" in later and "Round" not in later


def test_the_hold_too_long_mid_exercise_gets_shorter_holds(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.mid_breathing().say("the hold is too long")
    assert "holds as short as feels comfortable" in replies
    assert "Round 2 of 4" in " ".join(someone.tick(seconds=20))


def test_at_a_desk_at_the_choice_gets_a_discreet_exercise(someone: TestBot) -> None:
    someone.onboard()
    someone.say("can we do a breathing exercise")
    replies = someone.say("im at my desk people can see me")
    assert "eyes open" in replies and "count in your head, not out loud" in replies
    assert "Just reply 1 for box" not in replies
    assert "Round 1 of 6" in " ".join(someone.tick(seconds=6))


def test_on_the_train_in_the_request_is_kept_for_the_exercise(someone: TestBot) -> None:
    someone.onboard()
    someone.say("can we do a breathing exercise im on the train")
    someone.say("1")
    replies = someone.say("skip")
    assert "Nobody needs to notice" in replies and "Box breathing" in replies


def test_that_helped_thanks_after_an_exercise_is_a_warm_close(someone: TestBot) -> None:
    someone.onboard()
    someone.mid_breathing().tick(seconds=70)
    someone.say("7")
    replies = someone.say("that helped thanks")
    assert "really glad it helped" in replies and "You're welcome" not in replies
