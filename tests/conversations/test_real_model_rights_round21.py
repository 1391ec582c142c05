"""Round twenty-one: a person's control over the service. A pause of reminders ("pause
everything for a week") holds the inactivity nudges until the same day, as the reply says
("Nothing until ..."); the nudges come back after it."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

NUDGE = "It has been a little while"
ONE_TO_TEN = "from 1 (really low) to 10 (great)"


def test_a_pause_holds_the_nudges_too_until_the_day_it_ends(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to walk every day at 6:30pm")
    paused = someone.say("pause everything for a week")
    assert "Nothing until" in paused
    during = [someone.tick(days=1) for _ in range(6)]
    assert not any(during), during
    after = [someone.tick(days=1) for _ in range(6)]
    assert any(NUDGE in m for day in after for m in day), after


@pytest.mark.parametrize(
    "said",
    [
        "mute till monday",
        "mute my reminders till monday",
        "pause everything till friday",
        "no messages till monday please",
    ],
)
def test_quiet_for_a_while_pauses_the_reminders_never_cancels_or_moves_them(
    someone: TestBot, said: str
) -> None:
    someone.onboard()
    someone.say("remind me to walk every day at 6:30pm")
    replies = someone.say(said)
    assert "Nothing until" in replies and "cancelled" not in replies
    assert "paused until" in someone.say("what reminders do i have")


def test_mute_reminders_with_no_day_asks_until_when(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to walk every day at 6:30pm")
    assert "Until when?" in someone.say("mute reminders")


def test_quiet_asked_with_no_reminders_holds_the_nudges_until_then(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("mute till monday")
    assert "won't message you first until Mon 9 Mar" in replies
    during = [someone.tick(days=1) for _ in range(6)]
    assert not any(during), during
    after = [someone.tick(days=1) for _ in range(6)]
    assert any(NUDGE in m for day in after for m in day), after


@pytest.mark.parametrize("said", ["how do i delete my account", "how can i close my account"])
def test_closing_their_account_with_us_is_the_erase_asked_for(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "permanently erase everything MindLink keeps about you" in replies
    assert "Done. I've erased your data" in someone.say("yes")


def test_another_services_account_is_still_not_ours(someone: TestBot) -> None:
    someone.onboard()
    assert "erase" not in someone.say("how do i delete my facebook account")


@pytest.mark.parametrize(
    "said",
    [
        "take a break from messaging me",
        "i need a break from these messages",
        "can u stop messaging me for a while",
    ],
)
def test_a_break_from_our_messages_is_asked_until_when_then_held(
    someone: TestBot, said: str
) -> None:
    someone.onboard()
    asked = someone.say(said)
    assert "Until when?" in asked and ONE_TO_TEN not in asked
    assert "won't message you first until Mon 9 Mar" in someone.say("a week")
    assert not any(someone.tick(days=1) for _ in range(6))


def test_a_few_days_is_taken_as_said(someone: TestBot) -> None:
    someone.onboard()
    assert "won't message you first until Thu 5 Mar" in someone.say(
        "stop texting me for a few days"
    )


def test_dont_message_me_this_week_holds_until_monday(someone: TestBot) -> None:
    someone.onboard()
    assert "until Mon 9 Mar" in someone.say("dont message me this week")


def test_stop_texting_me_is_still_the_opt_out(someone: TestBot) -> None:
    someone.onboard()
    assert "You're unsubscribed" in someone.say("stop texting me")


def test_left_alone_by_everyone_is_heard_not_only_given_space(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("just leave me alone, everyone does")
    assert "really hurts" in replies and "give you some space" in replies
    assert "reply STOP" not in replies


def test_leave_me_alone_alone_is_still_space_and_how_to_stop(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("ugh leave me alone")
    assert "give you some space" in replies and "reply STOP" in replies
    assert "hurts" not in replies


@pytest.mark.parametrize(
    "said",
    [
        "what can i do while i wait",
        "what should i do in the meantime",
        "anything i can do while i wait?",
    ],
)
def test_what_to_do_while_waiting_for_a_person_is_answered(someone: TestBot, said: str) -> None:
    someone.onboard()
    assert "someone from our team" in someone.say("can i talk to a real person")
    replies = someone.say(said)
    assert "While you wait, you can keep writing here" in replies
    assert "999" in replies and "116 123" in replies
    assert "never mind" in replies


@pytest.mark.parametrize("said", ["delete my mood history", "can you delete my check ins"])
def test_erasing_the_check_ins_is_answered_as_an_erase_not_read_back(
    someone: TestBot, said: str
) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say("4")
    someone.say("tired")
    someone.say("skip")
    replies = someone.say(said)
    assert "So far you have one check-in" not in replies
    assert "I can't erase only some of what I keep" in replies and "delete my data" in replies


def test_how_have_i_been_still_reads_the_check_ins_back(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say("4")
    someone.say("tired")
    someone.say("skip")
    assert "So far you have one check-in" in someone.say("how have i been this week")


@pytest.mark.parametrize("channel", ["sms", "whatsapp"])
def test_help_after_stop_says_they_are_out_and_how_to_come_back(
    someone: TestBot, channel: str
) -> None:
    person = someone.as_("+447400123999", channel).onboard()
    assert "STOP to unsubscribe" in person.say("HELP")
    person.say("STOP")
    replies = person.say("HELP")
    assert "116 123" in replies and "Text START to come back" in replies
    assert "STOP to unsubscribe" not in replies


def test_start_after_a_crisis_told_while_unsubscribed_asks_how_they_are(
    someone: TestBot,
) -> None:
    someone.onboard()
    someone.say("STOP")
    assert "116 123" in someone.say("i want to die")
    back = someone.say("START")
    assert "How are you doing since we last talked?" in back and "116 123" in back


def test_start_after_an_ordinary_stop_is_the_plain_welcome_back(someone: TestBot) -> None:
    someone.onboard()
    someone.say("STOP")
    assert someone.say("hello") == ""
    assert "Text MENU to see what I can do" in someone.say("START")


@pytest.mark.parametrize(
    "said",
    ["Please unsubscribe me from this service, thank you.", "remove me from this list", "S T O P"],
)
def test_plain_requests_to_unsubscribe_unsubscribe(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "You're unsubscribed" in replies and "erase" not in replies
    assert someone.say("hello") == ""


def test_no_longer_wishing_to_receive_messages_is_not_read_as_a_crisis(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("i no longer wish to receive these messages")
    assert "hurting yourself" not in replies and "reply STOP" in replies


@pytest.mark.parametrize("said", ["actually wait", "hold on", "give me a sec"])
def test_stopping_to_think_at_the_erase_question_is_given_time(someone: TestBot, said: str) -> None:
    someone.onboard()
    assert "Reply YES to delete" in someone.say("delete my data")
    replies = someone.say(said)
    assert "there's no rush: nothing is erased unless you say YES" in replies
    assert "nothing has been deleted" in someone.say("no")


def test_start_after_an_erase_while_unsubscribed_begins_fresh(someone: TestBot) -> None:
    someone.onboard()
    someone.say("STOP")
    assert "we'll begin fresh" in someone.say("delete my data")
    back = someone.say("START")
    assert "Is it OK for me to keep our conversation" in back and "Welcome back" not in back
    assert "Thank you" in someone.say("yes")


@pytest.mark.parametrize("said", ["get me a therapist", "find me a counsellor please"])
def test_a_therapist_asked_for_is_pointed_to_care_and_offered_our_team(
    someone: TestBot, said: str
) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "NHS Talking Therapies" in replies and '"talk to someone"' in replies
    assert "I've asked someone from our team" not in replies


def test_a_real_person_asked_for_is_still_handed_over(someone: TestBot) -> None:
    someone.onboard()
    assert "I've asked someone from our team" in someone.say("get me a real person")


def test_will_it_be_a_real_person_is_answered_while_waiting(someone: TestBot) -> None:
    someone.onboard()
    someone.say("talk to a person")
    replies = someone.say("will it be a real person")
    assert "Yes, a real person" in replies and "You don't need to ask again" not in replies


def test_are_they_counsellors_is_answered_honestly_while_waiting(someone: TestBot) -> None:
    someone.onboard()
    someone.say("talk to a person")
    replies = someone.say("are they trained counsellors")
    assert "aren't doctors or therapists" in replies and "Yes" not in replies
    assert "999" in replies


@pytest.mark.parametrize(
    "said", ["stop msging me", "unsubscribe from this", "stop sending me these", "stop txting me"]
)
def test_short_and_misspelt_stops_unsubscribe(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "You're unsubscribed" in replies and "hurting yourself" not in replies


def test_pausing_one_named_reminder_keeps_the_others(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to take my meds every day at 9pm")
    someone.say("remind me to walk every day at 6pm")
    paused = someone.say("pause the walk reminder for a week")
    assert "to walk" in paused and "to take your meds" not in paused
    listed = someone.say("what reminders do i have")
    assert "6:00pm (paused until" in listed and "9:00pm (paused" not in listed


def test_unpausing_one_by_name_switches_it_back_on_never_cancels_it(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to take my meds every day at 9pm")
    someone.say("remind me to walk every day at 6pm")
    someone.say("pause reminders for a week")
    back = someone.say("unpause the meds one")
    assert "back on" in back and "cancelled" not in back and "to walk" not in back
    listed = someone.say("what reminders do i have")
    assert "6:00pm (paused until" in listed and "9:00pm (paused" not in listed


def test_forgetting_what_was_told_today_is_not_offered_as_erasing_everything(
    someone: TestBot,
) -> None:
    someone.onboard()
    replies = someone.say("i want you to forget everything i told you today")
    assert "I can't erase only some of what I keep" in replies
    assert "Reply YES to delete" not in replies
