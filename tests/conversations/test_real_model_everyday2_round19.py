"""Round nineteen: everyday conversation. A falling-out with someone close is listened to, a
confidence broken is heard as hurt, a story told laughing is answered and not the same words
twice, and nights lost to exam stress are met as such, not a diary of last night."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


@pytest.mark.parametrize(
    ("said", "heard"),
    [
        ("massive row with my mum", "Things with family"),
        ("had a huge argument with my boyfriend", "someone you love"),
        ("fell out with my best mate", "wrong with friends"),
    ],
)
def test_a_falling_out_is_listened_to(someone: TestBot, said: str, heard: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert heard in replies and "I'm listening" in replies
    assert "from 1 (really low) to 10" not in replies


def test_a_secret_told_is_listened_to_and_i_trusted_her_heard_as_hurt(someone: TestBot) -> None:
    someone.onboard()
    first = someone.say("my so called best friend told everyone my secret")
    assert "someone you trusted" in first and "from 1 (really low) to 10" not in first
    more = someone.say("she told the whole year")
    assert "not something I can help with" not in more
    replies = someone.say("i trusted her")
    assert "really hard" in replies
    assert "lovely to hear" not in replies


@pytest.mark.parametrize(
    ("said", "heard"),
    [
        ("im knackered, up since 4 with the kids and no help from my partner", "without help"),
        ("i trusted him and he cheated", "A breakup hurts"),
        ("new job starts monday, im bricking it", "Nerves before something"),
    ],
)
def test_everyday_troubles_heard_as_what_they_are(someone: TestBot, said: str, heard: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert heard in replies
    assert "from 1 (really low) to 10" not in replies and "bedtime" not in replies


def test_a_story_told_laughing_is_answered_and_not_twice_the_same(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to check in in 2 minutes")
    assert "Time for your check-in" in "\n".join(someone.tick(minutes=3))
    first = someone.say("lol my dog just fell in the pond")
    second = someone.say("haha and my brother fell in after him")
    assert "thanks for telling me" in first and "Glad something made you smile" not in first
    assert second != first and "Glad something made you smile" not in second


def test_nights_lost_to_exams_are_met_as_stress_not_a_diary(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("i havent slept in 3 days, exams are killing me")
    assert "Exams and days without proper sleep" in replies and "breathing" in replies
    assert "What time did you get into bed" not in replies


def test_nights_lost_alone_get_tips_not_last_nights_diary(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("i havent slept in 3 days")
    assert "What time did you get into bed" not in replies


@pytest.mark.parametrize(
    "said",
    [
        "so basically ive been doing double shifts all week cos two people are off sick and my "
        "manager keeps piling more on me and then i get home and have to cook and sort the "
        "house so yeah im absolutely knackered",
        "ok so um today was just a lot, I had three lectures back to back and then I went to "
        "work at the cafe until ten and I've got an essay due tomorrow so I'm knackered to be "
        "honest",
        "knackered. worked 12 hours then did the food shop",
    ],
)
def test_worn_out_with_the_reason_told_is_said_back_not_asked(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "offload any more of it" in replies
    assert "what's wearing you out" not in replies


def test_worn_out_alone_is_still_asked_what_is_wearing_them_out(someone: TestBot) -> None:
    someone.onboard()
    assert "what's wearing you out" in someone.say("im so knackered")


def test_a_long_shift_told_is_said_back_not_asked(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("i work in care home, 12 hour shift, very tired today")
    assert "long shift" in replies and "what's wearing you out" not in replies


def test_a_childs_age_is_not_saved_as_a_mood(someone: TestBot) -> None:
    someone.onboard()
    someone.say("my daughter wont stop crying and i dont know what shes upset about")
    replies = someone.say("shes 4")
    assert "What words would you use" not in replies


@pytest.mark.parametrize(
    ("said", "heard"),
    [
        (
            "hello. i am from poland, working in warehouse. my english is not so good. i feel "
            "very alone here",
            "Feeling that alone",
        ),
        ("everyone in my group chat left me on read", "wrong with friends"),
    ],
)
def test_left_out_and_alone_are_said_back(someone: TestBot, said: str, heard: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert heard in replies and "from 1 (really low) to 10" not in replies
