"""Round nineteen: everyday conversation. Off-topic asks in a row are not answered with the
same words twice running; "wdym", "what are you up to", "can anyone else see this" and "is
that normal" are answered as asked; someone sent by a leaflet, a GP or a therapist is asked how
things have been rather than handed the menu; a second-language "what i can do?" or "do you
have any suggestions?" after a hard feeling gets ideas; family far away is heard as lonely."""

from __future__ import annotations

from itertools import pairwise

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

MENU = "Here's what I can do"


def test_off_topic_asks_in_a_row_are_never_the_same_words_twice_running(
    someone: TestBot,
) -> None:
    someone.onboard()
    said = [
        someone.say(asked)
        for asked in (
            "whats my bank balance",
            "what time is the flight to malaga tomorrow",
            "who won the arsenal game",
            "whats a good recipe for lasagne",
        )
    ]
    assert all("not something I can help with" in reply for reply in said)
    assert all(before != after for before, after in pairwise(said))
    assert "I'm here to listen" in said[2]


def test_wdym_is_explained_not_greeted(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("wdym")
    assert "Sorry, I wasn't clear" in replies and "Good to hear from you" not in replies


def test_what_are_you_up_to_is_not_answered_like_how_are_you(someone: TestBot) -> None:
    someone.onboard()
    first = someone.say("how are you")
    second = someone.say("what are you up to")
    assert "not up to much" in second and first != second


def test_can_anyone_else_see_this_is_the_privacy_answer(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("can anyone else see this")
    assert "Our support team can read a conversation" in replies
    assert "not sure I understood" not in replies


def test_is_that_normal_after_telling_is_answered(someone: TestBot) -> None:
    someone.onboard()
    someone.say("my partner is back at work and im on my own all day")
    someone.say("everyone says enjoy it but im not enjoying it")
    replies = someone.say("is that normal")
    assert "lots of people feel that way" in replies and "surprise" not in replies


@pytest.mark.parametrize(
    "first",
    [
        "my therapist said to text this",
        "my gp gave me this number",
        "got this number from a leaflet at the doctors",
        "hey someone told me about this",
    ],
)
def test_someone_sent_here_is_asked_how_things_have_been_not_handed_the_menu(
    someone: TestBot, first: str
) -> None:
    assert "Is it OK for me to keep" in someone.say(first)
    replies = someone.say("yes")
    assert "How have things been for you lately?" in replies and MENU not in replies
    told = someone.say("she said it might help between sessions")
    assert "1 (really low) to 10" not in told and "listening" in told


@pytest.mark.parametrize("asked", ["Do you have any suggestions?", "what i can do?"])
def test_asking_for_ideas_after_a_hard_feeling_gets_ideas_not_the_menu(
    someone: TestBot, asked: str
) -> None:
    someone.onboard()
    someone.say("I do not really know what to say. I suppose I am a little lonely.")
    someone.say("The days are quiet since I stopped going to the church group.")
    replies = someone.say(asked)
    assert MENU not in replies and "small steps" in replies


def test_family_far_away_is_heard_as_lonely_not_family_trouble(someone: TestBot) -> None:
    someone.onboard()
    someone.say("hello, my english is not so good sorry")
    someone.say("i am come to uk for work 6 month ago and i feel very alone")
    replies = someone.say("no friend here, my family is in poland")
    assert "Feeling that alone is really hard" in replies and "Things with family" not in replies


def test_their_parents_pressure_told_mid_telling_is_listened_to(someone: TestBot) -> None:
    someone.onboard()
    someone.say("hi. i am student from china. i have much pressure from study")
    replies = someone.say("my parents want me get high score")
    assert "not something I can help with" not in replies
    assert "go on" in replies or "still listening" in replies


def test_a_long_telling_is_not_met_with_the_same_words_twice_running(someone: TestBot) -> None:
    someone.onboard()
    someone.say("can i just vent for a sec")
    someone.say("my housemate never cleans up")
    said = [
        someone.say(more)
        for more in (
            "and then acts like im the problem when i mention it",
            "and he never buys toilet roll",
            "and i have an essay due friday",
            "and i just want to sleep for a week",
        )
    ]
    assert all(before != after for before, after in pairwise(said))


def test_news_told_twice_running_is_not_answered_with_the_same_words(someone: TestBot) -> None:
    someone.onboard()
    first = someone.say("its sunny today")
    second = someone.say("going for a walk later")
    assert "Thanks for telling me" in first and first != second


def test_a_hello_unsure_of_itself_is_reassured_not_told_lovely(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("Good evening. I hope I am doing this correctly.")
    assert "You're doing it just right" in replies and "Lovely to hear that" not in replies


def test_told_to_talk_about_feeling_low_is_about_them_not_someone_else(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say(
        "My daughter says I should talk to someone about feeling low, but I do not like to be "
        "a burden."
    )
    assert "If you're worried about them" not in replies


def test_can_you_actually_understand_me_is_answered(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("can you actually understand me")
    assert "I understand a fair bit" in replies and MENU not in replies


def test_do_you_remember_what_i_said_is_what_we_remember(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("do you remember what i said yesterday")
    assert "I don't read back old conversations" in replies


def test_is_this_an_actual_human_is_answered_not_handed_over(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("is this an actual human")
    assert "I'm a bot, not a person" in replies and "asked someone from our team" not in replies


def test_ok_thumbs_up_k_in_a_row_are_not_the_same_line_each_time(someone: TestBot) -> None:
    someone.onboard()
    said = [someone.say(ack) for ack in ("ok", "👍", "k")]
    assert all(before != after for before, after in pairwise(said))
    assert all(MENU not in reply for reply in said)


def test_a_lonely_birthday_told_with_a_hello_is_heard(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("Hello dear. It is my birthday today and nobody has called.")
    assert "on your birthday" in replies and "Good to hear from you" not in replies
    more = someone.say("I am 84.")
    assert "listening" in more and "What would you like?" not in more


@pytest.mark.parametrize(
    "sorry", ["I do apologise for rambling on.", "sorry for shouting", "sorry for the rant"]
)
def test_sorry_for_how_they_told_it_is_met_with_no_need(someone: TestBot, sorry: str) -> None:
    someone.onboard()
    someone.say("can i rant")
    someone.say("my boss is a nightmare")
    replies = someone.say(sorry)
    assert "No need to apologise" in replies


def test_a_counsellor_suggesting_texting_this_is_asked_how_things_are(someone: TestBot) -> None:
    someone.say(
        "hi i'm not really sure how this works but my counsellor at uni suggested i try texting "
        "this when things get a bit much between appointments"
    )
    replies = someone.say("ok yes")
    assert "How have things been for you lately?" in replies and MENU not in replies


@pytest.mark.parametrize(
    "asked", ["are my messages going to the nhs", "do my texts get sent to my gp"]
)
def test_whether_messages_go_to_the_nhs_or_gp_is_answered(someone: TestBot, asked: str) -> None:
    someone.onboard()
    replies = someone.say(asked)
    assert "I don't contact" in replies and "not something I can help with" not in replies


@pytest.mark.parametrize("opener", ["right so", "ok so"])
def test_right_so_is_heard_as_a_story_starting(someone: TestBot, opener: str) -> None:
    someone.onboard()
    assert "Go on, I'm listening" in someone.say(opener)
    replies = someone.say("you know when everything just piles up")
    assert "1 (really low) to 10" not in replies and "listening" in replies


@pytest.mark.parametrize(
    ("said", "heard"),
    [
        ("my boyfriend said something really hurtful", "someone you love"),
        ("my best mate ghosted me", "with friends"),
    ],
)
def test_hurt_by_someone_close_is_listened_to(someone: TestBot, said: str, heard: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert heard in replies and "If you're worried about them" not in replies
    assert "1 (really low) to 10" not in replies


def test_a_bare_lol_after_something_hard_is_not_glad(someone: TestBot) -> None:
    someone.onboard()
    someone.say("i cant even remember the last time i ate a proper meal")
    replies = someone.say("lol")
    assert "made you smile" not in replies and "I hear you" in replies


def test_a_name_given_with_more_after_it_is_used_in_the_hello(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say(
        "Hello. My name is Margaret. My grandson set this up on my telephone for me."
    )
    assert "Hi Margaret!" in replies
