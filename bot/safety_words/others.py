"""Someone other than the writer: a friend or relative at risk, hurt, or lost to suicide.

Worry for another person gets the `third_party` answer (how to help them, and who to call), not a
crisis answer for the writer. The rules also keep the writer's own danger from hiding behind
someone else's name ("my mum shouts at me all the time and i want to die"), and follow the talk
about the person at risk: unreachable, help under way, a promise of secrecy.
"""

from __future__ import annotations

import re

from bot.safety_words.text import CALLING_NOW, _plain

_SOMEONE = (
    # a grandparent named as the family names them: "grandad's stopped eating", "nan keeps..."
    r"(?:^\W*(?:grandad|granddad|grandpa|grandma|nan|nana|nanna|gran|granny)\b(?:'?s)?|"
    r"\b(?:someone|somebody|a (?:guy|girl|person|kid|stranger|lad|boy) (?:on|in) (?:a |my )?\w+|"
    r"(?:my|a|his|her|our|your) (?:(?:best|close|good|little|big|older|younger|lil|twin|teen|"
    r"teenage|online|eldest|youngest|oldest|\d{1,2}[- ]?(?:yo|y/o|(?:year|yr)s?[- ]old)) )?"
    r"(?:friend|bestfriend|bff|padi|mate|cousin|brother|sister|son|daughter|partner|flatmate|"
    r"roommate|loved one|"
    r"boyfriend|girlfriend|husband|wife|mum|mom|dad|colleague|student|kid|child|bestie|"
    r"nan|nana|nanna|gran|granny|grandma|grandmother|grandad|granddad|grandpa|grandfather|"
    r"aunt|auntie|aunty|uncle|niece|nephew|neighbou?r|stepmum|stepmom|stepdad|mother|father|"
    r"teenager|stepson|stepdaughter|step-son|step-daughter|gf|bf|hubby|missus|fiance|fiancee|"
    r"fiancé|fiancée|other half|bro|sis)|"
    # a child named by their age alone: "my 16 year old has been posting..."
    # ("my 15 year old is self harming" is the child; "my 15 year old self" is them)
    r"(?:my|our) \d{1,2}[- ]?(?:yo|y/o|(?:year|yr)s?[- ]old)(?! (?:(?:little|younger|teenage|"
    r"inner|former) )?(?:self|me)\b)(?! (?:\w+ )?(?:car|dog|cat|laptop|phone|house|flat|boiler|"
    r"job|relationship)))"
    r"(?:'?s)?\b)"  # "my friends boyfriend hits her"
)
# People met at work or study, who count when their safety is feared for ("my employee said
# he's suicidal"), though talk about them is not worry for someone close.
_AT_WORK = (
    r"\b(?:my|a|our|one of my|one of our) (?:\w+ )?(?:employee|coworker|co-worker|client|pupil|"
    r"student|team member|staff member|member of staff|colleague|patient|mentee|trainee)s?\b"
)
THIRD_PARTY = re.compile(
    "(?:" + _SOMEONE + "|" + _AT_WORK + r").{0,60}\b(?:kill (?:him|her|them)sel(?:f|ves)|suicid|"
    r"wants? to die|"
    r"(?:top|off|unalive|kms) (?:him|her|them)sel(?:f|ves)|"
    r"wish(?:es|ed)? (?:she|he|they) (?:was|were) dead|"
    r"(?:will|gonna|going to|wants? to|threaten\w* to) (?:jump|end (?:it|(?:his|her|their) "
    r"(?:own )?life))|take (?:his|her|their) (?:own )?life|"
    r"threaten\w* to (?:shoot|hang|stab|kill|hurt|drown|poison) (?:him|her|them)sel(?:f|ves)|"
    r"(?:cut|slit|slashed|sliced) (?:his|her|their) (?:wrists?|arms?|legs?|throat)|"
    r"giving (?:away (?:his|her|their) (?:\w+ )?(?:things|stuff|belongings)|(?:his|her|their) "
    r"(?:\w+ )?(?:things|stuff|belongings) away)|"
    r"(?:talk(?:s|ed|ing)?|post(?:s|ed|ing)?|writ(?:es|ing)|wrote|saying|said|says)(?: (?:sad |"
    r"dark |weird |worrying |scary |odd )?(?:stuff|things|a lot|so much))?(?: online| on "
    r"(?:insta\w*|tiktok|snap\w*|twitter|x|facebook|discord))? about (?:ending it|ending (?:his|"
    r"her|their) (?:own )?life|killing (?:him|her|them)sel(?:f|ves)|suicide|not being (?:here|"
    r"around|alive)|not wanting to (?:be alive|live|be here|be around|go on)|wanting to die)|"
    r"(?:will|gonna|going to|wants? to|threaten\w* to) (?:drink|take|swallow) (?:the |some |a )?"
    r"(?:pesticide|poison|bleach|weed ?killer|anti-?freeze)|"
    r"(?:has |have |just )?(?:consumed|drank|drunk|swallowed|taken|took|ate|eaten) (?:some |a "
    r"bottle of |the )?(?:pesticide|poison|bleach|weed ?killer|anti-?freeze|phenyl|harpic|sniper|"
    r"insecticide|rat poison|kerosene|dettol|toilet cleaner)|"
    r"(?:say|said|says) (?:him|her|dem|e|she|he) (?:wan|want to|wants to) kill (?:him|her|dem)self|"
    r"(?:is|'s) done with (?:everything|life|it all)|"
    r"(?:'d|would) be better off (?:dead|gone|without)|better off dead|"
    # dark posts: "my best friend has been posting really dark stuff on her story"
    r"(?:post(?:s|ed|ing)?|shar(?:es|ed|ing)|writ(?:es|ing)|wrote) (?:a lot of |loads of |"
    r"nothing but )?(?:(?:really|very|so|super|kinda|pretty) )?dark (?:stuff|things|posts|"
    r"quotes|messages|captions|poems)|"
    # "said they want to kms", "says she's ready to die", pills kept back or taken: "found my
    # sister saving up her tablets", "my roommate took a bunch of pills"
    r"(?:want|wants|wanna|going|gonna) (?:to )?kms\b|(?:is|'s|says (?:she|he|they)(?:'s| is| "
    r"are|'re)|said (?:she|he|they) (?:was|were|is|are)) ready to die|"
    r"(?:saving up|saved up|hoarding|stockpiling|stashing|hiding) (?:his|her|their) (?:\w+ )?"
    r"(?:pills|tablets|meds|medication|painkillers)|(?:found|finding) (?:a (?:stash|bag|pile|"
    r"load|box) of |some |loads of )?(?:pills|tablets|painkillers) (?:hidden|stashed|in (?:his|"
    r"her|their))|(?:took|taken|swallowed|downed) (?:a (?:bunch|lot|load|handful) of|loads of|too "
    r"many|a whole (?:bottle|box|pack|packet) of) (?:pills|tablets|meds|painkillers|paracetamol)|"
    # wanting to join someone who died, told of an old person: "my nan keeps saying she wants
    # to go be with grandad" (not "my son wants to be with his dad this weekend")
    r"wants? to (?:go (?:and )?)?(?:be with|join) (?:grandad|granddad|grandpa|grandma|nan|nana|"
    r"gran|granny|god|jesus|the angels|(?:her|his) (?:late )?(?:husband|wife))\b|"
    # goodbyes told as arrangements: "he's got his affairs in order", "won't be a burden
    # much longer", "going to drive off and not come back"
    r"(?:his|her|their) (?:affairs|things|papers) (?:in|into) order|sort(?:ed|ing)? out (?:his|"
    r"her|their) (?:will|affairs)|(?:(?:he|she|they)(?:'?ll| will)? |and )(?:won'?t|wont|will "
    r"not|not going to|isn'?t going to) be (?:a burden|around|here|a problem|in (?:anyone'?s|"
    r"your|our) way) (?:much|for (?:much|very)) longer|"
    r"(?:drive|driving|walk|walking|run|running) (?:off|away)\b.{0,30}"
    r"\b(?:not|never) (?:come|coming) back\b(?! (?:till|until|for|before))|"
    r"(?:showed|shown|shows|show) me (?:his|her|their) (?:\w+ )?(?:cuts|scars|burns|wounds)|"
    r"self[- ]?harm|cutting|(?:hurt|cut|burn(?:ed|t)?) (?:him|her|them)sel|overdos|"
    r"goodbye (?:message|note|post|text|letter|video)|(?:message|text|note|post|letter) saying "
    r"(?:goodbye|sorry for everything|bye)|left a note|(?:saying|said) goodbye to everyone|"
    r"giving (?:his|her|their) "
    r"(?:stuff|things|belongings) away|(?:took|taken|swallowed) (?:all|a (?:bunch|lot|load|"
    r"handful) of|loads of|too many) (?:of )?(?:his|her|their) (?:\w+ )?(?:pills|tablets|meds)|"
    r"(?:took|taken|swallowed|downed) a whole (?:bottle|box|pack|packet) of|"
    r"(?:he|she|they)(?:'s|'ve| has| have)? (?:just )?(?:took|taken|swallowed|downed) (?:a (?:load|"
    r"lot|bunch|handful) of|loads of|too many|all (?:the|of the)) (?:pills|tablets|meds|"
    r"painkillers|paracetamol))",
    re.IGNORECASE,
)
# A place to fall from, or dark posts, shared by someone: "posting really dark stuff on her
# story", "a picture of a bridge". Beside silence ("she's not answering") they are danger now.
_DARK_POSTS = (
    r"(?:(?:really|very|so|super|kinda|pretty) )?dark (?:stuff|things|posts?|quotes?|messages?|"
    r"captions?|poems?)|(?:pic|pics|picture|photo|snap|video|story|selfie) (?:of|from|on) (?:a |"
    r"the |some )?(?:high |tall )?(?:bridge|cliff|cliffs|ledge|rooftop|roof|train tracks|"
    r"railway|tracks|edge)"
)
# Signs that someone else may be in danger now, not just struggling.
URGENT_OTHER = re.compile(
    r"\bgoodbye (?:message|note|post|text|letter|video)|\bsaid goodbye to everyone\b|"
    r"\b(?:consumed|drank|drunk|swallowed|took|taken|ate|eaten) (?:some |a bottle of |the )?"
    r"(?:pesticide|poison|bleach|weed ?killer|anti-?freeze|phenyl|harpic|sniper|insecticide|"
    r"rat poison|kerosene|dettol|toilet cleaner)\b|"
    r"\b(?:texted|messaged|wrote|posted|sent|snapped|dm'?d)(?: me| us| everyone| the group)?"
    r"(?: a \w+)? saying (?:goodbye|bye|sorry for everything|(?:she|he|they)(?:'s| is| are|'re) "
    r"sorry for everything)\b|"
    r"\bblood everywhere\b|\b(?:cut|hurt|stabbed|slashed) (?:him|her|them)sel(?:f|ves) (?:really |"
    r"so |very )?(?:badly|bad|deep(?:ly)?)\b|"
    r"\bbleed(?:ing)? (?:really |so |very )?"
    r"(?:a lot|badly|bad|heavily|loads|so much|everywhere|through)\b|"
    r"\b(?:shoot|hang|kill) (?:him|her|them)sel(?:f|ves)\b.{0,40}\b(?:guns?|rope|tonight|now|rn)\b|"
    r"\b(?:guns?|rope)\b.{0,40}\b(?:shoot|hang|kill) (?:him|her|them)sel(?:f|ves)\b|"
    r"\b(?:going to|gonna|will|wants? to) kill (?:him|her|them)sel(?:f|ves)\b.{0,30}\b(?:tonight|"
    r"today|now|rn)\b|"
    r"\b(?:message|text|note|post|letter) saying (?:goodbye|sorry for everything|bye)\b|"
    r"\bleft a note\b|\b(?:won'?t|wont|can'?t|cant) stop (?:the )?bleeding\b|"
    r"\b(?:really|very|so) deep\b|\b(?:phone|phone'?s|phones) (?:is )?(?:off|dead)\b.{0,40}"
    r"\b(?:goodbye|note|sorry)|\b(?:goodbye|note|sorry)\b.{0,60}\bphone (?:is )?off\b|"
    r"\b(?:live|stream\w*|posting|posted)\b.{0,40}\b(?:going to|gonna|will) (?:jump|kill|end)\b|"
    r"\b(?:he|she|they)(?:'s|'ve| has| have)? (?:just )?(?:took|taken|swallowed|downed) "
    r"(?:a (?:load|lot|bunch|handful) of|loads of|too many|all (?:the|of the))\b|"
    r"\b(?:has|just|already) (?:taken|took|overdosed)\b(?! (?:the (?:kids|children|baby|car|"
    r"dog|cat|day off)|me|us|them|ages|forever|a while|over)\b)|\boverdosed\b|"
    r"\b(?:took|taken|swallowed) (?:all|a (?:bunch|lot|load|handful) of|loads of|too many) "
    r"(?:of )?(?:his|her|their) |"
    r"\b(?:he|she|they)(?:'s|'ve)? (?:just |has |have )?(?:took|taken|swallowed|downed) "
    r"(?:a whole (?:bottle|"
    r"box|pack|packet)|all (?:of )?(?:his|her|their|the)|[1-9]\d+)\b|"
    r"\b(?:will|'ll|gonna|going to|threaten\w* to|about to|trying to) (?:jump|end (?:it|"
    r"(?:his|her|their) (?:own )?life))\b.{0,30}\b(?:today|tonight|now|rn)\b|"
    r"\b(?:will|gonna|going to|threaten\w* to|says? (?:he|she|they)(?:'ll| will)) (?:drink|"
    r"swallow|take) (?:the |some )?(?:pesticide|poison|bleach|weed ?killer|anti-?freeze)\b|"
    r"\blocked (?:him|her|them)sel(?:f|ves) in\b|"
    # "my wife took an overdose", "he's od'd" (not "took an overdose last year")
    r"\b(?:took|taken|had|done) an? (?:overdose|od)\b(?!.{0,40}\b(?:last|ago|years?|months?|"
    r"weeks?|when|back in|before|once)\b)|\b(?:od'd|o\.d\.?'?d|oded|od-ed)\b(?!.{0,40}\b(?:"
    r"last|ago|years?|months?|weeks?|when|back in|before|once)\b)|"
    # about to drive drunk, beside a goodbye or a threat: "drinking all day and says she's
    # going to drive off"
    r"\b(?:drunk|drinking|been drinking|pissed|wasted|hammered|off (?:his|her|their) face)\b"
    r".{0,60}\b(?:going to|gonna|about to|wants? to|trying to|says? (?:he|she|they)(?:'?ll| will| "
    r"is| are|'?s|'?re) (?:going to |gonna )?)(?:drive|get in the car|take the car)\b|"
    # a goodbye sent with the means: "my bestie just sent me a pic of pills and said bye"
    r"\b(?:pic|pics|picture|photo|snap|video|selfie) (?:of|with) (?:\w+ )?(?:pills|tablets|meds|"
    r"a rope|rope|a noose|a knife|blades?|razors?|a gun)\b(?! (?:for|from) (?:her|his|their|the) "
    r"(?:doctor|gp|pharmacy|chemist)\b)|"
    r"\b(?:pills|tablets|meds|rope|noose|knife|blades?|razors?|gun)\b.{0,60}\b(?:and|then) "
    r"(?:just )?(?:said|says|saying|texted|wrote|typed) (?:goodbye|bye|sorry for everything|"
    r"love you all|i love you all)\b|"
    # the means, told by them: "she said she has pills", "he says he's got a stash saved up"
    r"\b(?:said|says|told me|texted|messaged)(?: me)? (?:that )?(?:he|she|they)"
    r"(?:'?s| has| have|'ve| had)? (?:got |been )?(?:saving |saved |stockpiling |hoarding )?"
    r"(?:up )?(?:a (?:load|lot|bunch|stash|box|pile) of |loads of |all (?:his|her|their) |"
    r"some |the )?(?:pills|tablets|meds|paracetamol|painkillers|a rope|rope|a knife|a blade|"
    r"razors?|a gun)\b(?! (?:for|from) (?:her|his|their|the) (?:doctor|gp|back|anxiety|"
    r"depression|pain|headache))|"
    r"\b(?:he|she|they)(?:'?s| has|'ve| have)? (?:got )?(?:a |the |his |her )?(?:knife|gun|"
    r"rope|blade|razor)\b|"
    r"\b(?:hitting|beating|hurting|attacking|strangling|choking|kicking|punching) (?:her|him|"
    r"them|my \w+)\b.{0,30}\b(?:right now|now|rn)\b|\bi can hear (?:it|them|him|her)\b|"
    r"\bhear (?:him|her|them) (?:hitting|screaming|hurting|beating)\b|"
    r"\b(?:won'?t|wont|can'?t|cant) (?:wake|wake up|be woken)\b|"
    r"\bunconscious\b|\b(?:isn'?t|not) breathing\b|"
    r"\b(?:is|he'?s|she'?s|they'?re) (?:on|at) (?:a|the) (?:bridge|roof|ledge|edge|cliff|"
    r"train tracks|tracks)\b|\b(?:isn'?t|not|won'?t|doesn'?t) (?:answering|picking up|"
    r"replying|respond\w*)\b.*\b(?:goodbye|suicid|overdos|pills|done with everything|"
    r"end(?:ing)? it|" + _DARK_POSTS + r")|"
    r"\b(?:goodbye|suicid|overdos|pills|done with everything|end(?:ing)? it|" + _DARK_POSTS + r")"
    r"\b.*\b(?:isn'?t|not|won'?t|doesn'?t) "
    r"(?:answering|picking up|replying|respond\w*)\b",
    re.IGNORECASE,
)
# Worry about someone, or asking how to help them: "i'm worried about my brother", "how do
# i support her". Without it, "my best friend has been talking behind my back" is about the
# person writing, not a request for advice on someone else.
CONCERN = re.compile(
    r"\b(?:worr(?:y|ied|ying)|concern(?:ed)?|scared for|afraid for|frightened for|"
    r"help(?:ing)? (?:him|her|them|my|a|someone)|support(?:ing)? (?:him|her|them|my|a|someone)|"
    r"how (?:do|can|should|would) i (?:help|support|talk|approach|reach|get|bring|ask|tell|"
    r"handle|deal|check|convince|be there)|what (?:else )?(?:should|do|can|could) i (?:do|say)|"
    r"what do i do|(?:is|seems|'s|has been|'s been|been) (?:really )?(?:struggling|depressed|"
    r"not ok|not okay|suicidal|self[- ]harming|in a bad way|not coping|not eating|withdrawn|"
    r"drinking)|keeps (?:saying|talking|crying)|i think (?:he|she|they|my|our)|"
    r"should i (?:be worried|say|do|tell|call|go)|any (?:advice|tips)|advice|"
    r"(?:he|she|they) (?:said|says|told me|texted|messaged)|is being|are being|"
    # "i dont know how to help", "shes struggling"
    r"(?:don'?t|dont|do not) know how to (?:help|support|talk to|reach|approach|be there)|"
    r"(?:shes|hes|theyre|theyve been) (?:really )?(?:struggling|depressed|not ok|not okay|"
    r"suicidal|self[- ]harming|in a bad way|not coping|not eating|withdrawn))\b",
    re.IGNORECASE,
)
# "a friend of mine is being abused by her boyfriend": someone else is being hurt.
THIRD_PARTY_ABUSE = re.compile(
    "(?:" + _SOMEONE + "|" + _AT_WORK + r").{0,60}\b(?:(?:being|been|is|was|gets|getting) "
    r"(?:abused|beaten|hit|raped|assaulted|hurt|controlled|molested|touched|neglected|mistreated)|(?:hits|beats|abuses|hurts|"
    r"chokes|controls|threatens|touches|touched|molests|rapes|raped|hitting|beating|abusing|"
    r"hurting|slapping|pushing|kicking|punching|neglecting|mistreating) (?:her|him|them)\b|"
    # pictures held over them: "my girlfriend's ex keeps threatening to post her nudes"
    r"threaten\w* to (?:post|share|leak|send|show|release) (?:her|his|their) (?:nudes|pics|"
    r"pictures|photos|videos?|private (?:pics|photos|pictures))\b)|"
    # their own child hurt by someone: "i think my ex is hurting our kid", "came back with
    # bruises" after a weekend away
    # (not "he's going to hurt my kids" nor "i'm scared i'll hurt my baby": a threat, or their
    # own fear, is their danger)
    r"\b(?:is|was|been|keeps?) (?:hitting|hurting|beating|abusing|smacking|punching|kicking|"
    r"touching|molesting) (?:my|our) (?:\w+ )?(?:kids?|child(?:ren)?|son|daughter|boy|girl|baby|"
    r"little one|toddler)\b",
    re.IGNORECASE,
)


# Someone already lost to suicide: grief ("my brother killed himself last year").
_LOST_TO_SUICIDE = re.compile(
    r"\b(?:died by|died from|died of|lost (?:\w+ ){0,3}to|committed|after (?:his|her|their)) "
    r"suicide\b|\b(?:killed|hanged|hung) (?:him|her|them)sel(?:f|ves)\b|"
    r"\btook (?:his|her|their) (?:own )?life\b",
    re.IGNORECASE,
)


def lost_to_suicide(text: str) -> bool:
    """A death by suicide told by someone bereaved."""
    return bool(_LOST_TO_SUICIDE.search(_plain(text)))


# Help under way for someone they were worried about: "ive rung 999", "we're in a taxi to
# a&e", "they found him, hes in hospital".
_HELP_UNDER_WAY = re.compile(
    r"\b(?:(?:i'?ve|ive|i have|just|we'?ve|weve|we have|i) (?:called|rung|rang|phoned)|"
    r"(?:i'?m|im|i am|we'?re|were|we are) (?:calling|ringing|phoning|on the phone (?:to|with))|"
    rf"{CALLING_NOW}|"
    r"on hold|ambulance(?:'s| is)? (?:here|coming|on (?:its|the) way)|"
    r"paramedics (?:are |have )?(?:here|came|arrived|with (?:him|her|them))|"
    r"police (?:are |have )?(?:here|came|arrived|on (?:their|the) way|found)|"
    r"(?:in|at|to|on (?:the|our) way to) (?:the )?(?:hospital|a ?& ?e|a and e|er|emergency room)|"
    r"in (?:a|the) (?:taxi|cab|car|ambulance)\b.{0,20}\b(?:to|hospital|a ?& ?e)|"
    r"(?:they|police|someone|we) found (?:him|her|them))",
    re.IGNORECASE,
)
_LOOKED_AFTER = re.compile(
    r"\b(?:in|at) (?:the )?(?:hospital|a ?& ?e|a and e|er)\b|\bparamedics (?:are |have )?"
    r"(?:here|with)|\bfound (?:him|her|them)\b",
    re.IGNORECASE,
)


# They are safe after all: "he's safe, thank god", "she's ok now", "false alarm".
_SAFE_NOW = re.compile(
    r"\b(?:he'?s|she'?s|they'?re|hes|shes|theyre|(?:he|she|they|\w+) (?:is|are)) (?:now |finally "
    r"|all |totally |completely |home |back home |actually )?(?:safe|ok|okay|alright|all right|"
    r"fine)\b|\bfalse alarm\b",
    re.IGNORECASE,
)
# Heard from at last: "she answered", "he just texted back".
_REACHED = re.compile(
    r"\b(?:he|she|they) (?:just |finally |has |have )?(?:answered|replied|texted back|text(?:ed)? "
    r"me back|picked up|called (?:me )?back|rang (?:me )?back|rung (?:me )?back|got back to me|"
    r"messaged (?:me )?back)\b",
    re.IGNORECASE,
)
# Still a hope or a question: "i hope she's ok", "is he ok?", "not sure if they're safe".
_STILL_UNSURE = re.compile(
    r"\b(?:hope|hoping|if|whether|make sure|check|checking|know|sure|pray|praying|wish|"
    r"not|n'?t|never|but)\b|\?",
    re.IGNORECASE,
)


def help_under_way(text: str) -> str | None:
    """Help called or come for someone else: "in_care" once they are being looked after,
    "called" while it is on its way, "safe" once they are safe, "reached" when they have
    answered; None otherwise."""
    plain = _plain(text)
    if not _HELP_UNDER_WAY.search(plain):
        if _STILL_UNSURE.search(plain):
            return None
        if _SAFE_NOW.search(plain):
            return "safe"
        return "reached" if _REACHED.search(plain) else None
    if re.search(r"\b(?:taxi|cab|car|on (?:the|our) way)\b", plain, re.IGNORECASE):
        return "on_the_way"  # "we're in a taxi to a&e"
    return "in_care" if _LOOKED_AFTER.search(plain) else "called"


# Signs of self-harm found on someone else: "i found cuts on my daughter's arms".
OTHER_HURT = re.compile(
    r"\b(?:found|saw|seen|noticed|spotted) (?:\w+ )?(?:cuts|scars|marks|burns|blood|razors?|"
    r"blades?)\b.{0,30}\b(?:on|in|under) (?:his|her|their|my (?:\w+ ){0,3}(?:son|daughter|kid|"
    r"child|friend|brother|sister|partner|boyfriend|girlfriend|teen|teenager|husband|wife)'?s?)\b|"
    # told or found out: "my daughter just told me she's been cutting herself"
    r"\b(?:told me|admitted|confessed|opened up|said|found out|discovered)\b.{0,25}\b(?:she|he|"
    r"they)(?:'s| is| has|'ve| have| are|'re)? (?:been )?(?:cutting|self[- ]?harming|burning|"
    r"scratching|hurting) ?(?:herself|himself|themselves|themself)?\b|"
    # feared: "i think my daughter is self harming", "worried my son has been cutting himself"
    r"\bmy (?:\w+ ){0,2}(?:son|daughter|kid|child|teen|teenager|boy|girl|stepson|stepdaughter)"
    r"(?:'s| is| has| might be| could be| may be)? (?:been )?(?:self[- ]?harming|cutting "
    r"(?:herself|himself|themselves|themself)|hurting (?:herself|himself|themselves|themself) on "
    r"purpose)\b",
    re.IGNORECASE,
)
# Something worrying posted or sent by someone else: "my mate posted something dark on insta",
# "she sent me a message that sounded like a goodbye".
DARK_POST = re.compile(
    r"\b(?:he|she|they|my (?:\w+ ){0,2}(?:mate|friend|bestie|bff|brother|sister|son|daughter|"
    r"cousin|boyfriend|girlfriend|bf|gf|partner|ex|dad|mum|mom|husband|wife)|someone i know)\b"
    r".{0,15}\b(?:posted|put up|shared|sent (?:me |us )?|texted (?:me )?|messaged (?:me )?|wrote|"
    r"tweeted|updated (?:his|her|their) (?:story|status))\b.{0,25}\b(?:(?:something|stuff|"
    r"things|a (?:message|post|story|text|note))(?: that)?(?: (?:sounded|sounds|looked|looks|"
    r"seemed|seems|felt))?(?: (?:really|so|proper|kinda|super|quite|very))? (?:dark|worrying|"
    r"scary|concerning|alarming|suicidal|final)|(?:like|sounded like|sounds like|looked like|"
    r"looks like) (?:a )?(?:goodbye|a suicide note|a note))\b",
    re.IGNORECASE,
)
# After worrying about someone at risk: they cannot be reached.
# Shut in where they cannot be reached: "she wont open the door", "he's locked himself in the
# bathroom", "they won't let me in".
LOCKED_IN = re.compile(
    r"\b(?:won'?t|wont|will not|isn'?t|isnt|not|doesn'?t|doesnt|refus\w*(?: to)?) (?:open|unlock|"
    r"answer) (?:the|her|his|their) (?:\w+ )?door\b|\blocked (?:herself|himself|themselves|"
    r"themself) in\b|\b(?:won'?t|wont|will not) let (?:me|us|anyone) in\b",
    re.IGNORECASE,
)
UNREACHABLE = re.compile(
    r"\b(?:won'?t|wont|isn'?t|is not|not|doesn'?t|stopped|hasn'?t been) (?:answer\w*|picking up|"
    r"pick up|repl\w*|respond\w*|read\w*)\b|\bphone'?s? (?:is )?(?:off|dead|going to voicemail)|"
    r"\bcan'?t (?:reach|find|get hold of|contact)\b|\b(?:idk|don'?t know|dont know) where\b|"
    r"\b(?:gone |is |went )missing\b|\bleft (?:the house|home) and\b",
    re.IGNORECASE,
)


# Someone else's words reported: "he said he wants to end it all", "she keeps saying she'd
# be better off dead".
REPORTED = re.compile(
    r"\b(?:he|she|they)\s+(?:said|says|told me|texted|messaged|keeps? saying|posted|wrote)\b"
    r".{0,40}\b(?:(?:kill|top|off|unalive) (?:him|her|them)sel(?:f|ves)|suicid\w*|wants? to die|"
    r"end (?:it|(?:his|her|their) (?:own )?life)|end it all|better off dead|(?:doesn'?t|don'?t) "
    r"want to (?:live|be here|be alive)|hurt (?:him|her|them)sel(?:f|ves))",
    re.IGNORECASE,
)


# Someone threatening to hurt others: "he's bringing a knife to school tomorrow to get people".
_THREAT_TO_OTHERS = re.compile(
    r"\b(?:bring(?:ing|s)?|brought|has|got|carry(?:ing)?|taking) (?:a )?(?:knife|gun|weapon|blade|"
    r"machete)\b.{0,40}\b(?:school|class|college|uni|work|the party|the match)\b|"
    r"\b(?:going to|gonna|wants? to|plans? to|planning to|threaten\w* to) (?:shoot|stab|attack|"
    r"hurt|get) (?:people|everyone|us|kids|the school|the class)\b",
    re.IGNORECASE,
)


def threatens_others(text: str) -> bool:
    """Someone else threatening an attack on other people: the school or the police, today."""
    return bool(_THREAT_TO_OTHERS.search(_plain(text)))


# The person writing is the one being hurt: "he pushed me", "is threatening me", "i'm locked
# in the bathroom" (told after or with someone else's name, it is still their own danger).
_AGAINST_ME = re.compile(
    r"\b(?:he|she|they|someone|somebody|a (?:man|guy|woman|stranger)|my (?:\w+ )?(?:boyfriend|"
    r"girlfriend|husband|wife|partner|ex|dad|father|mum|mom|mother|stepdad|stepmum|brother|"
    r"sister|uncle|son|daughter|carer|flatmate|roommate|landlord|boss))\b(?:\W+\w+){0,4}?\W+"
    r"(?:hit|hits|hitting|pushed|pushes|pushing|shoved|punched|punches|kicked|kicks|slapped|"
    r"slaps|choked|chokes|strangled|grabbed|threatened|threatens|threatening|hurt|hurts|"
    r"hurting|beat|beats|beating|attacked|raped|chased|chasing|locked|stabbed|burned|burnt|"
    # "hits her and me", "hits us": they are hurt too
    r"dragged|throttled|cornered) (?:me|us|(?:him|her|them|my \w+) and me)\b(?! up\b)|"
    r"\b(?:i'?m|im|i am) (?:locked|hiding|trapped|barricaded)\b|"
    r"\b(?:i'?ve|i have|i) (?:just )?(?:locked|barricaded) myself in\b|\b(?:i'?m|im|i am) next\b|"
    r"\b(?:i'?m|im|i am) (?:upstairs |downstairs )?(?:in|under) (?:the|my) (?:wardrobe|cupboard|"
    r"closet|bed)\b|"
    r"\b(?:he|she|they)(?:'ll| will| might|'d| would| can) hear me\b|"
    r"\b(?:banging|hammering|pounding|kicking) on my (?:\w+ )?door\b",
    re.IGNORECASE,
)


def hurt_themself_told(text: str) -> bool:
    """Told as happening to the person writing ("he pushed me into the wardrobe")."""
    return bool(_AGAINST_ME.search(_plain(text)))


# Their own wish to die, told with someone else in the story: "my mum shouts at me all the
# time and i want to die" (not worry for the mum).
_I_AT_RISK = re.compile(
    r"\b(?:i|i'?m|im|i am|i'?ll|ill)\s+(?:(?:just|really|honestly|actually|literally|so|kinda|"
    r"sometimes|seriously)\s+)*(?:want|wanna|going|gonna|about|ready|plan(?:ning)?|need)\s+"
    r"(?:to\s+)?(?:die|end it(?: all)?|end my life|jump|kill myself|not be here)\b|"
    r"\bi (?:really |just |honestly )?(?:don'?t|dont|do not) (?:want|wanna) (?:to )?(?:be here|"
    r"be alive|live|exist|wake up|go on)\b|"
    r"\bi(?:'?ve| have)? (?:just )?(?:took|taken|swallowed|downed) (?:a (?:bunch|lot|load|handful) "
    r"of|loads of|too many|all (?:of )?(?:my|the)|a whole|\d+)\b|\bi(?:'?ve| have)? (?:just )?"
    r"overdosed\b|"
    # ... or their own thoughts, harm and plans told plainly beside the others in the story:
    # "throwaway because my friends follow my main. i've been having suicidal thoughts",
    # "i'm a mum of two and i self harm", "i have decided i will jump from hostel terrace"
    r"\bi(?:'?ve| have)? (?:\w+ )?(?:been )?(?:having|had|get|getting|have) (?:\w+ ){0,2}"
    r"suicidal (?:thoughts|feelings|urges)\b|\b(?:i'?m|im|i am) (?!not\b|never\b)(?:\w+ )?"
    r"suicidal\b|\bi (?:self[- ]?harm|cut (?:myself|again|my (?:arms?|legs?|wrists?|thighs?|"
    r"hips?|stomach)))\b|\bi(?:'?ve| have) been (?:cutting|self[- ]?harming|hurting myself|"
    r"burning myself)\b|\bi (?:started|began) (?:cutting|self[- ]?harming|hurting myself) "
    r"again\b|\b(?:i (?:(?:have )?decided (?:i will|i'?ll|to)|will)|i'?ve decided (?:i will|"
    r"i'?ll|to)|i'll) (?:jump (?:off|from|in front)|end (?:it|my life)|kill myself|hang myself|"
    r"overdose)\b|"
    r"\bi(?:'?ve| have)? (?:been )?(?:looking|looked|searching|searched|googling|googled) "
    r"(?:up )?(?:ways|how) to (?:do it|die|kill myself|end (?:it|my life))\b|"
    r"\bi(?: keep| kept|'?ve| have|'?m| am)? (?:been )?(?:typing|writing|written|drafting|"
    r"drafted) (?:\w+ ){0,2}goodbye (?:texts?|messages?|notes?|letters?)\b|"
    r"\b(?:said|says|told me|thinks) (?:it'?s|its|it is|that'?s|this is|what i do is) "
    r"(?:a (?:form|kind|type) of )?self[- ]?harm\b",
    re.IGNORECASE,
)
# A parent's attempt remembered from childhood is their story, not worry now: "my mum has
# bipolar and when i was young she tried to take her own life twice", "my dad tried to kill
# himself when i was little".
_YOUNG = r"\bwhen i was (?:young|younger|little|a kid|a child|small|growing up|a teenager)\b"
_WHEN_I_WAS_YOUNG = re.compile(rf"[^.!?]{{0,80}}{_YOUNG}|{_YOUNG}[^.!?]{{0,80}}", re.IGNORECASE)


# How to help, or spot, someone at risk, asked in general: "how to support a suicidal
# teenager", "what are the warning signs of suicide".
_HOW_TO_HELP = re.compile(
    r"\b(?:support|help|talk to|deal with|approach|reach out to|look after|spot|recogni[sz]e|"
    r"tell if|know if) (?:a|an|my|someone|somebody|your|people|friends?|kids?|teens?)?\s?"
    r"(?:(?!i\b|im\b|me\b|myself\b)\w+ )?(?:who (?:is|self[- ]?harms)|who'?s|that is)? ?"
    r"(?:suicidal|self[- ]?harming)\b|"
    r"\b(?:warning )?signs (?:of|that (?:someone|somebody|a person|a friend|a child|my \w+) (?:is|"
    r"might be|could be)) (?:suicid\w*|self[- ]?harm\w*)|"
    # "i found a stash of pills in my son's sock drawer"
    r"\b(?:found|finding) (?:a (?:stash|bag|pile|load|box) of |some |loads of )?(?:pills|tablets|"
    r"painkillers|blades|razors?) (?:hidden |stashed )?(?:in|under|behind) (?:my|our) (?:\w+ )?"
    r"(?:son|daughter|child|kid|teen\w*|brother|sister|partner|husband|wife|mum|mom|dad|friend|"
    r"flatmate|roommate)'?s\b",
    re.IGNORECASE,
)


def is_third_party(text: str) -> bool:
    """Someone is worried about another person's safety (not grieving a death by suicide)."""
    text = _WHEN_I_WAS_YOUNG.sub(" ", _LOST_TO_SUICIDE.sub(" ", _plain(text)))
    if _AGAINST_ME.search(text):  # "my boyfriend has a knife and is threatening me"
        return False
    if _I_AT_RISK.search(text):  # "my sister had a baby last week and i want to die"
        return False
    return bool(
        THIRD_PARTY.search(text)
        or (re.search(_SOMEONE, text, re.IGNORECASE) and URGENT_OTHER.search(text))
        or THIRD_PARTY_ABUSE.search(text)
        or OTHER_HURT.search(text)
        or REPORTED.search(text)
        or _THREAT_TO_OTHERS.search(text)
        or _HOW_TO_HELP.search(text)
    )


# A death told by the bereaved: "my mum passed away last month".
_LOSS = re.compile(
    r"\b(?:passed away|passed on|died|funeral|lost my (?:\w+ )?(?:mum|mom|dad|mother|father|nan|"
    r"gran|grandma|grandad|grandpa|brother|sister|son|daughter|baby|husband|wife|partner|friend|"
    r"best friend)\b|(?:is|was) killed in|died by suicide|killed (?:him|her|them)sel(?:f|ves)|"
    r"took (?:his|her|their) (?:own )?life|"
    # the one who found them, days ago: "they found my cousin hanging in the garage yesterday"
    r"\bi was the one (?:who|that) found (?:him|her|them)\b|\bfound (?:him|her|them|my \w+)"
    r"(?: \w+)? (?:hanging|hanged|dead)\b(?=.{0,60}\b(?:yesterday|last (?:night|week|month|"
    r"year)|(?:days|weeks|months|years) ago|funeral)\b)|"
    # told by someone not there: "my cousin was found hanging last night"
    r"\b(?<!\bi )(?:was|were|got) found (?:hanging|hanged|dead)\b)",
    re.IGNORECASE,
)
_HELPING = re.compile(
    r"\b(?:help|support|comfort|be there for|talk to|cheer up)(?:ing)? (?:him|her|them|my)\b",
    re.IGNORECASE,
)


def tells_a_loss(text: str) -> bool:
    """A death told as their own loss, not a question about comforting someone else."""
    plain = _plain(text)
    return bool(_LOSS.search(plain)) and not _HELPING.search(plain)


# A death grieved over time: "last year", "would have been his birthday", "i miss him".
_GRIEVED = re.compile(
    r"\b(?:last (?:year|month|week|summer|winter|spring|autumn|christmas)|(?:\d+|a|one|two|three|"
    r"four|five|six|a few|a couple of|several) (?:years?|months?|weeks?) ago|would(?:'ve| have) "
    r"been (?:his|her|their) \w+|anniversary|i (?:still )?miss (?:him|her|them)|since (?:he|she|"
    r"they) (?:died|passed)|funeral)\b",
    re.IGNORECASE,
)


def grieved_over_time(text: str) -> bool:
    """A death told as a loss some time ago, grieved now, and no one else at risk told beside
    it ("my friend keeps talking about killing herself, her dad died last year" is worry)."""
    plain = _plain(text)
    if not (tells_a_loss(plain) and _GRIEVED.search(plain)):
        return False
    rest = [
        c for c in re.split(r"[.!?;,\n]+", plain) if not (_LOSS.search(c) or _GRIEVED.search(c))
    ]
    return not any(is_third_party(c) for c in rest)


def cannot_reach_them(text: str) -> bool:
    """ "he wont answer his phone now", "she wont open the door": said of someone already
    feared to be at risk."""
    plain = _plain(text)
    return bool(UNREACHABLE.search(plain) or LOCKED_IN.search(plain))


def third_party_abuse(text: str) -> bool:
    """Someone else is being abused (and not, by the words, the person writing)."""
    return bool(THIRD_PARTY_ABUSE.search(_plain(text)))


# Asked next, about the person they are worried about.
_PROMISED = re.compile(
    r"\bpromis\w*|\b(?:told|asked|made) me not to (?:tell|call|say)\b|\bkeep it (?:a )?secret\b|"
    r"\b(?:said|says) (?:not to|don'?t) (?:tell|call)\b|\bnot to (?:tell|call) anyone\b|"
    r"\bbetray\w*|\bhate me if i tell\b",
    re.IGNORECASE,
)
_TELL_ADULT = re.compile(
    r"\b(?:should|can|do) i tell (?:my |our |his |her |their |a )?(?:mum|mom|dad|parents?|"
    r"teacher|someone|anyone|an adult|the school|counsellor|counselor)\b",
    re.IGNORECASE,
)
_NOT_BELIEVED = re.compile(
    r"\b(?:doesn'?t|didn'?t|don'?t|won'?t|wont|dont|didnt|doesnt) (?:believe|listen to|take) "
    r"(?:me|it seriously)\b|\bthinks? i'?m (?:lying|making it up|overreacting)\b",
    re.IGNORECASE,
)
_FAR_AWAY = re.compile(
    r"\b(?:another|a different) (?:state|city|country|town)\b|\bfar away\b|\blives? in\b|"
    r"\b(?:don'?t|dont|do not) (?:know|have) (?:his|her|their) (?:address|location)\b|"
    r"\b(?:don'?t|dont|do not|no idea) (?:even )?(?:know )?where (?:he|she|they) (?:lives?|is|"
    r"are|stays?|lodges?)\b|"
    r"\bnot (?:near|nearby|close)\b",
    re.IGNORECASE,
)


def follow_up_about_them(text: str) -> str | None:
    """What the next message about the person at risk turns on: a promise of secrecy, whether
    to tell an adult, not being believed, being far from them, a door they won't open, or not
    reaching them."""
    plain = _plain(text)
    for name, pattern in (
        ("promise", _PROMISED),
        ("tell_adult", _TELL_ADULT),
        ("not_believed", _NOT_BELIEVED),
        ("far", _FAR_AWAY),
        ("door", LOCKED_IN),
        ("unreachable", UNREACHABLE),
    ):
        if pattern.search(plain):
            return name
    return None


def other_in_danger_now(text: str) -> bool:
    """ "my friend posted a goodbye message and isn't answering": call for help now."""
    return bool(URGENT_OTHER.search(_plain(text)))


def worried_about_someone(text: str) -> bool:
    """Worry about another person, or a question about how to help them."""
    return bool(CONCERN.search(_plain(text))) or is_third_party(text)


# Worry in so many words: "i'm worried about him", "how do i help her".
_WORRY = re.compile(
    r"\b(?:worr(?:y|ied|ying)|concern(?:ed)?|scared for|afraid for|frightened for)\b|"
    r"\b(?:help|support|reach|approach|talk to)(?:ing)? (?:him|her|them)\b",
    re.IGNORECASE,
)
# New here and asking how it works: "my daughter set this up for me. what do i do now?"
NEW_HERE = re.compile(
    r"\b(?:set (?:this|it|me) up (?:for me)?|signed me up|told me to (?:text|try|use|message) "
    r"(?:this|you|u)|how does this work|what do i do (?:now|next|with this|here)|new to this)\b",
    re.IGNORECASE,
)


def names_someone_close(text: str) -> bool:
    """A friend or relative named ("my brother", "a mate"), or worry for someone said
    outright."""
    plain = _plain(text)
    return re.search(_SOMEONE, plain, re.IGNORECASE) is not None or bool(_WORRY.search(plain))


def worry_for_someone_close(text: str) -> bool:
    """The model's reading of worry for someone else, borne out by the words: someone close
    named with worry ("my brother keeps saying..."), or worry said outright. Not a landlord's
    text, nor "my daughter set this up for me, what do i do now"."""
    plain = _plain(text)
    if NEW_HERE.search(plain):
        return False
    close = re.search(_SOMEONE, plain, re.IGNORECASE) is not None
    return (close and worried_about_someone(plain)) or bool(_WORRY.search(plain))


# Days after worrying about someone at risk, more about them: "shes still saying it", "he's
# doing it again", "update: she's still not eating". Kept for SERIOUS_THREAD_DAYS.
_STILL_THEM = re.compile(
    r"^\W*(?:(?:and|but|so|well|update|hi|hey|hiya|ok|um+)\W+)*(?:she|he|they|shes|hes|theyre)"
    r"(?:'?s|'?re| is| are| was| were| keeps?| has| have|'ve)? (?:(?:still|again|now)\b|(?:doing|"
    r"saying|said|talking about|posting) (?:it|that|the same|stuff like that) again\b)",
    re.IGNORECASE,
)
SERIOUS_THREAD_DAYS = 14


def still_them_later(text: str) -> bool:
    """ "shes still saying it": more about the person they worried about, days later."""
    return bool(_STILL_THEM.search(_plain(text)))
