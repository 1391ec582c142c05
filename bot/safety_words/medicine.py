"""Medicine told as taken, still to be taken, or taken by mistake.

An everyday dose ("took 2 paracetamol for my headache", "havent taken my meds yet") is no overdose;
"i took my tablets" out of the blue is asked about (the usual dose, or too many?); more than meant
by mistake is a question for a pharmacist. An overdose itself is in `crisis`.
"""

from __future__ import annotations

import re

from bot.safety_words.doubt import is_doubtful
from bot.safety_words.text import _plain, _without_harm

# "i took my tablets", out of the blue: their usual dose, or too many? Asked, not assumed.
_DOSE_TAKEN = re.compile(
    r"^\W*(?:i |ive |i've |i have )?(?:just )?(?:took|taken|had|swallowed) my (?:\w+ )?"
    r"(?:tablets?|pills?|meds|medication|medicine|dose|antidepressants?)(?: now| today| tonight)?"
    r"\W*$",
    re.IGNORECASE,
)
# "took 2 paracetamol for my headache": an everyday dose for an everyday ache.
_EVERYDAY_DOSE = re.compile(
    r"\b(?:took|taken|had|taking|take)\s+(?:1|2|3|4|one|two|three|four|a|an|a couple of|some|"
    r"my usual)\s+(?:\w+\s+)?(?:paracetamol|ibuprofen|painkillers?|tablets?|pills?|aspirin|"
    r"nurofen|advil|tylenol|panadol|co-?codamol|antihistamines?|lemsip)s?\s+(?:for|because of)\s+"
    r"(?:my|a|the|this)\s+(?:\w+\s+)?(?:headache|migraine|period|cramps|back|backache|tooth|"
    r"toothache|cold|flu|fever|temperature|back pain|period pain|hangover|hay ?fever|allergies|"
    r"knee|neck|shoulder|sore throat)\b(?!\s+of\b)|"
    # "took my pills this morning like the doctor said"
    r"\b(?:took|taken|had|taking|take)\s+(?:my|the)\s+(?:\w+\s+)?(?:pills|tablets|meds|medication|"
    r"dose|insulin)\b.{0,30}\b(?:like|as) (?:the|my) (?:doctor|gp|nurse|pharmacist|consultant) "
    r"(?:said|told me|prescribed|says)\b|\bas prescribed\b",
    re.IGNORECASE,
)
# "just my usual", "the normal amount", "just the ones i always take": the answer to that
# question is no.
USUAL_DOSE = re.compile(
    r"\b(?:usual|normal|regular|prescribed|right amount|just (?:my|the) (?:one|two|dose)|"
    r"as (?:normal|usual|prescribed))\b|"
    r"\b(?:the ones?|what|the amount|the dose|as much as) (?:i (?:always|normally|usually|"
    r"generally|take every (?:day|morning|night))|(?:i'?m|im|i am) (?:meant|supposed|told) to)\b|"
    r"\b(?:same|the same) (?:as )?(?:always|every (?:day|morning|night)|as ever|amount|dose)\b|"
    r"^\W*(?:no\W+|nope\W+|nah\W+)?(?:just|only) (?:my |the )?(?:one|1|two|2|morning|evening|"
    r"night|nighttime|bedtime|daily)(?: ones?| tablets?| pills?| dose)?\b(?!.*\b(?:packets?|"
    r"box(?:es)?|bottles?|strips?|all|whole)\b)|"
    r"\bwhat (?:the|my) (?:doctor|gp|pharmacist|nurse|psychiatrist) (?:said|says|told me|"
    r"prescribed)\b|\bmy prescription\b",
    re.IGNORECASE,
)


# The usual dose, not taken yet: "havent taken my meds yet", "ill take them after dinner".
_MEDS_NOT_YET = re.compile(
    r"\b(?:haven'?t|havent|have not|not) (?:taken|had) (?:them|it|my (?:\w+ )?(?:meds|medication|"
    r"tablets|pills))(?: yet)?\b|\bi'?ll (?:take|have|do) (?:them|it|my (?:\w+ )?(?:meds|"
    r"medication|tablets|pills)) (?:after|later|in a (?:bit|min)|when|before bed|tonight)\b",
    re.IGNORECASE,
)


def meds_not_yet(text: str) -> bool:
    """The usual medication, not taken yet and to be taken later: no word of more or of harm."""
    plain = _plain(text)
    return (
        _without_harm(_MEDS_NOT_YET, plain)
        and not is_doubtful(plain)
        and not re.search(r"\b(?:all|every|whole|lot|bunch|handful|too many)\b", plain)
    )


# Taken too much by mistake: "took 4 instead of 1 by accident", "double dosed by mistake".
_BY_MISTAKE = re.compile(
    r"\b(?:by (?:accident|mistake)|accidental\w*|mistakenly|forgot i(?:'d| had)? already "
    r"(?:taken|took|had)|double[- ]?dos\w*|took (?:it|them|my \w+) twice)\b",
    re.IGNORECASE,
)


def dose_by_mistake(text: str) -> bool:
    """More of a medicine than meant, by mistake: a question for a pharmacist or a medical
    line now, not a crisis."""
    plain = _plain(text)
    return bool(_BY_MISTAKE.search(plain)) and bool(
        re.search(r"\b(?:took|taken|had|swallowed)\b|\bdos\w*", plain, re.IGNORECASE)
    )


def is_everyday_dose(text: str) -> bool:
    """ "took 2 paracetamol for my headache": a small dose for an everyday ache."""
    return bool(_EVERYDAY_DOSE.search(_plain(text)))


def is_dose_taken(text: str) -> bool:
    """ "i took my tablets": medication taken, with nothing said about how much."""
    return bool(_DOSE_TAKEN.match(_plain(text)))


# All of them, said of medicine just reminded of: "took the lot", "had all of them lol", "took
# everything". All of a day's tablets, or the whole packet? Asked, not ticked off.
_ALL_OF_THEM = re.compile(
    r"^\W*(?:(?:yeah|yep|yes|ok|okay|done|lol|haha+|oh)\W+)*(?:i\s+|i'?ve\s+|ive\s+|i have\s+|"
    r"just\s+|already\s+)*(?:took|taken|had|swallowed|necked|downed|popped|done)\s+(?:the lot|"
    r"all of (?:them|it|those|em|'em)|them all|em all|'em all|all|the whole (?:lot|box|packet|"
    r"pack|bottle|strip|thing|tub)|the rest(?: of (?:them|it|the (?:box|packet|bottle)))?|"
    r"everything|every (?:one|single one)(?: of them)?)(?:\s+(?:now|just now|already|lol|haha+|"
    r"x+|tho|though|mate))*\W*$",
    re.IGNORECASE,
)


def took_all_of_them(text: str) -> bool:
    """ "took the lot", "had all of them": how many is not clear, and it matters."""
    return bool(_ALL_OF_THEM.match(_plain(text)))
