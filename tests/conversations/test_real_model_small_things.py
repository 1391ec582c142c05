"""Small things texted as people do: "are u there" or "this is taking forever" while waiting
for a person, an exercise asked for while waiting, START from someone who never left, a
heart sent back to us."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


@pytest.mark.parametrize("asked", ["are u there", "this is taking forever", "helloooo"])
def test_waiting_for_a_person_gets_an_honest_answer(someone: TestBot, asked: str) -> None:
    someone.onboard()
    someone.say("talk to a person")
    replies = someone.say(asked)
    assert "sorry you're still waiting" in replies and "added that" not in replies


def test_an_exercise_asked_for_while_waiting_says_how_to_have_it(someone: TestBot) -> None:
    someone.onboard()
    someone.say("talk to a person")
    replies = someone.say("can i still do a breathing exercise")
    assert "never mind" in replies and "added that" not in replies


def test_start_from_someone_who_never_left(someone: TestBot) -> None:
    someone.onboard()
    assert "already signed up" in someone.say("start")
    someone.say("stop")
    assert "Welcome back" in someone.say("start")


@pytest.mark.parametrize("sent", ["❤️", "🙏🙏", "💕"])
def test_a_heart_is_thanks_not_a_mood(someone: TestBot, sent: str) -> None:
    someone.onboard()
    replies = someone.say(sent)
    assert "welcome" in replies.lower() and "1 (really low)" not in replies


def test_a_question_about_keeping_data_at_the_consent_question_is_answered(
    someone: TestBot,
) -> None:
    someone.say("hi")
    replies = someone.say("why do u wanna keep it")
    assert "ask you directly" not in replies and "YES or NO" in replies
    assert "Thank you" in someone.say("yes")


def test_a_person_wanted_after_all_is_asked_for_again(someone: TestBot) -> None:
    someone.onboard()
    someone.say("talk to a person")
    someone.say("never mind")
    replies = someone.say("i changed my mind can they still come")
    assert "asked someone from our team" in replies and "Samaritans" in replies
    assert "sorry you're going through this" not in replies


@pytest.mark.parametrize(
    "asked",
    ["can you recommend a therapist", "how much does therapy cost", "is there free therapy"],
)
def test_finding_therapy_is_answered_not_handed_over(someone: TestBot, asked: str) -> None:
    someone.onboard()
    replies = someone.say(asked)
    assert "Talking Therapies" in replies and "asked someone from our team" not in replies


def test_signs_and_what_to_say_at_the_doctors(someone: TestBot) -> None:
    someone.onboard()
    someone.say("i think i have depression")
    assert "two weeks or more" in someone.say("how do i know if i have depression")
    assert "worry that's hard to control" in someone.say("what are the signs of anxiety")
    assert "You don't need the right words" in someone.say("what do i say to them")


def test_still_dizzy_after_we_asked_is_heard_as_the_body(someone: TestBot) -> None:
    someone.onboard()
    someone.say("breathe")
    someone.say("box")
    someone.say("skip")
    someone.tick(seconds=10)
    someone.say("i feel dizzy")
    replies = someone.say("still dizzy")
    assert "sip some water" in replies and "ask you directly" not in replies


def test_a_racing_mind_in_the_small_hours_gets_help_for_tonight(someone: TestBot) -> None:
    from datetime import timedelta

    someone.onboard()
    clock = someone.app.extensions["mindlink"].clock
    # forward to 1:30 the next night (London is on UTC in March)
    clock.now = (clock.now + timedelta(days=1)).replace(hour=1, minute=30)
    replies = someone.say("my mind wont stop racing, worrying about everything")
    assert "awake at this hour" in replies and "1 (really low)" not in replies


def test_a_second_hello_soon_after_is_met_briefly(someone: TestBot) -> None:
    someone.onboard()
    assert "I can check in" in someone.say("hey")
    again = someone.say("im back")
    assert "I'm here. What's on your mind?" in again and "I can check in" not in again


def test_what_we_talked_about_last_time_is_answered(someone: TestBot) -> None:
    someone.onboard()
    assert "don't read back old conversations" in someone.say("what did we talk about last time")


def test_a_good_night_is_met_gladly_and_the_diary_offered(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("slept well for once")
    assert "good to hear" in replies and "What time did you get into bed" not in replies
    assert "What time did you get into bed" in someone.say("yes")


@pytest.mark.parametrize("said", ["i didnt sleep well", "barely slept", "rough night again"])
def test_a_bad_night_is_about_sleep_not_a_mood_score(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "1 (really low)" not in replies and "sleep" in replies.lower()


def test_do_you_actually_read_these_is_about_privacy(someone: TestBot) -> None:
    someone.onboard()
    assert "support team can read" in someone.say("do you actually read these")


@pytest.mark.parametrize("said", ["night x", "nighty night xx", "gn 😘"])
def test_a_goodnight_with_a_kiss_is_a_goodbye(someone: TestBot, said: str) -> None:
    someone.onboard()
    assert "Take care" in someone.say(said)


def test_yes_to_a_quick_check_in_offered_in_small_talk_starts_one(someone: TestBot) -> None:
    someone.onboard()
    assert "check in" in someone.say("watching the match")  # told: heard, and offered
    assert "1 (really low)" in someone.say("yes")


@pytest.mark.parametrize("said", ["that's kind of you", "aw ur sweet x"])
def test_warmth_said_back_is_thanks(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said).lower()  # "you're welcome", or "that's kind of you, thank you"
    assert (
        "welcome" in replies or "kind of you, thank you" in replies
    ) and "check-in" not in replies


def test_drunk_with_pills_in_front_of_them_gets_the_whole_answer(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("i'm drunk and i have pills in front of me")
    assert "999" in replies and "ask you directly" not in replies
