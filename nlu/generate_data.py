"""Write nlu/data/generated.yml: template variants used for training only (never evaluated)."""

from __future__ import annotations

import random
from pathlib import Path

FEEL = ["i feel", "i am feeling", "im feeling", "i've been feeling", "feeling", "i feel so",
        "honestly i feel", "i still feel", "i feel really", "i just feel", "i kinda feel",
        "i was feeling", "i felt", "i have been feeling quite", "today i feel", "i'm"]
TAILS = ["", " today", " right now", " about everything", " lately", " when i think about it",
         " after what happened", " and i don't know why", " about work", " with my family",
         " tonight", " this week", " about the whole situation", " because of my exams",
         " since the weekend", " whenever i see him", " at the moment", " again"]

EMOTION_WORDS: dict[str, list[str]] = {
    "angry": ["angry", "furious", "enraged", "mad", "outraged", "livid", "irate", "hostile",
              "bitter", "resentful", "cross", "heated", "raging", "violent inside", "vengeful"],
    "annoyed": ["annoyed", "irritated", "irritable", "agitated", "grumpy", "cranky",
                "peeved", "bothered", "aggravated", "impatient", "snappy", "salty"],
    "frustrated": ["frustrated", "fed up", "stuck", "exasperated", "thwarted", "defeated by this",
                   "sick of it", "done with this", "at the end of my rope"],
    "disgusted": ["disgusted", "sickened", "repulsed", "revolted", "grossed out", "nauseated",
                  "appalled", "dirty", "gross", "disgusting", "contaminated", "vile"],
    "scared": ["scared", "afraid", "terrified", "frightened", "petrified", "fearful", "unsafe",
               "threatened", "paranoid", "horrified", "spooked", "vulnerable"],
    "anxious": ["anxious", "nervous", "worried", "uneasy", "on edge", "jittery", "restless",
                "apprehensive", "tense", "panicky", "shaky", "insecure", "agitated and nervous"],
    "stressed": ["stressed", "overwhelmed", "pressured", "burnt out", "frazzled", "swamped",
                 "stretched thin", "under pressure", "overloaded", "exhausted from stress"],
    "happy": ["happy", "joyful", "cheerful", "delighted", "great", "wonderful", "amazing",
              "glad", "content", "satisfied", "pleased", "elated", "ecstatic", "fantastic",
              "good", "blessed", "lucky", "on top of the world"],
    "amused": ["amused", "entertained", "silly", "giggly", "playful", "tickled"],
    "grateful": ["grateful", "thankful", "appreciative", "blessed to have them",
                 "so thankful for my friends"],
    "loving": ["loved", "loving", "affectionate", "caring", "tender", "romantic", "adored",
               "supported", "cherished", "fond of him", "passionate"],
    "hopeful": ["hopeful", "optimistic", "excited", "eager", "motivated", "inspired",
                "determined", "positive", "enthusiastic", "energetic", "pumped"],
    "proud": ["proud", "accomplished", "confident", "strong", "capable", "successful",
              "triumphant", "brave"],
    "relieved": ["relieved", "calm", "relaxed", "peaceful", "at ease", "safe", "lighter",
                 "soothed", "rested", "serene", "comfortable"],
    "sad": ["sad", "unhappy", "miserable", "depressed", "down", "low", "blue", "hopeless",
            "heartbroken", "empty", "numb", "gloomy", "devastated", "crushed", "worthless",
            "broken", "hurt", "drained", "melancholy", "defeated", "dull", "lost"],
    "lonely": ["lonely", "alone", "isolated", "abandoned", "rejected", "unwanted", "invisible",
               "forgotten", "left out", "unloved", "neglected", "disconnected"],
    "disappointed": ["disappointed", "let down", "discouraged", "disheartened", "deflated",
                     "dissatisfied"],
    "guilty": ["guilty", "ashamed", "embarrassed", "humiliated", "mortified", "remorseful",
               "regretful", "stupid", "awkward", "foolish", "self conscious"],
    "surprised": ["surprised", "shocked", "stunned", "amazed", "astonished", "speechless",
                  "startled", "gobsmacked", "taken aback", "blown away"],
    "confused": ["confused", "puzzled", "baffled", "unsure", "uncertain", "perplexed",
                 "curious", "torn", "mixed up", "lost about what to do"],
}

NEUTRAL = ["i went to {p} today", "i'm going to {p} later", "just got back from {p}",
           "we're meeting at {p} at {t}", "is {p} open at {t}", "i'll be at {p} around {t}",
           "my sister is at {p}", "the bus to {p} leaves at {t}"]
PLACES = ["the shops", "work", "the gym", "school", "my mum's", "the doctor's", "the park",
          "the library", "church", "the station", "uni", "the office"]
TIMES = ["7", "9am", "half 6", "noon", "5pm", "8:30", "quarter to 10", "10pm"]

CRISIS_CORE = {
    "crisis/suicidal": ["want to die", "want to kill myself", "wanna kms", "want to end it all",
                        "don't want to be alive anymore", "want to unalive myself",
                        "am thinking about suicide", "don't want to wake up tomorrow",
                        "feel like ending my life", "can't go on anymore",
                        "think everyone would be better off without me"],
    "crisis/self_harm": ["want to cut myself", "hurt myself again", "cut again tonight",
                         "took a bunch of pills", "want to self harm", "relapsed and cut",
                         "burned myself on purpose", "can't stop hurting myself"],
}
CRISIS_PRE = ["i ", "honestly i ", "ngl i ", "i really ", "sometimes i ", "tbh i ",
              "i just ", "i think i ", "i swear i "]
CRISIS_POST = ["", " tonight", " and i mean it", " i can't take it", " 😔", " please",
               " nobody cares anyway", " i'm so tired", " fr", " idk what to do"]

OOS_Q = ["how do i {v} my {n}", "can you {v} my {n}", "where do i {v} my {n}",
         "what's the best way to {v} my {n}", "help me {v} my {n}"]
OOS_V = ["renew", "pay", "update", "fix", "insure", "sell", "book", "clean", "upgrade", "track"]
OOS_N = ["car", "passport", "phone bill", "visa", "laptop", "parcel", "boiler", "flight",
         "tv licence", "mortgage", "bike", "broadband", "council tax", "gas bill"]

REM_TASK = ["take my meds", "drink water", "call my mum", "go to bed", "stretch", "journal",
            "walk the dog", "eat lunch", "do my breathing", "check in", "take my pills"]
REM_WHEN = ["at 8", "at 7am", "every day at 9pm", "every weekday at 7am", "in 20 minutes",
            "tomorrow at 9", "every monday and thursday at 6:30pm", "tonight at 10",
            "in an hour", "every morning", "at half 7", "on friday at noon"]
REM_FRAME = ["remind me to {task} {when}", "{when} remind me to {task}",
             "can you remind me to {task} {when}", "pls remind me {when} to {task}",
             "set a reminder to {task} {when}", "i need a reminder {when} to {task}"]

MOOD_FRAME = ["{s}/10", "i'd say {s}", "like a {s}", "{s} out of 10", "mood {s}",
              "today is a {s}", "about a {s} today", "honestly {s}/10", "a {s} i guess",
              "i'm at a {s}", "feeling like a {s} out of 10"]


def _lines(rng: random.Random) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for label, words in EMOTION_WORDS.items():
        seen = {f"{rng.choice(FEEL)} {w}{rng.choice(TAILS)}" for w in words for _ in range(4)}
        out[label] = sorted(seen)
    out["neutral"] = sorted({f.format(p=rng.choice(PLACES), t=rng.choice(TIMES))
                             for f in NEUTRAL for _ in range(8)})
    for label, cores in CRISIS_CORE.items():
        out[label] = sorted({rng.choice(CRISIS_PRE) + c + rng.choice(CRISIS_POST)
                             for c in cores for _ in range(6)})
    out["out_of_scope"] = sorted({q.format(v=rng.choice(OOS_V), n=rng.choice(OOS_N))
                                  for q in OOS_Q for _ in range(20)})
    out["set_reminder"] = sorted({f.format(task=rng.choice(REM_TASK), when=rng.choice(REM_WHEN))
                                  for f in REM_FRAME for _ in range(12)})
    out["mood_report"] = sorted({f.format(s=s) for f in MOOD_FRAME for s in range(1, 11)})
    return out


def render(seed: int = 7) -> str:
    """Return the generated YAML text (deterministic for a seed)."""
    rng = random.Random(seed)
    parts = ['version: "3.1"', "nlu:"]
    for label, lines in _lines(rng).items():
        parts.append(f"- intent: {label}")
        parts.append("  examples: |")
        parts.extend(f"    - {line}" for line in lines)
    return "\n".join(parts) + "\n"


def main() -> None:
    """Write the generated file next to the hand-written data."""
    path = Path(__file__).parent / "data" / "generated.yml"
    path.write_text(render(), encoding="utf-8")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
