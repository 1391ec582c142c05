"""Interruptions: new requests, nonsense, media, STOP, and coming back hours later."""

from __future__ import annotations

from flask import Flask
from sqlalchemy import select

from store.models import CheckIn, InboundMessage, Reminder
from tests.botdriver import TestBot


def active_flow(person: TestBot, app: Flask) -> str | None:
    with app.extensions["mindlink"].db.session() as session:
        convo = person.conversation(session)
        return convo.active_flow if convo else None


def test_a_new_request_in_the_middle_of_a_flow_switches_to_it(person: TestBot, app: Flask) -> None:
    person.say("check in please")
    replies = person.say("actually can you remind me to check in every day at 9pm")
    assert "every day at 9:00pm" in replies
    assert active_flow(person, app) is None
    with app.extensions["mindlink"].db.session() as session:
        assert session.scalars(select(Reminder)).one().local_time == "21:00"


def test_nonsense_is_reasked_then_a_way_out_is_offered(person: TestBot, app: Flask) -> None:
    person.say("sleep diary")
    first = person.say("purple")
    assert "Roughly what time" in first
    second = person.say("banana")
    assert "menu" in second.lower()
    third = person.say("asdfgh")
    assert "leave that for now" in third
    assert active_flow(person, app) is None


def test_leaving_a_flow_on_request(person: TestBot, app: Flask) -> None:
    person.say("breathing")
    assert "leave that there" in person.say("never mind")
    assert active_flow(person, app) is None


def test_no_instead_of_an_answer_leaves_the_flow(person: TestBot, app: Flask) -> None:
    person.say("can we do a check in")
    replies = person.say("no")
    assert "leave that for now" in replies and "didn't catch" not in replies
    assert active_flow(person, app) is None
    person.say("sleep diary")
    assert "leave that for now" in person.say("not now")
    assert active_flow(person, app) is None


def test_goodbye_in_the_middle_of_a_flow_is_a_goodbye(person: TestBot, app: Flask) -> None:
    person.say("breathing please")
    replies = person.say("bye")
    assert "Take care" in replies and "Which" not in replies
    assert active_flow(person, app) is None


def test_no_as_an_answer_is_kept(person: TestBot, app: Flask) -> None:
    person.say("can we do a check in")
    person.say("5")
    person.say("tired")
    assert "saved your 5" in person.say("no")  # "no" note: the check-in is saved
    assert active_flow(person, app) is None


def test_a_free_text_answer_is_kept_even_if_it_reads_like_a_request(
    person: TestBot, app: Flask
) -> None:
    person.say("check in")
    person.say("4")
    assert "note" in person.say("what a nightmare")  # not the sleep coach
    person.say("skip")
    with app.extensions["mindlink"].db.session() as session:
        assert session.scalars(select(CheckIn)).one().feelings == "what a nightmare"


def test_coming_back_hours_later_is_not_stuck(person: TestBot, app: Flask) -> None:
    person.say("check in")
    person.tick(hours=7)
    replies = person.say("hello again")
    assert "How are you feeling right now" not in replies
    assert active_flow(person, app) is None


def test_coming_back_soon_resumes_the_flow(person: TestBot, app: Flask) -> None:
    person.say("check in")
    person.tick(hours=1)
    assert "words would you use" in person.say("6")


def test_media_in_the_middle_of_a_flow_gets_a_kind_answer_and_the_flow_waits(
    person: TestBot, app: Flask
) -> None:
    person.say("check in")
    person.push(
        "",
        NumMedia="1",
        MediaUrl0="https://api.twilio.com/media/ME1",
        MediaContentType0="audio/ogg",
    )
    assert "voice notes" in "\n".join(person.pop())
    assert "words would you use" in person.say("5")


def test_stop_in_the_middle_of_a_flow_wins_and_start_comes_back_clean(
    person: TestBot, app: Flask
) -> None:
    person.say("check in")
    assert "unsubscribed" in person.say("stop")
    assert person.say("5") == ""
    assert "Welcome back" in person.say("START")
    assert active_flow(person, app) is None
    assert "1 (really low) to 10" in person.say("check in")


def test_consent_declined_keeps_helping_but_keeps_no_text(newcomer: TestBot, app: Flask) -> None:
    newcomer.say("hey")
    assert "won't keep your messages" in newcomer.say("no")
    newcomer.say("yes")
    newcomer.say("check in")
    newcomer.say("4")
    newcomer.say("worn out")
    done = newcomer.say("skip")
    assert "Thanks for checking in." in done and "saved" not in done
    with app.extensions["mindlink"].db.session() as session:
        bodies = [m.body for m in session.scalars(select(InboundMessage))]
        assert session.scalars(select(CheckIn)).all() == []
    assert "worn out" not in bodies and all(b == "" for b in bodies)  # "hey" too


def test_what_was_said_before_a_no_is_not_kept_either(newcomer: TestBot, app: Flask) -> None:
    newcomer.say("hi there I'm Priya, I get panic attacks at work")
    assert "won't keep your messages" in newcomer.say("no")
    with app.extensions["mindlink"].db.session() as session:
        rows = list(session.scalars(select(InboundMessage)))
    assert [row.body for row in rows] == ["", ""] and all(row.redacted for row in rows)


def test_a_reminder_asked_for_before_consent_is_set_as_asked(newcomer: TestBot, app: Flask) -> None:
    assert "YES or NO" in newcomer.say("can you remind me to take my meds at 9pm every night")
    done = newcomer.say("no")
    assert "take your meds every day at 9:00pm" in done and "When should I" not in done
    with app.extensions["mindlink"].db.session() as session:
        [reminder] = session.scalars(select(Reminder)).all()
        convo = newcomer.conversation(session)
        assert (reminder.label, reminder.local_time) == ("take your meds", "21:00")
        assert not {"pending_action", "pending_said"} & set(convo.slots)


def test_feelings_told_before_consent_are_acknowledged(newcomer: TestBot) -> None:
    newcomer.say("hello")
    reask = newcomer.say("i've been feeling really low lately")
    assert "I'm sorry things feel hard" in reask and "YES or NO" in reask


def test_a_question_about_data_is_answered_before_consent(newcomer: TestBot) -> None:
    newcomer.say("hello")
    explained = newcomer.say("what do you do with my data?")
    assert "encrypted" in explained and "180 days" in explained and "YES or NO" in explained
    assert "Thank you" in newcomer.say("ok sure")


def test_time_zone_from_a_city(newcomer: TestBot, app: Flask) -> None:
    newcomer.say("hello")
    newcomer.say("yes")
    newcomer.say("no")
    assert "Eastern time (Toronto)" in newcomer.say("I live in Toronto now")
    with app.extensions["mindlink"].db.session() as session:
        convo = newcomer.conversation(session)
        assert (convo.timezone, convo.timezone_confirmed, convo.onboarded) == (
            "America/Toronto",
            True,
            True,
        )


def test_a_request_during_first_contact_is_answered(newcomer: TestBot) -> None:
    newcomer.say("hi")
    newcomer.say("yes")
    assert "breathe together" in newcomer.say("can we do a breathing exercise")


def test_a_first_message_request_is_answered_after_consent(newcomer: TestBot) -> None:
    welcome = newcomer.say("can we do a breathing exercise")
    assert "help with that in a moment" in welcome and "YES or NO" in welcome
    after = newcomer.say("yes")
    assert "UK time (London)" in after
    assert "breathe together" in after


def test_an_ambiguous_zone_is_confirmed(testbot: TestBot, app: Flask) -> None:
    aussie = testbot.as_("+61412345678", "sms")
    aussie.say("hello")
    assert "Is that right?" in aussie.say("yes")
    assert "Perth time" in aussie.say("I'm in Perth")
    with app.extensions["mindlink"].db.session() as session:
        assert aussie.conversation(session).timezone == "Australia/Perth"


def test_time_zone_asked_for_by_name(person: TestBot, app: Flask) -> None:
    assert "Which city" in person.say("time zone")
    assert "Sydney time" in person.say("sydney")
    assert "Your time zone is Sydney time" in person.say("what's my time zone?")
    with app.extensions["mindlink"].db.session() as session:
        assert person.conversation(session).timezone == "Australia/Sydney"


def test_an_unclear_consent_answer_is_a_no_that_can_change(newcomer: TestBot, app: Flask) -> None:
    newcomer.say("hi")
    newcomer.say("hmm")
    declined = newcomer.say("idk")
    assert "take that as a no" in declined and "keep my messages" in declined
    assert "I'll keep our conversation" in newcomer.say("keep my messages")
    with app.extensions["mindlink"].db.session() as session:
        assert newcomer.conversation(session).consent is True
    assert "won't keep your messages" in newcomer.say("don't keep my messages")
    with app.extensions["mindlink"].db.session() as session:
        assert newcomer.conversation(session).consent is False


def test_time_zone_can_change_later(person: TestBot, app: Flask) -> None:
    assert "US Eastern time (New York)" in person.say("my time zone is new york")
    with app.extensions["mindlink"].db.session() as session:
        assert person.conversation(session).timezone == "America/New_York"


def test_a_city_right_after_the_zone_is_set_corrects_it(newcomer: TestBot, app: Flask) -> None:
    newcomer.say("hello")
    assert "I've set your time zone to UK time (London)" in newcomer.say("yes")
    assert "Irish time (Dublin)" in newcomer.say("dublin")
    with app.extensions["mindlink"].db.session() as session:
        assert newcomer.conversation(session).timezone == "Europe/Dublin"


def test_a_request_right_after_the_zone_is_set_is_not_taken_as_a_city(
    newcomer: TestBot,
) -> None:
    newcomer.say("hello")
    newcomer.say("yes")
    assert "breathe together" in newcomer.say("can we do a breathing exercise")


def test_a_question_naming_a_city_right_after_the_zone_is_set_is_not_a_move(
    newcomer: TestBot, app: Flask
) -> None:
    newcomer.say("hello")
    newcomer.say("yes")
    assert "time zone" not in newcomer.say("whats the weather like in paris")
    assert "Europe/Paris" not in newcomer.say("flights to paris")
    with app.extensions["mindlink"].db.session() as session:
        assert newcomer.conversation(session).timezone == "Europe/London"


def test_asking_who_this_is_before_consent_is_answered(newcomer: TestBot) -> None:
    newcomer.say("hello")
    answered = newcomer.say("wait, is this a bot?")
    assert "I'm a bot, not a person" in answered and "YES or NO" in answered
