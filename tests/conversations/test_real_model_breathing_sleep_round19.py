"""Round nineteen: winding down asked for in a few words, a person offered and met with
"idk", and the team joined but not yet writing."""

from __future__ import annotations

import pytest
from flask import Flask

from store.models import Staff
from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

SCORE_ASKED = "from 1 (really low) to 10 (great)"
FOUR_SEVEN_EIGHT = "For sleep, 4-7-8 is a good one"
ROUTINE = "A wind-down routine that helps many people"


@pytest.mark.parametrize(
    "said", ["wind down", "winddown", "wind down pls", "time to wind down", "help me wind down"]
)
def test_wind_down_on_its_own_starts_the_breathing_for_sleep(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert FOUR_SEVEN_EIGHT in replies and SCORE_ASKED not in replies


@pytest.mark.parametrize(
    "said", ["wind down routine pls", "any tips for a wind down routine", "how do i wind down"]
)
def test_a_wind_down_routine_asked_for_is_given_with_a_reminder_offered(
    someone: TestBot, said: str
) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert ROUTINE in replies and "wind-down reminder at 10:30pm each night" in replies
    assert SCORE_ASKED not in replies and "Which would you like?" not in replies
    assert "every day at 10:30pm" in someone.say("yes")


def test_a_wind_down_reminder_asked_for_is_still_a_reminder(someone: TestBot) -> None:
    someone.onboard()
    assert "When should I remind you?" in someone.say("wind down reminder")


TEAM_ASKED = "I've asked someone from our team to join"
THEIR_CHOICE = "it's completely your choice"


@pytest.mark.parametrize("unsure", ["idk", "not sure", "maybe"])
def test_unsure_of_a_person_is_asked_gently_not_handed_over(someone: TestBot, unsure: str) -> None:
    someone.onboard()
    assert "connect you with a person from our team" in someone.say("i want to die")
    replies = someone.say(unsure)
    assert THEIR_CHOICE in replies and "they can listen" in replies and "999" in replies
    assert TEAM_ASKED not in replies
    assert TEAM_ASKED in someone.say("yes")


def test_a_no_after_hearing_what_a_person_does_is_a_no(someone: TestBot) -> None:
    someone.onboard()
    someone.say("everything is pointless i want to end it")
    someone.say("maybe")
    replies = someone.say("no")
    assert "I'll check in on you a bit later" in replies and TEAM_ASKED not in replies


def test_idk_maybe_after_self_harm_told_hears_what_a_person_does_then_unsure_again_joins(
    someone: TestBot,
) -> None:
    someone.onboard()
    someone.say("i really want to cut tonight")
    replies = someone.say("idk maybe")
    assert THEIR_CHOICE in replies and TEAM_ASKED not in replies
    assert TEAM_ASKED in someone.say("idk")


def _team_takes_it(person: TestBot, app: Flask) -> None:
    """Someone from the team takes the chat over and has not written yet."""
    from console import handoff

    with app.extensions["mindlink"].db.session() as session:
        session.add(Staff(id=1, email="s@example.org", password_hash="x", role="support"))
        convo = person.conversation(session)
        assert convo is not None
        handoff.take_over(session, convo, 1, app.extensions["mindlink"].clock.now)
        session.commit()


@pytest.mark.parametrize("said", ["are you there", "hello??", "is anyone actually reading this"])
def test_after_the_team_takes_over_are_you_there_hears_someone_has_joined(
    someone: TestBot, real_app: Flask, said: str
) -> None:
    person = someone.onboard()
    person.say("can i talk to a real person")
    _team_takes_it(person, real_app)
    replies = person.say(said)
    assert "someone from our team has joined this conversation" in replies
    assert "No one from our team has joined yet" not in replies


def test_after_the_team_takes_over_distress_still_gets_help_in_reach(
    someone: TestBot, real_app: Flask
) -> None:
    person = someone.onboard()
    person.say("i want to talk to someone")
    _team_takes_it(person, real_app)
    replies = person.say("nobody cares about me")
    assert "has joined this conversation" in replies and "999" in replies
    assert "116 123" in replies and "joined yet" not in replies


def test_after_the_team_takes_over_never_mind_is_passed_on_honestly(
    someone: TestBot, real_app: Flask
) -> None:
    person = someone.onboard()
    person.say("i need a real person")
    _team_takes_it(person, real_app)
    replies = person.say("never mind im ok now")
    assert "has already joined, so they'll see this" in replies
    assert "carry on helping here" not in replies


@pytest.mark.parametrize("said", ["cant sleep my brain wont shut up", "my mind wont switch off"])
def test_yes_to_the_slow_breathing_offered_for_a_busy_mind_starts_it(
    someone: TestBot, said: str
) -> None:
    someone.onboard()
    assert "Would a slow breathing exercise help too?" in someone.say(said)
    replies = someone.say("yes")
    assert "Let's do slow breathing" in replies and "Which would you like?" not in replies
    assert "Slow breathing: in for 5, out for 5" in someone.say("skip")


@pytest.mark.parametrize(
    "said",
    [
        "can you delete my messages but keep my reminders",
        "can u wipe my history and keep the reminders pls",
    ],
)
def test_deleting_some_and_keeping_the_rest_is_told_what_can_be_done(
    someone: TestBot, said: str
) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "erases everything, reminders included" in replies
    assert "don't keep my messages" in replies and "nothing to cancel" not in replies


def _mid_box(person: TestBot) -> None:
    person.onboard()
    person.say("box breathing")
    person.say("3")
    person.tick(seconds=6)


@pytest.mark.parametrize("said", ["i feel worse now honestly", "feeling even worse tbh"])
def test_feeling_worse_mid_exercise_stops_it_and_offers_something_else(
    someone: TestBot, said: str
) -> None:
    _mid_box(someone)
    replies = someone.say(said)
    assert "Let's stop there and try something different" in replies
    assert "we'll carry on gently" not in replies
    assert "Round 2" not in "\n".join(someone.tick(seconds=20))


def test_not_helping_and_a_person_asked_for_mid_exercise_brings_the_person(
    someone: TestBot,
) -> None:
    _mid_box(someone)
    replies = someone.say("this isnt helping can i talk to a real person")
    assert "I've asked someone from our team to join" in replies
    assert 'say "talk to someone"' not in replies
    assert "Round 2" not in "\n".join(someone.tick(seconds=20))


def test_worse_with_words_of_ending_it_mid_exercise_still_gets_the_safety_question(
    someone: TestBot,
) -> None:
    _mid_box(someone)
    replies = someone.say("feel worse, like i cant go on")
    assert "116 123" in replies and "try something different" not in replies


@pytest.mark.parametrize(
    "said", ["if i delete my data can i still use this", "what happens if i delete everything"]
)
def test_what_deleting_means_asked_with_the_request_is_answered_first(
    someone: TestBot, said: str
) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "You can still text me afterwards, and we'd start fresh" in replies
    assert replies.count("Reply YES to delete") == 1
    assert "erased your data" in someone.say("yes")


def test_a_plain_delete_request_is_asked_to_confirm_as_before(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("can you delete my data")
    assert "This will permanently erase everything" in replies
    assert "start fresh" not in replies


@pytest.mark.parametrize("said", ["zzz", "getting sleepy now 😴", "im falling asleep lol"])
def test_drifting_off_mid_exercise_stops_the_prompts_quietly(someone: TestBot, said: str) -> None:
    _mid_box(someone)
    replies = someone.say(said)
    assert "I'll stop the prompts now so they don't wake you" in replies
    assert "pause the breathing and wait" not in replies
    assert someone.tick(seconds=20) == []


@pytest.mark.parametrize(
    "said", ["do you keep my messages forever", "is my stuff stored permanently"]
)
def test_asked_whether_messages_are_kept_forever_hears_how_long(
    someone: TestBot, said: str
) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "I keep messages for up to 180 days" in replies


def test_cant_sleep_for_replaying_an_argument_gets_help_for_a_busy_mind(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("cant sleep. keep replaying an argument w my bf")
    assert "A mind that won't switch off" in replies and SCORE_ASKED not in replies


@pytest.mark.parametrize(
    "said", ["breathing but quick pls", "can we do a quick breathing exercise"]
)
def test_a_quick_breathing_exercise_asked_for_starts_the_one_minute_one(
    someone: TestBot, said: str
) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "Slow breathing is the quickest" in replies and "Which would you like?" not in replies
    assert "Slow breathing: in for 5, out for 5" in someone.say("skip")
