"""First contact as real people write it: formally, as a teenager, in a second language, sent
by a leaflet or a GP; and questions about languages and data after onboarding."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

CONSENTED = 'You can ask me to "export my data"'
ASKED_AGAIN = "may I keep our conversation"


@pytest.mark.parametrize(
    "answer",
    [
        "Thank you. Yes, you may keep the conversation.",
        "That is correct.",
        "Certainly.",
        "by all means",
        "thank you, yes please",
        "haha ok",
        "Yes, that would be fine, thank you.",
    ],
)
def test_a_yes_said_politely_or_after_a_courtesy_is_consent(someone: TestBot, answer: str) -> None:
    someone.say("Good afternoon")
    replies = someone.say(answer)
    assert CONSENTED in replies and "won't keep your messages" not in replies


def test_thanks_but_no_is_still_a_no(someone: TestBot) -> None:
    someone.say("hi")
    assert "won't keep your messages" in someone.say("thanks but no")


@pytest.mark.parametrize(
    "asked", ["what does it actually do", "how does it work", "wat can u do", "whats it for"]
)
def test_what_it_does_asked_at_the_consent_question_is_answered_and_not_a_no(
    someone: TestBot, asked: str
) -> None:
    someone.say("hi")
    replies = someone.say(asked)
    assert "You text me in your own words" in replies and ASKED_AGAIN in replies
    replies = someone.say("how does this work then")  # asked twice: still not taken as a no
    assert "won't keep your messages" not in replies and ASKED_AGAIN in replies
    assert CONSENTED in someone.say("ok yes")


@pytest.mark.parametrize(
    "first", ["r u a bot", "r u a real person or a bot", "is this a real person"]
)
def test_asked_first_whether_it_is_a_bot_the_welcome_says_so_plainly(
    someone: TestBot, first: str
) -> None:
    replies = someone.say(first)
    assert "I'm a bot, not a person" in replies and "not an emergency service" in replies


@pytest.mark.parametrize(
    "first",
    [
        "hi my gp gave me a leaflet with this number on it. not really sure what this is?",
        "Good afternoon. I was given this number by my doctor's surgery. What is this please?",
    ],
)
def test_sent_by_a_leaflet_or_a_surgery_is_thanked_for_getting_in_touch(
    someone: TestBot, first: str
) -> None:
    replies = someone.say(first)
    assert "thank you for getting in touch" in replies and "not an emergency service" in replies


def test_a_loss_told_in_the_first_message_is_heard_before_the_consent_question(
    someone: TestBot,
) -> None:
    replies = someone.say(
        "Hello. I have been feeling rather low since my husband passed away last year. "
        "My daughter suggested I try this."
    )
    assert (
        "I'm sorry you're going through this" in replies and "not an emergency service" in replies
    )
    assert "sorry for your loss" in someone.say("Certainly.")


def test_who_reads_the_messages_as_a_first_message_is_answered_then_welcomed(
    someone: TestBot,
) -> None:
    replies = someone.say("who reads these messages")
    assert "Our support team can read a conversation" in replies
    assert "not an emergency service" in replies and "Is it OK for me to keep" in replies


@pytest.mark.parametrize(
    "asked", ["do you speak spanish", "hablas español?", "can i write in polish"]
)
def test_asked_about_other_languages_the_bot_says_english_only(
    someone: TestBot, asked: str
) -> None:
    replies = someone.say(asked)
    assert "only read and write English" in replies and "not an emergency service" in replies
    someone.say("yes")
    replies = someone.say(asked)
    assert "only read and write English" in replies and "Here's what I can do" not in replies


def test_sorry_for_their_english_is_reassured_not_taken_as_a_low_mood(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("my english is not so good sorry")
    assert "No need to apologise" in replies and "1 (really low) to 10" not in replies


def test_what_happens_to_their_data_after_stop_is_answered(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("what happens to my data if i stop")
    assert "doesn't erase anything" in replies and "delete my data" in replies


@pytest.mark.parametrize(
    ("asked", "said"),
    [("can you email it to me", "email address"), ("can i get it as a pdf", "not as a file")],
)
def test_a_copy_asked_for_by_email_or_as_a_file_is_told_it_comes_by_text(
    someone: TestBot, asked: str, said: str
) -> None:
    someone.onboard()
    someone.say("export my data")
    replies = someone.say(asked)
    assert said in replies and "not sure I understood" not in replies


def test_undo_just_after_erasing_says_it_cannot_be_brought_back(someone: TestBot) -> None:
    someone.onboard()
    someone.say("delete my data")
    assert "erased" in someone.say("yes")
    replies = someone.say("actually no wait undo that")
    assert "can't be brought back" in replies and "Is it OK for me to keep" in replies
    assert CONSENTED in someone.say("yes")


def test_someone_elses_thing_not_given_back_is_not_about_erased_data(someone: TestBot) -> None:
    replies = someone.say("my sister borrowed my charger and wont give it back")
    assert "can't be brought back" not in replies


def test_wdym_keep_our_convo_is_explained(someone: TestBot) -> None:
    someone.say("hey whats this lol")
    replies = someone.say("wdym keep our convo")
    assert "If you say yes, I keep our messages" in replies


@pytest.mark.parametrize("back", ["start texting me again", "opt back in", "resubscribe"])
def test_coming_back_in_plain_words_after_stop_starts_messages_again(
    someone: TestBot, back: str
) -> None:
    someone.onboard()
    someone.say("STOP")
    assert "Welcome back to MindLink" in someone.say(back)


def test_this_is_stupid_at_the_consent_question_is_heard_before_asking_again(
    someone: TestBot,
) -> None:
    someone.say("hi")
    replies = someone.say("this is stupid")
    assert "a question before anything else is annoying" in replies and ASKED_AGAIN in replies
