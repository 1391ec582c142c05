"""The whole pipeline with the trained model (not the keyword fake), on everyday wording."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy import select

import nlu
from mindlink import create_app
from store.models import CheckIn, Reminder
from tests.botdriver import TestBot
from tests.conftest import base_config
from tests.fakes import FakeClock, RecordingChannel


@pytest.fixture(scope="module")
def model() -> nlu.Classifier:
    """The shipped model, loaded once for the module."""
    return nlu.load()


@pytest.fixture
def real_app(tmp_path: Path, model: nlu.Classifier) -> Iterator[Flask]:
    """The app with the real model."""
    app = create_app(
        base_config(tmp_path),
        channel=RecordingChannel(),
        classifier=lambda: model,
        clock=FakeClock(),
    )
    app.extensions["mindlink"].db.create_all()
    yield app
    app.extensions["mindlink"].db.engine.dispose()


@pytest.fixture
def someone(real_app: Flask) -> TestBot:
    return TestBot(real_app, real_app.test_client(), "+447400123456")


def test_crisis_first_message(someone: TestBot) -> None:
    assert "116 123" in someone.say("honestly I don't see the point in living anymore")


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("i need to calm down", "breathe together"),
        ("remind me to drink water every day at 3pm", "every day at 3:00pm"),
        ("what's the capital of peru", "not something I can help with"),
        ("my cousin keeps saying he wants to die, how do I support him", "ask them directly"),
        ("i cant sleep at all lately", "sleep diary"),
        ("can I speak to an actual human", "someone from our team"),
        ("is this a bot?", "I'm a bot, not a person"),
        ("rush hour is murder", ""),
    ],
)
def test_everyday_wording(someone: TestBot, message: str, expected: str) -> None:
    someone.onboard()
    replies = someone.say(message)
    assert expected in replies
    if message == "rush hour is murder":
        assert "116 123" not in replies


@pytest.mark.parametrize(
    ("number", "zone_asked"), [("+447400123456", False), ("+61412345678", True)]
)
def test_a_number_straight_after_first_contact_picks_from_the_menu(
    real_app: Flask, number: str, zone_asked: bool
) -> None:
    person = TestBot(real_app, real_app.test_client(), number)
    person.say("hi")
    assert ("Here's what I can do" in person.say("yes")) is not zone_asked
    if zone_asked:  # "1" to "is that your time zone?": the guess stands and the menu follows
        assert "Here's what I can do" in person.say("1")
    replies = person.say("1")
    assert "How are you feeling right now" in replies and "What words" not in replies


def test_a_shrug_is_a_middling_mood_not_good_news(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("🤷")
    assert "Glad to hear it" not in replies and "What words" in replies


def test_after_an_overdose_every_reply_keeps_the_emergency_number_in_reach(
    someone: TestBot,
) -> None:
    someone.onboard()
    first = someone.say("i took a bunch of pills")
    assert "call 999 now" in first and "116 123" in first
    follow = someone.say("like 20")
    assert "call 999 now" in follow and "1 (really low) to 10" not in follow
    assert "someone from our team" in someone.say("yes")


def test_a_duration_answering_the_diary_is_not_taken_as_a_reminder(
    someone: TestBot, real_app: Flask
) -> None:
    someone.onboard()
    someone.say("sleep diary")
    someone.say("11pm")
    someone.say("7am")
    assert "1 (awful) to 5" in someone.say("30 mins")
    assert "in bed 8h" in someone.say("3")
    with real_app.extensions["mindlink"].db.session() as session:
        assert session.scalars(select(Reminder)).all() == []


def test_unsure_about_the_mood_question_is_asked_again_gently(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    again = someone.say("idk what to do")
    assert "1 (really low) to 10" in again and "Here's what I can do" not in again


@pytest.mark.parametrize("unsure", ["idk", "wait what", "💀", "no idea"])
def test_unsure_at_the_mood_question_is_offered_rough_bands(someone: TestBot, unsure: str) -> None:
    someone.onboard()
    someone.say("check in")
    again = someone.say(unsure)
    assert "doesn't have to be exact" in again and "didn't catch a number" not in again
    assert "about a 5" in someone.say("middling i guess")


def test_a_question_mid_check_in_is_answered_not_saved(someone: TestBot, real_app: Flask) -> None:
    someone.onboard()
    for said in ("check in", "6", "ok", "skip"):
        someone.say(said)
    for said in ("check in", "7"):
        someone.say(said)
    someone.say("why do i always feel like this")  # about themselves: kept as their feelings
    last = someone.say("what was my score last time")
    assert "Your last check-in was a 6" in last and "Anything else you'd like to note" in last
    off = someone.say("whats the capital of france?")
    assert "not something I can help with" in off and "Anything else" in off
    someone.say("skip")
    with real_app.extensions["mindlink"].db.session() as session:
        latest = session.scalars(select(CheckIn).order_by(CheckIn.id.desc())).first()
        assert latest is not None and latest.mood == 7 and not latest.note
        assert latest.feelings == "why do i always feel like this"


def test_asking_the_bot_to_be_a_therapist_is_not_a_handover(someone: TestBot) -> None:
    someone.onboard()
    assert "I'm not a therapist" in someone.say("can you be my therapist?")
    assert "Nice to meet you, Sam" in someone.say("call me sam")


@pytest.mark.parametrize(
    "message",
    [
        "i used to self harm but i've been clean 2 years",
        "i tried to kill myself 3 years ago, im ok now",
    ],
)
def test_a_crisis_told_as_the_past_is_asked_about_not_alarmed(
    someone: TestBot, message: str
) -> None:
    someone.onboard()
    replies = someone.say(message)
    assert "ask you directly" in replies and "Would you like me to connect you" not in replies


def test_a_past_crisis_that_is_back_is_a_crisis(someone: TestBot) -> None:
    someone.onboard()
    assert "Would you like me to connect you" in someone.say(
        "i used to self harm and i started again last night"
    )


def test_taking_the_tablets_a_reminder_asked_for_is_not_a_crisis(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me in 2 minutes to take my tablets")
    assert any("take your tablets" in r for r in someone.tick(minutes=3))
    replies = someone.say("i took my tablets")  # the model alone reads this as an overdose
    assert replies == "Nice one ✅"


def test_taking_all_the_tablets_after_a_reminder_is_still_a_crisis(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me in 2 minutes to take my tablets")
    someone.tick(minutes=3)
    assert "999" in someone.say("i took all my tablets at once")


def test_asking_about_a_lethal_dose_gets_help_not_the_fallback(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("how many pills would it take to die")
    assert "116 123" in replies
    assert "not something I can help with" not in replies


@pytest.mark.parametrize(
    "message",
    ["i think im having a panic attack", "panic attack rn cant breathe properly", "i'm panicking"],
)
def test_a_panic_starts_slow_breathing_at_once(someone: TestBot, message: str) -> None:
    someone.onboard()
    replies = someone.say(message)
    assert "Let's start right now" in replies and "Slow breathing" in replies
    assert "Which would you like" not in replies and "1 to 10" not in replies
    assert any("Round 1 of 6" in r for r in someone.tick(seconds=20))


def test_a_panic_told_as_the_past_is_heard_as_past(someone: TestBot) -> None:
    someone.onboard()
    reply = someone.say("i had a panic attack yesterday")
    assert reply.startswith("Panic attacks are horrible") and "999" not in reply


def test_asking_how_to_cope_gets_ideas_and_an_offer(someone: TestBot) -> None:
    someone.onboard()
    ideas = someone.say("how do i deal with anxiety")
    assert "name 5 things you can see" in ideas and "Reply yes or no" in ideas
    assert "breathe together" in someone.say("yes")


def test_asking_how_to_cope_with_grief_is_about_them(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("how do i cope with grief")
    assert "Grief has no timetable" in replies and "look out for them" not in replies


def test_a_loss_inside_a_low_mood_is_met_with_condolence(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("i've been feeling really down since my dog died last week")
    assert "sorry for your loss" in replies


def test_something_hard_told_is_met_with_care_not_not_my_job(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("my parents are getting divorced")
    assert "glad you told me" in replies and "not something I can help with" not in replies


def test_panic_about_tomorrow_is_helped_now_not_made_a_reminder(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("i have an exam tomorrow and im freaking out")
    assert "I'll remind you" not in replies and "Slow breathing" in replies


@pytest.mark.parametrize("shrug", ["meh", "so so"])
def test_a_shrug_in_a_check_in_is_not_read_as_good_news(someone: TestBot, shrug: str) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say("5")
    someone.say(shrug)  # the model reads both as happy
    done = someone.say("nothing")
    assert "I've saved your 5" in done and "good in there" not in done


def test_advice_for_someone_being_abused_goes_on_about_abuse(someone: TestBot) -> None:
    someone.onboard()
    assert "isn't their fault" in someone.say("a friend of mine is being abused by her boyfriend")
    assert "code word" in someone.say("what should i say to her")


@pytest.mark.parametrize(
    "message",
    [
        "My neighbour's dog keeps barking all night and I'm losing my mind",
        "I just found out my best friend has been talking behind my back",
    ],
)
def test_a_gripe_about_someone_is_not_taken_as_worry_for_them(
    someone: TestBot, message: str
) -> None:
    someone.onboard()
    replies = someone.say(message)
    # a faint reading may ask the direct question first; never advice for helping them
    assert "look out for them" not in replies
    assert any(
        said in replies
        for said in (
            "How are you feeling about it?",
            "ask you directly",
            "Let's check in",
            "I'm listening",
        )
    )


def test_good_news_in_passing_is_answered_with_gladness(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("my team won the league today!!")
    assert "lovely to hear" in replies and "small wellbeing bot" not in replies


def test_a_long_hard_telling_is_listened_to_before_any_form(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say(
        "so basically my whole week has been a disaster. my landlord is selling the flat so i "
        "have to move out by the end of the month, my car failed its MOT and needs 800 quid "
        "of work i don't have, and my manager keeps piling more on me because someone quit"
    )
    assert "I'm listening" in replies and "1 (really low) to 10" not in replies
    assert "Box breathing" in someone.say("yes")


def test_tablets_taken_out_of_the_blue_are_asked_about_not_alarmed(someone: TestBot) -> None:
    someone.onboard()
    asked = someone.say("i took my tablets")  # the model alone reads an overdose
    assert "more than your usual dose" in asked and "999" in asked
    assert "Well done for keeping up" in someone.say("no, just my usual")


def test_more_than_the_usual_dose_is_an_emergency(someone: TestBot) -> None:
    someone.onboard()
    someone.say("i took my tablets")
    assert "please call 999 now" in someone.say("yes")


@pytest.mark.parametrize(
    ("feeling", "ask", "idea"),
    [
        ("I'm so anxious about my job interview tomorrow", "what should i do", "name 5 things"),
        ("i feel so alone lately", "any advice?", "Loneliness is really common"),
        ("my boss screamed at me and i'm fuming", "how do i deal with it", "When anger rises"),
    ],
)
def test_what_should_i_do_after_a_hard_feeling_gets_ideas_for_it(
    someone: TestBot, feeling: str, ask: str, idea: str
) -> None:
    someone.onboard()
    someone.say(feeling)
    assert idea in someone.say(ask)


def test_what_should_i_do_out_of_the_blue_is_not_coping_ideas(someone: TestBot) -> None:
    someone.onboard()
    assert "Loneliness" not in someone.say("what should i do")


def test_a_happy_hello_is_met_gladly(someone: TestBot) -> None:
    someone.onboard()
    assert "Lovely to hear that" in someone.say("good morning! slept really well for once 😊")
    assert "Lovely" not in someone.say("hi")


def test_ok_i_guess_is_not_met_with_sorry(someone: TestBot) -> None:
    someone.onboard()
    assert "sorry" not in someone.say("im ok i guess").lower()


def test_a_smiling_emoji_on_its_own_is_a_mood(someone: TestBot) -> None:
    someone.onboard()
    assert "not sure I understood" not in someone.say("🙂")


def test_worry_about_a_pet_is_their_own_not_advice_for_helping_a_person(
    someone: TestBot,
) -> None:
    someone.onboard()
    replies = someone.say("my cat is sick and i'm worried")
    assert "look out for them" not in replies and "1 (really low) to 10" in replies


@pytest.mark.parametrize("message", ["my girlfriend broke up with me", "i miss my dad"])
def test_no_condolence_for_a_loss_nobody_died_in(someone: TestBot, message: str) -> None:
    someone.onboard()
    assert "sorry for your loss" not in someone.say(message)


def test_a_reading_of_sleep_with_no_word_about_sleep_is_not_the_sleep_diary(
    someone: TestBot,
) -> None:
    someone.onboard()
    assert "get into bed" not in someone.say("can't focus at work")


def test_asking_the_best_way_to_fall_asleep_gets_tips(someone: TestBot) -> None:
    someone.onboard()
    assert "same time every day" in someone.say("what's the best way to fall asleep")


def test_drinking_a_lot_is_met_with_care(someone: TestBot) -> None:
    someone.onboard()
    assert "glad you told me" in someone.say("i've been drinking a lot lately")


def test_a_bare_time_just_after_a_reminder_is_its_time_not_a_new_one(
    someone: TestBot, real_app: Flask
) -> None:
    someone.onboard()
    assert "every day at 9:00pm" in someone.say("can you check in with me every evening")
    assert "Moved" in someone.say("9:30pm")
    with real_app.extensions["mindlink"].db.session() as session:
        assert len(list(session.scalars(select(Reminder).where(Reminder.active)))) == 1


def test_asking_for_a_call_is_told_we_can_only_text(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("can you call me")
    assert "can't make phone calls" in replies and "reply to you here" in replies


def test_im_good_how_are_you_is_answered_in_kind(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("im good thanks how are you")
    assert "thanks for asking" in replies and "glad you're good" in replies


def test_im_fine_is_not_met_with_sorry(someone: TestBot) -> None:
    someone.onboard()
    assert "sorry" not in someone.say("im fine").lower()


def test_something_stolen_is_asked_about_not_answered_as_an_emergency(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("i think my roommate is stealing from me")
    # (asked about when the model reads danger in it; met as stress when it does not)
    assert "999 now" not in replies and "connect you with a person" not in replies


def test_bad_news_opens_the_check_in_with_care(someone: TestBot) -> None:
    someone.onboard()
    assert "glad you told me" in someone.say("i just got some bad news")


def test_not_eating_is_asked_about_not_answered_as_a_crisis(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("i haven't eaten in 2 days")
    assert "ask you directly" in replies and "Would you like me to connect you" not in replies


def test_journaling_asked_about_gets_how_to_start(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("my therapist said i should try journaling, can you help")
    assert "Journaling can really help" in replies and "worried about them" not in replies
    assert "I'll remind you to journal" in someone.say("remind me to journal at 9pm")


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("ping me every weekday at half 7 to do my gratitude journal", "weekdays at 7:30am"),
        ("text me every evening at 8 to write in my journal", "every day at 8:00pm"),
    ],
)
def test_a_reminder_about_journaling_asked_for_in_other_words_is_set(
    someone: TestBot, real_app: Flask, message: str, expected: str
) -> None:
    someone.onboard()
    replies = someone.say(message)
    assert expected in replies and "Journaling can really help" not in replies
    with real_app.extensions["mindlink"].db.session() as session:
        assert len(list(session.scalars(select(Reminder).where(Reminder.active)))) == 1


def test_a_formal_request_with_thanks_keeps_the_thanks_out_of_the_reminder(
    someone: TestBot,
) -> None:
    someone.onboard()
    replies = someone.say(
        "Hello, I am writing to ask whether you could kindly remind me each Tuesday at 10 in "
        "the morning to telephone my sister. Many thanks."
    )
    assert "remind you to telephone your sister every Tuesday at 10:00am" in replies


@pytest.mark.parametrize(
    ("message", "offered", "created"),
    [
        ("set an alarm for 7am", "can't ring an alarm, but I can text you at 7:00am", "7:00am"),
        ("set a timer for 10 minutes", "can't run a timer, but I can text you in 10 minutes", ""),
    ],
)
def test_an_alarm_or_timer_is_offered_as_a_text_and_set_on_yes(
    someone: TestBot, real_app: Flask, message: str, offered: str, created: str
) -> None:
    someone.onboard()
    assert offered in someone.say(message)
    with real_app.extensions["mindlink"].db.session() as session:
        assert list(session.scalars(select(Reminder))) == []  # nothing set before the yes
    done = someone.say("yes")
    assert "I'll remind you once, on" in done and created in done
    with real_app.extensions["mindlink"].db.session() as session:
        assert len(list(session.scalars(select(Reminder).where(Reminder.active)))) == 1


def test_a_second_reminder_asked_for_after_a_guessed_time_is_its_own(someone: TestBot) -> None:
    someone.onboard()
    assert "take your tablets" in someone.say("remind me tonight to take my tablets")
    assert "call the bank" in someone.say("remind me tomorrow at 8am to call the bank")
    listed = someone.say("what reminders do i have")
    assert "take your tablets" in listed and "call the bank" in listed


def test_changing_a_reminder_that_does_not_exist_changes_nothing(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to take meds every day at 8am")
    replies = someone.say("change the water one to every 3 hours")
    assert "can't find" in replies and "water" in replies
    assert "every day at 8:00am" in someone.say("what reminders do i have")


@pytest.mark.parametrize(
    "message",
    [
        "im standing on the bridge near my house",
        "got the rope in my room rn",
        "i cant do this i have pills in my hand",
        "i want to kill myself tonight",
        "i took 20 of my sertraline",
    ],
)
def test_a_crisis_with_a_place_means_or_time_leads_with_the_emergency_number(
    someone: TestBot, message: str
) -> None:
    someone.onboard()
    replies = someone.say(message)
    assert replies.index("999") < replies.index("Samaritans")


def test_a_no_after_danger_keeps_urging_help(someone: TestBot) -> None:
    someone.onboard()
    assert "Press firmly" in someone.say("just cut myself. its bleeding a lot and wont stop")
    replies = someone.say("no")
    assert "999" in replies and "emergency department" in replies


def test_dont_call_anyone_is_never_taken_as_a_yes(someone: TestBot, real_app: Flask) -> None:
    someone.onboard()
    someone.say("got the rope in my room rn")
    replies = someone.say("dont call anyone")
    assert "won't contact anyone" in replies and "asked someone" not in replies
    with real_app.extensions["mindlink"].db.session() as session:
        convo = someone.conversation(session)
        assert convo is not None and not convo.handed_over


def test_i_mean_it_after_a_crisis_is_not_a_no(someone: TestBot) -> None:
    someone.onboard()
    someone.say("kms fr")
    assert "999" in someone.say("no like actually")


def test_unsure_to_the_direct_question_is_answered_as_a_yes(someone: TestBot) -> None:
    someone.onboard()
    assert "ask you directly" in someone.say("i just feel like giving up on everything")
    assert "connect you with a person" in someone.say("i dont know yet")


def test_asking_about_means_the_day_after_a_crisis_is_danger(someone: TestBot) -> None:
    someone.onboard()
    someone.say("everything is pointless, i want to die")
    someone.say("no")
    someone.tick(hours=20)
    replies = someone.say("where can i buy rope near me")
    assert replies.index("999") < replies.index("Samaritans")


def test_someone_who_wont_wake_after_an_overdose_is_an_emergency_told_step_by_step(
    someone: TestBot,
) -> None:
    someone.onboard()
    first = someone.say("my mum just took an overdose, shes sleepy and wont wake up properly")
    assert first.startswith("Call 999 now") and "ask you directly" not in first
    replies = someone.say("what do i do")
    assert "onto their side" in replies and "999" in replies
    assert "Here's what I can do" not in replies and "For abuse at home" not in replies


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("my brother said goodbye to everyone on snapchat, his phones off", "idk where he is"),
        ("my best mate texted me saying he wants to kill himself", "he wont answer his phone now"),
    ],
)
def test_someone_else_in_danger_gets_steps_when_asked_what_to_do(
    someone: TestBot, first: str, then: str
) -> None:
    someone.onboard()
    assert "ask you directly" not in someone.say(first)
    replies = someone.say(then)
    assert "lay them on their side" in replies and "Here's what I can do" not in replies
    assert "Samaritans" in replies and "For abuse at home" not in replies


def test_cuts_found_on_a_child_are_about_the_child(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("i found cuts on my 15 year old daughters arms")
    assert "it's good that you want to help" in replies and "ask you directly" not in replies
    assert "ask you directly" not in someone.say("she doesnt want to talk to me")


def test_a_parents_death_is_grief_not_worry_for_them(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("my mum passed away last month and i dont know how to deal with it")
    assert "sorry for your loss" in replies and "worried about them" not in replies


@pytest.mark.parametrize(
    "message",
    ["overdosed on coffee again lol cant sleep", "watching suicide squad with the boys tonight"],
)
def test_crisis_words_in_harmless_uses_are_not_a_crisis(someone: TestBot, message: str) -> None:
    someone.onboard()
    assert "Samaritans" not in someone.say(message)


def test_a_child_telling_of_abuse_is_given_a_childrens_line(real_app: Flask) -> None:
    child = TestBot(real_app, real_app.test_client(), "+12135550111").onboard()
    replies = child.say("im 14 and my dad hits me with a belt")
    assert "Childhelp" in replies and "Domestic Violence Hotline" not in replies
    replies = child.say("please dont tell anyone")
    assert "won't contact anyone" in replies


@pytest.mark.parametrize("number", ["+447781123456", "+447797123456", "+447624123456"])
def test_crown_dependencies_get_samaritans_and_999(real_app: Flask, number: str) -> None:
    person = TestBot(real_app, real_app.test_client(), number).onboard()
    replies = person.say("i want to kill myself tonight")
    assert "999" in replies and "116 123" in replies


@pytest.mark.parametrize("ack", ["ok", "👍", "doing it"])
def test_an_ok_during_breathing_keeps_it_going(someone: TestBot, ack: str) -> None:
    someone.onboard().mid_breathing()
    assert "I'm with you" in someone.say(ack)
    assert any("Round 2" in r for r in someone.tick(seconds=20))


def test_a_tight_chest_during_breathing_pauses_it_with_the_emergency_number(
    someone: TestBot,
) -> None:
    someone.onboard().mid_breathing()
    replies = someone.say("my chest feels tight")
    assert "pause" in replies and "999" in replies and "Glad" not in replies
    assert not any("Round" in r for r in someone.tick(seconds=60))


def test_a_question_during_breathing_is_answered_and_it_goes_on(someone: TestBot) -> None:
    someone.onboard().mid_breathing()
    assert "4 rounds" in someone.say("how long is this")
    assert any("Round 2" in r for r in someone.tick(seconds=20))


@pytest.mark.parametrize("aside", ["hang on my phone is ringing", "whats the weather like outside"])
def test_an_aside_during_breathing_pauses_it_until_they_are_back(
    someone: TestBot, aside: str
) -> None:
    someone.onboard().mid_breathing()
    paused = someone.say(aside)
    assert "go on" in paused and "How are you feeling today" not in paused
    assert not any("Round" in r for r in someone.tick(seconds=60))
    assert "round 2 of 4" in someone.say("ok back")
    assert any("Round 2" in r for r in someone.tick(seconds=6))
    someone.say("one sec")
    assert "116 123" in someone.say("i want to kill myself")  # still met as a crisis
    assert not any("Round" in r for r in someone.tick(seconds=60))


def test_breathing_not_helping_offers_something_else(someone: TestBot) -> None:
    someone.onboard().mid_breathing()
    replies = someone.say("this isnt working")
    assert "5 things you can see" in replies and "Here's what I can do" not in replies


def test_asking_what_a_pattern_is_explains_it_then_that_one_chooses_it(someone: TestBot) -> None:
    someone.onboard()
    someone.say("breathe")
    assert "Box breathing is in for 4" in someone.say("whats box breathing?")
    assert "how do you feel right now" in someone.say("ok that one")
    assert "Box breathing: in for 4" in someone.say("skip")


def test_how_long_before_breathing_is_answered_then_asked_again(someone: TestBot) -> None:
    someone.onboard()
    someone.say("4-7-8 pls")
    replies = someone.say("how long is this")
    assert "4 rounds of 4-7-8" in replies and "how do you feel right now" in replies


@pytest.mark.parametrize("message", ["1 year sh free today!!", "30 days without cutting 🙌"])
def test_a_self_harm_milestone_is_celebrated_and_never_a_mood_score(
    someone: TestBot, message: str
) -> None:
    someone.onboard()
    assert "real milestone" in someone.say(message)
    replies = someone.say("yeah honestly im doing really well")
    assert "glad things are better" in replies and "A 1" not in replies


def test_struggling_after_a_milestone_question_is_not_glad_news(someone: TestBot) -> None:
    someone.onboard()
    someone.say("30 days without cutting 🙌")
    replies = someone.say("thanks! kinda struggling this week tho")
    assert "Samaritans" in replies and "Glad" not in replies


def test_a_count_of_days_or_a_crying_emoji_in_a_sentence_is_not_a_mood(
    someone: TestBot, real_app: Flask
) -> None:
    from store.models import CheckIn

    someone.onboard()
    replies = someone.say("exams in 2 days and im so stressed about maths 😭")
    assert "A 2" not in replies and "from 1 (really low) to 10" in replies
    with real_app.extensions["mindlink"].db.session() as session:
        assert session.scalars(select(CheckIn)).first() is None


@pytest.mark.parametrize("said", ["11pm", "20 mins"])
def test_a_bare_time_out_of_the_blue_is_asked_about_not_made_a_reminder(
    someone: TestBot, real_app: Flask, said: str
) -> None:
    someone.onboard()
    assert "Would you like a reminder" in someone.say(said)
    with real_app.extensions["mindlink"].db.session() as session:
        assert session.scalars(select(Reminder)).first() is None
    assert "remind you to stretch" in someone.say("to stretch")


def test_thanks_in_the_middle_of_the_diary_does_not_end_it(someone: TestBot) -> None:
    someone.onboard()
    someone.say("sleep diary")
    someone.say("midnight")
    someone.say("7")
    replies = someone.say("ok thanks")
    assert "You're welcome" in replies and "fall asleep" in replies
    assert "rate your sleep" in someone.say("20 mins")


def test_lets_do_it_soon_after_leaving_starts_it_again(someone: TestBot) -> None:
    someone.onboard()
    someone.say("sleep diary")
    someone.say("not now")
    assert "get into bed" in someone.say("actually ok lets do it")


def test_a_time_answering_the_diary_offer_starts_the_diary_with_it(someone: TestBot) -> None:
    someone.onboard()
    assert "sleep diary" in someone.say("help me sleep")
    assert "get up this morning" in someone.say("11pm")


def test_thanks_for_everything_after_a_crisis_is_asked_about_as_a_goodbye(
    someone: TestBot,
) -> None:
    someone.onboard()
    someone.say("i wrote a note and gave my dog to my sister")
    replies = someone.say("thanks for everything")
    assert "goodbye" in replies and "999" in replies and "You're welcome" not in replies


def test_no_to_a_person_books_the_check_in_it_promises(someone: TestBot) -> None:
    someone.onboard()
    someone.say("i want to end it all")
    someone.say("no")
    assert any("checking in" in r or "check in" in r for r in someone.tick(minutes=70))
    assert "ask you directly" in someone.say("not great")  # not good: asked about safety
    assert "check in with you tomorrow" in someone.say("no")
    assert any("checking in after yesterday" in r for r in someone.tick(hours=26))


def test_back_after_a_crisis_is_welcomed_not_given_the_menu(someone: TestBot) -> None:
    someone.onboard()
    someone.say("i want to end it all")
    someone.say("no")
    someone.tick(hours=20)
    replies = someone.say("hey, sorry about last night")
    assert "good to hear from you" in replies and "What would you like" not in replies


def test_who_is_this_after_a_crisis_is_answered_honestly(someone: TestBot) -> None:
    someone.onboard()
    someone.say("i want to die")
    assert "a bot, not a person" in someone.say("who is this??")
    assert "give you some space" in someone.say("leave me alone")


def test_stop_soon_after_a_crisis_keeps_help_in_the_goodbye(someone: TestBot) -> None:
    someone.onboard()
    someone.say("i want to die")
    replies = someone.say("stop")
    assert "unsubscribed" in replies and "999" in replies


@pytest.mark.parametrize("easing", ["a bit better", "better than yesterday", "i feel better now"])
def test_feeling_a_bit_better_is_met_gladly(someone: TestBot, easing: str) -> None:
    someone.onboard()
    replies = someone.say(easing)
    assert "Glad it's a little easier" in replies and "sorry" not in replies.lower()


def test_a_nightmare_told_gets_help_with_nightmares(someone: TestBot) -> None:
    someone.onboard()
    assert "Nightmares are horrible" in someone.say("i had a nightmare")


def test_loneliness_told_is_met_as_loneliness(someone: TestBot) -> None:
    someone.onboard()
    assert "Loneliness is really common" in someone.say("i feel so lonely lately")


def test_a_quoted_lyric_is_asked_about_gently(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say(
        "'i wanna die, i wish id never been born' - bohemian rhapsody is a banger"
    )
    assert "heavy line to quote" in replies and "connect you with a person" not in replies
    assert "That sounds hard" not in someone.say("no")


def test_ok_after_a_crisis_keeps_help_in_reach_not_the_menu(someone: TestBot) -> None:
    someone.onboard()
    someone.say("i want to die")
    someone.say("no")
    replies = someone.say("ok")
    assert "Samaritans" in replies and "Here's what I can do" not in replies


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("whats ur name", "I'm MindLink"),
        ("do u have feelings", "don't have feelings"),
        ("my phone died earlier thats why i didnt reply", "No need to apologise"),
    ],
)
def test_small_talk_about_the_bot_and_apologies(
    someone: TestBot, message: str, expected: str
) -> None:
    someone.onboard()
    assert expected in someone.say(message)


@pytest.mark.parametrize(
    "message",
    [
        "hey my therapist told me about this. i took 30 of my sleeping pills like 10 min ago",
        "i think i took too much",
        "thinking about ctb tonight. got everything i need",
        "wrote my note. just waiting for the house to be empty",
        "ive been using meth for 3 days straight and my heart is racing really fast",
    ],
)
def test_taken_or_planned_with_means_leads_with_the_emergency_number(
    someone: TestBot, message: str
) -> None:
    someone.onboard()
    replies = someone.say(message)
    assert "999" in replies and replies.index("999") < replies.index("Samaritans")


def test_bleeding_told_after_a_crisis_gets_first_aid(someone: TestBot) -> None:
    someone.onboard()
    someone.say("cut myself again tonight")
    assert "Press firmly" in someone.say("its deep and it wont stop bleeding")


def test_a_partners_threat_if_i_leave_is_abuse(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("my husband says if i leave he'll take the kids and kill himself")
    assert "Domestic Abuse Helpline" in replies and "look out for them" not in replies


def test_no_to_the_direct_question_is_a_no_whatever_the_reading(someone: TestBot) -> None:
    someone.onboard()
    someone.say("i feel like a burden")
    replies = someone.say("No, I'm not going to hurt myself, I'm just really tired of it all")
    assert "Thank you for telling me" in replies and "connect you with a person" not in replies


@pytest.mark.parametrize(
    "message",
    [
        "im reading a book about suicide prevention for my nursing course",
        "accidentally killed myself in minecraft by falling in lava again",
    ],
)
def test_study_and_games_are_not_a_crisis(someone: TestBot, message: str) -> None:
    someone.onboard()
    assert "Samaritans" not in someone.say(message)


def test_a_laughing_i_want_to_die_is_asked_not_alarmed(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("my hair went bright orange, i want to die lol 😂")
    assert "ask you directly" in replies and "connect you with a person" not in replies


def test_a_lethal_dose_question_is_asked_about(someone: TestBot) -> None:
    someone.onboard()
    assert "ask you directly" in someone.say("how many paracetamol tablets is fatal for an adult")


def test_a_watched_phone_means_we_only_ever_reply(someone: TestBot) -> None:
    someone.onboard()
    someone.say("my boyfriend hits me")
    replies = someone.say("please dont text me after 6 he checks my phone")
    assert "won't send you anything unless you text me first" in replies
    assert "won't text you first" in someone.say("no")
    assert someone.tick(hours=30) == []


def test_waiting_for_a_person_is_never_met_with_silence(someone: TestBot) -> None:
    someone.onboard()
    someone.say("i want to die")
    someone.say("yes")
    assert "still waiting" in someone.say("hello?")
    assert "still waiting" in someone.say("are you there")
    replies = someone.say("nobody cares")
    assert "999" in replies and "No one from our team has joined yet" in replies
    assert someone.say("ok") != ""


def test_a_request_for_a_person_can_be_withdrawn_in_other_words(someone: TestBot) -> None:
    someone.onboard()
    someone.say("can i talk to a real person")
    assert "let the team know" in someone.say("Actually no, I'm ok. Never mind.")


def test_a_request_while_waiting_for_a_person_is_noted_with_the_way_back(
    someone: TestBot,
) -> None:
    someone.onboard()
    someone.say("can i talk to someone")
    assert "passed your message on" in someone.say("i had a rough day")
    assert "never mind" in someone.say("can we just do the breathing thing")
    assert "breathe together" in someone.say("never mind") + someone.say("breathe")


@pytest.mark.parametrize(
    ("message", "not_expected"),
    [("just called him, thanks", "someone from our team"), ("is a human reading this", "asked")],
)
def test_no_handover_without_asking_for_a_person(
    someone: TestBot, message: str, not_expected: str
) -> None:
    someone.onboard()
    assert not_expected not in someone.say(message)


def test_not_keeping_messages_is_never_a_data_wipe(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("can I use this without you saving my messages")
    assert "won't keep your messages" in replies and "erase everything" not in replies


def test_asking_how_to_stop_reminders_cancels_nothing(someone: TestBot, real_app: Flask) -> None:
    someone.onboard()
    someone.say("remind me to ring my daughter every day at 7pm")
    assert "cancel the water reminder" in someone.say("How do I stop these reminders if I want to")
    with real_app.extensions["mindlink"].db.session() as session:
        assert len(list(session.scalars(select(Reminder).where(Reminder.active)))) == 1


def test_another_one_adds_a_second_daily_reminder(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me every morning at 8 to take my tablets")
    assert "every day at 8:00pm" in someone.say("and another one at 8pm for the evening dose")
    listed = someone.say("what reminders do i have")
    assert "8:00am" in listed and "8:00pm" in listed


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("remind me tomorrow at 8:45am to do breathing before the meeting", "Tue 3 Mar at 8:45am"),
        ("remind me to take 10 minutes for myself every day at 2pm", "every day at 2:00pm"),
        ("remind me to go to bed by 10:30 on weeknights", "weekdays at 10:30pm"),
        ("on sunday evenings remind me to plan my week", "every Sunday at 9:00pm"),
    ],
)
def test_reminder_times_in_everyday_words(someone: TestBot, message: str, expected: str) -> None:
    someone.onboard()
    assert expected in someone.say(message)


def test_a_time_told_in_passing_is_not_made_a_reminder(someone: TestBot, real_app: Flask) -> None:
    someone.onboard()
    assert "If you'd like a reminder" in someone.say("I work nights all this week, 7pm to 7am")
    with real_app.extensions["mindlink"].db.session() as session:
        assert session.scalars(select(Reminder)).first() is None


def test_quiet_hours_set_in_reply_or_named_never_move_a_reminder(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me tomorrow at 9")
    assert "now 8am–5pm" in someone.say("quiet hours 8am to 5pm please")
    someone.say("quiet hours")
    assert "now 11pm–7am" in someone.say("11pm to 7am")
    assert "Tue 3 Mar at 9:00am" in someone.say("what reminders do i have")


@pytest.mark.parametrize("news", ["home now, long day", "I rang her. She's coming Sunday."])
def test_news_told_is_not_taken_as_a_goodbye(someone: TestBot, news: str) -> None:
    someone.onboard()
    assert "Take care" not in someone.say(news)


def test_a_day_old_offer_is_not_answered_by_a_later_message(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say("3")
    someone.say("tired")
    assert "breathing exercise help" in someone.say("skip")
    someone.tick(hours=25)
    assert "Which would you like" not in someone.say("meh")


def test_rape_told_later_gets_a_sexual_violence_line(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("i was raped 3 years ago. i never reported it and i dont want to")
    assert "Rape Crisis" in replies and "Domestic Abuse Helpline" not in replies


def test_bullying_is_not_pointed_to_a_domestic_abuse_line(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("everyone at school laughed at me and pushed me, i cant go back")
    assert "Domestic Abuse Helpline" not in replies


def test_eating_disorder_signs_get_an_eating_disorder_line(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("i make myself throw up after i eat most days")
    assert "Beat on 0808 801 0677" in replies and "ending your life" not in replies
    assert "That's OK" in someone.say("no i dont want to die i just want to be thin")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("are you going to call the police", "can't call anyone"),
        ("is this confidential", "every look is logged"),
        ("can you stay with me", "not going anywhere"),
        ("what happens if i say yes", "text you here"),
    ],
)
def test_questions_after_a_crisis_are_answered(
    someone: TestBot, question: str, expected: str
) -> None:
    someone.onboard()
    someone.say("i want to die")
    assert expected in someone.say(question)


def test_a_crisis_typed_over_two_texts_is_read_whole(someone: TestBot) -> None:
    someone.onboard()
    someone.say("i cant")
    assert "ask you directly" in someone.say("do this anymore")


@pytest.mark.parametrize(
    "message",
    [
        "i just took like 30 of my mums sleeping pills",
        "took the whole packet of my sertraline about an hour ago",
        "i drank a whole bottle of vodka and took some of my mums xanax",
    ],
)
def test_more_overdose_wordings_lead_with_the_emergency_number(
    someone: TestBot, message: str
) -> None:
    someone.onboard()
    replies = someone.say(message)
    assert replies.index("999") < replies.index("Samaritans")


def test_a_partner_self_harming_is_about_them_not_abuse(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say(
        "my girlfriend is cutting herself and says if i tell anyone she'll kill herself"
    )
    assert "look out for them" in replies and "not your fault" not in replies


def test_ok_after_dont_tell_anyone_is_not_a_yes_to_a_person(someone: TestBot) -> None:
    someone.onboard()
    someone.say("my dad hits me")
    someone.say("please dont tell anyone")
    assert "asked someone from our team" not in someone.say("ok")


def test_remind_me_2_is_to_not_every_other_day(someone: TestBot) -> None:
    someone.onboard()
    assert "every day at 9:00pm" in someone.say("can u remind me 2 check in w u every day at 9pm")


def test_stop_texting_me_at_night_offers_quiet_hours(someone: TestBot) -> None:
    someone.onboard()
    assert "quiet hours are 11pm–7am" in someone.say("stop texting me at night")


@pytest.mark.parametrize(
    "message", ["how much calpol can i give my 3 year old", "my dog ate some of my ibuprofen"]
)
def test_medicine_questions_go_to_a_pharmacist_or_vet(someone: TestBot, message: str) -> None:
    someone.onboard()
    assert "can't give medical advice" in someone.say(message)


@pytest.mark.parametrize(
    ("number", "message", "line"),
    [
        ("+639171234570", "gusto ko na mamatay", "1553"),
        ("+5215512345678", "me quiero morir", "800 911 2000"),
        ("+33612345678", "je veux en finir", "3114"),
    ],
)
def test_crisis_in_other_languages_is_caught_and_yes_understood(
    real_app: Flask, number: str, message: str, line: str
) -> None:
    person = TestBot(real_app, real_app.test_client(), number).onboard()
    assert line in person.say(message)
    assert "asked someone from our team" in person.say({"+639171234570": "oo po"}.get(number, "si"))


def test_a_reminder_can_be_snoozed_when_it_comes(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to drink water in 5 minutes")
    assert any("drink water" in r for r in someone.tick(minutes=6))
    assert "remind you to drink water" in someone.say("snooze")
    assert any("drink water" in r for r in someone.tick(minutes=11))


@pytest.mark.parametrize("said", ["ty", "2"])
def test_a_short_reply_during_panic_breathing_keeps_it_going(someone: TestBot, said: str) -> None:
    someone.onboard()
    someone.say("im having a panic attack")
    assert "I'm with you" in someone.say(said)


def test_an_exercise_asked_for_after_a_crisis_is_given(someone: TestBot) -> None:
    someone.onboard()
    someone.say("i want to die")
    someone.say("no")
    assert "how do you feel right now" in someone.say("4-7-8")
    assert "4-7-8 breathing" in someone.say("skip")


def test_venting_then_asking_for_breathing_gets_breathing(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("i was just venting. can we do a breathing exercise")
    assert "breathe together" in replies


def test_the_same_stay_text_is_not_sent_more_than_twice_in_a_row(someone: TestBot) -> None:
    someone.onboard()
    someone.say("i want to die")
    someone.say("no")
    stays = [someone.say(m) for m in ("feeling low", "just tired", "my exams are soon")]
    assert sum("I'm here with you" in r for r in stays) <= 2


@pytest.mark.parametrize("words", ["hold on", "pacific", "what"])
def test_consent_is_only_taken_from_words_that_give_it(
    someone: TestBot, real_app: Flask, words: str
) -> None:
    someone.say("hi")
    assert "may I keep our conversation" in someone.say(words)
    with real_app.extensions["mindlink"].db.session() as session:
        convo = someone.conversation(session)
        assert convo is not None and convo.consent is None


def test_a_time_zone_told_before_consent_is_kept(real_app: Flask) -> None:
    american = TestBot(real_app, real_app.test_client(), "+12125550123")
    american.say("hello")
    american.say("pacific")
    assert "US Pacific time (Los Angeles)" in american.say("yes")


def test_a_misspelt_breathe_is_a_request_for_breathing(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("i wanna breth")
    assert "Let's breathe together" in replies and "Samaritans" not in replies


def test_dizzy_during_breathing_stops_the_rounds_and_says_why(someone: TestBot) -> None:
    someone.onboard()
    someone.say("breathe")
    someone.say("4-7-8")
    someone.say("5")
    someone.tick(seconds=20)
    replies = someone.say("im dizzy")
    assert "light-headed" in replies and "hurting or threatening" not in replies
    assert not any("Round" in r for r in someone.tick(seconds=120))


def test_a_safety_question_during_breathing_stops_the_rounds(someone: TestBot) -> None:
    someone.onboard()
    someone.say("breathe")
    someone.say("box")
    someone.say("5")
    someone.tick(seconds=15)
    assert "ask you directly" in someone.say("I can't do this, everything is too much")
    assert not any("Round" in r for r in someone.tick(seconds=120))


def test_a_reminder_changed_by_its_number_on_the_list(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to read every day at 9pm")
    someone.say("remind me to meditate every day at 7am")
    someone.say("remind me to walk every day at 6pm")
    listed = someone.say("what reminders do i have")
    third = listed.split("3. ")[1].split(" every")[0]
    moved = someone.say("change 3 to 7:30am")
    assert third in moved and "7:30am" in moved


@pytest.mark.parametrize(
    ("fix", "saved"), [("actually 6", "6"), ("wait no make it 5", "5"), ("more like a 4", "4")]
)
def test_a_score_put_right_at_the_next_question_is_the_one_kept(
    someone: TestBot, real_app: Flask, fix: str, saved: str
) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say("8")
    assert f"Got it, {saved} then" in someone.say(fix)
    someone.say("tired")
    someone.say("skip")
    with real_app.extensions["mindlink"].db.session() as session:
        moods = [c.mood for c in session.scalars(select(CheckIn))]
    assert moods == [int(saved)]


def test_a_sleep_diary_in_british_words(someone: TestBot) -> None:
    someone.onboard()
    someone.say("sleep diary")
    assert "get up" in someone.say("half eleven")
    assert "fall asleep" in someone.say("quarter to seven")


def test_asleep_late_told_with_the_bed_time_is_not_asked_again(someone: TestBot) -> None:
    someone.onboard()
    someone.say("sleep diary")
    someone.say("went to bed at 12 but didnt fall asleep till 3")
    assert "rate your sleep" in someone.say("7")


def test_stop_asking_me_questions_leaves_the_diary(someone: TestBot) -> None:
    someone.onboard()
    someone.say("sleep diary")
    someone.say("11")
    someone.say("7")
    assert "leave that for now" in someone.say("stop asking me questions")


def test_waking_five_times_is_not_five_minutes_to_fall_asleep(someone: TestBot) -> None:
    someone.onboard()
    someone.say("sleep diary")
    someone.say("midnight")
    someone.say("8")
    assert "rough guess" in someone.say("awful, woke up like 5 times")


@pytest.mark.parametrize(
    ("then", "label"),
    [("take my meds", "take your meds"), ("call the pharmacy", "call the pharmacy")],
)
def test_what_a_reminder_is_for_told_on_its_own_is_kept(
    someone: TestBot, then: str, label: str
) -> None:
    someone.onboard()
    someone.say("set a reminder")
    assert f"When should I remind you to {label}" in someone.say(then)
    assert f"remind you to {label}" in someone.say("at 3pm tomorrow")


def test_a_reminder_named_after_a_colon(someone: TestBot) -> None:
    someone.onboard()
    assert "to text sarah back" in someone.say("reminder for 10 pm tonight: text sarah back")


def test_remind_me_again_is_the_same_reminder_once_more(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to stretch in 5 minutes")
    someone.tick(seconds=400)
    replies = someone.say("can you remind me again in 10 minutes")
    assert "remind you to stretch" in replies and "to again" not in replies


def test_a_misspelt_remind_is_not_part_of_the_reminder(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("remnd me to call mom at 8pm")
    assert "remind you to call mom" in replies and "remnd" not in replies


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("is it free?", "MindLink itself is free"),
        ("who is sending me this?", "I'm a bot, not a person"),
        ("what happens if i say no", "If you say no, I still help the same way"),
    ],
)
def test_questions_before_consent_are_answered(
    someone: TestBot, question: str, expected: str
) -> None:
    someone.say("hi")
    replies = someone.say(question)
    assert expected in replies and "YES or NO" in replies


@pytest.mark.parametrize(
    ("said", "zone"),
    [("i'm on the west coast", "US Pacific time (Los Angeles)"), ("time zone UTC+2", "UTC+2")],
)
def test_time_zones_said_as_people_say_them(someone: TestBot, said: str, zone: str) -> None:
    someone.onboard()
    if not said.startswith("time zone"):
        someone.say("time zone")
    assert zone in someone.say(said)


def test_a_loss_is_listened_to_not_met_with_a_form(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("my dog died yesterday")
    assert "I'm so sorry" in replies and "1 (really low) to 10" not in replies


@pytest.mark.parametrize(
    ("said", "expected", "not_expected"),
    [
        ("hows it going", "How are you doing today?", "glad you're good"),
        ("good thanks, you?", "Glad you're doing OK", "You're welcome"),
        ("can you remember what i told you yesterday", "I don't read back", "Channel: sms"),
    ],
)
def test_small_talk_answered_as_said(
    someone: TestBot, said: str, expected: str, not_expected: str
) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert expected in replies and not_expected not in replies


def test_switching_exercise_mid_way_starts_that_one_without_asking_again(
    someone: TestBot,
) -> None:
    someone.onboard()
    someone.say("breathe")
    someone.say("4-7-8")
    someone.say("5")
    someone.tick(seconds=20)
    replies = someone.say("can we switch to box instead")
    assert replies.startswith("Box breathing") and "how do you feel" not in replies
    assert any("Round 1 of 4: breathe in 4 · hold 4" in r for r in someone.tick(seconds=30))


def test_quiet_hours_changed_in_a_sentence(someone: TestBot) -> None:
    someone.onboard()
    assert "1am–7am" in someone.say("change my quiet hours to 1am to 7am")


def test_sorry_i_disappeared_is_met_without_a_fuss(someone: TestBot) -> None:
    someone.onboard()
    assert "No need to apologise" in someone.say("hey sorry i disappeared")


def test_start_as_a_first_message_begins_first_contact(someone: TestBot) -> None:
    replies = someone.say("START")
    assert "Welcome back" not in replies and "Is it OK for me to keep our conversation" in replies


def test_a_wake_up_reminder_at_7_is_in_the_morning(someone: TestBot) -> None:
    someone.onboard()
    assert "7:00am" in someone.say("remind me at 7 to wake up")


def test_a_score_below_the_scale_is_kept_as_its_bottom(someone: TestBot, real_app: Flask) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say("-3")
    someone.say("awful")
    someone.say("skip")
    with real_app.extensions["mindlink"].db.session() as session:
        assert [c.mood for c in session.scalars(select(CheckIn))] == [1]


def test_what_upset_them_and_whether_to_say_something(someone: TestBot) -> None:
    someone.onboard()
    first = someone.say("my boyfriend keeps liking his ex's photos and i feel like i'm not enough")
    assert "I'm listening" in first and "worried about them" not in first
    assert "worth saying something" in someone.say("should i say something?")


def test_money_worries_are_met_with_where_help_is(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("rent is due friday and i'm £200 short")
    assert "Money worries are really stressful" in replies
    assert "not something I can help with" not in replies


@pytest.mark.parametrize(
    "message",
    [
        "no i dont want to breathe i want to be angry",
        "no i don't want a sleep diary",
        "i dont want advice i just want to complain",
    ],
)
def test_saying_what_they_dont_want_is_heard(someone: TestBot, message: str) -> None:
    someone.onboard()
    replies = someone.say(message)
    assert "we won't do that" in replies and "116 123" not in replies


def test_thanks_instead_of_an_answer_to_the_direct_question_ends_warmly(
    someone: TestBot,
) -> None:
    someone.onboard()
    someone.say("i just feel like giving up on everything")
    replies = someone.say("thanks for listening, really")
    assert "Thank you for talking with me" in replies and "Reply YES or NO" not in replies


def test_tears_are_not_good_news_and_a_memory_is_met_as_one(someone: TestBot) -> None:
    someone.onboard()
    assert "lovely to hear" not in someone.say("mocks next week 😭😭😭")
    someone.say("my dog died last week")
    replies = someone.say("She was funny, she used to sing really badly in the car")
    assert "lovely memory" in replies and "lovely to hear" not in replies


def test_thanks_mid_check_in_leaves_the_questions_warmly(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    replies = someone.say("ok thank you")
    assert "You're welcome" in replies and "1 (really low) to 10" not in replies


def test_the_day_before_too_adds_a_second_reminder(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me about my therapy appointment on thursday at 4pm")
    assert "Wed 4 Mar at 4:00pm" in someone.say("and the day before too please")
    listed = someone.say("what reminders do i have")
    assert "Wed 4 Mar" in listed and "Thu 5 Mar" in listed


def test_the_night_before_is_the_evening_before(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to pack for the flight on friday at 9am")
    assert "Thu 5 Mar at 8:00pm" in someone.say("the night before too")


def test_a_day_before_a_reminder_minutes_away_is_explained(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to stretch in 10 minutes")
    assert "already gone" in someone.say("and the day before too")


def test_a_suicidal_thought_with_sextortion_gets_the_helpline_too(real_app: Flask) -> None:
    teen = TestBot(real_app, real_app.test_client(), "+12124567890")
    teen.onboard()
    replies = teen.say(
        "im 16 and this guy says hell send my nudes to everyone unless i pay him. id rather "
        "die than have people see them"
    )
    assert "don't pay them" in replies and "988" in replies


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("just finished a 12 hour night shift and im exhausted", "long shift"),
        ("new mum here, 5 weeks in, so so tired", "Broken nights with a baby"),  # baby nights
    ],
)
def test_worn_out_is_heard_not_a_sleep_diary(someone: TestBot, message: str, expected: str) -> None:
    someone.onboard()
    replies = someone.say(message)
    assert expected in replies and "What time did you get into bed" not in replies


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("whats the point of you then", "I'm not getting this right for you"),
        ("you sound like a robot", "I'm not getting this right for you"),
        ("that doesn't help", "I'm not getting this right for you"),
        ("are you even a real person", "I'm a bot, not a person"),
    ],
)
def test_pushback_at_the_bot_is_answered_as_such(
    someone: TestBot, message: str, expected: str
) -> None:
    someone.onboard()
    replies = someone.say(message)
    assert expected in replies and "116 123" not in replies
