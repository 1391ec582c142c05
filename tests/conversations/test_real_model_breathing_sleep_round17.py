"""Round seventeen: breathing and sleep the way people text it: wanting to talk instead of
breathing, a new parent's broken nights told with the baby's age, and time awake in the
night told in the diary."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


def _low_check_in(person: TestBot) -> str:
    person.say("check in")
    person.say("2")
    person.say("sad")
    return person.say("skip")


@pytest.mark.parametrize(
    "said", ["i'd rather just talk", "id rather talk tbh", "rather talk if thats ok"]
)
def test_rather_talk_after_the_breathing_offer_is_listened_to(someone: TestBot, said: str) -> None:
    someone.onboard()
    assert "breathing exercise" in _low_check_in(someone)
    replies = someone.say(said)
    assert "I'm listening" in replies
    assert "How are you feeling today?" not in replies and "not sure I understood" not in replies


def test_rather_talk_to_a_person_is_not_listening(someone: TestBot) -> None:
    someone.onboard()
    _low_check_in(someone)
    replies = someone.say("id rather talk to a real person")
    assert "Of course. I'm listening" not in replies


@pytest.mark.parametrize(
    "said",
    [
        "i have a 3 month old and i am so tired",
        "18 month old still waking 3 times a night im dead on my feet",
        "my 4 week old wont sleep and neither can i",
        "newborn twins, i havent slept in weeks",
    ],
)
def test_a_baby_told_by_its_age_gets_help_for_broken_nights(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "Broken nights with a baby" in replies
    assert "What time did you get into bed?" not in replies
    assert "same time every day" not in replies and "1 (really low) to 10" not in replies


def _diary_to(person: TestBot, *answers: str) -> str:
    person.say("sleep diary")
    replies = ""
    for said in answers:
        replies = person.say(said)
    return replies


@pytest.mark.parametrize(
    "answers",
    [
        ("11pm", "7am", "about 20 mins", "awake for like 2 hours"),
        ("11pm", "7am", "20", "was up for 2 hrs in the middle"),
        ("11pm", "7am", "was up for 2 hrs in the middle"),
    ],
)
def test_time_awake_in_the_night_is_kept(someone: TestBot, answers: tuple[str, ...]) -> None:
    someone.onboard()
    replies = _diary_to(someone, *answers)
    assert "noted about 2h awake in the night" in replies
    if len(answers) == 3:  # told instead of how long it took: that is asked again
        assert "how long did it take you to fall asleep" in replies
        someone.say("20 mins")
    done = someone.say("2")
    assert "asleep about 5h 40m (awake about 2h in the night)" in done
    assert "about 71%" in done


def test_a_wait_before_sleep_is_still_the_time_to_fall_asleep(someone: TestBot) -> None:
    someone.onboard()
    replies = _diary_to(someone, "11pm", "7am", "lay awake for about an hour before i dropped off")
    assert "awake in the night" not in replies
    assert "about 88%" in someone.say("2")


@pytest.mark.parametrize("said", ["bout 6 hrs i reckon", "6 hours"])
def test_hours_that_fill_the_night_are_sleep_not_the_wait(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = _diary_to(someone, "1am", "7", said)
    assert "noted about 6h asleep" in replies
    done = someone.say("3")
    assert "didn't get any sleep" not in done and "no sleep" not in done


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("my mind keeps wandering", "everyone's mind wanders"),
        ("i keep losing count", "losing count happens"),
        ("is this right? im not sure im doing it right", "there's no wrong way"),
    ],
)
def test_a_wandering_mind_mid_exercise_is_normal_and_it_goes_on(
    someone: TestBot, said: str, answer: str
) -> None:
    someone.onboard()
    replies = someone.mid_breathing().say(said)
    assert answer in replies
    assert "sleep diary" not in replies and "Here's what I can do" not in replies
    assert any("Round 2" in r for r in someone.tick(seconds=20))


def test_called_away_before_choosing_waits_then_picks_up(someone: TestBot) -> None:
    someone.onboard()
    someone.say("breathe")
    assert "No rush, I'll wait" in someone.say("hang on someone's at the door")
    assert "Which would you like?" in someone.say("ok back")
    someone.say("2")
    assert "No rush, I'll wait" in someone.say("one sec my phone is ringing")
    assert "4-7-8 breathing" in someone.say("ok back")


@pytest.mark.parametrize(
    "said", ["grounding exercise", "can you do 5 4 3 2 1 with me", "can we do the 54321 thing"]
)
def test_grounding_asked_for_is_given(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "5 things you can see" in replies and "Which would you like?" not in replies
    assert "Which would you like?" in someone.say("yes")


def test_grounded_as_punished_is_not_grounding(someone: TestBot) -> None:
    someone.onboard()
    assert "5 things you can see" not in someone.say("my son is grounded and hes sulking")


@pytest.mark.parametrize(
    "said",
    ["i sleep like 4 hours a night and im fine right?", "i only get 5 hours sleep is that ok"],
)
def test_short_nights_asked_about_are_answered_not_logged(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "Most adults need about 7 to 9 hours" in replies
    assert "put that in a sleep diary" not in replies and "get into bed" not in replies


@pytest.mark.parametrize(
    "said",
    [
        "we're on the ground floor and the neighbours are so loud i cant sleep",
        "traffic noise keeps waking me up",
    ],
)
def test_noise_keeping_them_up_gets_help_with_noise(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "earplugs" in replies and "1 (really low) to 10" not in replies


def _at_3am(someone: TestBot) -> TestBot:
    someone.onboard()
    someone.app.extensions["mindlink"].clock.now = datetime(2026, 3, 3, 3, 0, tzinfo=UTC)
    return someone


@pytest.mark.parametrize(
    ("first", "said"),
    [("i cant sleep", "this isnt working"), ("help me sleep", "i tried all that")],
)
def test_nothing_helping_at_night_is_no_yes_to_breathing(
    someone: TestBot, first: str, said: str
) -> None:
    _at_3am(someone)
    assert "Being awake at this hour is hard" in someone.say(first)
    replies = someone.say(said)
    assert "nothing seems to work" in replies and "let go of the goal of sleeping" in replies
    assert "Which would you like?" not in replies and "simple bot" not in replies
    assert "Let's do slow breathing" in someone.say("yes")  # (in bed: begun, no choice)


def test_a_nightmare_about_someone_who_died_names_the_loss(someone: TestBot) -> None:
    _at_3am(someone)
    replies = someone.say("i had a really bad dream about my dad who died")
    assert "someone you've lost" in replies and "Ground yourself" in replies


def test_no_sleep_told_at_the_rating_is_said_sorry_for_once(someone: TestBot) -> None:
    someone.onboard()
    done = _diary_to(someone, "around 11:30", "6.45", "took forever", "didnt sleep at all really")
    assert "I'm sorry you didn't get any sleep" in done
    assert "a night with no sleep at all is really hard" not in done


def test_in_tears_at_night_is_heard_then_what_happened_is_listened_to(someone: TestBot) -> None:
    _at_3am(someone)
    replies = someone.say("its 2am and im lying here crying and cant sleep")
    assert "I'm sorry you're in tears" in replies and "Being awake at this hour" not in replies
    told = someone.say("my boyfriend left me today and i cant stop thinking about it")
    assert "I'm listening" in told
    assert "A mind that won't switch off" not in told and "1 (really low) to 10" not in told


def test_a_carer_woken_at_night_is_met_as_one(someone: TestBot) -> None:
    _at_3am(someone)
    replies = someone.say("im a carer and i get woken up all night by my mum")
    assert "to look after someone is exhausting" in replies


def test_twelve_hour_nights_are_shift_work(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("i work 12 hour nights, just got in, cant switch off")
    assert "Sleeping around shifts is hard" in replies


@pytest.mark.parametrize(
    "said", ["do u have any sleep meditations", "do you do body scans", "can you play rain sounds"]
)
def test_a_meditation_asked_for_gets_a_body_scan_by_text(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "body scan" in replies and "Here's what I can do" not in replies
    assert "Which would you like?" in someone.say("yes")


def test_meditation_apps_are_still_not_recommended(someone: TestBot) -> None:
    someone.onboard()
    assert "body scan" not in someone.say("do you know any good meditation apps")


@pytest.mark.parametrize(
    "said", ["i keep waking up exhausted even after 8 hours", "i sleep 8 hours but wake up tired"]
)
def test_tired_after_a_full_night_is_taken_seriously(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "Waking up tired after a full night" in replies and "sleep apnoea" in replies
    assert "what's wearing you out" not in replies


def test_tired_after_a_work_day_is_still_heard_as_worn_out(someone: TestBot) -> None:
    someone.onboard()
    assert "full night" not in someone.say("i worked 8 hours and im exhausted")


@pytest.mark.parametrize(
    ("said", "nights"),
    [
        ("yes pls but not on fridays", "every day except Friday"),
        ("sure but not fridays or saturdays", "Sunday to Thursday"),
    ],
)
def test_nights_left_out_of_the_wind_down_reminder(
    someone: TestBot, said: str, nights: str
) -> None:
    someone.onboard()
    assert "wind-down reminder" in _diary_to(someone, "11pm", "7am", "20 mins", "3")
    assert f"winding down for bed {nights} at 10:30pm" in someone.say(said)


@pytest.mark.parametrize(
    ("answers", "said"),
    [(("breathe",), "actually can i just talk"), (("breathe", "2"), "id rather just talk tbh")],
)
def test_wanting_to_talk_before_breathing_begins_is_listened_to(
    someone: TestBot, answers: tuple[str, ...], said: str
) -> None:
    someone.onboard()
    for answer in answers:
        someone.say(answer)
    replies = someone.say(said)
    assert "I'm listening" in replies and "Just reply 1" not in replies
    assert "A number from 1 to 10" not in replies
    told = someone.say("my boss has been on at me all week and im just so tired of it")
    assert "I'm listening" in told and "Before we start" not in told


def test_a_different_one_just_after_an_exercise_is_the_choice_again(someone: TestBot) -> None:
    someone.onboard()
    someone.mid_breathing()
    assert "How do you feel now" in someone.say("done")
    replies = someone.say("can we do a different one")
    assert "Which would you like?" in replies and "Here's what I can do" not in replies


def test_woken_at_a_time_for_a_while_is_time_awake_in_the_night(someone: TestBot) -> None:
    someone.onboard()
    replies = _diary_to(someone, "11", "7", "20", "woke at 3 for an hour then slept again")
    assert "noted about 1h awake in the night" in replies
    assert "awake about 1h in the night" in someone.say("3")


@pytest.mark.parametrize(
    "said",
    [
        "i need to calm down before my exam in 10 mins",
        "help me calm down before my driving test in an hour",
    ],
)
def test_calm_wanted_before_something_soon_is_now_not_a_reminder(
    someone: TestBot, said: str
) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "Which would you like?" in replies and "remind you" not in replies


def test_a_reminder_to_breathe_before_an_exam_is_still_a_reminder(someone: TestBot) -> None:
    someone.onboard()
    assert "remind you" in someone.say("remind me to do breathing before my exam tomorrow")


@pytest.mark.parametrize(
    ("said", "opening"),
    [
        ("i get so angry and i dont know how to calm down", "When anger rises"),
        ("what helps with loneliness", "Loneliness is really common"),
    ],
)
def test_how_to_calm_a_feeling_gets_ideas_for_it(someone: TestBot, said: str, opening: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert opening in replies and "1 (really low) to 10" not in replies


def test_ideas_for_someone_else_are_not_ours(someone: TestBot) -> None:
    someone.onboard()
    said = "my friend is so anxious and i dont know how to help her"
    assert "when anxiety builds up" not in someone.say(said)


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("is it normal to yawn a lot", "Yawning is common"),
        ("im yawning lol", "Yawning is common"),
        ("can i do this lying down", "any position that's comfortable"),
        ("should i close my eyes", "Close your eyes if that feels comfortable"),
        ("my nose is blocked", "through your mouth instead"),
        ("this is actually nice", "I'm so glad"),
    ],
)
def test_comfort_mid_exercise_is_answered_and_it_goes_on(
    someone: TestBot, said: str, answer: str
) -> None:
    someone.onboard()
    replies = someone.mid_breathing().say(said)
    assert answer in replies and "paused" not in replies and "Which would you like" not in replies
    assert any("Round 2" in r for r in someone.tick(seconds=20))


def test_the_chest_comes_before_comfort(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.mid_breathing().say("my chest is tight and im yawning")
    assert "Yawning" not in replies and "999" in replies


def test_time_awake_told_with_the_whole_night_is_counted(someone: TestBot) -> None:
    someone.onboard()
    said = "log my sleep: bed at 11, up at 7, took about 20 mins, woke at 3 for an hour, slept ok"
    assert "awake about 1h in the night" in someone.say(said)


def test_awake_in_the_middle_is_not_waking_for_good(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say(
        "last night i went to bed at midnight and woke up at 8, took like an hour to drop off "
        "and was awake for 2 hours in the middle"
    )
    assert "How would you rate your sleep" in replies and "Waking at 8" not in replies
    assert "awake about 2h in the night" in someone.say("2")


@pytest.mark.parametrize(
    "said",
    ["i cant sleep because of my anxiety", "i have a big day tomorrow and i cant sleep"],
)
def test_kept_awake_by_worry_gets_help_for_a_busy_mind(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "A mind that won't switch off" in replies and "1 (really low) to 10" not in replies


def test_coffee_told_with_no_sleep_gets_the_caffeine_answer(someone: TestBot) -> None:
    someone.onboard()
    assert "Caffeine lasts for hours" in someone.say("i drank too much coffee and now i cant sleep")


def test_something_else_maybe_after_a_low_check_in_gets_the_options(someone: TestBot) -> None:
    someone.onboard()
    _low_check_in(someone)
    replies = someone.say("something else maybe")
    assert "Breathing is only one way in" in replies and '"grounding"' in replies
    assert "5 things you can see" in someone.say("grounding")


def test_ok_but_quick_to_breathing_is_a_yes(someone: TestBot) -> None:
    someone.onboard()
    _low_check_in(someone)
    assert "Which would you like?" in someone.say("ok but quick")


def test_fed_up_with_lying_awake_is_heard_first(someone: TestBot) -> None:
    _at_3am(someone)
    replies = someone.say(
        "ugh its 4am again and im STILL awake, ive been lying here since midnight, i have work "
        "at 8, i hate this so much, why cant i just sleep like a normal person"
    )
    assert "so frustrating" in replies and "Being awake at this hour" not in replies


def test_still_awake_after_breathing_at_night_is_not_asked_for_a_number(
    someone: TestBot,
) -> None:
    _at_3am(someone)
    someone.mid_breathing()
    for _ in range(5):
        someone.tick(seconds=20)
    replies = someone.say("still awake")
    assert "let go of the goal of sleeping" in replies and "Just a number" not in replies


def test_battling_to_sleep_with_a_busy_mind(someone: TestBot) -> None:
    person = someone.as_("+27821234567").onboard()
    replies = person.say("i'm battling to sleep, my mind is just going")
    assert "A mind that won't switch off" in replies and "get into bed" not in replies
