"""Small talk with the shipped model: asked how we are, answered as a person would."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


@pytest.mark.parametrize(("asked", "answer"), [("how r u", "good thanks"), ("whats up", "nm hbu")])
def test_how_are_you_is_answered_and_a_fine_answer_is_met_gladly(
    someone: TestBot, asked: str, answer: str
) -> None:
    someone.onboard()
    assert "How are you doing today?" in someone.say(asked)
    replies = someone.say(answer)
    assert "Glad you're doing OK" in replies and "You're welcome" not in replies
    assert ("thanks for asking" in replies) == answer.endswith("hbu")


def test_a_low_answer_to_how_are_you_starts_a_check_in(someone: TestBot) -> None:
    someone.onboard()
    someone.say("how are you")
    replies = someone.say("not great tbh")
    assert "Glad" not in replies and "1 (really low) to 10" in replies


@pytest.mark.parametrize(
    ("message", "expected", "not_this"),
    [
        ("bruh im so bored", "Boredom", "lovely to hear"),
        (
            "got a letter from HMRC today and i'm too scared to even open it lol",
            "pressure",
            "made you smile",
        ),
        ("can u tell me about anxiety", "when anxiety builds up", "Here's what I can do"),
    ],
)
def test_the_answer_fits_the_feeling_not_a_word_in_it(
    someone: TestBot, message: str, expected: str, not_this: str
) -> None:
    someone.onboard()
    replies = someone.say(message)
    assert expected in replies and not_this not in replies


def test_a_mind_that_wont_switch_off_gets_help_for_that(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("i cant sleep my mind wont switch off")
    assert "won't switch off" in replies and "sleep diary" not in replies


def test_nights_awake_told_in_the_evening_get_tips_not_help_for_right_now(
    someone: TestBot,
) -> None:
    someone.onboard()  # the clock reads midday in London
    replies = someone.say("been lying awake till 3am every night, any tips")
    assert "sleep better" in replies and "at this hour" not in replies


def test_a_one_off_reminder_moved_to_another_day_keeps_its_time(someone: TestBot) -> None:
    someone.onboard()  # Monday 2 March
    someone.say("remind me to call nan on sunday at 11")
    assert "Tue 3 Mar at 11:00am" in someone.say("move it to tomorrow")
    assert "Sat 7 Mar at 11:00am" in someone.say("change it to saturday")


def test_a_new_time_for_a_one_off_keeps_its_day(someone: TestBot) -> None:
    someone.onboard()  # Monday 2 March, midday in London
    someone.say("can i set a reminder for my therapy appointment on thursday at 2")
    assert "Thu 5 Mar at 2:30pm" in someone.say("actually make it 2:30")
    assert "Fri 6 Mar at 3:00pm" in someone.say("move it to 3pm on friday")


def test_a_one_off_moved_to_a_time_already_past_today_goes_tomorrow(someone: TestBot) -> None:
    someone.onboard()  # midday
    someone.say("remind me to stretch in 10 minutes")
    assert "Tue 3 Mar at 11:00am" in someone.say("make it 11am")


def test_changing_a_flight_is_not_changing_a_reminder(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to call nan on sunday at 11")
    replies = someone.say("change my flight to tuesday")
    assert "Moved" not in replies and "not something I can help with" in replies


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("if i have to sit through one more zoom meeting im gonna walk into the sea lol", "smile"),
        (
            "went to tesco, did some laundry, watched a film. pretty normal day",
            "Thanks for telling",
        ),
        (
            "my nan died tuesday. funeral is friday. i'm ok i think, just numb",
            "sorry for your loss",
        ),
        (
            "my brother killed himself last year and christmas is coming and i dont know how to "
            "face it",
            "sorry for your loss",
        ),
    ],
)
def test_everyday_news_and_grief_get_the_fitting_opening(
    someone: TestBot, message: str, expected: str
) -> None:
    someone.onboard()
    assert expected in someone.say(message)


def test_what_do_you_mean_is_explained(someone: TestBot) -> None:
    someone.onboard()
    someone.say("i cant sleep my mind wont switch off")
    assert "wasn't clear" in someone.say("what do you mean")


def test_paused_reminders_skip_the_days_asked_then_come_back(someone: TestBot) -> None:
    someone.onboard()  # Monday 2 March, midday in London
    someone.say("remind me to walk every day at 6pm")
    replies = someone.say("pause my reminders until thursday")
    assert "Paused. Nothing until Thu 5 Mar" in replies and "cancelled" not in replies
    quiet_days = someone.tick(days=3)  # to Thursday midday: Mon, Tue and Wed pass
    assert all("walk" not in r for r in quiet_days)
    assert any("walk" in r for r in someone.tick(hours=7))  # Thursday 6pm


def test_pause_without_a_day_asks_and_cancels_nothing(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to walk every day at 6pm")
    assert "Until when?" in someone.say("pause my reminders")
    assert "to walk" in someone.say("what reminders do i have")


def test_a_new_time_zone_keeps_a_daily_reminder_once_a_day_at_its_local_time(
    someone: TestBot,
) -> None:
    someone.onboard()  # Monday midday in London
    someone.say("remind me to take my meds every day at 9pm")
    assert "New York" in someone.say("i'm in new york this week")
    sent = [r for _ in range(24) for r in someone.tick(hours=1)]  # the beat, hour by hour
    meds = [r for r in sent if "meds" in r]
    assert len(meds) == 1  # Monday 9pm in New York only, not 4pm and 9pm


def test_sleeping_pills_are_reminded_as_such_at_the_time_set(someone: TestBot) -> None:
    someone.onboard()  # Monday midday in London
    replies = someone.say("remind me to take my sleeping pills at 10pm every day")
    assert "take your sleeping pills every day at 10:00pm" in replies
    assert "quiet hours" not in replies
    sent = [r for _ in range(11) for r in someone.tick(hours=1)]  # to 11pm
    assert "Reminder: take your sleeping pills" in sent


def test_a_sleep_diary_reminder_is_not_a_bedtime_message(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("remind me to fill in my sleep diary every morning at 8:30")
    assert "fill in your sleep diary" in replies and "winding down" not in replies


def test_stop_these_reminders_cancels_them_all(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to drink water every day at 3pm")
    someone.say("remind me to stretch every day at 4pm")
    assert "cancelled both reminders" in someone.say("stop these reminders")


def test_not_today_to_a_reminder_is_fine_and_says_when_it_comes_next(someone: TestBot) -> None:
    someone.onboard()  # Monday midday in London
    someone.say("remind me to go for a run every day at 6pm")
    sent = [r for _ in range(7) for r in someone.tick(hours=1)]
    assert any("go for a run" in r for r in sent)
    replies = someone.say("not today")
    assert "No problem" in replies and "every day at 6:00pm" in replies


def test_export_asked_in_the_middle_of_a_check_in_is_served(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say("6")
    someone.say("ok day")
    assert "Here's what MindLink keeps about you" in someone.say("export my data")


def test_how_was_my_week_reads_back_the_check_ins_and_their_direction(
    someone: TestBot,
) -> None:
    someone.onboard()
    for mood in ("6", "4", "3"):
        someone.say("check in")
        someone.say(mood)
        someone.say("ok")
        someone.say("skip")
        someone.tick(days=1)
    replies = someone.say("how was my week")
    assert "6 (Mon), 4 (Tue), 3 (Wed)" in replies and "lower" in replies


def test_handing_over_says_reminders_wait_for_the_team(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to take my meds every day at 9pm")
    replies = someone.say("can i talk to a real person")
    assert "someone from our team" in replies and "hold your reminders" in replies


def test_a_number_told_about_something_else_is_not_a_score_out_of_range(
    someone: TestBot,
) -> None:
    someone.onboard()
    someone.say("my dog died this morning")
    replies = someone.say("he was 14")
    assert "outside the scale" not in replies and "a 14" not in replies


@pytest.mark.parametrize(("said", "saved"), [("11/10", "a 10"), ("0/10 honestly", "A 1")])
def test_a_score_said_past_the_end_of_the_scale_is_its_end(
    someone: TestBot, said: str, saved: str
) -> None:
    someone.onboard()
    someone.say("check in")
    assert "outside the scale" not in someone.say(said)
    assert saved in someone.say("tired") + someone.say("skip")


def test_not_yet_to_a_reminder_brings_it_again_later(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to take my meds in 5 minutes")
    assert any("take your meds" in m for m in someone.tick(minutes=6))
    replies = someone.say("havent taken them yet, ill do it after dinner")
    assert "ending your life" not in replies and "remind you to take your meds" in replies
    assert any("take your meds" in m for m in someone.tick(minutes=61))


@pytest.mark.parametrize("said", ["taken thanks", "drank it 💧"])
def test_done_in_other_words_is_acknowledged(someone: TestBot, said: str) -> None:
    someone.onboard()
    someone.say("remind me to take my meds in 5 minutes")
    someone.tick(minutes=6)
    assert "Nice one" in someone.say(said)


def test_ok_is_not_enough_to_erase_everything(someone: TestBot) -> None:
    someone.onboard()
    someone.say("delete my data")
    assert "reply YES to erase" in someone.say("ok")
    assert "erased your data" in someone.say("yes")


def test_consent_is_changed_in_other_words(someone: TestBot) -> None:
    someone.onboard()
    assert "won't keep your messages" in someone.say("i dont want you storing my messages anymore")
    assert "I'll keep our conversation" in someone.say("actually you can keep my messages")


def test_a_duration_to_the_wake_time_question_is_asked_again_in_the_diary(
    someone: TestBot,
) -> None:
    someone.onboard()
    someone.say("sleep diary")
    someone.say("midnight")
    assert "what time did you get up" in someone.say("20 mins").lower()
    assert "rate your sleep" in someone.say("7")  # the 20 minutes were kept


def test_half_six_on_its_own_is_a_time_not_a_mood(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("half 6")
    assert "reminder at half 6" in replies and "feeling" not in replies


@pytest.mark.parametrize(("word", "mood"), [("meh", "a 5"), ("not great", "a 4")])
def test_a_mood_in_a_word_is_noted_as_a_number(someone: TestBot, word: str, mood: str) -> None:
    someone.onboard()
    someone.say("check in")
    assert f"note that as about {mood}" in someone.say(word)


def test_an_apology_with_a_good_score_is_not_met_with_sorry(someone: TestBot) -> None:
    someone.onboard()
    assert "sorry you're feeling" not in someone.say("sorry missed yesterday, 7 today")


def test_asking_if_family_can_see_the_chat_is_answered_about_privacy(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("can my daughter see what i write here")
    assert "stay on your phone" in replies and "999" not in replies


def test_strain_laughed_off_is_still_strain(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("this exam is killing me lol")
    assert "stressful" in replies and "smile" not in replies
    assert "smile" in someone.say("you're killing me lol")


def test_skipping_the_sleep_rating_keeps_the_night(someone: TestBot) -> None:
    someone.onboard()
    for said in ("sleep diary", "11", "7", "20 mins"):
        someone.say(said)
    assert "sleep efficiency was about" in someone.say("skip")


@pytest.mark.parametrize(
    ("question", "answer"),
    [("nose or mouth?", "In through your nose"), ("is this helping?", "round or two")],
)
def test_a_how_to_question_mid_exercise_is_answered_and_the_rounds_go_on(
    someone: TestBot, question: str, answer: str
) -> None:
    someone.onboard()
    for said in ("breathe", "1", "skip"):
        someone.say(said)
    someone.tick(seconds=20)
    assert answer in someone.say(question)
    assert any("Round 2" in m for m in someone.tick(seconds=30))


def test_cant_sleep_late_in_the_evening_gets_help_for_tonight(someone: TestBot) -> None:
    someone.onboard()  # midday in London
    someone.tick(hours=10, minutes=30)
    replies = someone.say("cant sleep, too wired")
    assert "at this hour" in replies and "sleep diary (4 questions)" not in replies


def test_maybe_later_to_keeping_messages_is_asked_again_not_taken_as_no(
    real_app,
    model,  # type: ignore[no-untyped-def]
) -> None:
    person = TestBot(real_app, real_app.test_client(), "+447400111222")
    person.say("hi")
    assert "may I keep our conversation" in person.say("maybe later")
    assert "Thank you" in person.say("yes")


def test_snooze_with_nothing_due_says_so(someone: TestBot) -> None:
    someone.onboard()
    assert "no reminder just now" in someone.say("snooze")


def test_a_kiss_after_goodnight_is_a_goodbye_not_a_check_in(someone: TestBot) -> None:
    someone.onboard()
    someone.say("goodnight")
    assert "1 (really low) to 10" not in someone.say("x")


def test_a_funeral_told_with_a_good_score_is_not_met_as_good_news(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say("7")
    someone.say("my mum's funeral is on friday")
    assert "good to hear" not in someone.say("skip")


def test_how_am_i_doing_lately_reads_back_the_check_ins(someone: TestBot) -> None:
    someone.onboard()
    assert "1 (really low) to 10" not in someone.say("how am i doing lately")


def test_a_number_taken_back_for_another_is_the_one_kept(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say("6 no wait 3")
    assert "A 3" in someone.say("tired") + someone.say("skip")


def test_time_to_fall_asleep_told_early_in_the_diary_is_kept(someone: TestBot) -> None:
    someone.onboard()
    for said in ("sleep diary", "around 11ish"):
        someone.say(said)
    assert "what time did you get up" in someone.say("took ages like an hour maybe").lower()
    assert "rate your sleep" in someone.say("woke at 7")
    assert "efficiency was about 88%" in someone.say("3")


@pytest.mark.parametrize(
    "message",
    [
        "fantastic, the car's broken down on the motorway. brilliant timing as always",
        "oh great. just great.",
    ],
)
def test_sarcastic_praise_is_met_as_frustration_not_good_news(
    someone: TestBot, message: str
) -> None:
    someone.onboard()
    replies = someone.say(message)
    assert "frustrating" in replies and "Glad" not in replies
