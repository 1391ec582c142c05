"""Round twenty-one: how people tell the bot how they feel. A check-in begun from glad words
("feeling great today") shares more of the good day gladly instead of asking for a number
again; "how are you" there, or after good news, is answered; not wanting a number and not
knowing how to rate are heard; nobody checking on them is loneliness, not a setting; a good
night told is glad; a low mood after "Good morning." is not glad; British and slang mood words
("proper rough", "im aight", "fair to middling") are numbers; a low feeling laughed off is
still low; slang around a score is no feeling; mixed feelings are met as both; being tensed
about an interview tomorrow is nerves ahead."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

ONE_TO_TEN = "from 1 (really low) to 10 (great)"


@pytest.mark.parametrize(
    ("opened", "more"),
    [
        ("feeling great today", "just wanted to say that"),
        ("i had a really good day today", "we went to the park with the kids"),
        ("today was actually amazing", "my mum is coming over later"),
        ("im so happy rn", "my boyfriend surprised me with flowers"),
    ],
)
def test_more_of_a_good_day_is_shared_not_asked_for_a_number(
    someone: TestBot, opened: str, more: str
) -> None:
    someone.onboard()
    assert ONE_TO_TEN in someone.say(opened)
    replies = someone.say(more)
    assert ONE_TO_TEN not in replies and "weigh so heavily" not in replies
    assert "so hard" not in replies and "lovely" in replies
    assert "note that as" not in someone.say("8")  # the check-in was let go, not half kept


def test_a_hard_turn_after_a_good_day_is_still_heard(someone: TestBot) -> None:
    someone.onboard()
    someone.say("i had a really good day today")
    replies = someone.say("but now im home and feel empty again")
    assert "lovely" not in replies and "hard" in replies


def test_how_are_you_after_a_good_day_is_answered(someone: TestBot) -> None:
    someone.onboard()
    someone.say("feeling great today")
    replies = someone.say("how are you")
    assert "thanks for asking" in replies and ONE_TO_TEN not in replies


@pytest.mark.parametrize(
    "said",
    ["i dont really want to give a number", "i don't feel like giving a number tbh"],
)
def test_not_wanting_a_number_is_heard(someone: TestBot, said: str) -> None:
    someone.onboard()
    someone.say("check in")
    replies = someone.say(said)
    assert "no numbers needed" in replies and ONE_TO_TEN not in replies


@pytest.mark.parametrize("said", ["im not sure how to rate it", "no idea what to put"])
def test_unsure_how_to_rate_gets_the_rough_bands(someone: TestBot, said: str) -> None:
    someone.onboard()
    someone.say("check in")
    replies = someone.say(said)
    assert "Roughly, is it low" in replies and "Here's what I can do" not in replies


@pytest.mark.parametrize(
    "said",
    [
        "i been feelin real down lately, aint nobody checkin on me",
        "my friends never check in on me anymore",
        "nobody ever checks in on me",
    ],
)
def test_nobody_checking_on_them_is_loneliness_not_a_setting(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "Loneliness" in replies and "won't message you" not in replies


def test_you_never_check_in_on_me_does_not_turn_check_ins_off(someone: TestBot) -> None:
    someone.onboard()
    assert "won't message you" not in someone.say("you never check in on me")
    assert "won't message you" in someone.say("no more check ins please")


@pytest.mark.parametrize(
    "said", ["i slept so well last night", "finally slept properly last night!"]
)
def test_a_good_night_told_is_glad_not_straight_into_the_diary(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "good to hear" in replies and "What time did you get into bed" not in replies


def test_a_bad_night_told_still_opens_the_diary(someone: TestBot) -> None:
    someone.onboard()
    assert "What time did you get into bed" in someone.say("i slept badly last night")


def test_coming_over_to_celebrate_after_good_news_is_glad(someone: TestBot) -> None:
    someone.onboard()
    someone.say("i got the job!!!")
    replies = someone.say("my mum is coming over later to celebrate")
    assert "lovely" in replies and "How are you feeling today" not in replies


@pytest.mark.parametrize(
    "said",
    [
        "Good morning. I am feeling rather low today.",
        "Good morning. I have been feeling rather low these past few weeks, I must confess. "
        "My children rarely visit and the house is very quiet.",
    ],
)
def test_a_low_mood_after_good_morning_is_not_met_as_glad(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "Glad to hear it" not in replies and "Let's note it down" not in replies


def test_children_who_rarely_visit_is_loneliness(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say(
        "Good morning. I have been feeling rather low these past few weeks, I must confess. "
        "My children rarely visit and the house is very quiet."
    )
    assert "alone" in replies and "your kids" not in replies


def test_how_are_you_after_good_news_is_answered_not_met_as_more_news(someone: TestBot) -> None:
    someone.onboard()
    someone.say("i got the job!!!")
    replies = someone.say("how are you")
    assert "thanks for asking" in replies and "that's lovely" not in replies
    someone.say("i got the job!!!")
    assert "that's lovely" in someone.say("what a day")


@pytest.mark.parametrize(
    ("said", "mood"),
    [
        ("fair to middling", 5),
        ("not too bad love", 6),
        ("proper rough", 3),
        ("im aight", 6),
        ("numb", 3),
        ("feeling a bit blue", 3),
        ("not too bad thanks love x", 6),
    ],
)
def test_a_mood_in_british_and_slang_words_is_a_number_said_back(
    someone: TestBot, said: str, mood: int
) -> None:
    someone.onboard()
    someone.say("check in")
    replies = someone.say(said)
    assert f"note that as about a {mood}." in replies and "didn't catch a number" not in replies


@pytest.mark.parametrize("said", ["dead inside lol", "im so depressed lmao"])
def test_a_low_feeling_laughed_off_is_not_met_as_glad(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "made me smile" not in replies and "Glad to hear it" not in replies
    assert "sorry" in replies.lower()


def test_slang_around_a_score_is_no_feeling_to_meet(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    replies = someone.say("its giving 4")
    assert "frustrating" not in replies and "What words would you use" in replies


@pytest.mark.parametrize("felt", ["happy but also scared", "excited and nervous"])
def test_mixed_feelings_at_the_feelings_question_are_met_as_both(
    someone: TestBot, felt: str
) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say("6")
    replies = someone.say(felt)
    assert "Two feelings at once" in replies
    assert "Glad to hear it" not in replies and "That sounds hard" not in replies


def test_tensed_about_an_interview_tomorrow_is_nerves_ahead(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("i am feeling very tensed about my job interview tomorrow")
    assert "Nerves before something like that" in replies and "Work sounds" not in replies
