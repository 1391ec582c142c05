"""Round twenty-two: first contact, the menu, small talk and what we cannot do. Keys typed by
accident ("asdfgh", "sdfsdf", "qwerty") are said not to be understood, never read as a feeling,
a check-in or a request for someone's data, at first contact or later; real short words are
still read."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

ONE_TO_TEN = "from 1 (really low) to 10 (great)"
NOT_FOLLOWED = ("not sure I understood", "didn't catch", "didn't quite follow")


@pytest.mark.parametrize("typed", ["asdfgh", "sdfsdf", "asdf", "hjkl", "qwerty", "lkjh"])
def test_keys_typed_by_accident_are_not_understood(someone: TestBot, typed: str) -> None:
    someone.onboard()
    replies = someone.say(typed)
    assert any(words in replies for words in NOT_FOLLOWED) or "not something I can help" in replies
    assert ONE_TO_TEN not in replies and "what MindLink keeps" not in replies
    assert "sorry you're going through" not in replies.lower()


@pytest.mark.parametrize("typed", ["asdfgh", "sdfsdf"])
def test_keys_typed_at_first_contact_are_no_feeling(someone: TestBot, typed: str) -> None:
    welcome = someone.say(typed)
    assert "not an emergency service" in welcome and "Reply YES or NO" in welcome
    assert "going through" not in welcome and "in a moment" not in welcome
    after = someone.say("yes")
    assert ONE_TO_TEN not in after and "Here's what I can do" in after


def test_keys_typed_at_the_consent_question_are_asked_again(someone: TestBot) -> None:
    someone.say("hi")
    replies = someone.say("asdfgh")
    assert "YES or NO" in replies and "feel hard" not in replies
    assert ONE_TO_TEN not in someone.say("yes")


@pytest.mark.parametrize("said", ["property", "were", "type", "salad", "hmmm", "ok"])
def test_short_real_words_are_not_called_typing_by_accident(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert not any(words in replies for words in NOT_FOLLOWED[1:])


@pytest.mark.parametrize(
    ("text", "typed"),
    [
        ("asdfgh", True),
        ("qwerty", True),
        ("zxcvbnm", True),
        ("sdfsdf", True),
        ("asdfasdf", True),
        ("property", False),
        ("were", False),
        ("tree", False),
        ("mmmmmm", False),
        ("hmmhmm", False),
        ("hahaha", False),
        ("byebye", False),
    ],
)
def test_what_counts_as_keys_typed_by_accident(text: str, typed: bool) -> None:
    from bot.routing import unreadable

    assert unreadable(text) is typed


# --- someone else's dose, asked: the pharmacist, never the fallback or a flow --------------

PHARMACIST = "I can't give medical advice or doses"


@pytest.mark.parametrize(
    "asked",
    [
        "how many paracetamol can my mum take in a day",
        "can my dad take ibuprofen with his blood pressure meds",
        "whats the dose of piriton for a 6 year old",
        "how much tylenol can my kid have",
        "is it safe to give my nan co-codamol and tramadol together",
        "my daughter has a fever how much calpol",
    ],
)
def test_someone_elses_dose_is_for_the_pharmacist(someone: TestBot, asked: str) -> None:
    someone.onboard()
    replies = someone.say(asked)
    assert PHARMACIST in replies and "pharmacist" in replies
    assert "not something I can help with" not in replies


@pytest.mark.parametrize(
    "asked",
    [
        "how much sleep should my son get",
        "how much can my mum take before she breaks",
        "how many days till christmas",
    ],
)
def test_how_much_without_a_medicine_is_no_dose_question(someone: TestBot, asked: str) -> None:
    someone.onboard()
    assert PHARMACIST not in someone.say(asked)


def test_how_many_would_kill_is_never_a_dose_question() -> None:
    from bot.routing import service_topic

    assert service_topic("how many pills can my mum take before it kills her") != "medicine"
    assert service_topic("how many tablets did he take") != "medicine"


# --- small talk: kind words, a text sent to the wrong chat, a minute asked for -------------


@pytest.mark.parametrize("said", ["ur so funny", "you're clever", "ur cool", "you're hilarious"])
def test_kind_words_about_us_are_thanked_not_checked_in(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "That's kind of you" in replies and "check-in? Just say" not in replies


def test_unkind_words_are_not_thanked(someone: TestBot) -> None:
    someone.onboard()
    assert "That's kind of you" not in someone.say("you're not helpful")


@pytest.mark.parametrize(
    "said", ["oops", "meant to send that to my sister", "i accidentally sent you a pic of my cat"]
)
def test_a_text_sent_by_mistake_is_no_worry(someone: TestBot, said: str) -> None:
    someone.onboard()
    someone.say("good night")
    replies = someone.say(said)
    assert "No worries" in replies and "sorry you're going through" not in replies.lower()


@pytest.mark.parametrize("said", ["are you free to talk", "r u around?", "got a minute?"])
def test_a_minute_asked_for_is_given(someone: TestBot, said: str) -> None:
    someone.onboard()
    someone.say("good night")
    assert "I'm listening" in someone.say(said)


# --- a yes or no to keeping our conversation, with more beside it ---------------------------

MENU = "Here's what I can do"


@pytest.mark.parametrize(
    ("answer", "met", "kept"),
    [
        ("no. i feel awful", ONE_TO_TEN, False),
        ("yes im really struggling today", ONE_TO_TEN, True),
        ("yeah but i dont feel good", ONE_TO_TEN, True),
        ("yes, i need help sleeping", "sleep", True),
        ("yes and can you remind me to take my meds at 9pm", "9:00pm", True),
        ("no thanks i just want to talk", "I'm listening", False),
        ("ok. can we do a breathing exercise", "Box breathing", True),
    ],
)
def test_what_is_said_beside_the_answer_is_met_not_dropped(
    someone: TestBot, answer: str, met: str, kept: bool
) -> None:
    someone.say("hi")
    replies = someone.say(answer)
    assert ("Thank you. You can ask me" in replies) is kept
    assert ("won't keep your messages" in replies) is not kept
    assert met in replies and MENU not in replies


@pytest.mark.parametrize("answer", ["no im fine thanks", "yes that's fine", "yes please"])
def test_an_answer_with_nothing_to_meet_is_the_menu(someone: TestBot, answer: str) -> None:
    someone.say("hi")
    replies = someone.say(answer)
    assert MENU in replies and ONE_TO_TEN not in replies


def test_a_request_told_first_is_not_replaced_by_the_words_beside_the_yes(
    someone: TestBot,
) -> None:
    someone.say("i cant sleep")
    replies = someone.say("yes, its been weeks")
    assert "sleep" in replies and ONE_TO_TEN not in replies


@pytest.mark.parametrize("answer", ["sounds good", "why not", "fair enough", "i guess"])
def test_a_casual_yes_is_a_yes(someone: TestBot, answer: str) -> None:
    someone.say("hi")
    assert "Thank you. You can ask me" in someone.say(answer)


@pytest.mark.parametrize("first", ["i just want to talk", "i need to vent"])
def test_wanting_to_talk_as_a_first_message_is_listened_to(someone: TestBot, first: str) -> None:
    assert "Before you tell me more" in someone.say(first)
    replies = someone.say("yes")
    assert "I'm listening" in replies and MENU not in replies


# --- first contact: a photo first, a question that is not ours first -----------------------


def _push_media(person: TestBot, kind: str) -> list[str]:
    person.push(
        "", NumMedia="1", MediaUrl0="https://api.twilio.com/media/ME9", MediaContentType0=kind
    )
    return person.pop()


@pytest.mark.parametrize("kind", ["image/jpeg", "audio/ogg"])
def test_a_photo_or_voice_note_first_gets_the_welcome(someone: TestBot, kind: str) -> None:
    replies = " ".join(_push_media(someone, kind))
    assert "I can only read text" in replies
    assert "not an emergency service" in replies and "Reply YES or NO" in replies
    after = someone.say("yes")
    assert "Thank you. You can ask me" in after and "Here's what I can do" in after


def test_a_photo_after_the_welcome_is_not_welcomed_again(someone: TestBot) -> None:
    someone.say("hi")
    replies = " ".join(_push_media(someone, "image/jpeg"))
    assert "I can only read text" in replies and "not an emergency service" not in replies


@pytest.mark.parametrize(
    "first",
    ["whats the weather like tomorrow", "can you check my bank balance", "tell me a joke"],
)
def test_a_question_not_ours_first_is_said_to_be_not_ours(someone: TestBot, first: str) -> None:
    replies = someone.say(first)
    assert "not something I can help with" in replies
    assert "not an emergency service" in replies and "Reply YES or NO" in replies


@pytest.mark.parametrize("first", ["hi", "Hey! Saw your ad on instagram", "my cat died"])
def test_a_hello_or_a_trouble_first_is_not_told_we_cannot_help(
    someone: TestBot, first: str
) -> None:
    assert "not something I can help with" not in someone.say(first)


# --- not enough money for food; a money worry as a first message ----------------------------


@pytest.mark.parametrize(
    "said",
    ["i need money for food", "cant afford food this week", "i might have to use a food bank"],
)
def test_no_money_for_food_is_met_with_where_food_is(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "food bank" in replies and "not something I can help with" not in replies


def test_asking_us_to_order_food_is_still_not_ours(someone: TestBot) -> None:
    someone.onboard()
    assert "food bank" not in someone.say("can you order me food")


@pytest.mark.parametrize(
    ("first", "met"),
    [
        ("i need money for food", "food bank"),
        ("i cant afford my rent", "Money worries"),
        ("my landlord is evicting me", "Losing your home"),
    ],
)
def test_a_money_worry_first_is_met_once_consent_is_answered(
    someone: TestBot, first: str, met: str
) -> None:
    welcome = someone.say(first)
    assert "not something I can help with" not in welcome and "Reply YES or NO" in welcome
    replies = someone.say("yes")
    assert met in replies and ONE_TO_TEN not in replies and "Here's what I can do" not in replies


# --- HELP and MENU typed in a hurry ---------------------------------------------------------


@pytest.mark.parametrize("typed", ["mneu", "meun", "optoins", "Menu!"])
def test_the_menu_typed_in_a_hurry_is_the_menu(someone: TestBot, typed: str) -> None:
    someone.onboard()
    someone.say("good night")
    assert "Here's what I can do" in someone.say(typed)


@pytest.mark.parametrize("typed", ["hepl", "hlep", "halp"])
def test_help_typed_in_a_hurry_is_help(someone: TestBot, typed: str) -> None:
    someone.onboard()
    replies = someone.say(typed)
    assert "not an emergency service" in replies and "116 123" in replies


def test_hello_is_not_taken_for_help(someone: TestBot) -> None:
    someone.onboard()
    someone.say("good night")
    assert "Text MENU for options" not in someone.say("hello")


# --- a first message in letters the model cannot read ---------------------------------------


@pytest.mark.parametrize("first", ["مرحبا", "你好", "привет, как дела"])
def test_other_letters_first_get_a_plain_welcome(someone: TestBot, first: str) -> None:
    replies = someone.say(first)
    assert "Reply YES or NO" in replies and "not an emergency service" in replies
    assert "not something I can help with" not in replies
    assert "going through" not in replies and "in a moment" not in replies


def test_other_letters_are_told_apart_from_latin_ones() -> None:
    from bot.onboarding import other_script

    assert other_script("مرحبا") and other_script("你好") and other_script("привет, как дела")
    assert not other_script("hola, ¿cómo estás?") and not other_script("ça va, merci")
    assert not other_script("nasılsın") and not other_script("👍") and not other_script("hi")


def test_yeh_is_a_yes(someone: TestBot) -> None:
    someone.say("hey")
    assert "Thank you. You can ask me" in someone.say("yeh")


@pytest.mark.parametrize("said", ["can u talk", "can you chat for a bit"])
def test_asked_to_talk_is_listened_to(someone: TestBot, said: str) -> None:
    someone.onboard()
    someone.say("good night")
    assert "I'm listening" in someone.say(said)


def test_a_yes_with_what_is_this_is_taken_and_shown_what_we_do(someone: TestBot) -> None:
    someone.say("hi")
    replies = someone.say("ok sure but what is this")
    assert "Thank you. You can ask me" in replies and MENU in replies
