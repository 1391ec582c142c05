"""Round eighteen: everyday conversation. A loss told unsurely is met as a loss, and how young
they were is heard as how unfair it is."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


@pytest.mark.parametrize(
    "said", ["my nan passed away on sunday", "my grandad passed away last night"]
)
def test_a_loss_read_unsurely_is_still_a_loss(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "sorry for your loss" in replies
    assert "Things with family" not in replies


@pytest.mark.parametrize(
    ("loss", "young"),
    [
        ("my brother died last month", "he was only 24"),
        ("my nan passed away on sunday", "she was only 62"),
        ("lost my best mate in a car crash", "only 19. so young"),
        ("my cousin died on friday", "he had his whole life ahead of him"),
    ],
)
def test_how_young_they_were_is_heard_as_too_soon(someone: TestBot, loss: str, young: str) -> None:
    someone.onboard()
    someone.say(loss)
    replies = someone.say(young)
    assert "far too soon" in replies
    assert "Start wherever you like" not in replies and "meant so much" not in replies


def test_an_age_without_only_is_a_memory_as_before(someone: TestBot) -> None:
    someone.onboard()
    someone.say("my dog died this morning")
    assert "far too soon" not in someone.say("she was 14")


@pytest.mark.parametrize(
    "said",
    [
        "got engaged last night but my mum hates him",
        "got the job!! but it means moving away from my mum",
        "passed my driving test but failed the theory lol",
    ],
)
def test_their_own_news_with_a_turn_in_it_is_heard_as_both(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "feel both at once" in replies
    assert "ongratulations" not in replies and "made you smile" not in replies


@pytest.mark.parametrize(
    ("said", "who"),
    [
        ("my best friend got engaged", "friend"),
        ("my sister is pregnant", "sister"),
        ("omg my brother got into oxford", "brother"),
    ],
)
def test_someone_elses_news_asks_how_they_feel(someone: TestBot, said: str, who: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert f"lovely news about your {who}" in replies and "How are you feeling about it" in replies
    assert "ongratulations" not in replies and "call 999" not in replies


def test_how_they_feel_about_someone_elses_news_is_listened_to(someone: TestBot) -> None:
    someone.onboard()
    someone.say("my best friend got engaged")
    replies = someone.say("tbh a bit jealous")
    assert "I'm listening" in replies and "1 (really low) to 10" not in replies


@pytest.mark.parametrize(
    "said",
    [
        "my best friend got engaged and i feel so left behind",
        "my sister is pregnant and im jealous",
    ],
)
def test_someone_elses_news_with_a_harder_feeling_is_heard(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "stir up harder feelings" in replies and "ongratulations" not in replies


def test_a_childs_news_is_met_with_pride(someone: TestBot) -> None:
    someone.onboard()
    assert "You must be so proud" in someone.say("my son passed his driving test!!")


def test_glad_for_them_in_words_is_shared(someone: TestBot) -> None:
    someone.onboard()
    said = "my mate just got signed to a football club and im buzzing for him"
    assert "no wonder you're buzzing" in someone.say(said)


@pytest.mark.parametrize("said", ["my boyfriend and i got engaged!!", "i got the job!!"])
def test_their_own_news_is_still_congratulated(someone: TestBot, said: str) -> None:
    someone.onboard()
    assert "ongratulations" in someone.say(said)


@pytest.mark.parametrize(
    "said",
    [
        "finally got a diagnosis after 3 years, adhd",
        "finally got my autism diagnosis at 34",
        "got diagnosed with anxiety today. weirdly relieved",
    ],
)
def test_a_diagnosis_that_may_be_a_relief_is_not_met_with_sorry(
    someone: TestBot, said: str
) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "can bring relief" in replies and "I'm so sorry" not in replies


@pytest.mark.parametrize(
    "said", ["scan results came back, its ms", "the doctor said i have cancer"]
)
def test_hard_news_of_an_illness_is_still_met_with_sorry(someone: TestBot, said: str) -> None:
    someone.onboard()
    assert "I'm so sorry" in someone.say(said)


@pytest.mark.parametrize(
    "said",
    [
        "so nervous, my first day at the new job tomorrow",
        "im so nervous about my driving test tomorrow",
        "bit anxious about my interview on monday",
    ],
)
def test_nerves_before_a_big_day_are_heard_not_scored(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "Nerves before something like that are so normal" in replies
    assert "1 (really low) to 10" not in replies and "horrible to sit with" not in replies


def test_what_worries_them_next_is_listened_to(someone: TestBot) -> None:
    someone.onboard()
    someone.say("so nervous, my first day at the new job tomorrow")
    replies = someone.say("just worried ill mess up")
    assert "1 (really low) to 10" not in replies and "not sure I understood" not in replies


def test_a_threat_tonight_is_not_nerves(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("im scared about what he'll do when he gets home tonight")
    assert "so normal" not in replies and "hurting or threatening you" in replies


@pytest.mark.parametrize("said", ["ta-ra", "ta ra x", "ta ra love", "toodles", "gotta bounce"])
def test_a_uk_or_us_goodbye_is_said_back(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "Take care" in replies and "small wellbeing bot" not in replies


@pytest.mark.parametrize("said", ["wait what", "huh?", "sorry what"])
def test_puzzled_is_met_with_sorry_i_wasnt_clear(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "I wasn't clear" in replies and "quite a surprise" not in replies


@pytest.mark.parametrize(("said", "heard"), [("hmm", "What's on your mind?"), ("omg", "Tell me!")])
def test_a_one_word_reaction_is_met_as_one(someone: TestBot, said: str, heard: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert heard in replies and "quite a surprise" not in replies


@pytest.mark.parametrize(
    "said",
    [
        "great, just great. my car got clamped",
        "well that's just perfect, my flight got cancelled",
        "oh joy, another 12 hour shift",
        "yay another monday",
    ],
)
def test_gladness_said_sarcastically_is_heard_as_frustration(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "the last thing you needed" in replies
    assert "Glad to hear it" not in replies and "lovely to hear" not in replies


@pytest.mark.parametrize("said", ["oh great news, i got the job", "i got the job!!"])
def test_gladness_said_plainly_is_still_glad(someone: TestBot, said: str) -> None:
    someone.onboard()
    assert "the last thing you needed" not in someone.say(said)


@pytest.mark.parametrize(
    "said", ["my mum got the all clear from cancer 😭", "my dad's finally out of hospital"]
)
def test_a_worry_lifted_is_a_relief(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "what a relief" in replies and "ongratulations" not in replies


def test_still_in_hospital_is_no_relief(someone: TestBot) -> None:
    someone.onboard()
    assert "what a relief" not in someone.say("my dad is still in hospital")


@pytest.mark.parametrize(
    "said", ["ok so long story", "so basically", "you wont believe what happened"]
)
def test_a_story_begun_is_listened_to(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "Go on, I'm listening" in replies and "1 (really low) to 10" not in replies


def test_news_promised_is_asked_for_then_shared(someone: TestBot) -> None:
    someone.onboard()
    assert "What's happened?" in someone.say("got some good news today")
    replies = someone.say("i got a pay rise")
    assert "1 (really low) to 10" not in replies and "Thanks for telling me" not in replies


@pytest.mark.parametrize("said", ["how was your day", "hows ur weekend been"])
def test_their_day_asked_about_is_answered(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "thanks for asking" in replies and "lovely to hear" not in replies


@pytest.mark.parametrize("said", ["ily", "you're so sweet", "love you bot x"])
def test_fondness_is_thanked(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "kind of you" in replies
    assert "Good to hear from you" not in replies and "You're welcome" not in replies


def test_back_after_brb_is_welcomed(someone: TestBot) -> None:
    someone.onboard()
    someone.say("brb")
    replies = someone.say("back")
    assert "What's on your mind?" in replies and "not sure I understood" not in replies


def test_a_baby_with_doubts_is_heard_as_both(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("we're having a baby but i'm not sure i'm ready")
    assert "feel both at once" in replies and "lovely to hear" not in replies


@pytest.mark.parametrize("said", ["fml", "bruh", "ugh"])
def test_exasperation_in_a_word_is_asked_about(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "one of those days" in replies
    assert "Good to hear from you" not in replies and "small wellbeing bot" not in replies


def test_what_happened_after_exasperation_is_listened_to(someone: TestBot) -> None:
    someone.onboard()
    someone.say("fml")
    replies = someone.say("my boss just moved my deadline to tomorrow")
    assert "1 (really low) to 10" not in replies and "listening" in replies


@pytest.mark.parametrize("said", ["lmaooo", "lolll"])
def test_a_drawn_out_laugh_is_a_laugh(someone: TestBot, said: str) -> None:
    someone.onboard()
    assert "made you smile" in someone.say(said)


def test_can_i_tell_you_something_is_listened_to(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("can i just tell you something")
    assert "Go on, I'm listening" in replies and "Here's what I can do" not in replies


def test_a_good_day_read_as_sad_is_glad(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("no cap today was actually good")
    assert "lovely to hear" in replies and "sorry" not in replies


def test_big_news_in_slang_is_congratulated(someone: TestBot) -> None:
    someone.onboard()
    assert "ongratulations" in someone.say("y'all i just got promoted")


@pytest.mark.parametrize("said", ["my ex got engaged", "my ex is pregnant"])
def test_an_exs_news_can_sting(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "can really sting" in replies and "ongratulations" not in replies


def test_coming_out_met_with_love_is_glad(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("i finally told my mum i'm gay and she was amazing about it")
    assert "so glad it went well" in replies


@pytest.mark.parametrize(
    "said", ["my cat's been missing for 3 days", "our dog ran off on the walk this morning"]
)
def test_a_missing_pet_is_a_worry_with_what_helps(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "so worrying" in replies and "1 (really low) to 10" not in replies


def test_what_do_you_think_mid_story_gets_a_thought_back(someone: TestBot) -> None:
    someone.onboard()
    someone.say("so basically")
    someone.say("my mum and i had a massive row")
    someone.say("she said i'm a disappointment")
    replies = someone.say("what do you think")
    assert "makes sense that this got to you" in replies
    assert "small wellbeing bot" not in replies


def test_wait_what_do_you_mean_is_met_with_sorry_i_wasnt_clear(someone: TestBot) -> None:
    someone.onboard()
    assert "I wasn't clear" in someone.say("wait what do you mean")


@pytest.mark.parametrize(
    "said", ["nervous about the funeral tomorrow", "dreading my grandads funeral on friday"]
)
def test_a_funeral_ahead_is_met_as_the_loss_it_is(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "Funerals are so hard" in replies and "1 (really low) to 10" not in replies


def test_who_the_funeral_is_for_is_heard_as_part_of_the_loss(someone: TestBot) -> None:
    someone.onboard()
    someone.say("nervous about the funeral tomorrow")
    replies = someone.say("its for my uncle")
    assert "not something I can help with" not in replies and "Grief" in replies
