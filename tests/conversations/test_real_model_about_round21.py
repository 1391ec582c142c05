"""Round twenty-one: what people ask or say about the bot. "can i ask you something" or
"quick question" in the middle of a check-in, a diary or a choice of exercise lets them in
instead of reading it as the answer; "why do you keep asking me that" is told why we ask;
"whats the point of the check ins" is told what they are for; "is this monitored" is told
who can see the chat."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

ONE_TO_TEN = "from 1 (really low) to 10 (great)"
LET_IN = "go ahead"
WHY_WE_ASK = "notice how you're doing over time"
WHO_SEES = "Our support team can read a conversation"


@pytest.mark.parametrize(
    ("start", "asked"),
    [
        ("check in", "can i ask you something"),
        ("i had a long day", "can i ask u something"),
        ("breathe", "quick question"),
        ("sleep", "can i ask something"),
    ],
)
def test_a_question_still_to_come_is_let_in_mid_flow(
    someone: TestBot, start: str, asked: str
) -> None:
    someone.onboard()
    someone.say(start)
    replies = someone.say(asked)
    assert LET_IN in replies and ONE_TO_TEN not in replies and "Just reply 1" not in replies
    asked_then = someone.say("is it normal to feel tired all the time")
    assert "didn't catch" not in asked_then and "I'll note that" not in asked_then


@pytest.mark.parametrize("asked", ["i have a question", "quick question", "got a question for u"])
def test_a_question_still_to_come_is_let_in(someone: TestBot, asked: str) -> None:
    someone.onboard()
    replies = someone.say(asked)
    assert LET_IN in replies and "Here's what I can do" not in replies


def test_why_we_keep_asking_is_told_mid_checkin(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say("7")
    replies = someone.say("why do you keep asking me that")
    assert WHY_WE_ASK in replies and "frustrating" not in replies
    assert "What words would you use" in replies


@pytest.mark.parametrize(
    "asked",
    ["whats the point of the check ins", "why do you keep asking me that", "why should i check in"],
)
def test_what_the_check_ins_are_for_is_told(someone: TestBot, asked: str) -> None:
    someone.onboard()
    replies = someone.say(asked)
    assert WHY_WE_ASK in replies and "Here's what I can do" not in replies
    assert ONE_TO_TEN not in replies


@pytest.mark.parametrize("asked", ["is this monitored", "is anyone monitoring this"])
def test_who_sees_the_chat_is_told_when_asked_if_monitored(someone: TestBot, asked: str) -> None:
    someone.onboard()
    assert WHO_SEES in someone.say(asked)


@pytest.mark.parametrize("asked", ["how do you work", "how does this thing work"])
def test_how_we_work_is_told_not_only_listed(someone: TestBot, asked: str) -> None:
    someone.onboard()
    replies = someone.say(asked)
    assert "You text me in your own words" in replies and "reply with a number" not in replies


@pytest.mark.parametrize("said", ["hello??", "is this thing on", "🤔"])
def test_waiting_or_thinking_is_met_with_here(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "I'm here" in replies and ONE_TO_TEN not in replies and "Good to hear" not in replies


def test_a_plain_hello_is_still_a_hello(someone: TestBot) -> None:
    someone.onboard()
    assert "Good to hear from you" in someone.say("hello")


@pytest.mark.parametrize("said", ["you're just a robot", "ur only a machine"])
def test_called_a_robot_is_answered_as_a_bot(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "I'm a bot, not a person" in replies and "breathing" not in replies


@pytest.mark.parametrize("said", ["sorry", "soz x", "my bad"])
def test_a_bare_sorry_needs_no_apology(someone: TestBot, said: str) -> None:
    someone.onboard()
    someone.say("ur useless")
    replies = someone.say(said)
    assert "No need to apologise" in replies and "reply whenever" not in replies
    assert "going through" not in replies and "breathing" not in replies


def test_sorry_for_a_late_reply_is_still_told_to_reply_whenever(someone: TestBot) -> None:
    someone.onboard()
    assert "reply whenever suits you" in someone.say("sorry for not replying")


def test_asked_to_talk_dirty_is_a_boundary_not_sympathy(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("can you talk dirty to me")
    assert "I can't do that" in replies and "going through" not in replies


def test_homework_read_unsurely_is_still_homework(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("can u do my coursework")
    assert "can't help with homework" in replies and "not sure I understood" not in replies


def test_an_older_person_asking_what_this_is_is_told_how_it_goes(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say(
        "Hello. I am not very good with these phones. What is this service please?"
    )
    assert "You text me in your own words" in replies


def test_is_there_a_person_reading_is_answered_not_handed_over(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("Good morning dear. Is there a person reading this?")
    assert "I'm a bot, not a person" in replies and "I've asked someone" not in replies


@pytest.mark.parametrize("said", ["i dont want reminders anymore"])
def test_nothing_to_cancel_points_to_the_check_ins_we_send(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "no more check-ins" in replies and "You can set one" not in replies


def test_pausing_the_check_ins_for_a_week_holds_them(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("can i pause the check ins for a week")
    assert "I won't message you first until Mon 9 Mar" in replies


def test_too_many_questions_is_told_why_we_ask(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("you ask too many questions")
    assert WHY_WE_ASK in replies and "frustrating" not in replies and "breathing" not in replies


@pytest.mark.parametrize("said", ["talk normal", "why are you so formal", "this is boring"])
def test_how_we_sound_complained_of_is_owned(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "I'm not getting this right for you" in replies and ONE_TO_TEN not in replies


@pytest.mark.parametrize(
    ("said", "met"),
    [("😊", "Glad to hear it!"), ("😭", "I'm sorry you're feeling this way.")],
)
def test_a_mood_emoji_alone_is_met_once(someone: TestBot, said: str, met: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert replies.count(met) == 1 and "Sorry it's a hard one" not in replies
    assert "check in properly" not in replies and "Let's note it down" not in replies
    assert "I'll note that as about" in replies


@pytest.mark.parametrize("asked", ["is this for emergencies", "can i use this in an emergency"])
def test_asked_if_we_are_for_emergencies_says_we_are_not(someone: TestBot, asked: str) -> None:
    someone.onboard()
    replies = someone.say(asked)
    assert "not a therapist or an emergency service" in replies and "116 123" in replies


def test_an_emergency_told_with_the_question_is_still_met_as_one(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("is this for emergencies i took a load of pills")
    assert "999" in replies


def test_you_are_not_real_is_answered_as_a_bot(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("you're not real")
    assert "I'm a bot, not a person" in replies and "surprise" not in replies


def test_are_you_ignoring_me_is_met_with_here(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("hello? are you ignoring me")
    assert "I'm here" in replies and "Good to hear from you" not in replies


def test_asking_to_ask_for_advice_is_let_in(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("can i ask you for advice")
    assert LET_IN in replies and "Here's what I can do" not in replies


def test_can_i_text_you_every_day_is_answered_not_a_reminder_set(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("can i text you every day")
    assert "I'm here any time" in replies and "remind you" not in replies


@pytest.mark.parametrize("asked", ["why did you text me", "why am i getting these messages"])
def test_why_we_text_is_told(someone: TestBot, asked: str) -> None:
    someone.onboard()
    replies = someone.say(asked)
    assert "Mostly I only reply when you text me" in replies and "surprise" not in replies


def test_why_did_you_text_me_after_a_reminder_names_the_reminder(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to check in in 2 minutes")
    assert "Time for your check-in" in "\n".join(someone.tick(minutes=3))
    assert "the reminder you asked me for" in someone.say("why did you text me")


@pytest.mark.parametrize(
    ("first", "then"), [("tell me a joke", "aw ok"), ("who made you", "fair enough")]
)
def test_a_soft_ok_after_an_answer_is_not_a_mood(someone: TestBot, first: str, then: str) -> None:
    someone.onboard()
    someone.say(first)
    replies = someone.say(then)
    assert "I'm here whenever you need me" in replies and ONE_TO_TEN not in replies
    assert "Thanks for telling me" not in replies


def test_whats_my_name_is_answered_plainly(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("whats my name")
    assert "I don't know your name" in replies and "small wellbeing bot" not in replies


@pytest.mark.parametrize("asked", ["do you know who i am", "remember me?"])
def test_remember_me_is_told_what_we_remember(someone: TestBot, asked: str) -> None:
    someone.onboard()
    replies = someone.say(asked)
    assert "I remember your check-ins" in replies and "lovely to hear" not in replies


def test_are_you_judging_me_is_answered(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("are you judging me")
    assert "not to judge" in replies and "surprise" not in replies


@pytest.mark.parametrize("said", ["i hate you", "fuck you"])
def test_anger_at_us_is_owned_not_offered_breathing(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "I'm not getting this right for you" in replies and "Would a short" not in replies


def test_hate_with_a_wish_to_die_is_still_a_crisis(someone: TestBot) -> None:
    someone.onboard()
    assert "116 123" in someone.say("i hate you so much i want to die")


@pytest.mark.parametrize("said", ["ur cute", "you're my best friend"])
def test_fondness_is_thanked(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "That's kind of you" in replies and "can't do that" not in replies
    assert "note it in a quick check-in" not in replies


@pytest.mark.parametrize(
    ("start", "asked", "again"),
    [
        ("sleep", "are you a bot", "What time did you get into bed"),
        ("remind me to drink water", "are you a real person", "When should I remind you"),
    ],
)
def test_a_question_about_us_mid_diary_or_reminder_is_answered(
    someone: TestBot, start: str, asked: str, again: str
) -> None:
    someone.onboard()
    someone.say(start)
    replies = someone.say(asked)
    assert "I'm a bot, not a person" in replies and again in replies
    assert "couldn't work out a time" not in replies


def test_a_joke_asked_mid_check_in_is_not_read_as_feelings(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    replies = someone.say("tell me a joke")
    assert "not something I can help with" in replies and "Thanks for telling me" not in replies
    assert ONE_TO_TEN in replies
