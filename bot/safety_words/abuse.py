"""Abuse and control: hurt at home, sexual violence, kept in or watched, told to keep a secret.

These choose how abuse is answered: the emergency number when it is happening now, the right line
for the person (someone hurt by a parent, a teacher or a partner; a child seen at risk), and no
first message when someone watches their phone.
"""

from __future__ import annotations

import re

from bot.safety_words.others import third_party_abuse
from bot.safety_words.text import _plain, harm_told
from bot.safety_words.who import says_young, works_with_children

# Kept in, kept from, or made to do something: control, whatever words came with it.
_CONTROLLED = re.compile(
    r"\b(?:lock(?:ed|s)? me (?:in|out)\b(?! of (?:the |my )?(?:wifi|netflix|account|xbox|"
    r"playstation|ps5|group chat))|(?:took|takes|taking|keeps?|kept|smashed|broke) my (?:phone|"
    r"keys|money|bank ?card|passport|wages)|(?:take|takes) my (?:phone|keys|passport|bank ?card)|"
    r"(?:won'?t|wont|wouldn'?t|doesn'?t|didn'?t|never) "
    r"let(?:s)? me (?:leave|go|out|see|sleep|eat|talk|speak|call|have)|(?:made|makes|making) me "
    r"(?:sleep|stay|kneel|stand|apologi[sz]e|beg|strip|undress|change)|pinn?ed me|grab\w* me|"
    r"thr(?:ew|ows|own|owing) (?:things|stuff|my|a|the|plates|chairs)|cornered me|blocked the door|"
    r"(?:smash|smashed|smashing|smashes|break|breaking|breaks|broke) (?:things|stuff|the place|"
    r"everything|plates|furniture)|punch(?:ed|es|ing)? (?:holes in )?(?:the )?(?:walls?|doors?))",
    re.IGNORECASE,
)


def kept_or_controlled(text: str) -> bool:
    """Locked in, their phone or money taken, not let out: "my parents lock me in and take my
    phone because i'm gay"."""
    return bool(_CONTROLLED.search(_plain(text)))


# Cut off from help on purpose: "broke my phone so i can't call anyone".
_CUT_OFF = re.compile(
    r"\bso (?:that )?i (?:can'?t|cant|couldn'?t|couldnt|can not|cannot|won'?t be able to) "
    r"(?:call|ring|phone|text|message|contact|reach|tell|leave|get out|get help|go anywhere)\b",
    re.IGNORECASE,
)


def cut_off_from_help(text: str) -> bool:
    """Their phone, keys or money taken, or being kept in, so that they cannot reach anyone or
    leave: "she cut up my clothes and broke my phone so i can't call anyone"."""
    plain = _plain(text)
    return bool(_CONTROLLED.search(plain) and _CUT_OFF.search(plain))


# Someone watches their phone: "he checks my phone", "dont text me after 6".
_PHONE_WATCHED = re.compile(
    r"\b(?:he|she|they|my (?:husband|wife|partner|boyfriend|girlfriend|bf|gf|dad|father|mum|mom|"
    r"mother|parents|stepdad|ex))\s+(?:checks|reads|goes through|looks (?:at|through)|monitors|"
    r"tracks|sees|watches)\s+(?:all )?my (?:phone|messages|texts|whatsapp)\b|"
    r"\b(?:he|she|they)(?:'ll| will| might| would| could)? (?:see|find|read)s? (?:it|them|"
    r"your (?:texts?|messages?))\b|"
    r"\bonly (?:text|message) me (?:if|when|after) i\b|"
    r"\bfinds? out i (?:texted|messaged|talked to|contacted) (?:you|u|this|anyone)\b",
    re.IGNORECASE,
)


def phone_is_watched(text: str) -> bool:
    """They may be unsafe if we text first: only answer, never start."""
    return bool(_PHONE_WATCHED.search(_plain(text)))


_AWAY = re.compile(
    r"\b(?:school|college|uni|university|class|classmates?|teachers?|work|job|boss|manager|"
    r"coworkers?|colleagues?|online|team|club|gym)\b",
    re.IGNORECASE,
)
_HOME = re.compile(
    r"\b(?:pati|shauhar|sasur|asawa|marido|esposo|esposa|mari|padrastro|stepdad|stepfather|"
    r"home|house|partner|husband|wife|boyfriend|girlfriend|bf|gf|dad|father|mum|mom|"
    r"mother|parents?|step\w*|brother|sister|family|uncle|aunt|carer|ex|da|ma|mam|oul fella|"
    r"missus)\b",
    re.IGNORECASE,
)


def away_from_home(text: str) -> bool:
    """Hurt or threatened somewhere other than home ("bullied at school", "my boss"), with
    nobody at home named."""
    plain = _plain(text)
    return bool(_AWAY.search(plain)) and not _HOME.search(plain)


_SOMEONE_AT_HOME = re.compile(
    r"\b(?:he|she|they|him|her)\b.{0,30}\b(?:hits?|hitting|beats?|beating|chokes?|choked|hurts?|"
    r"strangl\w*|thr(?:ew|ows) (?:\w+ ){1,2}at (?:me|my)|"
    r"hurting|kicks?|kicked|punch\w*|slap\w*|push\w*|shoves?|shoved|threat\w*|controls?|"
    r"rap\w*|touch\w*|comes into my room|checks my phone|kill me|my (?:neck|throat)|"
    r"pillow over my face)\b",
    re.IGNORECASE,
)


_SEXUAL = re.compile(
    r"\b(?:rap(?:e|ed|ist)|sexual(?:ly)? (?:assault\w*|abus\w*|harass\w*)|"
    r"(?<!non-)(?<!non )molest\w*|"
    r"touched me|touch(?:es|ing) me|groped|spiked|"
    # "my uncle used to touch me when i was little"
    r"(?:used to|would|tried to|tries to|wanted to|wants to) touch me|"
    r"touch(?:es|ed|ing)? my (?:legs?|thighs?|bum|butt|chest|breasts?|boobs|privates?|"
    r"private parts|body)|(?:makes?|made) me touch (?:him|her|them)|"
    r"forced me to (?:have sex|do (?:stuff|things|it))|"
    r"(?:makes?|made|making) (?:me|us) (?:change|get changed|undress|strip|get naked|shower) "
    r"(?:in front of|while (?:he|she) watch\w*)|watch(?:es|ed|ing)? (?:me|us) (?:change|get "
    r"changed|undress|shower|in the shower)|"
    r"woke up (?:with(?:out)? my (?:clothes|jeans|pants|knickers|"
    r"underwear|trousers)|naked|undressed)|made me do "
    r"(?:sexual|stuff|things)|non-?consensual|without my consent|"
    # "a guy did stuff i didnt want", "he kept going when i said no"
    r"(?<!\bi )(?<!\bwe )(?:did|does|tried|kept doing) (?:stuff|things|something|it) "
    r"(?:to me )?(?:that )?i "
    r"(?:didn'?t|did not|dont|don'?t) want|(?:kept going|didn'?t stop|wouldn'?t stop|carried on) "
    r"(?:when|after|even (?:when|after)|though) i (?:said no|told (?:him|her|them) to stop|said "
    r"stop)|i (?:said|told (?:him|her|them)) no (?:but|and) (?:he|she|they) (?:didn'?t|did not|"
    r"wouldn'?t) (?:stop|listen))\b",
    re.IGNORECASE,
)


# Told to keep it secret: "he said not to tell anyone", "it's our little secret".
_KEEP_SECRET = re.compile(
    r"\b(?:said|says|told me|tells me|asked me|made me promise|makes me promise|warned me)"
    r" (?:not to|to never|never to|i (?:can'?t|cant|mustn'?t|shouldn'?t)) tell\b|"
    r"\bour (?:little )?secret\b|\bkeep (?:it|this) (?:a |our )?secret\b",
    re.IGNORECASE,
)
# An adult in charge of children: someone naming one is most likely under 18 themself.
_IN_CHARGE_OF_CHILDREN = re.compile(
    r"\bmy (?:(?:form|maths?|math|pe|music|art|science|english|head) )?(?:teacher|coach|tutor|"
    r"babysitter|youth (?:worker|leader)|scout leader|football coach|swimming coach)\b",
    re.IGNORECASE,
)


# An adult in a position of trust over young people, reaching them privately: "my teacher
# keeps messaging me on snap", "my coach says im mature for my age and wants to meet up".
_TRUSTED_ADULT = re.compile(
    r"\bmy (?:(?:form|maths?|math|pe|music|art|science|english|drama|dance|head|old|driving|"
    r"piano|guitar|swimming|football|karate|gymnastics) )?(?:teacher|coach|tutor|youth (?:worker|"
    r"leader|pastor)|scout leader|pastor|priest|vicar|imam|instructor|babysitter|mentor|"
    r"(?:best )?friend'?s (?:dad|father|stepdad|older brother|uncle))\b",
    re.IGNORECASE,
)
_REACHES_PRIVATELY = re.compile(
    r"\b(?:messag\w*|texts? me|texting me|dms?|dm'?s|dming|snaps? me|snapping me|add(?:ed|s)? me "
    r"on|follow(?:ed|s)? me on|calls? me)\b.{0,40}\b(?:on (?:snap\w*|insta\w*|tiktok|discord|my "
    r"personal)|late at night|at night|every night|privately|when no one)\b|"
    r"\b(?:snap\w*|insta\w*|whatsapp|tiktok|discord)\b.{0,20}\b(?:messag\w*|dms?|texts?|"
    r"chat\w*)\b|"
    r"\bmature for my age\b|\b(?:wants?|asked|asks) (?:me )?to meet(?: up)?\b|\bmeet (?:up )?"
    r"(?:alone|outside (?:of )?school|without)\b|\b(?:buys?|bought|gives?|gave) me (?:gifts|"
    r"presents|stuff|things|money|vapes)\b|\b(?:i'?m|im) (?:his|her) (?:favou?rite|special)\b|"
    r"\b(?:asked|asks|wants|wanted|keeps asking) (?:me )?(?:for|to send) (?:\w+ )?(?:pics|"
    r"pictures|photos|selfies)\b",
    re.IGNORECASE,
)


# What the contact is about, when it is the ordinary kind: "about my lesson times".
_ABOUT_LESSONS = re.compile(
    r"\babout (?:my |the |our |a )?(?:lessons?|class(?:es)?|homework|coursework|training|"
    r"practice|match|game|session|booking|times?|schedule|rota|exam|grades?|trip|kit|team|season|"
    r"squad|selection|progress|performance|parents evening)\b",
    re.IGNORECASE,
)


def trusted_adult_reaching_privately(text: str) -> bool:
    """A teacher, coach or youth leader contacting them privately, with gifts, flattery or
    requests to meet: signs of grooming, said to be their wrong."""
    plain = _plain(text)
    return bool(
        _TRUSTED_ADULT.search(plain)
        and _REACHES_PRIVATELY.search(plain)
        and not _ABOUT_LESSONS.search(plain)
    )


# A child with an adult partner: "im 15 and my boyfriend is 24", "my bf is 22 and im 14".
_PARTNER = r"(?:boyfriend|bf|girlfriend|gf|partner|man i'?m seeing|guy i'?m (?:seeing|talking to))"
_CHILD_AGE = r"(?:1[0-5]|[89])"
_ADULT_AGE = r"(?:1[89]|[2-9]\d)"
_ADULT_PARTNER = re.compile(
    rf"\b(?:i'?m|im|i am) {_CHILD_AGE}\b.{{0,20}}\b(?:my|the|this) {_PARTNER}(?:'s| is)? "
    rf"(?:like |nearly |almost |over )?{_ADULT_AGE}\b|"
    rf"\b(?:my|the|this) {_PARTNER}(?:'s| is)? (?:like |nearly |almost |over )?{_ADULT_AGE}\b"
    rf".{{0,20}}\b(?:i'?m|im|i am)(?: only| just)? {_CHILD_AGE}\b|"
    rf"\b(?:i'?m|im|i am) {_CHILD_AGE}\b.{{0,30}}\b(?:dating|seeing|going out with|with) (?:a|an|"
    rf"this) {_ADULT_AGE}(?: ?y/?o| year old)\b",
    re.IGNORECASE,
)


def adult_partner_of_a_child(text: str) -> bool:
    """A child of 15 or under telling of a partner who is an adult: exploitation, whatever
    they call it."""
    return bool(_ADULT_PARTNER.search(_plain(text)))


def told_to_keep_secret(text: str) -> bool:
    """The person who hurt them asked for silence: that is said to be their wrong, not the
    writer's, and telling is encouraged."""
    return bool(_KEEP_SECRET.search(_plain(text)))


def hurt_by_adult_in_charge(text: str) -> bool:
    """Hurt or touched by their teacher, coach or babysitter: the young people's line too."""
    return bool(_IN_CHARGE_OF_CHILDREN.search(_plain(text)))


def sexual_violence(text: str) -> bool:
    """Rape or sexual assault told, whenever it happened."""
    return bool(_SEXUAL.search(_plain(text)))


# Unable to talk with someone there: "i cant talk hes here", "cant talk my dad is here", "hes
# home i cant call". Not "cant talk rn, at work" and not someone glad to be home.
_CANT_TALK_THERE = (
    r"\b(?:can'?t|cant|cannot) (?:talk|speak|call|ring|phone)(?: anyone| you| now| right now| rn)?"
    r"\W+(?:\w+\W+)?(?:he|she|they|(?:my )?(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|"
    r"dad|mum|mom|stepdad|step dad|stepmum|stepmom|ex))(?:'?s|'?re| is| are) (?:here|home|back|"
    r"in the (?:room|house)|next to me|right there|listening|watching)\b|"
    r"\b(?:he|she|they)(?:'?s|'?re| is| are) (?:here|home|back|in the (?:room|house)|next to me|"
    r"right there|listening|watching)\W+(?:\w+\W+)?(?:i )?(?:can'?t|cant|cannot) (?:talk|speak|"
    r"call|ring|phone)\b"
)


# Being hurt or trapped as they write: "he's hitting me right now", "hiding in the bathroom".
_ABUSE_NOW = re.compile(
    r"\b(?:hitting|beating|hurting|attacking|choking|strangling|kicking|punching) me (?:right )?"
    r"now\b|\b(?:right now|rn)\b.{0,30}\b(?:hitting|beating|hurting|attacking) me\b|"
    # said as it happens, in the present: "cant talk. hes hitting me", "my husband is beating
    # me" (not "he's been hitting me", "she's hitting me up", "he's beating me at fifa")
    r"\b(?:he|she|they|husband|wife|partner|boyfriend|girlfriend|bf|gf|dad|mum|mom|stepdad|"
    r"step dad)(?:'?s|'?re| is| are) (?:hitting|beating|punching|kicking|choking|strangling|"
    r"attacking|strangulating) me\b(?!\s+(?:up|at|in|on|to|by|with)\b)|"
    # a weapon in their hands as they write: "pls help hes got a knife", "he has machete"
    r"\b(?:he|she|they)(?:'?s|'?re| has| have| is| are)(?: got| holding| waving)? (?:a |the |his |"
    # (then unable to speak with them in the room: "i cant talk he's here", "hes home i cant
    # call")
    r"her |their )?(?:kitchen )?(?:knife|gun|machete|blade|bat|hammer)\b(?! (?:to|at) (?:his|her|"
    r"their) own\b)|" + _CANT_TALK_THERE + r"|"
    r"\bhiding (?:in|from|under|behind)\b|\b(?:banging|hammering|pounding) on (?:the|my) "
    r"(?:bedroom |bathroom |room )?(?:door|window)\b|"
    r"\b(?:he|she|they)(?:'ll| will| might|'d| would| can) hear me\b|"
    r"\b(?:breaking|kicking|smashing|bashing) (?:down )?(?:the|my|our) (?:door|window)s?\b|"
    r"\b(?:outside|at) (?:my|the) (?:door|window)\b.{0,30}\bright now\b|"
    r"\blocked (?:me )?in\b|"
    r"\b(?:won'?t|wont|will not|doesn'?t|does not) let me (?:out|leave|go)\b|"
    r"\b(?:he|she|they)(?:'?s|'?re| is| are) (?:outside|at) (?:my|the) (?:\w+ )?(?:door|house|"
    r"window|flat)\b|"
    # a threat that waits on them: "says he'll kill me if i dont open it"
    r"\b(?:kill|hurt|stab|beat|batter|get) me if i (?:don'?t|dont|do not|won'?t|wont) (?:open|"
    r"unlock|let (?:him|her|them) in|come out|come down|come home|come back)\b|"
    r"\bcoming (?:for|after) me\b|\btrying to (?:get in|break in|break the door)\b|"
    r"\bkill me\b.{0,30}\bwhen (?:he|she|they) (?:gets?|comes?) (?:home|back|here|in)\b",
    re.IGNORECASE,
)


# The person who hurts them is asleep or out: "hes asleep now", "she's gone to work".
_AWAY_NOW = re.compile(
    r"\b(?:he|she|they)(?:'s|'re| is| are|s)? (?:finally |just |now )?(?:asleep|sleeping|"
    r"passed out|gone out|out|at work|at the pub|(?:down|in) the (?:pub|club|bookies)|out drinking|"
    r"gone (?:to work|to the pub|to bed|to sleep|down the pub)|"
    r"left (?:for|the house))\b|\b(?:he|she|they) (?:went|left|fell asleep)\b",
    re.IGNORECASE,
)


# Hitting said not to happen, in so many words: "doesn't hit me", "never touched us".
_DENIED = r"(?:doesn'?t|does not|don'?t|do not|never|hasn'?t|haven'?t|didn'?t|did not|won'?t)"
_SO = r"(?:ever |actually |really |physically )?"
_HIT = r"(?:hit|hits|hurt|hurts|touch|touched|beat|beats)"
# Told after abuse: no hitting, as if it could not count. "no he doesnt hit me", "he's never
# laid a finger on me", "its not physical or anything".
_NOT_HIT = re.compile(
    r"^\W*(?:(?:no+|nah|not really|well|i mean|but|tbh)\W+)*(?:(?:he|she|they)(?:'?s|'ve| has| "
    rf"have)?\s+{_DENIED} {_SO}(?:{_HIT}|(?:lay|laid) a (?:finger|hand) on|get physical with) "
    r"(?:me|us)|(?:it'?s|its|it is) not "
    r"(?:physical|like (?:he|she|they) (?:hits?|hurts?|beats?) me))"
    r"(?:\W+(?:or anything|like that|physically|tho|though|it'?s not like that|its not like that|"
    r"or anything like that|ever|at least))*\W*$",
    re.IGNORECASE,
)


# Hitting denied inside a longer message: "he doesn't hit me but he reads all my messages".
_HIT_DENIED = re.compile(rf"\b(?:{_DENIED}|not) {_SO}{_HIT} (?:me|us)\b", re.IGNORECASE)


def hurt_told(text: str) -> bool:
    """Hurt or danger told, leaving aside hitting denied ("he doesn't hit me but...")."""
    return harm_told(_HIT_DENIED.sub(" ", _plain(text)))


def not_hit(text: str) -> bool:
    """ "no he doesnt hit me", after abuse was told: control is abuse too."""
    return bool(_NOT_HIT.match(_plain(text)))


def abuser_away(text: str) -> bool:
    """Told after abuse: the person who hurts them is asleep or out of the house now."""
    return bool(_AWAY_NOW.search(_plain(text)))


# Unable to speak because the person is there, or would hear: "he'll hear me".
_CANT_SPEAK = re.compile(
    _CANT_TALK_THERE + r"|\b(?:he|she|they)(?:'ll| will| might|'d| would| can) hear me\b",
    re.IGNORECASE,
)


def cant_speak_now(text: str) -> bool:
    """Unable to speak with someone in the room: answered briefly, the silent call named."""
    return bool(_CANT_SPEAK.search(_plain(text)))


def abuse_now(text: str) -> bool:
    """Hurt, trapped or hiding as they write: the emergency number comes first."""
    return bool(_ABUSE_NOW.search(_plain(text)))


# Asked whether what happens to them counts: "is that abuse", "is this normal", "does that
# count as abuse", "am i overreacting".
_ASKS_IF_ABUSE = re.compile(
    r"\bis (?:that|this|it|what he does|what she does) (?:abuse|abusive|domestic abuse|domestic "
    r"violence|normal|ok|okay|allowed)\b|\b(?:does|would) (?:that|this|it) count as (?:abuse|"
    r"domestic abuse|domestic violence)\b|\bam i (?:being abused|overreacting)\b",
    re.IGNORECASE,
)


def asks_if_abuse(text: str) -> bool:
    """Asked whether what they tell of is abuse: "he's really sorry, is that abuse"."""
    return bool(_ASKS_IF_ABUSE.search(_plain(text)))


def abuse_at_home(text: str) -> bool:
    """Hurt by someone at home or close: a partner, a parent, "he hits me". Bullying,
    a stranger, work, or voices are not pointed to a domestic abuse line."""
    plain = _plain(text)
    if away_from_home(plain):
        return False
    return bool(_HOME.search(plain) or _SOMEONE_AT_HOME.search(plain))


# Suicide threatened to keep someone: "he says he'll kill himself if i leave him".
_THREAT_IF_I_LEAVE = re.compile(
    r"\b(?:kill|hurt|harm) (?:him|her|them)sel(?:f|ves)\b.{0,20}\bif i (?:leave|left|go|break up|"
    r"end (?:it|things)|dump|stop)\b|"
    r"\bif i (?:leave|left|go|break up with|end (?:it|things)|dump|stop seeing) (?:him|her|them)?\b"
    r".{0,30}\b(?:kill|hurt|harm) (?:him|her|them)sel(?:f|ves)\b",
    re.IGNORECASE,
)


def threat_if_i_leave(text: str) -> bool:
    """A partner or parent threatening suicide if the person leaves: care, and not their fault."""
    return bool(_THREAT_IF_I_LEAVE.search(_plain(text)))


# Abuse of a child, or one told as a secret: "made me promise not to tell", "her uncle".
_SECRET_ABUSE = re.compile(
    r"\bpromise (?:not to|i wouldn'?t|to never) tell\b|\b(?:told|asked) me not to tell\b|"
    r"\bkeep it (?:a )?secret\b|\b(?:touch\w*|molest\w*)\b|\b(?:uncle|stepdad|step-dad|"
    r"grandad|coach|teacher|babysitter)\b|\b(?:little|baby|younger) (?:sister|brother)\b|"
    r"\b(?:\d|1[0-7])(?: ?yo\b| years? old\b)",
    re.IGNORECASE,
)


# Harm by the people paid to look after someone: a care home, a carer, a hospital ward.
_IN_CARE = re.compile(
    r"\b(?:care|nursing|residential|old (?:people'?s|folks'?)) homes?\b|\bcarers?\b|"
    r"\bcare (?:staff|workers?|assistants?)\b|\bassisted living\b|\baged care\b|"
    r"\b(?:the )?(?:staff|nurses?) (?:there |at (?:the|her|his) \w+ )?(?:are|is|were|was|keep)\b",
    re.IGNORECASE,
)


def abuse_in_care(text: str) -> bool:
    """Someone else hurt or neglected where they are cared for ("the staff at her care home
    are hitting her"): the home's manager and the authorities who oversee care come first."""
    plain = _plain(text)
    return third_party_abuse(plain) and bool(_IN_CARE.search(plain))


def secret_or_child_abuse(text: str) -> bool:
    """Someone else's abuse told as a secret kept, or of a child: a trusted adult, and the
    young people's line, come first."""
    return third_party_abuse(text) and bool(_SECRET_ABUSE.search(_plain(text)))


# Pressed for intimate pictures, or threatened with them (sextortion, grooming).
_PRESSED_FOR_PICTURES = re.compile(
    r"\b(?:send|post|share|leak|show)\w* (?:the |my |them |those )?(?:pics|pictures|photos|nudes|"
    r"images|videos?)\b.{0,60}\b(?:if i (?:don'?t|dont|do not|won'?t)|unless i)\b|"
    r"\b(?:asking|asks|keeps asking|keep asking|wants|pressur\w*|begging) (?:me )?(?:for|to send) "
    r"(?:me )?(?:pics|nudes|photos|pictures|naked)\b|\b(?:nudes|naked (?:pics|photos|pictures))\b"
    r".{0,40}\b(?:threaten\w*|blackmail\w*|pay|money|school|parents|everyone)\b|"
    r"\b(?:or|else|otherwise) (?:they|he|she)(?:'ll| will| are going to| is going to| gonna) "
    r"(?:send|post|share|leak|show)\w* (?:my |the |those |them |all my )?(?:pics|pictures|photos|"
    r"nudes|images|videos?)\b|"
    # "he threatened to post my nudes", "she says she'll leak my pics"
    r"\b(?:threaten\w*|going|gonna|will|'ll|says? (?:he|she|they)(?:'ll| will)) (?:to )?(?:post|"
    r"share|send|leak|spread|upload|show|expose|release) (?:my |the |our |those |these |them |"
    r"all my )?(?:nudes?|pics|pictures|photos|videos?|vids|images|sexts)\b|\bsextort\w*|"
    # already done: "my ex posted my nudes online", "he shared our sex tape"
    r"\b(?:posted|shared|leaked|spread|uploaded|sent round|sent around|put up) (?:all )?(?:my |our "
    r"|the |those |these )?(?:nudes?|naked (?:pics|photos|pictures|videos?)|intimate (?:pics|"
    r"photos|pictures|images|videos?)|sex ?tape|sexts)\b|"
    # an adult in trust, or a stranger online, asking a young person for pictures: "my youth
    # pastor asked me to send him pictures and said god wanted us to be close"
    r"\b(?:pastor|priest|vicar|imam|coach|teacher|tutor|leader|instructor|scout master|older "
    r"(?:guy|man|boy|lad|woman)|grown man|adult|stranger|(?:guy|man|someone) (?:i met |i'?m "
    r"talking to )?online)\b.{0,40}\b(?:asked|asks|asking|wants?|wanted|told|tells|keeps "
    r"asking) me to send (?:him|her|them) (?:some |a )?(?:pics|pictures|photos|selfies|videos|"
    r"snaps)\b",
    re.IGNORECASE,
)


def pressed_for_pictures(text: str) -> bool:
    """Asked or forced to send intimate pictures, or threatened with ones already sent."""
    return bool(_PRESSED_FOR_PICTURES.search(_plain(text)))


# A child who is not their own and not in their care at work, with signs of harm: "my
# neighbour's kid has bruises again and i heard screaming", "i think the little girl next
# door is being neglected".
_A_CHILD_NEARBY = re.compile(
    r"\b(?:(?:my )?neighbou?r'?s'?|next door'?s?|(?:my )?friend'?s|(?:my )?cousin'?s|"
    r"(?:my )?(?:sister|brother)'?s|(?:my )?(?:partner|boyfriend|girlfriend)'?s|"
    r"(?:my )?colleague'?s) (?:little |young )?(?:kid|kids|child|children|boy|"
    r"girl|baby|toddler|son|daughter|little one)\b(?!\s+(?:i|we) (?:teach|look after|care for))|"
    r"\b(?:kid|kids|child|children|boy|girl|baby|toddler) (?:next door|across the (?:road|street)|"
    r"(?:in|on|down) (?:my|our|the) (?:street|road|block|building|flats))\b",
    re.IGNORECASE,
)
_CHILD_HARM_SIGN = re.compile(
    r"\b(?:bruis\w*|black eye|burns?|marks on|abus\w*|neglect\w*|"
    r"(?:hit|hits|hitting|beat|beats|beating|hurt|hurts|hurting|smack\w*) (?:him|her|them)|"
    r"(?:being|gets?|got) (?:hit|beaten|hurt|smacked)|shout\w* at (?:him|her|them)|"
    r"scream\w*(?! (?:with|in) (?:laughter|joy|delight|excitement))|"
    r"left (?:alone|on (?:his|her|their) own)|"
    r"starv\w*|always hungry|locked (?:in|out)|no food|dirty|scared of (?:his|her|their) "
    r"(?:dad|mum|mom|father|mother|parents?|stepdad|stepmum))\b",
    re.IGNORECASE,
)


def child_nearby_at_risk(text: str) -> bool:
    """An adult sees signs that a child who is not theirs is being hurt or neglected."""
    plain = _plain(text)
    return (
        bool(_A_CHILD_NEARBY.search(plain))
        and bool(_CHILD_HARM_SIGN.search(plain))
        and not works_with_children(plain)
        and not says_young(plain)
    )


# A parent, or a step-parent, is the one hurting them: "my dad hits me when he's drunk", "mum
# locks me in my room" (not "my friend's mum", "my mum's boyfriend" or "my dad hits my mum").
_PARENT = (
    r"(?:dad|daddy|father|mum|mummy|mom|mommy|mam|mother|step-?dad|stepfather|step-?mum|step-?mom|"
    r"stepmother|parents)"
)
_HURT_BY_PARENT = re.compile(
    rf"(?<!'s )(?<!s )\b(?:my )?{_PARENT}\b(?!'s|s\b)(?:\W+\w+){{0,4}}?\W+(?:hits?|hitting|beats?|"
    r"beating|beat|hurts?|hurting|kicks?|kicked|punch\w*|slap\w*|smack\w*|shoves?|shoved|push\w*|"
    r"chok\w*|strangl\w*|throttl\w*|burn\w*|whip\w*|belt\w*|threw \w+ at|throws \w+ at|drag\w*|"
    r"pinned|grabbed|locks?|locked|starv\w*|threaten\w*|abus\w*|touch\w*|rap\w*|molest\w*) me\b"
    r"(?! up\b)|"
    rf"\b(?:scared|afraid|terrified|frightened) (?:of|to go home to) my {_PARENT}\b|"
    # a parent's partner at home, hurting them: "my mums bf be hitting me n my lil bro"
    r"(?<!'s )(?<!s )\b(?:my )?(?:mum|mom|mam|mums|moms|mams|dad|dads)'?s? (?:new )?(?:bf|"
    r"boyfriend|girlfriend|gf|partner|fella|husband|wife)\b(?:\W+\w+){0,4}?\W+(?:hits?|hitting|beats?|"
    r"beating|hurts?|hurting|kicks?|kicked|kicking|punch\w*|slap\w*|smack\w*|chok\w*|strangl\w*|touch\w*|abus\w*|"
    r"threaten\w*) me\b(?! up\b)",
    re.IGNORECASE,
)


def hurt_by_parent(text: str) -> bool:
    """A parent or step-parent is the one hurting them: "tell a parent" is then no advice."""
    return bool(_HURT_BY_PARENT.search(_plain(text)))


# Hurt by someone whose dementia drives it: "my wife has dementia and hit me today".
_DEMENTIA = re.compile(r"\b(?:dementia|alzheimer'?s|alzheimers)\b", re.IGNORECASE)
_LASHED_OUT = re.compile(
    r"\b(?:hit|hits|hitting|punched|slapped|pushed|shoved|scratched|bit|kicked|grabbed|"
    r"attacked|hurt|lashed out at|lashes out at|lashing out at|gets violent with|got violent "
    r"with) me\b",
    re.IGNORECASE,
)


def hurt_by_dementia(text: str) -> bool:
    """ "my wife has dementia and hit me today": a carer hurt by the illness, met as a carer
    (safety first, then the help carers get), not with a domestic-abuse line."""
    plain = _plain(text)
    return bool(_DEMENTIA.search(plain) and _LASHED_OUT.search(plain))


# Bullied, told of themself: "i'm being bullied every day at school", "they keep bullying me".
_BULLIED = re.compile(
    r"\b(?:i'?m|im|i am|i get|i got|i'?ve been|ive been|i have been|getting|being|been) (?:\w+ )?"
    r"bullied\b|\bbull(?:y|ies|ying) me\b",
    re.IGNORECASE,
)


def bullied(text: str) -> bool:
    """Bullied, told of themself."""
    return bool(_BULLIED.search(_plain(text)))
