"""Round sixteen: moods said the way people say them (Irish, South African, Indian and
Australian English), a rough day met warmly, a low score that is better than yesterday,
and venting instead of a number."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


@pytest.mark.parametrize(
    ("said", "mood"),
    [
        ("grand", 6),
        ("grand thanks", 6),
        ("sound", 6),
        ("lekker", 8),
        ("been better", 4),
        ("i've been better", 4),
        ("could be better tbh", 4),
        ("i am doing fine only", 6),
        ("not bad just tired", 5),
        ("not so good", 3),
        ("knackered", 4),
        ("gutted", 3),
        ("stoked", 8),
        ("cant complain", 6),
        ("meh ish", 5),
        ("rough day", 3),
    ],
)
def test_a_mood_in_everyday_words_is_a_number_said_back(
    someone: TestBot, said: str, mood: int
) -> None:
    someone.onboard()
    someone.say("check in")
    replies = someone.say(said)
    assert f"note that as about {'an' if mood == 8 else 'a'} {mood}." in replies
    assert "didn't catch a number" not in replies and "You're welcome" not in replies


def test_a_rough_day_in_words_is_met_kindly(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    replies = someone.say("rough day")
    assert replies.startswith("Sorry it's a hard one.")


def test_fine_only_is_not_saved_as_heavy(someone: TestBot) -> None:
    person = someone.as_("+919812345678").onboard()
    person.say("check in")
    person.say("i am doing fine only")
    replies = person.say("nothing much")
    assert "saved your 6" in replies and "heavy" not in replies


def test_pretty_average_mate_is_not_saved_as_heavy(someone: TestBot) -> None:
    person = someone.as_("+61412345678").onboard()
    person.say("check in")
    person.say("pretty average mate")
    replies = person.say("skip")
    assert "saved your 5" in replies and "heavy" not in replies


def test_a_low_score_better_than_yesterday_is_met_gladly(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    replies = someone.say("like a 3 but better than yesterday")
    assert replies.startswith("Glad it's a bit better.")
    assert "Anything else you'd like to note" in replies


def test_feelings_told_with_the_score_are_met(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    replies = someone.say("6, bit anxious about work")
    assert replies.startswith("That sounds hard.")


@pytest.mark.parametrize(
    "said", ["no i just wanted to vent", "i only needed to get it off my chest", "im just venting"]
)
def test_venting_instead_of_a_number_is_listened_to(someone: TestBot, said: str) -> None:
    someone.onboard()
    someone.say("just had the worst day")
    someone.say("my manager shouted at me in front of everyone")
    replies = someone.say(said)
    assert "Text MENU" not in replies and "Let's leave that" not in replies


@pytest.mark.parametrize(
    "said", ["actually can you change that to a 5", "could u make my score a 5 pls"]
)
def test_a_saved_score_changed_on_request(someone: TestBot, said: str) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say("4")
    someone.say("tired")
    someone.say("skip")
    replies = someone.say(said)
    assert "changed your check-in to a 5" in replies and "reminders" not in replies


def test_exams_finally_over_with_a_9_is_glad(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say("9!!!")
    replies = someone.say("my exams are finally over")
    assert replies.startswith("Glad to hear it.")
    assert "stress" not in someone.say("no")


def test_not_too_bad_maybe_a_6_is_not_met_as_hard(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    replies = someone.say("Not too bad thank you. Maybe a 6.")
    assert "That sounds hard" not in replies


def test_a_lonely_note_is_not_passed_over(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say("Not too bad thank you. Maybe a 6.")
    replies = someone.say("Bit lonely since the children moved away.")
    assert "saved your 6, and noted it's been a bit heavy" in replies


@pytest.mark.parametrize(
    ("said", "mood"),
    [
        ("ja im fine hey", 6),
        ("honestly pretty crappy", 3),
        ("i am ok ok only", 6),
        ("not too lekker today", 4),
        ("ah sure grand", 6),
        ("pretty flat today", 4),
        ("dunno just flat", 4),
        ("so so", 5),
    ],
)
def test_more_moods_in_words(someone: TestBot, said: str, mood: int) -> None:
    someone.onboard()
    someone.say("check in")
    assert f"note that as about a {mood}." in someone.say(said)


def test_a_mood_in_words_to_a_checkin_reminder_is_a_number(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to check in every day at 8pm")
    sent = [m for _ in range(25) for m in someone.tick(hours=1)]
    assert "Time for your check-in" in " ".join(sent)
    someone.tick(minutes=50)
    replies = someone.say("not great tbh")
    assert "note that as about a 4." in replies
    assert "sorry you're feeling" not in replies and "1 (really low) to 10" not in replies


@pytest.mark.parametrize(
    ("said", "heard"),
    [
        ("hey sorry was busy, im pretty good today", "note that as about a 7."),
        ("sorry only seeing this now. about a 5", "What words would you use"),
    ],
)
def test_an_answer_given_late_is_not_met_as_sad(someone: TestBot, said: str, heard: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert heard in replies
    assert "sorry you're feeling" not in replies


def test_a_long_day_is_not_met_gladly(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say("5")
    replies = someone.say("long day")
    assert "Glad" not in replies


def test_can_i_change_it_after_saving(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say("5")
    someone.say("tired")
    someone.say("no")
    replies = someone.say("can i change it to a 4")
    assert "changed your check-in to a 4" in replies and "Here's what I can do" not in replies


@pytest.mark.parametrize("said", ["actually lower, like a 3", "bit lower tbh, 3"])
def test_a_lower_score_at_the_feelings_question_puts_it_right(someone: TestBot, said: str) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say("7")
    assert "3 then" in someone.say(said)
    someone.say("sad")
    assert "A 3 sounds hard" in someone.say("no")


@pytest.mark.parametrize("said", ["gotta go", "ok got to run sorry"])
def test_gotta_go_after_a_checkin_is_a_goodbye(someone: TestBot, said: str) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say("8")
    someone.say("good")
    someone.say("no")
    assert "Take care" in someone.say(said)


def test_lowkey_sad_is_a_number(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    assert "note that as about a 3." in someone.say("lowkey sad ngl")


def test_feeling_better_than_last_week_is_saved_gladly(someone: TestBot) -> None:
    someone.onboard()
    someone.say("just wanted to say i'm feeling loads better than last week")
    someone.say("8")
    replies = someone.say("no")
    assert "an 8" in replies and "hasn't all been easy" not in replies


def test_what_do_the_numbers_mean_is_answered_not_the_menu(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    replies = someone.say("what do the numbers mean")
    assert "low (1–3), middling (4–6) or good (7–10)" in replies
    assert "Here's what I can do" not in replies
    replies = someone.say("5")
    assert "asked someone from our team" not in replies and "What words" in replies


def test_why_do_you_want_to_know_is_answered_at_the_feelings_question(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say("3")
    replies = someone.say("why do you want to know")
    assert "Anything else you'd like to note" not in replies and "What words" in replies


def test_what_should_i_write_is_answered(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say("5")
    assert "a word or two" in someone.say("what should i write")


def test_a_score_beside_a_word_is_read(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    replies = someone.say("Terrible. 2.")
    assert "put a number on how you feel" not in replies
    assert "A 2 sounds hard" in someone.say("no")


def test_good_but_tired_is_not_met_as_hard(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say("7")
    replies = someone.say("good but tired")
    assert "That sounds hard" not in replies
    assert "hasn't all been easy" not in someone.say("no")


@pytest.mark.parametrize(
    ("said", "mood"),
    [
        ("feeling very tensed", 4),
        ("mood is off today", 4),
        ("bit ordinary", 4),
        ("not too bad, bit crook actually", 5),
        ("honestly ive had better days", 4),
    ],
)
def test_moods_in_indian_and_australian_english(someone: TestBot, said: str, mood: int) -> None:
    someone.onboard()
    someone.say("check in")
    assert f"note that as about a {mood}." in someone.say(said)


@pytest.mark.parametrize("said", ["actually no im not fine", "no i'm not ok tbh"])
def test_fine_taken_back_after_saving_is_listened_to(someone: TestBot, said: str) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say("fine")
    someone.say("no")
    replies = someone.say(said)
    assert "Text MENU" not in replies and "listening" in replies


def test_a_score_told_with_a_greeting_is_checked_in(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("Good evening. I am quite well thank you, perhaps a 7.")
    assert "What would you like?" not in replies
    assert "a 7" in someone.say("No thank you.")


@pytest.mark.parametrize("said", ["bored", "bored af"])
def test_bored_is_not_met_as_hard(someone: TestBot, said: str) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say("5")
    assert "That sounds hard" not in someone.say(said)


@pytest.mark.parametrize("said", ["7 but tired", "bout a 5 innit"])
def test_a_score_with_little_beside_it_is_not_met_as_hard(someone: TestBot, said: str) -> None:
    someone.onboard()
    someone.say("check in")
    assert "That sounds hard" not in someone.say(said)


@pytest.mark.parametrize(
    ("said", "mood"), [("not the worst, not the best", 5), ("struggling a bit", 3)]
)
def test_more_hedged_moods_in_words(someone: TestBot, said: str, mood: int) -> None:
    someone.onboard()
    someone.say("check in")
    assert f"note that as about a {mood}." in someone.say(said)
    assert "heavy" not in someone.say("eh") or mood < 5


@pytest.mark.parametrize("first", [[], ["5"]])
def test_can_we_do_this_later_leaves_the_checkin(someone: TestBot, first: list[str]) -> None:
    someone.onboard()
    someone.say("check in")
    for said in first:
        someone.say(said)
    replies = someone.say("can we do this later?")
    assert "Let's leave that for now" in replies
    assert "note that as about" not in someone.say("ok")


def test_something_hard_with_the_rest_well_at_the_words_question(someone: TestBot) -> None:
    someone.onboard()
    someone.say("Good evening. I would like to record how I am feeling today please.")
    said = someone.say("I would say about a 6 out of 10.")
    assert "What words would you use" in said and "That sounds hard" not in said
    said = someone.say("Somewhat tired, but otherwise content.")
    assert "Anything else you'd like to note" in said and "That sounds hard" not in said
    said = someone.say("skip")
    assert "saved your 6" in said and "heavy" not in said and "both" in said


def _feelings_saved(someone: TestBot) -> list[str]:
    """The feeling words of every stored check-in, oldest first."""
    from sqlalchemy import select

    from store.models import CheckIn

    with someone.app.extensions["mindlink"].db.session() as session:
        return [c.feelings for c in session.scalars(select(CheckIn).order_by(CheckIn.id))]


@pytest.mark.parametrize(
    "said",
    [
        "thanks",
        "thank you!",
        "Thank you very much",
        "i dont really want to say",
        "id rather not say",
        "I'd rather not say.",
    ],
)
def test_thanks_or_a_no_to_the_words_question_skips_it(someone: TestBot, said: str) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say("6")
    replies = someone.say(said)
    assert "Anything else you'd like to note" in replies and "Glad to hear it" not in replies
    assert "saved your 6" in someone.say("skip")
    assert _feelings_saved(someone) == [None]  # no words kept, as for "skip"


def test_feelings_with_thanks_are_still_kept(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say("6")
    someone.say("tired thanks")
    someone.say("skip")
    assert _feelings_saved(someone) == ["tired thanks"]


def _notes_saved(someone: TestBot) -> list[str]:
    """The note of every stored check-in, oldest first."""
    from sqlalchemy import select

    from store.models import CheckIn

    with someone.app.extensions["mindlink"].db.session() as session:
        return [c.note for c in session.scalars(select(CheckIn).order_by(CheckIn.id))]


def test_thanks_to_the_note_question_is_no_note(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say("7")
    someone.say("calm")
    assert "7" in someone.say("thank you!")
    assert _notes_saved(someone) in ([None], [""])
