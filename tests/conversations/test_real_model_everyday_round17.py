"""Round seventeen: everyday conversation. Good news told with shaking hands, happy tears or
nerves beside the excitement is met as good news."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


@pytest.mark.parametrize(
    "said",
    [
        "im literally shaking i got into uni",
        "crying happy tears i got the job",
        "im so nervous but excited, wedding is tomorrow",
        "im terrified but so excited we're having a baby",
        "excited but nervous! we got the keys to our first house",
        "im shaking i got accepted into med school",
        "my little boy took his first steps today 😭❤️",
    ],
)
def test_good_news_with_shaking_tears_or_nerves_is_good_news(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "ongratulations" in replies
    assert "1 (really low) to 10" not in replies and "stressful" not in replies


def test_nerves_beside_the_excitement_are_said_to_be_normal(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("im so nervous but excited, wedding is tomorrow")
    assert "Nervous and excited at the same time is completely normal" in replies


def test_thanks_after_shaking_good_news_shares_the_joy(someone: TestBot) -> None:
    someone.onboard()
    someone.say("im shaking i got into uni")
    assert "so happy for you" in someone.say("thank you!!")


@pytest.mark.parametrize(
    "said",
    [
        "shaking, i got into uni but i cant afford to go",
        "im shaking, my ex got engaged",
        "crying my eyes out i didnt get the job",
    ],
)
def test_shaking_with_something_against_the_news_is_not_congratulated(
    someone: TestBot, said: str
) -> None:
    someone.onboard()
    assert "ongratulations" not in someone.say(said)


def test_a_first_message_of_shaking_good_news_is_not_met_with_sorry(someone: TestBot) -> None:
    first = someone.say("im literally shaking i got into uni")
    assert "sorry you're going through" not in first and "congratulations" in first
    assert "Congratulations" in someone.say("yes")


@pytest.mark.parametrize("said", ["gn", "night x", "nite nite", "night night, thanks for today"])
def test_a_goodnight_is_said_back_as_one(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert replies.startswith("Good night") and "sleep well" in replies
    assert "went wrong" not in replies


@pytest.mark.parametrize("said", ["speak tomorrow", "chat tomorrow"])
def test_speak_tomorrow_is_a_goodbye(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "Take care" in replies and "How are you feeling today?" not in replies


@pytest.mark.parametrize("said", ["brb", "one sec", "hang on", "hold on a sec", "gimme a min"])
def test_a_moment_asked_for_is_waited_for(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "I'll be here when you're back" in replies
    assert "not sure I understood" not in replies and "small wellbeing bot" not in replies


@pytest.mark.parametrize("said", ["can i get a therapist through this", "do you offer counselling"])
def test_therapy_asked_of_us_is_answered_not_handed_over(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "no therapists or counsellors here" in replies and "Talking Therapies" in replies
    assert "asked someone from our team to join" not in replies


def test_do_real_people_read_this_is_answered(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("do real people read this")
    assert "support team can read a conversation" in replies
    assert "not sure I understood" not in replies


@pytest.mark.parametrize(
    ("said", "heard"),
    [
        (
            "my manager had a go at me in front of everyone today and i just sat there. i do "
            "more than anyone on that team and nobody notices",
            "Work sounds",
        ),
        (
            "exams start monday and i havent revised nearly enough, i keep sitting down and "
            "then scrolling for hours",
            "pressure to study under",
        ),
        (
            "he ended it last night after 4 years. just like that. said he doesnt love me anymore",
            "A breakup hurts so much",
        ),
        (
            "me and my gf split up last week and i cant stop thinking about her",
            "A breakup hurts so much",
        ),
        (
            "i moved here for work and i literally dont know anyone. weekends are the worst, i "
            "dont speak to a single person",
            "Feeling that alone is really hard",
        ),
        (
            "rent went up again and im basically working just to pay bills, theres nothing left "
            "at the end of the month",
            "Money worries are exhausting",
        ),
        (
            "my flatmate never cleans up and i'm the one who always ends up doing it, it's "
            "driving me mad",
            "Living with that day in, day out",
        ),
        (
            "my sister said some really hurtful stuff about me to my mum and now theyre both "
            "ignoring me",
            "Things with family can be so hard",
        ),
        (
            "my best friend didnt invite me to her birthday and i only found out on instagram",
            "when things go wrong with friends",
        ),
        (
            "my boyfriend and i keep arguing about the same stuff and im so tired of it",
            "hard with someone you love",
        ),
    ],
)
def test_a_hard_telling_is_said_back_in_its_own_terms(
    someone: TestBot, said: str, heard: str
) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert heard in replies
    assert "1 (really low) to 10" not in replies and "sleep diary" not in replies


def test_more_of_the_story_is_not_met_with_the_same_line_again(someone: TestBot) -> None:
    someone.onboard()
    someone.say(
        "my manager had a go at me in front of everyone today and i just sat there. i do "
        "more than anyone on that team and nobody notices"
    )
    replies = someone.say("and then he sent an email to the whole team about deadlines")
    assert "Work sounds like" not in replies


def test_nothing_seems_to_work_is_not_about_a_job(someone: TestBot) -> None:
    someone.onboard()
    assert "Work sounds like" not in someone.say("nothing seems to work and i feel awful")


@pytest.mark.parametrize(
    ("said", "heard"),
    [
        ("sorry only just seen this, been a mad day", "sounds like a full-on day"),
        ("sorry just seeing this! today was actually really good", "glad today was a good one"),
        ("soz was at work", "No worries at all"),
        ("sorry missed this", "No worries at all"),
    ],
)
def test_a_late_reply_to_a_check_in_reminder_gets_the_check_in(
    someone: TestBot, said: str, heard: str
) -> None:
    someone.onboard()
    someone.say("remind me to check in in 5 minutes")
    assert "Time for your check-in" in "\n".join(someone.tick(minutes=7))
    someone.tick(hours=4)
    replies = someone.say(said)
    assert heard in replies and "1 (really low) to 10" in replies
    assert "Thanks for telling me. How are you feeling today?" not in replies
    assert "What words would you use" in someone.say("6")


@pytest.mark.parametrize("said", ["how do i get my ex back", "how can i make him come back"])
def test_how_to_win_someone_back_is_met_as_heartbreak(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "heartbreak really hurts" in replies and "not something I can help with" not in replies


@pytest.mark.parametrize("said", ["content i guess", "calm i think", "pretty happy tbh"])
def test_a_glad_word_with_a_hedge_is_not_met_as_hard(someone: TestBot, said: str) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say("7/10")
    replies = someone.say(said)
    assert "That sounds hard" not in replies
    assert "hasn't all been easy" not in someone.say("had a nice dinner with my sister")


def test_honestly_dont_know_at_the_score_question_is_helped_not_ended(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    replies = someone.say("honestly dont know")
    assert "low (1–3), middling (4–6) or good (7–10)" in replies
    assert "Let's leave that for now" not in replies


def test_cheated_on_and_still_in_love_is_heartbreak_not_glad(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("he cheated and i still love him")
    assert "A breakup hurts so much" in replies and "Glad to hear it" not in replies


def test_a_breakup_told_with_relief_is_not_met_with_sorry(someone: TestBot) -> None:
    someone.onboard()
    assert "A breakup hurts" not in someone.say("we broke up and honestly im relieved")


def test_nerves_and_excitement_before_a_big_day_are_met_gladly(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("i'm so nervous but excited, first day at uni tomorrow!")
    assert "How exciting" in replies and "1 (really low) to 10" not in replies


def test_a_child_who_smashed_their_results_is_good_news(someone: TestBot) -> None:
    someone.onboard()
    assert "congratulations" in someone.say("my son got his gcse results and he smashed it!!")


@pytest.mark.parametrize(
    "said", ["what are your opening hours", "can i text you at 3am", "do you work weekends"]
)
def test_when_we_can_be_texted_is_answered(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "I'm here any time, day or night" in replies
    assert "remind you" not in replies and "not sure I understood" not in replies


def test_can_my_friend_use_this_is_answered(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("can my friend use this too")
    assert "Anyone can text this number" in replies and "Here's what I can do" not in replies


def test_is_this_only_for_the_uk_is_answered(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("is this only for the uk")
    assert "the helplines I suggest follow the country" in replies


def test_what_languages_do_you_speak_is_answered(someone: TestBot) -> None:
    someone.onboard()
    assert "only read and write English" in someone.say("what languages do you speak")


def test_any_good_therapists_near_them_is_where_to_find_one(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("do you know any good therapists in leeds")
    assert "Talking Therapies" in replies and "not something I can help with" not in replies


@pytest.mark.parametrize(
    "said",
    [
        "hello? who is this",
        "um hi, who am i talking to",
        "so what is this exactly",
        "i got a text from this number?",
        "hey someone at my gp surgery said to text this",
    ],
)
def test_who_we_are_asked_after_a_hello_is_answered(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "This is MindLink" in replies and "Good to hear from you" not in replies
    assert "not something I can help with" not in replies and "Here's what I can do" not in replies


def test_parents_divorcing_is_not_their_own_breakup(someone: TestBot) -> None:
    someone.onboard()
    assert "A breakup hurts" not in someone.say("my parents are getting divorced")


def test_idk_while_telling_us_is_lost_for_words_not_unsure_of_breathing(
    someone: TestBot,
) -> None:
    someone.onboard()
    someone.say("i need to rant")
    someone.say("my sister is getting married and she didnt ask me to be a bridesmaid")
    someone.say("everyone else in the family is in it")
    replies = someone.say("idk")
    assert (
        "you don't need the right words" in replies and "a minute of slow breathing" not in replies
    )


def test_a_late_reply_to_a_nudge_gets_the_check_in(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say("7")
    someone.say("good")
    someone.say("no")
    nudged = "\n".join(someone.tick(days=4))
    assert "7/10" in nudged
    replies = someone.say("hey sorry been mad busy")
    assert "sounds like a full-on day" in replies and "1 (really low) to 10" in replies
    assert "Good to hear from you" not in replies
    assert "What words would you use" in someone.say("5")


@pytest.mark.parametrize(
    ("said", "heard"),
    [
        ("i finally quit smoking, 30 days today", "congratulations"),
        ("i got a first in my degree, cant believe it", "Congratulations"),
        ("im crying i got the job", "Congratulations"),
        ("my dog came home after 2 days missing 😭😭😭", "what a relief"),
    ],
)
def test_news_told_with_disbelief_or_tears_is_met_gladly(
    someone: TestBot, said: str, heard: str
) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert heard in replies and "1 (really low) to 10" not in replies


@pytest.mark.parametrize(
    "said",
    [
        "i got the job but im crying because my dad isnt here to see it",
        "he came home after work and shouted at me",
    ],
)
def test_tears_or_home_with_something_hard_are_not_congratulated(
    someone: TestBot, said: str
) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "ongratulations" not in replies and "what a relief" not in replies


def test_a_complaint_read_as_glad_is_not_lovely_to_hear(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("its so hot today i cant sleep")
    assert "lovely to hear" not in replies and "frustrating" in replies
    someone.as_("+447400999111").onboard()
    assert "lovely to hear" in someone.as_("+447400999111").say("just had the best cup of tea")


@pytest.mark.parametrize("said", ["thank you! night night", "thanks hun, night x"])
def test_thanks_with_a_goodnight_is_a_goodnight(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "Good night" in replies and "Anything else I can do?" not in replies


@pytest.mark.parametrize(
    "said",
    ["no thats all thanks", "nope im good thanks", "thats everything ty", "all good now thanks"],
)
def test_nothing_more_wanted_is_a_goodbye(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "Take care" in replies
    assert "number from the list" not in replies and "lovely to hear" not in replies


def test_no_thats_all_thanks_at_the_note_question_still_saves_the_check_in(
    someone: TestBot,
) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say("6")
    someone.say("ok")
    assert "saved" in someone.say("no thats all thanks")


def test_tensed_about_an_interview_is_not_met_as_glad(someone: TestBot) -> None:
    person = someone.as_("+919812345678").onboard()
    replies = person.say(
        "hello, good evening. i am feeling very tensed about my job interview tomorrow"
    )
    assert "Glad to hear it" not in replies and "Nerves before something like that" in replies


def test_are_you_recording_this_is_about_privacy(someone: TestBot) -> None:
    someone.onboard()
    assert "stored encrypted" in someone.say("are you recording this")


@pytest.mark.parametrize("said", ["do i need to download anything", "is there an app"])
def test_nothing_to_download_is_said(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "nothing to download" in replies and "Here's what I can do" not in replies


def test_texting_with_no_reason_is_welcomed_not_scored(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("i dont really know why im texting")
    assert "you don't need a reason to text" in replies and "1 (really low) to 10" not in replies
    assert "Work sounds" in someone.say(
        "work has been really getting me down and i dont know what to do about it anymore"
    )
