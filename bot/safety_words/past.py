"""Self-harm or an attempt told as the past: recovery, a milestone, old scars.

A crisis told as over ("i used to self harm but i've been clean 2 years") is left to the model
unless words say it is back now, and a milestone is met as good news. Healed scars are set aside
by `crisis_kind` (and met with care in `lived`).
"""

from __future__ import annotations

import re

from bot.safety_words.text import _plain

# Told as the past ("i used to self harm but i've been clean 2 years"), unless it is back now.
_PAST = re.compile(
    r"\b(?:used to|years? ago|months ago|been clean|in the past|recovered|no longer|"
    r"(?:don'?t|not) anymore|haven'?t (?:in|since|for))\b",
    re.IGNORECASE,
)
_NOW = re.compile(
    r"\b(?:again|relapsed?|started|last night|today|tonight|right now|rn|want to|wanna|"
    r"going to|gonna|urges?|thinking about)\b",
    re.IGNORECASE,
)
# "6 months self harm free today!", "1 year clean": a recovery milestone, unless it wavers.
_MILESTONE = re.compile(
    r"^(?!.*\b(?:relapsed?|slipped|again|urges?|want to|wanna|thinking about|struggling|but|"
    r"messed|mess up|broke|broken|ruined|reset|lost my streak|did it|just did)\b)"
    r".*(?:\bself[- ]?harm[- ]?free\b|\bsh[- ]free\b|\b(?:clean|free) (?:from|of) "
    r"(?:self[- ]?harm|sh|cutting)\b|\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|twelve) (?:days?|weeks?|months?|years?) (?:clean|free|without (?:self[- ]?harm|"
    r"cutting|sh))\b|\b(?:days?|weeks?|months?|years?) since (?:i (?:tried to (?:kill myself|"
    r"end (?:it|my life))|attempted)|my (?:suicide )?attempt)\b|"
    # "short sleeves to work for the first time since i stopped hurting myself"
    r"\b(?:since|now that) i (?:stopped|quit|gave up) (?:hurting myself|cutting|self[- ]?harming|"
    r"sh)\b|"
    # "18 months without hurting myself as of today", "two years since i last hurt myself"
    r"\b(?:days?|weeks?|months?|years?) (?:without|free (?:of|from)) (?:hurting myself|"
    r"self[- ]?harming|cutting)\b|\b(?:days?|weeks?|months?|years?) since i (?:last|stopped) "
    r"(?:hurt myself|cut(?: myself)?|self[- ]?harmed|sh'?d|hurting myself|cutting)\b)",
    re.IGNORECASE,
)
# A crisis long ago told beside how life is now: "two years ago i was suicidal and in hospital.
# today i ran my first 10k", "this time last year i didnt want to be alive. now i really do".
_THEN = (
    r"(?:(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|couple of|few) "
    r"(?:years?|months?) ago|this time last year|(?:back )?in (?:19|20)\d\d|(?:most|all|much) of "
    r"(?:19|20)\d\d|when i was (?:\d+|younger|a teen\w*|at school|at uni)|as a teen\w*|in my "
    r"(?:teens|twenties|early \w+)|(?:all )?through(?:out)? my (?:teens|twenties|school years|"
    r"school days)|at (?:uni|university|school|college|sixth form)|in (?:school|college|high "
    r"school|secondary school))"
)
_CRISIS_THEN = (
    r"(?:suicidal|tried to (?:kill myself|end (?:it|my life))|attempt\w*|(?:hurt|hurting|cut|"
    r"cutting) myself|self[- ]?harm\w*|in (?:a&e|hospital)|(?:didn'?t|did not) want to (?:be "
    r"alive|live|be here))"
)
_NOW_TOLD = r"(?:today|now|these days|this morning|tonight)"
_WELL = (
    r"(?:ran|run|finished|graduated|got (?:engaged|married|the job|a job)|proud|buzzing|happy|"
    r"good|great|better|grateful|thriving|love|really do|alive|hope|brave|doing (?:well|ok|okay|"
    r"great))"
)
_THEN_AND_NOW = re.compile(
    r"^(?!.*\b(?:relapsed?|slipped|again|urges?|want to die|wanna die|struggling|but (?:now|"
    r"lately|today|tonight|this week|recently)|(?:not|never|isn'?t|ain'?t) (?:doing |feeling |"
    r"that |so |very |really )?(?:good|great|well|ok|okay|better|happy|alive))\b)"
    rf".*\b(?:{_THEN}\b.{{0,80}}\b{_CRISIS_THEN}|{_CRISIS_THEN}\b.{{0,40}}\b{_THEN})\b"
    rf".{{0,300}}\b(?:{_NOW_TOLD}\b.{{0,200}}\b{_WELL}|{_WELL}\b.{{0,40}}\b{_NOW_TOLD})\b",
    re.IGNORECASE,
)


# Old scars, not new harm: "the scars are itching today" after "2 years ago".
_OLD_SCARS = re.compile(
    r"\bscars?\b.{0,40}\b(?:itch\w*|fad\w*|show\w*|ask\w*|cover\w*|"
    r"hid\w*|look\w*|see\w*|notic\w*|tattoo\w*)\b(?:\W+(?:today|tonight|again|now|rn|lately)\b)?",
    re.IGNORECASE,
)


# When a baby came, not when the crisis was: "i had a baby 2 months ago".
_BIRTH_AGO = re.compile(
    r"\b(?:had (?:a|my|our|the) (?:baby|son|daughter|little (?:boy|girl)|twins)|gave birth|"
    r"(?:baby|son|daughter) was born)\b.{0,20}?\bago\b",
    re.IGNORECASE,
)


# Told of childhood, by someone grown: "my dad hit me when i was little", "i was bullied all
# through school", "growing up my mum used to hit me" (not "i'm being bullied at school").
_CHILDHOOD = re.compile(
    r"\b(?:when i was (?:little|a kid|a child|a little (?:boy|girl)|small|younger|a teen\w*|"
    r"(?:only )?\d{1,2}(?: years old)?|in (?:primary|secondary|high) school)|as a (?:kid|child|"
    r"little (?:boy|girl)|teen\w*)|growing up|in my childhood|(?:all )?through(?:out)? "
    r"(?:school|primary|secondary|high school|my childhood|my teens))\b",
    re.IGNORECASE,
)
# ... and still going on, or something told of now beside it: "he still hits me", "lately none
# of it feels like it counts".
_STILL_GOING_ON = re.compile(
    r"\bstill (?:does|do|doing|hits?|hitting|beats?|beating|hurts? me|touch\w*|bull\w*|"
    r"happen\w*|going on|lives?|living|there|at it|at home|with (?:him|her|them)|scared|afraid|"
    r"comes?|coming|visits?|around|in my life|sees? me|contacts? me|messages? me)\b|"
    r"\b(?:currently|at the moment|right now|anymore|these days|lately|recently|nowadays|this "
    r"(?:week|month|year)|next (?:week|month|year)|now|i'?m|im|i am|i feel|i don'?t|i can'?t|"
    r"i want|i'?ve (?:been|decided|quietly|started))\b|"
    r"\b(?:hits|beats|touches|hurts|bullies|abuses|threatens|kicks|punches|slaps|chokes) "
    r"(?:me|us)\b|\b(?:i'?m|im|i am) (?:\d{1,2}|a kid|in year)\b|"
    r"\b(?:is|are|am|'s|'re|'m) (?:being|getting)\b",
    re.IGNORECASE,
)


def told_as_past(text: str) -> bool:
    """ "i tried to kill myself years ago, im ok now": the past, and nothing says it is back."""
    text = _BIRTH_AGO.sub(" ", _plain(text))  # "had a baby 2 months ago": the birth's time
    now = _NOW.search(_OLD_SCARS.sub(" ", text))  # "the scars itch today" is not harm today
    childhood = bool(_CHILDHOOD.search(text)) and not _STILL_GOING_ON.search(text)
    return is_milestone(text) or ((bool(_PAST.search(text)) or childhood) and not now)


_SELF_HARM_WORDS = re.compile(r"\b(?:self[- ]?harm\w*|sh|cutting|cut|burning)\b", re.IGNORECASE)


def names_self_harm(text: str) -> bool:
    """Self-harm named ("sh free", "without cutting"), whatever the model read."""
    return bool(_SELF_HARM_WORDS.search(_plain(text)))


# Recovery told as the past, and doing well now: "i used to self harm ... doing really well".
_RECOVERED = re.compile(
    r"^(?!.*\b(?:relapsed?|slipped|again|urges?|want to|wanna|struggling)\b)"
    r".*\bused to (?:self[- ]?harm|cut|hurt myself|burn myself|sh)\b.{0,100}\b(?:doing (?:really |"
    r"so |much |pretty )?(?:well|good|great|better|ok|okay)|recovered|in recovery|(?:years?|"
    r"months?) (?:clean|free)|(?:much|so much) better now)\b",
    re.IGNORECASE,
)


def is_milestone(text: str) -> bool:
    """ "6 months self harm free today!": a recovery milestone, said without a wobble."""
    plain = _plain(text)
    return bool(_MILESTONE.search(plain) or _RECOVERED.search(plain) or _THEN_AND_NOW.search(plain))


# Scars told as old and healed: "i hate wearing short sleeves because of my old scars", "my
# self harm scars from years ago". Not fresh harm, a relapse or an urge, nor a surgery scar.
_OLD_SCAR = re.compile(
    r"\bold (?:self[- ]?harm |sh |cutting )?scars?\b|\b(?:self[- ]?harm|sh|cutting) scars?\b|"
    r"\bscars?\b.{0,40}\b(?:from (?:years|ages|a long time|long ago|way back|back (?:when|in|"
    r"then)|when i (?:was|used to)|my (?:teens|past|school days)|school|uni|self[- ]?harm\w*|"
    r"cutting|sh)\b|years? ago|(?:have |are |all )?(?:healed|faded)|used to (?:self[- ]?harm|"
    r"cut|sh)\b)",
    re.IGNORECASE,
)
_NOT_SELF_HARM_SCAR = re.compile(
    r"\b(?:surgery|operation|op|c-?section|caesarean|cesarean|accident|acne|spots|chicken ?pox|"
    r"piercing|transplant|bite|bitten|appendix|crash|fire|stretch marks?|tattoo removal|sofa|"
    r"couch|table|floor|wall|door|car|wood|furniture|leather|cat|dog|puppy|kitten|tree|bark|"
    r"knees?|face|forehead|chin|lip)\b",
    re.IGNORECASE,
)
_HARM_AGAIN = re.compile(
    r"\b(?:again|relaps\w*|urges?|tempt\w*|(?:want|wanting|wanna|going|gonna|need) (?:to )?(?:cut|"
    r"hurt|do it|self[- ]?harm|sh|make (?:more|new))|new (?:cuts?|scars?|ones?|wounds?|marks?)|"
    r"fresh|bleed\w*|started (?:cutting|again|self|sh|hurting)|reopen\w*|pick(?:ing|ed)? at|"
    r"miss (?:it|cutting|doing it|the feeling)|thinking (?:about|of) (?:it|cutting|doing)|"
    r"cut(?:ting)? (?:myself|again|deeper)|hurt(?:ing)? myself|infect\w*|stitch\w*)\b",
    re.IGNORECASE,
)
