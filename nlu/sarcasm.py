"""Praise said about a bad turn of events: "brilliant, the boiler's broken again".

The encoder reads the praise and misses the event, so "thrilled to report my flight's
been delayed a fifth time" comes out as joy and used to be answered "Glad to hear it!".
A message is read as sarcastic when it opens with praise (or carries a phrase that is
almost never meant straight) *and* names something going wrong; relief ("great, the
flu's finally gone") and good news with a setback denied ("brilliant, it wasn't
cancelled after all") are not.
"""

from __future__ import annotations

import re

# Praise that opens the message or a sentence in it.
_PRAISE = re.compile(
    r"(?:^|[.!?]\s+)\W*(?:oh\s+|well\s+|wow\s+|ah\s+)?(?:"
    r"great|fantastic|brilliant|wonderful|perfect|lovely|fab|fabulous|awesome|amazing|superb|"
    r"splendid|marvell?ous|excellent|terrific|nice|cool|sweet|yay|woo+hoo+|hooray|"
    r"just (?:great|perfect|brilliant|wonderful|fantastic|lovely)|"
    r"(?:great|good|top|fantastic|brilliant) (?:job|work|stuff)|nice one|well done|"
    r"thanks a (?:lot|bunch|million)|cheers for that|"
    r"lov(?:e|ing) (?:it|that|this|how|the way|the new|when)|"
    r"(?:so |really )?(?:thrilled|delighted|glad|happy|pleased|excited) to "
    r"(?:report|see|hear|say|announce)|"
    r"what a (?:surprise|shock|treat|joy|delight|great start)|how (?:lovely|nice|wonderful|fun)"
    r")\b|\b(?:well )?that went (?:great|well|brilliantly|perfectly)\b",
    re.IGNORECASE,
)

# Phrases that are almost always said with a roll of the eyes.
_DRY = re.compile(
    r"\b(?:living the dream|love that for me|said no one ever|thanks for nothing|"
    r"what could possibly go wrong|colou?r me (?:shocked|surprised)|oh joy|oh goody|"
    r"^\W*(?:oh )?(?:great|perfect|brilliant|fantastic|wonderful)[.!]+\s*"
    r"just (?:great|perfect|brilliant|fantastic|wonderful)\W*$|"
    r"just what i (?:needed|wanted)(?: today| right now| this week)?[.,!]*\s*(?:not\b|🙃|🙄)|"
    r"my favou?rite thing(?: ever)?,? (?:not\b|🙃|🙄))|(?:^|\s)/s\b",
    re.IGNORECASE,
)

# Something going wrong: a breakdown, a delay, being let down, the same trouble again.
_GONE_WRONG = re.compile(
    r"\b(?:once again|yet again|again and again|as (?:always|usual)|"
    r"for the (?:\w+|\d+(?:st|nd|rd|th)) time|"
    r"(?:\w+|\d+(?:st|nd|rd|th)) (?:time|week|day|month) (?:running|in a row)|"
    r"delayed|cancell?ed|broke|broken|breaks down|broken down|packs? in|packed in|crashed|"
    r"died|dead (?:battery|phone)|(?:phone|battery)(?:'s| is) dead|"
    r"lost my (?:keys|wallet|purse|phone|luggage|bag|suitcase|job|card|passport)|"
    r"stuck (?:in|at|on|behind)|running late|(?:is|was|were|are) late|"
    r"missed (?:the|my) (?:bus|train|flight|deadline|connection)|"
    r"rejected|fired(?! up)|sacked|dumped|forgot|forgotten|ignored|ghosted|"
    r"(?:no one|nobody) (?:came|showed|turned up|replied|answered|noticed|cares|asked)|"
    r"(?:is|am|'m|are|got|getting|been|feel|feeling) (?:sick|ill)|flu|migraine|hungover|"
    r"traffic|queue|overtime|double shift|on hold|untouched|straight past|"
    r"charg(?:ed|ing) me|fined|parking ticket|leak(?:ing|s)?|flooded|power cut|"
    r"no (?:wifi|internet|signal|hot water|heating)|spilt|spilled|burnt|sold out|"
    r"out of stock|price(?:s)? (?:up|went up)|mou?ld|"
    r"another (?:bill|meeting|deadline|project|shift|rejection)|"
    r"(?:made|make) (?:it|the \w+) smaller|into the (?:bin|recycling)|"
    r"locked out|overslept|puncture|flat (?:tyre|tire)|roadworks|nicked|stolen|robbed|"
    r"(?:shouted|yelled|screamed) at me|"
    r"(?:train|rail|tube|bus|postal) strike|on strike)\b|[🙃🙄😒😑😐]",
    re.IGNORECASE,
)

# Relief, or the setback denied: the praise is meant.
_MEANT = re.compile(
    r"\b(?:finally|at last|after all|phew|thank (?:god|goodness|heavens)|relieved|turns out|"
    r"(?:not|n't|no longer|never) (?:\w+ )?(?:delayed|cancell?ed|broken|late|sick|lost|"
    r"stuck|rejected|fired|sacked|dumped|ignored)|no more|"
    r"(?:better|over|recovered from|got over|beat|beaten|survived) (?:the |my |that )?"
    r"(?:flu|migraine|sick|illness))\b",
    re.IGNORECASE,
)


def sounds_sarcastic(text: str) -> bool:
    """True when praise is said about something going wrong."""
    if _MEANT.search(text):
        return False
    if _DRY.search(text):
        return True
    return bool(_PRAISE.search(text) and _GONE_WRONG.search(text))


# Bad news told plainly, which the encoder can hear as good news: "got made redundant today".
_BAD_NEWS = re.compile(
    r"\b(?:made redundant|laid off|let go (?:from|at)|lost my job|got (?:fired|sacked|the sack)|"
    r"been (?:fired|sacked)|evicted|repossessed|failed (?:my|the) (?:exam|test|driving test|"
    r"course|year|module)|didn'?t get (?:the job|in|the place)|rejected from)\b",
    re.IGNORECASE,
)
# ...unless it is welcome: "got made redundant and honestly relieved, hated that place".
_WELCOME = re.compile(
    r"\b(?:glad|relieved|relief|happy|thank god|best thing|good riddance|hated (?:it|that|the)|"
    r"free at last|new job|payout|excited)\b",
    re.IGNORECASE,
)


def bad_news_told(text: str) -> bool:
    """A loss of work, home or a place told plainly, and not told as welcome."""
    return bool(_BAD_NEWS.search(text)) and not _WELCOME.search(text)
