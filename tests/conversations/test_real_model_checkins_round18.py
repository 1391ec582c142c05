"""Round eighteen: check-ins, asking for a person, and first contact, as people say them:
a person wanted beside a question about us, what a low score is about named in a word, a
score hedged with "i reckon", and a score far past the top."""

from __future__ import annotations

import pytest
from flask import Flask

from store.models import Staff
from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

ASKED_TEAM = "I've asked someone from our team to join this conversation"


@pytest.mark.parametrize(
    "said",
    [
        "r u a bot? i want a person",
        "you're a bot, i want a human",
        "ur just a bot. get me someone from the team",
        "is a real person reading this? i want to talk to one",
    ],
)
def test_a_person_wanted_beside_a_question_about_us_is_asked_for(
    someone: TestBot, said: str
) -> None:
    someone.onboard()
    assert ASKED_TEAM in someone.say(said)


@pytest.mark.parametrize("said", ["are you human", "is this chatgpt lol"])
def test_only_asking_whether_we_are_a_bot_is_answered(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "I'm a bot, not a person" in replies and ASKED_TEAM not in replies


@pytest.mark.parametrize(
    "said",
    [
        "is this monitored by a real person",
        "are these messages read by a human",
        "is a real person reading this",
    ],
)
def test_asking_whether_a_person_reads_is_answered_not_handed_over(
    someone: TestBot, said: str
) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "Our support team can read a conversation" in replies
    assert ASKED_TEAM not in replies


def test_a_person_wanted_in_the_first_message_is_asked_for_after_consent(
    someone: TestBot,
) -> None:
    assert "I'll help with that in a moment" in someone.say("r u a bot? i want a person")
    assert ASKED_TEAM in someone.say("yes")


@pytest.mark.parametrize(("score", "about"), [("3", "money"), ("4", "money stuff"), ("2", "bills")])
def test_what_a_low_score_is_about_is_not_met_gladly(
    someone: TestBot, score: str, about: str
) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say(score)
    replies = someone.say(about)
    assert replies.startswith("Anything else you'd like to note")
    assert "Glad" not in replies


@pytest.mark.parametrize(("score", "glad"), [("5", "happy"), ("3", "my sister came round, nice")])
def test_gladness_in_words_after_a_low_score_is_still_met(
    someone: TestBot, score: str, glad: str
) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say(score)
    assert someone.say(glad).startswith("Glad to hear it.")


@pytest.mark.parametrize(
    ("said", "mood"),
    [("bout a 4 i reckon", 4), ("id go with a 6", 6), ("prolly a 3 tbh", 3)],
)
def test_a_hedged_score_alone_is_a_score_with_feelings_asked(
    someone: TestBot, said: str, mood: int
) -> None:
    someone.onboard()
    someone.say("check in")
    replies = someone.say(said)
    assert replies.startswith("Thanks. What words would you use")
    someone.say("skip")
    saved = someone.say("skip")
    assert f"saved your {mood}" in saved or f"A {mood} sounds hard" in saved


@pytest.mark.parametrize("said", ["1000000", "10000"])
def test_a_score_far_past_the_top_is_a_ten(someone: TestBot, said: str) -> None:
    someone.onboard()
    someone.say("check in")
    assert "My scale stops at 10, so I'll note it as a 10." in someone.say(said)


@pytest.mark.parametrize(
    "said", ["actually can we stop", "can we stop this", "lets leave it there"]
)
def test_stopping_at_the_feelings_question_leaves_the_check_in(someone: TestBot, said: str) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say("3")
    replies = someone.say(said)
    assert replies.startswith("Let's leave that for now")
    assert "frustrating" not in replies and "Anything else" not in replies


@pytest.mark.parametrize("said", ["stop the check in", "can we stop now please"])
def test_stopping_at_the_last_question_saves_what_was_told(someone: TestBot, said: str) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say("6")
    someone.say("tired")
    replies = someone.say(said)
    assert "saved your 6" in replies
    assert "reminders" not in replies and "Back to your check-in" not in replies


@pytest.mark.parametrize(
    ("said", "shown"),
    [
        ("off the charts good", "My scale stops at 10, so I'll note it as a 10."),
        ("through the roof good", "My scale stops at 10, so I'll note it as a 10."),
        ("off the scale bad", "My scale starts at 1, so I'll note it as a 1."),
    ],
)
def test_a_mood_past_an_end_in_words_is_that_end(someone: TestBot, said: str, shown: str) -> None:
    someone.onboard()
    someone.say("check in")
    replies = someone.say(said)
    assert shown in replies and "sounds hard. If you put a number" not in replies


@pytest.mark.parametrize("told", ["cos my dad is ill", "nan's back in hospital", "my dog is sick"])
def test_someone_ill_is_met_as_worry_not_frustration(someone: TestBot, told: str) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say("2")
    replies = someone.say(told)
    assert "frustrating" not in replies
    assert "something's really got to you" not in someone.say("no")


@pytest.mark.parametrize(
    ("first", "nothing"),
    [
        ("delete my data", "There's nothing to erase"),
        ("can you delete everything you have on me", "There's nothing to erase"),
        ("export my data", "There's nothing to send you yet"),
    ],
)
def test_a_data_request_as_the_first_message_is_told_nothing_is_held(
    someone: TestBot, first: str, nothing: str
) -> None:
    replies = someone.say(first)
    assert nothing in replies and "Is it OK for me to keep" in replies
    assert "I'll help with that in a moment" not in replies
    assert "permanently erase" not in someone.say("yes")


def test_delete_my_data_to_the_consent_question_is_a_no(someone: TestBot) -> None:
    someone.say("hi")
    replies = someone.say("delete my data")
    assert "There's nothing to erase" in replies and "I won't keep your messages" in replies


@pytest.mark.parametrize("asked", ["export my data", "can i get a copy of my data"])
def test_a_copy_asked_for_while_waiting_for_the_team_is_sent(someone: TestBot, asked: str) -> None:
    someone.onboard()
    someone.say("can i talk to a real person")
    assert "Here's what MindLink keeps about you" in someone.say(asked)


def test_a_copy_of_someone_elses_data_is_not_sent(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("my son uses this, can you export his data")
    assert "when they ask themselves" in replies and "keeps about you" not in replies


@pytest.mark.parametrize(
    "first",
    [
        "hi is this the mental health text line? i really need to talk to someone",
        "is this free? i need to speak to someone",
    ],
)
def test_a_person_asked_for_beside_a_first_question_is_asked_for_after_consent(
    someone: TestBot, first: str
) -> None:
    assert "I'll help with that in a moment" in someone.say(first)
    assert ASKED_TEAM in someone.say("yes")


@pytest.mark.parametrize("first", ["hello, i am 15 is that ok", "im 14 can i use this"])
def test_a_young_person_asking_if_they_may_is_answered_first(someone: TestBot, first: str) -> None:
    replies = someone.say(first)
    assert "young people are welcome" in replies and "Is it OK for me to keep" in replies


@pytest.mark.parametrize(
    ("said", "mood"),
    [
        ("7 today which is better than it's been in weeks", 7),
        ("8 — had a lovely walk with the dog and a nice lunch with my sister", 8),
        ("honestly a 3, my landlord is at it again and i cant deal", 3),
    ],
)
def test_a_score_opening_a_longer_answer_is_the_score(
    someone: TestBot, said: str, mood: int
) -> None:
    someone.onboard()
    someone.say("check in")
    replies = someone.say(said)
    assert "If you put a number on how you feel" not in replies
    saved = someone.say("skip")
    if "What words would you use" in replies:
        saved = someone.say("skip")
    assert f" {mood}" in saved and "aved" in saved


def test_better_than_in_weeks_is_met_gladly(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    assert someone.say("7 today which is better than it's been in weeks").startswith("Glad")
    assert "hasn't all been easy" not in someone.say("no")


@pytest.mark.parametrize(
    "said", ["3 exams tomorrow and im scared", "10 hours at work today and im shattered"]
)
def test_a_count_opening_an_answer_is_no_score(someone: TestBot, said: str) -> None:
    someone.onboard()
    someone.say("check in")
    assert "If you put a number on how you feel" in someone.say(said)


@pytest.mark.parametrize(
    ("said", "mood"),
    [
        ("sorry only seeing this now. about a 5", 5),
        ("sorry just seen this! 7 today", 7),
        ("soz was at work - 6/10", 6),
    ],
)
def test_a_score_given_with_a_late_apology_is_a_check_in(
    someone: TestBot, said: str, mood: int
) -> None:
    someone.onboard()
    assert "What words would you use" in someone.say(said)
    someone.say("skip")
    assert f"{mood}" in someone.say("skip")


@pytest.mark.parametrize(
    ("said", "mood"), [("8 but yesterday was a 3", 8), ("4, yesterday was a 7 though", 4)]
)
def test_another_days_score_beside_todays_is_no_feeling(
    someone: TestBot, said: str, mood: int
) -> None:
    someone.onboard()
    someone.say("check in")
    assert "What words would you use" in someone.say(said)
    someone.say("skip")
    saved = someone.say("skip")
    assert f"{mood}" in saved and "hasn't all been easy" not in saved


@pytest.mark.parametrize(
    "said", ["it's complicated", "up and down tbh", "honestly its all over the place"]
)
def test_hard_to_put_a_number_on_is_asked_roughly(someone: TestBot, said: str) -> None:
    someone.onboard()
    someone.say("check in")
    replies = someone.say(said)
    assert "Roughly, is it low (1–3), middling (4–6) or good (7–10)?" in replies
    assert "didn't catch a number" not in replies
    assert "note that as about a 5" in someone.say("middling")


@pytest.mark.parametrize(
    "said", ["is there anyone i can actually talk to", "is there someone real i could speak to"]
)
def test_is_there_anyone_i_can_talk_to_asks_the_team(someone: TestBot, said: str) -> None:
    someone.onboard()
    assert ASKED_TEAM in someone.say(said)


def test_a_helpline_asked_for_is_still_named(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("is there anyone else i can call, like a helpline")
    assert "116 123" in replies and ASKED_TEAM not in replies


def _team_answers_then_hands_back(person: TestBot, app: Flask) -> None:
    """Someone from the team takes the chat, says hello, and hands it back to the bot."""
    from console import handoff

    with app.extensions["mindlink"].db.session() as session:
        session.add(Staff(id=1, email="s@example.org", password_hash="x", role="support"))
        convo = person.conversation(session)
        assert convo is not None
        now = app.extensions["mindlink"].clock.now
        handoff.take_over(session, convo, 1, now)
        handoff.reply(session, convo, 1, "Hi, I'm Sam from the team", now)
        session.commit()
    assert person.say("thanks sam") == ""
    with app.extensions["mindlink"].db.session() as session:
        convo = person.conversation(session)
        assert convo is not None
        handoff.hand_back(session, convo, app.extensions["mindlink"].clock.now)
        session.commit()


@pytest.mark.parametrize("said", ["hello?", "check in"])
def test_the_first_answer_after_the_team_hands_back_says_it_is_the_bot(
    someone: TestBot, real_app: Flask, said: str
) -> None:
    person = someone.onboard()
    person.say("can i talk to a real person")
    _team_answers_then_hands_back(person, real_app)
    replies = person.say(said)
    assert "handed this chat back to me, MindLink's bot" in replies
    assert "handed this chat back" not in person.say("ok")


@pytest.mark.parametrize(
    "first", ["i need help with my anxiety", "any tips for dealing with stress?"]
)
def test_help_asked_for_in_a_first_message_is_given_after_consent(
    someone: TestBot, first: str
) -> None:
    assert "I'll help with that in a moment" in someone.say(first)
    replies = someone.say("yes")
    assert "A few things that help" in replies and "Here's what I can do" not in replies


def test_a_loss_told_after_who_sent_them_is_about_the_one_lost(someone: TestBot) -> None:
    someone.say(
        "Hello, my name is Margaret. My daughter set this up for me. I'm 74 and I have been "
        "rather lonely since my husband passed."
    )
    replies = someone.say("yes")
    assert "tell me about him" in replies and "about her" not in replies


@pytest.mark.parametrize(
    ("first", "answer"),
    [("idk why im texting this", "yes"), ("honestly dont know why im here", "no")],
)
def test_not_knowing_why_they_text_is_heard_after_consent(
    someone: TestBot, first: str, answer: str
) -> None:
    assert "I'll help with that" not in someone.say(first)
    replies = someone.say(answer)
    assert "you don't need a reason to text" in replies and "Here's what I can do" not in replies
    assert "1 (really low) to 10" not in someone.say("work has been rough")


@pytest.mark.parametrize("asked", ["what was my last score", "hey whats my last rating?"])
def test_the_last_score_asked_for_outside_a_check_in_is_read_back(
    someone: TestBot, asked: str
) -> None:
    someone.onboard()
    replies = someone.say(asked)
    assert "I don't have an earlier check-in saved" in replies
    assert "not something I can help with" not in replies
    someone.say("check in")
    someone.say("5")
    someone.say("skip")
    someone.say("skip")
    assert "Your last check-in was a 5, earlier today." in someone.say(asked)
