"""Round twenty-three of safety, the words: medicine stopped, something not managed, running
away, a partner's temper, and the usual dose told in other words."""

from __future__ import annotations

import pytest

from bot import safety_words
from bot.safety_words.everyday import cant_manage_it, stopped_own_medicine


@pytest.mark.parametrize(
    "said",
    [
        "i stopped taking my antidepressants",
        "i came off my meds last week",
        "ive stopped my sertraline",
        "im not taking my meds anymore",
        "been off my meds for a week now",
        "i quit my meds cold turkey",
        "im off my adhd meds",
    ],
)
def test_their_own_medicine_stopped(said: str) -> None:
    assert stopped_own_medicine(said)


@pytest.mark.parametrize(
    "said",
    [
        "i stopped taking my insulin",
        "stopped taking my heart tablets",
        "i stopped taking my meds on purpose",
        "i stopped taking my meds because i want to die",
        "i stopped my meds to save them up",
        "i stopped taking my antidepressants and i feel like ending it",
        "i stopped taking my meds so cancel the reminder",
        "my brother stopped his meds",
    ],
)
def test_a_reason_a_life_saving_medicine_or_someone_else_is_not_that(said: str) -> None:
    assert not stopped_own_medicine(said)


@pytest.mark.parametrize(
    "said",
    [
        "i just dont know why i cant do it",
        "i dont know why i cant pass",
        "why cant i pass my driving test",
        "i failed again, why cant i just do it",
        "i dont understand why i cant focus",
        "why can't i get it right ffs",
    ],
)
def test_something_not_managed(said: str) -> None:
    assert cant_manage_it(said)


@pytest.mark.parametrize(
    "said",
    [
        "i dont know why i cant do it anymore",
        "i failed, i dont know why i cant go on",
        "why cant i just die",
        "i dont know why i cant kill myself",
    ],
)
def test_a_life_not_managed_is_never_that(said: str) -> None:
    assert not cant_manage_it(said)


@pytest.mark.parametrize(
    "said",
    [
        "im 14 and i want to run away",
        "i want to run away",
        "im thinking of running away from home",
        "im gonna run away tonight",
        "i'm 15 and i'm planning to run away",
        "ive packed a bag to run away",
    ],
)
def test_running_away(said: str) -> None:
    assert safety_words.runs_away(said)


@pytest.mark.parametrize(
    "said",
    [
        "i want to run away and die",
        "i want to run away from my dad he hits me",
        "my son wants to run away",
        "i want to run away and never come back",
    ],
)
def test_harm_someone_else_or_more_is_not_only_running_away(said: str) -> None:
    assert not safety_words.runs_away(said)


@pytest.mark.parametrize(
    "said",
    ["my boyfriend gets really angry", "my wife has a temper", "my husband loses his temper"],
)
def test_a_partners_temper(said: str) -> None:
    assert safety_words.partner_temper_only(said)


@pytest.mark.parametrize(
    "said",
    [
        "my boyfriend gets really angry and hits me",
        "my wife has a temper and checks my phone",
        "my husband gets angry and im scared",
        "my boss has a temper",
    ],
)
def test_force_control_fear_or_no_partner_is_not_only_a_temper(said: str) -> None:
    assert not safety_words.partner_temper_only(said)


@pytest.mark.parametrize(
    "said",
    [
        "just the ones i always take",
        "the ones i normally take",
        "same as always",
        "just my morning ones",
        "only 2",
        "what the doctor said",
        "what im supposed to",
    ],
)
def test_the_usual_dose_in_other_words(said: str) -> None:
    assert safety_words.USUAL_DOSE.search(said)


@pytest.mark.parametrize(
    "said", ["just 2 packets", "only one box", "just one strip", "all of them", "like 20"]
)
def test_packets_boxes_or_all_are_not_the_usual_dose(said: str) -> None:
    assert not safety_words.USUAL_DOSE.search(said)


@pytest.mark.parametrize(
    ("said", "owned"),
    [
        ("i have thoughts about leaving him", False),
        ("i get thoughts about work", False),
        ("i have thoughts of ending it", True),
        ("i have thoughts sometimes", True),
        ("i keep having thoughts about dying", True),
        ("just thoughts of not waking up", True),
    ],
)
def test_thoughts_owned_are_thoughts_of_harm(said: str, owned: bool) -> None:
    assert bool(safety_words.THOUGHTS_OWNED.search(said)) is owned


@pytest.mark.parametrize(
    ("said", "here"),
    [
        ("still here", True),
        ("im still alive i guess", True),
        ("hanging in there", True),
        ("still here waiting for the bus lol, what time is it", False),
        ("i'm still here at work", False),
    ],
)
def test_still_here_alone(said: str, here: bool) -> None:
    assert bool(safety_words.STILL_HERE.match(said)) is here


@pytest.mark.parametrize(("said", "answer"), [("no one cares", None), ("no", "no")])
def test_no_one_told_is_not_a_no(said: str, answer: str | None) -> None:
    assert safety_words.answer_of(said, "deny") == answer


@pytest.mark.parametrize(
    ("said", "found"),
    [
        ("i think my daughter is self harming", True),
        ("worried my son has been cutting himself", True),
        ("my daughter might be self-harming", True),
        ("my daughter is cutting her hair short", False),
        ("my son is hurting my feelings", False),
    ],
)
def test_self_harm_feared_in_their_child(said: str, found: bool) -> None:
    assert bool(safety_words.OTHER_HURT.search(said)) is found


@pytest.mark.parametrize(
    ("said", "dark"),
    [
        ("my mate posted something dark on insta", True),
        ("my sister sent me a message that sounded like a goodbye", True),
        ("she posted something really worrying", True),
        ("my friend posted a dark photo edit lol", False),
        ("i posted something dark on insta", False),
    ],
)
def test_something_dark_posted_by_someone_else(said: str, dark: bool) -> None:
    assert bool(safety_words.DARK_POST.search(said)) is dark


@pytest.mark.parametrize(
    ("said", "aimed"),
    [
        ("kys", True),
        ("go kill yourself", True),
        ("go die in a hole", True),
        ("my sister told me to kys", False),
        ("don't kill yourself at the gym tomorrow", False),
        ("drop dead gorgeous", False),
        ("i want to die", False),
    ],
)
def test_told_to_die_at_us(said: str, aimed: bool) -> None:
    assert safety_words.tells_us_to_die(said) is aimed


@pytest.mark.parametrize(
    "said",
    [
        "i'm cutting back on sugar",
        "i hanged the picture in the hallway",
        "i want to end this call",
        "i slit the envelope open",
    ],
)
def test_risk_words_in_harmless_phrases(said: str) -> None:
    assert safety_words.harmless_only(said)


@pytest.mark.parametrize(
    "said",
    [
        "i want to hang myself",
        "i hung the picture and then cut myself",
        "i want to end this call and end it all",
        "i slit the envelope open then my wrists",
    ],
)
def test_harm_beside_a_harmless_phrase_is_not_set_aside(said: str) -> None:
    assert not safety_words.harmless_only(said)


def test_murder_me_is_a_figure_unless_a_threat_is_told() -> None:
    assert safety_words.kill_me_as_a_figure("my sister will murder me if i'm late")
    assert not safety_words.kill_me_as_a_figure("he's going to murder me when he gets home")


@pytest.mark.parametrize(
    ("said", "lang"),
    [
        ("merhaba nasılsın", "tr"),
        ("çok üzgünüm", "tr"),
        ("i love kebab", None),
        ("ben and jerrys", None),
    ],
)
def test_turkish_is_known(said: str, lang: str | None) -> None:
    from bot.languages import written_in

    assert written_in(said) == lang


@pytest.mark.parametrize(
    "said", ["ölmek istiyorum", "ich will sterben", "voglio morire", "ich bring mich um"]
)
def test_a_wish_to_die_in_turkish_german_or_italian_is_told(said: str) -> None:
    assert safety_words.crisis_kind(said) == "suicidal"


@pytest.mark.parametrize("said", ["ich will schlafen", "merhaba nasılsın", "voglio mangiare"])
def test_everyday_words_in_those_languages_are_not(said: str) -> None:
    assert safety_words.crisis_kind(said) is None
