"""Text clean-up shared by training and inference (the encoder's vocabulary has no emoji)."""

from __future__ import annotations

import re

MAX_CHARS = 4000

EMOJI_WORDS: dict[str, str] = {
    "😭": "sobbing",
    "😢": "crying",
    "😿": "crying",
    "🥺": "pleading sad",
    "😔": "sad pensive",
    "😞": "disappointed",
    "☹️": "frowning",
    "☹": "frowning",
    "🙁": "frowning",
    "😟": "worried",
    "😕": "confused",
    "🫤": "unsure",
    "😐": "neutral face",
    "😑": "expressionless",
    "😶": "speechless",
    "🙂": "slight smile",
    "😊": "happy smile",
    "☺️": "happy smile",
    "😀": "grinning",
    "😃": "grinning",
    "😄": "grinning happy",
    "😁": "beaming happy",
    "😆": "laughing",
    "😂": "laughing tears",
    "🤣": "laughing hard",
    "😅": "nervous laugh",
    "🥲": "smiling through tears",
    "🙃": "upside down smile",
    "😉": "wink",
    "😍": "love eyes",
    "🥰": "loving",
    "😘": "kiss",
    "❤️": "love heart",
    "❤": "love heart",
    "💕": "love hearts",
    "💖": "love heart",
    "💔": "broken heart",
    "😡": "angry",
    "🤬": "furious swearing",
    "😠": "angry",
    "😤": "frustrated huffing",
    "🙄": "eye roll annoyed",
    "🤢": "nauseated disgusted",
    "🤮": "vomiting disgusted",
    "😨": "fearful",
    "😰": "anxious sweat",
    "😱": "screaming in fear",
    "😧": "anguished",
    "😬": "grimacing",
    "😳": "flushed embarrassed",
    "🫣": "embarrassed peeking",
    "😮": "surprised",
    "😯": "surprised",
    "😲": "astonished",
    "🤯": "mind blown",
    "😴": "sleeping",
    "🥱": "yawning tired",
    "😩": "weary",
    "😫": "tired weary",
    "😪": "sleepy",
    "🤒": "sick",
    "🤕": "hurt",
    "😮‍💨": "relieved exhale",
    "😌": "relieved calm",
    "🤔": "thinking",
    "🤨": "skeptical",
    "💀": "skull dead laughing",
    "☠️": "skull",
    "🔪": "knife",
    "💊": "pills",
    "🩸": "blood",
    "🪦": "grave",
    "⚰️": "coffin",
    "👍": "thumbs up",
    "👍🏽": "thumbs up",
    "👎": "thumbs down",
    "👌": "ok hand",
    "🙏": "thank you please",
    "👋": "wave hello",
    "🎉": "celebrate",
    "🥳": "celebrate party",
    "🙌": "hooray",
    "👏": "clap",
    "💪": "strong",
    "🔥": "lit fire",  # "lets gooo 🔥": great; "fire" alone read as a danger
    "✨": "sparkles",
    "🤞": "fingers crossed",
    "🤗": "hug",
    "✅": "yes check",
    "❌": "no cross",
    "🙅": "no gesture",
    "🧘": "meditation",
    "🫁": "lungs breathing",
    "💤": "sleep",
    "🌙": "night",
    "🌞": "sunny morning",
}
_EMOJI_RE = re.compile("|".join(re.escape(e) for e in sorted(EMOJI_WORDS, key=len, reverse=True)))
_SKIN = re.compile("[\U0001f3fb-\U0001f3ff\ufe0f\u200d]")


# Misspellings of the words the bot is asked for, which the encoder's vocabulary splits into
# pieces that read like something else ("i wanna breth" scored as a wish to die).
TYPOS: dict[str, str] = {
    "breth": "breathe",
    "brethe": "breathe",
    "breeth": "breathe",
    "breethe": "breathe",
    "breating": "breathing",
    "brething": "breathing",
    "breathin": "breathing",
    "breahting": "breathing",
    "breathign": "breathing",
    "remnd": "remind",
    "remmind": "remind",
    "remined": "remind",
    "remimd": "remind",
    "reimnd": "remind",
    "abt": "about",
    "remaind": "remind",
    "rmind": "remind",
    "rmeind": "remind",
    "remnid": "remind",
    "reminf": "remind",
    "renind": "remind",
    "rwmind": "remind",
    "remkind": "remind",
    "reminnd": "remind",
    "remid": "remind",
    "remidn": "remind",
    "reminde": "remind",
    "remider": "reminder",
    "remnder": "reminder",
    "reminer": "reminder",
}
_TYPO_RE = re.compile(r"\b(" + "|".join(TYPOS) + r")\b", re.IGNORECASE)


# "n" for "and" between two times or days: "at 9 n 9", "9am n 9pm", "mondays n thursdays".
_DAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:days?)?"
_N_FOR_AND = re.compile(
    rf"\b(\d{{1,2}}(?:[:.]\d\d)?(?:\s*[ap]m)?|{_DAY})\s+(?:n|'n'?)\s+"
    rf"(?=(?:at\s+|@\s*)?\d|{_DAY}\b)",
    re.IGNORECASE,
)


def mend(text: str) -> str:
    """The message with a few misspellings of the bot's own words put right ("remnd me",
    "breth"), and "n" between two times or days read as "and" ("at 9 n 9"), for the rules
    that read it; the stored message keeps what was typed."""
    text = _N_FOR_AND.sub(r"\1 and ", text)
    return _TYPO_RE.sub(lambda m: TYPOS[m.group(0).lower()], text)


def normalise(text: str) -> str:
    """Spell out common emoji, mend a few misspellings, drop skin-tone modifiers, squash
    whitespace, cap the length."""
    text = mend(text[:MAX_CHARS])
    text = _EMOJI_RE.sub(lambda m: f" {EMOJI_WORDS[m.group(0)]} ", text)
    text = _SKIN.sub("", text)
    return " ".join(text.split())
