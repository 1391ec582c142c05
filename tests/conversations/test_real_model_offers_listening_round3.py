"""Offers and listening, round three: a yes taken back after a no to breathing, read in the
light of the safety question put just before; small practical troubles told while venting
met with a reminder offered."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

CRISIS_ANSWER = "I'm really sorry you're going through this"
BREATHING = "Let's breathe together"


def _no_to_the_question_then_no_to_breathing(someone: TestBot) -> None:
    someone.onboard()
    assert "ending your life" in someone.say("i feel like giving up")
    assert "breathing exercise help" in someone.say("no, not like that")
    assert "breathe" in someone.say("no thanks")


def test_actually_yes_after_no_to_breathing_after_the_safety_question_asks_which(
    someone: TestBot,
) -> None:
    # the "yes" may take back the "no" to ending their life: asked, never a silent exercise
    _no_to_the_question_then_no_to_breathing(someone)
    replies = someone.say("actually yes")
    assert "ending your life" in replies and BREATHING not in replies
    assert CRISIS_ANSWER in someone.say("yes")


def test_breathe_after_being_asked_which_starts_it(someone: TestBot) -> None:
    _no_to_the_question_then_no_to_breathing(someone)
    someone.say("actually yes")
    assert BREATHING in someone.say("breathe")


@pytest.mark.parametrize("back", ["actually yes", "on second thought yeah"])
def test_actually_yes_after_no_to_breathing_elsewhere_starts_it(
    someone: TestBot, back: str
) -> None:
    # no safety question lately: the yes can only be to the exercise
    someone.onboard()
    assert "breathing exercise" in someone.say("how do i cope with anxiety")
    someone.say("no")
    assert BREATHING in someone.say(back)


def _venting(someone: TestBot) -> None:
    someone.onboard()
    someone.say("i just need to vent")
    someone.say(
        "work has been a nightmare, my manager keeps piling stuff on me and i'm staying late"
    )


@pytest.mark.parametrize(
    ("forgot", "task"),
    [
        ("i keep forgetting to drink water", "drink water"),
        (
            "honestly i'm so run down, i keep forgetting to eat and drink water",
            "eat and drink water",
        ),
        ("also i never remember to take my meds lately", "take your meds"),
    ],
)
def test_something_small_forgotten_while_venting_gets_a_reminder_offered(
    someone: TestBot, forgot: str, task: str
) -> None:
    _venting(someone)
    replies = someone.say(forgot)
    assert "Would a reminder help?" in replies and f"nudge to {task}" in replies
    assert "I'm listening" in replies


@pytest.mark.parametrize("yes", ["yeah go on", "sure why not", "yes please"])
def test_yes_to_the_reminder_asks_when(someone: TestBot, yes: str) -> None:
    _venting(someone)
    someone.say("i keep forgetting to drink water")
    replies = someone.say(yes)
    assert "When should I remind you to drink water?" in replies
    assert "Let's breathe together" not in replies


def test_a_time_to_the_reminder_offer_sets_it(someone: TestBot) -> None:
    _venting(someone)
    someone.say("i keep forgetting to drink water")
    assert "drink water every day at 2:00pm" in someone.say("every day at 2pm")


@pytest.mark.parametrize(("no", "later"), [("nah", False), ("not rn", True), ("maybe later", True)])
def test_no_to_the_reminder_goes_back_to_listening(someone: TestBot, no: str, later: bool) -> None:
    _venting(someone)
    someone.say("i keep forgetting to drink water")
    replies = someone.say(no)
    assert "still listening" in replies
    assert ("remind me to drink water at 3pm" in replies) is later


@pytest.mark.parametrize("unsure", ["what would that involve", "idk"])
def test_unsure_of_the_reminder_offer_says_what_it_is(someone: TestBot, unsure: str) -> None:
    _venting(someone)
    someone.say("i keep forgetting to drink water")
    assert "short text from me" in someone.say(unsure)
    assert "When should I remind you" in someone.say("ok go on then")


def test_more_venting_after_the_reminder_offer_is_heard(someone: TestBot) -> None:
    _venting(someone)
    someone.say("i keep forgetting to drink water")
    replies = someone.say("and my boss shouted at me in front of everyone today")
    assert "When should I remind you" not in replies and "Done." not in replies


CRYING = (
    "so basically my mum and i had a massive fight this morning about me moving out and she said"
    " some really hurtful stuff and now im sat in my car outside work and i cant stop crying"
)


def test_no_to_breathing_while_venting_keeps_listening(someone: TestBot) -> None:
    someone.onboard()
    someone.say("i just need to vent")
    assert "breathing exercise" in someone.say(CRYING)
    replies = someone.say("nah")
    assert "still listening" in replies and "I'm here whenever you need me" not in replies


def test_breathing_said_no_to_is_not_started_by_a_later_yes(someone: TestBot) -> None:
    someone.onboard()
    someone.say("i just need to vent")
    someone.say(CRYING)
    someone.say("nah")
    someone.say("she said i was ungrateful and that i never think about anyone but myself")
    assert BREATHING not in someone.say("yeah go on")


@pytest.mark.parametrize("stuck", ["idk", "i dont know what to say"])
def test_lost_for_words_while_venting_is_met_gently(someone: TestBot, stuck: str) -> None:
    someone.onboard()
    someone.say("i just need to vent")
    someone.say(CRYING)
    someone.say("nah")
    replies = someone.say(stuck)
    assert "you don't need the right words" in replies and "small wellbeing bot" not in replies


def test_an_aside_while_venting_is_heard_not_the_menu(someone: TestBot) -> None:
    someone.onboard()
    someone.say("ugh i need to rant")
    someone.say("my flatmate ate my leftovers AGAIN and then lied about it")
    replies = someone.say("like who does that")
    assert "I hear you" in replies and "Here's what I can do" not in replies


@pytest.mark.parametrize(
    ("answer", "said"),
    [("yeah", "Take your time"), ("no not really", "you don't have to talk about it")],
)
def test_yes_or_no_to_telling_about_a_loss_is_answered(
    someone: TestBot, answer: str, said: str
) -> None:
    someone.onboard()
    assert "Would you like to tell me about her?" in someone.say("my nan died this morning")
    replies = someone.say(answer)
    assert said in replies and "text MENU" not in replies


def test_a_polite_yes_to_breathing_while_listening_starts_it(someone: TestBot) -> None:
    someone.onboard()
    someone.say(
        "Dear MindLink, I wish to write that I have been feeling rather low since my"
        " retirement. The days are long and I do not see many people."
    )
    assert BREATHING in someone.say("That would be nice, thank you.")


def test_yeah_to_a_reminder_for_breathing_put_off_asks_when(someone: TestBot) -> None:
    someone.onboard()
    someone.say("i just need to vent")
    someone.say(CRYING)
    assert "Or I can remind you" in someone.say("maybe later")
    assert "When would suit you?" in someone.say("yeah")
    assert "remind you to take a breathing break" in someone.say("in an hour")
