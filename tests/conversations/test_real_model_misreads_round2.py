"""Replies that heard what was said, round two: a word-read score taken back is asked again,
"not great not awful" is the middle, a question of what to do put instead of a number is
answered, a hedged yes keeps the conversation and a time zone alone is not a no, a phone call
asked for by an older person names the line they can ring, and long days are not glad news."""

from __future__ import annotations

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

SCALE = "1 (really low) to 10"


def test_a_score_read_from_words_can_be_taken_back(someone: TestBot) -> None:
    someone.onboard()
    # (a check-in begun from a low day: venting about an ex is now listened to, not scored)
    someone.say("not feeling great today")
    assert "about a 6" in someone.say("im fine honestly")
    said = someone.say("no im not")
    assert "saved your 6" not in said and SCALE in said
    someone.say("like 2")
    assert "A 2" in someone.say("skip") + someone.say("skip")


def test_neither_good_nor_bad_to_the_rough_question_is_the_middle(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say("dunno")
    said = someone.say("idk like not great not awful")
    assert "about a 5" in said and "I'm listening" not in said


def test_a_question_of_what_to_do_instead_of_a_number_is_answered(someone: TestBot) -> None:
    someone.onboard()
    someone.say("hi im worried about my son hes 13 and wont leave his room")
    someone.say("hes stopped eating with us and i heard him crying")
    said = someone.say("how do i bring it up with him")
    assert SCALE not in said and "You could start with" in said


def test_how_to_see_a_gp_mid_checkin_says_how(someone: TestBot) -> None:
    someone.onboard()
    someone.say("can you tell me if im depressed")
    someone.say("ive been sleeping 14 hours a day and dont enjoy anything")
    said = someone.say("ok how do i see a gp about it")
    assert SCALE not in said and "GP" in said


def test_help_for_carers_asked_mid_checkin_names_it(someone: TestBot) -> None:
    someone.onboard()
    someone.say("hi im worried about my son hes 13 and wont leave his room")
    someone.say("hes stopped eating with us and i heard him crying")
    said = someone.say("what help is there for carers")
    assert "Carers UK" in said and SCALE not in said


def test_a_hedged_yes_keeps_the_conversation(someone: TestBot) -> None:
    someone.say("Hi my doctor gave me this number")
    someone.say("what do you do with my messages")
    said = someone.say("i guess thats fine")
    assert "Thank you" in said and "YES or NO" not in said


def test_a_time_zone_alone_at_the_consent_question_is_not_a_no(someone: TestBot) -> None:
    someone.say("Hi my doctor gave me this number")
    someone.say("what do you do with my messages")
    someone.say("hmm not sure")
    said = someone.say("Europe/London")
    assert "as a no" not in said and "YES or NO" in said


def test_an_older_person_asking_for_a_phone_call_gets_the_silver_line(someone: TestBot) -> None:
    someone.onboard()
    someone.say("hello dear. I am 82 and my family live abroad")
    said = someone.say("The days are very long")
    assert "lovely to hear" not in said
    said = someone.say("Do you have anyone I could talk to on the telephone?")
    assert "0800 4 70 80 90" in said and "only text" in said


def test_a_phone_call_asked_for_says_we_only_text(someone: TestBot) -> None:
    someone.onboard()
    said = someone.say("can i speak to someone over the phone")
    assert "only text" in said and "0800 4 70 80 90" not in said
