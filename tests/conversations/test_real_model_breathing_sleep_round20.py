"""Round twenty: pain that keeps someone awake, feedback given mid-exercise, grounding
answered, and asking how long a person takes."""

from __future__ import annotations

import pytest

from bot.sleep import pain_at_night
from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

PAIN = "Pain that keeps you awake is exhausting"
SCORE_ASKED = "from 1 (really low) to 10 (great)"


@pytest.mark.parametrize(
    "said",
    [
        "my back pain keeps me up all night",
        "cant sleep because of my knee pain",
        "toothache keeping me up",
        "my period pains are keeping me awake",
        "my hips are killing me at night cant get comfy",
    ],
)
def test_pain_keeping_someone_awake_gets_help_with_pain_and_sleep(
    someone: TestBot, said: str
) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert PAIN in replies and "pharmacist" in replies
    assert "sleep diary" not in replies and SCORE_ASKED not in replies
    assert "Slow breathing: in for 5, out for 5" in someone.say("yes") + someone.say("skip")


def test_pain_told_as_the_diary_answer_is_still_the_answer(someone: TestBot) -> None:
    someone.onboard()
    someone.say("sleep diary")
    someone.say("midnight")
    someone.say("7am")
    someone.say("ages")
    replies = someone.say("awful, my back pain kept waking me")
    assert "sleep efficiency" in replies and PAIN not in replies


@pytest.mark.parametrize(
    ("said", "pain"),
    [
        ("migraines keep waking me up", True),
        ("my neck is killing me, cant sleep", True),
        ("the pain of losing him keeps me up at night", False),
        ("heartache keeps me awake", False),
        ("my back hurts", False),
        ("i cant sleep", False),
    ],
)
def test_pain_at_night_is_the_body_keeping_them_awake(said: str, pain: bool) -> None:
    assert pain_at_night(said) is pain


STILL_GOING = "Good, that's the breathing doing its work"
PAUSED = "I've paused the breathing"


@pytest.mark.parametrize(
    "said",
    ["that was ok i guess. bit better", "ok thats helping actually", "feel a bit better tbh"],
)
def test_a_little_better_told_mid_exercise_is_glad_not_paused(someone: TestBot, said: str) -> None:
    someone.onboard()
    someone.say("box breathing")
    someone.say("skip")
    replies = someone.say(said)
    assert STILL_GOING in replies and PAUSED not in replies


def test_not_any_better_mid_exercise_is_not_taken_as_better(someone: TestBot) -> None:
    someone.onboard()
    someone.say("box breathing")
    someone.say("skip")
    assert STILL_GOING not in someone.say("not any better tbh")


NOT_HELPED = "I'm sorry it didn't help this time"


@pytest.mark.parametrize(
    "said", ["meh. not sure it did anything", "didnt really do much", "same as before really"]
)
def test_no_difference_after_the_exercise_is_heard_not_asked_for_a_number(
    someone: TestBot, said: str
) -> None:
    someone.onboard()
    someone.say("4-7-8")
    someone.say("skip")
    assert any("How do you feel now, 1 to 10?" in text for text in someone.tick(seconds=200))
    replies = someone.say(said)
    assert NOT_HELPED in replies and "Just a number" not in replies


GROUNDING = "Let's bring you back to the here and now"
STUCK = "Skip any step that won't come"
DOING = "That's it, you're doing it"


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        ("idk what i can see its dark", STUCK),
        ("i cant smell anything", STUCK),
        ("what if i cant concentrate", STUCK),
        ("i can see my tv, a lamp, my cat", DOING),
    ],
)
def test_answers_to_the_grounding_steps_are_helped_along(
    someone: TestBot, said: str, meant: str
) -> None:
    someone.onboard()
    assert GROUNDING in someone.say("grounding")
    replies = someone.say(said)
    assert meant in replies and "not something I can help with" not in replies
    assert SCORE_ASKED not in replies
    assert "Which would you like?" in someone.say("yes")


def test_no_after_grounding_help_is_still_a_no(someone: TestBot) -> None:
    someone.onboard()
    someone.say("grounding")
    someone.say("i cant smell anything")
    assert "Which would you like?" not in someone.say("no")


TEAM_WAIT = "Our team are real people, and they reply here by text"


@pytest.mark.parametrize(
    "said",
    [
        "how long will i have to wait for someone",
        "how quickly do your team reply",
        "when will someone get back to me",
        "how long does it take for a real person to reply",
    ],
)
def test_how_long_a_person_takes_asked_first_is_answered_not_a_handover(
    someone: TestBot, said: str
) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert TEAM_WAIT in replies and "Samaritans" in replies
    assert "I've asked someone from our team" not in replies
    assert "I've asked someone from our team" in someone.say("talk to someone")


ERASES_NOTHING = "STOP doesn't erase anything"


@pytest.mark.parametrize(
    "said",
    [
        "i want to stop getting messages but not delete anything",
        "can i stop the texts but keep my data",
        "stop texting me but dont delete my stuff",
    ],
)
def test_stopping_the_messages_but_keeping_the_data_is_never_a_wipe(
    someone: TestBot, said: str
) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "reply STOP" in replies and ERASES_NOTHING in replies
    assert "permanently erase" not in replies


def test_deleting_everything_is_still_asked_to_confirm(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("how do i delete everything")
    assert "permanently erase" in replies and ERASES_NOTHING not in replies


SIDE_BY_SIDE = "All three calm your body by slowing your breath down"


@pytest.mark.parametrize(
    "said",
    [
        "whats the difference between box breathing and 4-7-8",
        "box or 478 which is better",
        "what breathing exercise is best for anxiety",
    ],
)
def test_patterns_weighed_against_each_other_are_set_side_by_side(
    someone: TestBot, said: str
) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert SIDE_BY_SIDE in replies and "Which would you like?" in replies
    assert "how do you feel right now" not in replies


def test_the_difference_asked_once_a_pattern_is_chosen_asks_the_choice_again(
    someone: TestBot,
) -> None:
    someone.onboard()
    someone.say("box breathing")
    replies = someone.say("whats the difference between them")
    assert SIDE_BY_SIDE in replies and "Which would you like?" in replies
    assert "Before we start" in someone.say("2")
    assert "4-7-8 breathing: in through your nose" in someone.say("skip")


def test_one_pattern_asked_about_is_still_that_one(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("whats box breathing")
    assert "Box breathing is in for 4" in replies and SIDE_BY_SIDE not in replies


@pytest.mark.parametrize("said", ["is my data sold", "is my info sold to advertisers"])
def test_asked_if_their_data_is_sold_hears_a_plain_no(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert replies.startswith("No: your data isn't sold")
    assert "not something I can help with" not in replies


CALLED_OFF = "I've let the team know you don't need them right now"


@pytest.mark.parametrize(
    "said", ["actually can i just talk to you instead", "id rather just chat with you"]
)
def test_the_bot_chosen_instead_of_waiting_calls_the_person_off(
    someone: TestBot, said: str
) -> None:
    someone.onboard()
    someone.say("i want to talk to a person")
    replies = someone.say(said)
    assert CALLED_OFF in replies and "I've passed your message on" not in replies


def test_talking_to_the_bot_while_waiting_keeps_the_person_asked_for(someone: TestBot) -> None:
    someone.onboard()
    someone.say("i want to talk to a person")
    assert CALLED_OFF not in someone.say("can i talk to you while i wait")


LOGGED = "I've put that in a sleep diary for last night"


@pytest.mark.parametrize(
    "said", ["i get like 4 hours a night", "i go to bed at 10 but dont fall asleep till 2"]
)
def test_how_nights_usually_go_is_not_logged_as_last_night(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert LOGGED not in replies and "Night after night of poor sleep" in replies


def test_last_night_told_is_still_put_in_the_diary(someone: TestBot) -> None:
    someone.onboard()
    assert LOGGED in someone.say("i slept 3 hours last night")


def test_is_that_enough_after_a_bedtime_and_wake_time_is_answered(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("i go to bed at 10 and get up at 7, is that enough")
    assert "Most adults need about 7 to 9 hours" in replies


@pytest.mark.parametrize(
    "said",
    ["i was up till 4 gaming lol", "was up til 3am on tiktok", "stayed up till 5 watching netflix"],
)
def test_up_late_on_a_screen_gets_the_screens_answer_never_a_mood_score(
    someone: TestBot, said: str
) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "phones keep your mind busy" in replies
    assert "note about today" not in replies and SCORE_ASKED not in replies


ONCE_MORE = 'When this one finishes, just say "again"'


@pytest.mark.parametrize(
    "said", ["can we do one more round after this", "can we do it again after"]
)
def test_more_asked_for_mid_exercise_keeps_this_one_going(someone: TestBot, said: str) -> None:
    someone.onboard()
    someone.say("box breathing")
    someone.say("skip")
    replies = someone.say(said)
    assert ONCE_MORE in replies and "Which would you like?" not in replies


SUPPORT = "I'm here with you. Would a short breathing exercise help right now?"


@pytest.mark.parametrize(
    "said", ["can you talk me down", "talk me down pls", "im spiralling", "im spiraling so bad rn"]
)
def test_asked_to_be_talked_down_gets_support_now(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert SUPPORT in replies
    assert "small wellbeing bot" not in replies and SCORE_ASKED not in replies
    assert "Which would you like?" in someone.say("yes")


@pytest.mark.parametrize(
    "said", ["i feel like im losing my mind, everything feels unreal", "everything feels unreal"]
)
def test_feeling_unreal_is_met_and_grounding_offered_not_a_score(
    someone: TestBot, said: str
) -> None:
    someone.onboard()
    replies = someone.say(said)
    # named for what it is (derealisation), with grounding to try at once
    assert "derealisation" in replies and "Grounding can help" in replies
    assert SCORE_ASKED not in replies


HOW = "In through your nose if you can, out through your mouth"


def test_what_do_i_do_in_a_panic_mid_exercise_is_how_to_breathe(someone: TestBot) -> None:
    someone.onboard()
    someone.say("im having a panic attack")
    replies = someone.say("what do i do")
    assert HOW in replies and "A few things that help many people" not in replies


def test_what_should_i_do_mid_exercise_is_how_not_the_menu(someone: TestBot) -> None:
    someone.onboard()
    someone.say("box breathing")
    someone.say("skip")
    replies = someone.say("what should i do")
    assert HOW in replies and "Here's what I can do" not in replies


def test_what_should_i_do_after_anxiety_told_still_gets_ideas(someone: TestBot) -> None:
    someone.onboard()
    someone.say("im so anxious about my interview")
    assert "A few things that help many people" in someone.say("what should i do")


CRYING_BABY = "it's OK to put the baby down somewhere safe"


@pytest.mark.parametrize(
    "said",
    [
        "my baby has colic and screams all night, im losing it",
        "my 3 month old cries for hours every night",
    ],
)
def test_a_baby_crying_through_the_night_gets_the_safe_step_away(
    someone: TestBot, said: str
) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert CRYING_BABY in replies
    assert "Which would you like?" in someone.say("yes")


def test_a_baby_up_every_two_hours_is_broken_nights_not_a_bare_score(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("my baby is up every 2 hours")
    assert "Broken nights with a baby" in replies and SCORE_ASKED not in replies


BODY_SCAN = "I can guide you by text"


@pytest.mark.parametrize("said", ["do you have any relaxation exercises", "do you do mindfulness"])
def test_relaxation_or_mindfulness_asked_for_is_guided_by_text(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert BODY_SCAN in replies and "Here's what I can do" not in replies


def test_calming_techniques_are_still_the_breathing_choice(someone: TestBot) -> None:
    someone.onboard()
    assert "Which would you like?" in someone.say("any calming techniques")


WHY_WE_ASK = "A quick 1 to 10 now and then helps you (and me) notice"


@pytest.mark.parametrize(
    "said", ["why do you ask for my mood", "why do you keep asking how i feel"]
)
def test_why_we_ask_how_they_feel_is_answered_not_another_check_in(
    someone: TestBot, said: str
) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert WHY_WE_ASK in replies and SCORE_ASKED not in replies
    assert "not sure I understood" not in replies


def test_leave_me_alone_with_the_why_still_gives_space(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("why do you keep asking me how i feel. just leave me alone")
    assert "I'll give you some space" in replies


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        ("im pregnant and cant sleep", "Sleep often gets harder in pregnancy"),
        ("im 30 weeks pregnant and cant get comfy at night", "going to sleep on your side"),
        ("menopause night sweats keep waking me", "Night sweats and hot flushes can wreck sleep"),
        ("hot flushes keeping me up every night", "including HRT"),
    ],
)
def test_pregnancy_or_the_menopause_keeping_them_up_gets_help_for_it(
    someone: TestBot, said: str, meant: str
) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert meant in replies and LOGGED not in replies


def test_night_sweats_told_as_the_diary_answer_is_still_the_answer(someone: TestBot) -> None:
    someone.onboard()
    someone.say("sleep diary")
    someone.say("11pm")
    someone.say("7am")
    someone.say("ages")
    assert "sleep efficiency" in someone.say("awful night sweats again")


@pytest.mark.parametrize(
    ("said", "told"),
    [
        ("i think im pregnant and cant sleep", None),
        ("im scared im pregnant, cant sleep", None),
        ("my bump keeps me awake", "pregnancy"),
    ],
)
def test_only_their_own_pregnancy_told_is_the_pregnancy_answer(said: str, told: str | None) -> None:
    from bot.sleep import sleep_told

    assert sleep_told(said) == told
