"""Round twenty of safety words: longing for a time gone by, hyperbole about a text or cringe,
heartbreak said as "got dumped" and hurt feelings are not a crisis; not trusting themselves
alone is one; abuse or harm told of childhood, with nothing to say it goes on, is the past."""

from __future__ import annotations

import pytest

from bot import safety_words
from bot.safety_words.past import told_as_past


@pytest.mark.parametrize(
    "said",
    [
        "I really wish I could go back to those days",
        "honestly i'd give anything to be 17 again",
        "i'd give anything to be a kid again, no bills no stress",
        "wish i could go back to when i was a kid",
        "those were the days",
    ],
)
def test_nostalgia_is_told_plainly(said: str) -> None:
    assert safety_words.nostalgia_only(said)


@pytest.mark.parametrize(
    "said",
    [
        # a loss, a wish to follow, a wish to die, or things not ok now: not nostalgia alone
        "i wish i could go back to when mum was alive, i want to be with her",
        "i wish i could go back to when my nan was still here",
        "those were the days. now i just want to die",
        "i wish i could go back to when things were ok",
        "i wish i could go back to sleep and never wake up",
    ],
)
def test_nostalgia_with_a_loss_or_a_wish_is_not(said: str) -> None:
    assert not safety_words.nostalgia_only(said)


@pytest.mark.parametrize(
    "said",
    [
        "if my crush doesn't text back i'm literally going to die",
        "This is the kind of content that makes me want to die of cringe",
    ],
)
def test_hyperbole_names_no_crisis(said: str) -> None:
    assert safety_words.crisis_kind(said) is None


def test_dying_if_they_dont_text_for_real_still_counts() -> None:
    assert safety_words.crisis_kind("if he doesnt text back im going to die, not joking") == (
        "suicidal"
    )


@pytest.mark.parametrize(
    "said",
    [
        "I don't trust myself alone tonight",
        "My therapist dropped me and I'm spiraling. I don't trust myself alone tonight.",
        "cant trust myself right now",
        "i dont trust myself with the pills in the house",
    ],
)
def test_not_trusting_themselves_is_a_crisis(said: str) -> None:
    assert safety_words.crisis_kind(said) == "suicidal"


@pytest.mark.parametrize(
    "said",
    ["i dont trust myself to cook without burning the house down lol", "i dont trust myself to"],
)
def test_not_trusting_themselves_with_a_task_is_not(said: str) -> None:
    assert safety_words.crisis_kind(said) is None


@pytest.mark.parametrize(
    "said",
    [
        "My dad hit me when I was little",
        "growing up my mum used to beat me with a belt",
        "I was bullied all through school and it still affects me",
        "i cut myself when i was 15",
    ],
)
def test_childhood_told_is_the_past(said: str) -> None:
    assert told_as_past(said)
    assert safety_words.crisis_kind(said) is None


@pytest.mark.parametrize(
    "said",
    [
        "my dad hit me when i was little and he still does",
        "growing up he hit me and he hits me now",
        "i'm 14 and my dad hits me",
        "im being bullied at school",
        "when i was little my uncle touched me and he still comes round",
    ],
)
def test_childhood_still_going_on_is_not(said: str) -> None:
    assert not told_as_past(said)


@pytest.mark.parametrize(
    "said",
    [
        "i got dumped over text",
        "He hurt my feelings so bad but I'm over it now",
        "my dad hurt my feelings when he said i was useless",
    ],
)
def test_heartbreak_and_hurt_feelings_are_everyday_hurt(said: str) -> None:
    assert safety_words.everyday_hurt_only(said)


def test_hurt_feelings_beside_a_blow_are_not() -> None:
    assert not safety_words.everyday_hurt_only("he hurt my feelings and then he hit me")


@pytest.mark.parametrize(
    "said", ["I just want someone to hold me", "i wish i had someone to hug me tonight"]
)
def test_longing_to_be_held_is_lonely(said: str) -> None:
    assert safety_words.worn_down_only(said)


def test_disappearing_under_the_duvet_is_not_doubtful() -> None:
    assert not safety_words.is_doubtful("i just want to disappear under my duvet for a week")
    assert safety_words.is_doubtful("i just want to disappear")


@pytest.mark.parametrize(
    "said", ["sewerslide is looking real good rn", "s*icide seems like the only option"]
)
def test_suicide_spelled_to_slip_past_filters_is_named(said: str) -> None:
    assert safety_words.crisis_kind(said) == "suicidal"


def test_a_bottle_of_spirits_downed_now_is_not_a_drinking_habit() -> None:
    assert "heavy_drinking" not in safety_words.lived_topics(
        "i drank a whole bottle of vodka and i'm alone"
    )
    assert "heavy_drinking" in safety_words.lived_topics(
        "ive been drinking a bottle of wine every night to cope"
    )


@pytest.mark.parametrize(
    "said",
    [
        "i can hear my parents screaming and my dad is throwing things",
        "my husband was shouting and smashing things",
        "he screams at me and punches the walls",
    ],
)
def test_things_thrown_or_smashed_are_more_than_harsh_words(said: str) -> None:
    assert safety_words.shouted_at_only(said) is None


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("i already called samaritans, they were useless", "line_no_help"),
        ("i tried calling samaritans before and they hung up on me", "line_no_help"),
        ("they'll put me in a psych ward", "hospital"),
        ("will they section me", "hospital"),
        ("what if they take my kids off me", "hospital"),
        ("what would you do if i did it", "if_i_did"),
        ("would anyone even notice if i was gone", "if_i_did"),
        ("i cant leave, i have nowhere to go", "nowhere"),
        ("he's coming back soon", "before_back"),
        ("she'll be home in 20 mins", "before_back"),
    ],
)
def test_what_is_said_after_a_crisis_answer_is_named(said: str, name: str) -> None:
    told = next((n for n, pattern in safety_words.ASKED_AFTER_CRISIS if pattern.search(said)), None)
    assert told == name


@pytest.mark.parametrize(
    "said",
    ["sometimes i stand too close to the platform edge", "i keep leaning over the platform edge"],
)
def test_drawn_to_an_edge_is_asked_about(said: str) -> None:
    assert safety_words.is_doubtful(said)


def test_an_edge_for_a_view_is_not_doubtful() -> None:
    assert not safety_words.is_doubtful("we sat near the edge of the cliff for the sunset")


@pytest.mark.parametrize(
    "said",
    [
        "im 15 and my boyfriend is 24",
        "my bf is 19 and im 14, is that ok",
        "i'm 13 and i'm dating a 20 year old",
    ],
)
def test_a_child_with_an_adult_partner_is_told(said: str) -> None:
    assert safety_words.adult_partner_of_a_child(said)


@pytest.mark.parametrize(
    "said", ["im 15 and my boyfriend is 16", "im 25 and my boyfriend is 40", "my bf is 15 too"]
)
def test_partners_of_an_age_are_not(said: str) -> None:
    assert not safety_words.adult_partner_of_a_child(said)


@pytest.mark.parametrize(
    "said",
    [
        "he fell down the stairs",
        "my nan had a fall last night",
        "theyre saying he might not walk again",
        "my dad had a stroke and the doctors say he might not wake up",
    ],
)
def test_a_mishap_to_someone_else_is_news(said: str) -> None:
    assert safety_words.mishap_to_someone_else(said)


@pytest.mark.parametrize(
    "said",
    ["he pushed me down the stairs", "she fell and isnt breathing", "i fell down the stairs"],
)
def test_a_push_an_emergency_or_their_own_fall_is_not(said: str) -> None:
    assert not safety_words.mishap_to_someone_else(said)


def test_going_over_a_breakup_is_a_racing_mind() -> None:
    from bot.safety_words.everyday import racing_mind_only

    assert racing_mind_only("and i cant stop thinking about it")
    assert not racing_mind_only("i cant stop thinking about killing myself")


def test_a_helpline_declined_for_a_talk() -> None:
    assert safety_words.just_wants_to_talk("i dont need a helpline i just want to talk")
    assert not safety_words.just_wants_to_talk("i dont need a helpline i just want to die")


@pytest.mark.parametrize(
    "said",
    [
        "she said i never make time for her",
        "she wants me to do medicine and i want to do art",
        "my partner keeps going out without me and doesnt tell me where",
        "my flatmate never cleans up and i am the one who always ends up doing it",
    ],
)
def test_everyday_troubles_at_home_are_grumbles(said: str) -> None:
    assert safety_words.everyday_grumble(said)


def test_fear_beside_a_grumble_is_not_one() -> None:
    assert not safety_words.everyday_grumble(
        "my partner keeps going out without me and i'm scared of what he'll do when he's back"
    )


def test_a_date_tonight_is_glad_news() -> None:
    assert safety_words.glad_or_settling("i have a date tonight")


def test_a_train_come_is_stepping_away() -> None:
    assert safety_words.stepping_away("i have to go my train is here")
    assert safety_words.stepping_away("gtg bus is here")


def test_another_round_asked_for_is_harmless() -> None:
    assert safety_words.crisis_kind("can we go again") is None
    assert safety_words.harmless_only("can we go again")


def test_a_heart_feared_for_is_the_body_in_trouble() -> None:
    assert safety_words.body_in_trouble("i think im dying my heart wont slow down") == "chest"


def test_chronic_pain_at_night_lingers() -> None:
    assert safety_words.lingering_ailment("i have chronic pain and it wakes me every night")
    assert not safety_words.lingering_ailment("my chronic pain is so bad i want to die")


def test_pain_said_alone_is_asked_about() -> None:
    assert safety_words.in_pain_only("im in pain")
    assert not safety_words.in_pain_only("im in pain and i want to die")


def test_the_point_of_check_ins_is_a_question_about_us() -> None:
    assert not safety_words.is_doubtful("whats the point of the check ins")
    assert safety_words.is_doubtful("whats the point anymore")
