"""Round twenty-three: everyday texts. A hello in another language ("bonjour", "merhaba",
"hallo") is met in English with a line in theirs saying we write only English, never read as
a city, a mood or a message we could not follow."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

WELCOME = "Is it OK for me to keep our conversation"
HELLO = "Good to hear from you"
NOT_FOLLOWED = "not sure I understood"
ONE_TO_TEN = "from 1 (really low) to 10 (great)"


# --- a hello in another language ------------------------------------------------------------


@pytest.mark.parametrize(
    ("hello", "note"),
    [
        ("bonjour", "Je ne peux écrire qu'en anglais"),
        ("merhaba", "Yalnızca İngilizce yazabiliyorum"),
        ("hallo", "Ich kann nur auf Englisch schreiben"),
        ("salut", "Je ne peux écrire qu'en anglais"),
    ],
)
def test_a_hello_in_another_language_first_gets_the_welcome_and_a_note(
    someone: TestBot, hello: str, note: str
) -> None:
    replies = someone.say(hello)
    assert note in replies and WELCOME in replies
    assert replies.index(note) < replies.index(WELCOME)


@pytest.mark.parametrize(
    ("hello", "note"),
    [
        ("Bonjour!", "Je ne peux écrire qu'en anglais"),
        ("merhaba", "Yalnızca İngilizce yazabiliyorum"),
        ("selam", "Yalnızca İngilizce yazabiliyorum"),
        ("hallo", "Ich kann nur auf Englisch schreiben"),
        # just after "if that's wrong, just text your city": a hello, not Salta
        ("salut", "Je ne peux écrire qu'en anglais"),
    ],
)
def test_a_hello_in_another_language_later_gets_a_hello_and_a_note(
    someone: TestBot, hello: str, note: str
) -> None:
    someone.onboard()
    replies = someone.say(hello)
    assert note in replies and HELLO in replies
    assert "time zone" not in replies and NOT_FOLLOWED not in replies


@pytest.mark.parametrize("hello", ["hello", "hiya", "yo", "hola", "hey there"])
def test_an_english_hello_gets_no_note(someone: TestBot, hello: str) -> None:
    someone.onboard()
    replies = someone.say(hello)
    assert "anglais" not in replies and "inglés" not in replies and "Englisch" not in replies


def test_the_note_comes_once_not_with_every_hello(someone: TestBot) -> None:
    someone.onboard()
    assert "anglais" in someone.say("bonjour")
    assert "anglais" not in someone.say("bonjour")


def test_a_city_spelt_wrong_is_still_read_after_the_welcome(someone: TestBot) -> None:
    someone.onboard()
    assert "Toronto" in someone.say("torronto")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("bonjour", "fr"),
        ("Merhaba 😊", "tr"),
        ("GÜNAYDIN", "tr"),
        ("hallo?", "de"),
        ("guten morgen", "de"),
        ("hola", None),
        ("hello", None),
        ("bonjour ça va", None),
        ("salut les amis je suis triste", None),
    ],
)
def test_which_hellos_are_in_another_language(text: str, lang: str | None) -> None:
    from bot.languages import greeted_in

    assert greeted_in(text) == lang


# --- feeling like a failure: heard, not a bare 1-10 question -------------------------------

NOT_ENOUGH = "Feeling like you're not good enough is so heavy"


@pytest.mark.parametrize(
    "said",
    [
        "i just feel like such a failure",
        "im such a failure",
        "i feel like im failing at everything",
        "i feel like a disappointment to everyone",
        "i feel useless",
    ],
)
def test_feeling_like_a_failure_is_heard(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert NOT_ENOUGH in replies and "I'm listening" in replies
    assert ONE_TO_TEN not in replies
    assert "Let's breathe together" in someone.say("yes")  # the offer made is there to take


@pytest.mark.parametrize(
    ("said", "heard"),
    [
        ("i feel like a failure at work", "Work sounds"),
        ("i feel like a terrible mum", "as a parent"),
    ],
)
def test_a_failure_with_something_named_says_that_back(
    someone: TestBot, said: str, heard: str
) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert heard in replies and NOT_ENOUGH not in replies


@pytest.mark.parametrize(
    ("text", "about"),
    [
        ("i just feel like such a failure", "failure"),
        ("i'm a total failure", "failure"),
        ("i cant do anything right", "failure"),
        ("i feel like a failure at work", "work"),
        ("i failed my driving test", None),
        ("the heart failure clinic rang", None),
    ],
)
def test_what_a_failure_telling_is_about(text: str, about: str | None) -> None:
    from bot.moods import vented_about

    assert vented_about(text) == about


# --- told to go away or shut up: space, not a breathing offer or the question again --------

LEFT_BE = "I'll leave you be"
SPACE = "I'll give you some space"


@pytest.mark.parametrize("said", ["fuck off", "piss off bot", "ffs just fuck off", "get lost"])
def test_told_to_go_away_is_given_space(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert LEFT_BE in replies and "breathing exercise help" not in replies


@pytest.mark.parametrize(
    ("said", "heard"),
    [
        ("my boss told me to fuck off", "Work sounds"),
        ("fuck you", "not getting this right"),
    ],
)
def test_swearing_that_is_not_go_away_keeps_its_answer(
    someone: TestBot, said: str, heard: str
) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert heard in replies and LEFT_BE not in replies


@pytest.mark.parametrize(
    ("start", "said"),
    [
        ("check in", "shut up"),
        ("check in", "fuck off"),
        ("sleep diary", "fuck off"),
        ("breathe", "shut up"),
    ],
)
def test_shut_up_while_we_ask_ends_the_questions(someone: TestBot, start: str, said: str) -> None:
    someone.onboard()
    someone.say(start)
    replies = someone.say(said)
    assert SPACE in replies
    assert ONE_TO_TEN not in replies and "get into bed" not in replies
    assert "Reply 1, 2 or 3" not in replies


def test_a_check_in_left_with_leave_me_alone_is_unchanged(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    replies = someone.say("leave me alone")
    assert SPACE in replies and ONE_TO_TEN not in replies


# --- asked to talk about something else: done, not "go on" or the question again ----------

ELSE = "What would you like to talk about instead?"


@pytest.mark.parametrize(
    "said",
    [
        "can we talk about something else",
        "can we change the subject",
        "change the subject pls",
        "ok can we just talk about something else please",
    ],
)
def test_talking_about_something_else_is_agreed(someone: TestBot, said: str) -> None:
    someone.onboard()
    assert ELSE in someone.say(said)


@pytest.mark.parametrize(
    "told", ["i had a fight with my mum", "she broke up with me yesterday", "work was awful today"]
)
def test_something_else_while_we_listen_leaves_it(someone: TestBot, told: str) -> None:
    someone.onboard()
    someone.say(told)
    replies = someone.say("can we talk about something else")
    assert ELSE in replies and "go on" not in replies
    assert "I'm still listening" not in someone.say("i watched a good film last night")


def test_something_else_during_a_check_in_leaves_it(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    replies = someone.say("can we talk about something else")
    assert ELSE in replies and ONE_TO_TEN not in replies


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("can we talk about something else", True),
        ("lets talk about something nicer", True),
        ("can we talk about my exam", False),
        ("i want to talk about something else that happened", False),
        ("i dont want to talk about it, my mum died", False),
    ],
)
def test_what_asks_to_change_the_subject(text: str, asked: bool) -> None:
    from bot.topics import CHANGE_SUBJECT

    assert (CHANGE_SUBJECT.match(text) is not None) is asked


# --- an emoji as the answer to "1 to 10?": said back with care, as when it starts one ------

WORDS_ASKED = "What words would you use"


@pytest.mark.parametrize(
    ("emoji", "met", "score"),
    [
        ("😔", "I'm sorry you're feeling this way.", "about a 3"),
        ("😢", "I'm sorry you're feeling this way.", "about a 2"),
        ("🙂", "Glad to hear it!", "about a 7"),
        ("😊", "Glad to hear it!", "about an 8"),
    ],
)
def test_an_emoji_answering_the_check_in_is_said_back(
    someone: TestBot, emoji: str, met: str, score: str
) -> None:
    someone.onboard()
    someone.say("check in")
    replies = someone.say(emoji)
    assert met in replies and score in replies and WORDS_ASKED in replies


@pytest.mark.parametrize("answer", ["7", "5", "😐"])
def test_a_number_or_a_plain_face_is_not_met_with_feeling(someone: TestBot, answer: str) -> None:
    someone.onboard()
    someone.say("check in")
    replies = someone.say(answer)
    assert WORDS_ASKED in replies and "I'm sorry" not in replies and "Glad" not in replies


def test_crying_laughing_is_still_asked_about(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    assert "which is it" in someone.say("😭")


# --- asked to talk about something of theirs: let in, not "not something I can help with" -

LET_IN = "I'm listening, so go ahead"


@pytest.mark.parametrize(
    "said",
    [
        "can we talk about my exam",
        "can i talk to you about my breakup",
        "can we talk about what happened at work",
    ],
)
def test_asking_to_talk_about_something_named_is_let_in(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert LET_IN in replies and "not something I can help with" not in replies


def test_asking_to_talk_about_our_reminders_is_not_listening(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("can we talk about my reminders")
    assert LET_IN not in replies and "reminders" in replies


@pytest.mark.parametrize(
    "said", ["can we talk about my suicidal thoughts", "can i talk to you about my self harm"]
)
def test_asking_to_talk_about_harm_still_gets_the_crisis_answer(
    someone: TestBot, said: str
) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "Samaritans" in replies and LET_IN not in replies


# --- a thumb to "how are you doing today?": fine, said so -----------------------------------

DOING_OK = "Glad you're doing OK!"


@pytest.mark.parametrize("thumb", ["👍", "👌🏽", "👍👍"])
def test_a_thumb_to_how_are_you_is_fine(someone: TestBot, thumb: str) -> None:
    someone.onboard()
    someone.say("how are you")
    assert DOING_OK in someone.say(thumb)


@pytest.mark.parametrize(("before", "thumb"), [("how are you", "👎"), ("hey", "👍")])
def test_a_thumb_elsewhere_is_not_called_fine(someone: TestBot, before: str, thumb: str) -> None:
    someone.onboard()
    someone.say(before)
    assert DOING_OK not in someone.say(thumb)


def test_a_thumb_to_the_breathing_choice_still_goes_on(someone: TestBot) -> None:
    someone.onboard()
    someone.say("breathe")
    assert DOING_OK not in someone.say("👍")


# --- "not helpful" alone: about us, said sorry for -------------------------------------------

NOT_RIGHT = "I'm not getting this right for you"


@pytest.mark.parametrize("said", ["not helpful", "unhelpful tbh", "no help at all"])
def test_not_helpful_alone_is_a_complaint(someone: TestBot, said: str) -> None:
    someone.onboard()
    assert NOT_RIGHT in someone.say(said)


def test_not_helpful_as_the_mood_before_breathing_is_still_asked_for_a_number(
    someone: TestBot,
) -> None:
    someone.onboard()
    someone.say("breathe")
    someone.say("3")
    assert NOT_RIGHT not in someone.say("not helpful")


def test_which_complaints_are_about_us() -> None:
    from bot.topics import service_topic

    assert service_topic("not really helping") == "complaint"
    assert service_topic("not helpful to me that my mum keeps shouting") != "complaint"
