"""Each flow, scripted through the real pipeline on both channels."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest
from flask import Flask
from sqlalchemy import select

from mindlink import create_app
from nlu.fake import FakeClassifier
from nlu.types import Parse
from store.models import BreathingSession, CheckIn, Reminder, SleepEntry
from tests.botdriver import TestBot
from tests.fakes import FakeClock, RecordingChannel


def rows(app: Flask, model: type) -> list:
    with app.extensions["mindlink"].db.session() as session:
        return list(session.scalars(select(model)))


def test_checkin_step_by_step(person: TestBot, app: Flask) -> None:
    assert "1 (really low) to 10" in person.say("can we do a check in")
    assert "words would you use" in person.say("6")
    assert "note" in person.say("a bit tired but ok")
    assert "saved your 6" in person.say("long day at work")
    [checkin] = rows(app, CheckIn)
    assert (checkin.mood, checkin.feelings, checkin.note) == (
        6,
        "a bit tired but ok",
        "long day at work",
    )


def test_why_asked_mid_check_in_is_explained_and_the_question_asked_again(
    person: TestBot, app: Flask
) -> None:
    person.say("check in")
    why = person.say("why do you need to know?")
    assert "notice how you're doing over time" in why and "1 (really low) to 10" in why
    assert "words would you use" in person.say("6")


def test_what_delete_means_is_asked_and_answered_without_leaving(person: TestBot) -> None:
    person.say("delete my data")
    explained = person.say("wait what does that delete")
    assert "can't be undone" in explained and "Reply YES to delete" in explained
    assert "nothing has been deleted" in person.say("no keep it")


def test_checkin_prefilled_from_the_first_message_and_emoji(person: TestBot, app: Flask) -> None:
    replies = person.say("feeling like a 3 today, so anxious about tomorrow")
    assert "note" in replies  # mood and feelings were in the message
    done = person.say("skip")
    assert "A 3 sounds hard" in done and "worry" in done
    assert "breathing exercise" in done  # low mood: an exercise is offered
    assert "Box breathing" in person.say("yes")
    person.say("😊")  # a mood by emoji would be a check-in answer; here it is not a pattern
    assert rows(app, CheckIn)[0].mood == 3


def test_checkin_keeps_what_they_say_instead_of_a_number(person: TestBot, app: Flask) -> None:
    person.say("can we do a check in")
    reask = person.say("work was awful and i'm so stressed about it")
    assert "Work sounds" in reask and "1 (really low) to 10" in reask  # what it was about
    assert "didn't catch" not in reask
    assert "note" in person.say("3")  # the feelings were already told: straight to the note
    person.say("skip")
    [checkin] = rows(app, CheckIn)
    assert (checkin.mood, checkin.feelings, checkin.ekman) == (
        3,
        "work was awful and i'm so stressed about it",
        "fear",
    )


def test_a_loss_is_met_with_condolence(person: TestBot) -> None:
    replies = person.say("feeling awful, my dog died this morning")
    # listened to first, not handed a 1-10 scale
    assert "sorry for your loss" in replies and "tell me about them" in replies
    assert "1 (really low) to 10" not in replies


def test_a_loss_told_in_answer_to_a_checkin_question_is_met_first(person: TestBot) -> None:
    person.say("check in")
    person.say("3")
    asked = person.say("my dog died yesterday")  # the feelings question
    assert asked.startswith("I'm so sorry for your loss.") and "note" in asked
    person.say("skip")
    person.say("check in")
    asked = person.say("i feel down since my nan passed")  # the mood question
    assert asked.startswith("I'm so sorry for your loss.") and "1 (really low) to 10" in asked


def test_feelings_told_in_the_checkin_are_acknowledged_before_the_next_question(
    person: TestBot,
) -> None:
    person.say("check in")
    person.say("4")
    assert person.say("stressed and worried").startswith("That sounds hard.")
    person.say("skip")
    opened = person.say("work was awful and i'm so stressed about it, a 3")
    assert opened.count("That sounds") == 1  # acknowledged once, not again with the question


class _Unsure(FakeClassifier):
    """Reads sadness in "i'm fine", but without confidence."""

    def classify(self, text: str, *, tz: str = "UTC", now: datetime | None = None) -> Parse:
        parse = super().classify(text, tz=tz, now=now)
        if "fine" in text:
            return replace(
                parse, intent="mood_report", intent_confidence=1.0, emotion="sad", ekman="sadness"
            )
        return parse


class _Doubtful(_Unsure):
    def classify(self, text: str, *, tz: str = "UTC", now: datetime | None = None) -> Parse:
        return replace(super().classify(text, tz=tz, now=now), emotion_confidence=0.6)


@pytest.mark.parametrize("classifier,opening", [(_Unsure, "sorry"), (_Doubtful, "Thanks")])
def test_a_doubtful_reading_of_feelings_gets_a_plain_opening(
    config: dict[str, Any], clock: FakeClock, classifier: type, opening: str
) -> None:
    app = create_app(config, channel=RecordingChannel(), classifier=classifier, clock=clock)
    app.extensions["mindlink"].db.create_all()
    bot = TestBot(app, app.test_client()).as_("+447400123456").onboard()
    replies = bot.say("fine but the day dragged on")
    assert opening in replies and "1 (really low) to 10" in replies
    app.extensions["mindlink"].db.engine.dispose()


def test_no_thanks_after_a_check_in_is_respected_without_a_menu(person: TestBot) -> None:
    person.say("check in")
    person.say("7")
    person.say("good")
    person.say("skip")
    declined = person.say("nah")
    assert "here whenever you need me" in declined and "1. Check in" not in declined


def test_wanting_to_vent_is_listened_to_not_checked_in(person: TestBot) -> None:
    heard = person.say("ugh i just need to vent")
    assert "I'm listening" in heard and "1 (really low) to 10" not in heard
    more = person.say("work has been awful and i'm so stressed about it")
    assert "a lot of pressure" in more and "1 (really low) to 10" not in more
    assert "Box breathing" in person.say("yes")


def test_just_wanting_to_chat_is_listened_to(person: TestBot) -> None:
    assert "I'm listening" in person.say("can we just chat")


def test_a_check_in_asked_for_while_venting_still_starts(person: TestBot) -> None:
    person.say("can i vent for a sec")
    assert "1 (really low) to 10" in person.say("check in")


def test_a_hedged_low_is_not_read_as_good_news(person: TestBot) -> None:
    replies = person.say("not great tbh, had better days")  # "great" reads as joy here
    assert "sorry you're feeling this way" in replies and "Glad to hear it" not in replies


def test_crying_emoji_alone_is_a_mood(person: TestBot, app: Flask) -> None:
    replies = person.say("😭😭")
    assert "sorry you're feeling this way" in replies and "note" in replies
    person.say("skip")
    assert rows(app, CheckIn)[0].mood == 2


def test_checkin_notices_a_trend(person: TestBot) -> None:
    for mood in ("7", "8", "7"):
        person.say("check in")
        person.say(mood)
        person.say("fine")
        person.say("skip")
        person.tick(hours=24)
    person.say("check in")
    person.say("3")
    person.say("low")
    done = person.say("skip")
    assert "lower than your last three check-ins" in done
    assert "4 days in a row" in done


def test_breathing_paced_by_scheduled_tasks(person: TestBot, app: Flask) -> None:
    assert "1. Box breathing" in person.say("I need to calm down, can we do some breathing")
    assert "1 to 10" in person.say("2")
    intro = person.say("4")
    assert "4-7-8" in intro and "done" in intro
    assert person.tick(seconds=4) == []  # nothing before it is due
    first = person.tick(seconds=2)
    assert first == ["Round 1 of 4: breathe in 4 · hold 7 · breathe out 8"]
    rest = person.tick(seconds=80)
    assert [r.split(":")[0] for r in rest[:3]] == ["Round 2 of 4", "Round 3 of 4", "Round 4 of 4"]
    assert any("How do you feel now" in r for r in rest)
    assert "from 4 to 7" in person.say("7")
    [session] = rows(app, BreathingSession)
    assert (session.pattern, session.mood_before, session.mood_after, session.status) == (
        "478",
        4,
        7,
        "done",
    )


def test_thanks_mid_exercise_finishes_it_and_asks_how_they_feel(
    person: TestBot, app: Flask
) -> None:
    person.mid_breathing()
    assert "How do you feel now" in person.say("thanks, that helped")
    assert person.tick(seconds=120) == []
    person.say("8")
    assert rows(app, BreathingSession)[0].mood_after == 8


def test_saying_it_helped_in_words_ends_the_exercise_kindly(person: TestBot, app: Flask) -> None:
    person.mid_breathing()
    person.say("done")
    assert "glad it helped" in person.say("good, much calmer")
    assert rows(app, BreathingSession)[0].mood_after is None
    assert "glad it helped" not in person.say("breathe")  # the form is over; a new one starts


def test_not_better_in_words_is_asked_for_a_number(person: TestBot) -> None:
    person.mid_breathing()
    person.say("done")
    assert "1 to 10" in person.say("still a bit tense, not better")


def test_breathing_done_stops_at_once(person: TestBot, app: Flask) -> None:
    person.mid_breathing()
    stopped = person.say("done")
    assert "stop there" in stopped and "How do you feel now" in stopped
    assert person.tick(seconds=120) == []  # no more prompts
    person.say("skip")
    assert rows(app, BreathingSession)[0].status == "stopped"


def test_sleep_diary_efficiency_tips_and_winddown(person: TestBot, app: Flask) -> None:
    assert "help most people sleep better" in person.say("i cant sleep properly")  # help first
    assert "get into bed" in person.say("yes")
    assert "get up" in person.say("half 11")
    assert "fall asleep" in person.say("7")
    assert "1 (awful) to 5" in person.say("about an hour")
    result = person.say("2")
    assert "in bed 7h 30m" in result
    assert "87%" in result
    assert "get up and do something quiet" in result  # stimulus control for long latency
    assert "wind-down reminder at 10:45pm" in result  # moved before quiet hours start at 23:00
    assert "every day at 10:45pm" in person.say("yes")
    [entry] = rows(app, SleepEntry)
    assert (entry.bed_time, entry.wake_time, entry.latency_minutes, entry.quality) == (
        "23:30",
        "07:00",
        60,
        2,
    )
    assert [r.kind for r in rows(app, Reminder)] == ["sleep"]


def test_how_often_they_woke_is_not_the_rating(person: TestBot, app: Flask) -> None:
    person.say("sleep diary")
    person.say("midnight")
    person.say("7:30")
    person.say("an hour and a half")
    assert "number from 1 to 5" in person.say("woke up loads, maybe 3 times")
    assert "in bed 7h 30m" in person.say("pretty bad, 2")
    assert rows(app, SleepEntry)[0].quality == 2


def test_sleep_in_the_small_hours_helps_tonight_first(
    person: TestBot, app: Flask, clock: FakeClock
) -> None:
    clock.now = datetime(2026, 3, 3, 2, 40, tzinfo=UTC)  # 2:40am in London
    tonight = person.say("cant sleep again")
    assert "get up and do something quiet" in tonight
    assert "breathing exercise" in tonight and "get into bed" not in tonight
    assert "slow breathing" in person.say("yes")  # at night, the gentlest one begins
    assert rows(app, SleepEntry) == []


def test_awake_right_now_gets_help_for_tonight_whatever_the_clock(person: TestBot) -> None:
    tonight = person.say("I can't sleep, it's 3am and my mind is racing")
    assert "get up and do something quiet" in tonight and "get into bed" not in tonight
    lately = person.say("i cant sleep properly these days")  # not now: what helps with that
    assert "Night after night" in lately and "help right now" not in lately


def test_a_busy_mind_told_after_the_help_for_tonight_gets_help_with_that(
    person: TestBot,
) -> None:
    assert "get up and do something quiet" in person.say("i cant sleep again its 3am")
    busy = person.say("my mind keeps racing about work")
    assert "Jot the worries down" in busy and "1 (really low)" not in busy  # not a check-in
    assert "slow breathing" in person.say("yeah")  # the breathing offer still stands


def test_awake_now_said_while_the_diary_asks_is_help_for_tonight(
    person: TestBot, app: Flask
) -> None:
    assert "get into bed" in person.say("sleep diary")
    tonight = person.say("its 3am")  # the time now, not a bed time
    assert "get up and do something quiet" in tonight and "get up this morning" not in tonight
    assert "slow breathing" in person.say("yes")
    assert rows(app, SleepEntry) == []
    assert "get into bed" in person.say("sleep diary")
    assert "get up this morning" in person.say("half 11")  # a real bed time still fills it


def test_breathing_choice_left_to_the_bot_or_said_as_a_yes(person: TestBot) -> None:
    assert "1. Box breathing" in person.say("breathing please, i feel panicky")
    assert "1 to 10" in person.say("yes please")  # box, the simplest, was chosen
    assert "box" in person.say("skip").lower()
    person.say("done")
    person.say("skip")
    person.say("breathing exercise please")
    assert "1 to 10" in person.say("the second one")
    assert "4-7-8" in person.say("skip")


def test_sleep_diary_asked_for_at_night_is_still_the_diary(
    person: TestBot, clock: FakeClock
) -> None:
    clock.now = datetime(2026, 3, 3, 23, 30, tzinfo=UTC)
    assert "get into bed" in person.say("can i do my sleep diary")


def test_asking_for_help_with_sleep_gets_tips_first(person: TestBot) -> None:
    assert "same time every day" in person.say("i'm stressed and can't sleep, can you help?")
    assert "7 to 9 hours" in person.say("how much sleep should i be getting?")


def test_sleep_tips_when_asked_then_the_diary_if_wanted(person: TestBot) -> None:
    tips = person.say("any tips for sleeping better?")
    assert "same time every day" in tips and "sleep diary" in tips
    assert "get into bed" in person.say("yes")


def test_reminders_set_list_move_cancel(person: TestBot, app: Flask) -> None:
    created = person.say("remind me to check in every day at 9pm")
    assert "to check in every day at 9:00pm" in created
    assert "take your meds" in person.say("remind me to take my meds tomorrow at 8am")
    stretch = person.say("remind me every weekday at 11 to stretch")
    assert "to stretch on weekdays at 11:00am" in stretch
    listing = person.say("what reminders do I have")
    assert "1." in listing and "2." in listing
    assert "8:00pm" in person.say("move the check in one to 8")
    assert "cancelled" in person.say("cancel the check in reminder")
    assert [r.active for r in rows(app, Reminder)].count(True) == 2


def test_changing_a_reminder_without_a_time_asks_and_never_cancels(
    person: TestBot, app: Flask
) -> None:
    assert "nothing to change" in person.say("can i change my reminder time")
    person.say("remind me to journal every day at 8pm")
    asked = person.say("can i change my reminder time")
    assert "What time should I move it to" in asked and "cancelled" not in asked
    assert "9:00pm" in person.say("9pm")
    [reminder] = rows(app, Reminder)
    assert (reminder.active, reminder.local_time, reminder.label) == (True, "21:00", "journal")


def test_a_day_without_a_time_takes_the_next_time_sent(person: TestBot, app: Flask) -> None:
    created = person.say("can you remind me to call my mum on sunday")
    assert "at 9:00am" in created and "just send it" in created
    moved = person.say("11am")
    assert "11:00am" in moved and "Sun" in moved
    [reminder] = rows(app, Reminder)
    assert (reminder.label, reminder.local_time) == ("call your mum", "11:00")
    assert "just send it" not in person.say("remind me in 20 minutes to stretch")


def test_two_times_in_one_request_set_both(person: TestBot, app: Flask) -> None:
    done = person.say("remind me to take my meds at 8am and 8pm every day")
    assert "every day at 8:00am and 8:00pm" in done
    made = sorted((r.label, r.local_time, r.rrule is not None) for r in rows(app, Reminder))
    assert made == [("take your meds", "08:00", True), ("take your meds", "20:00", True)]


def test_the_time_tells_two_reminders_apart(person: TestBot, app: Flask) -> None:
    person.say("remind me to take my meds at 8am and 8pm every day")
    assert "8:00am" in person.say("cancel the 8am one")
    [left] = [r for r in rows(app, Reminder) if r.active]
    assert left.local_time == "20:00"


def test_moving_one_of_two_by_its_time(person: TestBot, app: Flask) -> None:
    person.say("remind me to take my meds at 8am and 8pm every day")
    assert "9:00am" in person.say("move the 8am one to 9am")
    times = sorted(r.local_time for r in rows(app, Reminder) if r.active)
    assert times == ["09:00", "20:00"]


def test_what_a_reminder_is_for_can_come_with_its_time(person: TestBot, app: Flask) -> None:
    assert "9:00am" in person.say("remind me tomorrow")
    moved = person.say("at 3pm to call the dentist")
    assert "call the dentist" in moved and "3:00pm" in moved
    person.say("make it 4pm")
    [reminder] = rows(app, Reminder)
    assert (reminder.label, reminder.local_time) == ("call the dentist", "16:00")


def test_a_reminder_with_nothing_said_asks_what_and_when(person: TestBot, app: Flask) -> None:
    assert "What should I remind you about, and when?" in person.say("can you set a reminder")
    assert "to stretch" in person.say("to stretch in an hour")
    [reminder] = rows(app, Reminder)
    assert reminder.label == "stretch"


def test_what_a_reminder_is_for_can_come_before_its_time(person: TestBot, app: Flask) -> None:
    person.say("can you set a reminder")
    assert "When should I remind you to stretch?" in person.say("to stretch")
    assert "to stretch" in person.say("at 4pm")
    [reminder] = rows(app, Reminder)
    assert (reminder.label, reminder.local_time) == ("stretch", "16:00")


def test_reminder_asks_when_if_not_said(person: TestBot) -> None:
    assert "When should I remind you" in person.say("set a reminder to go for a walk")
    confirmed = person.say("in 20 minutes")
    assert "Done" in confirmed and "go for a walk" in confirmed
    listing = person.say("show my reminders")
    assert "go for a walk" in listing


def test_reminder_arrives_even_inside_quiet_hours(person: TestBot) -> None:
    assert "to check in" in person.say("remind me to check in in 2 minutes")
    assert person.tick(minutes=1) == []
    arrived = person.tick(minutes=2)
    assert arrived, "the reminder was sent"
    late = person.say("remind me to breathe at 11pm")
    assert "quiet hours" in late and "still come then" in late
    assert person.tick(hours=10, minutes=50) == []
    assert person.tick(minutes=15), "sent at 23:00, the time they chose, in quiet hours"


def test_a_bedtime_reminder_is_sent_at_bedtime_even_in_quiet_hours(person: TestBot) -> None:
    created = person.say("remind me to go to bed at 11pm every night")
    assert "every day at 11:00pm" in created and "quiet hours" not in created
    assert person.tick(hours=10, minutes=50) == []
    assert person.tick(minutes=15), "sent at 23:00, inside the default quiet hours"


def test_help_menu_smalltalk_and_fallback(person: TestBot) -> None:
    assert "1. Check in" in person.say("menu")
    assert "breathe together" in person.say("2")
    person.say("menu")
    assert "wellbeing companion" in person.say("how do I open a bank account")
    assert "MENU" in person.say("HELP")


def test_ok_after_the_menu_does_not_repeat_it(person: TestBot) -> None:
    assert "1. Check in" in person.say("menu")
    again = person.say("ok")
    assert "1. Check in" not in again and "number from the list" in again
    assert "breathe together" in person.say("2")  # the numbers still work


def test_small_talk_answers_what_was_asked(person: TestBot) -> None:
    assert "I'm a bot, not a person" in person.say("are you a bot?")
    assert "How are you doing today?" in person.say("how are you")
    assert "How are you doing today?" in person.say("hey how r u")
    assert "smile" in person.say("lol")


def test_export_and_delete_my_data(person: TestBot, app: Flask) -> None:
    person.say("check in")
    person.say("5")
    person.say("meh")
    person.say("skip")
    summary = person.say("export my data")
    assert "Check-ins: 1" in summary
    assert "YES to delete" in person.say("delete my data")
    assert "nothing has been deleted" in person.say("no")
    assert rows(app, CheckIn)
    person.say("please delete all my data")
    assert "erased" in person.say("yes")
    assert rows(app, CheckIn) == []
    person.tick(minutes=11)
    with app.extensions["mindlink"].db.session() as session:
        assert person.conversation(session) is None


def test_words_held_in_a_form_are_encrypted_at_rest(person: TestBot, app: Flask) -> None:
    from sqlalchemy import text

    person.say("check in")
    person.say("4")
    person.say("my boss humiliated me today")
    with app.extensions["mindlink"].db.engine.connect() as conn:
        raw = " ".join(str(v) for (v,) in conn.execute(text("SELECT slots FROM conversations")))
    assert "humiliated" not in raw


def test_quiet_hours_said_changed_and_turned_off(person: TestBot, app: Flask) -> None:
    assert "Your quiet hours are 11pm–7am" in person.say("what are my quiet hours?")
    assert "now 11pm–6am" in person.say("quiet hours 11pm to 6am")
    created = person.say("remind me to take my meds every day at 7am")
    assert "quiet hours" not in created  # 7am is outside 23:00–06:00
    assert "no quiet hours" in person.say("quiet hours off")
    with app.extensions["mindlink"].db.session() as session:
        convo = person.conversation(session)
        assert (convo.quiet_start, convo.quiet_end) == ("00:00", "00:00")


def test_not_before_or_after_a_time_moves_one_end_of_the_quiet_hours(
    person: TestBot, app: Flask
) -> None:
    assert "now 11pm–10am" in person.say("dont text me before 10am")
    assert "now 9pm–10am" in person.say("no messages after 9pm please")
    with app.extensions["mindlink"].db.session() as session:
        convo = person.conversation(session)
        assert (convo.quiet_start, convo.quiet_end) == ("21:00", "10:00")
    assert rows(app, Reminder) == []


def test_a_menu_number_chooses_an_option_and_is_not_an_answer(person: TestBot) -> None:
    person.say("menu")
    assert "1 (really low) to 10" in person.say("1")
    person.say("skip")
    person.say("menu")
    assert "What should I remind you about, and when?" in person.say("4")


def test_done_after_a_reminder_is_acknowledged(person: TestBot) -> None:
    person.say("remind me in 2 minutes to drink water")
    assert any("drink water" in r for r in person.tick(minutes=3))
    assert person.say("done!") == "Nice one ✅"
    person.tick(hours=3)
    assert "Nice one" not in person.say("done!")  # long after: not read as the reminder's


def test_already_did_it_after_a_reminder_is_acknowledged(person: TestBot) -> None:
    person.say("remind me in 2 minutes to take my meds")
    person.tick(minutes=3)
    assert person.say("already took them") == "Nice one ✅"


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("can you be my therapist?", "I'm not a therapist"),
        ("who can read this?", "stored encrypted"),
        ("is this confidential", "every look is logged"),
        ("can i send voice notes?", "only read text"),
        ("call me sam", "Nice to meet you, Sam."),
    ],
)
def test_questions_about_the_service_are_answered(
    person: TestBot, app: Flask, question: str, answer: str
) -> None:
    assert answer in person.say(question)
    with app.extensions["mindlink"].db.session() as session:
        assert not person.conversation(session).handed_over


def test_a_check_in_asked_for_later_is_a_reminder(person: TestBot, app: Flask) -> None:
    done = person.say("can you check in with me tomorrow at 8")
    assert "Tue 3 Mar at 8:00" in done or "at 8:00am" in done
    assert [r.kind for r in rows(app, Reminder)] == ["checkin"]


def test_what_time_is_it_answers_in_their_time_zone(person: TestBot) -> None:
    assert "now. To change it" in person.say("what time is it?")
    assert "now. To change it" in person.say("what time is it for me")


def test_a_mood_outside_the_scale_is_explained_once(person: TestBot) -> None:
    person.say("check in")
    outside = person.say("11")
    assert "outside the scale" in outside and "didn't catch" not in outside
    assert "What words" in person.say("5.5")


def test_asking_when_a_reminder_is_lists_them(person: TestBot) -> None:
    person.say("remind me to call mum on sunday")
    assert "to call mum once, on Sun" in person.say("what time will that be?")


def test_no_more_check_ins_stops_nudges_and_can_be_undone(person: TestBot, app: Flask) -> None:
    said = person.say("i don't want any more check ins")
    assert "only reply when you text me" in said and "erase" not in said
    with app.extensions["mindlink"].db.session() as session:
        assert person.conversation(session).nudges_stopped_reason == "asked"
    assert "now and then again" in person.say("check in on me again")
    with app.extensions["mindlink"].db.session() as session:
        assert person.conversation(session).nudges_stopped_reason is None
    person.say("i don't want to do a check in right now")  # not now: not "never again"
    with app.extensions["mindlink"].db.session() as session:
        assert person.conversation(session).nudges_stopped_reason is None


def test_stop_sent_to_end_an_exercise_says_how_to_carry_on(person: TestBot) -> None:
    person.mid_breathing()
    said = person.say("stop")
    assert "unsubscribed" in said and "If you only meant to end what we were doing" in said


def test_a_thank_you_instead_of_choosing_an_exercise_leaves_the_choice(person: TestBot) -> None:
    assert "Which would you like?" in person.say("breathing exercise")
    left = person.say("done")
    assert "1 for box" not in left
    assert "breathe together" in person.say("breathing exercise")
    assert "1 for box" not in person.say("thank you")


def test_nightmares_get_help_with_nightmares(person: TestBot) -> None:
    replies = person.say("i keep having nightmares")
    assert "ground yourself" in replies and "get into bed" not in replies
    assert "slow breathing" in person.say("yes")  # offered slow breathing: that one


def test_a_reminder_set_without_saying_what_for_can_be_named_after(person: TestBot) -> None:
    created = person.say("remind me tomorrow at 10am")
    assert "Tell me what it's for" in created
    assert "I'll remind you to call the dentist" in person.say("to call the dentist")
    assert "to call the dentist" in person.say("what reminders do i have")


def test_asking_for_the_helpline_number_gets_it(person: TestBot) -> None:
    replies = person.say("what's the number for samaritans")
    assert "116 123" in replies and "not something I can help with" not in replies


def test_deleting_on_one_channel_erases_the_other_too(testbot: TestBot, app: Flask) -> None:
    sms = testbot.as_("+447400123999", "sms").onboard()
    whatsapp = testbot.as_("+447400123999", "whatsapp").onboard()
    whatsapp.say("check in")
    whatsapp.say("7")
    whatsapp.say("good")
    whatsapp.say("skip")
    sms.say("remind me to drink water every day at 9pm")
    assert rows(app, CheckIn) and rows(app, Reminder)
    sms.say("delete my data")
    assert "erased" in sms.say("yes")
    assert rows(app, CheckIn) == [] and rows(app, Reminder) == []
    sms.tick(minutes=11)
    with app.extensions["mindlink"].db.session() as session:
        assert sms.conversation(session) is None and whatsapp.conversation(session) is None
