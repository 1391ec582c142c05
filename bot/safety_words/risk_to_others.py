"""Fear of hurting someone else: a child in their care, voices telling them to, or armed.

Danger from the writer to another person is met with help to keep everyone safe, not with a
question about suicide.
"""

from __future__ import annotations

import re

from bot.safety_words.text import _plain

# Afraid of hurting someone else: "so angry i could hurt someone", "scared i'll hurt her".
_HARM_TO_OTHERS = re.compile(
    r"\b(?:(?:so )?angry|furious|raging|rage|fuming|scared|afraid|worried|terrified|frightened)\b"
    r".{0,30}\b(?:i could|i might|i'?ll|i will|i'?m going to|im gonna|i'?m gonna|that i'?ll|"
    r"i would)\s+(?:really\s+)?(?:hurt|kill|stab|hit|attack|shake|harm|lash out at) (?:someone|"
    r"somebody|him|her|them|my \w+|people|the baby|the kids?)\b|"
    # "i'm so angry i want to hurt him" (not "...i want to kill him lol", said of leftovers)
    r"\b(?:angry|furious|raging|fuming|livid|seething|mad)\b.{0,30}\bi (?:just |really )?"
    r"(?:want to|wanna|feel like i want to) (?:hurt|harm|stab|attack|hit) (?:someone|somebody|him|"
    r"her|them|my \w+|people)\b",
    re.IGNORECASE,
)


# Telling that they hurt a partner: "i hit my girlfriend last night", "i pushed my wife
# into the wall". Help for them to stop, and her or his safety first; not the victim's answer.
_HURT_PARTNER = re.compile(
    r"^(?!.*\b(?:(?:he|she|they) (?:hit|hits|punched|slapped|pushed|shoved|choked|strangled) "
    r"me|(?:at|in) (?:chess|cards|fifa|tennis|a game|the game|mario ?kart)|by accident|"
    r"accidentally|with a pillow|pillow fight|play fight\w*|playfully|joking|jokingly|"
    r"feelings|with (?:what i said|my words)|by saying|emotionally)\b)"
    r".*\bi\s+(?:\w+\s+)?(?:hit|punched|slapped|pushed|shoved|choked|strangled|kicked|grabbed|"
    r"hurt|beat|smacked|threw (?:something|a \w+|things|stuff) at)\s+(?:my\s+)?(?:\w+\s+)?"
    r"(?:girlfriend|boyfriend|wife|husband|partner|gf|bf|missus|fiance|fiancee)\b",
    re.IGNORECASE,
)


def hurt_a_partner(text: str) -> bool:
    """ "i hit my girlfriend last night. i didnt mean to": they used violence on a partner."""
    return bool(_HURT_PARTNER.search(_plain(text)))


_CHILD = r"(?:baby|newborn|toddler|son|daughter|kid|child|little one|infant|boy|girl)"
# "i feel like shaking the baby", "so close to smacking my son": a child at risk from them
_HARM_TO_CHILD = re.compile(
    r"\b(?:feel like|want to|wanna|about to|going to|gonna|could|close to|tempted to|urges? to|"
    r"end up|might|i'?ll|ill|i will|snap and|scared (?:i'?ll|ill|i will|i might) |worried "
    r"(?:i'?ll|ill|i will|i might) )\s*(?:just\s+)?(?:really\s+)?(?:snap and\s+)?"
    r"(?:shak(?:e|ing)|throw(?:ing)?|smack(?:ing)?|"
    r"hit(?:ting)?|slap(?:ping)?|hurt(?:ing)?|shov(?:e|ing)|chuck(?:ing)?)\s+(?:"
    rf"(?:the|my|our) (?:\w+ )?(?P<named>{_CHILD})s?\b(?! (?:a|up|out|over)\b)|"
    r"(?:him|her|them|it)\b(?! (?:a|up|out|over)\b))",
    re.IGNORECASE,
)
_A_CHILD = re.compile(rf"\b{_CHILD}\b", re.IGNORECASE)
# "scared of what ill do to my daughter"
_WHAT_ILL_DO = re.compile(
    rf"\b(?:scared|afraid|worried|terrified) (?:of )?what (?:i'?ll|ill|i will|i might) do to "
    rf"(?:my|the|our) (?:\w+ )?{_CHILD}\b",
    re.IGNORECASE,
)


def harm_to_child(text: str) -> bool:
    """Afraid they might shake, throw or hit a child in their care ("i feel like shaking
    the baby", "the baby wont stop screaming i just want to throw him")."""
    plain = _plain(text)
    said = _HARM_TO_CHILD.search(plain)
    if said is None:
        return bool(_WHAT_ILL_DO.search(plain))
    shaking = said.group(0).lower().split()[-2:][0].startswith("shak")  # babies are shaken
    return bool(said.group("named")) or bool(_A_CHILD.search(plain)) or shaking


# Armed and on the way to someone: "parked outside his house with a knife", "going round
# there with a bat".
_TOLD_TO_HARM = re.compile(
    r"\bvoices?\b.{0,30}\b(?:tell|telling|told|want|wants|keep telling) (?:me )?(?:to )?"
    r"(?:hurt|kill|harm|stab|attack|push) (?:someone|somebody|him|her|them|people|my \w+)\b",
    re.IGNORECASE,
)


def told_to_harm(text: str) -> bool:
    """Voices telling them to hurt someone."""
    return bool(_TOLD_TO_HARM.search(_plain(text)))


_ARMED_FOR_SOMEONE = re.compile(
    r"\b(?:outside|at|near) (?:his|her|their|my ex'?s?|the) (?:house|flat|place|work|door|school)\b"
    r".{0,40}\b(?:knife|bat|gun|blade|hammer|crowbar|machete)\b|"
    r"\b(?:knife|bat|gun|blade|hammer|crowbar|machete)\b.{0,40}\b(?:outside|at|near) (?:his|her|"
    r"their|my ex'?s?) (?:house|flat|place|work|door)\b|"
    r"\b(?:going|gonna|heading|go) (?:round|over|to)(?: there| his| hers| theirs| his place| her "
    r"place)?\b.{0,20}\bwith (?:a|my|the) (?:knife|bat|gun|blade|hammer|crowbar|machete)\b",
    re.IGNORECASE,
)


def harm_to_others(text: str) -> bool:
    """Afraid they might hurt someone else, or armed and on the way to (help to keep
    everyone safe, not a suicide question)."""
    plain = _plain(text)
    return (
        bool(_HARM_TO_OTHERS.search(plain) or _ARMED_FOR_SOMEONE.search(plain))
        or told_to_harm(plain)
        or harm_to_child(text)
    )
