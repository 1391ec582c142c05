"""Round twenty-two: reminders and pausing in plain words. "pause everything except my meds
till friday" holds the others and keeps the meds one; "snooze my reminders for 3 days" is a
pause, not a snooze of nothing; "im on holiday next week, no reminders" holds them from next
Monday for that week, never from now; "no run reminders" then holds the run one only."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

NOT_UNDERSTOOD = "not something I can help with"


def with_meds_and_water(someone: TestBot) -> TestBot:
    someone.onboard()
    someone.say("remind me to take my meds at 9am every day")
    someone.say("remind me to drink water every 2 hours")
    return someone


@pytest.mark.parametrize(
    "said",
    [
        "pause everything except my meds till friday",
        "can you pause all my reminders apart from the meds one until friday",
        "mute everything but my meds till friday pls",
    ],
)
def test_pause_all_but_the_meds(someone: TestBot, said: str) -> None:
    with_meds_and_water(someone)
    replies = someone.say(said)
    assert NOT_UNDERSTOOD not in replies
    assert "Paused until Fri 6 Mar" in replies
    assert "These come as usual:\n• to take your meds every day at 9:00am" in replies
    listed = someone.say("what have i got set up")
    assert "to drink water every 2 hours (paused until Fri 6 Mar)" in listed
    assert "to take your meds every day at 9:00am\n" in listed


def test_pause_all_but_the_only_one_pauses_nothing(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to take my meds at 9am every day")
    replies = someone.say("pause everything except my meds till friday")
    assert "Nothing to pause" in replies
    assert "paused" not in someone.say("what have i got set up")


@pytest.mark.parametrize(
    ("said", "until"),
    [
        ("snooze my reminders for 3 days", "Thu 5 Mar"),
        ("put my reminders on hold for a week", "Mon 9 Mar"),
    ],
)
def test_a_pause_in_other_words(someone: TestBot, said: str, until: str) -> None:
    with_meds_and_water(someone)
    replies = someone.say(said)
    assert f"Nothing until {until}" in replies
    assert "no reminder just now to put off" not in replies


def test_pause_with_no_word_of_a_time_still_asks_until_when(someone: TestBot) -> None:
    with_meds_and_water(someone)
    assert "Until when?" in someone.say("pause my reminders")


def test_on_holiday_next_week_holds_them_from_monday(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to go for a run at 6pm every day")
    replies = someone.say("im on holiday next week, no reminders pls")
    assert "from Mon 9 Mar nothing comes" in replies
    assert "starts again on Mon 16 Mar" in replies
    listed = someone.say("what have i got set up")
    assert "(paused from Mon 9 Mar until Mon 16 Mar)" in listed
    # this week's still come
    assert "Reminder: go for a run" in "\n".join(someone.tick(hours=7))
    sent = "\n".join("\n".join(someone.tick(days=1)) for _ in range(7))
    assert sent.count("Reminder: go for a run") == 6  # Tue to Sun, none the week away
    sent = "\n".join("\n".join(someone.tick(days=1)) for _ in range(7))
    assert sent.count("Reminder: go for a run") == 1  # Mon 16 Mar: back


def test_away_next_week_no_run_reminders_holds_that_one(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to take my meds at 9am every day")
    someone.say("remind me to go for a run at 6pm every day")
    replies = someone.say("i'm away next week so no run reminders")
    assert "Moved" not in replies
    assert "from Mon 9 Mar nothing comes" in replies
    listed = someone.say("what have i got set up")
    assert "to go for a run every day at 6:00pm (paused from Mon 9 Mar" in listed
    assert "to take your meds every day at 9:00am\n" in listed


def test_unpause_before_the_week_away_keeps_them_coming(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to go for a run at 6pm every day")
    someone.say("no reminders next week please")
    assert "back on" in someone.say("unpause my reminders")
    assert "Reminder: go for a run" in "\n".join(someone.tick(hours=7))
    sent = "\n".join("\n".join(someone.tick(days=1)) for _ in range(10))
    assert sent.count("Reminder: go for a run") == 10


def test_till_next_week_is_still_until_then(someone: TestBot) -> None:
    with_meds_and_water(someone)
    assert "Nothing until Mon 9 Mar" in someone.say("pause my reminders till next week")


def test_no_more_reminders_is_still_an_end(someone: TestBot) -> None:
    with_meds_and_water(someone)
    assert "cancelled" in someone.say("no more reminders please")


def test_later_at_ten_to_an_every_two_hours_one_waits_for_the_morning(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to drink water every 2 hours")
    came = someone.tick(hours=10, minutes=1)  # 2pm ... 10pm
    assert "Reminder: drink water" in came[-1]
    replies = someone.say("later")
    assert "again in the morning, at 7:00am" in replies
    assert someone.tick(hours=8) == []  # nothing at 11pm, nor in the night
    assert "Reminder: drink water" in "\n".join(someone.tick(hours=1))  # 7am


def test_later_to_their_ten_pm_meds_is_still_at_eleven(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to take my meds at 10pm every day")
    assert "Reminder: take your meds" in "\n".join(someone.tick(hours=10, minutes=1))
    assert "again at 11:01pm" in someone.say("later")


def tablets_came(someone: TestBot, label: str = "take my tablets") -> TestBot:
    someone.onboard()
    someone.say(f"remind me in 2 mins to {label}")
    assert "Reminder:" in "\n".join(someone.tick(minutes=3))
    return someone


@pytest.mark.parametrize(
    "asked",
    [
        "how many am i supposed to take again",
        "what dose was it again",
        "is it one or two tablets",
        "whats my dose",
        "how much do i take",
    ],
)
def test_the_dose_asked_after_a_tablets_reminder(someone: TestBot, asked: str) -> None:
    tablets_came(someone)
    replies = someone.say(asked)
    assert "I don't know your dose" in replies
    assert "reminder to take your tablets" in replies
    assert NOT_UNDERSTOOD not in replies


def test_the_dose_asked_with_a_water_reminder_in_between(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me in 2 mins to take my tablets")
    someone.say("remind me in 5 mins to drink water")
    came = "\n".join(someone.tick(minutes=3) + someone.tick(minutes=3))
    assert "Reminder: take your tablets" in came and "Reminder: drink water" in came
    replies = someone.say("how many am i supposed to take again")
    assert "reminder to take your tablets" in replies


def test_a_dose_question_after_a_water_reminder_is_not_about_medicine(someone: TestBot) -> None:
    tablets_came(someone, "drink water")
    assert "I don't know your dose" not in someone.say("how many am i supposed to take again")


def test_how_many_to_end_it_after_a_tablets_reminder_is_still_a_crisis(someone: TestBot) -> None:
    tablets_came(someone)
    replies = someone.say("how many would it take to kill me")
    assert "I don't know your dose" not in replies
    assert "Samaritans" in replies


@pytest.mark.parametrize(
    ("said", "told"),
    [
        ("remind me at 10pm to go to bed", "I'll remind you to go to bed once"),
        ("remind me to go to sleep at 11pm every night", "remind you to go to sleep every day"),
    ],
)
def test_go_to_bed_is_said_in_their_words(someone: TestBot, said: str, told: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert told in replies and "winding down" not in replies
    came = "\n".join(someone.tick(hours=12))
    assert "Time to go to" in came and "winding down" not in came


def test_a_wind_down_reminder_is_still_one(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("set a bedtime reminder for 10pm every night")
    assert "start winding down for bed" in replies


@pytest.mark.parametrize(
    ("said", "told"),
    [
        ("set a reminder for 7 tomorrow to call the GP", "Tue 3 Mar at 7:00am"),
        ("set a reminder for 8 tonight to ring dad", "Mon 2 Mar at 8:00pm"),
        ("remind me 7 tomorrow to ring the dentist", "Tue 3 Mar at 7:00am"),
    ],
)
def test_a_bare_hour_before_the_day_is_the_time(someone: TestBot, said: str, told: str) -> None:
    someone.onboard()
    assert told in someone.say(said)


def test_how_many_before_the_day_is_not_a_time(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("remind me to take 2 tomorrow")
    assert "2:00" not in replies


def test_can_you_not_remind_me_tomorrow_never_cancels_it(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to take my meds at 9am every day")
    replies = someone.say("can you not remind me tomorrow, im out")
    assert "cancelled" not in replies
    assert "to take your meds every day at 9:00am" in someone.say("what have i got set up")


def test_why_did_you_not_remind_me_is_not_a_day_skipped(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to take my meds at 9pm every day")
    assert "no reminder" not in someone.say("why did you not remind me today").lower()


def test_the_one_named_is_moved_not_the_one_set_last(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to take my meds at 9pm every day")
    someone.say("remind me to journal at 8pm every day")
    someone.say("change the journal one to 8:30")
    replies = someone.say("move my meds reminder to 10 instead")
    assert "take your meds every day at 10:00pm" in replies
    assert "journal every day at 8:30pm" in someone.say("what have i got set up")


def test_actually_ten_instead_still_moves_the_one_just_set(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to take my meds at 9pm every day")
    someone.say("remind me to journal at 8pm every day")
    assert "journal every day at 10:00pm" in someone.say("actually 10pm instead")


def test_once_at_eight_and_eight_said_at_noon_starts_tonight(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("set a reminder for my meds at 8am and 8pm")
    assert "once, on Mon 2 Mar at 8:00pm and once, on Tue 3 Mar at 8:00am" in replies


def two_at_nine(someone: TestBot) -> TestBot:
    someone.onboard()
    someone.say("remind me to take my meds at 9pm every day")
    someone.say("remind me to journal at 9pm every day")
    return someone


def test_cancel_my_9pm_one_with_two_at_9pm_asks_which(someone: TestBot) -> None:
    two_at_nine(someone)
    replies = someone.say("cancel my 9pm one")
    assert "Which one" in replies and "cancelled" not in replies
    assert "cancelled: to take your meds" in someone.say("1")
    assert "to journal every day at 9:00pm" in someone.say("what have i got set up")


def test_cancel_my_9pm_ones_still_cancels_both(someone: TestBot) -> None:
    two_at_nine(someone)
    assert "cancelled both" in someone.say("cancel my 9pm ones")


def test_pause_the_check_ins_but_keep_the_meds_reminder(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to take my meds at 9pm every day")
    replies = someone.say("pause my check ins for a week but keep my meds reminder")
    assert "no check-ins from me until Mon 9 Mar" in replies
    assert "• to take your meds every day at 9:00pm" in replies
    assert "paused" not in someone.say("what have i got set up")


def test_my_meditation_reminder_names_to_meditate(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to meditate at 7am daily")
    replies = someone.say("i wanna change the time of my meditation reminder")
    assert "can't find" not in replies
    assert "meditate every day at 8:00am" in someone.say("8am")


def test_eight_every_morning_and_eight_every_night(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("remind me to take my tablets at 8 every morning and 8 every night")
    assert "every day at 8:00am and 8:00pm" in replies and "regularly" not in replies


@pytest.mark.parametrize(
    "said", ["rmeind me too call the vet tmrw at 10", "renind me to call the vet tomorrow at 10am"]
)
def test_remind_typed_in_a_hurry(someone: TestBot, said: str) -> None:
    someone.onboard()
    assert "I'll remind you to call the vet once, on Tue 3 Mar at 10:00am" in someone.say(said)


def test_remind_me_in_30_mins_after_forgot_again_puts_it_off(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me in 2 mins to take my meds")
    assert "Reminder: take your meds" in "\n".join(someone.tick(minutes=3))
    someone.say("ugh forgot again")
    replies = someone.say("remind me in 30 mins")
    assert "remind you to take your meds again at 12:33pm" in replies
    assert "Tell me what it's for" not in replies


def test_remind_me_in_30_mins_out_of_the_blue_asks_what_for(someone: TestBot) -> None:
    someone.onboard()
    assert "Tell me what it's for" in someone.say("remind me in 30 mins")


def test_dont_send_anything_before_9am_moves_the_quiet_hours(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("dont send anything before 9am")
    assert "quiet hours are now 11pm–9am" in replies


@pytest.mark.parametrize(
    ("said", "told"),
    [
        ("i want a water reminder every 2 hours", "I'll remind you about water every 2 hours"),
        ("can i get a meds reminder at 9am every day", "I'll remind you about meds every day"),
        ("set a gym reminder for 6pm on mondays", "I'll remind you about gym every Monday"),
    ],
)
def test_what_the_reminder_is_for_said_before_the_word(
    someone: TestBot, said: str, told: str
) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert told in replies and "Tell me what it's for" not in replies


def test_my_meds_reminder_at_two_times_is_about_the_meds(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to take my meds at 9pm every day")
    replies = someone.say("can i get my meds reminder at 9pm and 9am")
    assert "about and" not in replies


def test_a_daily_reminder_is_not_about_daily(someone: TestBot) -> None:
    someone.onboard()
    assert "about daily" not in someone.say("set a daily reminder for 9pm")


def test_snooze_all_my_reminders_asks_until_when(someone: TestBot) -> None:
    with_meds_and_water(someone)
    replies = someone.say("snooze all my reminders")
    assert "Until when?" in replies and "no reminder just now" not in replies
    assert "Nothing until Thu 5 Mar" in someone.say("till thursday")


def test_snooze_on_its_own_before_any_came_is_still_nothing_to_put_off(someone: TestBot) -> None:
    with_meds_and_water(someone)
    assert "no reminder just now to put off" in someone.say("snooze")


@pytest.mark.parametrize("asked", ["what have i got on sunday", "what do i have tomorrow"])
def test_what_have_i_got_on_a_day_lists_them(someone: TestBot, asked: str) -> None:
    someone.onboard()
    someone.say("remind me to call mum every sunday at 5pm")
    replies = someone.say(asked)
    assert "to call mum every Sunday at 5:00pm" in replies and NOT_UNDERSTOOD not in replies
