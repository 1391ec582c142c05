"""Guided flows as people text them, round fifteen: asides in the middle of a breathing
exercise or a check-in, scores said in other ways, what follows a low check-in, and the
messages that come days later."""

from __future__ import annotations

import re

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

PAUSED = "I've paused the breathing"


def test_a_reminder_asked_mid_breathing_is_set_and_the_breathing_waits(someone: TestBot) -> None:
    someone.onboard()
    someone.mid_breathing()
    replies = someone.say("remind me to call mum at 6pm")
    assert "remind you to call mum" in replies and PAUSED in replies and "round 2 of 4" in replies
    assert someone.tick(seconds=40) == []  # no rounds while it waits, and no word lost
    assert "pick up again with round 2" in someone.say("go on")
    assert any("Round 2 of 4" in r for r in someone.tick(seconds=20))


def test_a_reminder_needing_a_time_mid_breathing_asks_then_the_breathing_waits(
    someone: TestBot,
) -> None:
    someone.onboard()
    someone.mid_breathing()
    asked = someone.say("can you remind me to take my tablets")
    assert "When should I remind you" in asked and PAUSED in asked
    assert "remind you to take your tablets" in someone.say("9pm")
    assert "pick up again" in someone.say("ok go on")


def test_hi_mid_breathing_is_greeted_not_answered_no_problem(someone: TestBot) -> None:
    someone.onboard()
    someone.mid_breathing()
    replies = someone.say("hi")
    assert "Hi, I'm still here" in replies and "No problem" not in replies


SCORE_ASKED = "from 1 (really low) to 10 (great)"


def test_what_is_done_with_answers_asked_mid_check_in_is_answered(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    replies = someone.say("what do you do with my answers")
    assert "check-ins and sleep diary" in replies and SCORE_ASKED in replies
    assert "Thanks for telling me" not in replies
    assert "words would you use" in someone.say("4")


def test_an_off_topic_question_run_together_mid_check_in_is_said_so(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    replies = someone.say("whats the capital of france")
    assert "not something I can help with" in replies and SCORE_ASKED in replies
    assert "Thanks for telling me" not in replies


def test_good_thanks_to_a_nudge_is_met_gladly_not_youre_welcome(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say("8")
    someone.say("happy")
    someone.say("skip")
    nudged = "\n".join(someone.tick(days=4))
    assert "8/10" in nudged
    replies = someone.say("good thanks")  # an answer to how they are: noted as a mood
    assert "note that as about a 7" in replies and "You're welcome" not in replies


def _low_check_in(someone: TestBot) -> str:
    someone.onboard()
    someone.say("check in")
    someone.say("2")
    someone.say("sad")
    return someone.say("skip")


@pytest.mark.parametrize(
    "asked", ["what are my options", "is there anything else", "idk what would even help"]
)
def test_options_asked_after_a_low_check_in_are_what_may_help_now(
    someone: TestBot, asked: str
) -> None:
    assert "breathing exercise help" in _low_check_in(someone)
    replies = someone.say(asked)
    assert "talk to someone" in replies and "116 123" in replies
    assert "Here's what I can do" not in replies and "Reminders" not in replies
    assert "breathe together" in someone.say("yes")


@pytest.mark.parametrize("said", ["maybe later", "not right now"])
def test_breathing_put_off_after_a_low_check_in_says_how_to_start_it(
    someone: TestBot, said: str
) -> None:
    _low_check_in(someone)
    replies = someone.say(said)
    assert 'just say "breathe"' in replies and "we don't have to do anything" not in replies
    assert "116 123" in replies


@pytest.mark.parametrize(
    ("said", "kept", "told"),
    [
        ("2/5", "4", "about a 4"),
        ("70%", "7", "about a 7"),
        ("100", "10", "stops at 10"),
        ("0%", "1", "starts at 1"),
    ],
)
def test_a_score_on_another_scale_is_put_on_ours_and_said_back(
    someone: TestBot, said: str, kept: str, told: str
) -> None:
    someone.onboard()
    someone.say("check in")
    replies = someone.say(said)
    assert told in replies and "didn't catch a number" not in replies
    someone.say("ok")
    done = someone.say("skip")
    assert re.search(rf"\b(?:a|an|your) {kept}\b", done, re.IGNORECASE), done


def test_a_score_put_right_just_after_saving_changes_it_and_offers_help(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say("8")
    someone.say("good")
    someone.say("skip")
    replies = someone.say("wait no i meant 3")
    assert "changed your check-in to a 3" in replies and "breathing exercise help" in replies
    assert "breathe together" in someone.say("yes")
    assert "3/10" in "\n".join(someone.tick(days=4))  # the nudge knows the score put right


def test_a_low_score_put_right_to_a_good_one_drops_the_offer(someone: TestBot) -> None:
    assert "breathing exercise help" in _low_check_in(someone)
    replies = someone.say("sorry i meant 7")
    assert "changed your check-in to a 7" in replies and "breathing" not in replies
    assert "breathe together" not in someone.say("yes")


def test_a_score_put_right_at_the_note_is_not_met_gladly_again(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say("6")
    someone.say("calm")
    replies = someone.say("actually more like a 3 tbh")
    assert "3 then" in replies and "Glad to hear it" not in replies


@pytest.mark.parametrize(
    ("said", "begun"),
    [
        ("the one for sleep", "4-7-8 is a good one"),
        ("one without holding my breath", "no holding at all"),
        ("something for panic", "For panic, slow breathing"),
    ],
)
def test_the_breathing_chosen_by_what_it_is_for_is_begun(
    someone: TestBot, said: str, begun: str
) -> None:
    someone.onboard()
    someone.say("breathe")
    replies = someone.say(said)
    assert begun in replies and "how do you feel right now" in replies
    assert "sleep diary" not in replies


def test_whichever_you_think_at_the_choice_leaves_it_to_us(someone: TestBot) -> None:
    someone.onboard()
    someone.say("breathe")
    replies = someone.say("whichever u think")
    assert "how do you feel right now" in replies and "Just reply 1 for box" not in replies


def test_back_long_after_pausing_is_told_the_exercise_was_let_go(someone: TestBot) -> None:
    someone.onboard()
    someone.mid_breathing()
    someone.say("hang on")
    someone.tick(hours=2)
    replies = someone.say("ok im back")
    assert "let that exercise go" in replies and "breathe" in replies


def test_yes_the_next_morning_to_the_breathing_offer_still_starts_it(someone: TestBot) -> None:
    assert "breathing exercise help" in _low_check_in(someone)
    someone.tick(hours=12)
    assert "breathe together" in someone.say("yeah ok")


def test_yes_after_a_reminder_came_since_the_offer_is_not_taken_for_it(
    someone: TestBot,
) -> None:
    someone.onboard()
    assert "drink water" in someone.say("remind me to drink water in 3 hours")
    someone.say("check in")
    someone.say("2")
    someone.say("sad")
    assert "breathing exercise help" in someone.say("skip")
    assert "drink water" in "\n".join(someone.tick(hours=4))
    assert "breathe together" not in someone.say("yes")


def test_a_breathing_choice_made_hours_later_is_the_choice_not_a_mood(someone: TestBot) -> None:
    someone.onboard()
    someone.say("breathe")
    someone.tick(hours=7)
    replies = someone.say("2")
    assert "Did you mean 2" not in replies and "how do you feel right now" in replies


@pytest.mark.parametrize(
    ("score", "note"), [("2", "my cat died last week"), ("5", "my grandad passed on sunday")]
)
def test_a_loss_told_in_the_note_is_met_at_the_end_of_a_check_in(
    someone: TestBot, score: str, note: str
) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say(score)
    someone.say("sad")
    assert "sorry for your loss" in someone.say(note)


@pytest.mark.parametrize("told", ["rough day", "bad day"])
def test_a_hard_day_in_two_words_at_the_score_is_met_and_kept(someone: TestBot, told: str) -> None:
    someone.onboard()
    someone.say("check in")
    replies = someone.say(told)  # met, and read as a score said back
    assert "Sorry it's a hard one" in replies and "about a 3" in replies
    assert "didn't catch a number" not in replies
    assert "Anything else you'd like to note" in replies
    assert "A 3 sounds hard" in someone.say("skip")


def test_nudges_left_unanswered_stop_after_saying_so(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say("5")
    someone.say("ok")
    someone.say("skip")
    nudges = [n for _ in range(40) for n in someone.tick(days=1)]
    assert len(nudges) == 3
    assert "won't keep checking in" in nudges[-1]
    assert not any("won't keep checking in" in n for n in nudges[:-1])
    assert [n for _ in range(20) for n in someone.tick(days=1)] == []


def test_a_reminder_asked_at_the_breathing_choice_leaves_the_choice_open(someone: TestBot) -> None:
    someone.onboard()
    someone.say("breathe")
    replies = someone.say("remind me to drink water at 4pm")
    assert "remind you to drink water" in replies and "Back to your breathing" in replies
    chosen = someone.say("2")
    assert "how do you feel right now" in chosen and "Moved" not in chosen
    assert "4:00pm" in someone.say("what reminders do i have")


def test_thats_enough_mid_breathing_finishes_it(someone: TestBot) -> None:
    someone.onboard()
    someone.mid_breathing()
    replies = someone.say("ok thats enough for now")
    assert "How do you feel now" in replies and "pause" not in replies


def test_breathing_just_after_a_low_check_in_keeps_its_score_as_before(someone: TestBot) -> None:
    _low_check_in(someone)
    someone.say("yes")
    started = someone.say("1")
    assert "Box breathing" in started and "how do you feel right now" not in started
    asked = "\n".join(someone.tick(seconds=80))
    assert "How do you feel now" in asked
    assert "from 2 to 6" in someone.say("6")


def test_a_hello_mid_check_in_is_greeted_before_the_question_again(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    replies = someone.say("hey")
    assert "Hi!" in replies and SCORE_ASKED in replies and "didn't catch" not in replies
    assert "words would you use" in someone.say("6")


def test_a_score_put_right_after_breathing_changes_how_they_felt_after_it(
    someone: TestBot,
) -> None:
    _low_check_in(someone)
    someone.say("yes")
    someone.say("1")
    someone.tick(seconds=80)
    assert "from 2 to 6" in someone.say("6")
    replies = someone.say("oops i meant 7")
    assert "from 2 to 7" in replies and "check-in" not in replies
    assert "from 2 to 7" in someone.say("how did i do")


def test_a_late_yes_after_no_to_the_safety_question_is_not_taken_for_breathing(
    someone: TestBot,
) -> None:
    someone.onboard()
    someone.say("im so done with everything")
    assert "breathing exercise help" in someone.say("no")
    someone.tick(hours=3)
    replies = someone.say("yes")
    assert "breathe together" not in replies and "116 123" in replies


def test_ive_had_enough_mid_breathing_is_met_as_a_feeling_not_a_finish(someone: TestBot) -> None:
    someone.onboard()
    someone.mid_breathing()
    replies = someone.say("ive had enough")
    assert "what's going on" in replies and "How do you feel now" not in replies


def test_a_check_in_asked_mid_breathing_says_the_breathing_stopped(someone: TestBot) -> None:
    someone.onboard()
    someone.mid_breathing()
    replies = someone.say("can i do a check in")
    assert "stopped the breathing" in replies and SCORE_ASKED in replies
    assert not any("Round" in r for r in someone.tick(seconds=40))


def test_a_score_given_as_a_range_keeps_the_lower(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    replies = someone.say("3-4")
    assert "words would you use" in replies and "didn't catch" not in replies
    someone.say("meh")
    assert "A 3 sounds hard" in someone.say("skip")


def test_how_many_more_mid_breathing_says_what_is_left(someone: TestBot) -> None:
    someone.onboard()
    someone.mid_breathing()
    replies = someone.say("how many more")
    assert "3 more rounds to go" in replies
    assert any("Round 2 of 4" in r for r in someone.tick(seconds=20))


def test_slow_breathing_after_dizziness_keeps_how_they_felt_before(someone: TestBot) -> None:
    someone.onboard()
    someone.say("breathe")
    someone.say("478")
    someone.say("5")
    someone.tick(seconds=19)
    assert "slow breathing" in someone.say("feeling dizzy")
    started = someone.say("slow breathing")
    assert "Slow breathing: in for 5" in started and "how do you feel right now" not in started
    someone.tick(seconds=70)
    assert "from 5 to 7" in someone.say("7")


@pytest.mark.parametrize("asked", ["what do you mean", "like what?", "huh"])
def test_not_understanding_the_feelings_question_gets_it_said_again(
    someone: TestBot, asked: str
) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say("6")
    replies = someone.say(asked)
    assert "a word or two is plenty" in replies.lower() and "Here's what I can do" not in replies
    assert "Anything else you'd like to note" in someone.say("calm")


def test_a_privacy_question_after_breathing_is_answered_then_asked_again(
    someone: TestBot,
) -> None:
    someone.onboard()
    someone.mid_breathing()
    assert "How do you feel now" in "\n".join(someone.tick(seconds=80))
    replies = someone.say("who can see this")
    assert "stored encrypted" in replies and "How do you feel now" in replies
    assert "Here's what I can do" not in replies


def test_a_reminder_asked_at_how_you_feel_after_breathing_keeps_the_question(
    someone: TestBot,
) -> None:
    someone.onboard()
    someone.say("breathe")
    someone.say("box")
    someone.say("5")
    someone.tick(seconds=80)
    replies = someone.say("remind me to breathe again tomorrow at 8am")
    assert "8:00am" in replies and "How do you feel now" in replies
    answered = someone.say("7")
    assert "from 5 to 7" in answered and "Moved" not in answered


@pytest.mark.parametrize(
    ("typed", "begun"), [("boxx", "Box breathing"), ("sloww", "Slow breathing")]
)
def test_a_mistyped_breathing_choice_is_understood(
    someone: TestBot, typed: str, begun: str
) -> None:
    someone.onboard()
    someone.say("breathign")
    assert "how do you feel right now" in someone.say(typed)
    assert begun in someone.say("5")
