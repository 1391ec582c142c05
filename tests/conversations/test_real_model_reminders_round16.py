"""Reminders, the sleep coach and quiet hours in people's own words: reminders asked for
as a text from us, answers to a reminder just come, naps, and quiet hours asked about."""

from __future__ import annotations

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


def test_text_me_tomorrow_arvo_sets_a_reminder(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("text me tmrw arvo to call the gp")
    assert "I'll remind you to call the gp" in replies
    assert "3:00pm" in replies
    assert "not something I can help with" not in replies


def test_txt_me_friday_is_for_the_task_not_a_text(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("txt me friday to ring nan")
    assert "I'll remind you to ring nan" in replies
    assert "txt you" not in replies


def reminded(someone: TestBot) -> TestBot:
    """Someone whose one-off reminder to take their tablets has just come."""
    someone.onboard()
    someone.say("remind me in 2 mins to take my tablets")
    assert "Reminder: take your tablets" in "\n".join(someone.tick(minutes=3))
    return someone


def test_already_did_it_lol_is_done(someone: TestBot) -> None:
    replies = reminded(someone).say("already did it lol")
    assert "Nice one" in replies


def test_took_them_ages_ago_is_done(someone: TestBot) -> None:
    replies = reminded(someone).say("took them ages ago")
    assert "Nice one" in replies


def test_cant_right_now_in_30_puts_it_off(someone: TestBot) -> None:
    replies = reminded(someone).say("cant right now, in 30?")
    assert "again at 12:33pm" in replies
    assert "1 (really low) to 10" not in replies


def test_push_it_to_tomorrow_puts_it_off_a_day(someone: TestBot) -> None:
    replies = reminded(someone).say("push it to tomorrow")
    assert "take your tablets again tomorrow" in replies
    assert "push it" not in replies


def test_stop_reminding_me_about_this_one_off(someone: TestBot) -> None:
    replies = reminded(someone).say("stop reminding me about this")
    assert "won't come again" in replies
    assert "You don't have any reminders" not in replies


def test_a_nap_asked_about_gets_the_nap_answer(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("i had a 2 hour nap this afternoon is that bad")
    assert "A short nap can help" in replies
    assert "put that in a sleep diary" not in replies


def test_napping_and_cant_sleep_is_the_nap_answer(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("i nap every afternoon, is that why i cant sleep")
    assert "A short nap can help" in replies


def test_make_it_2_hours_after_in_1_hour(someone: TestBot) -> None:
    someone.onboard()
    someone.tick(minutes=10)
    someone.say("remind me in 1 hour to take the chicken out")
    replies = someone.say("make it 2 hours")
    assert "Mon 2 Mar at 2:10pm" in replies
    assert "Tue 3 Mar" not in replies


def test_actually_45_mins_after_in_20_mins(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me in 20 mins to check the washing")
    replies = someone.say("actually 45 mins")
    assert "12:45pm" in replies


def test_8_oclock_every_morning_and_every_evening_sets_both(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say(
        "Hello dear, I am 78. Could you please remind me to take my heart tablets at 8 o'clock"
        " every morning and 8 o'clock every evening?"
    )
    assert "every day at 8:00am and 8:00pm" in replies
    listed = someone.say("What reminders have I got")
    assert "every day at 8:00pm" in listed


def test_ok_ill_ring_him_now_is_seen(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me in 2 mins to ring dad")
    assert "Reminder: ring dad" in "\n".join(someone.tick(minutes=3))
    replies = someone.say("ok ill ring him now")
    assert "Great" in replies
    assert "not sure I understood" not in replies


def test_set_reminder_daily_for_walk_is_about_the_walk(someone: TestBot) -> None:
    someone.as_("+918800112233").onboard()
    replies = someone.as_("+918800112233").say("set reminder 6 am daily for walk")
    assert "remind you about walk every day at 6:00am" in replies
    assert "about for walk" not in replies


def test_yes_to_a_reminder_after_forgetting_tablets(someone: TestBot) -> None:
    someone.onboard()
    someone.say("i keep forgetting my tablets")
    asked = someone.say("yes")
    assert "When should I remind you about your tablets?" in asked
    assert "at you keep" not in asked
    assert "remind you about your tablets" in someone.say("9am")


def test_what_time_is_it_for_u_tells_their_time(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("what time is it for u")
    assert "where it's 12:00pm now" in replies
    assert "Here's what I can do" not in replies


def test_actually_can_you_make_it_thursday_moves_the_one_just_set(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to ring the council tomorrow at 10")
    replies = someone.say("actually can you make it thursday")
    assert "Thu 5 Mar at 10:00am" in replies


def test_move_them_both_an_hour_later(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me every day at 8am to take my meds")
    someone.say("remind me every day at 9pm to take my meds")
    replies = someone.say("move them both an hour later")
    assert "every day at 9:00am" in replies
    assert "every day at 10:00pm" in replies
    assert "Which one" not in replies


def test_wind_down_reminder_asks_when_not_cancel(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("wind down reminder")
    assert "When should I remind you" in replies
    assert "nothing to cancel" not in replies
    assert "winding down for bed" in someone.say("10pm")


def test_wind_down_reminder_pls_is_not_what_for(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("wind down reminder pls")
    assert "When should I remind you" in replies
    assert "to pls" not in replies


def test_i_want_to_be_reminded_to_take_my_meds(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("i want to be reminded to take my meds")
    assert "When should I remind you to take your meds?" in replies


def test_at_like_4ish_is_a_time_not_the_task(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("yo remind me at like 4ish to do my hw")
    assert "remind you to do your hw" in replies
    assert "at like" not in replies


def test_20_past_7_without_at(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("remind me 20 past 7 to leave for the bus")
    assert "remind you to leave for the bus" in replies
    assert "7:20" in replies


def test_no_messages_between_11_and_7_sets_quiet_hours(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("no messages between 11 and 7 please")
    assert "Your quiet hours are now 11pm–7am" in replies


def test_dont_text_me_between_9_and_5_at_work_keeps_the_night(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("dont text me between 9 and 5 im at work")
    assert "one quiet stretch" in replies
    assert "When should I remind you" not in replies
    assert "11pm–7am" in someone.say("what are my quiet hours")


def test_turn_nudges_off_for_now(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("turn nudges off for now")
    assert "I won't message you out of the blue" in replies


def test_snooze_for_15_with_nothing_due(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("snooze for 15")
    assert "no reminder just now to put off" in replies


def test_snooze_5_before_it_came_does_not_move_it(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me at 10")
    replies = someone.say("snooze 5")
    assert "Moved" not in replies
    assert "10:00pm" in someone.say("list")


def test_snooze_for_15_after_it_came_is_15_minutes(someone: TestBot) -> None:
    reminded(someone)
    replies = someone.say("snooze for 15")
    assert "again at 12:18pm" in replies


def test_back_in_sydney_sets_the_zone_back(someone: TestBot) -> None:
    person = someone.as_("+61412345670")
    person.onboard()
    person.say("remind me every day at 7am to take my meds")
    assert "Perth time" in person.say("im in perth for work this week")
    replies = person.say("actually im back in sydney now")
    assert "set your time zone to Sydney time" in replies


def test_teen_cant_sleep_till_2am_is_falling_asleep_late(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("im a teenager and i cant sleep till like 2am every night")
    assert "body clock shifts later in your teens" in replies
    assert "alcohol" not in replies


def test_except_sundays_said_after_the_task(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("remind me at 7 every morning to take my tablets except sundays")
    assert "remind you to take your tablets every day except Sunday at 7:00am" in replies


def test_every_day_at_8am_except_weekends(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("remind me every day at 8am except weekends to take my pills")
    assert "on weekdays at 8:00am" in replies
    assert "Monday" not in replies


def test_on_the_first_of_every_month(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("remind me on the first of every month to pay rent")
    assert "remind you to pay rent on the 1st of every month" in replies


def test_for_the_next_5_days_comes_each_day_then_stops(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("remind me every day at 9pm for 3 days to take my antibiotics")
    assert "every day at 9:00pm until Wed 4 Mar" in replies
    came = "\n".join("\n".join(someone.tick(hours=3)) for _ in range(6 * 8))
    assert came.count("Reminder: take your antibiotics") == 3


def test_weekdays_at_7_and_weekends_at_9_sets_both(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("remind me to do my stretches every weekday at 7 and weekends at 9")
    assert "on weekdays at 7:00am" in replies
    assert "on weekends at 9:00am" in replies


def test_forgot_again_im_so_useless_is_met_kindly(someone: TestBot) -> None:
    replies = reminded(someone).say("ugh i forgot again im so useless")
    assert "doesn't make you useless" in replies
    assert "1 (really low) to 10" not in replies


def test_cant_face_it_today_comes_again_tomorrow(someone: TestBot) -> None:
    replies = reminded(someone).say("i cant face calling them today")
    assert "not today" in replies
    assert "again tomorrow" in replies


def test_remind_me_tonight_instead_moves_the_one_that_came(someone: TestBot) -> None:
    replies = reminded(someone).say("can you remind me tonight instead")
    assert "remind you to take your tablets again at 9:00pm" in replies
    assert "about instead" not in replies


def test_what_meds_says_what_the_reminder_was(someone: TestBot) -> None:
    replies = reminded(someone).say("what tablets")
    assert "the reminder you asked me for" in replies


def test_dentist_on_thursday_and_the_day_before(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("remind me about the dentist on thursday at 2 and the day before")
    assert "on Thu 5 Mar at 2:00pm" in replies
    assert "on Wed 4 Mar at 2:00pm" in replies


def test_an_hour_before_is_not_in_what_for(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say(
        "remind me at 4pm tomorrow to pick up the prescription and an hour before"
    )
    assert "on Tue 3 Mar at 3:00pm" in replies
    assert "and an hour before" not in replies


def test_get_rid_of_the_meds_and_dog_ones(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to take my meds every day at 8")
    someone.say("remind me to walk the dog every day at 5pm")
    someone.say("remind me to call mum on sunday at 4")
    replies = someone.say("get rid of the meds and dog ones")
    assert "cancelled both reminders" in replies
    assert "call mum" in someone.say("list")


def test_ok_night_to_the_wind_down_reminder(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to wind down every night at 12:02pm")
    assert "nearly bedtime" in "\n".join(someone.tick(minutes=3))
    replies = someone.say("ok night")
    assert "Sleep well" in replies
    assert "How are you feeling today" not in replies


def test_took_the_lot_after_a_tablets_reminder_is_never_a_tick(someone: TestBot) -> None:
    replies = reminded(someone).say("took the lot")
    assert "Nice one" not in replies


def test_cant_face_anything_today_is_not_a_reminder_put_off(someone: TestBot) -> None:
    replies = reminded(someone).say("i cant face anything today")
    assert "not today" not in replies


def test_no_messages_before_9am_on_weekends_is_answered(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("no messages before 9am on weekends")
    assert "the same every day" in replies
    assert 'text "dont text me before 9am"' in replies


def test_stop_the_nudges_at_night_says_they_wait_already(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("stop the nudges at night pls")
    assert "Your quiet hours are 11pm–7am" in replies
    assert "I won't message you out of the blue" not in replies


def test_no_check_ins_overnight(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("no check ins overnight please")
    assert "Your quiet hours are 11pm–7am" in replies


def test_fell_asleep_around_11_is_the_time_it_took(someone: TestBot) -> None:
    someone.onboard()
    someone.say("log my sleep")
    replies = someone.say("went to bed at 10, fell asleep around 11, woke at 6")
    assert "how long did it take you to fall asleep" not in replies
    assert "from 1 (awful) to 5 (great)" in replies
    assert "about 88%" in someone.say("3")


def test_not_during_school_hours_is_answered(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("can u not message me during school hours")
    assert "one quiet stretch" in replies
    assert "nothing to cancel" not in replies
