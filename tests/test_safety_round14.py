"""Words for crisis told late, briefly, or as a question back (round 14)."""

from __future__ import annotations

import pytest

from bot import safety_words
from bot.safety_words.answers import ASKED_BACK, NO_THEN_YES


@pytest.mark.parametrize(
    "text",
    [
        "cant talk. hes hitting me",
        "my husband is beating me, he has machete",
        "he is choking me",
        "they are hitting me rn",
        "my stepdad's punching me",
    ],
)
def test_hurt_as_they_write_is_happening_now(text: str) -> None:
    assert safety_words.abuse_now(text)


@pytest.mark.parametrize(
    "text",
    [
        "hes been hitting me for years",
        "shes hitting me up later",
        "he's beating me at fifa",
        "my dad beat me",
        "he keeps hitting me when hes drunk",
    ],
)
def test_abuse_told_of_or_everyday_words_are_not_happening_now(text: str) -> None:
    assert not safety_words.abuse_now(text)


@pytest.mark.parametrize(
    "text",
    [
        "what if i was",
        "and if i am?",
        "would it matter",
        "so what if i am",
        "what would you do if i said yes",
        "would anyone even care",
        "hmm what if i did",
    ],
)
def test_a_question_back_to_the_direct_question(text: str) -> None:
    assert ASKED_BACK.match(text)


@pytest.mark.parametrize(
    "text", ["what if i try the breathing", "no", "would you like to hear about my day"]
)
def test_other_questions_are_not_a_question_back(text: str) -> None:
    assert not ASKED_BACK.match(text)


@pytest.mark.parametrize("text", ["no... yes", "no wait yes", "nah... maybe", "no, yes please"])
def test_a_no_corrected_to_a_yes(text: str) -> None:
    assert NO_THEN_YES.match(text)


@pytest.mark.parametrize("text", ["no", "no thanks", "no, im ok", "no not really", "nope"])
def test_a_plain_no_is_not_corrected(text: str) -> None:
    assert not NO_THEN_YES.match(text)


@pytest.mark.parametrize(
    "text",
    [
        "good, glad im sorted. written letters for everyone",
        "cheers for the reminders mate, wont be needing them after friday tho",
        "wont be needing the reminders after sunday",
        "i won't need my meds much longer",
    ],
)
def test_a_veiled_goodbye_told_in_passing_is_doubtful(text: str) -> None:
    assert safety_words.is_doubtful(text)


@pytest.mark.parametrize(
    "text",
    [
        "written christmas letters for everyone",
        "i wont need my notes after friday",
        "wont be needing the reminders anymore, feeling much better",
    ],
)
def test_everyday_letters_and_reminders_are_not_doubtful(text: str) -> None:
    assert not safety_words.is_doubtful(text)


@pytest.mark.parametrize("text", ["pls help hes got a knife", "shes got a knife", "he has machete"])
def test_a_weapon_in_his_hands_is_not_theirs_to_put_down(text: str) -> None:
    assert safety_words.means_named(text) is None
    assert safety_words.abuse_now(text)


@pytest.mark.parametrize("text", ["ive got a knife", "i have a knife in my hand"])
def test_their_own_knife_is_still_a_means(text: str) -> None:
    assert safety_words.means_named(text) == "blade"


def test_a_weapon_held_in_the_past_is_not_happening_now() -> None:
    assert not safety_words.abuse_now("he had a knife last year")


@pytest.mark.parametrize(
    "text",
    [
        "ah sure look it's been a week. the car failed the NCT, the dog got sick, mam's in "
        "hospital again. honestly i've been up at the cliffs most evenings just looking down and "
        "thinking how easy it would be. anyway ma's home friday so that's something. what's a "
        "good breathing one for before bed",
        "stood at the edge of the platform thinking how easy it'd be to step off",
        "thinking how easy it would be to just let go",
        "sat on the roof thinking how easy it would be tbh",
    ],
)
def test_how_easy_it_would_be_at_a_height_is_a_crisis(text: str) -> None:
    assert safety_words.crisis_kind(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "you would not believe how easy it would be to set up",
        "i was on the balcony thinking how easy it would be to grow tomatoes here",
        "how easy would it be to learn to swim at 40",
    ],
)
def test_how_easy_it_would_be_to_do_something_else_is_not(text: str) -> None:
    assert safety_words.crisis_kind(text) is None


@pytest.mark.parametrize(
    "text", ["oh ya totally gonna do it tonight lol jk... unless?", "gonna end it lmao jk unless"]
)
def test_a_plan_laughed_off_and_left_open_is_doubtful(text: str) -> None:
    assert safety_words.is_doubtful(text)


def test_jk_unless_about_something_else_is_not_doubtful() -> None:
    assert not safety_words.is_doubtful("we should get married lol jk... unless?")


@pytest.mark.parametrize("text", ["💊💊💊💊💊 🥂 bye", "💊💊💊 👋", "bye everyone 💊💊"])
def test_pills_and_a_goodbye_in_emoji_is_a_crisis(text: str) -> None:
    # they may have taken them: the danger answer, with the emergency number first
    assert safety_words.crisis_kind(text) == "danger"


def test_pills_emoji_with_a_goodnight_after_meds_is_not_crisis_words() -> None:
    assert safety_words.crisis_kind("💊💊 took my meds, night night") is None


def test_painkillers_and_bye_bye_pain_is_not_a_goodbye_in_emoji() -> None:
    assert safety_words.crisis_kind("💊💊 done for the day, bye bye pain") is None


def test_jk_unless_followed_by_something_else_is_not_doubtful() -> None:
    text = "lol ill just do it tomorrow jk... unless you want to help me with the essay"
    assert not safety_words.is_doubtful(text)
