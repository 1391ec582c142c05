"""A few explicit first-person crisis phrases that always raise the crisis score."""

from __future__ import annotations

import re

# Only unambiguous first-person phrasings; everything else is left to the model.
_EXPLICIT = [
    (re.compile(r"\b(kms|kys myself|unalive (my ?self|me))\b"), "suicidal"),
    (
        re.compile(
            r"\b(kill|killing|end|ending) (myself|my (own )?life)\b|\btak(e|ing) my (own )?life\b"
        ),
        "suicidal",
    ),
    (re.compile(r"\bi(?:'m| am)? (?:\w+ )?suicidal\b"), "suicidal"),
    (
        re.compile(r"\bi (?:really |just |kinda |honestly )?(?:want|wanna) (?:to )?die\b"),
        "suicidal",
    ),
    (
        re.compile(
            r"\b(?:don'?t|do not|no longer|never) (?:want|wanna) (?:to )?"
            r"(?:live|be alive|exist|wake up)\b"
        ),
        "suicidal",
    ),
    (
        re.compile(r"\bwish (?:i|i'd) (?:was|were|had) (?:dead|never been born|never woken up)\b"),
        "suicidal",
    ),
    (re.compile(r"\bbetter off (?:dead|without me)\b"), "suicidal"),
    (
        re.compile(
            r"\b(?:hang|hanging|drown|drowning|shoot|shooting) myself\b|"
            r"\bslit(?:ting)? my wrists?\b"
        ),
        "suicidal",
    ),
    (
        re.compile(
            r"\bi(?:'m| am| have| have been|'ve been| keep| get| keep having)? (?:having )?"
            r"(?:suicidal thoughts|thoughts of (?:suicide|killing myself|ending it))\b|"
            r"\bi(?:'m| am|'ve been| have been| keep) thinking (?:about|of) "
            r"(?:suicide|killing myself|ending it all)\b"
        ),
        "suicidal",
    ),
    (re.compile(r"\b(?:want to|wanna|going to|gonna|ready to|about to) end it all\b"), "suicidal"),
    # Asking about means: a lethal amount, how long dying takes, the least painful way.
    (
        re.compile(
            # (not a joke or a story: "asking for my energy drink habit", "for my novel")
            r"^(?!.*\b(?:asking for (?:my|a)|lol|lmao|haha\w*|jk|for (?:a|my) (?:story|book|"
            r"novel|essay|assignment|game)|hypothetically)\b).*(?:"
            r"\b(?:lethal|fatal|deadly) (?:dose|amount|number|quantity)\b"
            r"(?!.{0,30}\b(?:dog|cat|pet|puppy|kitten|horse)s?\b)|"
            r"\bhow (?:many|much)\b(?:(?! for my| for the).){0,40}\b(?:would|does|will|do|to)\b"
            r"(?:(?! for my| for the).){0,25}\b(?:kill (?:me|you|u|a person|someone)|"
            r"die\b(?! (?:your|my|his|her|their|the|it)\b)|be fatal|be lethal|od|overdose)\b|"
            r"\b(?:painless|quickest|quick|easiest|easy|best|surest|peaceful) ways? to "
            r"(?:die|go(?=\W*$)|kill (?:myself|yourself|urself|oneself)|end it)\b|"
            r"\bhow (?:long|quickly|fast) (?:does it|would it|will it|do you|would i|will i) "
            r"(?:take to )?(?:die|bleed out|drown|lose consciousness)\b)"
        ),
        "suicidal",
    ),
    # The same, said in a few other languages people text in (replies stay in English).
    (
        re.compile(
            r"\b(?:quiero morir(?:me)?|me quiero (?:matar|morir)|quiero matarme|"
            r"no quiero vivir(?! en| aqu| con| as)|"
            r"suicidarme|je veux mourir|envie de mourir|me suicider|je veux me tuer|"
            r"ich will (?:sterben|nicht mehr leben)|mich umbringen|voglio morire|uccidermi|"
            r"quero morrer|n[aã]o quero (?:mais )?viver|me matar|marna chah(?:ta|ti)|khudkushi|"
            r"aatmahatya|ayoko na(?:ng)? mabuhay|gusto ko nang mamatay|magpakamatay)\b"
        ),
        "suicidal",
    ),
    # A whole supply at once, whatever the framing ("remind me to take all my pills at once").
    (
        re.compile(
            r"\b(?:take|taking|swallow|swallowing|down|downing) (?:all (?:of )?my (?:\w+ )?"
            r"(?:pills|tablets|meds|painkillers|paracetamol)\b.{0,20}\b(?:at once|in one go|"
            r"all together)|(?:a|the) whole (?:box|bottle|pack|packet|strip) of "
            r"(?:\w+ )?(?:pills|tablets|meds|painkillers|paracetamol|ibuprofen|aspirin))\b"
        ),
        "suicidal",
    ),
    (re.compile(r"\b(?:i|i've|i have) (?:just )?(?:overdosed|taken an overdose)\b"), "self_harm"),
    (
        re.compile(
            r"\bi(?:'ve| have)? (?:been |keep |started )?(?:cutting|burning|harming) myself\b|"
            r"\bi (?:self[- ]?harm|cut myself(?! (?:on|shaving|while|when|by accident|"
            r"accidentally|chopping|cooking)\b))\b"
        ),
        "self_harm",
    ),
    (
        re.compile(r"\bi (?:want to|wanna|need to|am going to|'m going to) (?:cut|hurt) myself\b"),
        "self_harm",
    ),
]
_OTHER_PERSON = re.compile(
    r"\b(my|our|a|his|her) (friend|mate|bestie|sister|brother|bro|sis|cousin|son|daughter|mum|"
    r"mom|dad|father|mother|partner|wife|husband|boyfriend|girlfriend|flatmate|roommate|"
    r"student|client|kid|child|nephew|niece|uncle|aunt|grandson|granddaughter|colleague|"
    r"coworker)\b|\b(he|she|they) (says|said|keeps|wants|told)\b"
)
_QUOTED = re.compile(r"\b(how did|movie|film|song|squad|lyrics|book)\b")


def explicit_crisis(text: str) -> str | None:
    """Crisis kind for an explicit first-person phrase, or None."""
    low = " ".join(text.lower().replace("’", "'").split())
    if _OTHER_PERSON.search(low) or _QUOTED.search(low):
        return None
    for pattern, kind in _EXPLICIT:
        if pattern.search(low):
            return kind
    return None
