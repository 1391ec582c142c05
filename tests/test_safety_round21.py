"""Round twenty-one of safety words: the world felt as unreal is derealisation, met with
grounding, unless harm, doubt, a loss, good news or someone else is in it; a deadly amount of
a medicine looked up or asked is asked about directly (the safe dose is not); a reason for
asking ("its for a school project") tells us we read it wrong."""

from __future__ import annotations

import pytest

from bot import safety_words
from bot.safety_words.answers import misread_told
from bot.safety_words.lived import feels_unreal


@pytest.mark.parametrize(
    "said",
    [
        "nothing feels real right now and im scared",
        "everything feels unreal and im freaking out",
        "i feel like im not in my body and it scares me",
        "i feel detached from everything like im watching a movie",
        "i feel like im watching my life through a screen",
        "i dont feel real",
        "I think I'm having derealisation again",
    ],
)
def test_the_world_felt_as_unreal_is_its_own_topic(said: str) -> None:
    assert feels_unreal(said)
    assert safety_words.lived_topics(said) == ["unreal"]


@pytest.mark.parametrize(
    "said",
    [
        "it still doesnt feel real that we won the league",
        "the view from the top was unreal",
        "nothing feels real since mum died",
        "nothing feels real and i dont want to be here anymore",
        "i feel like im not real and i want to disappear",
        "my girlfriend says nothing feels real to her",
        "the cravings are unreal",
        "nothing feels real and i keep cutting to feel something",
    ],
)
def test_unreal_as_good_news_grief_harm_or_someone_else_is_not(said: str) -> None:
    assert not feels_unreal(said)


@pytest.mark.parametrize(
    "said",
    [
        "i keep looking up how many tylenol it takes",
        "how much paracetamol would kill you",
        "whats a lethal dose of sertraline",
        "how many pills does it take to die",
        "how many of my sleeping pills would it take",
    ],
)
def test_a_deadly_amount_looked_up_is_doubtful(said: str) -> None:
    assert safety_words.is_doubtful(said)


@pytest.mark.parametrize(
    "said",
    [
        "how many paracetamol can i take in a day",
        "how many ibuprofen can i take for a headache",
        "how much melatonin should i take",
        "how many tries it takes to pass the driving test",
    ],
)
def test_the_safe_dose_asked_is_not(said: str) -> None:
    assert not safety_words.is_doubtful(said)


@pytest.mark.parametrize(
    "said",
    ["no, its for a school project", "nah i was asking for my psychology essay", "no just curious"],
)
def test_a_reason_for_asking_is_a_misreading(said: str) -> None:
    assert misread_told(said)


@pytest.mark.parametrize(
    "said",
    ["i'm in a really dark place right now", "been in a dark place for weeks"],
)
def test_a_dark_place_now_is_doubtful(said: str) -> None:
    assert safety_words.is_doubtful(said)


@pytest.mark.parametrize(
    "said",
    [
        "i was in a dark place last year but im doing better now",
        "five years ago i was in a really dark place, i had a plan",
        "not in a dark place or anything, just so sad",
        "my best mate is in a really dark place",
        "the cave was a dark place",
    ],
)
def test_a_dark_place_climbed_out_of_denied_or_someone_elses_is_not(said: str) -> None:
    assert not safety_words.is_doubtful(said)


@pytest.mark.parametrize(
    "said",
    [
        "can you call 999 for me",
        "please call an ambulance",
        "ring the police for me",
        "can u get me an ambulance",
    ],
)
def test_asked_to_call_for_them(said: str) -> None:
    assert safety_words.asks_us_to_call(said)


@pytest.mark.parametrize(
    "said", ["i called 999 last night", "should i call an ambulance for my dad", "call me later"]
)
def test_not_asked_to_call_for_them(said: str) -> None:
    assert not safety_words.asks_us_to_call(said)


@pytest.mark.parametrize("said", ["i cant talk he's here", "hes home i cant call"])
def test_unable_to_speak_with_him_there_is_abuse_now(said: str) -> None:
    assert safety_words.abuse_now(said)


def test_unable_to_speak_later_is_not_abuse_now() -> None:
    assert not safety_words.abuse_now("i cant talk now, i'll text you later")


@pytest.mark.parametrize(
    "said",
    ["cant talk rn in class", "busy atm ttyl", "in a meeting, will text later"],
)
def test_busy_this_minute(said: str) -> None:
    assert safety_words.busy_right_now(said)


@pytest.mark.parametrize(
    "said", ["i cant talk he's here", "cant talk my dad is here", "busy wanting to die tbh"]
)
def test_not_busy_this_minute(said: str) -> None:
    assert not safety_words.busy_right_now(said)


@pytest.mark.parametrize(
    "said",
    [
        "i'm thinking about ending things with my boyfriend",
        "im gonna end it with her tonight",
        "breaking up with him tomorrow, wish me luck",
        "i ended things with my gf last night and i feel awful",
    ],
)
def test_ending_a_relationship_is_told_plainly(said: str) -> None:
    assert safety_words.ends_a_relationship(said)


@pytest.mark.parametrize(
    "said",
    [
        "im going to end it with the pills tonight",
        "i'm going to end it with them, i have the rope",
        "i ended it with him and now i want to die",
        "thinking of leaving my husband, he hits me",
        "i want to leave him but im scared of what he'll do",
        "bf says the pics i sent him will be all over the group chat if i ever dump him",
        "my girlfriend said she'll post my nudes everywhere if i break up with her",
    ],
)
def test_ending_it_with_a_means_a_harm_or_a_threat_is_not(said: str) -> None:
    assert not safety_words.ends_a_relationship(said)


@pytest.mark.parametrize(
    "said",
    ["im literally gonna kms if this lecture doesnt end", "im gonna kms if this queue doesnt move"],
)
def test_kms_hung_on_a_chore_is_said_lightly(said: str) -> None:
    assert safety_words.laughing_hyperbole(said)


@pytest.mark.parametrize(
    "said",
    [
        "im going to kill myself if i fail this exam",
        "i will kill myself if he leaves me",
        "gonna kms tonight",
    ],
)
def test_kms_hung_on_a_loss_or_a_time_is_not(said: str) -> None:
    assert not safety_words.laughing_hyperbole(said)


@pytest.mark.parametrize(
    "said",
    [
        "i want to die my hair pink",
        "gonna die it blue this weekend",
        "he choked on his food but hes fine now",
        "i bled through my jeans at school so embarrassing",
    ],
)
def test_dye_food_gone_down_the_wrong_way_and_a_period_are_not_a_crisis(said: str) -> None:
    assert safety_words.crisis_kind(said) is None
    assert safety_words.harmless_only(said)


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("he choked me and then choked on his drink", "abuse"),
        ("i want to die, my hair is falling out", "suicidal"),
    ],
)
def test_beside_a_harm_the_wording_still_counts(said: str, kind: str) -> None:
    assert safety_words.crisis_kind(said) == kind


@pytest.mark.parametrize(
    "said", ["just leave me alone like everyone else does", "everyone leaves me in the end"]
)
def test_left_by_everyone_is_worn_down(said: str) -> None:
    assert safety_words.worn_down_only(said)


def test_left_by_everyone_with_a_wish_to_die_is_not_only_worn_down() -> None:
    assert not safety_words.worn_down_only("everyone leaves me, i want to die")


@pytest.mark.parametrize(
    "said", ["she told me no one would believe me", "he says nobody will believe me"]
)
def test_told_no_one_would_believe_them_is_abuse(said: str) -> None:
    assert safety_words.crisis_kind(said) == "abuse"


def test_money_taken_by_a_carer_who_shouts_is_not_property_only() -> None:
    assert not safety_words.property_only("my carer shouts at me and takes my money")
    assert not safety_words.property_only("my carer keeps taking my money")
    assert safety_words.property_only("my flatmate steals my food")
