"""Who is writing: their age, a new baby, service in the forces, deafness, work with children.

These choose which lines and words fit the person (a children's line for someone under 18, a
veterans' line, help for men or same-sex couples hurt by a partner), not whether there is a crisis.
"""

from __future__ import annotations

import re

from bot.safety_words.text import _plain

_OLDER = re.compile(
    r"\b(?:i'?m|im|i am) (?:[7-9]\d|1[01]\d)(?: years old| yrs old| year old)?\b(?! (?:kg|kilos|"
    r"lbs|pounds|minutes|mins|days|weeks|miles|percent|%))|\bmy pension\b|\bpensioner\b",
    re.IGNORECASE,
)


def says_older(text: str) -> bool:
    """An older person, by their age or their pension ("I am 81")."""
    return bool(_OLDER.search(_plain(text)))


_DEAF = re.compile(
    r"\b(?:i'?m|im|i am) (?:deaf|hard of hearing|hoh|mute|non-?verbal)\b|\bcan'?t hear "
    r"(?:on|over) (?:the |a )?(?:phone|calls?)\b|\b(?:i )?use (?:bsl|sign language)\b",
    re.IGNORECASE,
)
# Hurt by a woman partner, told by a man, or in a same-sex couple.
_MAN_HURT = re.compile(
    r"\bmy (?:wife|girlfriend|gf|missus|ex-?wife|ex-?girlfriend)\b.{0,40}\b(?:hits?|hitting|hurts?|"
    r"beats?|attacks?|abuses?|punch\w*|slap\w*|kick\w*|scratch\w*|throws?)\b|\bfor men\b|"
    r"\b(?:i'?m|im|i am) a (?:man|guy|bloke|lad)\b",
    re.IGNORECASE,
)
_SAME_SEX = re.compile(
    r"\b(?:we'?re|were|we are) both (?:women|men|girls|guys|gay|lesbians?)\b|\bsame[- ]sex\b|"
    r"\bgay couple\b|\blesbian relationship\b|"
    r"\bmy (?:boyfriend|husband)\b.{0,60}\b(?:i'?m|im|i am) a (?:man|guy)\b",
    re.IGNORECASE,
)


def says_deaf(text: str) -> bool:
    """Deaf, hard of hearing or unable to speak on a call."""
    return bool(_DEAF.search(_plain(text)))


_A_WOMAN = re.compile(
    r"\b(?:we'?re|were|we are) both (?:women|girls)\b|\b(?:i'?m|im|i am) a (?:woman|girl|lady)\b|"
    r"\blesbian\b",
    re.IGNORECASE,
)


def man_hurt_by_partner(text: str) -> bool:
    """A man hurt by a partner, or asking for help for men."""
    plain = _plain(text)
    return bool(_MAN_HURT.search(plain)) and not _A_WOMAN.search(plain)


def same_sex_couple(text: str) -> bool:
    """Told of a same-sex relationship."""
    return bool(_SAME_SEX.search(_plain(text)))


# An age under 18 told of themselves: "im 16", "i'm only 14", "15 yo", "in year 9".
_YOUNG = re.compile(
    r"\b(?:i'?m|im|i am)\s+(?:only\s+|just\s+)?(?:1[0-7]|[6-9])\b(?:\s*(?:yo|y/o|yrs?|years?))?"
    r"(?!\s*(?:am|pm|mins?|minutes|hours?|days?|weeks?|months?|%|/|:|x|times|pills|tablets|"
    r"stone|kg|lbs?|feet|ft|out of|of 10)\b)(?![.:/]\d)|"
    # (not "my 8 year old just told me...": their child's age)
    r"^(?:\w+\s+){0,3}?(?<!\bmy )(?<!\bour )(?:1[0-7]|[6-9]) ?(?:yo|y/o|years? old)\b"
    r"(?! (?:son|daughter|kid|child|"
    r"brother|sister|boy|girl|cousin|niece|nephew|student))|"
    r"\bi'?m (?:in|at) (?:year (?:[7-9]|1[0-3])|(?:[6-9]|1[0-2])th grade|middle school|high school|"
    r"secondary school|sixth form)\b",
    re.IGNORECASE,
)


# Only an age, told as a reply: "im 16", "15", "i'm only 14 tho", "16 years old".
_AGE_TAIL = r"(?:\s+(?:tho|though|btw|lol|now))?\W*$"
AGE_ONLY = re.compile(
    r"^\W*(?:i'?m|im|i am|age|aged)\s+(?:only\s+|just\s+)?(?:1\d|[2-9]\d)"
    r"(?:\s*(?:yo|y/o|yrs?(?: old)?|years?(?: old)?))?" + _AGE_TAIL + "|"
    r"^\W*(?:only\s+|just\s+)?(?:1\d|[2-9]\d)\s*(?:yo|y/o|yrs?(?: old)?|years?(?: old)?)"
    + _AGE_TAIL,
    re.IGNORECASE,
)


# A baby at home: "my baby would be better off without me", "she's 3 weeks old", "postnatal".
_NEW_PARENT = re.compile(
    r"\b(?:my|the|our) (?:new ?born|baby|newborn)\b|"
    r"\b(?:just|recently) (?:had a baby|gave birth)\b|"
    # "i had a baby 3 weeks ago", "gave birth last month", "since having my son"
    r"(?:(?:^\W*|\b(?:i|we|i'?ve|ive|we'?ve)\s+)(?:only |just )?(?:had (?:a|my|our|the) (?:baby|"
    r"son|daughter|little (?:boy|girl)|twins)|gave birth)|\b(?:my|our|the) (?:baby|son|"
    r"daughter) was born)\b.{0,20}\b(?:(?:\d{1,2}|a|one|two|three|"
    r"four|five|six|a few|few|couple of|a couple of) (?:days?|weeks?|months?) ago|last (?:week|"
    r"month)|yesterday)\b|"
    r"\b(?:since|after) (?:i )?(?:having|had|gave birth to) (?:the|my|our) (?:baby|son|daughter|"
    r"twins)\b|\bsince (?:the|my) (?:birth|c-?section|labou?r)\b|\b(?:i'?m|im|i am|as|being) a "
    r"new (?:mum|mom|mother|dad|parent)\b|(?:^\W*|\b(?:i'?m|im|i am) )on maternity leave\b|"
    r"\b(?:postnatal|post-?natal|post-?partum|pnd|ppd)\b|\b(?:she|he)(?:'s| is) (?:only )?\d{1,2} "
    r"(?:days?|weeks?) old\b",
    re.IGNORECASE,
)
# Served in the forces: "i'm a veteran", "ex army", "since i got back from deployment".
_VETERAN = re.compile(
    r"\b(?:veteran|ex[- ]?(?:army|military|forces|navy|marines?|raf|squaddie|soldier)|served in "
    r"(?:the )?(?:army|military|forces|navy|marines?|raf|afghanistan|iraq)|(?:back from|since) "
    r"(?:my )?deployment|(?:army|military|navy|marine|marine corps|air force|coast guard|forces) "
    r"vet|(?:\d|two|three|four|five) tours?(?: of duty| in \w+)?|service "
    r"(?:weapon|rifle|pistol))\b",
    re.IGNORECASE,
)


def new_parent(text: str) -> bool:
    """A new parent, or a baby at home (the midwife, health visitor or doctor can help)."""
    return bool(_NEW_PARENT.search(_plain(text)))


def veteran(text: str) -> bool:
    """Someone who served in the forces (a veterans' line, where there is one)."""
    return bool(_VETERAN.search(_plain(text)))


def says_young(text: str) -> bool:
    """They tell their age as under 18 (a children's line is then offered as well)."""
    return bool(_YOUNG.search(_plain(text)))


# Someone who looks after children for their work, telling of one: "one of my year 9 students
# told me...", "im a teacher and a pupil said...". Not "a girl in my class" (a classmate).
_WORKS_WITH_CHILDREN = re.compile(
    r"\b(?:i'?m|im|i am|i work as|working as|as) (?:a |an |the )?(?:\w+ )?(?:teacher|teaching "
    r"assistant|tutor|youth worker|youth leader|school nurse|school counsell?or|nursery (?:nurse|"
    r"worker|practitioner|teacher)|childminder|nanny|au pair|scout leader|guide leader|social "
    r"worker|health visitor|sunday school teacher|head ?teacher|principal|senco|teacher'?s aide|"
    r"lunch supervisor|dinner lady|form tutor|head of year|sports coach|football coach|swimming "
    r"coach|dance teacher)\b|"
    r"\b(?:one of )?my (?:(?:year|yr|grade) \d{1,2} |form |\d{1,2}(?:st|nd|rd|th) grade )?"
    r"(?:students|pupils|tutees|form group)\b|\bone of my (?:class|kids at (?:school|work))\b|"
    r"\bmy (?:(?:year|yr|grade) \d{1,2} )?(?:student|pupil|tutee)\b|\ba pupil\b|"
    r"\b(?:a|one of the) (?:child|children|kids?|young (?:person|people)) (?:i|we) (?:teach|look "
    r"after|work with|care for|mind|nanny|babysit|coach|support|tutor)\b|\bsafeguarding\b",
    re.IGNORECASE,
)


def works_with_children(text: str) -> bool:
    """A teacher, youth worker or carer of children tells of a child they look after: their
    safeguarding lead comes first, not "tell a trusted adult"."""
    plain = _plain(text)
    return bool(_WORKS_WITH_CHILDREN.search(plain)) and not re.search(
        r"\bmy fellow\b|\bmy (?:teacher|tutor|coach|youth worker)\b", plain, re.IGNORECASE
    )
