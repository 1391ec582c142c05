"""Round nineteen of safety words: the body in trouble ("my chest is on fire", "i think im going
to pass out") is met as a body, with the emergency number first, unless something taken, a
wound or a blow is beside it; a partner's jealousy alone is asked about gently; fear of a
partner is abuse told in words."""

from __future__ import annotations

import pytest

from bot import safety_words
from bot.emergency import sign_of


@pytest.mark.parametrize(
    ("said", "body"),
    [
        ("my chest is on fire", "chest"),
        ("my chest hurts", "chest"),
        ("i have a pain in my chest", "chest"),
        ("chest pains all day", "chest"),
        ("my chest is really tight and i cant breathe", "chest"),
        ("i think im going to pass out", "faint"),
        ("i feel like im going to pass out, cant stop shaking", "faint"),
        ("feeling really faint rn", "faint"),
        ("i feel dizzy and faint", "faint"),
    ],
)
def test_the_body_in_trouble_is_told(said: str, body: str) -> None:
    assert safety_words.body_in_trouble(said) == body
    assert sign_of(said) == f"body_{body}"


@pytest.mark.parametrize(
    "said",
    [
        # something taken, a wound or a blow: the crisis answer, not first aid for a body
        "i think im going to pass out from all the pills i took",
        "feel faint after taking loads of tablets",
        "my chest hurts where he kicked me",
        "i cut too deep and i feel faint",
        "i want to die and my chest hurts",
        # a figure, a cause, or someone else
        "i need to get this off my chest",
        "my chest hurts from crying",
        "heartburn is killing me my chest is on fire",
        "so tired i could pass out lol",
        "im gonna pass out on the sofa",
        "my mum has chest pains",
        "my chest feels tight with anxiety",
        "my chest is tight, help me breathe",
    ],
)
def test_not_the_body_alone(said: str) -> None:
    assert safety_words.body_in_trouble(said) is None


def test_a_heart_attack_keeps_its_own_answer() -> None:
    assert sign_of("my chest hurts and my left arm is numb") == "heart"


@pytest.mark.parametrize(
    "said",
    [
        "my boyfriend gets jealous when i go out",
        "my gf is so jealous of my friends",
        "my husband can be a bit possessive",
    ],
)
def test_a_partners_jealousy_alone(said: str) -> None:
    assert safety_words.jealous_partner_only(said)


@pytest.mark.parametrize(
    "said",
    [
        "my husband gets jealous and checks my phone",
        "my boyfriend gets jealous and wont let me go out",
        "my boyfriend gets jealous and hits me",
        "my girlfriend is jealous and i'm scared of her",
        "my boyfriend is so jealous he tracks my location",
    ],
)
def test_jealousy_with_control_or_fear_is_not_alone(said: str) -> None:
    assert not safety_words.jealous_partner_only(said)


@pytest.mark.parametrize(
    "said",
    [
        "i'm scared of my boyfriend",
        "my husband scares me",
        "my boyfriend is really possessive and i'm scared of him",
        "im terrified of my partner",
    ],
)
def test_fear_of_a_partner_is_abuse_in_words(said: str) -> None:
    assert safety_words.crisis_kind(said) == "abuse"


@pytest.mark.parametrize(
    "said",
    [
        "my boyfriend has cancer and im scared of losing him",
        "my wife is pregnant and im scared of her finding out about my debt",
    ],
)
def test_fear_for_a_partner_is_not(said: str) -> None:
    assert safety_words.crisis_kind(said) is None


@pytest.mark.parametrize(
    "said",
    [
        "i dont want to talk to a person",
        "no i dont need anyone",
        "please dont get a human",
        "i really dont want to speak to someone",
        "no person",
    ],
)
def test_a_person_declined_in_words_is_never_a_handover(said: str) -> None:
    from bot.routing import keyword_action

    assert safety_words.declines_a_person(said)
    assert keyword_action(said) != "action_handover"


@pytest.mark.parametrize(
    "said",
    [
        "i want to talk to a person",
        "can i talk to someone",
        "i dont know if i want to talk to someone",
        "i dont want to be alone can someone talk to me",
        "i dont have anyone to talk to",
    ],
)
def test_a_person_wanted_or_wondered_about_is_not_declined(said: str) -> None:
    assert not safety_words.declines_a_person(said)


@pytest.mark.parametrize(
    "said", ["not really", "not great tbh", "bad", "honestly struggling", "not doing well"]
)
def test_not_good_said_briefly(said: str) -> None:
    assert safety_words.NOT_GOOD.match(said)


@pytest.mark.parametrize("said", ["ok i guess", "not bad actually", "not really sure what to say"])
def test_not_not_good(said: str) -> None:
    assert not safety_words.NOT_GOOD.match(said)


@pytest.mark.parametrize(
    "said",
    [
        "my ex posted my nudes online",
        "he shared our sex tape with his mates",
        "she leaked my nudes to the group chat",
    ],
)
def test_intimate_pictures_already_shared_are_image_abuse(said: str) -> None:
    assert safety_words.pressed_for_pictures(said)


@pytest.mark.parametrize(
    "said",
    [
        "i havent slept in 3 days and my thoughts are racing, i feel invincible",
        "not slept for days, so much energy, i spent all my savings yesterday",
    ],
)
def test_days_without_sleep_and_a_mood_going_high_need_a_doctor(said: str) -> None:
    assert safety_words.needs_a_doctor_now(said) == "high"


@pytest.mark.parametrize(
    "said",
    ["havent slept for 2 days cos of my newborn, so tired", "i feel invincible after that run"],
)
def test_tiredness_or_a_good_run_alone_is_not(said: str) -> None:
    assert safety_words.needs_a_doctor_now(said) is None


@pytest.mark.parametrize(
    "said",
    [
        "and the landlord wont fix the boiler",
        "and he leaves dishes for days",
        "she gave me detention for nothing",
        "she doesnt get how much pressure i have",
        "my so called best friend told everyone my secret",
        "sorry this is a lot",
    ],
)
def test_everyday_grumbles(said: str) -> None:
    assert safety_words.everyday_grumble(said)


@pytest.mark.parametrize(
    "said",
    [
        "he doesnt care what im going through, he hits me anyway",
        "she gave me detention and i want to kill myself",
        "sorry this is a lot, i took all my pills",
    ],
)
def test_a_grumble_with_harm_beside_it_is_not(said: str) -> None:
    assert not safety_words.everyday_grumble(said)


@pytest.mark.parametrize(
    "said",
    [
        "honestly just one thing after another",
        "sorry my english bad. i am from syria. i have nobody to talk",
        "im so lonely here",
    ],
)
def test_worn_down_or_lonely_alone(said: str) -> None:
    assert safety_words.worn_down_only(said)


@pytest.mark.parametrize(
    "said",
    [
        "i have nobody to talk to and i want to die",
        "one thing after another, i just want it all to end",
    ],
)
def test_worn_down_with_a_wish_to_die_is_not(said: str) -> None:
    assert not safety_words.worn_down_only(said)


@pytest.mark.parametrize(
    "said", ["my mum checks on me every day", "my mum keeps checking up on me"]
)
def test_a_parent_checking_on_them_is_asked_about_gently(said: str) -> None:
    assert safety_words.contacts_a_lot_only(said)


def test_shouted_at_in_front_of_the_team_is_work() -> None:
    said = "he shouted at me in front of the whole team over something that wasnt even my fault"
    assert safety_words.shouted_at_only(said) == "work"


@pytest.mark.parametrize("said", ["my stepmum hates me", "my mum doesnt like me"])
def test_family_said_to_dislike_them_alone(said: str) -> None:
    assert safety_words.hated_at_home_only(said)


@pytest.mark.parametrize(
    "said", ["my stepmum hates me and locks me out", "my dad hates me and hits me"]
)
def test_dislike_with_force_or_harm_is_not_alone(said: str) -> None:
    assert not safety_words.hated_at_home_only(said)


def test_ghosted_is_heartbreak() -> None:
    assert safety_words.everyday_hurt_only("i got ghosted after 3 dates")


@pytest.mark.parametrize(
    "said",
    ["i want to keep this feeling forever", "i never want today to end", "winding down"],
)
def test_glad_or_settling(said: str) -> None:
    assert safety_words.glad_or_settling(said)


@pytest.mark.parametrize(
    "said",
    [
        "i want to sleep forever",
        "i want this to end",
        "i want to keep this feeling forever, then die",
    ],
)
def test_a_wish_to_be_gone_is_not_glad(said: str) -> None:
    assert not safety_words.glad_or_settling(said)


@pytest.mark.parametrize("said", ["why is no one answering", "nobody is replying", "no one there?"])
def test_no_one_answering_while_waiting(said: str) -> None:
    assert safety_words.STILL_WAITING.search(said)
