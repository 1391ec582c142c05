"""Carrier keywords on SMS and WhatsApp: STOP silences everything, START resumes, HELP explains."""

from __future__ import annotations

from datetime import timedelta

import pytest
from flask import Flask
from sqlalchemy import select

from bot.outbox import queue_replies
from bot.types import Reply
from store.models import Conversation, Flag, InboundMessage, Reminder, ScheduledJob
from tasks.messaging import deliver_task
from tests.botdriver import TestBot
from tests.fakes import FakeClock, RecordingChannel

OPT_OUT_WORDS = ("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT")
# How people really type them: any case, padded, punctuated.
SPELLINGS = ("{}", "{}.", "  {}  ", "{}!!", "\t{}\n", "'{}'")
CHANNELS = ("sms", "whatsapp")
UNSUBSCRIBED = "unsubscribed"


def person(testbot: TestBot, channel: str, n: int = 0) -> TestBot:
    """A fresh person on ``channel``."""
    return testbot.as_(f"+4474001{n:05d}", channel)


def spell(word: str, index: int) -> str:
    """The ``index``-th spelling of ``word``, with the case varied too."""
    cased = (word, word.lower(), word.capitalize())[index % 3]
    return SPELLINGS[index % len(SPELLINGS)].format(cased)


def convo_of(app: Flask, bot: TestBot) -> Conversation:
    """This person's conversation row."""
    with app.extensions["mindlink"].db.session() as session:
        convo = bot.conversation(session)
        assert convo is not None
        return convo


def sent_to(channel: RecordingChannel, bot: TestBot) -> list[str]:
    """Bodies that actually went to the provider for this person."""
    to = f"whatsapp:{bot.sender}" if bot.channel == "whatsapp" else bot.sender
    return channel.bodies(to)


@pytest.mark.parametrize("channel_name", CHANNELS)
@pytest.mark.parametrize(("index", "word"), list(enumerate(OPT_OUT_WORDS)))
def test_every_opt_out_word_stops_everything_after_one_confirmation(
    testbot: TestBot,
    app: Flask,
    channel: RecordingChannel,
    channel_name: str,
    index: int,
    word: str,
) -> None:
    bot = person(testbot, channel_name, index)
    welcome = bot.say("hi")
    assert "Reply YES or NO" in welcome, "first contact starts onboarding"
    before = len(sent_to(channel, bot))

    bot.push(spell(word, index))
    replies = bot.pop()
    assert len(replies) == 1, replies
    assert UNSUBSCRIBED in replies[0]
    assert "START" in replies[0], "the confirmation says how to come back"
    assert convo_of(app, bot).opted_out
    assert len(sent_to(channel, bot)) == before + 1

    assert bot.say("hello? are you there") == ""
    assert bot.say("yes") == ""
    assert len(sent_to(channel, bot)) == before + 1, "nothing more went out"


@pytest.mark.parametrize(
    ("channel_name", "spelling"),
    [(CHANNELS[i % 2], spell("STOP", i)) for i in range(len(SPELLINGS))],
)
def test_stop_as_the_very_first_message(
    testbot: TestBot, app: Flask, channel_name: str, spelling: str
) -> None:
    bot = person(testbot, channel_name)
    bot.push(spelling)
    replies = bot.pop()
    assert len(replies) == 1 and UNSUBSCRIBED in replies[0], replies
    assert convo_of(app, bot).opted_out


@pytest.mark.parametrize("text", ["stop asking me that", "I can't stop crying", "the end"])
def test_opt_out_words_inside_a_sentence_do_not_opt_out(
    testbot: TestBot, app: Flask, text: str
) -> None:
    bot = person(testbot, "sms")
    bot.say("hi")
    assert bot.say(text) != ""
    assert not convo_of(app, bot).opted_out


@pytest.mark.parametrize("channel_name", CHANNELS)
def test_outbound_queued_after_opting_out_is_skipped_not_sent(
    testbot: TestBot, app: Flask, channel: RecordingChannel, clock: FakeClock, channel_name: str
) -> None:
    bot = person(testbot, channel_name)
    bot.say("hi")
    bot.say("stop")
    before = len(channel.sent)
    db = app.extensions["mindlink"].db
    with db.session() as session:
        convo = bot.conversation(session)
        assert convo is not None
        rows = queue_replies(
            session,
            convo,
            [Reply("Time for your check-in", kind="reminder"), Reply("A late answer")],
            clock(),
        )
        ids = [row.id for row in rows]
    with app.app_context():
        deliver_task.apply(args=[convo.id]).get()
    assert len(channel.sent) == before
    skipped = [row for row in bot.outbound() if row.id in ids]
    assert [(row.status, row.error_reason) for row in skipped] == [("skipped", "opted_out")] * 2


def test_opting_out_cancels_reminders_and_pending_jobs(
    testbot: TestBot, app: Flask, clock: FakeClock
) -> None:
    bot = person(testbot, "whatsapp")
    bot.say("hi")
    db = app.extensions["mindlink"].db
    with db.session() as session:
        convo = bot.conversation(session)
        assert convo is not None
        session.add(
            Reminder(
                conversation_id=convo.id,
                kind="checkin",
                label="check in",
                rrule="FREQ=DAILY",
                local_time="09:00",
                timezone="Europe/London",
                next_fire_at=clock() + timedelta(hours=20),
                active=True,
            )
        )
        session.add(
            ScheduledJob(
                conversation_id=convo.id,
                kind="crisis_followup",
                due_at=clock() + timedelta(hours=1),
                payload={},
            )
        )
    said = bot.say("OptOut")
    assert "Your reminder has been switched off" in said
    with db.session() as session:
        assert [r.active for r in session.scalars(select(Reminder))] == [False]
        assert [j.status for j in session.scalars(select(ScheduledJob))] == ["cancelled"]
    clock.advance(days=3)  # START days later: back on, from the next 9am
    assert "Your reminder is back on" in bot.say("START")
    with db.session() as session:
        (reminder,) = session.scalars(select(Reminder))
        assert reminder.active and reminder.next_fire_at > clock()
        assert reminder.next_fire_at - clock() <= timedelta(days=1)
    assert "back on" not in bot.say("START")  # switched back on once, not again


def test_a_crisis_after_opting_out_reaches_staff_and_gets_the_helpline_once(
    testbot: TestBot, app: Flask, channel: RecordingChannel
) -> None:
    """Unsubscribed is not unheard: a crisis told after STOP is flagged for staff and
    answered once with the emergency number and the helpline; nothing else is sent."""
    bot = person(testbot, "sms")
    bot.say("hi")
    bot.say("STOP")
    before = len(channel.sent)
    reply = bot.say("i want to end my life")
    assert "unsubscribed" in reply and "999" in reply and "Samaritans" in reply
    assert len(channel.sent) == before + 1
    with app.extensions["mindlink"].db.session() as session:
        flags = list(session.scalars(select(Flag)))
    assert [f.reason for f in flags] == ["crisis"]
    assert bot.say("i had pasta for tea") == ""
    assert convo_of(app, bot).opted_out, "still unsubscribed"


@pytest.mark.parametrize("channel_name", CHANNELS)
def test_asking_to_erase_after_opting_out_erases_and_confirms_once(
    testbot: TestBot, app: Flask, channel: RecordingChannel, channel_name: str
) -> None:
    bot = person(testbot, channel_name)
    bot.say("hi")
    bot.say("yes")
    bot.say("remind me to drink water every day at 9am")
    bot.say("STOP")
    before = len(sent_to(channel, bot))
    assert "erased" in bot.say("please delete my data")
    assert len(sent_to(channel, bot)) == before + 1
    convo = convo_of(app, bot)
    assert convo.opted_out, "still unsubscribed"
    with app.extensions["mindlink"].db.session() as session:
        assert list(session.scalars(select(Reminder))) == []
        bodies = [m.body for m in session.scalars(select(InboundMessage))]
    assert set(bodies) == {""}, "every message blanked"
    assert bot.say("hello?") == "", "and nothing more after"


def test_part_of_the_data_after_opting_out_is_not_a_wipe(testbot: TestBot, app: Flask) -> None:
    bot = person(testbot, "sms")
    bot.say("hi")
    bot.say("STOP")
    assert bot.say("delete my last message") == ""
    with app.extensions["mindlink"].db.session() as session:
        assert any(m.body for m in session.scalars(select(InboundMessage)))


@pytest.mark.parametrize(
    ("channel_name", "word"),
    [("sms", "START"), ("whatsapp", "start"), ("sms", " Unstop. "), ("whatsapp", "UNSTOP")],
)
def test_start_and_unstop_resume_with_a_reply(
    testbot: TestBot, app: Flask, channel: RecordingChannel, channel_name: str, word: str
) -> None:
    bot = person(testbot, channel_name)
    bot.say("hi")
    bot.say("stop")
    assert bot.say("hello") == ""
    back = bot.say(word)
    assert "Welcome back" in back
    assert not convo_of(app, bot).opted_out
    assert bot.say("hello") != "", "messages flow again"
    assert sent_to(channel, bot)[-1] == bot.outbound()[-1].body


@pytest.mark.parametrize(
    ("channel_name", "number", "helpline"),
    [
        ("sms", "+447400123456", "116 123"),
        ("whatsapp", "+14155550123", "988"),
        ("whatsapp", "+61400123456", "13 11 14"),
    ],
)
def test_help_says_what_this_is_how_to_stop_and_where_to_get_help(
    testbot: TestBot, channel_name: str, number: str, helpline: str
) -> None:
    bot = testbot.as_(number, channel_name)
    bot.say("hi")
    text = bot.say("Help!")
    assert "wellbeing companion" in text
    assert "not a therapist" in text and "not an emergency service" in text
    assert "STOP" in text
    assert helpline in text, text


def test_help_is_answered_even_after_opting_out(testbot: TestBot) -> None:
    testbot.push("STOP")
    testbot.pop()
    testbot.push("HELP")
    replies = testbot.pop()
    assert replies and "STOP" in replies[0] and "116 123" in replies[0]


@pytest.mark.parametrize(
    "words",
    ["stop texting me", "pls stop messaging me", "stop please", "STOP STOP", "unsubscribe me"],
)
def test_stop_said_with_a_little_more_is_a_stop(testbot: TestBot, app: Flask, words: str) -> None:
    bot = person(testbot, "sms", 41).onboard()
    assert "unsubscribed" in bot.say(words)
    assert convo_of(app, bot).opted_out


@pytest.mark.parametrize(
    "words",
    [
        "how do I unsubscribe?",
        "i want to unsubscribe",
        "how do i stop these messages",
        "Could you tell me how I stop receiving these messages?",
    ],
)
def test_asking_in_words_says_how_to_stop_and_keeps_them_subscribed(
    testbot: TestBot, app: Flask, words: str
) -> None:
    bot = person(testbot, "sms", 40).onboard()
    assert "reply STOP" in bot.say(words)
    assert not convo_of(app, bot).opted_out
    assert "nothing to cancel" in bot.say("stop sending me reminders")  # reminders, not STOP


@pytest.mark.parametrize(
    "words", ["how do i stop overthinking at night", "how do i stop panic attacks"]
)
def test_asking_how_to_stop_a_feeling_is_not_about_unsubscribing(
    testbot: TestBot, words: str
) -> None:
    bot = person(testbot, "sms", 41).onboard()
    assert "reply STOP" not in bot.say(words)


@pytest.mark.parametrize("words", ["stop please", "ok stop", "pls stop now"])
def test_stop_please_in_the_middle_of_a_check_in_ends_it_not_the_subscription(
    testbot: TestBot, app: Flask, words: str
) -> None:
    bot = person(testbot, "sms")
    bot.say("hi")
    bot.say("yes")
    bot.say("check in")
    replies = bot.say(words)
    assert UNSUBSCRIBED not in replies
    assert not convo_of(app, bot).opted_out
    assert convo_of(app, bot).active_flow is None


def test_the_bare_keyword_mid_check_in_still_unsubscribes(testbot: TestBot, app: Flask) -> None:
    bot = person(testbot, "sms")
    bot.say("hi")
    bot.say("yes")
    bot.say("check in")
    assert UNSUBSCRIBED in bot.say("STOP")
    assert convo_of(app, bot).opted_out
