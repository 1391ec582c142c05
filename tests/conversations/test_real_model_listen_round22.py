"""Round twenty-two: people telling the bot how they are. Others' success set against their
own ("everyone else passed first go") is not congratulated, and being left behind is met as
such."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

ONE_TO_TEN = "from 1 (really low) to 10 (great)"


def test_everyone_else_passing_mid_vent_is_not_congratulated(someone: TestBot) -> None:
    someone.onboard()
    someone.say("i failed my driving theory test again. third time. i feel so stupid")
    replies = someone.say("everyone else passed first go")
    assert "congratulations" not in replies.lower() and "brilliant" not in replies


@pytest.mark.parametrize(
    "said",
    [
        "all my friends got into uni and i didnt",
        "everyone else in my year has a boyfriend",
        "i feel like im falling behind everyone my age",
    ],
)
def test_being_left_behind_by_others_is_heard_as_such(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "left behind" in replies
    assert "congratulations" not in replies.lower() and "big news" not in replies


def test_their_own_pass_is_still_congratulated(someone: TestBot) -> None:
    someone.onboard()
    assert "congratulations" in someone.say("i passed my driving test today!!!")


@pytest.mark.parametrize(
    "said",
    ["stop asking me how i feel", "quit asking how i am lol", "enough with the questions"],
)
def test_told_to_stop_asking_mid_check_in_is_given_space(someone: TestBot, said: str) -> None:
    someone.onboard()
    someone.say("check in")
    replies = someone.say(said)
    assert "didn't mean to keep asking" in replies and ONE_TO_TEN not in replies
    assert "note that as" not in someone.say("4")  # the check-in was let go


def test_leave_me_alone_mid_sleep_diary_stops_the_questions(someone: TestBot) -> None:
    someone.onboard()
    someone.say("sleep diary")
    replies = someone.say("leave me alone")
    assert "give you some space" in replies and "get into bed" not in replies


def test_stop_asking_for_a_number_still_listens(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    assert "no numbers needed" in someone.say("stop asking me for a number")


def test_anxiety_that_wont_go_away_is_not_told_to_go_away(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    assert "give you some space" not in someone.say("my anxiety wont go away")


def test_a_teen_telling_of_school_is_listened_to_not_asked_for_a_number_again(
    someone: TestBot,
) -> None:
    someone.onboard()
    someone.say("bro my teacher is so annoying today fr")
    replies = someone.say("she gave me detention for nothing")
    assert ONE_TO_TEN not in replies and "School" in replies


@pytest.mark.parametrize("said", ["ngl today was mid", "its been a meh day tbh", "kinda meh"])
def test_a_so_so_day_in_slang_is_heard_as_one(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "so-so sort of day" in replies and ONE_TO_TEN not in replies
    assert ONE_TO_TEN not in someone.say("nothing happened really")


def _checked_in_at_4(someone: TestBot) -> None:
    someone.onboard()
    for said in ("check in", "4", "skip", "skip"):
        someone.say(said)
    someone.tick(hours=20)
    someone.say("check in")


def test_a_bit_better_than_last_time_is_noted_from_the_last_score(someone: TestBot) -> None:
    _checked_in_at_4(someone)
    replies = someone.say("bit better than yesterday")
    assert "Up from your 4" in replies and "a 5" in replies and ONE_TO_TEN not in replies
    assert "6 then" in someone.say("6")  # put right with a number


def test_a_lot_worse_is_noted_lower_with_care(someone: TestBot) -> None:
    _checked_in_at_4(someone)
    replies = someone.say("a lot worse tbh")
    assert "Sorry it's harder" in replies and "a 2" in replies and ONE_TO_TEN not in replies


def test_a_bit_better_with_no_score_before_is_still_asked_for_one(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    assert "Glad it's a little easier" in someone.say("bit better")


BREATHING_MENU = "Which would you like?"


@pytest.mark.parametrize(
    "then", ["yeah its just constant", "yeah i just dont know how people do it"]
)
def test_yeah_then_more_of_how_it_is_is_not_a_yes_to_breathing(someone: TestBot, then: str) -> None:
    someone.onboard()
    someone.say("work has been absolutely relentless this month, three people left")
    replies = someone.say(then)
    assert BREATHING_MENU not in replies and "I'm here" in replies


@pytest.mark.parametrize(
    "then", ["yeah", "yeah i dont mind", "yeah i'll give it a go", "yeah that would be nice"]
)
def test_a_yes_to_breathing_after_a_vent_still_starts_it(someone: TestBot, then: str) -> None:
    someone.onboard()
    someone.say("work has been absolutely relentless this month, three people left")
    assert BREATHING_MENU in someone.say(then)


@pytest.mark.parametrize(
    ("said", "heard"),
    [
        ("nobody at school talks to me", "Feeling that alone"),
        ("no one at work even talks to me", "Feeling that alone"),
        ("i miss my grandma so much", "Missing someone you love"),
        ("my baby wont stop crying and i feel like a terrible mum", "as a parent"),
        ("im such a bad dad, i shouted at my son again", "as a parent"),
    ],
)
def test_what_a_hard_telling_is_about_is_said_back(someone: TestBot, said: str, heard: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert heard in replies and ONE_TO_TEN not in replies


def test_a_row_with_mum_is_still_family(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("my mum is driving me mad")
    assert "Things with family" in replies and "as a parent" not in replies


@pytest.mark.parametrize(
    "said",
    [
        "my fibro has been awful this week, cant get out of bed most days and i had to cancel "
        "on my friends again. they probably think im flaky",
        "my chronic fatigue is so bad i cant get out of bed, im so fed up of being ill",
    ],
)
def test_a_long_illness_is_heard_as_one_not_as_sleep_or_friends(
    someone: TestBot, said: str
) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "illness that doesn't let up" in replies
    assert "keeps you awake" not in replies and "go wrong with friends" not in replies


def test_pain_keeping_them_up_still_gets_the_night_advice(someone: TestBot) -> None:
    someone.onboard()
    assert "Pain that keeps you awake" in someone.say("my back pain keeps me up all night")


@pytest.mark.parametrize(
    ("said", "heard"),
    [
        ("my mum is in hospital again", "someone you love in hospital"),
        ("work was a nightmare today", "Work sounds"),
        ("i had a fight with my boyfriend", "someone you love"),
    ],
)
def test_a_hard_telling_at_the_number_question_is_met_for_what_it_is(
    someone: TestBot, said: str, heard: str
) -> None:
    someone.onboard()
    someone.say("check in")
    replies = someone.say(said)
    assert heard in replies and "That sounds hard" not in replies


def test_being_in_hospital_themselves_is_not_someone_they_love(someone: TestBot) -> None:
    someone.onboard()
    assert "someone you love in hospital" not in someone.say("im in hospital and bored")


def test_a_best_friend_moving_away_is_not_a_falling_out(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("happy but also kind of sad? my best friend is moving to australia")
    assert "moving far away" in replies and "go wrong with friends" not in replies


def test_their_own_move_is_still_news(someone: TestBot) -> None:
    someone.onboard()
    assert "big change" in someone.say("im moving to australia next month!")


def test_idk_what_to_do_tbh_after_a_vent_is_not_the_menu(someone: TestBot) -> None:
    someone.onboard()
    someone.say("honestly work is killing me. my manager dumped another project on me today")
    replies = someone.say("idk what to do tbh")
    assert "Here's what I can do" not in replies and "small steps" in replies
