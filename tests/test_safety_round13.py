"""Words for crisis told indirectly, about someone else, or after the answer (round 13)."""

from __future__ import annotations

import pytest

from bot import safety_words
from bot.safety_words.answers import MEDICINE_ASKED


@pytest.mark.parametrize(
    "text",
    [
        "hi, my 16 year old has been posting stuff online about not wanting to be here anymore",
        "my dad (78) said he's got his affairs in order and wont be a burden much longer",
        "my friend showed me her cuts and made me promise not to tell anyone",
        "my wife's been drinking all day and says she's going to drive off and not come back",
        "i think my ex is hurting our kid, she came back with bruises",
        "my teenager keeps talking about not wanting to be alive",
    ],
)
def test_worry_for_someone_else_told_indirectly(text: str) -> None:
    assert safety_words.is_third_party(text)


@pytest.mark.parametrize(
    "text",
    [
        "he's going to hurt my kids",  # a threat to them: their own danger
        "i'm scared i'll hurt my baby",
        "she threatens to hurt my children if i tell anyone",
        "my husband died 8 months ago and i've been putting my affairs in order",
        "my 16 year old self would have wanted to die seeing this",
        "my dad is driving off to spain and not coming back till june",
    ],
)
def test_not_someone_else_at_risk(text: str) -> None:
    assert not safety_words.is_third_party(text)


@pytest.mark.parametrize(
    "text", ["well maybe sometimes", "on and off tbh", "sometimes", "honestly now and then"]
)
def test_how_often_takes_a_no_back(text: str) -> None:
    assert safety_words.SOMETIMES_BACK.match(text)


@pytest.mark.parametrize("text", ["maybe", "yes please", "sometimes i go for a run"])
def test_not_how_often(text: str) -> None:
    assert not safety_words.SOMETIMES_BACK.match(text)


@pytest.mark.parametrize(
    "text",
    [
        "i already called 999 theyre on their way",
        "my flatmate rang an ambulance, its coming",
        "the ambulance is 10 minutes away",
    ],
)
def test_help_on_its_way(text: str) -> None:
    assert safety_words.HELP_COMING.search(text)


@pytest.mark.parametrize(
    "text",
    ["they're coming to get me", "theyre on their way to get me", "my dad is coming home"],
)
def test_not_help_on_its_way(text: str) -> None:
    assert not safety_words.HELP_COMING.search(text)


@pytest.mark.parametrize(
    "text",
    ["im ok now honestly, it was just a bad moment", "sorry im fine now", "the urge has passed"],
)
def test_ok_again(text: str) -> None:
    assert safety_words.OK_AGAIN.search(text)


@pytest.mark.parametrize(
    "text", ["im not ok now", "ignore me im going to do it anyway", "i was fine till now"]
)
def test_not_ok_again(text: str) -> None:
    assert not safety_words.OK_AGAIN.search(text)


@pytest.mark.parametrize(
    "text",
    ["she said she has pills", "he says hes got a stash of tablets saved up"],
)
def test_their_means_told_is_danger_now(text: str) -> None:
    assert safety_words.other_in_danger_now(text)


def test_their_usual_medicine_is_not() -> None:
    assert not safety_words.other_in_danger_now("she said she has pills from her doctor")


@pytest.mark.parametrize(
    "text",
    [
        "my gf has been self harming again and she wont let me help",
        "my mate keeps saying hes gonna top himself, idk if hes joking",
        "my bro is gonna off himself i swear",
    ],
)
def test_more_ways_to_name_them(text: str) -> None:
    assert safety_words.is_third_party(text)


@pytest.mark.parametrize(
    "text", ["my gf dumped me and ive been cutting again", "my sis annoys me i wanna top myself"]
)
def test_their_own_beside_a_girlfriend_or_sister(text: str) -> None:
    assert not safety_words.is_third_party(text)


def test_a_childs_age_is_not_the_writers() -> None:
    assert not safety_words.says_young("my 8 year old just told me his uncle touches him")
    assert safety_words.says_young("15 yo and my dad hits me")


@pytest.mark.parametrize(
    "text",
    [
        "hes outside the door and says he'll kill me if i dont open it",
        "she says shell kill me if i dont come home",
        "hes at the front door rn",
    ],
)
def test_abuse_happening_now(text: str) -> None:
    assert safety_words.abuse_now(text)


def test_a_threat_about_grades_is_not_now() -> None:
    assert not safety_words.abuse_now("my dad said he would kill me if i failed")


def test_a_goodbye_with_the_means_is_danger_now() -> None:
    assert safety_words.other_in_danger_now(
        "omg my bestie just sent me a pic of pills and said bye"
    )
    assert not safety_words.other_in_danger_now("she sent me a pic of her puppy and said bye")


def test_wanting_to_join_someone_who_died() -> None:
    assert safety_words.is_third_party("my nan keeps saying she wants to go be with grandad")
    assert not safety_words.is_third_party("my son wants to be with his dad this weekend")


@pytest.mark.parametrize(
    "text",
    [
        "does sertraline make it worse",
        "should i stop taking my meds",
        "can antidepressants cause suicidal thoughts",
    ],
)
def test_a_medicine_asked_about(text: str) -> None:
    assert MEDICINE_ASKED.search(text)


@pytest.mark.parametrize(
    "text",
    ["should i take all my meds", "does picking the scab make it worse", "is it worse at night"],
)
def test_not_a_medicine_asked_about(text: str) -> None:
    assert not MEDICINE_ASKED.search(text)


@pytest.mark.parametrize(
    "text", ["hes really sorry, is that abuse", "does that count as abuse", "is this normal"]
)
def test_asks_if_abuse(text: str) -> None:
    assert safety_words.asks_if_abuse(text)


@pytest.mark.parametrize(
    "text", ["shes still saying it", "update: he's doing it again", "she is still not eating"]
)
def test_still_them_later(text: str) -> None:
    assert safety_words.still_them_later(text)


@pytest.mark.parametrize("text", ["im still sad", "still no reply from the gp"])
def test_not_still_them_later(text: str) -> None:
    assert not safety_words.still_them_later(text)


@pytest.mark.parametrize(
    "text",
    [
        "my mums bf be hitting me n my lil bro when shes out",
        "mum's boyfriend kicked me in the ribs and now it hurts to breathe in",
    ],
)
def test_a_parents_partner_hurting_them(text: str) -> None:
    assert safety_words.hurt_by_parent(text)


@pytest.mark.parametrize(
    "text", ["my mum's boyfriend hits my mum", "my best friend's mum's boyfriend keeps hitting me"]
)
def test_not_a_parents_partner_hurting_them(text: str) -> None:
    assert not safety_words.hurt_by_parent(text)
