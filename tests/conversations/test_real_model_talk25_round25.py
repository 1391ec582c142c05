"""Round twenty-five: everyday talk. A mild feeling ("bored i guess", "a bit off", "fine-ish")
is met lightly, not as "really hard"; a setback ("i failed my driving test again") is met as a
disappointment and a harsh word about themselves ("why do i always ruin everything") gently,
not with a 1-10 question; "wtf" after the menu asks what they meant; "meh" is no yes to
breathing, nor a bare "yeah" to "I'm here, go on" that offered nothing."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

ONE_TO_TEN = "from 1 (really low) to 10 (great)"
PATTERNS = "Which would you like?"


def test_bored_as_feelings_in_a_check_in_is_not_hard(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say("5")
    replies = someone.say("bored i guess")
    assert "sounds hard" not in replies and "Anything else you'd like to note" in replies


@pytest.mark.parametrize("said", ["feeling a bit off today", "fine-ish"])
def test_a_mild_feeling_out_of_the_blue_is_so_so(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "so-so" in replies and "sorry" not in replies.lower() and ONE_TO_TEN not in replies


def test_bored_i_guess_to_how_are_you_is_boredom(someone: TestBot) -> None:
    someone.onboard()
    someone.say("how are you")
    replies = someone.say("bored i guess")
    assert "Boredom can be" in replies and ONE_TO_TEN not in replies
    replies = someone.say("nothing to do")
    assert "makes a day drag" in replies and "Here's what I can do" not in replies


def test_a_mild_feeling_while_listening_is_light_and_meh_is_no_yes(someone: TestBot) -> None:
    someone.onboard()
    someone.say("i want to talk")
    replies = someone.say("bored i guess")
    assert "Fair enough" in replies and "really hard" not in replies
    replies = someone.say("meh")
    assert PATTERNS not in replies and "Fair enough" not in replies and "I hear you" in replies


def test_meh_to_the_breathing_offer_while_listening_is_no_yes(someone: TestBot) -> None:
    someone.onboard()
    someone.say("i want to talk")
    someone.say("my mum is ill")
    replies = someone.say("meh")
    assert PATTERNS not in replies and "I hear you" in replies


def test_yeah_to_go_on_is_agreement_and_yes_still_starts_breathing(someone: TestBot) -> None:
    someone.onboard()
    someone.say("exams next week and i havent started")
    assert "go on" in someone.say("i just cant focus")
    replies = someone.say("yeah")
    assert PATTERNS not in replies and "I hear you" in replies
    assert PATTERNS in someone.say("yes")


@pytest.mark.parametrize(
    ("said", "heard"),
    [
        ("i failed my driving test again", "Not getting it again is really gutting"),
        ("didnt get the job", "That's really disappointing"),
        ("i got rejected from my first choice uni", "That's really disappointing"),
    ],
)
def test_a_setback_is_met_as_a_disappointment(someone: TestBot, said: str, heard: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert heard in replies and ONE_TO_TEN not in replies
    assert "I hear you" in someone.say("yeah")


@pytest.mark.parametrize(
    "said", ["why do i always ruin everything", "why am i like this", "i always mess things up"]
)
def test_harsh_words_about_themselves_are_met_gently(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "being really hard on yourself" in replies and ONE_TO_TEN not in replies


def test_wtf_after_the_menu_asks_what_they_meant(someone: TestBot) -> None:
    someone.onboard()
    someone.say("menu")
    replies = someone.say("wtf")
    assert "did something I said not make sense" in replies and "surprise" not in replies


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("i failed my driving test again", "setback"),
        ("didn't pass my theory test", "setback"),
        ("passed my test but failed the theory", None),
        ("did i fail my test?", None),
        ("why do i always ruin everything", "self_critical"),
        ("i ruin everything lol", "self_critical"),
        ("i always ruin the ending of films", None),
        ("she didnt get the job", None),
        ("my mate got rejected from uni", None),
    ],
)
def test_what_kind_of_hard_words_are_told(text: str, kind: str | None) -> None:
    from bot.listening import SELF_CRITICAL, SETBACK

    told = "setback" if SETBACK.search(text) else None
    told = told or ("self_critical" if SELF_CRITICAL.match(text) else None)
    assert told == kind


def test_more_of_the_story_read_as_a_yes_is_listened_to(someone: TestBot) -> None:
    someone.onboard()
    assert "reply yes" in someone.say("my manager keeps giving me extra work")
    replies = someone.say("and then takes credit for it")
    assert PATTERNS not in replies and "go on" in replies


@pytest.mark.parametrize("said", ["its fine", "whatever its fine", "fingers crossed"])
def test_shrugged_off_to_the_breathing_offer_is_no_yes(someone: TestBot, said: str) -> None:
    someone.onboard()
    assert "reply yes" in someone.say("my friends went out without me")
    replies = someone.say(said)
    assert PATTERNS not in replies and ONE_TO_TEN not in replies
    assert "I'm here" in replies or "I hear you" in replies


def test_how_they_found_out_is_more_of_the_story(someone: TestBot) -> None:
    someone.onboard()
    someone.say("my friends went out without me")
    replies = someone.say("saw it on insta")
    assert "go on" in replies and "How are you feeling today?" not in replies


def test_we_will_see_after_a_setback_is_not_glad(someone: TestBot) -> None:
    someone.onboard()
    someone.say("i think i failed my exam")
    replies = someone.say("we'll see")
    assert "lovely" not in replies and "I hear you" in replies


@pytest.mark.parametrize("said", ["tired", "im tired"])
def test_tired_out_of_the_blue_is_asked_what_from(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "Sorry you're tired" in replies and ONE_TO_TEN not in replies
    replies = someone.say("long day at work")
    assert ONE_TO_TEN not in replies and "I'm listening" in replies


@pytest.mark.parametrize("said", ["im so ugly", "i hate my body", "i hate the way i look"])
def test_harsh_words_about_their_looks_are_met_gently(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "harder on how they look" in replies and ONE_TO_TEN not in replies


def test_why_am_i_so_lazy_is_hard_on_themselves(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("why am i so lazy")
    assert "being really hard on yourself" in replies and ONE_TO_TEN not in replies


def test_a_few_words_more_of_the_story_are_not_the_menu(someone: TestBot) -> None:
    someone.onboard()
    someone.say("so i got dumped")
    replies = someone.say("by text")
    assert "Here's what I can do" not in replies and "go on" in replies


def test_a_small_win_is_celebrated_not_checked_in(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("i got out of bed today. small win")
    assert "well done" in replies and ONE_TO_TEN not in replies


def test_a_mishap_told_as_a_mood_is_an_oh_no(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("ugh my phone screen cracked")
    assert "Oh no" in replies and ONE_TO_TEN not in replies
    replies = someone.say("yeah")
    assert PATTERNS not in replies and ONE_TO_TEN not in replies


@pytest.mark.parametrize("said", ["nobody likes me", "no one ever messages me first"])
def test_nobody_reaching_out_is_heard_as_lonely(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "Feeling that alone is really hard" in replies and ONE_TO_TEN not in replies


def test_wtf_is_wrong_with_me_is_hard_on_themselves(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("wtf is wrong with me")
    assert "being really hard on yourself" in replies and ONE_TO_TEN not in replies


@pytest.mark.parametrize("said", ["my parents are always fighting", "my parents keep arguing"])
def test_rows_that_go_on_at_home_are_listened_to(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "Things with family" in replies and ONE_TO_TEN not in replies


def test_its_fine_now_to_breathing_after_a_panic_attack_is_a_no(someone: TestBot) -> None:
    someone.onboard()
    assert "Reply yes or no" in someone.say("i had a panic attack at work")
    replies = someone.say("its fine now")
    assert PATTERNS not in replies and "another time" in replies


def test_yeah_to_frustration_heard_asks_before_breathing(someone: TestBot) -> None:
    someone.onboard()
    assert "last thing you needed" in someone.say("oh wonderful, my bus was cancelled")
    replies = someone.say("yeah")
    assert PATTERNS not in replies and "Would you like to try the breathing" in replies


def test_no_plans_on_their_birthday_is_met_kindly(someone: TestBot) -> None:
    someone.onboard()
    assert "Doing anything nice?" in someone.say("its my birthday")
    replies = someone.say("nothing really")
    assert "a quiet one can be nice" in replies and "talk it through" not in replies
    assert ONE_TO_TEN not in someone.say("its fine")


@pytest.mark.parametrize(
    ("text", "mild"),
    [("feeling a bit off today", True), ("bored i guess", True), ("im off", False), ("off", False)],
)
def test_what_is_a_mild_feeling(text: str, mild: bool) -> None:
    from bot.listening import MILD

    assert (MILD.match(text) is not None) == mild
