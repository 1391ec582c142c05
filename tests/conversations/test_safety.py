"""Safety runs first on every message, whatever flow is active."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from typing import Any

import pytest
import responses
from flask import Flask
from sqlalchemy import select

from mindlink import create_app
from nlu import Parse
from nlu.fake import FakeClassifier
from store.models import Flag, ScheduledJob
from tests.botdriver import TestBot
from tests.fakes import FakeClock, RecordingChannel


def flags(app: Flask) -> list[Flag]:
    with app.extensions["mindlink"].db.session() as session:
        return list(session.scalars(select(Flag)))


def jobs(app: Flask, kind: str) -> list[ScheduledJob]:
    with app.extensions["mindlink"].db.session() as session:
        return list(session.scalars(select(ScheduledJob).where(ScheduledJob.kind == kind)))


def test_crisis_as_the_very_first_message_gets_help_before_any_welcome(
    newcomer: TestBot, app: Flask
) -> None:
    replies = newcomer.say("i want to kill myself")
    assert "Samaritans" in replies and "116 123" in replies
    assert "consent" not in replies.lower() and "keep our conversation" not in replies
    assert "person" in replies
    assert [f.reason for f in flags(app)] == ["crisis"]
    assert jobs(app, "crisis_followup")


@pytest.mark.parametrize(
    "message",
    [
        "i want to end my life",
        "kms",
        "I took a bunch of pills an hour ago",
        "he hits me when he's drunk and I'm scared to go home",
        "i've started cutting myself again",
        "everyone would be better off without me",
    ],
)
def test_crisis_messages_get_the_local_helpline_and_a_person(
    person: TestBot, app: Flask, message: str
) -> None:
    replies = person.say(message)
    assert "116 123" in replies
    assert any(f.reason == "crisis" for f in flags(app))


def test_crisis_in_the_middle_of_a_flow_interrupts_it(person: TestBot, app: Flask) -> None:
    assert "1 (really low) to 10" in person.say("check in")
    replies = person.say("honestly i don't want to be alive anymore")
    assert "116 123" in replies
    assert "words would you use" not in replies
    # The check-in is over: a number now is not taken as the mood.
    with app.extensions["mindlink"].db.session() as session:
        assert person.conversation(session).active_flow is None


def test_helpline_follows_the_country_of_the_number(testbot: TestBot) -> None:
    us = testbot.as_("+12015550123", "sms")
    assert "988" in us.say("I want to die")
    unknown = testbot.as_("+8821234567", "sms")
    assert "findahelpline.com" in unknown.say("I want to die")


def test_yes_to_the_offer_hands_over_and_the_bot_goes_quiet(person: TestBot, app: Flask) -> None:
    person.say("i want to end it all")
    assert "team" in person.say("yes please")
    waiting = person.say("hello? is anyone there")
    assert "No one from our team has joined yet" in waiting and "call 999" in waiting
    # never silent while no one has joined, and the full note is not repeated every time
    assert "passed your message on" in person.say("i had a rough day")
    assert "added that for our team" in person.say("it was work again")
    with app.extensions["mindlink"].db.session() as session:
        assert person.conversation(session).handed_over


def test_asking_again_or_thanking_while_waiting_gets_its_own_answer(person: TestBot) -> None:
    person.say("i want to end it all")
    assert "team" in person.say("yes")
    person.say("i had a rough day")
    again = person.say("can i talk to someone real")
    assert "don't need to ask again" in again and "999" in again
    assert "You're welcome" in person.say("ok thanks")
    assert "added that for our team" in person.say("it was work again")


def test_no_to_the_offer_is_respected_and_the_follow_up_still_comes(person: TestBot) -> None:
    person.say("i want to end it all")
    replies = person.say("no")
    assert "check in on you" in replies
    followup = person.tick(minutes=61)
    assert any("check in after earlier" in r for r in followup)


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("a bit better thanks", "glad it's a bit easier"),
        # not good: asked directly about safety
        ("still really bad", "ask you directly"),
        ("no", "I'm here with you"),
        ("not ok tbh", "ask you directly"),
    ],
)
def test_the_answer_to_the_follow_up_is_heard(person: TestBot, answer: str, expected: str) -> None:
    person.say("i want to end it all")
    person.say("no")
    person.tick(minutes=61)
    replies = person.say(answer)
    assert expected in replies
    if expected == "I'm here with you":
        assert "Reply YES" in replies
        assert "someone from our team" in person.say("yes")


def test_follow_up_arrives_even_in_quiet_hours(person: TestBot) -> None:
    person.tick(hours=10)  # 22:00 London: quiet hours
    person.say("i want to kill myself")
    followup = person.tick(minutes=61)
    assert any("check in after earlier" in r for r in followup)


@pytest.mark.parametrize(
    ("number", "message", "emergency"),
    [
        ("+447400123456", "i took a whole box of paracetamol", "call 999 now"),
        ("+12015550123", "no i'm not safe", "call 911 now"),
        ("+61412345678", "my boyfriend hits me", "call 000 if it's safe to"),
        ("+61412345678", "my boyfriend hits me", "1800RESPECT on 1800 737 732"),
    ],
)
def test_danger_and_abuse_get_the_country_s_emergency_number(
    testbot: TestBot, app: Flask, number: str, message: str, emergency: str
) -> None:
    someone = testbot.as_(number, "sms").onboard()
    assert emergency in someone.say(message)
    assert any(f.reason == "crisis" for f in flags(app))


def test_two_pills_for_a_headache_is_not_an_overdose(person: TestBot, app: Flask) -> None:
    assert "call 999" not in person.say("took 2 pills for my headache, feeling better")
    assert flags(app) == []


def test_soon_after_a_crisis_more_of_it_is_met_with_support_not_a_new_topic(
    person: TestBot,
) -> None:
    person.say("i took a bunch of pills")
    stay = person.say("like 20")
    assert "I'm here with you" in stay and "call 999 now" in stay
    assert "1 (really low) to 10" not in stay
    assert "someone from our team" in person.say("yes")  # the offer stayed open


def test_a_doubtful_message_after_a_crisis_is_not_asked_about_again(person: TestBot) -> None:
    person.say("i don't want to be here anymore")
    follow = person.say("i give up")
    assert "I'm here with you" in follow and "ask you directly" not in follow
    later = person.tick(minutes=61)  # the window has passed: asked directly again
    assert later
    assert "ask you directly" in person.say("i give up")


def test_giving_up_after_abuse_asks_once_about_their_own_safety(person: TestBot) -> None:
    person.say("my husband hits me")
    assert "ask you directly" in person.say("i give up")  # hurt by him; their own thoughts
    person.say("no")
    again = person.say("i give up")
    assert "ask you directly" not in again


def test_a_yes_after_declining_the_person_is_heard(person: TestBot) -> None:
    person.say("i don't want to be here anymore")
    person.say("no")
    taken_back = person.say("actually yes i do think about it")
    assert "I'm here with you" in taken_back and "Reply YES" in taken_back
    assert "someone from our team" in person.say("yes")


def test_a_no_to_the_direct_question_can_be_taken_back(person: TestBot, app: Flask) -> None:
    person.say("whats the point of anything anymore")
    person.say("no")
    assert "116 123" in person.say("actually, yes i do think about it")
    assert any(f.reason == "crisis" for f in flags(app))


def test_what_do_i_do_after_telling_of_abuse_gets_help_not_the_menu(person: TestBot) -> None:
    person.say("my dad hits me")
    guidance = person.say("what should i do")
    assert "call 999 if it's safe to" in guidance and "Here's what I can do" not in guidance
    assert "Here's what I can do" in person.say("menu")


def test_a_request_after_a_crisis_is_still_answered(person: TestBot) -> None:
    person.say("i want to end it all")
    assert "breathe together" in person.say("can we do a breathing exercise")


def test_doubtful_message_gets_a_direct_caring_question(person: TestBot, app: Flask) -> None:
    replies = person.say("whats the point of anything anymore")
    assert "thoughts of hurting yourself or ending your life" in replies
    assert "116 123" in person.say("yeah")
    assert any(f.reason == "crisis" for f in flags(app))


@pytest.mark.parametrize(
    "message", ["i hate myself", "honestly i'm worthless", "they'd be happier without me"]
)
def test_self_hatred_is_asked_about_directly(person: TestBot, message: str) -> None:
    assert "thoughts of hurting yourself or ending your life" in person.say(message)


def test_one_no_does_not_close_the_safety_path(person: TestBot, app: Flask) -> None:
    person.say("i can't go on like this")
    replies = person.say("no")
    assert "116 123" in replies
    assert jobs(app, "gentle_followup")
    later = person.tick(hours=25)
    # (on WhatsApp it comes an hour before the 24-hour window closes, so it can be sent)
    assert any("checking in" in r for r in later)
    assert person.outbound()[-1].status != "skipped"


def test_whatsapp_message_outside_24h_uses_the_approved_template(
    config: dict, channel, clock
) -> None:
    from mindlink import create_app
    from nlu.fake import FakeClassifier

    config["whatsapp_templates"] = {
        "followup": {"content_sid": "HX" + "1" * 32, "variables": ["message"]},
        "reminder": {"content_sid": "HX" + "2" * 32, "variables": ["reminder"]},
    }
    app = create_app(config, channel=channel, classifier=FakeClassifier, clock=clock)
    app.extensions["mindlink"].db.create_all()
    bot = TestBot(app, app.test_client(), "+447400123456", "whatsapp").onboard()
    bot.say("i can't go on")
    bot.say("no")
    bot.tick(hours=23, minutes=30)  # the next day's check, sent inside the window
    assert channel.sent[-1].content_sid is None
    bot.say("remind me to stretch in 2 days")
    bot.tick(hours=49)  # silence since: the reminder needs the approved template
    assert channel.sent[-1].content_sid == "HX" + "2" * 32
    assert bot.outbound()[-1].status == "queued"


@pytest.mark.parametrize(
    "message",
    [
        "rush hour is murder",
        "dying to try that new place",
        "this exam is killing me",
        "lol i'm dead 💀",
        "killing it at the gym today",
    ],
)
def test_hard_negatives_are_not_a_crisis(person: TestBot, app: Flask, message: str) -> None:
    replies = person.say(message)
    assert "116 123" not in replies
    assert flags(app) == []


def test_worry_for_someone_else_gets_care_not_a_crisis_flag(person: TestBot, app: Flask) -> None:
    replies = person.say("my cousin keeps saying he wants to die, how do I support him")
    assert "ask them directly" in replies
    assert "how are you doing yourself" in replies
    assert flags(app) == []


def test_talk_to_a_person_hands_over_until_staff_hand_back(person: TestBot, app: Flask) -> None:
    assert "team" in person.say("can I talk to a real person")
    assert "passed your message on" in person.say("check in")
    assert "1 (really low) to 10" not in person.say("check in")  # noted for the team, no flow
    with app.extensions["mindlink"].db.session() as session:
        convo = person.conversation(session)
        convo.handed_over = False  # what the console's "hand back" does
    assert "1 (really low) to 10" in person.say("check in")


def test_once_staff_reply_the_bot_says_nothing_while_they_talk(person: TestBot, app: Flask) -> None:
    from console.handoff import reply
    from tests.console import seed

    now = app.extensions["mindlink"].clock.now
    staff_id = seed.staff(app, "support", now)
    person.say("can I talk to a real person")
    person.tick(minutes=31)
    assert "No one from our team has joined yet" in person.say("still waiting")
    with app.extensions["mindlink"].db.session() as session:
        convo = person.conversation(session)
        now = app.extensions["mindlink"].clock.now
        reply(session, convo, staff_id, "Hi, I'm Sam from the team.", now)
        session.commit()
    person.tick(minutes=31)
    assert person.say("hi sam") == ""


def test_stop_always_wins_even_when_handed_over(person: TestBot) -> None:
    """STOP unsubscribes even while handed over; a crisis told after it gets one answer
    with the helpline, and nothing else is sent."""
    person.say("talk to a person")
    assert "unsubscribed" in person.say("STOP")
    after = person.say("i want to kill myself")
    assert "unsubscribed" in after and "Samaritans" in after
    assert person.say("hello?") == ""


@responses.activate
def test_staff_are_alerted_on_the_configured_webhook(config: dict, channel, clock) -> None:
    from mindlink import create_app
    from nlu.fake import FakeClassifier

    config["staff_alert_webhook"] = "https://alerts.example.org/hook"
    responses.post("https://alerts.example.org/hook", json={"ok": True})
    app = create_app(config, channel=channel, classifier=FakeClassifier, clock=clock)
    app.extensions["mindlink"].db.create_all()
    bot = TestBot(app, app.test_client(), "+447400123456")
    bot.say("i want to kill myself")
    assert len(responses.calls) == 1
    payload = json.loads(responses.calls[0].request.body)
    assert payload["reason"] == "crisis"
    assert set(payload) == {"flag_id", "conversation_id", "reason", "crisis_kind", "flagged_at"}
    assert flags(app)[0].alerted


class _Scripted(FakeClassifier):
    """Readings the keyword rules cannot give: a doubtful danger, a general worry."""

    def classify(self, text: str, *, tz: str = "UTC", now: datetime | None = None) -> Parse:
        parse = super().classify(text, tz=tz, now=now)
        if text in ("i need help", "please help me now, he's got a knife"):
            return replace(
                parse, intent="crisis", crisis=True, crisis_score=0.97, crisis_kind="danger"
            )
        if text == "i want to stop":  # the model alone cannot tell an exercise from a life
            return replace(
                parse, intent="crisis", crisis=True, crisis_score=0.87, crisis_kind="suicidal"
            )
        if text == "i'm scared":
            return replace(parse, crisis=True, crisis_score=0.3, crisis_kind="danger")
        if text.startswith(("my brother seems really down", "my best friend", "what should i")):
            return replace(parse, intent="support_other", crisis_kind="third_party")
        return parse


@pytest.fixture
def scripted(config: dict, channel: RecordingChannel, clock: FakeClock) -> Iterator[TestBot]:
    app = create_app(config, channel=channel, classifier=_Scripted, clock=clock)
    app.extensions["mindlink"].db.create_all()
    yield TestBot(app, app.test_client()).as_("+447400123456").onboard()
    app.extensions["mindlink"].db.engine.dispose()


def test_a_possible_danger_is_asked_about_as_danger(scripted: TestBot) -> None:
    asked = scripted.say("i'm scared")
    assert "is someone hurting or threatening you" in asked
    assert "ending your life" not in asked
    assert "\nIf you need someone right now" in asked
    assert "call 999" in scripted.say("yes")  # the danger answer: the emergency number
    [flag] = flags(scripted.app)
    assert (flag.reason, flag.crisis_kind) == ("crisis", "danger")


def test_general_worry_for_someone_else_does_not_presume_suicide(scripted: TestBot) -> None:
    replies = scripted.say("my brother seems really down lately, how can i support him")
    assert "suicide" not in replies and "ask how they're really doing" in replies
    assert "too.\nAnd how are you doing yourself" in replies


def test_a_bare_plea_is_asked_what_is_wrong_and_about_danger(scripted: TestBot) -> None:
    asked = scripted.say("i need help")
    assert "what's going on" in asked and "are you in danger" in asked
    assert "Samaritans" in asked and not flags(scripted.app)
    assert "call 999" in scripted.say("yes")
    [flag] = flags(scripted.app)
    assert (flag.reason, flag.crisis_kind) == ("crisis", "danger")


def test_a_plea_that_says_what_is_wrong_is_a_crisis_at_once(scripted: TestBot) -> None:
    assert "call 999" in scripted.say("please help me now, he's got a knife")
    assert flags(scripted.app)


def test_i_want_to_stop_mid_exercise_stops_the_exercise(scripted: TestBot) -> None:
    scripted.mid_breathing()
    stopped = scripted.say("i want to stop")
    assert "stop there" in stopped and "How do you feel now" in stopped
    assert scripted.tick(seconds=120) == [] and not flags(scripted.app)


def test_i_want_to_stop_mid_check_in_leaves_it(scripted: TestBot) -> None:
    scripted.say("check in")
    left = scripted.say("i want to stop")
    assert "leave that for now" in left and not flags(scripted.app)


def test_i_want_to_stop_out_of_the_blue_is_heard_as_the_model_reads_it(
    scripted: TestBot,
) -> None:
    assert "Samaritans" in scripted.say("i want to stop")
    assert flags(scripted.app)


def test_asked_again_about_someone_else_gives_words_to_start_with(scripted: TestBot) -> None:
    first = scripted.say("my best friend told me she's been cutting herself")
    assert "thinking of suicide" in first
    more = scripted.say("what should i say to her")
    # words for self-harm (round 23), with suicide still asked about gently
    assert "I've noticed you've been hurting yourself" in more and "ending their life" in more
    assert more != first and not flags(scripted.app)


def test_a_crisis_long_past_and_a_no_is_met_with_gladness(person: TestBot) -> None:
    asked = person.say("i tried to kill myself years ago but i'm much better now")
    assert "are you having thoughts" in asked
    no = person.say("no")
    assert "glad things are better" in no and "breathing" not in no
    assert "Box breathing" not in person.say("yes")


def test_first_contact_after_a_crisis_opens_gently(newcomer: TestBot) -> None:
    newcomer.say("i want to kill myself")
    newcomer.say("no")
    asked = newcomer.say("ok")
    assert "still here with you" in asked and "YES or NO" in asked
    assert "Hi, I'm MindLink" not in asked


def test_asking_for_a_person_can_be_called_off_before_anyone_answers(
    person: TestBot, app: Flask
) -> None:
    assert "asked someone from our team" in person.say("can i talk to a real person")
    assert "let the team know you don't need them" in person.say("never mind, i'm ok now")
    [flag] = flags(app)
    assert flag.status == "resolved"
    assert "1 (really low) to 10" in person.say("check in")


def test_a_crisis_handover_is_not_called_off_by_the_person(person: TestBot, app: Flask) -> None:
    person.say("i want to kill myself")
    person.say("yes")  # connect me with a person
    assert "let the team know" not in person.say("never mind, i'm ok now")
    assert all(f.status != "resolved" for f in flags(app))


@pytest.mark.parametrize(
    ("text", "asked"),
    [("what's the point of this app", False), ("what's the point of anything", True)],
)
def test_the_point_of_the_app_is_not_the_point_of_living(
    person: TestBot, text: str, asked: bool
) -> None:
    assert ("are you having thoughts" in person.say(text)) is asked


def test_help_me_read_as_a_command_is_still_asked_about(person: TestBot) -> None:
    asked = person.say("help me")  # the keyword rules read it as a request for the menu
    assert "what's going on" in asked and "are you in danger" in asked
    assert "1. Check in" in person.say("what can you do")


def test_a_recovery_milestone_is_celebrated_then_asked_about_gently(person: TestBot) -> None:
    asked = person.say("6 months self harm free today!")
    assert "real milestone" in asked and "urges or thoughts of hurting yourself" in asked
    assert "116 123" in asked and not flags(person.app)
    assert "glad things are better" in person.say("no")


def test_a_milestone_that_wavers_is_a_crisis(person: TestBot) -> None:
    replies = person.say("1 year clean from self harm but i'm struggling again")
    assert "real milestone" not in replies and "116 123" in replies


def test_a_crisis_told_again_soon_leads_with_the_emergency_number(person: TestBot) -> None:
    first = person.say("i want to kill myself")
    again = person.say("i'm going to jump off the bridge near my house")
    assert again != first and "still here with you" in again
    assert again.index("999") < again.index("116 123")
    assert len(flags(person.app)) == 1


def test_someone_else_being_abused_gets_advice_for_them_not_a_crisis(person: TestBot) -> None:
    first = person.say("a friend of mine is being abused by her boyfriend")
    assert "isn't their fault" in first and "0808 2000 247" in first
    assert "connect you with a person" not in first and not flags(person.app)


def test_a_goodbye_message_from_someone_else_is_an_emergency(person: TestBot) -> None:
    replies = person.say("my friend posted a goodbye message on instagram and isn't answering")
    assert "in danger right now" in replies and "999 now" in replies


def test_looking_into_a_height_is_asked_about_directly(person: TestBot) -> None:
    asked = person.say("i looked up how high the car park roof is")
    assert "are you having thoughts of hurting yourself" in asked and "116 123" in asked


def test_a_goodbye_soon_after_a_crisis_keeps_the_helpline_in_reach(person: TestBot) -> None:
    person.say("i want to kill myself")
    person.say("no")
    assert "116 123" in person.say("thanks")
    assert "116 123" in person.say("bye")


@pytest.mark.parametrize("message", ["i feel like giving up", "honestly i want to give up"])
def test_wanting_to_give_up_is_asked_about_directly(person: TestBot, message: str) -> None:
    assert "are you having thoughts of hurting yourself" in person.say(message)


def test_giving_up_on_a_diet_is_not_asked_about(person: TestBot) -> None:
    assert "thoughts of hurting yourself" not in person.say("i feel like giving up on my diet")


def test_all_my_tablets_taken_is_an_emergency_first(person: TestBot) -> None:
    replies = person.say("i took all my tablets")
    assert replies.index("999") < replies.index("116 123")


def test_a_friend_who_took_all_her_pills_is_an_emergency_for_her(person: TestBot) -> None:
    replies = person.say("my friend took all her pills")
    assert "in danger right now" in replies and "999 now" in replies
    assert not flags(person.app)


@pytest.mark.parametrize(
    "message",
    [
        "remind me to take all my pills tonight at 10",
        "remind me at 3am to jump",
        "remind me to write my goodbye letters tomorrow",
        "can you help me sleep forever",
    ],
)
def test_a_crisis_inside_a_request_is_asked_about_not_carried_out(
    person: TestBot, message: str
) -> None:
    asked = person.say(message)
    assert "are you having thoughts of hurting yourself" in asked and "I'll remind" not in asked


def test_a_whole_supply_at_once_is_a_crisis_whatever_the_framing(person: TestBot) -> None:
    assert "116 123" in person.say("set a reminder to take all my tablets at once")
    assert flags(person.app)


class _FaintScore(FakeClassifier):
    """Reads a plain reminder request with a faint crisis score over the model threshold."""

    def classify(self, text: str, *, tz: str = "UTC", now: datetime | None = None) -> Parse:
        parse = super().classify(text, tz=tz, now=now)
        if "meds" in text:
            return replace(parse, crisis=True, crisis_score=0.06, crisis_kind="self_harm")
        return parse


def test_a_plain_request_with_a_faint_crisis_score_is_carried_out(
    config: dict[str, Any], clock: FakeClock
) -> None:
    app = create_app(config, channel=RecordingChannel(), classifier=_FaintScore, clock=clock)
    app.extensions["mindlink"].db.create_all()
    bot = TestBot(app, app.test_client()).as_("+447400123456").onboard()
    done = bot.say("remind me to take my meds every day at 9am")
    assert "I'll remind you to take your meds" in done and "hurting yourself" not in done
    assert "hurting yourself" in bot.say("i hate myself and my meds")  # words still count
    app.extensions["mindlink"].db.engine.dispose()


@pytest.mark.parametrize(
    "message", ["i'm going to kill myself tonight", "im gonna end it all in an hour"]
)
def test_a_plan_with_a_close_time_leads_with_the_emergency_number(
    person: TestBot, message: str
) -> None:
    replies = person.say(message)
    assert "999 now" in replies and replies.index("999") < replies.index("116 123")
    assert [f.crisis_kind for f in flags(person.app)] == ["danger"]


def test_a_plan_with_no_time_is_not_called_danger_now(person: TestBot) -> None:
    replies = person.say("i want to kill myself")
    assert "999 now" not in replies


def test_an_everyday_dose_for_an_everyday_ache_is_not_asked_about(person: TestBot) -> None:
    replies = person.say("i took 2 paracetamol for my headache")
    assert "hope it eases" in replies and "hurting yourself" not in replies
    assert not flags(person.app)


def test_more_about_the_person_they_worry_about_gets_more_on_helping_them(
    person: TestBot,
) -> None:
    person.say("my friend wants to kill herself what do i do")
    more = person.say("she lives far away")
    assert "no perfect thing to say" in more and "not something I can help with" not in more


class _FaintWorry(FakeClassifier):
    """Reads a vague worry with a faint crisis score just over the model threshold."""

    def classify(self, text: str, *, tz: str = "UTC", now: datetime | None = None) -> Parse:
        parse = super().classify(text, tz=tz, now=now)
        if "lately" in text:
            return replace(
                parse,
                intent="mood_report",
                intent_confidence=0.95,
                emotion="anxious",
                ekman="fear",
                emotion_confidence=0.99,
                crisis=True,
                crisis_score=0.07,
                crisis_kind="danger",
            )
        return parse


@pytest.fixture
def worried(config: dict[str, Any], clock: FakeClock) -> Iterator[TestBot]:
    app = create_app(config, channel=RecordingChannel(), classifier=_FaintWorry, clock=clock)
    app.extensions["mindlink"].db.create_all()
    yield TestBot(app, app.test_client()).as_("+447400123456").onboard()
    app.extensions["mindlink"].db.engine.dispose()


def test_a_no_to_a_question_a_faint_reading_raised_gets_the_message_answered(
    worried: TestBot,
) -> None:
    asked = worried.say("so worried about everything lately")
    assert "or are you in danger right now?" in asked
    answered = worried.say("no")
    assert "Thank you for telling me" in answered and "1 (really low) to 10" in answered
    with worried.app.extensions["mindlink"].db.session() as session:
        jobs = [j.kind for j in session.scalars(select(ScheduledJob))]
    assert "gentle_followup" not in jobs


def test_a_yes_to_a_question_a_faint_reading_raised_is_a_crisis(worried: TestBot) -> None:
    worried.say("so worried about everything lately")
    assert "999 now" in worried.say("yes")
    assert flags(worried.app)


def test_a_running_engine_in_a_closed_garage_is_danger_now(person: TestBot) -> None:
    assert "999" not in person.say("sitting in the car waiting for mum, engine running")
    replies = person.say("sitting in the car in the garage with the engine running")
    assert replies.index("999") < replies.index("116 123")


def test_where_they_are_told_soon_after_a_crisis_leads_with_the_emergency_number(
    person: TestBot,
) -> None:
    person.say("i want to kill myself")
    replies = person.say("from the bridge near my house")
    assert replies.index("999") < replies.index("116 123")
    assert [f.crisis_kind for f in flags(person.app)] == ["danger"]


def test_abuse_away_from_home_is_not_pointed_to_a_domestic_abuse_line(person: TestBot) -> None:
    replies = person.say("i'm being abused by my boss at work")
    assert "116 123" in replies and "abuse at home" not in replies


def test_abuse_at_home_gets_the_domestic_abuse_line(person: TestBot) -> None:
    assert "abuse at home" in person.say("my husband hits me")


def test_saying_it_was_not_self_harm_is_not_read_as_self_harm(person: TestBot) -> None:
    person.say("i relapsed last night, i self harm")
    assert "I'm still here with you" not in person.say("no wait it was drinking not self harm")
