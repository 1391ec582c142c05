"""Round nineteen: reminders and check-ins in people's own words. A check-in asked for later
without the word "remind", a reminder every 30 minutes said as such, a sarcastic 10/10, and a
bare 😭 for the mood asked about rather than guessed."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


def at_six_pm(someone: TestBot) -> TestBot:
    """Someone onboarded, with the clock at 6pm in London on a Monday."""
    someone.app.extensions["mindlink"].clock.now = datetime(2026, 3, 2, 18, 0, tzinfo=UTC)
    return someone.onboard()


@pytest.mark.parametrize(
    ("said", "when"),
    [
        ("can we do a check in tomorrow at 8", "once, on Tue 3 Mar at 8:00am"),
        ("check in tmrw at 8?", "once, on Tue 3 Mar at 8:00am"),
        ("check in at 8 tomorrow pls", "once, on Tue 3 Mar at 8:00am"),
        ("can you check on me tonight at 10", "once, on Mon 2 Mar at 10:00pm"),
        ("ask me how im doing every evening at 9", "every day at 9:00pm"),
        ("ask me how i am every morning at 8", "every day at 8:00am"),
        ("can you check on me in the morning", "once, on Tue 3 Mar at 8:00am"),
    ],
)
def test_a_check_in_asked_for_later_is_a_check_in_reminder(
    someone: TestBot, said: str, when: str
) -> None:
    replies = at_six_pm(someone).say(said)
    assert f"I'll remind you to check in {when}" in replies
    assert "Tell me what it's for" not in replies and "If you'd like a reminder" not in replies


def test_a_check_in_reminder_asked_for_without_remind_comes_as_a_check_in(
    someone: TestBot,
) -> None:
    at_six_pm(someone).say("can we do a check in tonight at 7")
    assert "Time for your check-in" in "\n".join(someone.tick(minutes=61))


def test_checking_in_for_a_flight_is_not_a_check_in_reminder(someone: TestBot) -> None:
    replies = at_six_pm(someone).say("check in tomorrow at 8 for my flight")
    assert "remind you to check in" not in replies


@pytest.mark.parametrize(
    ("said", "every"),
    [
        ("remind me to drink water every 30 mins", "every 30 minutes"),
        ("remind me every 45 mins to take a break", "every 45 minutes"),
        ("remind me to drink water every 120 mins", "every 2 hours"),
    ],
)
def test_a_reminder_every_so_many_minutes_says_how_often(
    someone: TestBot, said: str, every: str
) -> None:
    replies = at_six_pm(someone).say(said)
    assert every in replies and "regularly" not in replies
    assert every in someone.say("what reminders do i have")


def test_a_reminder_every_30_minutes_comes_every_30_minutes(someone: TestBot) -> None:
    at_six_pm(someone).say("remind me to drink water every 30 mins")
    assert len(someone.tick(minutes=31)) == 1
    assert len(someone.tick(minutes=30)) == 1


@pytest.mark.parametrize(
    "said",
    [
        "10/10 would not recommend today",
        "10/10 would not recommend",
        "10 out of 10 would not recommend",
    ],
)
def test_a_sarcastic_ten_is_asked_about_not_saved(someone: TestBot, said: str) -> None:
    someone.onboard()
    someone.say("check in")
    replies = someone.say(said)
    assert "right way round" in replies and "number from 1" in replies
    assert "note about today" not in replies
    assert "What words" in someone.say("3")


@pytest.mark.parametrize("cry", ["😭", "😭😭😭"])
def test_a_bare_sobbing_face_is_asked_about(someone: TestBot, cry: str) -> None:
    someone.onboard()
    someone.say("check in")
    replies = someone.say(cry)
    assert "laughing till you cry" in replies
    assert "note that as" not in replies and "What words" not in replies


@pytest.mark.parametrize(
    ("answer", "after"),
    [
        ("rough", "about a 2"),
        ("😭", "about a 2"),
        ("lmao laughing", "the good kind of 😭"),
        ("the funny kind", "the good kind of 😭"),
    ],
)
def test_which_kind_of_sobbing_face_is_heard(someone: TestBot, answer: str, after: str) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say("😭😭")
    replies = someone.say(answer)
    assert after in replies
    if "good kind" in after:  # then the number, asked plainly
        assert "number from 1" in replies
        assert "What words" in someone.say("7")


def test_a_sobbing_face_to_a_check_in_reminder_is_asked_about(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to check in in 2 minutes")
    assert "Time for your check-in" in "\n".join(someone.tick(minutes=3))
    replies = someone.say("😭😭")
    assert "laughing till you cry" in replies
    assert "I'm sorry you're feeling this way" not in replies
    assert "about a 2" in someone.say("rough day tbh")


@pytest.mark.parametrize(
    "said",
    [
        "i work nights so dont message me during the day",
        "i do night shifts so no check ins during the day pls",
        "i work nights so please only message me in the evenings",
    ],
)
def test_working_nights_offers_to_move_the_quiet_hours_to_the_day(
    someone: TestBot, said: str
) -> None:
    replies = someone.onboard().say(said)
    assert "you work nights" in replies and "move it to the day, 9am–5pm" in replies
    assert "can't hold messages in the day" not in replies and "I'll remind you" not in replies
    assert "quiet hours are now 9am–5pm" in someone.say("yes")
    assert "9am–5pm" in someone.say("what are my quiet hours")


def test_working_nights_takes_the_hours_they_sleep(someone: TestBot) -> None:
    someone.onboard().say("i work nights so dont message me during the day")
    assert "quiet hours are now 8am–4pm" in someone.say("8 till 4")


@pytest.mark.parametrize(
    "more", ["and one at 9pm too", "and another at 9pm", "another one at 9pm please"]
)
def test_another_one_at_a_time_is_the_same_task_again(someone: TestBot, more: str) -> None:
    at_six_pm(someone).say("remind me to take my meds every day at 9am")
    replies = someone.say(more)
    assert "I'll remind you to take your meds every day at 9:00pm" in replies
    assert "take one" not in replies and "take another" not in replies and "Moved" not in replies
    listed = someone.say("what reminders do i have")
    assert "every day at 9:00am" in listed and "every day at 9:00pm" in listed


@pytest.mark.parametrize(("more", "at"), [("give me 5 more mins", "6:07pm"), ("in 5", "6:07pm")])
def test_a_snooze_for_so_many_minutes_keeps_them(someone: TestBot, more: str, at: str) -> None:
    at_six_pm(someone).say("remind me to take my tablets in 2 mins")
    assert "Reminder: take your tablets" in "\n".join(someone.tick(minutes=2))
    assert f"again at {at}" in someone.say(more)


@pytest.mark.parametrize("back", ["wait no i want it back", "can i have it back"])
def test_a_reminder_just_cancelled_is_had_back(someone: TestBot, back: str) -> None:
    at_six_pm(someone).say("remind me to meditate every morning at 7")
    assert "cancelled" in someone.say("cancel it")
    replies = someone.say(back)
    assert "back on" in replies and "to meditate every day at 7:00am" in replies


def test_a_low_mood_word_read_as_amused_is_not_saved_as_good(someone: TestBot) -> None:
    someone.onboard().say("check in")
    assert "about a 4" in someone.say("im knackered tbh")
    replies = someone.say("work")
    assert "saved your 4" in replies and "some good in there" not in replies


def test_a_check_in_reminder_answered_with_laughing_asks_the_number(someone: TestBot) -> None:
    someone.onboard().say("remind me to check in in 2 minutes")
    assert "Time for your check-in" in "\n".join(someone.tick(minutes=3))
    replies = someone.say("😂😂")
    assert "1 (really low) to 10" in replies and "Glad something made you smile" not in replies


def test_the_list_offers_a_time_to_move_to_that_is_not_its_own(someone: TestBot) -> None:
    at_six_pm(someone).say("remind me to take my meds at 10pm every night")
    listed = someone.say("what reminders do i have")
    assert '"move it to 9pm"' in listed
    someone.say("remind me to stretch at 7am every day")
    assert '"move 2 to 9pm"' in someone.say("what reminders do i have")


def test_an_answer_to_a_check_in_reminder_is_not_told_the_check_in_starts(
    someone: TestBot,
) -> None:
    someone.onboard().say("remind me to check in in 2 minutes")
    assert "Time for your check-in" in "\n".join(someone.tick(minutes=3))
    replies = someone.say("didnt sleep well so like a 3")
    assert "Let's check in" not in replies and "note about today" in replies


@pytest.mark.parametrize(
    ("change", "days"),
    [
        ("actually make it weekdays only", "on weekdays"),
        ("actually make it weekends only", "on weekends"),
    ],
)
def test_only_some_days_just_after_setting_it(someone: TestBot, change: str, days: str) -> None:
    at_six_pm(someone).say("remind me to check in every day at 9pm")
    assert f"check in {days} at 9:00pm" in someone.say(change)


def test_a_time_of_day_told_before_asking_for_breathing_is_not_a_reminder(
    someone: TestBot,
) -> None:
    replies = at_six_pm(someone).say("my chest gets tight in the morning can we do breathing")
    assert "Let's breathe together" in replies and "I'll remind you" not in replies


def test_a_reminder_every_hour_comes_an_hour_after(someone: TestBot) -> None:
    at_six_pm(someone).say("remind me to drink water every hour")
    assert len(someone.tick(minutes=61)) == 1
    assert len(someone.tick(minutes=60)) == 1


@pytest.mark.parametrize(
    ("said", "score"),
    [("honestly pretty good today, got a lot done", 7), ("bit rubbish. work was awful", 3)],
)
def test_a_mood_in_words_first_in_a_longer_answer_is_noted(
    someone: TestBot, said: str, score: int
) -> None:
    someone.onboard().say("remind me to check in in 2 minutes")
    assert "Time for your check-in" in "\n".join(someone.tick(minutes=3))
    replies = someone.say(said)
    assert f"note that as about a {score}" in replies and "congratulations" not in replies


def test_hard_news_with_a_mood_in_words_is_met_too(someone: TestBot) -> None:
    someone.onboard().say("remind me to check in in 2 minutes")
    assert "Time for your check-in" in "\n".join(someone.tick(minutes=3))
    replies = someone.say("not great tbh, my mum is ill")
    assert "a lot to go through" in replies and "about a 4" in replies


def test_moved_to_a_bare_hour_in_the_morning_is_the_morning(someone: TestBot) -> None:
    at_six_pm(someone).say("remind me at 8 to check in")
    replies = someone.say("remind me to check in at 8 tomorrow morning instead")
    assert "Tue 3 Mar at 8:00am" in replies
