"""Round twenty-four: everyday conversation. "not much" to the hello's "What would you like?"
is nothing in particular, not a mood to score; "nothin much u?" to "how are you?" is fine and
asked back; "nice to meet you" is said back; their own therapist or GP not helping is heard,
not handed to our team; a failure as a mum is a parent's doubt; "oh great, another monday 🙄"
rolls its eyes at the day, not at us."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

ONE_TO_TEN = "from 1 (really low) to 10 (great)"
NO_REASON = "you don't need a reason to text"
GLAD_OK = "Glad you're doing OK!"


@pytest.mark.parametrize(
    "said", ["not much", "nothing really just saying hi", "just checking this out", "nm"]
)
def test_nothing_in_particular_after_hello_is_not_a_mood(someone: TestBot, said: str) -> None:
    someone.onboard()
    assert "What would you like?" in someone.say("hey")
    replies = someone.say(said)
    assert ONE_TO_TEN not in replies and "heavy" not in replies
    assert NO_REASON in replies and "How are you doing today?" in replies
    assert GLAD_OK in someone.say("good thanks")


def test_nothing_much_asked_back_after_hello_is_answered(someone: TestBot) -> None:
    someone.onboard()
    someone.say("yo")
    replies = someone.say("nothin much u?")
    assert "I'm doing fine, thanks for asking. You don't need a reason" in replies
    assert "small wellbeing bot" not in replies


def test_a_low_mood_beside_nothing_much_is_still_heard(someone: TestBot) -> None:
    someone.onboard()
    someone.say("hi")
    replies = someone.say("nothing much, feeling a bit low though")
    assert NO_REASON not in replies and ONE_TO_TEN in replies


def test_not_much_with_no_hello_before_keeps_its_answer(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to call mum at 6pm")
    assert NO_REASON not in someone.say("not much")


@pytest.mark.parametrize(
    ("hello", "said"),
    [("sup", "nothin much hbu"), ("how are you", "not a lot, you?"), ("hey whats up", "not much")],
)
def test_nothing_much_to_how_are_you_is_fine(someone: TestBot, hello: str, said: str) -> None:
    someone.onboard()
    assert "How are you doing today?" in someone.say(hello)
    replies = someone.say(said)
    assert GLAD_OK in replies and ONE_TO_TEN not in replies
    assert "small wellbeing bot" not in replies


def test_not_great_to_how_are_you_is_still_heard(someone: TestBot) -> None:
    someone.onboard()
    someone.say("how are you")
    assert GLAD_OK not in someone.say("not great tbh")


@pytest.mark.parametrize("said", ["nice to meet you", "nice to meet u", "pleased to meet you!"])
def test_nice_to_meet_you_is_said_back(someone: TestBot, said: str) -> None:
    someone.onboard()
    someone.say("whats ur name")
    replies = someone.say(said)
    assert "Nice to meet you too!" in replies
    assert ONE_TO_TEN not in replies and "lovely to hear" not in replies


def test_a_name_said_with_nice_to_meet_you_is_said_back(someone: TestBot) -> None:
    someone.onboard()
    assert "Nice to meet you too, Sarah!" in someone.say("im sarah, nice to meet you")


def test_a_name_told_alone_keeps_its_answer(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("my name is sarah")
    assert "Nice to meet you, Sarah" in replies and "too" not in replies


@pytest.mark.parametrize(
    ("said", "heard"),
    [
        ("my therapist is not helpful", "a good therapist will want to know"),
        ("i dont think my therapy is working", "say so in your next session"),
        ("my gp is useless", "a different GP"),
    ],
)
def test_their_own_care_not_helping_is_heard(someone: TestBot, said: str, heard: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert heard in replies and "I'm listening" in replies
    assert "asked someone from our team" not in replies and ONE_TO_TEN not in replies
    assert "not sure I understood" not in replies


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("i want to talk to a therapist", "NHS Talking Therapies"),
        ("i need to talk to someone, my therapist isnt available", "asked someone from our team"),
    ],
)
def test_a_therapist_or_person_asked_for_keeps_its_answer(
    someone: TestBot, said: str, kept: str
) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert kept in replies and "will want to know" not in replies


@pytest.mark.parametrize("said", ["i feel like a failure as a mum", "i keep letting my kids down"])
def test_a_failure_as_a_parent_is_a_parents_doubt(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "getting it wrong as a parent" in replies and "Things with family" not in replies


def test_their_mum_called_a_failure_is_still_family(someone: TestBot) -> None:
    someone.onboard()
    assert "Things with family" in someone.say("my mum is a failure")


@pytest.mark.parametrize("said", ["oh great another day of fun 🙄", "oh great, another monday 🙄"])
def test_eyes_rolled_at_the_day_are_not_a_complaint_about_us(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "not getting this right for you" not in replies and "frustrating" in replies


@pytest.mark.parametrize("said", ["great advice 🙄", "wow great 🙄"])
def test_eyes_rolled_at_us_are_still_owned(someone: TestBot, said: str) -> None:
    someone.onboard()
    assert "not getting this right for you" in someone.say(said)


def test_several_questions_about_us_are_each_answered(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("are you a real person? is this free? can my parents see this?")
    assert "I'm a bot, not a person" in replies and "MindLink itself is free" in replies
    assert "I don't contact your school, family" in replies
    both = someone.say("how does this work and is it free and who sees my msgs")
    assert "You text me in your own words" in both and "MindLink itself is free" in both
    assert "Our support team can read a conversation" in both
    assert both.count("What would") <= 1  # asked what they'd like once, at the end


def test_who_are_you_and_what_do_you_do_is_answered(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("who are you and what do you do")
    assert "I'm a bot, not a person" in replies and "You text me in your own words" in replies
    assert "small wellbeing bot" not in replies


def test_one_question_about_us_keeps_its_one_answer(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("is this free")
    assert "MindLink itself is free" in replies and "support team" not in replies


def test_what_do_you_do_before_consent_is_how_we_work(someone: TestBot) -> None:
    someone.say("hey")
    replies = someone.say("who are you and what do you do")
    assert "You text me in your own words" in replies and "180 days" not in replies
    assert "YES or NO" in replies


def test_what_do_you_do_with_my_data_before_consent_is_about_the_data(someone: TestBot) -> None:
    someone.say("hi")
    assert "180 days" in someone.say("what do you do with my data")


@pytest.mark.parametrize("said", ["how do i stop this", "hw do i stp ths"])
def test_how_do_i_stop_this_with_nothing_under_way_is_how_to_stop(
    someone: TestBot, said: str
) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "reply STOP" in replies and "Here's what I can do" not in replies


def test_how_do_i_stop_them_about_racing_thoughts_keeps_its_help(someone: TestBot) -> None:
    someone.onboard()
    someone.say("my thoughts keep racing at night")
    assert "reply STOP" not in someone.say("how do i stop them")


@pytest.mark.parametrize("said", ["whos this", "who dis", "u a bot?", "wat r u"])
def test_who_or_what_we_are_asked_short_is_answered(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "I'm a bot, not a person" in replies
    assert "small wellbeing bot" not in replies and "not sure I understood" not in replies


def test_asking_if_they_are_ok_is_not_asking_what_we_are(someone: TestBot) -> None:
    someone.onboard()
    assert "I'm a bot, not a person" not in someone.say("u ok?")


def test_lol_im_good_to_how_are_you_is_fine(someone: TestBot) -> None:
    someone.onboard()
    someone.say("good morning")
    someone.say("nothing much u?")
    replies = someone.say("lol im good")
    assert GLAD_OK in replies and "made me smile" not in replies
