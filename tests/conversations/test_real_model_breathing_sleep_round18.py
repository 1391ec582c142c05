"""Round eighteen: breathing and sleep the way people text it: stress and anxiety told in a
few words, met with support before any 1-10 question."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

SCORE_ASKED = "from 1 (really low) to 10 (great)"
SUPPORT = "Would a short breathing exercise help right now?"


@pytest.mark.parametrize(
    "said",
    [
        "im so stressed",
        "my anxiety is through the roof rn",
        "feeling really overwhelmed",
        "ugh stressed af",
        "so anxious i cant think straight",
    ],
)
def test_stress_told_now_gets_support_before_a_score(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert SUPPORT in replies and "grounding" in replies and "tell me what's going on" in replies
    assert SCORE_ASKED not in replies


@pytest.mark.parametrize(
    ("told", "answer", "next_"),
    [
        ("im so stressed", "yes", "Which would you like?"),
        ("my anxiety is through the roof rn", "grounding", "5 things you can see"),
        ("feeling really overwhelmed", "work is just insane this week", "I'm here"),
    ],
)
def test_the_support_leads_on_to_breathing_grounding_or_listening(
    someone: TestBot, told: str, answer: str, next_: str
) -> None:
    someone.onboard()
    someone.say(told)
    replies = someone.say(answer)
    assert next_ in replies and SCORE_ASKED not in replies


def test_stress_as_the_first_message_gets_support_after_consent(someone: TestBot) -> None:
    someone.say("im so stressed")
    replies = someone.say("yes")
    assert SUPPORT in replies and SCORE_ASKED not in replies


@pytest.mark.parametrize(
    "said", ["i was really stressed last week but im ok now", "stressed. 4/10", "im freaking out"]
)
def test_stress_over_scored_or_panic_is_not_the_support_offer(someone: TestBot, said: str) -> None:
    someone.onboard()
    assert SUPPORT not in someone.say(said)


@pytest.mark.parametrize(
    ("said", "when"),
    [
        ("can we do a breathing exercise later tonight", "at 9:00pm"),
        ("can we do breathing at 9pm", "at 9:00pm"),
        ("breathing tomorrow morning?", "Tue 3 Mar at 8:00am"),
    ],
)
def test_breathing_asked_for_later_is_a_reminder_then(
    someone: TestBot, said: str, when: str
) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "breathing break" in replies and when in replies
    assert "say when and what for" not in replies and "Which would you like?" not in replies


def test_breathing_later_with_no_time_asks_when(someone: TestBot) -> None:
    someone.onboard()
    assert "When should I remind you?" in someone.say("can we do some breathing later")
    assert "breathing break" in someone.say("around 10")


@pytest.mark.parametrize(
    ("answers", "efficiency"),
    [
        (("went to bed at 11 but was on my phone till 1", "7", "20 mins", "2"), "about 71%"),
        (("11 but i was scrolling till half 1", "7.30", "straight away", "3"), "about 70%"),
        (("in bed by 10.30 but watching netflix until half 12", "6.30", "10 mins", "3"), "73%"),
    ],
)
def test_time_on_a_phone_in_bed_is_awake_not_asleep(
    someone: TestBot, answers: tuple[str, ...], efficiency: str
) -> None:
    someone.onboard()
    someone.say("sleep diary")
    said = [someone.say(answer) for answer in answers]
    assert "count that screen time as awake in bed" in said[1]  # then how long it took
    assert efficiency in said[-1]


def test_a_night_without_a_phone_is_asked_as_usual(someone: TestBot) -> None:
    someone.onboard()
    someone.say("sleep diary")
    someone.say("11.30")
    assert "About how long did it take you to fall asleep?" in someone.say("7")


@pytest.mark.parametrize(
    ("said", "help_"),
    [
        ("new baby, havent slept in weeks lol", "Broken nights with a baby"),
        ("baby wont sleep and neither will i lol", "Broken nights with a baby"),
        ("had a baby last month, sleep is non existent", "Broken nights with a baby"),
        ("i work nights so i sleep during the day and its awful", "Sleeping around shifts"),
        ("nurse on nights, sleeping in the day is impossible", "Sleeping around shifts"),
    ],
)
def test_broken_nights_of_a_parent_or_shift_worker_get_help_for_them(
    someone: TestBot, said: str, help_: str
) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert help_ in replies
    assert "Glad something made you smile" not in replies and SCORE_ASKED not in replies


def test_a_baby_sleeping_through_is_glad_news_not_sleep_help(someone: TestBot) -> None:
    someone.onboard()
    assert "Broken nights" not in someone.say("my baby slept through the night!! 🎉")


@pytest.mark.parametrize(
    ("said", "ideas"),
    [
        ("what coping techniques are there", "A few coping techniques that help many people"),
        ("give me some coping skills", "A few coping techniques that help many people"),
        ("any coping strategies for anxiety", "when anxiety builds up"),
        ("give me some coping skills for when im low", "When you're feeling low"),
    ],
)
def test_coping_techniques_asked_for_by_name_are_given(
    someone: TestBot, said: str, ideas: str
) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert ideas in replies
    assert "Here's what I can do" not in replies and "Which would you like?" not in replies


def test_yes_after_the_coping_techniques_starts_breathing(someone: TestBot) -> None:
    someone.onboard()
    someone.say("what coping techniques are there")
    assert "Which would you like?" in someone.say("yes")


@pytest.mark.parametrize(
    "said", ["having a really bad anxiety attack", "i think im having an anxiety attack"]
)
def test_an_anxiety_attack_now_is_breathed_through_at_once(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "Let's start right now" in replies and "Slow breathing" in replies


def test_an_anxiety_attack_told_as_over_is_heard_as_one(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("i had an anxiety attack at work today")
    assert "Panic attacks are horrible, even once they've passed" in replies
    assert SCORE_ASKED not in replies


@pytest.mark.parametrize(
    ("said", "opening"),
    [
        ("im shaking and cant stop crying", "It's OK to let the tears come"),
        ("feeling really shaky today", "That sounds really stressful"),
    ],
)
def test_shaking_or_tears_now_get_support_first(someone: TestBot, said: str, opening: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert opening in replies and SUPPORT in replies and SCORE_ASKED not in replies


@pytest.mark.parametrize("first", ["still panicking", "this isnt helping"])
@pytest.mark.parametrize("then", ["its not working", "nothing is helping", "im scared"])
def test_a_panic_not_easing_is_stayed_with_not_the_menu(
    someone: TestBot, first: str, then: str
) -> None:
    someone.onboard()
    someone.say("im having a panic attack")
    someone.tick(seconds=10)
    assert "Let's stop counting" in someone.say(first)
    replies = someone.say(then)
    assert "I'm still here with you" in replies and "Here's what I can do" not in replies
    again = someone.say("still bad")
    assert "I'm right here" in again and "Here's what I can do" not in again
    assert "glad it's easing" in someone.say("ok its easing a bit")


@pytest.mark.parametrize("settled", ["ok i feel a bit better", "actually im fine now"])
def test_settled_at_the_breathing_choice_is_glad_not_asked_again(
    someone: TestBot, settled: str
) -> None:
    someone.onboard()
    someone.say("grounding")
    assert "Which would you like?" in someone.say("ok")
    replies = someone.say(settled)
    assert "good to hear" in replies and "Just reply 1 for box" not in replies
    assert "Before we start" not in someone.say("thanks")


@pytest.mark.parametrize("said", ["slept terribly", "slept like 3 hours", "barely slept tbh"])
def test_a_bad_night_told_is_heard_before_the_diary(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "Sorry, a rough night" in replies and "What time did you get into bed?" in replies


def test_the_diary_asked_for_plainly_has_no_sorry(someone: TestBot) -> None:
    someone.onboard()
    assert "Sorry" not in someone.say("sleep diary")


@pytest.mark.parametrize("hello", ["hey", "hiya hows it going"])
def test_a_hello_later_is_not_asked_for_a_number_after_breathing(
    someone: TestBot, hello: str
) -> None:
    someone.onboard()
    someone.say("box breathing")
    someone.say("skip")
    assert "How do you feel now, 1 to 10?" in " ".join(someone.tick(seconds=80))
    someone.tick(seconds=600)
    replies = someone.say(hello)
    assert "Just a number from 1 to 10" not in replies and "1 to 10" not in replies


def test_a_thumbs_up_after_breathing_closes_it(someone: TestBot) -> None:
    someone.onboard()
    someone.say("box breathing")
    someone.say("skip")
    someone.tick(seconds=80)
    assert "Thanks for giving it a go" in someone.say("👍")


@pytest.mark.parametrize("asked", ["idk what to do", "i dont know what to do now"])
def test_not_knowing_what_to_do_after_stress_told_gets_ideas(someone: TestBot, asked: str) -> None:
    someone.onboard()
    someone.say("im so stressed")
    someone.say("no")
    someone.say("its just everything, work, money, my mum being ill")
    replies = someone.say(asked)
    assert "when anxiety builds up" in replies and "Here's what I can do" not in replies


@pytest.mark.parametrize(
    "said", ["help me wind down", "i need to wind down", "breathing for sleep"]
)
def test_breathing_to_wind_down_is_the_4_7_8_said_why(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "4-7-8 is a good one" in replies and "Before we start" in replies
    assert "Which would you like?" not in replies
    assert "4-7-8 breathing" in someone.say("skip")


@pytest.mark.parametrize("said", ["im having a panic attack", "i cant breathe im panicking"])
def test_a_panic_as_the_first_message_gets_what_to_do_now(someone: TestBot, said: str) -> None:
    first = someone.say(said)
    assert "breathe out slowly" in first and "call 999" in first
    assert "I'll help with that in a moment" not in first
    assert "Slow breathing: in for 5" in someone.say("yes")
