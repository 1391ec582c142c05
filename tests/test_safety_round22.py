"""Round twenty-two of safety, the words: unable to speak with someone in the room."""

from __future__ import annotations

import pytest

from bot import safety_words
from bot.safety_words.everyday import meds_reminder_not_needed


@pytest.mark.parametrize(
    "said",
    [
        "i cant talk hes here",
        "cant talk my dad is here",
        "i cant talk right now my boyfriend is here",
        "hes home i cant call",
        "she'll hear me",
    ],
)
def test_unable_to_speak_with_someone_there(said: str) -> None:
    assert safety_words.cant_speak_now(said)


@pytest.mark.parametrize(
    "said",
    [
        "cant talk rn in class",
        "i cant talk now, i'll text you later",
        "my dad is here for the weekend and its been lovely",
        "can you hear me",
    ],
)
def test_busy_or_glad_is_not_unable_to_speak(said: str) -> None:
    assert not safety_words.cant_speak_now(said)


def test_a_named_person_there_is_abuse_now_too() -> None:
    assert safety_words.abuse_now("cant talk my stepdad is home")


@pytest.mark.parametrize(
    ("said", "what"),
    [
        ("i think i might have a drinking problem", "drink"),
        ("i think im addicted to weed", "weed"),
        ("i think im an alcoholic", "drink"),
        ("ive got a bit of a gambling problem", "gambling"),
        ("im literally addicted to my vape", "vaping"),
    ],
)
def test_a_habit_owned_as_a_problem(said: str, what: str) -> None:
    assert safety_words.habit_owned(said) == what
    assert safety_words.cutting_down(said) == what


@pytest.mark.parametrize(
    "said",
    [
        "im addicted to my phone lol",
        "im so addicted to this show",
        "my dad has a drinking problem",
        "my boyfriend is addicted to weed",
    ],
)
def test_not_a_habit_owned_as_a_problem(said: str) -> None:
    assert safety_words.habit_owned(said) is None


@pytest.mark.parametrize(
    "said",
    [
        "lol my sister is going to strangle me for borrowing her dress",
        "my dad is gonna kill me for crashing the car haha",
        "my mum will murder me when she sees my grades lmao",
    ],
)
def test_a_laughing_threat_over_a_small_thing(said: str) -> None:
    assert safety_words.laughing_threat(said)


@pytest.mark.parametrize(
    "said",
    [
        "my sister is going to strangle me for borrowing her dress",  # not laughing: read as said
        "hes going to kill me for telling you lol",
        "lol he said hes going to kill me when he gets home",
        "hes going to kill me for leaving lol",
    ],
)
def test_not_a_laughing_threat(said: str) -> None:
    assert not safety_words.laughing_threat(said)


@pytest.mark.parametrize(
    "said", ["feeling suicidal about this maths homework lmao", "this is so mid i wanna die"]
)
def test_said_of_a_chore_or_in_slang_is_hyperbole(said: str) -> None:
    assert safety_words.laughing_hyperbole(said)


@pytest.mark.parametrize(
    "said",
    [
        "i wish i could just disappear for a while and go somewhere quiet",
        "i want to disappear to a cabin for a week",
    ],
)
def test_time_away_wished_for(said: str) -> None:
    assert safety_words.wants_a_break(said)


@pytest.mark.parametrize(
    "said",
    [
        "i wish i could disappear for a while and never come back",
        "i want to disappear for a while, i cant do this anymore",
        "i want to disappear forever",
    ],
)
def test_not_only_time_away(said: str) -> None:
    assert not safety_words.wants_a_break(said)


@pytest.mark.parametrize(
    "said", ["I need to shoot my shot with her before the party", "shot my shot and got rejected"]
)
def test_shooting_ones_shot_is_asking_someone_out(said: str) -> None:
    assert safety_words.harmless_only(said)


def test_harsh_words_and_money_taken_by_a_carer_are_more_than_harsh_words() -> None:
    assert (
        safety_words.shouted_at_only("my carer shouts at me and takes money from my purse") is None
    )
    assert safety_words.shouted_at_only("my carer shouts at me") == "home"


@pytest.mark.parametrize(
    "said",
    [
        "my carer takes money from my purse",
        "the agency carer takes money out of my bank account",
    ],
)
def test_money_taken_by_a_carer_is_not_only_property(said: str) -> None:
    assert not safety_words.property_only(said)


def test_money_taken_by_a_flatmate_is_property() -> None:
    assert safety_words.property_only("my flatmate takes money from my wallet")


@pytest.mark.parametrize(
    "said",
    ["my mom's boyfriend hits her and me", "my stepdad hits my mum and me", "he hits us"],
)
def test_someone_else_hurt_and_them_too_is_not_only_someone_else(said: str) -> None:
    assert not safety_words.is_third_party(said)


def test_hits_us_up_is_a_figure_of_speech() -> None:
    assert safety_words.only_an_idiom("my brother hits us up for money all the time")


def test_wanting_to_stay_in_bed_is_worn_down() -> None:
    assert safety_words.worn_down_only("i just want to stay in bed forever")
    assert not safety_words.worn_down_only("i want to stay in bed forever and never wake up")


@pytest.mark.parametrize(
    "said",
    [
        "i have thoughts but no plan",
        "only passive ones",
        "i get the thoughts sometimes",
        "i dont want to die but i dont want to live either",
    ],
)
def test_thoughts_owned_to_the_direct_question(said: str) -> None:
    assert safety_words.THOUGHTS_OWNED.search(said)


@pytest.mark.parametrize(
    "said", ["no, not even passive ones", "no i dont have thoughts", "i have thoughts about work"]
)
def test_thoughts_not_owned(said: str) -> None:
    assert not safety_words.THOUGHTS_OWNED.search(said)


def test_not_that_with_how_they_are() -> None:
    assert safety_words.NOT_THAT.match("not suicidal just depressed")
    assert not safety_words.NOT_THAT.match("im not suicidal but sometimes i wish i wasnt here")


@pytest.mark.parametrize(
    "said",
    [
        "how much benadryl to feel nothing",
        "how many calpol would it take",
        "what dose of sertraline is too much",
        "how many of my mums sleeping pills can i take",
    ],
)
def test_a_deadly_or_borrowed_amount_asked_is_doubtful(said: str) -> None:
    assert safety_words.is_doubtful(said)


@pytest.mark.parametrize(
    "said",
    [
        "how many paracetamol can i take in a day",
        "what dose of sertraline should i start on",
        "how many nytol can i take to sleep",
    ],
)
def test_the_usual_dose_asked_is_not_doubtful(said: str) -> None:
    assert not safety_words.is_doubtful(said)


@pytest.mark.parametrize(
    "said",
    [
        "sorry someone needs me i gotta go",
        "the baby just woke up i need to go",
        "my bus is here i have to go",
        "i have to go, dinner is ready",
    ],
)
def test_called_away_by_everyday_life(said: str) -> None:
    assert safety_words.stepping_away(said)


def test_going_because_he_is_coming_is_not_everyday() -> None:
    assert not safety_words.stepping_away("i have to go, he is coming")


@pytest.mark.parametrize(
    "said",
    ["just woke up feeling like i got hit by a bus", "work at 7. im going to be wrecked"],
)
def test_worn_out_in_figures_of_speech(said: str) -> None:
    assert safety_words.only_an_idiom(said)


def test_a_medicine_reminder_let_go() -> None:
    assert meds_reminder_not_needed("I dont need the meds reminder anymore, I stopped taking them")
    assert not meds_reminder_not_needed("i stopped taking my meds")


@pytest.mark.parametrize(
    "said",
    [
        "he ended it last night after 4 years. i keep hoping hes changed his mind",
        "she ended things with me over text",
    ],
)
def test_a_relationship_ended_by_the_partner(said: str) -> None:
    assert safety_words.ends_a_relationship(said)


def test_a_death_told_beside_it_is_not_a_break_up() -> None:
    assert not safety_words.ends_a_relationship("he ended it last night, he took his own life")


@pytest.mark.parametrize(
    "said", ["can you talk to my mum for me", "could you speak to my teacher for me"]
)
def test_asked_to_talk_to_someone_for_them_is_an_errand(said: str) -> None:
    assert safety_words.an_errand_for_us(said)
