"""Replies that heard what was said, round one: a loss told inside a hello or instead of a
number is met as a loss, loneliness in other words is heard, being asked to play a therapist
calls no one, strain laughed off is still strain, "no breathing, i just want someone to get
it" mid check-in is listened to, "i want it deleted" asks to erase, turning off the check-ins
turns them off, a feeling word keeps the number it agrees with, "tired but otherwise content"
is not heavy, "nah its not fine" is a low score, "leave me alone" is given space, and "what am
i supposed to do" after anger gets ideas."""

from __future__ import annotations

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

SCALE = "1 (really low) to 10"


def test_a_loss_told_with_a_hello_is_met_as_the_loss(someone: TestBot) -> None:
    someone.onboard()
    said = someone.say("hiya 👋 my nan died this morning 💔")
    assert "sorry for your loss" in said and "tell me about her" in said
    assert "Good to hear from you" not in said and SCALE not in said
    said = someone.say("she basically raised me")
    assert SCALE not in said and "her" in said


def test_a_death_told_instead_of_a_number_is_met_as_a_loss(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say("i live alone these days")
    said = someone.say("my kids never visit")
    assert SCALE not in said
    said = someone.say("It's been like that since my wife died")
    assert "sorry for your loss" in said and "tell me about her" in said and SCALE not in said


def test_not_speaking_to_anyone_is_heard_as_loneliness(someone: TestBot) -> None:
    someone.onboard()
    said = someone.say("I live alone and most days I don't speak to anyone")
    assert "Loneliness" in said and SCALE not in said
    someone.say("My children live abroad")
    said = someone.say("It's been like that since my wife died")
    assert "sorry for your loss" in said and "her" in said


def test_asked_to_play_a_therapist_no_one_is_called(someone: TestBot) -> None:
    someone.onboard()
    said = someone.say("can u pretend to be my therapist")
    assert "can't be your therapist" in said and "from our team" in said
    assert "I've asked someone" not in said
    said = someone.say("ok then can i just vent")
    assert "listening" in said and "passed your message on" not in said
    said = someone.say(
        "my sister is getting married and everyone expects me to be happy for her but i just "
        "feel left behind"
    )
    assert "added that for our team" not in said and "hard" in said


def test_exam_strain_laughed_off_is_still_strain(someone: TestBot) -> None:
    someone.onboard()
    said = someone.say("lmaooo this exam is gonna kill me fr 💀")
    assert "stressful" in said and "lovely to hear" not in said
    said = someone.say("chem tomorrow and i havent revised at all")
    assert "reminder" not in said and "listening" in said


def test_no_breathing_just_someone_to_get_it_mid_checkin_is_listened_to(
    someone: TestBot,
) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say("4")  # what words would you use?
    said = someone.say("no i dont want breathing i just want someone to get it")
    assert "listening" in said and "note" not in said and "skip" not in said
    assert "no numbers" not in said


def test_deleted_after_an_export_asks_to_erase(someone: TestBot) -> None:
    someone.onboard()
    someone.say(
        "Dear MindLink, I wish to have all of my information sent to me, as is my right under GDPR."
    )
    someone.say("yes")
    said = someone.say("And afterwards I want it deleted.")
    assert "permanently erase" in said and "STOP" not in said


def test_how_to_turn_off_the_check_ins_turns_them_off(someone: TestBot) -> None:
    someone.onboard()
    said = someone.say("how do i turn off the check ins")
    assert "won't message you out of the blue" in said and "reminders set" not in said


def test_a_feeling_word_after_did_you_mean_keeps_their_number(someone: TestBot) -> None:
    someone.onboard()
    someone.say("Just got back from a wonderful walk by the sea with my grandchildren.")
    assert "Did you mean 9" in someone.say("9")
    said = someone.say("Grateful")
    assert "about an 8" not in said
    assert "a 9" in someone.say("No thank you dear")


def test_tired_but_otherwise_content_is_not_heavy(someone: TestBot) -> None:
    someone.onboard()
    someone.say("Good evening. I would like to record how I am feeling today please.")
    someone.say("I would say about a 6 out of 10.")  # the words question comes next
    said = someone.say("Somewhat tired, but otherwise content.")
    assert "That sounds hard" not in said
    said = someone.say("skip")  # to the note question
    assert "saved your 6" in said and "heavy" not in said and "both" in said


def test_not_fine_after_all_is_a_low_score(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say("its fine")  # not a number: asked again
    said = someone.say("nah its not fine")
    assert "about a 3" in said and "leave that for now" not in said


def test_leave_me_alone_is_given_space(someone: TestBot) -> None:
    someone.onboard()
    said = someone.say("Why do you keep asking me how I feel. Just leave me alone.")
    assert "give you some space" in said and "Sorry" in said
    assert "say as much as you want" not in said and "breathing" not in said
    said = someone.say("go away")
    assert "give you some space" in said


def test_what_am_i_meant_to_do_after_anger_gets_ideas(someone: TestBot) -> None:
    someone.onboard()
    someone.say("ugh my boss keeps taking credit for my work and im so angry")
    said = someone.say("what am i supposed to do, just take it?")
    assert "anger" in said and "Here's what I can do" not in said


def test_thanks_just_after_good_news_shares_the_joy(someone: TestBot) -> None:
    someone.onboard()
    assert "congratulations" in someone.say("i got the job!!!")
    said = someone.say("thanks!! so happy")
    assert "happy for you" in said and "Anything else I can do" not in said
    clock = someone.app.extensions["mindlink"].clock
    assert clock is not None
    someone.tick(hours=2)
    assert "You're welcome" in someone.say("thanks")
