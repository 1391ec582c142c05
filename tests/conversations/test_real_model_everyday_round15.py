"""Everyday talk, round fifteen: hellos, goodbyes, small talk, feelings told in passing,
off-topic questions, your data and the opt-out words."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


def test_whatsapp_stop_start_and_help_in_any_case(someone: TestBot) -> None:
    wa = someone.as_("+447700900123", channel="whatsapp")
    wa.onboard()
    assert "unsubscribed" in wa.say("Stop")
    assert wa.say("hello?") == ""
    assert "Welcome back" in wa.say("start")
    assert "not an emergency service" in wa.say("help")


@pytest.mark.parametrize("said", ["do you get lonely", "dont you get bored", "do u ever feel sad"])
def test_a_feeling_asked_of_the_bot_is_answered_as_a_question(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "I'm a bot, so I don't have feelings" in replies
    assert "sorry you're going through" not in replies


@pytest.mark.parametrize("said", ["can u be my friend", "do you like me", "are we friends"])
def test_asked_to_be_a_friend_is_answered_warmly(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "can't be a friend the way a person can" in replies
    assert "Thanks for telling me" not in replies and "lovely to hear" not in replies


@pytest.mark.parametrize("said", ["do you sleep", "do you dream", "do u eat"])
def test_asked_if_it_sleeps_the_bot_says_it_does_not(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "no sleeping, eating or dreaming" in replies and "birthday" not in replies


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("whats up with you", "I'm doing fine, thanks for asking"),
        ("can you hear me", "I'm here. What's on your mind?"),
        ("where are you", "I'm a bot, so no birthday, home"),
    ],
)
def test_small_questions_to_the_bot_are_answered(
    someone: TestBot, said: str, expected: str
) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert expected in replies and "Thanks for telling me" not in replies


@pytest.mark.parametrize("said", ["right im off", "speak tmrw", "peace out", "ttfn"])
def test_a_goodbye_in_slang_is_a_goodbye(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "Take care" in replies and "small wellbeing bot" not in replies


@pytest.mark.parametrize("said", ["legend", "ur a star", "absolute lifesaver x"])
def test_thanks_in_slang_is_thanks(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "You're welcome" in replies and "not sure I understood" not in replies


def test_random_letters_are_not_read_as_good_news(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("qwpeoriu zmxncb")
    assert "not sure I understood" in replies and "lovely" not in replies


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("tell me a joke", "jokes, songs and trivia aren't my thing"),
        ("sing me a song", "jokes, songs and trivia aren't my thing"),
        ("whats 12 times 13", "I can't help with homework or sums"),
        ("can u help with my maths homework, solve 2x + 5 = 11", "homework or sums"),
        ("going to tesco later", "Thanks for letting me know"),
    ],
)
def test_off_topic_is_met_as_said(someone: TestBot, said: str, expected: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert expected in replies and "That's not something I can help with" not in replies


def test_a_plain_off_topic_question_still_gets_what_we_can_do(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("whats the weather tomorrow in london")
    assert "That's not something I can help with" in replies and '"check in"' in replies


@pytest.mark.parametrize(
    "said",
    [
        "the state of the kitchen at work is disgusting",
        "someone left their toenail clippings on the bathroom floor 🤢",
    ],
)
def test_grossed_out_is_grim_not_hard(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "Ugh, that sounds grim" in replies and "really hard" not in replies


def test_a_night_out_told_is_good_to_hear(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("im off out with the girls tonight")
    assert "have a lovely time" in replies and "sorry you're going through" not in replies


def test_a_friend_moving_away_is_their_own_sadness(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("my best friend is moving away")
    assert "If you're worried about them" not in replies and "glad you told me" in replies


@pytest.mark.parametrize(
    "said", ["kaise ho", "aaj bahut thak gaya hoon", "kya tum hindi samajhte ho"]
)
def test_hindi_in_latin_letters_gets_the_line_in_hindi(someone: TestBot, said: str) -> None:
    indian = someone.as_("+919812345678")
    indian.onboard()
    assert "Main sirf English mein likh sakta hoon" in indian.say(said)


@pytest.mark.parametrize("said", ["hooroo", "au revoir", "hasta luego"])
def test_a_goodbye_in_other_words_is_a_goodbye(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "Take care" in replies and "sorry you're going through" not in replies


def test_whats_good_is_how_are_you(someone: TestBot) -> None:
    someone.onboard()
    assert "I'm doing fine, thanks for asking" in someone.say("whats good")


@pytest.mark.parametrize("said", ["on the train", "its cold today", "watching tv"])
def test_a_few_words_about_their_day_are_heard(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "Thanks for telling me" in replies and "small wellbeing bot" not in replies


def test_the_skull_alone_is_a_laugh(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("💀")
    assert "Glad something made you smile" in replies and "lovely to hear" not in replies


@pytest.mark.parametrize("said", ["hmm not sure", "idk", "let me think"])
def test_unsure_about_erasing_is_told_what_it_means_without_rush(
    someone: TestBot, said: str
) -> None:
    someone.onboard()
    someone.say("delete my data")
    replies = someone.say(said)
    assert "no rush" in replies and "It can't be undone" in replies
    assert "erased your data" not in replies
    assert "OK, nothing has been deleted" in someone.say("no")


@pytest.mark.parametrize(
    "said",
    [
        "i talked to a real person today at the gp and it helped",
        "i spoke to someone at work about it",
    ],
)
def test_talking_to_someone_told_is_not_a_request_for_a_person(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "asked someone from our team" not in replies and "Thanks for telling me" in replies


def test_a_person_asked_for_again_after_talking_to_one_still_gets_one(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("i talked to you guys before, can i talk to someone again")
    assert "asked someone from our team" in replies


@pytest.mark.parametrize("said", ["thanks for nothing", "wow thanks a lot, really helpful 🙄"])
def test_sarcastic_thanks_is_not_met_with_youre_welcome(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "not getting this right for you" in replies and "You're welcome" not in replies


def test_thanks_for_help_that_helped_is_glad_it_helped(someone: TestBot) -> None:
    someone.onboard()
    assert "glad it helped" in someone.say("thanks that actually helped a lot")


def test_a_goodbye_feeling_a_bit_better_is_glad_of_it(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("ok bye, thanks for listening, feeling a bit better")
    assert "glad you're feeling a bit better" in replies


@pytest.mark.parametrize("said", ["🫠", "👀", "🍕"])
def test_an_emoji_not_understood_is_asked_about_in_words(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "tell me in a few words" in replies and "• check in" not in replies


def test_a_question_mark_emoji_gets_the_menu(someone: TestBot) -> None:
    someone.onboard()
    assert "Here's what I can do" in someone.say("❓")


def test_ok_in_emoji_is_an_ok(someone: TestBot) -> None:
    someone.onboard()
    assert "not sure" not in someone.say("🆗")


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("entertain me", "Boredom can be surprisingly tiring"),
        ("talk to me", "I'm here. What's on your mind?"),
        ("random question, do you like pineapple on pizza", "I'm a bot, so no birthday"),
    ],
)
def test_asks_of_the_bot_are_not_taken_for_news(someone: TestBot, said: str, expected: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert expected in replies and "Thanks for telling me" not in replies


@pytest.mark.parametrize(
    "said", ["whats a good podcast for anxiety", "do you know any good meditation apps"]
)
def test_apps_or_podcasts_for_how_they_feel_get_what_we_can_do(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "can't recommend particular apps" in replies and '"breathe"' in replies


@pytest.mark.parametrize("said", ["sorry wrong pic", "oops wrong number"])
def test_a_wrong_send_is_no_harm_done(someone: TestBot, said: str) -> None:
    someone.onboard()
    assert "No worries at all" in someone.say(said)


@pytest.mark.parametrize(
    "said",
    [
        "my flight got cancelled",
        "ugh i spilled coffee on my white shirt",
        "missed my bus again ffs",
    ],
)
def test_an_everyday_mishap_gets_an_oh_no(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "Oh no, that's so annoying" in replies
    assert "not something I can help with" not in replies and "sorry you're going" not in replies


def test_a_first_5k_is_good_to_hear(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("i ran my first 5k this morning")
    assert "lovely to hear" in replies and "not sure I understood" not in replies


def test_it_is_what_it_is_is_a_so_so_day(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("it is what it is")
    assert "so-so sort of day" in replies and "lovely" not in replies


def test_a_friend_talking_behind_their_back_is_their_own_hurt(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("just found out my friend has been talking behind my back")
    assert "If you're worried about them" not in replies


@pytest.mark.parametrize(
    ("said", "line"),
    [
        ("ayuda", "Si estás en peligro ahora"),
        ("hilfe!", "Wenn du gerade in Gefahr bist"),
        ("bachao", "Agar aap abhi khatre mein hain"),
    ],
)
def test_help_in_a_word_of_another_language_names_the_emergency_number(
    someone: TestBot, said: str, line: str
) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert line in replies and "You're welcome" not in replies


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("do you have a name", "I'm MindLink"),
        ("who am i talking to", "I'm a bot, not a person"),
    ],
)
def test_who_the_bot_is_asked_is_answered(someone: TestBot, said: str, expected: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert expected in replies and "small wellbeing bot" not in replies


def test_plans_told_at_length_are_heard_without_breathing_offered(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say(
        "ok so this weekend im going to my cousins wedding in manchester, then on sunday were "
        "driving back and i have to sort the washing and do the food shop, and monday i start "
        "the new rota at work which means earlier starts, so i might not text as much but i "
        "wanted to let you know"
    )
    assert "Thank you for telling me" in replies and "breathing" not in replies


def test_feeling_flat_is_heard_as_low_not_pressure(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say(
        "i dont really know why im texting, i guess i just feel a bit flat lately, work is fine, "
        "friends are fine, nothing bad has happened, i just dont feel much about anything and i "
        "keep scrolling on my phone until 2am and then im tired all day"
    )
    assert "That sounds really hard" in replies and "pressure" not in replies


def test_australian_how_are_you_and_fine_yourself(someone: TestBot) -> None:
    aussie = someone.as_("+61412345678")
    aussie.onboard()
    assert "I'm doing fine, thanks for asking" in aussie.say("how ya going")
    replies = aussie.say("not bad mate, yourself?")
    assert "Glad you're doing OK" in replies and "sorry" not in replies


@pytest.mark.parametrize("said", ["aight peace", "catch ya later", "ok cya"])
def test_signing_off_in_slang_is_a_goodbye(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "Take care" in replies and "lovely to hear" not in replies


def test_a_goodbye_in_slang_mid_check_in_leaves_it(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    replies = someone.say("sweet as, catch ya")
    assert "1 (really low) to 10" not in replies


def test_yall_are_cool_is_a_compliment(someone: TestBot) -> None:
    someone.onboard()
    assert "That's kind of you" in someone.say("yall are cool")


@pytest.mark.parametrize("said", ["nn", "nighty night bot"])
def test_a_goodnight_in_short_is_a_goodbye(someone: TestBot, said: str) -> None:
    someone.onboard()
    assert "Take care" in someone.say(said)


@pytest.mark.parametrize("said", ["what are you up to", "are you busy"])
def test_what_the_bot_is_up_to_is_asked_back(someone: TestBot, said: str) -> None:
    someone.onboard()
    assert "I'm doing fine, thanks for asking" in someone.say(said)


def test_an_exam_worry_in_spanish_gets_the_line_in_spanish(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("tengo un examen mañana y estoy nerviosa")
    assert "Solo puedo escribir en inglés" in replies


def test_laughing_in_spanish_is_a_laugh(someone: TestBot) -> None:
    someone.onboard()
    assert "Glad something made you smile" in someone.say("jajaja")


def test_good_ta_answers_how_are_you(someone: TestBot) -> None:
    someone.onboard()
    someone.say("Good morning 🌞 how are you?")
    replies = someone.say("im good ta")
    assert "Glad you're doing OK" in replies and "1 (really low)" not in replies


def test_stop_being_so_nice_is_a_compliment_not_frustration(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("stop being so nice lol")
    assert "That's kind of you" in replies and "frustrating" not in replies
    assert "unsubscribed" not in replies


def test_lonely_in_slang_is_met_as_loneliness(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("ngl kinda lonely tonight")
    assert "Loneliness is really common" in replies and "1 (really low)" not in replies


def test_anxiety_symptoms_looked_up_get_the_signs(someone: TestBot) -> None:
    someone.onboard()
    assert "Anxiety that needs help tends to be" in someone.say("google anxiety symptoms")


def test_thanks_again_soon_after_is_met_in_a_line(someone: TestBot) -> None:
    someone.onboard()
    assert "Anything else I can do?" in someone.say("thanks")
    replies = someone.say("thanks")
    assert "Any time" in replies and "Anything else I can do?" not in replies


def test_thanks_again_after_a_crisis_keeps_the_helpline(someone: TestBot) -> None:
    someone.onboard()
    someone.say("i want to die")
    someone.say("no")
    someone.say("thanks")
    replies = someone.say("thank you")
    assert "Any time" not in replies
