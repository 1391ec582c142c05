"""Whose risk a message tells: their own thoughts, harm and plans beside other people in the
story are theirs, not worry for someone else; a weapon in someone else's hands is not a means
of their own; and a break-in told through what they hear is a break-in."""

from __future__ import annotations

import pytest

from bot import intruder, safety_words

THEIR_OWN = [
    "posting here cos my mates follow my insta. i've been having suicidal thoughts since summer",
    "i'm a dad of three and i self harm, nobody knows",
    "my girlfriend thinks im fine but ive been cutting again for weeks",
    "told my mum about the cutting last month. i cut again tonight",
    "my parents are so proud of me and i have decided i will jump tomorrow",
    "i keep writing goodbye letters to my kids then ripping them up",
    "my therapist said its self harm, the way i starve myself when im stressed",
    "my brother doesnt know ive been looking up ways to do it",
    "my dad tried to kill himself when i was little. now im 30 and i feel the same",
]

WORRIED_FOR_THEM = [
    "my friend says she's been having suicidal thoughts, how do i help her",
    "my son self harms, what do i do",
    "my sister has been cutting herself again",
    "my mate keeps saying he'll jump off the bridge tonight",
    "my wife has taken an overdose",
]


@pytest.mark.parametrize("text", THEIR_OWN)
def test_their_own_risk_is_not_worry_for_someone_else(text: str) -> None:
    assert not safety_words.is_third_party(text)


@pytest.mark.parametrize("text", WORRIED_FOR_THEM)
def test_worry_for_someone_else_is_still_heard_as_worry(text: str) -> None:
    assert safety_words.is_third_party(text)


def test_someone_taking_the_kids_away_is_not_an_overdose() -> None:
    assert not safety_words.is_third_party("my wife has taken the kids to her mums and i cant cope")


@pytest.mark.parametrize(
    "text",
    [
        "my flatmate has a knife and is shouting, ive locked myself in the bathroom",
        "he came at me with a knife last night",
        "my ex has got a gun and keeps driving past",
    ],
)
def test_a_weapon_in_someone_elses_hands_is_not_theirs_to_put_down(text: str) -> None:
    assert safety_words.means_named(text) is None


@pytest.mark.parametrize(
    "text", ["ive got a knife in my hand", "i have a knife", "got the razor blades out"]
)
def test_their_own_blade_is_still_named(text: str) -> None:
    assert safety_words.means_named(text) == "blade"


@pytest.mark.parametrize(
    "text",
    [
        "somebody's just smashed the back window and i can hear them downstairs",
        "its 2am and i can hear someone trying the front door",
        "someone has kicked in our door",
    ],
)
def test_a_break_in_told_through_what_they_hear_is_a_break_in(text: str) -> None:
    assert intruder.sign_of(text) == "intruder"


@pytest.mark.parametrize(
    "text",
    [
        "no need to worry about me after friday",
        "you won't have to worry about me much longer",
        "nobody will need to worry about me after this weekend",
    ],
)
def test_no_more_worry_after_a_day_is_asked_about(text: str) -> None:
    assert safety_words.is_doubtful(text)


@pytest.mark.parametrize(
    "text", ["no need to worry about me, im fine", "dont worry about me, i'll get a taxi home"]
)
def test_plain_reassurance_is_not_asked_about(text: str) -> None:
    assert not safety_words.is_doubtful(text)


def test_jumping_into_something_beside_worry_for_a_friend_stays_worry() -> None:
    assert safety_words.is_third_party(
        "my friend says she wants to kill herself, i'll jump on a call with her later"
    )


def test_asking_how_to_know_about_themselves_is_not_help_for_someone_else() -> None:
    from bot.safety_words.others import _HOW_TO_HELP

    assert _HOW_TO_HELP.search("how do i know if im suicidal") is None
    assert _HOW_TO_HELP.search("how to support a suicidal teenager") is not None
