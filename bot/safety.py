"""Safety first: on every message, before any flow, whatever flow is active, `assess`
decides whether it needs the safety answer, and which one.

crisis (model or explicit words) ──▶ the crisis answer: helpline, flag, offer of a person
doubtful ──▶ a direct, caring question
someone else at risk ──▶ third_party (help for the one they worry about)
none ──▶ the message is answered as itself

The model's crisis reading is combined with the words of `bot.safety_words`; recall comes
first. The conversation once the answer is given (replies, follow-ups, handing over) is
`bot.crisis`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from bot import safety_words
from bot.keywords import asks_to_stop
from bot.languages import fine_abroad, written_in
from bot.routing import ABOUT_US, NUDGES_OFF, is_mash, keyword_action, service_topic
from bot.safety_words.crisis import survivor_guilt
from bot.safety_words.everyday import (
    cant_manage_it,
    coping_that_helps,
    falling_short_only,
    forgets_medicine,
    just_telling,
    looking_forward,
    medicine_mishap,
    meds_reminder_not_needed,
    not_known_by_them,
    racing_mind_only,
    someone_close_ill,
    stopped_own_medicine,
    telling_news_worry,
    wonders_about_a_diagnosis,
    worse_on_new_medicine,
)
from bot.safety_words.explained import denies_harm_only
from bot.topics import STORY_START, care_not_helping

if TYPE_CHECKING:
    from nlu import Parse


@dataclass(frozen=True)
class Assessment:
    """How worried to be about one message."""

    level: str  # "crisis" | "doubt" | "third_party" | "none"
    kind: str | None = None
    past: bool = False  # told as the past ("years ago, i'm better now")
    faint: bool = False  # only a faint model score: a "no" lets the message be answered as such


# A model crisis score this high is not explained away by words alone (see `assess`).
SURE_SCORE = 0.9
# Their care said not to help, in a message this short: "my therapist isnt helping".
CARE_TALK_WORDS = 15
# How to do an exercise, asked: "can i do it with my eyes closed?", "can i do this lying down".
HOW_TO_DO = re.compile(
    r"\b(?:eyes (?:closed|shut|open)|lying down|lie down|sitting(?: down| up)?|sit down|standing"
    r"(?: up)?|in bed|at (?:my )?(?:desk|work)|out loud|with music|on the (?:bus|train)|while "
    r"(?:walking|driving))\b",
    re.IGNORECASE,
)
# Emotions in which a faint crisis score, with no doubtful word, is not asked about. Of every
# hand-written message met with a faint question, none labelled a crisis was read as these.
CALM_READINGS = frozenset({"joy", "neutral"})
# A message this long, read as a crisis with a sure score, tells a story around a danger.
STORY_WORDS = 25
PLAIN_REQUESTS = frozenset(
    {
        "set_reminder",
        "list_reminders",
        "cancel_reminder",
        "breathing_request",
        "sleep_help",
        "checkin_request",
        "export_data",
        "delete_data",
    }
)


# Our features asked for in so many words: a faint reading does not stand in their way.
FEATURE_ACTIONS = frozenset(
    {
        "action_start_checkin",
        "action_start_breathing",
        "action_start_sleep",
        "action_sleep_diary",
        "action_set_reminder",
    }
)


# Whether we are a bot, asked in this many words or fewer, is only that question.
BOT_ASKED_WORDS = 8


def assess(text: str, parse: Parse, settings: dict[str, Any]) -> Assessment:
    """Combine the model's crisis signal with explicit words; recall comes first."""
    if safety_words.quoting_a_song(text):
        # a lyric quoted about a song: asked gently, and a "no" gets the message answered
        return Assessment("doubt", "quote", faint=True)
    if denies_harm_only(text):
        # "no i dont want to hurt myself", "no im not going to actually punch anything lol":
        # the harm named only to say no to it; a "but", an "anymore" or a time is read as said
        return Assessment("none")
    words_kind = safety_words.crisis_kind(text)
    if words_kind == "suicidal" and safety_words.laughing_hyperbole(text):
        # "i want to die lol 😂": asked gently, not the full answer; a "no" is answered as said
        return Assessment("doubt", faint=True)
    if (words_kind == "suicidal" or (parse.crisis and not words_kind)) and (
        safety_words.wants_a_break(text)
    ):
        # "i wish i could just disappear for a while and go somewhere quiet": asked gently
        return Assessment("doubt", "suicidal", faint=True)
    if words_kind == "abuse" and safety_words.laughing_threat(text):
        # "lol my sister is going to strangle me for borrowing her dress": asked gently
        return Assessment("doubt", "abuse", faint=True)
    if words_kind:
        return Assessment("crisis", _now_or(words_kind, text))
    if safety_words.tells_us_to_die(text):
        # "kys", at us: anger, or their own pain turned outward? asked once, gently
        return Assessment("doubt", "aimed")
    if safety_words.runs_away(text):
        # "im 14 and i want to run away": asked whether they are safe and whether they have
        # thoughts of hurting themselves, with a line for young people who run away
        return Assessment("doubt", "runaway")
    if safety_words.out_of_it_all(text):
        # "i want to run away from everything": a wish to be gone, asked about directly
        return Assessment("doubt", "suicidal")
    if STORY_START.match(text):
        # "please dont judge me", "i have something to confess", alone: what comes next is
        # read as it is told; the opening is met with an open door, not a question about harm
        return Assessment("none")
    if safety_words.prepared(text):  # "haha guess who's got a noose in the wardrobe"
        return Assessment("crisis", _now_or("suicidal", text))
    if (
        parse.crisis
        and parse.crisis_kind == "danger"
        and safety_words.phone_is_watched(text)
        and not safety_words.urgent_now(text)
        and not safety_words.abuse_now(text)
    ):  # "he'll see this if he checks my phone": watched by someone, not in danger this minute
        return Assessment("crisis", "abuse")
    if safety_words.make_it_stop(text):
        # "can you make it stop", alone: our messages, or distress? asked what, gently
        return Assessment("doubt", "stop")
    if (
        parse.crisis_score < SURE_SCORE
        and len(text.split()) <= CARE_TALK_WORDS
        and care_not_helping(text)
        and not safety_words.is_doubtful(text)
        and not safety_words.harm_told(text)
    ):  # "my counsellor doesnt listen to me", "my cbt sessions are pointless": their care
        # not helping, heard as that (a wish to die told with it keeps its reading)
        return Assessment("none")
    # The words below explain a message away (a game, a medicine question, a break-up). In a
    # story long enough to tell around a danger the model hears with near certainty they do
    # not count at all ("got evicted today... there's a high bridge near the station and i'm
    # going to walk there"). In a short message the model is sure of, a question about
    # medicine or about us is asked about before it is answered ("i've been drinking and
    # took some pills"), and so is a hard day in which the model hears a wish to die ("i hope
    # the cancer comes back, then i wont have to do it myself"); a heartbreak it hears as
    # abuse ("he cheated on me and left") is not.
    sure = parse.crisis and parse.crisis_score >= SURE_SCORE
    told_around = told_around_a_danger(text, parse)
    question = Assessment("doubt", parse.crisis_kind, faint=True)
    ask_if_sure = question if sure and parse.crisis_kind != "abuse" else Assessment("none")
    ask_if_wish = question if sure and parse.crisis_kind == "suicidal" else Assessment("none")
    # ... and heartbreak that "hurts", which the model is sure hides harm to themselves
    inward = parse.crisis_kind == "self_harm" and safety_words.harm_told(text)
    ask_if_inward = question if sure and inward else ask_if_wish
    if is_mash(text):
        return Assessment("none")  # "jfkdlsjfkdsl;a": keyboard mashing, met with the fallback
    lived = safety_words.lived_topics(text)
    if lived and safety_words.wishes_to_be_dead(text) and not safety_words.is_doubtful(text):
        # "lost all my money gambling again ... i'd rather be dead than tell her": the trouble
        # is met as what it is once a "no" is given, but the wish is asked about first
        return Assessment("doubt", "suicidal", faint=True)
    if (
        not told_around
        and not safety_words.is_doubtful(text)
        and any(
            name != "coming_out"
            or not (safety_words.harm_told(text) or safety_words.kept_or_controlled(text))
            for name in lived
        )
    ):  # "if i dont check the oven 20 times something bad will happen", "12 days sober and the
        # cravings are unreal", "i came out to my mum", old scars, too much weed: met as what
        # they are, not a crisis, however sure the model is
        return Assessment("none")
    topic = service_topic(text)  # what of ours the message is about, if anything
    if (
        not told_around
        and topic == "carers"
        and parse.crisis_score < float(settings["crisis"]["clarify_score"])
        and safety_words.only_cant_cope(text)
    ):  # "im a carer and so exhausted i cant cope, is there any support for carers": answered
        return Assessment("none")
    if not told_around and meds_reminder_not_needed(text):
        return Assessment("none")  # "i dont need the meds reminder anymore, i stopped them"
    if not told_around and medicine_mishap(text):
        return Assessment("none")  # "i dropped my pills down the sink": the pharmacy, answered
    if not told_around and stopped_own_medicine(text):
        return Assessment("none")  # "i came off my antidepressants last week": the prescriber
    if (
        topic == "bot"
        and len(text.split()) <= BOT_ASKED_WORDS
        and not safety_words.is_doubtful(text)
        and not safety_words.urgent_now(text)
    ):  # "is this a real person texting me", asked alone: answered, not asked about danger
        return Assessment("none")
    if (
        not told_around
        and topic in ABOUT_US
        and not safety_words.is_doubtful(text)
        and not safety_words.urgent_now(text)  # "i'm drunk and i have pills in front of me"
        # "is this the crisis line? my daughter just told me she's been cutting": her, first
        and not (safety_words.is_third_party(text) and len(text.split()) > 8)
    ):
        # "will you tell the police?", "is it safe to take xanax i bought online": answered
        return ask_if_sure
    if parse.crisis and safety_words.misread_told(text):
        return Assessment("none")  # "no i'm not suicidal lol, it's for my exam"
    if safety_words.sexual_violence(text) and not safety_words.is_third_party(text):
        return Assessment("crisis", "abuse")  # "i was groped on the tube today"
    if safety_words.adult_partner_of_a_child(text) and not safety_words.is_third_party(text):
        return Assessment("crisis", "abuse")  # "im 15 and my boyfriend is 24"
    if safety_words.trusted_adult_reaching_privately(text) and not safety_words.is_third_party(
        text
    ):  # "my teacher keeps messaging me on snap": signs of grooming, never explained away
        return Assessment("crisis", "abuse")
    if parse.crisis and not told_around and safety_words.harmless_only(text):
        return Assessment("none")  # "i overdosed on chocolate at easter"
    if parse.crisis and not told_around and safety_words.about_a_game(text):
        return Assessment("none")  # "accidentally killed myself in minecraft"
    if parse.crisis and not sure and safety_words.about_sport(text):
        # "the leafs blew a 3-1 lead again. i'm done": asked gently, not the full answer
        return Assessment("doubt", parse.crisis_kind, faint=True)
    if parse.crisis and not told_around and safety_words.broken_into_only(text):
        return Assessment("none")  # "someone broke into my car last week": a loss, met as one
    if parse.crisis and not told_around and safety_words.pet_bit_them(text):
        return Assessment("none")  # "my dog bit me and it's bleeding a bit"
    if parse.crisis and not told_around and safety_words.pet_ate_something(text):
        return Assessment("none")  # "my dog ate some of my ibuprofen": the vet, not a crisis
    if safety_words.a_subject_only(text):
        # news, study or a storyline: "coroner records a conclusion of suicide", "anomic suicide";
        # asked about only when the model reads more than that in it
        return _asked_if_sure(parse, settings)
    if safety_words.not_their_own(text):
        # a story's character, a patient on the ward: asked about only when the model reads
        # more than that in it
        return _asked_if_sure(parse, settings)
    if not told_around and safety_words.mishap_to_someone_else(text):
        return Assessment("none")  # "he fell down the stairs", "they say he might not walk"
    if safety_words.lingering_ailment(text):
        return Assessment("none")  # "this cough wont go away": an ailment, not a wish to go
    if safety_words.sore_body(text):
        return Assessment("none")  # "my throat is on fire": sore, not in flames
    if not told_around and safety_words.glad_or_settling(text):
        return Assessment("none")  # "i want to keep this feeling forever", "winding down"
    if not told_around and safety_words.just_wants_to_talk(text):
        return Assessment("none")  # "i dont need a helpline i just want to talk"
    if not told_around and safety_words.nostalgia_only(text):
        return Assessment("none")  # "i really wish i could go back to those days"
    if not told_around and safety_words.ends_a_relationship(text):
        return Assessment("none")  # "thinking about ending things with my boyfriend"
    if not told_around and safety_words.everyday_grumble(text):
        return Assessment("none")  # "and the landlord wont fix the boiler", "sorry this is a lot"
    if parse.crisis and not told_around and safety_words.worn_down_only(text):
        # "honestly just one thing after another", "i have nobody to talk": asked gently, not
        # the full answer, however sure the model is; a "no" gets the message answered. Asked
        # about thoughts of ending their life, whatever kind the model read: loneliness and
        # hardship are not someone hurting them
        return Assessment("doubt", "suicidal", faint=True)
    if safety_words.everyday_body_only(text):
        return Assessment("none")  # "i keep coughing", "the hold makes me feel dizzy"
    if parse.crisis_score < SURE_SCORE and safety_words.coping_didnt_help(text):
        return Assessment("none")  # "i tried meditating but it didnt help": asked what next
    if not told_around and safety_words.pregnancy_shock(text):
        return Assessment("none")  # "the test was positive and im not ready": met as news
    if not told_around and safety_words.pregnancy_feared_told(text) and not parse.crisis:
        # "im pregnant and terrified of how he'll react": asked gently whether anyone hurts them
        return Assessment("doubt", "abuse", faint=True)
    if parse.crisis and safety_words.afraid_for_their_health(text):
        # "terrified it's cancer": asked, not the full answer
        return Assessment("doubt", faint=True)
    if safety_words.tells_a_loss(text) and safety_words.wants_to_follow_them(text):
        return Assessment("doubt")  # "my brother died last year and i want to be with him"
    if safety_words.tells_a_loss(text) and survivor_guilt(text):
        return Assessment("doubt", "suicidal")  # "since mum died i think it should have been me"
    if safety_words.lost_to_suicide(text) and not safety_words.is_third_party(text):
        # "my brother killed himself last year": their grief, asked about only when the
        # model reads more than the loss in it
        return _asked_if_sure(parse, settings)
    if parse.crisis and not told_around and safety_words.ASKS_WHAT_WE_DO.match(text):
        return Assessment("none")  # "wot can u do fam"
    if parse.crisis and not told_around and safety_words.only_an_idiom(text):
        return Assessment("none")  # "my mate hit me up last night"
    if parse.crisis_kind == "abuse" and not told_around and safety_words.affection_only(text):
        return Assessment("none")  # "dad hugged me for the first time in years"
    if safety_words.busy_right_now(text):
        return Assessment("none")  # "cant rn im driving": busy this minute, not in danger
    if safety_words.stepping_away(text):
        return Assessment("none")  # "someone at the door brb": back in a moment
    if parse.crisis and not told_around and safety_words.explained_noise(text):
        return Assessment("none")  # "i heard footsteps upstairs, my flatmate is home"
    if parse.crisis and not told_around and safety_words.an_errand_for_us(text):
        return Assessment("none")  # "text my boyfriend for me and say im running late"
    if parse.crisis and not told_around and safety_words.a_creature_only(text):
        return Assessment("none")  # "theres a massive spider in my room help"
    if parse.crisis and not told_around and safety_words.savings_question_only(text):
        return Assessment("none")  # "what to do with my life savings, isa or pension?"
    if parse.crisis and not told_around and safety_words.meds_not_yet(text):
        return Assessment("none")  # "havent taken them yet, ill do it after dinner"
    if parse.crisis and not told_around and safety_words.what_matters_most(text):
        return Assessment("none")  # "nothing matters more than family": held dear, not despair
    if parse.crisis and not told_around and safety_words.everyday_plan(text):
        return Assessment("none")  # "ive been thinking about changing jobs"
    if parse.crisis and not told_around and racing_mind_only(text):
        return Assessment("none")  # "idk my mind just wont stop": a mind that won't settle
    if parse.crisis and not told_around and telling_news_worry(text):
        return Assessment("none")  # "dunno what im gonna tell my wife", after losing a job
    if parse.crisis and not told_around and wonders_about_a_diagnosis(text):
        return Assessment("none")  # "i think i have bpd too": a diagnosis wondered about
    if parse.crisis and not told_around and not_known_by_them(text):
        return Assessment("none")  # "he didnt know who i was this morning": dementia, told
    if parse.crisis and not told_around and worse_on_new_medicine(text):
        return Assessment("none")  # "my gp put me on 50mg last week and i feel worse"
    faintly = parse.crisis_score < float(settings["crisis"]["clarify_score"])
    if parse.crisis and not told_around and forgets_medicine(text):
        return Assessment("none")  # "keep forgetting to take my pills": a reminder may help
    if parse.crisis and not told_around and coping_that_helps(text):
        return Assessment("none")  # "writing letters to my younger self. it's helping"
    if parse.crisis and not told_around and cant_manage_it(text):
        # "i just dont know why i cant do it", after a failed test: something not managed,
        # asked about gently; a "no" gets the message answered
        return Assessment("doubt", "suicidal", faint=True)
    if parse.crisis and not told_around and falling_short_only(text):
        return Assessment("none")  # "but im scared i wont be good enough", after a new job
    if not told_around and safety_words.health_relief_only(text):
        return Assessment("none")  # "my dad's finally out of hospital": a relief, met as one
    if not told_around and safety_words.new_start_nerves(text):
        return Assessment("none")  # "i got into uni and im terrified": nerves, heard as that
    if (
        parse.crisis
        and faintly
        and (just_telling(text) or someone_close_ill(text) or looking_forward(text))
    ):
        # "i just needed to tell someone", "i cant right now, my mum is ill": heard as said
        return Assessment("none")
    if parse.crisis and faintly and _asks_how_to(text, parse):
        return Assessment("none")  # "what do i do when i wake up from one", after nightmares
    if parse.crisis and safety_words.in_pain_only(text):
        return Assessment("doubt", "suicidal")  # "im in pain": the body, or more? asked
    if parse.crisis and safety_words.decided_only(text):
        return Assessment("doubt", parse.crisis_kind)  # "so i've decided": asked directly
    # a job named: the model's "abuse" in a message about work is a boss, not a partner
    at_work = parse.crisis_kind == "abuse" and safety_words.about_work(text)
    if (parse.crisis_score < SURE_SCORE or at_work) and safety_words.worn_by_demands_only(text):
        # "i have so much to do and no time to do it": stretched thin, heard as that
        return Assessment("none")
    if parse.crisis and not told_around and safety_words.contacts_a_lot_only(text):
        # "my mum texts me too much": asked gently whether anything more is going on
        return Assessment("doubt", "abuse", faint=True)
    if parse.crisis and not told_around and safety_words.hated_at_home_only(text):
        # "my stepmum hates me": asked gently whether anything more is going on
        return Assessment("doubt", "abuse", faint=True)
    if parse.crisis and not told_around and safety_words.jealous_partner_only(text):
        # "my boyfriend gets jealous when i go out": asked gently whether anything more is
        # going on; a "no" gets the message answered
        return Assessment("doubt", "abuse", faint=True)
    if parse.crisis and not told_around and safety_words.kept_from_going_only(text):
        # "my dad wont let me see my friends", "my parents are so strict": a parent's rules,
        # asked gently whether anything more is going on; a "no" gets the message answered
        return Assessment("doubt", "abuse", faint=True)
    if parse.crisis and not told_around and safety_words.their_drinking_only(text):
        # "my dad drinks every night and its getting worse": asked whether anyone hurts them
        return Assessment("doubt", "abuse")
    if parse.crisis and safety_words.kill_me_as_a_figure(text):
        # "my parents will kill me when they see my grades": asked gently; "he's going to kill
        # me", with nothing to make it a figure of speech, asked straight out
        return Assessment("doubt", "abuse", faint=safety_words.kill_me_said_lightly(text))
    # The model's reading of worry for someone else counts when the words worry too: "my
    # parents are getting divorced" is news of their own
    third = safety_words.is_third_party(text) or (
        parse.crisis_kind == "third_party" and safety_words.worry_for_someone_close(text)
    )
    third = third and not safety_words.about_a_pet(text)  # "my cat is sick and i'm worried"
    # "my mum passed away and i dont know how to deal with it": their grief, not worry for her
    # "my brother overdosed last year and died. today would have been his birthday": grief
    third = third and not (
        (safety_words.tells_a_loss(text) and not safety_words.is_third_party(text))
        or safety_words.grieved_over_time(text)
    )
    if not third and safety_words.cut_off_from_help(text):
        # "she cut up all my clothes and broke my phone so i can't call anyone": abuse, asked
        # about unless the model is sure (then "cut" is not read as harm to themselves)
        return Assessment("crisis" if sure else "doubt", "abuse")
    if not third and safety_words.is_bare_plea(text):
        # "i need help", "help me": asked what is wrong and if it's danger, whatever the model
        # read (a crisis, or a request for the menu)
        return Assessment("doubt", "plea")
    if safety_words.is_everyday_dose(text):
        return Assessment("none")  # "took 2 paracetamol for my headache"
    clarify_at = float(settings["crisis"]["clarify_score"])
    if asks_to_stop(text) and parse.crisis_score < clarify_at:
        return Assessment("none")  # "stop texting me at night": a request, faintly read
    if (
        NUDGES_OFF.search(text)
        and parse.crisis_score < float(settings["crisis"]["confirm_score"])
        and not safety_words.is_doubtful(text)
        and not safety_words.crisis_kind(text)
    ):  # "please dont check in on me anymore": our check-ins turned off, not a goodbye
        return Assessment("none")
    worried = parse.crisis or parse.crisis_score >= clarify_at  # the model, at least doubtful
    sure_enough = parse.crisis_score >= float(settings["crisis"]["confirm_score"])
    if worried and (
        safety_words.is_dose_taken(text) or (safety_words.did_it(text) and not sure_enough)
    ):
        # "i took my tablets", "i've taken them": the usual dose, or too many? asked, not
        # assumed, with the emergency number if it was too many
        return Assessment("doubt", "dose")
    if safety_words.is_milestone(text) and (worried or safety_words.names_self_harm(text)):
        # "6 months self harm free!": glad for them, and asked gently how things are now
        return Assessment("doubt", "milestone", past=True)
    # A plain request the model is sure of ("and one to take my meds every night at 10"), with
    # a crisis score under the clarifying level: the words above still count, a faint score not.
    asked = keyword_action(text)  # "I should like to record how I am feeling today"
    request = parse.crisis_score < clarify_at and (
        (parse.intent in PLAIN_REQUESTS and parse.intent_confidence >= 0.9)
        or (asked in FEATURE_ACTIONS and not safety_words.is_doubtful(text))
    )
    if parse.crisis and not third and not request:
        # A borderline reading, or a crisis told as the past, is asked about directly.
        past = safety_words.told_as_past(text)
        denied = safety_words.denies_crisis(text)  # "it was drinking not self harm": asked
        if safety_words.property_only(text):  # "my roommate is stealing from me": asked
            return Assessment("doubt", parse.crisis_kind, faint=True)
        if safety_words.not_eating_only(text):  # "i haven't eaten in 2 days": asked
            return Assessment("doubt", parse.crisis_kind)
        shouted = safety_words.shouted_at_only(text)
        if shouted == "work" and not told_around:  # "my boss shouted at me": a bad day
            return ask_if_wish
        if shouted == "home" and not told_around:  # "my dad shouted at me": asked, not assumed
            return Assessment("doubt", parse.crisis_kind, faint=True)
        if not told_around and safety_words.everyday_hurt_only(text):
            # "he cheated on me and left", "they said the cancer is back": heard, not asked
            # whether someone is hurting them
            return ask_if_inward
        if safety_words.quit_alone(text):  # "i just want to quit": a job, or more? asked
            return Assessment("doubt", parse.crisis_kind)
        if not told_around and safety_words.lost_in_life_only(text):
            return Assessment("doubt", parse.crisis_kind)  # "idk what to do w my life fr"
        if safety_words.low_mood_only(text) and not safety_words.is_doubtful(text):
            return Assessment("doubt", parse.crisis_kind)  # "i dont enjoy anything anymore"
        # Plainly another language: the model reads English, so its reading alone is asked
        # about ("je suis triste", "main theek hoon", "hallo wie gehts"); a wish to die told
        # in words ("quiero morir", "je veux mourir") has had the full answer above
        unsure_abroad = written_in(text) is not None
        if fine_abroad(text) and not safety_words.is_doubtful(text):
            return Assessment("none")  # "je vais bien merci", "main theek hoon": fine
        unsure = unsure_abroad or parse.crisis_score < float(settings["crisis"]["confirm_score"])
        if past or denied or unsure:
            faint = (parse.crisis_score < clarify_at or unsure_abroad) and not (
                safety_words.is_doubtful(text)
            )
            calm = (
                parse.ekman in CALM_READINGS
                and not safety_words.calm_resolve(text)
                and not safety_words.harm_hinted(text)  # "i took my whole prescription"
            )
            calm = calm or (parse.intent in PLAIN_REQUESTS and HOW_TO_DO.search(text) is not None)
            if faint and calm and not (past or denied):
                # "i really hope it works out", "reading the instructions for a bookshelf": a
                # faint score in a glad or plain message, with no doubtful word, is answered
                return Assessment("none")
            return Assessment("doubt", parse.crisis_kind, past=past, faint=faint)
        return Assessment("crisis", _now_or(parse.crisis_kind or "suicidal", text))
    if not parse.crisis and not third and safety_words.partner_temper_only(text):
        # "my boyfriend gets really angry", read as worry for him: their own home, asked
        # gently whether anyone hurts them; a "no" gets the message answered
        return Assessment("doubt", "abuse", faint=True)
    if third:
        return Assessment("third_party")
    if safety_words.not_eating_only(text) and not request:
        return Assessment("doubt")  # "i haven't eaten in 2 days", however faintly read
    if parse.crisis_score >= clarify_at or safety_words.is_doubtful(text):
        # inside a plain request ("remind me to buy rope and a stool"): a "no" gets it done
        return Assessment("doubt", faint=request)
    return Assessment("none")


def crisis_flag(text: str, parse: Parse, settings: dict[str, Any]) -> bool:
    """Whether the bot treats a message as a possible crisis: it gets the full answer or the
    direct question, or the model reads a crisis in it that no words explain away. This is
    the ``crisis`` that `python -m nlu parse` reports."""
    level = assess(text, parse, settings).level
    return level in ("crisis", "doubt") or (parse.crisis and level != "none")


def _asked_if_sure(parse: Parse, settings: dict[str, Any]) -> Assessment:
    """Crisis words about someone or something else: asked about, gently, only when the model
    is sure of more than that in the message; otherwise answered as said."""
    confirm = float(settings["crisis"]["confirm_score"])
    return Assessment("doubt", faint=True) if parse.crisis_score >= confirm else Assessment("none")


# A question of how to do something: "what do i do when i wake up from one", "how do i get
# back to sleep after".
_HOW_TO = re.compile(
    r"^\W*(?:(?:so|and|but|ok|okay|um+|hmm+)\W+)*(?:what (?:do|should|can|could) i do|how "
    r"(?:do|should|can|could) i)\b",
    re.IGNORECASE,
)
# The model's reading of a request for one of our features, when it is this sure.
HOW_TO_INTENT = 0.75


def _asks_how_to(text: str, parse: Parse) -> bool:
    """How to do something we help with, asked with no word of harm or doubt in it."""
    return (
        parse.intent in PLAIN_REQUESTS
        and parse.intent_confidence >= HOW_TO_INTENT
        and _HOW_TO.search(text) is not None
        and not safety_words.is_doubtful(text)
        and not safety_words.harm_told(text)
    )


def told_around_a_danger(text: str, parse: Parse) -> bool:
    """A story long enough to tell around a danger the model hears with near certainty:
    no word that explains a message away (a break-up, "i dont want advice") counts."""
    return parse.crisis and parse.crisis_score >= SURE_SCORE and len(text.split()) >= STORY_WORDS


def _now_or(kind: str, text: str) -> str:
    """Danger when a plan comes with a close time ("im going to do it tonight"), a place or
    the means at hand ("got the rope in my room rn"), a wound that needs help now, or what
    was meant taken already ("ive taken them already")."""
    now = safety_words.urgent_now(text) or safety_words.did_it(text)
    return "danger" if kind in ("suicidal", "self_harm") and now else kind


# An everyday strain on the body, told just before: "these new shoes are killing my feet",
# "did a 20 mile hike today", "leg day at the gym".
_BODY_CAUSE = re.compile(
    r"\b(?:shoes|boots|heels|trainers|sandals|flip ?flops|hik(?:e|ed|ing)|marathon|half "
    r"marathon|10k|5k|parkrun|running|ran|walk(?:ed|ing)?|gym|workout|leg day|danc(?:e|ed|ing)|"
    r"sunburn\w*|sunbathing|gardening|new job on my feet|on my feet all day)\b",
    re.IGNORECASE,
)
# What that strain leaves: "blisters everywhere", "my heels are so sore".
_BODY_SIGN = re.compile(
    r"\b(?:blisters?|blistered|sore|aching|aches|achy|rubbed|swollen|stiff|peeling|calluses?|"
    r"can'?t walk|cant walk|limping)\b",
    re.IGNORECASE,
)
# A mark that may be their own doing, whatever came before: never explained by the shoes.
_SELF_MARK = re.compile(
    r"\b(?:arms?|wrists?|thighs?|stomach|cut\w*|burn\w*|scars?|blood|bleed\w*|razor|blade|"
    r"on purpose|myself)\b",
    re.IGNORECASE,
)
# How long ago the cause may have been told to explain what follows.
CAUSE_WITHIN = timedelta(minutes=10)
# A sign of strain is told in a few words.
SIGN_WORDS = 8


def strain_told_before(text: str, before: dict[str, str] | None, now: datetime) -> bool:
    """ "blisters everywhere" just after "these new shoes are killing my feet": what an
    everyday strain did to the body, which the model alone hears as self-harm. Never with a
    crisis word, a doubtful word, a wound or a mark on the arms, in this message or that one."""
    if not before or now - datetime.fromisoformat(before["at"]) > CAUSE_WITHIN:
        return False
    first = before["text"]
    if len(text.split()) > SIGN_WORDS or not _BODY_SIGN.search(text):
        return False
    if not _BODY_CAUSE.search(first):
        return False
    for said in (first, text):
        if safety_words.crisis_kind(said) or safety_words.is_doubtful(said):
            return False
        if safety_words.urgent_now(said) or _SELF_MARK.search(said):
            return False
    return True
