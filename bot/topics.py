"""What a message is about, in plain words: what to call them, coping, medicine, the
service itself, their data and small talk.

`bot/routing.py` maps what is asked to the action that answers it; the words that tell
one topic from another live here.
"""

from __future__ import annotations

import re
from typing import Any

from bot.safety_words import NOT_THEIR_OWN_CRISIS, about_a_pet, pet_ate_something
from bot.safety_words.everyday import LINGERING_AILMENT, MEDICINE_MISHAP, SORE_BODY
from bot.safety_words.explained import ERRAND_FOR_US

# "call me sam", "my name is Priya": what to call them (said back, never stored).
THEIR_NAME = re.compile(
    r"^\W*(?:(?:you can |u can |pls |please )?call me|my name(?:'s| is)|i'?m called)\s+"
    r"([a-z][a-z'-]{0,20})\W*$",
    re.IGNORECASE,
)


# "Hi I'm Sarah", "hey, it's Tom here": a name said with a hello (capitalised, so that
# "hi im tired" is not a name), or "hello my name is priya".
GREETING_NAME = re.compile(
    r"^\W*(?i:hi+|hey+|hello+|hiya|heya|yo|good (?:morning|afternoon|evening))\W+(?i:there\W+)?"
    r"(?:(?i:i'?m|i am|it'?s|this is)\s+([A-Z][a-z'-]{1,20})|(?i:my name(?:'s| is))\s+"
    # ("Hello. My name is Margaret. My grandson set this up for me.": more after it)
    r"([A-Za-z][a-z'-]{1,20}))(?i:\s+here)?(?:\W*$|[.!]\s)"
)
# "im sarah, nice to meet you": a name said with "nice to meet you" (lower case as well).
_MET = (
    r"(?:(?:it'?s |its |it is )?(?:(?:so|very|really) )?(?:nice|good|lovely|great|pleased|glad|"
    r"a pleasure) to (?:meet|e-?meet) (?:you|u|ya)|nice meeting (?:you|u|ya))"
)
NAME_WITH_MET = re.compile(
    r"^\W*(?:(?:hi+|hey+|hello+|hiya|oh|ok|okay)\W+)*(?:i'?m|im|i am|it'?s|this is|my name(?:'s| "
    rf"is))\s+([a-z][a-z'-]{{1,20}})\W+(?:and\W+)?{_MET}",
    re.IGNORECASE,
)
_NOT_NAME_WORDS = (
    "Back Here New Not So Just Still Feeling Fine Good Great Ok Okay Alright Well Better "
    "Worse Sad Tired Stressed Scared Lonely Depressed Happy Bored Angry Upset Worried "
    "Struggling Exhausted Sorry Confused Lost Done Awake Up Down Low Anxious Nervous "
    "Overwhelmed Hurt Broken Sick Ill Suicidal Afraid Frightened Terrified Numb Empty "
    "Alone Home Busy"
)
_NOT_NAMES = frozenset(_NOT_NAME_WORDS.split())


def their_name(text: str) -> str | None:
    """The name in "call me sam" / "my name is Priya" / "Hi I'm Sarah", capitalised, or None."""
    found = THEIR_NAME.search(text)
    if found:
        return found.group(1).capitalize()
    greeted = GREETING_NAME.search(text) or NAME_WITH_MET.search(text)
    name = (greeted.group(1) or greeted.group(greeted.re.groups)).capitalize() if greeted else None
    return name if name and name not in _NOT_NAMES else None


# "how do i deal with anxiety", "any tips for loneliness": a few ideas, then an offer.
COPING = re.compile(
    # about themselves: "how do i help my friend with anxiety" is support for someone else
    r"^(?!.*\b(?:my|a|his|her|our) (?:friend|mate|partner|son|daughter|kid|child|mum|mom|dad|"
    r"brother|sister|wife|husband|boyfriend|girlfriend|student|colleague)s?\b)"
    r"(?!.*\b(?:him|her|them|someone|somebody)\b).*?"
    r"\b(?:how (?:do|can|should|would|could) (?:i|you|u|one|people|we)|how to|"
    r"ways to|tips|advice|ideas|what (?:can|should|do) (?:i|you|u) do|what helps?|"
    r"(?:tell|teach) me (?:more )?about|explain|info(?:rmation)? (?:on|about)|"
    r"help (?:me )?(?:with|deal with|cope with|manage|handle|get through|through)|"
    r"(?:deal|cope|dealing|coping) with)\b.{0,40}?"
    r"\b(anxiety|anxious|stress|stressed|stressing|panic\w*|worry|worrying|worries|"
    r"overthink\w*|nerves|nervous|sad|sadness|depress\w*|low|lonel\w*|alone|anger|angry|"
    r"rage|temper|grief|griev\w*|loss|heartbreak|break ?-?up|"
    # "how do i make friends as an adult", "tips for meeting new people": loneliness
    r"(?:make|making|find|finding) (?:new |some |more )?friends|meet(?:ing)? (?:new )?people)\b",
    re.IGNORECASE | re.DOTALL,
)
# A feeling told, then not knowing how to calm it: "i get so angry and i dont know how to calm
# down", "so anxious and idk how to stop it".
COPING_AFTER = re.compile(
    r"^(?!.*\b(?:him|her|them|someone|somebody)\b).*?\b(anxiety|anxious|stress|stressed|panic\w*|"
    r"worr\w*|nervous|angry|anger|rage|furious|mad|lonely|sad|low|depressed)\b.{0,40}?"
    r"\b(?:(?:(?:don'?t|dont|do not) know how to|idk how to)\s+(?:calm (?:myself |it )?down|"
    r"cope|deal with (?:it|this)|handle (?:it|this)|stop (?:it|feeling (?:like )?this))|"
    r"(?:can'?t|cant) (?:seem to )?calm (?:myself )?down)\b",
    re.IGNORECASE | re.DOTALL,
)
_COPING_KINDS = (
    ("anger", ("ang", "rag", "tem")),
    ("lonely", ("lon", "alo", "mak", "fin", "mee")),
    ("grief", ("gri", "los", "hea", "bre")),
    ("low", ("sad", "dep", "low")),
)


# A bare ask for advice ("what should i do?"): about what they just told us, if anything.
ADVICE_ASK = re.compile(
    r"^\W*(?:so|ok|okay|but|and|like|then|hmm+|um+)?\W*(?:(?:what|wat|wot|wht|whut) "
    r"(?:should|shud|shld|shoud|sud|can|cn|do|could|shall) i (?:do|try)(?: about (?:it|"
    r"this|that)| now| then| next)?|what now|"
    r"what am i (?:supposed|meant|expected) to do|any (?:advice|tips|ideas|"
    r"suggestions)|(?:got|have you got|do you have|have you) any (?:advice|tips|ideas|"
    r"suggestions)|"
    # "what i can do?", "what i should do now": asked in a second language's word order
    r"(?:what|wat) i (?:can|should|must|could) do(?: now| then)?|"
    r"what (?:do|would) you (?:suggest|recommend)|how (?:do|can|should) i (?:deal with|cope with|"
    r"handle|manage|get through|stop) (?:it|this|that|them|feeling like this)|how do i cope|"
    r"should i (?:say something|say anything|tell (?:him|her|them)|talk to (?:him|her|them)|"
    r"confront (?:him|her|them)|bring it up|text (?:him|her|them)|just leave it|let it go)|"
    r"what would (?:you|u) do|"
    # "idk what to do", "i dont know what to do now": asked too, in other words
    r"(?:idk|i (?:don'?t|dont|do not) know|dunno|no idea) what (?:to do|i should do|i can do)"
    r"(?: (?:about it|about this|now|then))?)"
    # "what am i supposed to do, just take it?"
    r"(?:\W+(?:just |simply )?(?:take|accept|put up with|ignore|leave|swallow) it)?"
    r"(?:\W+(?:tbh|honestly|ngl|anymore|any more|at all|rn|right now|lol|man|mate))*"
    r"\W*(?:\?|pls|please|tho|though)?\W*$",
    re.IGNORECASE,
)
# What a feeling the person told us calls for, when they then ask what to do about it.
COPING_FOR_EKMAN = {"fear": "anxiety", "sadness": "low", "anger": "anger"}
# The kinds whose ideas end by offering a breathing exercise (templates/bot/coping.txt).
COPING_WITH_BREATHING = ("anxiety", "anger")
# The other person, told about after a question about helping them ("she lives far away").
# Asking what to do now: "what do i do", "i dont know what to do", "how do i bring it up".
WHAT_NOW = re.compile(
    r"\bwhat (?:do|should|can|could) i (?:do|say)\b|\bwhat now\b|\bwhat do i do\b|"
    r"\bwhat (?:else )?(?:can|could|should) (?:i|we) (?:do|try|say)\b|\bwhat else\b|"
    r"\banything else i (?:can|could|should) do\b|"
    r"\b(?:don'?t|dont|do not|idk) (?:know )?what to (?:do|say)\b|\bhow do i (?:bring|ask|talk|"
    r"help|approach|start|get|reach|tell)\b|\bwhat (?:happens|if)\b|\bidk where\b",
    re.IGNORECASE,
)
# Asking to erase one thing, not everything: "delete my last message", "forget what i said".
# Some of it erased and the rest kept: "delete my messages but keep my reminders".
KEEP_THE_REST = re.compile(
    r"\b(?:delete|erase|remove|wipe|clear)\b(?:(?!\bremind).){0,40}\b(?:but|and|just) keep\b",
    re.IGNORECASE,
)
PART_OF_DATA = re.compile(
    r"\b(?:delete|erase|remove|forget|unsend|take back)\b.{0,20}\b(?:(?:my |the |that )?last "
    r"(?:message|text|thing|check[- ]?in)|that (?:message|text|check[- ]?in|one)|what i (?:just )?"
    r"(?:said|wrote|told you|sent)|(?:the )?(?:message|text|bit|part) (?:about|where)|"
    r"(?:that|this|the|my last) check[- ]?in|(?:my )?mood (?:history|scores?)|(?:all )?my "
    r"(?:check[- ]?ins|scores|moods)|(?:everything |all |what )?i (?:told|said to|sent|wrote to) "
    r"(?:you )?(?:today|yesterday|last night|tonight|this (?:morning|afternoon|evening)|earlier))"
    r"\b|" + KEEP_THE_REST.pattern,
    re.IGNORECASE,
)
# The messages stopped with nothing erased: "i want to stop getting messages but not delete
# anything", "can i stop the texts but keep my data".
_STOP_TEXTS = re.compile(
    r"\b(?:stop|unsubscribe|opt out|no more)\b.{0,30}\b(?:messages?|texts?|texting|messaging|"
    r"getting|receiving|me)\b",
    re.IGNORECASE,
)
_ERASE_NOTHING = re.compile(
    r"\b(?:not|without|don'?t|dont|do not|never|no)\s+(?:\w+\s+){0,2}?(?:delet\w*|eras\w*|wip\w*|"
    r"remov\w*|los(?:e|ing)|clear\w*)\b|\bkeep(?:ing)? (?:my|all my|the|all the|everything)\b",
    re.IGNORECASE,
)


def stop_but_keep(text: str) -> bool:
    """Whether they ask to stop our messages and keep what we hold ("stop the texts but keep
    my data"): how STOP works, and that it erases nothing, never a wipe."""
    found = _STOP_TEXTS.search(text)
    return bool(found and _ERASE_NOTHING.search(text, found.start()))


# Someone else's conversation: "delete my son's data", "can i see what she's been saying".
SOMEONE_ELSES_DATA = re.compile(
    r"\b(?:his|her|their|my (?:son|daughter|child|kid|partner|wife|husband|mum|mom|dad)'?s) "
    r"(?:data|messages|account|conversations?|chats?|history)\b|"
    r"\b(?:see|read|get|delete|erase) what (?:he|she|they)(?:'s|'ve| has| have)? "
    r"(?:been )?(?:said|saying|written|writing|told you)\b",
    re.IGNORECASE,
)
# Words a request to erase data comes with ("delete my data", "wipe everything", "forget me").
DELETE_WORDS = re.compile(
    r"\b(?:delete|deleted|deleting|erase|erased|remove|removed|wipe|wiped|clear|forget|destroy|"
    r"destroyed|purge|get rid of|data|history|account|"
    r"gdpr|records?|everything (?:you|u) (?:have|know|keep|store))\b",
    re.IGNORECASE,
)
THIRD_PERSON = re.compile(
    r"\b(she|he|they|her|him|them|his|their|hers|shes|hes|theyre)\b", re.IGNORECASE
)
LONELY = re.compile(r"\b(lonely|alone|isolated|no friends)\b", re.IGNORECASE)
# Anxiety told in its own words, however spelt ("so anxius", "cant stop shaking", "panicking"):
# read as anxiety even when the model hears another feeling.
ANXIOUS_WORDS = re.compile(
    r"\b(?:anx\w*|panick?(?:ing|y|ed)?|nervous|nervy|on edge|jittery|"
    r"(?:can'?t|cant|cnt) (?:stop|stp) (?:shaking|shakin|trembling))\b",
    re.IGNORECASE,
)


# "i need motivation", "i have zero motivation": ideas for a low patch.
MOTIVATION = re.compile(
    r"\b(?:need|needing|have no|got no|zero|no|lost (?:my|all)|lack of|lacking|can'?t find (?:any|"
    r"the)|struggling with|low) motivation\b|\bunmotivated\b|\bcan'?t get motivated\b",
    re.IGNORECASE,
)


def coping_kind(text: str) -> str | None:
    """anxiety | low | lonely | anger | grief for a question about coping, else None."""
    if MOTIVATION.search(text):
        return "low"
    found = COPING.search(text) or COPING_AFTER.search(text)
    if not found:
        return None
    word = found.group(1).lower()
    if word in ("mad", "furious"):
        return "anger"
    return next((k for k, starts in _COPING_KINDS if word.startswith(starts)), "anxiety")


# A reminder asked for: "remind", or "ping me", "text me"... with a time or how often.
_REMINDER_ASKED = (
    r"(?:\bremind|\b(?:ping|nudge|text|txt|message|msg|buzz|alert) me\b(?=.*(?:\d|\b(?:every|"
    r"each|daily|nightly|weekdays?|weekends?|tomorrow|tonight|noon|midday|midnight|morning|"
    r"evening|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b)))"
)
# Medicines by name or kind, for the questions about taking them safely.
_MEDS = (
    r"(?:pills?|tablets?|meds|medications?|medicines?|doses?|dosage|antidepressants?|"
    r"anti-depressants?|sleeping (?:pills?|tablets?)|painkillers?|sedatives?|antipsychotics?|"
    r"mood stabili[sz]ers?|ssris?|snris?|benzos?|sertraline|citalopram|escitalopram|fluoxetine|"
    r"prozac|paroxetine|mirtazapine|venlafaxine|duloxetine|amitriptyline|bupropion|lithium|"
    r"quetiapine|olanzapine|aripiprazole|lamotrigine|pregabalin|gabapentin|propranolol|diazepam|"
    r"valium|xanax|alprazolam|lorazepam|clonazepam|zopiclone|zolpidem|codeine|co-codamol|"
    r"tramadol|paracetamol|acetaminophen|tylenol|ibuprofen|nurofen|aspirin|melatonin|"
    r"the pill|antibiotics?|ritalin|methylphenidate|elvanse|vyvanse|adderall|concerta|calpol|"
    r"piriton|advil|panadol|motrin|benadryl|nytol|antihistamines?|calprofen)"
)
# A plan to take many, or to die, is never a medicine question (the crisis check has it).
_NOT_A_PLAN = (
    r"^(?!.*\b(?:all|whole|every|kill|killed|die|dying|dead|end it|end my|overdose|od|"
    r"sav(?:e|ed|ing) (?:them|it|up|my)|stockpil\w*|hoard\w*|stash\w*|never wake)\b)"
)
# "should i double my dose", "can i drink alcohol on citalopram", "i want to come off my meds",
# "what's the max paracetamol i can take", "is it safe to take xanax i bought online".
MEDICINE_ASKED = re.compile(
    _NOT_A_PLAN + r".*(?:"
    r"\bdouble (?:up|my|the|a|dose|doses)\b|\btake (?:a )?double\b|"
    r"\b(?:can|should|could|do|shall|would it be ok(?:ay)? to|is it ok(?:ay)? to) (?:i )?(?:just )?"
    r"(?:take|have) (?:2|two|both|an extra|extra|another|twice|more)\b|"
    r"\b(?:stop|stopping|quit|quitting|come off|coming off|get off|getting off|wean\w* (?:myself )?"
    r"off|cut down|cutting down|reduce|reducing|lower|change|increase|skip|skipping)\b"
    r"(?!\s+(?:remind|text|messag|nudg|ping|send|alert)\w*).{0,20}"
    rf"\b(?:my |the |these |your )?{_MEDS}\b|\btaper\w*\b|"
    r"\b(?:drink|drinking|alcohol|booze|beer|wine|pints?|drunk|weed|smoke)\b.{0,30}"
    rf"\b(?:on|with|while (?:on|taking)|and)\b.{{0,15}}\b{_MEDS}\b|"
    rf"\b{_MEDS}\b.{{0,30}}\b(?:and|with)\b.{{0,10}}\b(?:alcohol|drink|drinking|booze|beer|"
    r"wine)\b|"
    rf"\b(?:max|maximum|most|limit|safe (?:amount|dose)|too much)\b.{{0,25}}\b{_MEDS}\b|"
    rf"\b{_MEDS}\b.{{0,25}}\b(?:max|maximum|limit)\b|"
    # "how many paracetamol is too many", "how much ibuprofen is safe"
    rf"\bhow (?:much|many)\b.{{0,15}}\b{_MEDS}\b.{{0,25}}\b(?:too (?:much|many)|(?:is|are) safe|"
    r"(?:is|are) ok(?:ay)?)\b|"
    r"\b(?:bought|buy|buying|ordered|order|got|get|getting)\b.{0,25}\b(?:online|off the internet|"
    r"on the internet|off (?:a|my) (?:mate|friend|dealer)|from (?:a|my) (?:mate|friend|dealer)|"
    r"on the street|dark ?web|off instagram|off snapchat|off telegram)\b"
    r")",
    re.IGNORECASE,
)
_EXTRA_DOSE = re.compile(
    r"\bdouble\b|\b(?:take|have) (?:2|two|both|an extra|extra|another|twice|more)\b", re.I
)
_MISSED = re.compile(r"\b(?:missed|forgot|forgotten|skipped)\b", re.IGNORECASE)
_HOW_MUCH = re.compile(
    r"\b(?:max|maximum|most|limit|safe (?:amount|dose)|too much|how (?:much|many))\b", re.I
)
_STOPPING = re.compile(
    r"\b(?:stop|stopping|quit|quitting|come off|coming off|get off|getting off|wean\w*|"
    r"cut down|cutting down|reduce|reducing|lower|skip|skipping|taper\w*)\b",
    re.IGNORECASE,
)
_SUPPLY = re.compile(
    r"\b(?:dropped|spilled|spilt|lost|misplaced|(?:ran|run|running) out)\b", re.IGNORECASE
)
_ALCOHOL = re.compile(r"\b(?:drink|drinking|alcohol|booze|beer|wine|pints?|drunk)\b", re.I)
_NOT_PRESCRIBED = re.compile(
    r"\b(?:online|internet|dark ?web|dealer|mate|friend|street|instagram|snapchat|telegram)\b",
    re.IGNORECASE,
)


def medicine_asked(text: str) -> dict[str, bool]:
    """What a question about a medicine is about: an extra or missed dose, how much, stopping,
    alcohol, a supply lost or run out, pills not prescribed (bought online), an animal; for the
    answer to fit it."""
    return {
        "extra": _EXTRA_DOSE.search(text) is not None,
        "missed": _MISSED.search(text) is not None,
        "how_much": _HOW_MUCH.search(text) is not None,
        "stopping": _STOPPING.search(text) is not None,
        "alcohol": _ALCOHOL.search(text) is not None,
        "supply": _SUPPLY.search(text) is not None,
        "online": _NOT_PRESCRIBED.search(text) is not None,
        "pet": about_a_pet(text) or pet_ate_something(text),
    }


# Sexual or romantic messages to the bot: a calm boundary ("ur hot", "lets sext",
# "send me a pic of you", "will you marry me", "do you love me").
ROMANTIC = re.compile(
    r"\b(?:will|would|wanna|want to|can|could) (?:you|u) (?:marry me|be my (?:girlfriend|"
    r"boyfriend|gf|bf|wife|husband|partner|lover|valentine)|go out with me|date me)\b|"
    r"\b(?:do|can|could|would|will|does) (?:you|u) (?:ever |even )?(?:love|fancy|like like) me\b|"
    r"\b(?:marry|date) me\b",
    re.IGNORECASE,
)
INTIMATE = re.compile(
    r"\b(?:you'?re|youre|ur|u r|you are|u)\s+(?:so |really |very |well |proper |lowkey )?"
    r"(?:hot|sexy|fit|hawt|fine as)\b|\bhorny\b|\bsexy\b|\btouching myself\b|"
    r"\b(?:let'?s|lets|wanna|want to|can we|shall we|do (?:you|u) (?:want to|wanna)) "
    r"(?:\w+ )?(?:sext|have sex|fuck|hook up|make out|kiss|cuddle|get naked)\b|"
    r"\b(?:have sex|sleep|hook up|make out|sext|sexting) with (?:you|u|me)\b|"
    r"\bsend (?:me )?(?:a |some |ur |your )?(?:pic|pics|picture|pictures|photo|photos|selfie|"
    r"selfies|video|nudes?)s?(?: of (?:you|u|yourself|urself))?\W*$|\bsend (?:me )?nudes\b|"
    r"\bwhat (?:are|r) (?:you|u) wearing\b|"
    # asked of us only ("can you talk dirty to me"), not told of someone else
    r"\b(?:can|could|will|would|wanna|want to|do) (?:you|u) (?:talk|chat|speak|text) (?:dirty|"
    r"sexy|naughty)\b|^\W*(?:pls |please )?(?:talk|text) (?:dirty|sexy|naughty) to me\b|"
    + ROMANTIC.pattern,
    re.IGNORECASE,
)
# "if i tell you something bad will you tell anyone", "will you tell the police", "will my
# school find out", "can my employer see this", "can my parents find out".
_WHO_MIGHT_KNOW = (
    r"(?:school|teachers?|parents?|mum|mom|mam|dad|family|carers?|employer|boss|work|job|"
    r"company|manager|doctor|gp|police|social services|social worker|uni|university|college|"
    r"partner|husband|wife|boyfriend|girlfriend|bf|gf|friends?|insurance|landlord)"
)
TELLING_ASKED = re.compile(
    r"\b(?:will|would|do|are|r|have to|must|gonna|going to|could|can|might) (?:you|u)(?: have to|"
    r" need to| going to| gonna| ever| then)? (?:tell|inform|report|grass|snitch|pass (?:it|this|"
    r"that) on|share (?:it|this|that|what i say))\b(?! me\b)|"
    r"\b(?:will|would|could|can|might|do|does) (?:my |the |our |a |an |any )?(?:own )?"
    + _WHO_MIGHT_KNOW
    + r" (?:ever |be able to |somehow )?(?:find out|know|be told|get told|hear|see (?:this|these|"
    r"it|that|my|what|our)|read (?:this|these|it|that|my|what|our)|have access|get access|"
    r"access (?:this|it|my)|get (?:a copy|sent|notified|informed))\b|"
    r"\bif i tell (?:you|u)\b.{0,40}\b(?:tell|report|call|contact|know|find out|do anything)\b|"
    # "are my messages going to the nhs", "do my texts get sent to my gp"
    r"\b(?:are|is|do|does|will|would) (?:my |these |the |our )?(?:messages?|texts?|chats?|data|"
    r"info|answers?|check-?ins?|this)(?: (?:be|being|get|getting|ever))? (?:going|go|sent|shared|"
    r"passed on|given) (?:to|with) (?:the |my |your )?(?:nhs|gp|doctors?|police|school|uni|"
    r"employer|work|boss|social services|government|council|parents?|mum|mom|dad)\b|"
    # "are you sure you wont tell my mum", "promise u wont tell anyone"
    r"\b(?:you|u) (?:won'?t|wont|will not|wouldn'?t|wouldnt|aren'?t going to|arent gonna|"
    r"don'?t|dont) (?:ever )?(?:tell|inform|report|grass|snitch)\b(?! me\b)|"
    r"\b(?:stay|stays|kept|keep (?:it|this))(?: just)? between (?:us|you and me|me and you)\b|"
    r"\b(?:can|will|would) (?:you|u) keep (?:a |it |this )?(?:a )?secret\b|"
    # "do you share with my gp", "do u pass anything on to my doctor"
    r"\b(?:do|will|would|could|can|might) (?:you|u) (?:share|pass)(?: it| this| that| anything| "
    r"my \w+| what i say)?(?: on)? (?:with|to) (?:my |the |our |a )?" + _WHO_MIGHT_KNOW + r"\b|"
    r"\b(?:contact|call|ring|tell) (?:the )?(?:police|social services|my (?:school|parents|mum|"
    r"mom|dad|employer|boss|doctor|gp))\b.{0,30}\bif i\b",
    re.IGNORECASE,
)
# "can i talk to a gp", "i need a therapist", "can you refer me to a psychiatrist".
# How depression or anxiety shows: "how do i know if i have depression", "signs of anxiety".
SIGNS_ASKED = re.compile(
    r"\bhow (?:do|can|would|will) (?:i|you) (?:know|tell) (?:if|whether) (?:i'?m|i am|i have|"
    r"i'?ve got|it'?s|its|someone (?:is|has)) (?:got )?(?:depress\w*|anxiety|anxious|an anxiety "
    r"disorder)\b|\b(?:what are )?(?:the )?(?:signs|symptoms) of (?:depression|anxiety)\b|"
    # "google anxiety symptoms", "depression signs?": looked up, nothing else said
    r"^\W*(?:(?:google|search|look up|what are|list)\W+)?(?:the )?(?:depression|anxiety) "
    r"(?:signs|symptoms)\W*$|"
    r"\bwhat (?:does|do) (?:depression|anxiety) (?:feel|look) like\b",
    re.IGNORECASE,
)
_ANXIETY = re.compile(r"\banxi\w*", re.IGNORECASE)
# What to say at the appointment: "what do i say to them", "how do i tell my gp".
GP_TALK = re.compile(
    r"\bwhat (?:do|should|would|can) i (?:say|tell)(?: to)? (?:them|the (?:doctor|gp|nurse|"
    r"therapist)|my (?:doctor|gp|therapist))\b|\bhow (?:do|can|should) i (?:tell|explain (?:it )?"
    r"to|talk to|bring it up with|start the conversation with) (?:the |my )?(?:doctor|gp|nurse|"
    r"therapist)\b|\bwhat (?:do|should) i say (?:at|in) (?:the|my) (?:appointment|gp "
    r"appointment)\b",
    re.IGNORECASE,
)
# Care out of reach: "my insurance doesnt cover therapy", "therapy is too expensive", "the
# waiting list is 6 months". Heard as the barrier it is, with what may still be in reach.
_CARE = (
    r"(?:therapy|therapists?|counsell?ing|counsell?ors?|psychologists?|psychiatrists?|cbt|"
    r"talking therap(?:y|ies)|treatment|it|sessions?)"
)
CARE_BARRIER = re.compile(
    r"\b(?:insurance|medicaid|medicare|my plan|my policy|the nhs)\b.{0,30}\b(?:doesn'?t|does not|"
    r"won'?t|will not|wont|doesnt|dont|don'?t) (?:cover|pay for|include)\b|"
    r"\b(?:can'?t|cant|cannot|could ?n'?t|couldnt) (?:afford|pay for) " + _CARE + r"\b|"
    r"\b" + _CARE + r" (?:is|are|costs?) (?:way |so |too |really |very )*(?:expensive|"
    r"pricey|dear|unaffordable)\b|"
    r"\bwaiting (?:list|time)s?\b.{0,40}\b(?:\d+|six|eight|nine|ten|twelve|a few|several|"
    r"many) (?:weeks|months|years)\b|\b(?:been )?on (?:a|the) waiting list\b",
    re.IGNORECASE,
)
_WAITING = re.compile(r"\bwaiting\b", re.IGNORECASE)
GET_CARE = re.compile(
    r"\b(?:can|could|may) i (?:talk|speak|chat) (?:to|with) (?:a |an |the |my )?(?:gp|doctor|dr|"
    r"psychiatrist|psychologist|therapist|counsell?or|nurse|clinician|professional)\b|"
    r"\bi (?:need|want|would like|'d like|wanna|think i need)(?: to (?:see|talk to|speak to|get|"
    r"find|have))? (?:a |an |some |my )?(?:gp|doctor|therapist|therapy|counsell?or|counsell?ing|"
    r"psychiatrist|psychologist|professional help|mental health (?:team|support|services?))\b|"
    r"\b(?:can|could|will|would) (?:you|u) (?:refer|sign ?post|sign) me\b|"
    # "get me a therapist", "find me a counsellor": one asked for, which we can point to
    r"^\W*(?:(?:please|pls|plz|just|can you|could you|can u)\s+)*(?:get|find) me (?:a |an |some )?"
    r"(?:therapist|counsell?or|psychologist|psychiatrist|therapy|counsell?ing)\b|"
    r"\brefer(?:ral)?(?: me)? (?:to|for)\b.{0,20}\b(?:gp|doctor|psychiatrist|psychologist|"
    r"therapist|therapy|counsell?ing|camhs|mental health)\b|"
    r"\b(?:can|could) (?:you|u) (?:recommend|suggest|find me) (?:a |an |any |some )?(?:good )?"
    r"(?:therapists?|counsell?ors?|psychologists?|therapy|counsell?ing)\b|"
    r"\bhow much (?:does|do|is|are|would) (?:a |an )?(?:therapy|therapists?|counsell?ing|"
    r"counsell?ors?|psychologists?)(?: sessions?)? (?:cost|charge)?\b|"
    r"\b(?:free|cheap|low[- ]cost|affordable) (?:therapy|counsell?ing|therapists?|mental health "
    r"(?:support|help))\b|\b(?:therapy|counsell?ing) (?:on|through|from) the nhs\b|"
    r"\bhow (?:do|can) i (?:see|get|book|find|get to see) (?:a |an |my )?(?:gp|doctor|"
    r"psychiatrist|psychologist|appointment)\b|"
    # "can you book me a doctors appointment", "can u get me a gp appointment"
    r"\b(?:can|could|will|would) (?:you|u) (?:book|make|get|arrange|sort)(?: me)? (?:a |an |my )?"
    r"(?:gp|doctors?|doctor'?s|dr'?s?|drs|therapy|counsell?ing|nhs) ?(?:appointment|appt)s?\b|"
    # "can i get a therapist through this", "do you offer counselling": therapy asked of us
    r"\b(?:can|could) i (?:get|see|have|talk to|speak to|be referred to) (?:a |an |some )?"
    r"(?:therapist|therapy|counsell?or|counsell?ing|psychologist|psychiatrist) (?:through|on|via|"
    r"with|from|by) (?:this|you|u|mindlink|here|this (?:service|app|number|bot))\b|"
    r"\b(?:do|does|can) (?:you|u|this|mindlink) (?:have|offer|provide|do|give) (?:any |a |an )?"
    r"(?:therapists?|therapy|counsell?ing|counsell?ors?|psychologists?)\b|"
    r"\b(?:do|does) (?:you|u) know (?:of )?(?:any|a|some) (?:good )?(?:therapists?|counsell?ors?|"
    r"psychologists?|therapy)\b",
    re.IGNORECASE,
)
_BOOKING = re.compile(
    r"\b(?:can|could|will|would) (?:you|u) (?:book|make|get|arrange|sort)\b", re.IGNORECASE
)
_PSYCHIATRIST = re.compile(r"\bpsych(?:iatr|olog)\w*|\brefer", re.IGNORECASE)
_THERAPY = re.compile(r"\btherap\w*|\bcounsell?\w*", re.IGNORECASE)
# About MindLink itself: what it costs, who runs it, how safe it is.
COST_ASKED = re.compile(
    r"\b(?:is (?:it|this|mindlink|the app|this service) (?:really |actually )?free|"
    r"how much (?:does|is|do) (?:it|this|mindlink|you)(?: cost)?|"
    r"(?:does|will|would) (?:it|this|mindlink|texting (?:you|u)) cost|"
    r"(?:will|do) i (?:get|be) charged|any charges?|cost me|costs? anything|"
    r"do i (?:have|need) to pay|is there a (?:fee|charge|subscription)|free to use)\b|"
    # "will it use my data allowance", "does texting u use up my credit"
    r"\b(?:will|does|do|would) (?:it|this|texting (?:you|u)|messaging (?:you|u)|these texts) "
    r"(?:use|eat|take|come out of|count (?:towards|against))(?: up)? (?:my |much |a lot of |any )?"
    r"(?:data|credit|texts|minutes|allowance|bundle|data allowance)\b",
    re.IGNORECASE,
)
# Mobile data or credit asked about: the texts themselves, by channel.
DATA_USE = re.compile(r"\b(?:data|allowance|bundle|wifi|wi-fi)\b", re.IGNORECASE)
WHO_RUNS = re.compile(
    r"\b(?:is (?:this|it|mindlink)|are (?:you|u)|do (?:you|u)|does (?:this|it|mindlink))\b.{0,25}"
    r"\b(?:nhs|government|gov|govt|council|charity|company|business|mi5|police|state)\b|"
    r"\b(?:run|owned|funded|made|paid for|backed|part of) by (?:the )?(?:nhs|government|gov|"
    r"govt|council)\b|\bwho (?:made|created|built|makes|runs|owns|funds|pays for|is behind) "
    r"(?:you|u|this|mindlink|the bot|this bot)\b|\bwho (?:do|does) (?:you|u|this|mindlink) "
    r"(?:work|belong) (?:for|to)\b|"
    # "so who are the team", "who's on your team", "who are the people behind this"
    r"\bwho (?:are|r|is) (?:the|your|ur) (?:team|support team|staff|people behind (?:this|you|u)"
    r"|humans)\b|\bwho(?:'?s| is) on (?:the|your|ur) team\b",
    re.IGNORECASE,
)
# The bot asked about AI: "do you use chatgpt", "is this ai", "which ai are you".
AI_ASKED = re.compile(
    r"\b(?:chat ?gpt|gpt(?:[- ]?\d+\w*)?|openai|llms?|(?:large )?language models?|artificial "
    r"intelligence|a\.i\.?|ai)\b",
    re.IGNORECASE,
)
_AI_QUESTION = re.compile(
    r"\b(?:do|does|did|are|r|is|was) (?:you|u|this|it|mindlink)(?: bot| app| thing)? "
    r"(?:even |actually |just |really )?(?:use|using|run on|running on|powered by|built on|"
    r"based on|made with|made by|an?|like)? ?" + AI_ASKED.pattern + r"|\b(?:which|what) "
    r"(?:kind of )?(?:ai|llm|model|chat ?bot)\b.{0,20}\b(?:are|r|do|is) (?:you|u|this|it)\b",
    re.IGNORECASE,
)
ENCRYPTION = re.compile(r"\b(?:end[- ]to[- ]end|e2ee?|encrypt\w*)\b", re.IGNORECASE)
ANONYMOUS = re.compile(
    r"\banonym\w*|\b(?:do|does) (?:you|u|it) (?:know|see|have) my name\b|"
    r"^\W*(?:so |and |wait )?(?:what'?s|whats|what is) my name\W*$",
    re.I,
)
KEEPING = re.compile(
    r"\bhow long (?:do|will|would|does|is) (?:you|u|it|mindlink|this|my (?:data|stuff|info|"
    r"messages))\b.{0,15}\b(?:keep|kept|store|stored|save|saved|hold|held|last|stay)\w*\b|"
    r"\bwhen (?:do|will) (?:you|u) delete\b|\bdo (?:you|u) (?:ever )?delete (?:it|my|them|"
    r"messages)\b|"
    # "do you keep my messages forever", "is my stuff stored permanently"
    r"\b(?:keep|kept|store|stored|save|saved|hold|held)\b.{0,12}\b(?:messages|texts|data|stuff|"
    r"info|chats?|conversations?|words)\b.{0,12}\b(?:forever|for ever|permanently|indefinitely)\b|"
    r"\b(?:messages|texts|data|stuff|info|chats?|conversations?|words)\b.{0,12}\b(?:kept|stored|"
    r"saved|held)\b.{0,12}\b(?:forever|for ever|permanently|indefinitely)\b",
    re.IGNORECASE,
)
# "is this a scam?", "are u spam" (not "is it a scam", which may be about something else).
SCAM = re.compile(
    r"\bis (?:this|mindlink|this (?:text|number|message|service)) (?:a |some )?(?:kind of )?"
    r"(?:scam|spam|phishing|fake)\b|\b(?:are|r) (?:you|u) (?:a )?(?:scam|scammer|spam|fake)\b",
    re.IGNORECASE,
)
# "i dont trust this", "not sure i trust you": doubt said, not asked.
DISTRUST = re.compile(
    r"\b(?:don'?t|dont|do not|can'?t|cannot|not sure (?:if )?i(?: can)?|never) trust (?:this|you|u|"
    r"it|mindlink|bots?|apps?|this (?:bot|app|thing|service|number))\b",
    re.IGNORECASE,
)
TRUST = re.compile(
    SCAM.pattern + r"|" + DISTRUST.pattern + r"|"
    r"\b(?:can|should|could) i (?:really |actually )?trust (?:you|u|this|mindlink|this bot)\b|"
    r"\b(?:are|r) (?:you|u) (?:safe|trustworthy|legit)\b|\bis (?:this|it|mindlink) legit\b|"
    r"\bis (?:it|this) safe to (?:talk|tell|text|share|open up)\b",
    re.IGNORECASE,
)
AGE_LIMIT = re.compile(
    r"\bhow old do (?:i|you|u) (?:have|need) to be\b|\bis there an age (?:limit|restriction|"
    r"requirement)\b|\bminimum age\b|\bage limit\b|\bwhat age (?:do|can|is)\b",
    re.IGNORECASE,
)
# Sent here by someone: "I was told to text this number by my GP", "my nurse gave me this
# number", "my therapist said to try this app".
REFERRED = re.compile(
    r"\b(?:told|asked|advised|referred|recommended|suggested|said)\b.{0,20}\b(?:text|txt|message|"
    r"contact|try|use)\b.{0,12}\b(?:this number|you|u|mindlink|this (?:service|app|bot|line))\b|"
    r"\bgave me (?:this|your) number\b|\b(?:referred|sent) (?:me )?(?:here|to (?:you|u|mindlink|"
    r"this))\b|"
    # "someone at my gp surgery said to text this"
    r"\b(?:said|told me|suggested|recommended)\b.{0,20}\b(?:text|txt|message|try)(?:ing)? "
    r"(?:this|here)\W*$",
    re.IGNORECASE,
)
# Who we are, asked again or asked plainly: "who is this again", "remind me who you are",
# "is this the mental health service?", "wetin be this one" (Pidgin: what is this?).
WHO_WE_ARE = re.compile(
    r"^\W*(?:(?:sorry|um+|hmm+|hi|hey|hello|oh|wait|so|ok|okay)\W+)*(?:who|what|wat)(?: is|'s|s|"
    r" are| r)? (?:this|dis|you|u|mindlink|it)(?: again| exactly)*(?: again)\W*$|"
    r"^\W*(?:(?:sorry|um+|hmm+|oh|wait|so|ok|okay|can you|could you|pls|please)\W+)*remind me "
    r"(?:who|what) (?:you are|this is|u are|ur)(?: again)?\W*$|"
    r"^\W*(?:(?:abeg|please|pls|biko|oga|sir|ma)\W+)*(?:wetin|weytin|wat) (?:be|b|is) (?:this|dis)"
    r"(?: one| thing| number)?\W*$|"
    r"\bis (?:this|it|that) (?:the|a) (?:mental health|wellbeing|well-being|support|counsell?ing|"
    r"crisis|nhs|gp|doctor'?s?)\b[\w' ]{0,20}?\b(?:service|line|number|app|helpline|bot|thing|"
    r"team)\b|"
    # "is this for emergencies", "can i use this in an emergency": what we are, and are not
    r"\bis (?:this|it|mindlink|this (?:service|app|number|bot)) (?:for|an?) emergenc(?:y|ies)"
    r"(?: (?:service|line|number))?\b|\b(?:can|should|do) i (?:use|text) (?:this|you|u|"
    r"mindlink) (?:in|for) (?:an )?emergenc(?:y|ies)\b|"
    # "hello? who is this", "um hi, who am i talking to", "so what is this exactly"
    r"^\W*(?:(?:sorry|um+|erm|hmm+|hi|hey|hiya|hello|oh|wait|so|ok|okay)\W+)+(?:who(?: is|'s) "
    r"(?:this|dis)|who (?:am i|are we) (?:talking|texting|speaking|chatting) (?:to|with)|(?:what|"
    r"wat)(?: is|'s|s) (?:this|dis))(?: exactly| then| anyway| please| pls)?\W*$|"
    r"^\W*(?:what|wat)(?: is|'s|s) (?:this|dis) (?:exactly|then|anyway|about)\W*$|"
    # "i got a text from this number?", "whose number is this"
    r"\b(?:got|had|received|getting|get|keep getting) (?:a |an |some )?(?:texts?|messages?|msgs?|"
    r"sms) from (?:this|your|ur) (?:number|no)\b|\b(?:who(?: is|'s)|whose) (?:this )?number "
    r"is this\b|\bwho(?: is|'s) this number\b|" + REFERRED.pattern,
    re.IGNORECASE,
)
# How we have their number: "how did u get my number", "who gave you my number".
OUR_NUMBER = re.compile(
    r"\b(?:how|where|why) (?:did|do|have) (?:you|u|ya|this|mindlink|this number) (?:get|got|have|"
    r"find) (?:my|this) (?:number|no\.?|digits|contact|details)\b|\bwho gave (?:you|u) my "
    r"(?:number|no\.?|details)\b",
    re.IGNORECASE,
)
# What is kept about them: "what do u have on me", "what info do u keep", "what do you know
# about me".
WHAT_KEPT = re.compile(
    r"\bwhat (?:do|did|will) (?:you|u) (?:have|got|know|keep|store|save|hold|collect|record)"
    r"(?: on| about) me\b|\bwhat (?:info|information|data|details|stuff|things?|messages|personal "
    r"(?:info|data|details)) (?:do|will|did|have) (?:you|u) (?:keep|kept|store|stored|save|saved|"
    r"have|hold|collect|record|got)\b|\bwhat (?:do|did) (?:you|u) (?:keep|store|save|record)\W*$|"
    r"\bwhat(?:'?s| is) (?:kept|stored|saved|held) (?:about|on) me\b",
    re.IGNORECASE,
)
# Why it is kept: "why do u need my data", "what do you need my number for".
WHY_KEPT = re.compile(
    r"\bwhy (?:do|would|does|did) (?:you|u|it|mindlink|this) (?:need|want|keep|store|collect|"
    r"save|ask for|have) (?:my|our|all (?:my|this|that)|the) ?(?:data|info|information|details|"
    r"messages|number|phone number|conversations?|chats?|stuff)\b|\bwhy (?:keep|store|save) "
    r"(?:my|our) (?:data|messages|conversations?|chats?)\b|\bwhat (?:do|would) (?:you|u) "
    r"(?:need|want) my (?:data|info|information|number|details) for\b|"
    # the consent question answered with a question: "why do u need to keep it", "why would u
    # keep it", "why u keeping it", "what r u gonna do with it"
    r"^\W*(?:but |so |and |ok |okay |wait )?(?:why (?:do |would |does |did )?(?:you|u|ya|it|"
    r"mindlink)(?: even| actually)? (?:need|want|wanna|have|got)?(?: to)? ?(?:keep|store|save|"
    r"record|track)(?:ing)?|what (?:are|r|will|would|do) (?:you|u) (?:gonna |going to )?do "
    r"with) (?:it|that|this|them|(?:my|our|the) (?:data|messages|texts|chats?|conversations?|"
    r"info|stuff|answers))(?: for| then| tho| though| anyway)?\W*$",
    re.IGNORECASE,
)
# When we can be texted: "what are your opening hours", "can i text you at 3am", "do you work
# weekends" (not "can you text me at 3am", which asks for a reminder).
HOURS_ASKED = re.compile(
    r"\b(?:what are|what'?s|whats|what r) (?:your|ur|the) (?:opening |open |working )?(?:hours|"
    r"times)\b|\bwhen (?:are|r) (?:you|u) (?:open|available|around|online)\b|"
    r"\b(?:can|could|may) i (?:text|message|msg|talk to|reach|contact) (?:you|u|this|mindlink) "
    r"(?:at (?:any ?time|night|\d{1,2}(?::\d\d)? ?(?:am|pm)?)|in the (?:night|middle of the night|"
    r"early hours)|any ?time|whenever|late(?: at night)?|overnight|every ?day|daily|as (?:often|"
    r"much) as i (?:like|want|need)|on (?:weekends?|sundays?|"
    r"christmas|bank holidays))\b|"
    r"\b(?:do|are|r) (?:you|u) (?:work|open|available|around|on|online) (?:on )?(?:weekends?|at "
    r"night|overnight|24/?7|all (?:day|night)|late|sundays?|bank holidays|christmas)\b|"
    r"\b(?:are|r) (?:you|u) (?:24/?7|always (?:there|here|on|around|available|awake))\b|"
    r"\bis (?:this|it|mindlink) (?:24/?7|open (?:24|all|at night|on weekends))\b",
    re.IGNORECASE,
)
# Why we ask how they feel: "why do you keep asking how i feel", "why do you ask for my mood".
WHY_MOOD = re.compile(
    r"\bwhy (?:do|does|did|are|r) (?:you|u|it|this)(?: keep| always| even)? ask(?:ing)? (?:me )?"
    r"(?:for |about )?(?:my mood|how i(?:'m| am)? feel\w*|how i(?:'m| am) doing|for a (?:number|"
    r"score)|to rate|(?:for )?a mood)|"
    r"\b(?:you|u) ask (?:me )?(?:too|so|way too) many questions\b|"
    r"\bwhat(?:'?s| is) the (?:point|reason) (?:of|for|in) (?:the|these|your|my|all (?:the|"
    r"these)) (?:mood )?(?:check[- ]?ins?|scores?|numbers?|ratings?)\b|"
    # "whats the point of checking in", "why should i check in", "why do you keep asking me
    # that": the check-in questions themselves
    r"\bwhat(?:'?s| is) the (?:point|reason) (?:of|for|in) (?:checking in|doing (?:the |these |"
    r"a )?check[- ]?ins?)\b|\bwhy (?:should|would|do) i (?:bother )?(?:check(?:ing)? in|do "
    r"(?:the |these |a )?check[- ]?ins?)\b|^\W*(?:but |so |ok |okay |um+ )?why (?:do|does|are|"
    r"r) (?:you|u|it) (?:keep(?: on)?|always) ask(?:ing)? (?:me )?(?:that|this|the same "
    r"(?:thing|question))\b",
    re.IGNORECASE,
)
# How long a person from the team takes, asked before asking for one: "how long will i have
# to wait for someone", "how quickly do your team reply", "when will a real person get back
# to me". (Once one is asked for, the wait is answered where the handover waits.)
TEAM_WAIT = re.compile(
    r"\bhow (?:long|quick(?:ly)?|fast|soon)\b.{0,40}\b(?:someone|somebody|a (?:real )?"
    r"(?:person|human)|(?:your|the) team|staff|(?:real )?people|a counsell?or|they)\b.{0,30}"
    r"\b(?:reply|replies|respond|answer|get back|join|take|come|text back|message)\b|"
    r"\bhow long (?:will|would|do|does|did) (?:i|you|it) (?:have to |need to |normally |usually )?"
    r"(?:wait|take)\b.{0,30}\b(?:someone|somebody|a (?:real )?(?:person|human)|the team|staff|"
    r"people|to talk)\b|\bwhen (?:will|would|does|do) (?:someone|somebody|a (?:real )?(?:person|"
    r"human)|the team|your team|staff) (?:reply|respond|answer|get back|join|text)\b",
    re.IGNORECASE,
)
# Nothing to install: "do i need to download anything", "is there an app", "do i need to sign up".
NO_APP = re.compile(
    r"\b(?:do|will|would|should) i (?:need|have) to (?:download|install|sign up|register|make an "
    r"account|create an account|log ?in|pay)\b|\bis there an app\b|\b(?:do|does) (?:you|u|this|"
    r"mindlink) have an app\b|\bdownload (?:anything|an app|the app)\b",
    re.IGNORECASE,
)
# Someone else using it too: "can my friend use this too", "can my mum text you as well".
SHARED_WITH = re.compile(
    r"\bcan (?:my|a) (?:friends?|mates?|mum|mom|dad|sister|brother|partner|wife|husband|son|"
    r"daughter|kids?|child|family|colleagues?|flatmates?|boyfriend|girlfriend|other people|"
    r"anyone else) (?:also )?(?:use|text|message|try|sign up (?:for|to)|join) (?:this|you|u|"
    r"mindlink|it)\b",
    re.IGNORECASE,
)
# Who it is for: "is this only for the uk", "does it work abroad", "who is this for".
WHO_FOR = re.compile(
    r"\bis (?:this|it|mindlink) (?:only|just) (?:for|in) (?:the )?(?:uk|england|britain|scotland|"
    r"wales|ireland|nhs|us|usa|states|america|canada|australia|students|adults|kids|teens|young "
    r"people|women|men|people|patients|residents|locals|brits)\b|"
    r"\b(?:does|do|will|would) (?:this|it|mindlink|you|u) (?:work|still work) (?:in|outside|from|"
    r"abroad|overseas)\b|\bwho (?:can use|is (?:this|it|mindlink) (?:for|meant for))\b",
    re.IGNORECASE,
)
# How texting us goes: "how do you work", "how does this thing even work", "how does mindlink
# work" (answered with templates/bot/about_how.txt where the menu would be).
HOW_WE_WORK = re.compile(
    r"\bhow (?:does|do|d) (?:it|this|you|u|ya|mindlink|this (?:thing|app|bot|service|chat)) "
    r"(?:actually |even |really |exactly )?work\b|\bhow (?:does|do) (?:this|it) (?:all )?go\b|"
    r"\bwhat(?:'?s| is) (?:this|mindlink) (?:service|app|thing|number|bot|text service)\b",
    re.IGNORECASE,
)
# Questions with an answer of their own (templates/bot/about_*.txt, medicine_*.txt).
ABOUT_TEMPLATES = {
    "hush": "hush",
    "intimate": "about_boundary",
    "medicine": "medicine_question",
    "errand": "about_errand",
    "ailment": "about_ailment",
    "sore": "about_sore",
    "telling": "about_telling",
    "get_care": "about_getting_care",
    "care_barrier": "about_care_barrier",
    "gp_talk": "about_gp_talk",
    "signs": "about_signs",
    "cost": "about_cost",
    "who_runs": "about_who_runs",
    "encryption": "about_encryption",
    "anonymous": "about_anonymous",
    "keeping": "about_keeping",
    "trust": "about_trust",
    "age_limit": "about_age",
    "who_we_are": "about_us",
    "our_number": "about_number",
    "what_kept": "about_kept",
    "why_kept": "about_why_kept",
    "hours": "about_hours",
    "team_wait": "about_team_wait",
    "why_mood": "about_why_mood",
    "shared_with": "about_shared_with",
    "no_app": "about_no_app",
    "who_for": "about_who_for",
}
# About us, whatever the model read in them: never a crisis or a hand-over on their own.
ABOUT_US = frozenset(ABOUT_TEMPLATES) | {"hospital"}
_POLICE = re.compile(r"\b(?:police|cops?|social services)\b", re.IGNORECASE)
# "do you sell my data", "is my info sold to advertisers": answered with a plain no first.
SOLD = re.compile(r"\b(?:sell|sold|selling|advertis\w*|marketing)\b", re.IGNORECASE)


# Several questions about us in one message: "is this free? is it private?", "who are you
# and what do you do", each answered in turn (only one of the answers about who can read it).
_QUESTION_BREAK = re.compile(
    r"\?+|[.!;]\s+|,?\s+(?:and|&|also|plus|or|but)\s+(?=(?:is|are|can|could|who|what|how|do|"
    r"does|will|would|r|whats|who'?s)\b)",
    re.IGNORECASE,
)
_WHAT_WE_DO = re.compile(
    r"^\W*(?:(?:so|and|but|ok|okay)\W+)?what (?:do|can|does|will) (?:you|u|it|this|mindlink) "
    r"(?:do|offer|help with)(?: exactly| then)?\W*$",
    re.IGNORECASE,
)
_WHO_READS = frozenset({"privacy", "telling", "anonymous", "encryption", "trust", "keeping"})
_ANSWERED_TOGETHER = _WHO_READS | {
    "cost", "who_runs", "bot", "who_we_are", "how", "no_app", "hours", "who_for"
}  # fmt: skip


def questions_about_us(text: str) -> list[str]:
    """The questions about us in a message, in the order asked ("cost", "privacy", "how"...),
    with only the first of those about who can read it."""
    asked: list[str] = []
    for part in _QUESTION_BREAK.split(text):
        if not part.strip():
            continue
        how = HOW_WE_WORK.search(part) or _WHAT_WE_DO.match(part)
        topic = "how" if how else service_topic(part)
        if topic not in _ANSWERED_TOGETHER or topic in asked:
            continue
        if topic in _WHO_READS and _WHO_READS.intersection(asked):
            continue
        asked.append(str(topic))
    return asked


def about_words(text: str) -> dict[str, bool]:
    """What in the words shapes the answer to a question about us or a medicine."""
    return {
        **medicine_asked(text),
        "romantic": ROMANTIC.search(text) is not None,
        "police": _POLICE.search(text) is not None,
        "psychiatrist": _PSYCHIATRIST.search(text) is not None,
        "therapy": _THERAPY.search(text) is not None,
        "waiting": _WAITING.search(text) is not None,  # "the waiting list is 6 months"
        "referred": REFERRED.search(text) is not None,
        "scam": SCAM.search(text) is not None,
        "distrust": DISTRUST.search(text) is not None,
        "anxiety": _ANXIETY.search(text) is not None,
        "data_use": DATA_USE.search(text) is not None,
        "booking": _BOOKING.search(text) is not None,  # "can you book me a gp appointment"
        "through_us": _THROUGH_US.search(text) is not None,  # "do you offer counselling"
        "name_asked": _NAME_ASKED.search(text) is not None,  # "whats my name"
    }


# Their name asked of us: "whats my name", "do you know my name".
_NAME_ASKED = re.compile(
    r"\b(?:do|does) (?:you|u|it) know my name\b|\bwhat(?:'?s| is) my name\b", re.IGNORECASE
)
# Therapy asked of us: "can i get a therapist through this", "do you offer counselling".
_THROUGH_US = re.compile(
    r"\b(?:through|via|from|on|with|by) (?:this|you|u|mindlink|here)\b|\b(?:do|does|can) (?:you|"
    r"u|this|mindlink) (?:have|offer|provide|do|give)\b",
    re.IGNORECASE,
)


# "shut up", "SHUT UP!!", "stfu", "oh just shut up bot", sent alone: said to us, and met with a
# short sorry and a way to pause (not "shut up that's amazing", "omg shut up 😂").
HUSH = re.compile(
    r"^(?!.*(?:\blol\b|\blmao\b|\bhaha|\bomg\b|\bno way\b|😂|🤣|😭|😍|🥹|💀))\W*(?:(?:oh|just|"
    r"please|pls|plz|can you|could you|will you|would you|ugh+|god|jesus|ffs|bro|mate|dude|man|"
    r"bot|and)\W+)*(?:(?:shut\W*(?:u+p+|it)|stfu+|shush+|shh+|be quiet|zip it|pipe down|give it "
    # "fuck off", "piss off bot", "jog on": told to go, said to us alone (not "he told me to
    # fuck off")
    r"a rest|(?:fuck|fck|fk|f\*+k|piss|sod|bugger|naff) off|get lost|jog on)\W*)+(?:(?:already|"
    r"bot|please|pls|plz|now|will you|mate|man|dude|ffs|for once|you|u|then)\W*)*$",
    re.IGNORECASE,
)
# A feeling asked of the bot: "do you get lonely", "do u ever feel sad", "dont you get bored".
BOT_FEELING_ASKED = re.compile(
    r"^\W*(?:(?:and|so|but|hey|btw)\W+)?(?:do|does|don'?t|dont) (?:you|u) (?:ever |even )?"
    r"(?:get|feel|get to feel) (?:a bit |kind of |so |very )?(?:lonely|bored|sad|tired|happy|"
    r"angry|scared|stressed|upset|down|fed up|lonley)\b",
    re.IGNORECASE,
)
# The bot asked about a body it does not have: "do you sleep", "do u eat", "do you dream".
BODY_ASKED = re.compile(r"\b(?:sleep|eat|dream|get tired|drink)\b", re.IGNORECASE)
# The bot asked to be a friend, or whether it likes them: "can u be my friend", "do you like
# me", "are we friends".
FRIEND_ASKED = re.compile(
    r"^\W*(?:(?:so|and|but|hey|btw|please|pls)\W+)?(?:(?:can|could|will|would|wanna|want to) "
    r"(?:you|u) (?:please )?be my (?:friend|bestie|bff|best friend|mate)|(?:are|r) we (?:friends|"
    r"mates|besties)|(?:are|r) (?:you|u) my (?:friend|mate|bestie)|(?:do|does) (?:you|u) (?:even )?"
    r"(?:like|love) me)(?: (?:then|tho|though|lol|haha|even|really|at all|back))*\W*$",
    re.IGNORECASE,
)


# Thanks or praise said with an eye-roll: "thanks for nothing", "wow thanks a lot, really
# helpful 🙄", "so helpful... not".
SARCASTIC_THANKS = re.compile(
    r"\bthanks? for nothing\b|\b(?:thanks?|thank you|ty|helpful|useful)\b.{0,40}🙄|"
    # (not "oh great, another monday 🙄": their day, rolled at)
    r"^(?!.*\b(?:another|again|my|day|today|tonight|morning|monday|mondays|week|weekend|work|"
    r"weather|rain\w*|traffic)\b).*\b(?:great|brilliant|genius)\b.{0,40}🙄|"
    r"🙄.{0,40}\b(?:thanks?|helpful|useful)\b|\b(?:so|very|really) (?:helpful|useful)"
    r"\W+not\b|\bthanks a lot\W+not\b",
    re.IGNORECASE,
)
# Said to be helped: "thanks that actually helped a lot", "ty, really useful".
HELPED = re.compile(
    r"\b(?:(?:that|this|it|you|u)(?: (?:really|actually|honestly|kinda|genuinely|has|have))* "
    r"(?:helped|helps|worked)|(?:really|so|very|super|actually) (?:helpful|useful))\b",
    re.IGNORECASE,
)
# Questions about the service itself: answered as small talk whatever the model read
# ("can you be my therapist?" is not a request for a person).
SERVICE_TOPICS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("hush", HUSH),
    ("intimate", INTIMATE),
    ("medicine", MEDICINE_ASKED),
    ("telling", TELLING_ASKED),
    ("cost", COST_ASKED),
    ("who_runs", WHO_RUNS),
    ("encryption", ENCRYPTION),
    ("anonymous", ANONYMOUS),
    ("keeping", KEEPING),
    ("trust", TRUST),
    ("age_limit", AGE_LIMIT),
    ("who_we_are", WHO_WE_ARE),
    ("our_number", OUR_NUMBER),
    ("what_kept", WHAT_KEPT),
    ("why_kept", WHY_KEPT),
    ("team_wait", TEAM_WAIT),
    ("why_mood", WHY_MOOD),
    ("hours", HOURS_ASKED),
    ("no_app", NO_APP),
    ("shared_with", SHARED_WITH),
    ("who_for", WHO_FOR),
    (
        "therapist",
        re.compile(
            r"\b(can|could|will|would|are|r) (you|u) (be )?(my |a |an )?(therapist|counsell?or|"
            r"psychologist|psychiatrist|doctor)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "see_doctor",
        re.compile(
            r"\b(?:should i|i should|do i need to|would it help to) (?:see|talk to|go to|speak to|"
            r"get) (?:a |my |an |some )?(?:doctor|gp|therapist|"
            r"counsell?or|psychiatrist|psychologist|professional|therapy|help|meds|medication)\b|"
            r"\bdo (?:you think )?i need (?:therapy|a therapist|meds|medication|antidepressants|"
            r"professional help|to see (?:a|my) (?:doctor|gp))\b|"
            r"\bhow (?:do|can) i (?:find|get) (?:a )?(?:therapist|therapy|counsell?ing|"
            r"counsell?or)\b|"
            # "can you diagnose me with adhd", "can u tell me if im depressed": a diagnosis
            # asked of us, which a doctor gives
            r"\b(?:can|could|will|would) (?:you|u) diagnose\b|\bdiagnose me\b|"
            r"\b(?:can|could|will|would) (?:you|u) (?:tell|say)(?: me)? (?:if|whether) (?:i'?m|im|"
            r"i am|i have|ive got|i've got|i might have) (?:got )?(?:depress\w*|bipolar|autis\w*|"
            r"adhd|ocd|ptsd|bpd|anxi\w*|an? (?:\w+ )?disorder|mentally ill)\b|"
            r"\bam i (?:depressed|bipolar|autistic|adhd|mentally ill)\b|"
            # "i think i might have depression", "do i have anxiety?": a diagnosis asked about
            r"\b(?:i think i|i might|i may|maybe i|do i|could i|what if i) (?:might |may |could )?"
            r"(?:have|have got|be|am) (?:got )?(?:depression|depressed|anxiety|an anxiety disorder|"
            r"ocd|adhd|ptsd|bipolar|bpd|an eating disorder|insomnia|burn ?out|burnt out)\b|"
            r"\bis it (?:normal|ok|okay) to (?:cry|feel (?:like )?this|feel so|be this|not want|"
            r"not feel|feel nothing|feel numb)",
            re.IGNORECASE,
        ),
    ),
    ("care_barrier", CARE_BARRIER),  # "my insurance doesnt cover therapy": before get_care
    ("get_care", GET_CARE),  # after see_doctor: "do i need therapy?" is asked as such
    ("gp_talk", GP_TALK),
    ("signs", SIGNS_ASKED),
    (
        "privacy",
        re.compile(
            r"\b(who|anyone|anybody) (else )?(can|will|could|gets to) (see|read)\b|"
            # "who reads this", "does anyone read these", "who looks at my messages"
            r"\b(?:do|does|will) (?:you|u) (?:actually |really |even )?read (?:these|this|my "
            r"(?:messages|texts))\b|"
            r"\bwho (else )?(reads|sees|looks at|has access to|checks) (this|these|it|my|our|"
            r"what)\b|\b(does|do|will) (anyone|anybody|someone|(?:real |actual )?people|staff|"
            r"a (?:real )?person|a (?:real )?human) "
            r"(ever |actually |else )?(read|see|look at|check) (this|these|it|my|our|what)\b|"
            # "is this monitored by a real person", "are these messages read by a human"
            r"\b(?:is|are) (?:this|it|these|my (?:messages|texts|chats?)|(?:these|the) (?:messages|"
            r"texts|chats?)) (?:being )?(?:monitored|read|checked|seen|looked at|watched) by "
            r"(?:a |an |any )?(?:real |actual )?(?:person|people|human|humans|someone|anyone|"
            r"staff)\b|"
            r"\b(?:is|are) (?:a|an|any) (?:real |actual )(?:person|human|people|humans) "
            r"(?:reading|seeing|watching|monitoring|checking) (?:this|these|it|my)\b|"
            r"\bconfidential\b|"
            # "is this monitored", "is anyone monitoring this", "are you recording me"
            r"\b(?:is|are) (?:this|it|these|my (?:messages|texts|chats?)|(?:this|the|our) (?:chat|"
            r"conversation|convo|messages|texts)) (?:being |ever )?(?:monitored|recorded|watched|"
            r"tracked)\b|\b(?:is|does|do|will) (?:anyone|anybody|someone|people|staff|you|u) "
            r"(?:\w+ )?(?:monitor|monitoring|watch|watching|record|recording) (?:this|these|it|my|"
            r"our|us|me)\b|\b(?:are|r) (?:you|u) (?:monitoring|recording|watching) me\b|"
            r"\b(?:are|r) (?:you|u) (?:recording|saving|storing|logging|keeping|tracking) (?:this|"
            r"these|it|my|our|what i)\b|"
            r"\bhow long do (you|u) keep\b|\bwhat do (you|u) do with my (data|messages|info)\b|"
            r"\bis (this|it|my data|this chat) (safe|secure|private|anonymous)\b(?! to\b)|"
            r"\bdo (you|u) (share|sell)\b|\bprivacy\b|"
            # "is my data sold", "is my info sold to advertisers", "do you give my info to
            # companies"
            r"\b(?:is|are|will|would) (?:my|our) (?:data|info|information|details|messages|"
            r"number) (?:being |ever |going to be )?(?:sold|shared|passed on|given)\b|"
            r"\b(?:do|will|would|did) (?:you|u) (?:give|pass|hand) (?:my|our) (?:data|info|"
            r"information|details|number) (?:to|on)\b|"
            # (not "do you remember what i said": what we remember, "memory" below)
            r"\b(do|will|did) (you|u) (store|keep|save|record|log|remember(?! what i (?:said|"
            r"told)\b)) (my|our|what i|these|"
            r"this|the) ?(messages?|texts?|data|chats?|conversations?|info|say|said|write)?\b|"
            r"\b(are|r|is) (my|our) (messages?|texts?|data|chats?|conversations?) (stored|saved|"
            r"kept|private|safe|secure|encrypted|read)\b|\bwhere (is|does) my (data|info)\b|"
            r"\bcan (you|u|staff|anyone|someone|people) (read|see) (my|our|these|this)\b|"
            # "can anyone else see this", "will anybody else read these"
            r"\b(?:can|could|will|would|does|do) (?:anyone|anybody|someone|people) else (?:see|"
            r"read) (?:this|these|it|my|our|what i)\b|"
            # "can my daughter see what i write here"
            r"\b(can|could|will|would) (my|a|the) \w+ (see|read|find) (what i (write|say|send|"
            r"text)|this|these|my (messages|texts|chats?))\b",
            re.IGNORECASE,
        ),
    ),
    ("their_name", THEIR_NAME),
    (
        "helpline",
        re.compile(
            r"\b(?:what'?s|what is|whats|give me|send me|need|got|have you got|where'?s|is there)\b"
            r".{0,30}\b(?:number|contact|details)\b.{0,30}\b(?:samaritans|helpline|hotline|"
            r"crisis (?:line|team)|suicide|emergency|988|lifeline|someone to talk)|"
            # "samaritans?", "what about samaritans", "and lifeline?"
            r"^\W*(?:(?:and|or|so|what about|how about|what'?s|what is)\s+)?(?:the\s+)?"
            r"(?:samaritans|helpline|hotline|crisis line|lifeline|988)(?: number)?\W*\??\W*$|"
            r"\b(?:samaritans|helpline|hotline|crisis line|lifeline)\b.{0,20}\bnumber\b|"
            # "what's the emergency number in australia", "who do i call if things get bad"
            r"\b(?:what'?s|what is|whats)\b.{0,10}\bemergency (?:number|services|line)\b|"
            r"\bwhat (?:number|line) (?:do|should|can) i (?:call|ring|phone|text)\b|"
            r"\bwho (?:do|should|can|could) i (?:call|ring|phone|text|talk to|contact)\b.{0,40}"
            r"\b(?:bad|worse|struggling|emergency|crisis|night|suicidal|can'?t cope|help)\b|"
            r"\bis there (?:a |any )?(?:helpline|hotline|crisis line|number|line|someone|anyone)\b"
            r".{0,20}\b(?:i can |to )?(?:call|ring|text|talk)\b|"
            # "who can i call", "is there a helpline", "where can i get help"
            r"\b(?:crisis|suicide|mental health) (?:number|line|hotline|helpline)\b|"
            r"^\W*(?:so |ok |okay |then )?who (?:do|should|can|could) i (?:call|ring|phone|text|"
            r"contact|talk to)\W*$|\b(?:is there|are there|got|know) (?:a |any )?(?:helplines?|"
            r"hotlines?|crisis lines?)\b|"
            # "whats the number to call if im in crisis", "i live in canada whats the number i
            # should call", "whos the number for lifeline"
            r"\bnumber (?:to|i (?:should|can|could|need to)|do i|should i|can i) (?:call|ring|"
            r"phone|text)\b|\bnumber for (?:samaritans|lifeline|shout|the crisis line|a crisis "
            r"line|988|crisis|suicide|emergencies)\b|"
            r"\bwhere (?:can|do|could|should) i (?:get|find|go for) "
            r"(?:some |more |real |proper |professional |urgent )?(?:help|support)\b|"
            # "i need a helpline", "can i have a crisis line", "any hotlines pls", "helpline pls"
            r"(?<!n't )(?<!nt )(?<!not )\b(?:need|want|give me|send me|get me|(?:can|could|may) i "
            r"(?:have|get)|any|know of)\s+(?:a |an |the |some |your |any )?(?:helplines?|"
            r"hotlines?|crisis (?:lines?|numbers?)|support lines?)\b|"
            r"^\W*(?:a |the )?(?:helplines?|hotlines?|crisis lines?)\W+(?:pls|please|plz|now)\W*$",
            re.IGNORECASE,
        ),
    ),
    (
        "age",
        re.compile(
            r"\b(?:i'?m|i am|im) (?:only )?1[0-7]\b.{0,30}"
            r"\b(?:ok|okay|allowed|alright|fine|can i)\b|"
            r"\bhow old do (?:i|you) (?:have|need) to be\b|\bis there an age\b|"
            r"\bam i (?:too young|old enough)\b",
            re.IGNORECASE,
        ),
    ),
    ("not_their_own", NOT_THEIR_OWN_CRISIS),  # a patient on the ward, a character in a story
    ("coping", COPING),
    ("coping", COPING_AFTER),  # "i get so angry and i dont know how to calm down"
    ("coping", MOTIVATION),
    # "my therapist said i should try journaling": how to start, and a reminder offered
    # ("ping me every weekday at 7 to journal" asks for the reminder itself)
    # (not a journal reminder named to change or cancel it: "get rid of the journal one")
    (
        "journal",
        re.compile(
            rf"^(?!.*{_REMINDER_ASKED})(?!.*\bjournal(?:ing|ling)? (?:one|reminders?)\b)"
            r".*\bjournal(?:ing|ling|s)?\b",
            re.I,
        ),
    ),
    (
        "complaint",
        re.compile(
            r"\b(you'?re|you are|ur|u r|this is|this bot is|that'?s|that was) (so |really |"
            r"pretty |fucking |completely |totally )?(useless|pointless|stupid|dumb|annoying|"
            r"rubbish|crap|shit|garbage|no help|not helping|not helpful|unhelpful|boring)\b|"
            # "talk normal", "why are you so formal", "can u be less formal": how we sound
            r"^\W*(?:(?:can|could) (?:you|u) (?:just )?|just |pls |please )?(?:talk|speak|text|"
            r"write|reply) (?:normal(?:ly)?|like a (?:normal|real) person|like a human)(?: (?:pls|"
            r"please|for once|mate))*\W*$|\bwhy (?:are|r) (?:you|u) so (?:formal|robotic|stiff|"
            r"posh)\b|\b(?:can|could) (?:you|u) (?:be|sound|talk) (?:less (?:formal|robotic)|more "
            r"(?:casual|normal|human|chill))\b|\bstop (?:being|sounding) so (?:formal|robotic)\b|"
            r"\b(stupid|dumb|useless|crap|rubbish) (bot|app|thing|robot)\b|"
            r"\b(you|u) (don'?t|do not|dont|never) (understand|get it|get me|listen)\b|"
            r"\b(you'?re|you are|ur|this is) (not|isn'?t) (helping|helpful)\b|"
            r"\bwhat'?s the point of (you|u|this bot|this app|this)\b|"
            r"\bwhats the point of (you|u)\b|"
            r"\b(you|u) (sound|talk|reply|write) like a (robot|bot|machine|script)\b|"
            # "i hate you", "fuck you", "screw you bot": said to us, owned
            r"^\W*(?:i (?:hate|despise) (?:you|u|this bot|this app)|f+u+c+k+ (?:you|u)|screw "
            r"(?:you|u))(?:\W+(?:bot|mate|then|lol|honestly|so much))*\W*$|"
            r"^\W*(that|this|it) (doesn'?t|does not|didn'?t|isn'?t|is not) (help|helping|helpful|"
            r"work|working)\W*$|"
            # "not helpful", "unhelpful tbh", "no help at all", sent alone: about us
            r"^\W*(?:(?:so|very|honestly|tbh|wow|ugh|well|mate)\W+)*(?:not (?:very |really |that |"
            r"at all )?(?:helpful|helping|useful)|unhelpful|(?:no|zero) help)(?:\W+(?:tbh|honestly|"
            r"mate|lol|at all|bot|tho|though))*\W*$|" + SARCASTIC_THANKS.pattern,
            # thanks said sarcastically: "thanks for nothing", "wow thanks a lot, really helpful 🙄"
            re.IGNORECASE,
        ),
    ),
    (
        "medicine",
        re.compile(
            r"\bhow (?:much|many) (?:\w+ ){0,3}(?:can|should|do) i (?:give|take)\b|"
            r"\bcan i (?:take|give|mix) \w+(?: \w+)? (?:with|and|while)\b|"
            r"\bis it (?:safe|ok|okay|alright|fine|bad) to (?:take|mix|have|drink (?:on|with))\b|"
            # someone else's dose: "how many paracetamol can my mum take in a day", "can my dad
            # take ibuprofen with his blood pressure meds", "whats the dose of piriton for a 6
            # year old", "is it safe to give my nan co-codamol and tramadol together"
            + _NOT_A_PLAN
            + rf"(?=.*\b{_MEDS}\b)"
            # (never what someone has already taken, or how much would kill: the crisis check)
            + r"(?!.*\b(?:did|took|taken|swallowed|(?:has|have|had) had|kills?|killing|fatal|"
            r"lethal|deadly|od'?d|overdos\w*|dies?)\b)"
            + r".*(?:\bhow (?:much|many) (?:\w+ ){0,3}(?:can|should|could|do|does|is) (?:my |our "
            r"|the |a |your )?\w+(?: \w+)? (?:give|take|have|be on|be given|get)\b|"
            r"\b(?:can|could|should|is it (?:safe|ok|okay) for) (?:my |our |the |a )\w+(?: \w+)? "
            rf"(?:take|have|be given|mix) (?:\w+ ){{0,2}}{_MEDS}\b|"
            r"\bis it (?:safe|ok|okay|alright|fine) to give\b|"
            r"\b(?:dose|dosage|doses)\b.{0,30}\bfor (?:my|a|an|our|the|his|her) \w+|"
            rf"\bhow (?:much|many) (?:mg |ml |milligrams? |tablets? |of )*(?:of )?{_MEDS}\b)|"
            r"\bmy (?:dog|cat|puppy|kitten|pet) (?:ate|swallowed|has eaten|got into)\b|"
            r"\b(?:calpol|nurofen|ibuprofen|paracetamol|tylenol|advil|panadol) (?:for|dose for) "
            r"(?:my|a) (?:baby|child|kid|toddler|son|daughter|\d+ ?(?:year|month))",
            re.IGNORECASE,
        ),
    ),
    (
        "bot",
        re.compile(
            r"\b(are|r) (you|u) (even |actually |really )?(a |an )?(real |actual )?(bot|robot|real|"
            r"human|person|ai|machine|"
            r"chatgpt|computer|automated)\b|"
            + _AI_QUESTION.pattern
            + r"|\b(what|who|wat|wot|wht) (are|r) (you|u)"
            r"(?: then| exactly| anyway| even| actually)?(?=\W*$)|"
            r"\bam i (talking|texting|speaking|chatting) (to|with) (a|an|some|someone|anyone)\b|"
            # "whats ur purpose", "what is your point": what the bot is for, asked alone
            r"^\W*(?:so |but |ok |and )?(?:what'?s|whats|wats|what is|what'?re) (?:ur|your|yr) "
            r"(?:purpose|point|job|function|deal)(?: (?:exactly|then|anyway|even))?\W*$|"
            r"^\W*who (am i|are we) (talking|texting|speaking|chatting) (to|with)\W*$|"
            r"\bis (this|it|that) (a |an )?(real |actual |live )?(bot|robot|ai|human|person|"
            r"machine|computer|automated|chatgpt)\b|"
            r"\b(is|are) (there )?(anyone|someone|a person|a human) "
            r"(real|actually) (there|reading|typing)\b|"
            # "you're just a robot", "ur only a machine", "you're not real"
            r"\b(?:you'?re|ur|u r|youre|you are) not (?:a )?(?:real|human|alive|a (?:real )?"
            r"person)\W*$|"
            r"\b(you'?re|ur|u r|youre|you are) (just |only |literally )?(a |an )?(bot|robot|"
            r"machine|computer|program|ai)\b|"
            r"\bis (there )?(a |an |any )?(real |actual )?(human|person|someone|anyone|people) "
            r"(reading|seeing|looking at|typing|answering|replying to) (this|these|my|me)\b|"
            r"\bwho (made|created|built|makes|runs|owns) (you|u|this|mindlink)\b|"
            r"^\W*(what|wat|wot|wht) ?(is|s|'s) (this|dis|that|mindlink)\W*$|"
            r"^\W*who (is|'s) (this|dis)\W*$|"
            # "whos this", "who dis", "u a bot?", "ya real?": a first text, asked short
            r"^\W*(?:(?:hi+|hey+|hello|um+|sorry|wait|so|ok)\W+)*(?:whos|who'?s|who) (?:this|dis|"
            r"that)\W*$|^\W*(?:(?:so|ok|wait|hey|hi)\W+)?(?:you|u|ya) (?:a |an )?(?:real |actual )?"
            r"(?:bot|robot|ai|human|person|real)\W*$|"
            r"\bwho (is|'s) (sending|texting|messaging) (me )?(this|these)\b|"
            r"\bwho (are|r) (you|u) (people|guys)\b|\bwhy (am i|are you|r u) (getting|texting|"
            r"messaging|sending)\b|"
            r"\b(do|can) (you|u) (have|feel) (feelings|emotions)\b|\b(are|r) (you|u) (bored|lonely|"
            r"happy|sad|ok|alive|sentient)\W*$|^\W*(u|you) (bored|lonely|alive)\W*$|"
            # "do you get lonely", "do u ever feel sad": a feeling asked of us, never told
             + BOT_FEELING_ASKED.pattern,
            re.IGNORECASE,
        ),
    ),
    (
        "media",
        re.compile(
            r"\b(voice ?(notes?|messages?|memos?)|send (you )?(a )?(photos?|pics?|pictures?|"
            r"videos?|audio))\b",
            re.IGNORECASE,
        ),
    ),
    (
        "carers",
        re.compile(
            r"\b(?:support|help|anything|anyone|respite)\b.{0,20}\bfor (?:carers|caregivers|"
            r"people (?:who )?(?:care|caring) for)\b|\bcarers? (?:support|allowance|assessment|"
            r"break)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "hospital",
        re.compile(
            r"\b(?:should|do|shall|must) i (?:go to|go into|get to|head to) (?:the )?"
            r"(?:a ?& ?e|a and e|er|e\.r\.|emergency room|hospital|urgent care|"
            r"emergency department)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "listening",
        re.compile(
            r"^\W*(?:hey |hi |um+ |so )?(?:can|could|may) i (?:tell|ask) (?:you|u) "
            r"(?:something|smth|sth|a question|summat|a thing)\W*$|"
            # "can i ask something", "quick question", "i have a question for you": a question
            # still to come, asked to be let in first
            r"^\W*(?:(?:hey|hi|um+|so|ok(?:ay)?|sorry)\W+)*(?:(?:can|could|may) i (?:ask|tell)"
            r"(?: (?:you|u))? (?:(?:you|u) )?(?:something|smth|sth|for (?:some |a bit of |your )?"
            r"(?:advice|help|opinion)|(?:a|one|another) (?:quick |"
            r"small |random |silly |weird )?(?:question|thing)|summat)|(?:i'?ve |ive |i )?(?:have|"
            r"got) (?:a|one|another) (?:quick |small |random |silly |weird )?question(?: for "
            r"(?:you|u))?|(?:a )?(?:quick|random|small|silly|weird) (?:question|q))(?: (?:for "
            r"(?:you|u)|real quick|tho|though|lol|pls|please))*\W*$|"
            r"^\W*(?:i )?need to (?:tell|talk to) (?:you|u|someone) "
            r"(?:something|smth|sth)\W*$|"
            # "i need to talk about something", "can we talk", "need to get something off my
            # chest": asked to be listened to
            r"^\W*(?:(?:hey|hi|so|um+|actually|ok|okay|please|pls)\W+)*(?:i )?(?:really )?"
            r"(?:(?:need|want|would like|'?d like) to|wanna) talk (?:to (?:you|u) )?"
            r"about (?:something|smth|sth|stuff|some stuff|a thing|summat)\W*$|"
            r"\b(?:get|got) (?:something|smth|sth|a few things|some stuff|stuff|this|summat) "
            r"off my chest\b|"
            # "i just want to talk", "i need to vent", "can i just rant": to be listened to
            r"^\W*(?:(?:hey|hi|hiya|so|um+|honestly|tbh|ok(?:ay)?|please|pls)\W+)*(?:i )?"
            r"(?:just |really |kinda |kind of )*(?:want|need|wanna|would like|'?d like) (?:to )?"
            r"(?:talk|chat|vent|rant)(?: (?:to (?:you|u)|for a (?:bit|minute|min|sec|while)|"
            r"tbh|rn|right now|please|pls|a bit|a little|if that'?s ok(?:ay)?|lol))*\W*$|"
            r"^\W*(?:(?:hey|hi|so)\W+)*(?:can|could|may) i (?:just )?(?:vent|rant)(?: (?:to "
            r"(?:you|u)|for a (?:bit|minute|sec|while)|a bit))*\W*$|"
            # "can u talk", "can you chat for a bit": the same
            r"^\W*(?:(?:hey|hi|hiya|so|um+|please|pls)\W+)*(?:can|could|will|would) (?:you|u|ya) "
            r"(?:just )?(?:talk|chat)(?: (?:to|with) me)?(?: (?:for a (?:bit|minute|min|sec|while)|"
            r"rn|right now|now|please|pls|tonight))*\W*$|"
            # "are you free to talk", "r u around", "got a minute?": time asked for, given
            r"^\W*(?:(?:hey|hi|hiya|so|um+)\W+)*(?:are|r) (?:you|u|ya) (?:free|around|"
            r"available|about)(?: (?:to (?:talk|chat)|for a (?:chat|talk|bit|minute|min|sec)|rn|"
            r"right now|now|at the moment|atm|tonight))*\W*$|^\W*(?:(?:hey|hi|hiya|so)\W+)*"
            r"(?:(?:have|do) (?:you|u) (?:got|have) |(?:you|u) got |got )(?:a (?:minute|min|sec|"
            r"second|moment)|five minutes|5 mins?)(?: to (?:talk|chat))?\W*$|"
            r"^\W*(?:(?:hey|hi|so|um+|please|pls)\W+)*(?:can|could) (?:we|i) (?:just )?talk"
            r"(?: (?:for a (?:bit|minute|sec|while)|about something|to (?:you|u)))?\W*$|"
            # "can we talk about my exam", "can i talk to you about my breakup": what they want
            # to tell, named (not "can we talk about my reminders", which are ours)
            r"^\W*(?:(?:hey|hi|hiya|so|um+|please|pls|ok(?:ay)?)\W+)*(?:can|could|may) (?:we|i) "
            r"(?:just |please )?(?:talk|chat|vent|rant)(?: to (?:you|u))? about (?:my|me and my|"
            r"what happened|how|the|this|a|an|our|his|her|their) (?!(?:reminders?|data|account|"
            r"check-?ins?|sleep diary|mood history|settings|time ?zone|messages)\b)[\w' -]{2,40}"
            r"\W*$|"
            # "this is hard to say", "i dont know how to say this": about to tell something hard
            r"^\W*(?:(?:um+|so|ok(?:ay)?|sorry|honestly|well)\W+)*(?:this is|this'?s|it'?s|its|"
            r"it is) (?:so |really |kinda |kind of |a bit )?(?:hard|difficult|awkward|"
            r"embarrassing) (?:to|for me to) (?:say|talk about|explain|admit|put into words|"
            r"type|write)(?: but)?\W*$|"
            r"^\W*(?:(?:um+|so|ok(?:ay)?|sorry|honestly|well)\W+)*i (?:don'?t|dont|do not) "
            r"(?:really |even )?know how to (?:say|put|explain|start|word) (?:this|it)\W*$",
            re.IGNORECASE,
        ),
    ),
)


def service_topic(text: str) -> str | None:
    """therapist | see_doctor | privacy | their_name | coping | complaint | bot | media:
    about MindLink, getting help, coping, or what to call them."""
    return next((name for name, pattern in SERVICE_TOPICS if pattern.search(text)), None)


# The answer to "How are you doing today?": fine, and maybe asking back.
FINE_ANSWER = re.compile(
    r"^\W*(?:(?:i'?m|im|i am|all|pretty|really|yeah|yes|yep|ya|not too|doing|just|been|oh|"
    r"ok|okay|lol|haha|ha)\W+)*(?:good|great|fine|ok|okay|alright|all right|not bad|well|grand|"
    r"decent|chilling|chillin|chillin'|nm|(?:nothing|nothin'?|nuthin'?|not) (?:much|a lot)|"
    r"same old|can'?t complain)\b"
    r"(?:\W+(?:thanks|thank you|ty|thx|ta|cheers|really|and you|and u|hbu|wbu|how about you|"
    r"what about "
    r"you|u|you|lol|tbh|mate|x|today|thanks for asking|(?:and )?(?:yo)?urself))*\W*$|"
    # "👍", "👌🏼" to "how are you doing today?": fine, said with a thumb
    r"^\s*(?:(?:👍|👌|💪|🆗)[\ufe0f\U0001f3fb-\U0001f3ff]*\s*)+$",
    re.IGNORECASE,
)
# Nothing in particular, to "What would you like?" just after a hello: "not much", "nothing
# really, just saying hi", "just checking this out" (a reason to text is not needed).
_JUST = (
    r"(?:i'?m |im |i was |was )?just (?:(?:saying|sayin'?|wanted to say|wanna say) (?:hi+|hey+|"
    r"hello|hiya)|checking (?:this|it|you) out|seeing (?:what|how) (?:this|it|you) (?:is|does|do|"
    r"works?)|curious|having a (?:look|nosy|nose)|looking|testing|trying (?:this|it|you) out)"
)
NOTHING_IN_MIND = re.compile(
    r"^\W*(?:(?:oh|um+|erm+|hmm+|well|honestly|tbh|ngl|nah|no|nope|lol|haha|ah)\W+)*"
    r"(?:(?:(?:not|nothing|nothin'?|nuthin'?|nowt) (?:much|a lot|really|in particular|special)|"
    r"nothing|nothin'?|nm|nada)(?:\W+(?:really|tbh|honestly|lol|haha|rn|atm))*"
    rf"(?:\W+(?={_JUST}))?)?(?:{_JUST})?"
    r"(?:\W+(?:lol|haha|x+|tbh|really|u|you|and you|and u|hbu|wbu|how about (?:you|u)|what "
    r"about (?:you|u)|(?:yo)?urself))*\W*$",
    re.IGNORECASE,
)


def nothing_in_mind(text: str) -> bool:
    """ "not much", "just checking this out": nothing in particular wanted (never an empty
    message)."""
    said = text.strip()
    return re.search(r"\w", said) is not None and NOTHING_IN_MIND.match(said) is not None


ASKED_BACK = re.compile(
    r"\b(?:hbu|wbu|and (?:you|u)|how about (?:you|u)|what about (?:you|u)|"
    r"(?:you|u)\?|(?<!thank )(?<!see )(?<!love )(?:you|u)(?:rself|rsel)?)\W*$",
    re.IGNORECASE,
)


# Their own care not helping: "my therapist is not helpful", "i dont think my therapy is
# working", "my gp is useless" (not asking for a person: "i want to talk to a therapist").
_CARER = (
    r"(?:therapist|counsell?or|psychologist|psychiatrist|gp|doctor|doc|cpn|care co-?ordinator|"
    r"therapy|counsell?ing|cbt|sessions?)"
)
CARE_NOT_HELPING = re.compile(
    rf"^(?!.*\b(?:want|wanna|need|can i|could i|get me|talk to|speak to)\b.{{0,30}}\b{_CARER}\b)"
    rf".*\b(?:my|the|our) (?:new |current |nhs |online )?(?P<who>{_CARER})\b(?: \w+){{0,2}}? "
    r"(?:(?:is|was|are|were|'s|has been|have been|feels?|seems?)(?: \w+)? (?:not (?:really |"
    r"very |much |even |that |at all )?(?:help\w*|useful|listening|working|good|any (?:help|good|"
    r"use))|useless|"
    r"pointless|rubbish|crap|shit|a waste of time|no help|no use|no good|worse)|(?:isn'?t|isnt|"
    r"aren'?t|arent|wasn'?t|wasnt|doesn'?t|doesnt|don'?t|dont|never|won'?t|wont) (?:\w+ )?(?:help|"
    r"helping|helpful|work|working|listen|get it|get me|understand|care|do anything|seem to)|"
    r"(?:not|isn'?t|isnt|aren'?t|arent) (?:really |even )?(?:helping|working|helpful|listening))"
    r"\b|"
    rf"\b(?:i )?(?:don'?t|dont|do not) (?:think|feel like) (?:my |the )?(?P<what>{_CARER}) "
    r"(?:is|are|has been) (?:helping|working|doing anything)\b",
    re.IGNORECASE,
)


def care_not_helping(text: str) -> str | None:
    """Who or what of their own care is said not to help ("therapist", "gp", "therapy"...),
    or None."""
    found = CARE_NOT_HELPING.search(text.replace("\u2019", "'"))
    if found is None:
        return None
    return (found.group("who") or found.group("what")).lower()


# A small everyday mishap told: spilt, burnt, missed, cancelled, delayed, locked out.
MISHAP = re.compile(
    r"^(?!.*\b(?:pills?|tablets?|meds|blood|bleed\w*|hurt|injur\w*|hospital|a ?& ?e|ambulance|"
    r"police|fell|fall|crash\w*|accident|fire|burn(?:t|ed)? (?:my|myself)(?! (?:dinner|tea|toast|"
    r"food|lunch|breakfast|pizza|cake|chips|rice|pasta))|cut|knife|die|dead|kill\w*|alone|lonely|"
    r"again and again|always|every ?thing|nothing ever)\b)"
    r".*\b(?:spill(?:ed|t)|dropped my|burn(?:t|ed) (?:my |the )?(?:dinner|tea|toast|food|lunch|"
    r"breakfast|pizza|cake|chips|rice|pasta)|missed (?:my|the) (?:bus|train|tram|flight|ferry|"
    r"lift)|(?:flight|train|bus|tram|ferry|gig|concert|match|plans?|class|appointment)s? "
    r"(?:got |was |is |has been |have been |been )?(?:cancell?ed|delayed|late)|locked (?:myself )?"
    r"out|phone (?:died|is dead|cracked|screen cracked)|(?:cracked|smashed) my (?:phone|screen)|"
    r"ran out of (?:milk|coffee|tea|bread|loo roll|toilet roll|data)|stubbed my toe|"
    r"forgot my (?:keys|wallet|purse|lunch|umbrella|charger|headphones|phone)|lost my (?:keys|"
    r"wallet|purse|umbrella|charger|headphones)|(?:got|am|i'?m) soaked|stuck in traffic)\b",
    re.IGNORECASE,
)


# An apology and nothing more: "sorry", "soz x", "my bad".
SORRY_ONLY = re.compile(
    r"^\W*(?:(?:oh|oops|ah|um+)\W+)?(?:sorry+|soz+|sry|my bad|apologies)"
    r"(?:\W+(?:again|lol|about that|for that|x+|mate|hun))*\W*$",
    re.IGNORECASE,
)


# What a bit of small talk is about, so the answer fits it.
# Asked to leave what we were on: "can we talk about something else", "change the subject
# pls" (said alone, not "can we talk about my exam").
CHANGE_SUBJECT = re.compile(
    r"^\W*(?:(?:ok|okay|um+|erm+|anyway|actually|so|hey|please|pls|sorry|honestly|tbh|just)\W+)*"
    r"(?:(?:can|could|shall|let'?s|lets|can'?t) (?:we|us|i|you|u)?\s*(?:please |pls |just )?"
    r"(?:talk|chat|speak) about (?:something|anything|smth|sth) else|(?:can we |let'?s |lets )?"
    r"change (?:the |of )?(?:subject|topic)|(?:can we |let'?s |lets )?talk about something "
    r"(?:else|different|nicer|happier|lighter)|something else pls|"
    r"(?:a |can we do a )?(?:different|new|other) (?:topic|subject))"
    r"(?:\W+(?:please|pls|plz|for a bit|for a while|now|instead|lol|tbh|x+))*\W*$",
    re.IGNORECASE,
)
# Not knowing, said alone: "idk", "hmm idk", "i dont know what to say", "not sure tbh".
NOT_SURE_ALONE = re.compile(
    r"^\W*(?:(?:hmm+|umm*|erm+|uh+|well|honestly|tbh|ngl|i mean|just|idk)\W+)*(?:idk|i dunno|"
    r"dunno|i (?:don'?t|dont|do not) know|not sure|no idea|(?:idk|dunno|i (?:don'?t|dont) know) "
    r"what to (?:say|do|feel|think|text))(?:\W+(?:tbh|honestly|really|lol|man|tho|though|anymore|"
    r"rn|x+))*\W*$",
    re.IGNORECASE,
)


CHAT_TOPICS: tuple[tuple[str, re.Pattern[str]], ...] = (
    *SERVICE_TOPICS,
    ("errand", ERRAND_FOR_US),  # "text my boyfriend for me and say im running late"
    ("ailment", LINGERING_AILMENT),  # "this cough wont go away": see someone if it drags on
    ("sore", SORE_BODY),  # "my throat is on fire": an everyday ache, with when to get help
    ("medicine", MEDICINE_MISHAP),  # "i dropped my pills down the sink", and nothing more
    ("change_subject", CHANGE_SUBJECT),  # "can we talk about something else"
    ("not_sure", NOT_SURE_ALONE),  # "idk", "i dont know what to say": no words needed yet
    (
        "how_are_you",
        re.compile(
            r"\bhow (are|r) (you|u|ya)\b|\bhow('?s| is) (it going|your day|you)\b|"
            r"\bhow (you|u) (doing|been)\b|\bhow are things\b|\bwyd\b|\bhru\b|"
            # "how was your day", "hows ur weekend been"
            r"\bhow(?:'?s| was| has| is)? (?:your|ur) (?:day|night|weekend|morning|evening|week)"
            r"(?: been| going)?\b|"
            r"^\W*(?:(?:hi+|hey+|g'?day|oi)\W+)?how (?:are |r )?(?:you|u|ya) going\W*$|"
            r"^\W*(?:(?:hi+|hey+|so|and)\W+)?(?:what (?:are |r )?(?:you|u|ya) up to|(?:are|r) "
            r"(?:you|u) busy)\W*$|"
            # "not bad mate, yourself?": fine, and asked back
            r"\b(?:good|fine|ok|okay|alright|not bad|great|grand|well|decent)\b.{0,20}"
            r"\b(?:and )?(?:yo)?urself\W*$|"
            r"^\W*(?:hi+|hey+|yo|hiya)?\W*(?:what'?s ?up|wh?ats ?up|wassup|wazzup|sup|wsg|wbu|"
            r"hbu)\W*$|"
            # "whats up with you", "what's new with u", "hows life"
            r"^\W*(?:(?:hi+|hey+|yo|hiya|so|and)\W+)?(?:what'?s|wh?ats|what is) (?:up|new|good|"
            r"happening) (?:with|wiv) (?:you|u|ya)(?: then| today)?\W*$|^\W*how'?s life\W*$|"
            r"^\W*(?:(?:yo|hey+)\W+)?(?:what'?s|wh?ats) good\W*$",
            re.IGNORECASE,
        ),
    ),
    (
        "friend",
        FRIEND_ASKED,
    ),
    (
        # "nice to meet you", "pleased to meet u too!": said back, not good news to note
        "met",
        re.compile(
            r"^\W*(?:(?:hi+|hey+|hello|oh|well|and|ok|okay|aw+)\W+)*(?:(?:i'?m|im|i am|it'?s|"
            r"this is|my name(?:'s| is))\s+[a-z][a-z'-]{1,20}\W+(?:and\W+)?)?"
            rf"(?:{_MET}|pleasure(?:'?s all mine)?)"
            r"(?:\W+(?:too|2|as well|mindlink|bot|mate|x+))*\W*$",
            re.IGNORECASE,
        ),
    ),
    (
        # the bot asked about itself as if a person: "how old are you", "where are you based",
        # "do you like music", "what's your favourite colour", "are you a boy or a girl"
        "personal",
        re.compile(
            r"^\W*(?:(?:so|and|hey|ok|okay|btw|um+|random but|quick question|random question)\W+)*"
            r"(?:how old (?:are|r) (?:you|u)|where (?:are|r) (?:you|u)(?: (?:from|based|located))?|"
            r"where do (?:you|u) live|what'?s (?:your|ur) (?:favou?rite|fave|fav) \w+(?: \w+)?|"
            r"when'?s (?:your|ur) birthday|(?:do|did) (?:you|u) (?:like|love|enjoy|sleep|eat|"
            r"dream|watch|listen to|play|get tired)(?! me\b)(?: \w+){0,3}|(?:do|have) (?:you|u) "
            r"(?:have|got) (?:a |any )?(?:family|friends|kids|children|pets?|parents|siblings|"
            r"hobbies|a body|a favou?rite \w+)|(?:are|r) (?:you|u) (?:a )?(?:boy|girl|man|woman|"
            r"male|female|guy|he or she|a he or a she)(?: or (?:a )?\w+)?|"
            r"what do (?:you|u) do for fun|what do (?:you|u) (?:like|enjoy|love) (?:doing|to do)"
            r"(?: for fun)?|what(?:'?s| is) (?:your|ur) (?:hobby|hobbies))\W*$",
            re.IGNORECASE,
        ),
    ),
    (
        "what_mean",
        re.compile(
            r"^\W*(?:(?:wait|hold on|sorry|um+|erm+|ok|so)\W+)?(?:what do (?:you|u) mean|wdym|"
            r"what does that mean|meaning|huh|what|wym|"
            # "wait what", "sorry what?", "come again", "you what", "im confused"
            r"(?:wait|hold on|sorry|um+|erm+)\W+(?:what|huh)|eh|come again|(?:you|ya|say) what|"
            r"(?:i'?m|im|i am) (?:confused|lost)|confused|lost me|you lost me|"
            r"i don'?t (?:get|understand)(?: it| that| you)?|"
            r"i dont (?:get|understand)(?: it| that| you)?)"
            r"\W*$",
            re.IGNORECASE,
        ),
    ),
    (
        "there",
        re.compile(
            r"\b(are |r )?(you|u) (still )?(there|around|awake|listening)\b|"
            r"^\W*(?:hello\W+)?(?:can|do) (?:you|u) (?:hear|see|read) me\W*$|"
            r"^\W*(is )?(any ?(one|body)|some ?(one|body)) (still )?(there|here|around|awake)\W*$|"
            # "hello??", "is this thing on", "are you ignoring me": waiting for an answer, not
            # a first hello
            r"\b(?:are|r) (?:you|u) ignoring me\b|\bwhy (?:are|r) (?:you|u) ignoring me\b|"
            r"^\W*(?:hel+o+|hey+|hi+|oi+)\W*\?{2,}\W*$|^\W*(?:hel+o+\W+)?is (?:this|it) (?:thing )?"
            r"(?:on|working)\W*$|"
            # "talk to me", "pls just talk to me": company asked for
            r"^\W*(?:(?:pls|please|just|can you|can u|will you)\W+)*talk to me"
            r"(?: please| pls)?\W*$|"
            # "hmm", "umm", "erm": thinking, not yet said; "back", "im back now"
            r"^\W*(?:h+m+|u+m+|e+r+m+|uh+|um+ ?hm+)\W*$|^\s*(?:🤔\s*)+$|"
            r"^\W*(?:ok(?:ay)?\W+)?(?:i'?m |im |i am )?back(?: now| again)?(?:\W+x+)?\W*$",
            re.I,
        ),
    ),
    (
        # "can you actually understand me", "do you even understand what i say"
        "understand",
        re.compile(
            r"^\W*(?:(?:but|so|and|ok|okay|wait)\W+)?(?:can|do|does|will) (?:you|u|a bot|this "
            r"thing) (?:actually |even |really |properly )?(?:understand|get) (?:me|what "
            r"i(?:'?m| am)? (?:say|said|saying|mean|write|writing|type|typing))\W*$",
            re.I,
        ),
    ),
    (
        # "are you judging me", "do you judge me": never
        "judge",
        re.compile(
            r"^\W*(?:(?:so|and|but|be honest|honestly|please|pls)\W+)*(?:(?:are|r) (?:you|u) "
            r"(?:judging|gonna judge|going to judge) me|(?:do|will|would|d) (?:you|u) (?:ever )?"
            r"judge me|(?:please |pls )?(?:don'?t|dont|do not) judge(?: me)?)(?: (?:pls|please|lol|"
            r"tho|though|now))*\W*$",
            re.I,
        ),
    ),
    (
        "care",
        re.compile(
            r"^\W*(?:do|does|would|can) (?:you|u|a bot|this thing) (?:even |actually |really )?"
            r"care\b|^\W*(?:you|u) (?:don'?t|dont|do not) (?:even |actually |really )?care\b",
            re.I,
        ),
    ),
    (
        "guess",
        re.compile(
            r"^\W*(?:guess what|you'?ll never guess|guess who|so guess what|omg+|omfg|oml|"
            r"oh my (?:god|gosh|days)|oh em gee|oh wow)\W*$",
            re.I,
        ),
    ),
    (
        "memory",
        re.compile(
            # (not "can you forget everything i said": a request to erase)
            r"\b(?:can|do|will|did) (?:you|u) (?:remember|recall|forget(?! (?:everything|all|it|"
            r"me|what|about|this|that|my|our)\b))\b|\bdo (?:you|u) "
            r"(?:keep|save|store) (?:what|our|my) (?:i (?:say|said|told)|chats?|conversations?|"
            r"messages?)\b|\bwhat (?:did|have) (?:we|i) (?:talk(?:ed)? about|(?:say|said|tell|"
            r"told) (?:you|u))(?: last time| before| yesterday| earlier)?\b|\bwhat did i (?:tell|"
            r"say to) (?:you|u)\b|"
            # "remember me?", "do you know who i am": what we keep of them, said
            r"^\W*(?:(?:hey|hi|hello|so)\W+)?(?:remember me|(?:do|d) (?:you|u) know who i am)\W*$",
            re.I,
        ),
    ),
    (
        "only_you",
        re.compile(
            r"\b(?:you'?re|ur|you are) the only (?:one|thing|person) i (?:talk to|text|have|"
            r"can talk to)\b|\bi (?:only|just) (?:talk to|have) (?:you|u)\b|"
            r"\bno one (?:else )?to talk to\b",
            re.I,
        ),
    ),
    (
        "bother",
        # "sorry to bother you", "hope im not bothering you": never a bother, said plainly
        re.compile(
            r"^\W*(?:(?:hi|hey|hello|hiya|um+|so|oh)\W+)*(?:(?:i'?m |im |so )?(?:sorry|soz|sry) "
            r"(?:to|for) (?:bother|bug|disturb|trouble|annoy)\w*|(?:i )?hope i'?m not "
            r"(?:bothering|disturbing|annoying|bugging))(?: (?:you|u))?(?: again| so late| "
            r"this late| at this time| at this hour)?\W*$",
            re.IGNORECASE,
        ),
    ),
    (
        "apology",
        re.compile(
            # "sorry", "soz", "my bad" alone: no need
            SORRY_ONLY.pattern + "|"
            r"\b(sorry|soz|sry) (for|about) (not (replying|answering|texting|getting back)|"
            r"the late|going quiet|disappearing|being quiet|ghosting)|\b(sorry|soz|sry),? i "
            r"(disappeared|went (quiet|awol|missing|silent)|ghosted|vanished|haven'?t (replied|"
            r"been in touch|texted)|'?ve been (quiet|away|mia|awol))|\b(my )?(phone|battery) "
            r"(died|was dead|ran out)\b.{0,40}\b(repl|answer|text|message)|"
            # a late reply: "sorry only just seen this", "soz was at work", "sorry missed this"
            # (not with how they are after it: "sorry only seeing this now. about a 5")
            r"(?!.*(?:\b(?:[1-9]|10)\b|\b(?:i'?m|im|feeling|feel|today (?:was|is)|day (?:was|is))"
            r"(?: \w+){0,2} (?:good|great|fine|ok|okay|alright|bad|rough|low|better|worse|rubbish|"
            r"amazing|awful|terrible|lovely|decent)\b))"
            r"(?:\b(?:sorry|soz|sry|apologies)\W+(?:(?:i'?m|im|i|i'?ve|ive)\W+)?(?:only |just )+"
            r"(?:seen|seeing|saw|getting|got|noticed|read|reading)(?: to)? (?:this|it|ur|your|"
            r"the|these|that)\b|\b(?:sorry|soz|sry)\W+(?:for (?:the|my) )?(?:late|slow) (?:reply|"
            r"response|answer)\b|\b(?:sorry|soz|sry)\W+(?:i )?missed (?:this|it|your|ur)\b|"
            r"^\W*(?:(?:hi|hey|hiya|oh|ah|omg)\W+)?(?:sorry|soz|sry)\W+(?:i was|i'?ve been|"
            r"ive been|was|been) (?:at work|(?:(?:so|mad|really|super|crazy|well|rly) )?busy|"
            r"asleep|driving|out|working|in (?:a meeting|class|work)|at (?:the gym|school|uni|"
            r"college)|with the kids|on shift|flat out|rushed off my feet|away|off grid)\b)",
            re.IGNORECASE,
        ),
    ),
    (
        "name",
        re.compile(
            r"\b(your|ur|yo) name\b|\bwhat (do i|should i|can i) call (you|u)\b|"
            r"\b(?:do|have) (?:you|u) (?:have|got) a name\b",
            re.I,
        ),
    ),
    (
        "compliment",
        re.compile(
            r"\b(you'?re|you are|ur|u r) (so |really |actually |pretty |quite |kinda |well )?"
            r"(amazing|sweet|kind|lovely|great|the best|awesome|brilliant|helpful|nice|cute|"
            r"funny|hilarious|clever|smart|cool|wholesome|adorable|a (?:good|great) listener|"
            r"good at this)\b|"
            r"\b(?:you'?re|you are|ur|u r) my (?:best friend|bestie|bff|fave|favou?rite)\b|"
            r"\bi (love|like) (you|u|this bot)\b|"
            r"^\W*(?:ily|ilysm|love (?:you|u|ya)|luv (?:you|u|ya))"
            r"(?: (?:bot|mate|x+|lots|loads))?\W*(?:x+|❤️?|🥰|😘)?\W*$|"
            r"\bstop being so (?:nice|sweet|kind|lovely|cute|wholesome)\b|"
            # "yall are cool", "you guys are great", "this bot is actually decent"
            r"\b(?:y'?all|you guys|u guys|this bot|this app) (?:are|r|is) (?:so |really |actually "
            r"|pretty )?(?:cool|great|amazing|awesome|nice|lovely|decent|the best|brilliant)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "bored",
        re.compile(
            r"\b(?:so |really |super |hella |very |mega )?bored\b|\bboring day\b|"
            r"^\W*(?:(?:pls|please|go on|come on)\W+)?(?:entertain|amuse|distract) me\W*$",
            re.I,
        ),
    ),
    (
        # "sorry sent the wrong pic", "oops wrong chat": no harm done
        "wrong_send",
        re.compile(
            r"\b(?:sent|send|texted|messaged)(?: (?:you|u))? (?:the |that |this |a )?wrong "
            r"(?:pic|picture|photo|message|text|thing|one|chat|person)\b|^\W*(?:oops|whoops|sorry|"
            r"soz|sry)?\W*(?:(?:oops|whoops|sorry|soz|sry)\W+)?wrong (?:chat|person|convo|"
            r"conversation|pic|picture|photo|number|message|text)\W*(?:sorry|soz|lol|haha|oops)?\W*$|"
            # "meant to send that to my sister", "that wasnt for you", "ignore that lol", "oops"
            r"\bmeant (?:to send|for) (?:that|this|it)\b|\b(?:meant|supposed) to (?:go|be) to "
            r"(?:my|someone|somebody)\b|^\W*(?:(?:oops|whoops|sorry|soz|sry)\W+)*(?:that|this) "
            r"(?:wasn'?t|wasnt|was not|isn'?t|isnt) (?:meant )?for (?:you|u)\b|"
            r"\b(?:sent|send|texted) (?:that|this|it) (?:by (?:accident|mistake)|accidentally)\b|"
            r"\baccidentally "
            r"(?:sent|texted|messaged)\b|\b(?:didn'?t|didnt|did not) mean to (?:send|text) "
            r"(?:that|this|it|you)\b|\b(?:pocket|butt|bum) (?:text|dial)\w*\b|"
            r"^\W*(?:(?:oops|whoops|sorry|soz|sry)\W+)*(?:pls |please )?ignore (?:that|this|me|"
            r"the last (?:one|message|text))(?: (?:lol|haha|sorry|soz|pls|please))*\W*$|"
            r"^\W*(?:oops|whoops|oopsie|oopsies|oop|whoopsie)\W*$",
            re.IGNORECASE,
        ),
    ),
    (
        # "did you see the news about the floods", "have u heard what happened in leeds"
        "news_seen",
        re.compile(
            r"^\W*(?:(?:so|omg|oh|hey|btw)\W+)*(?:did|have|has) (?:you|u) (?:see|seen|hear|heard|"
            r"read) (?:the news|about (?:the|that|those|what)|what(?:'s| has)? happen\w*)",
            re.IGNORECASE,
        ),
    ),
    # (the skull alone is "i'm dead", laughing: "💀", "💀💀💀")
    # a small everyday mishap: "ugh i spilled coffee on my white shirt", "my flight got
    # cancelled", "i burnt my dinner lol" (not sorrow, not a shrug: an "oh no")
    ("mishap", MISHAP),
    # ("jajaja", "mdr", "kkkk": laughing in Spanish, French, Portuguese)
    (
        "laugh",
        re.compile(
            r"\b(lo+l+|lm+a+o+|lmfa+o+|haha\w*|hehe\w*|rofl|ja(?:ja)+j?|mdr|k{4,})\b|😂|🤣|"
            r"^\s*(?:💀\s*)+$",
            re.I,
        ),
    ),
)


def chat_topic(text: str) -> str | None:
    """A service question, or how_are_you | there | name | compliment | laugh."""
    return next((name for name, pattern in CHAT_TOPICS if pattern.search(text)), None)


# Looking forward to something, in everyday words: "dying to see my sister", "cant wait for
# the weekend", "dying for a cuppa". Glad with them, not "that sounds hard".
LOOKING_FORWARD = re.compile(
    r"\b(?:dying|dyin) to (?:see|meet|go|get|try|hear|tell|watch|hug|visit|show)\b|"
    r"\b(?:can'?t|cant|cannot) wait (?:to (?:see|meet|go|get|try|hug|visit|watch|start|have|"
    r"show|tell)|for (?:the |my |our |this |next )?(?:weekend|holidays?|hols|christmas|xmas|"
    r"easter|summer|birthday|trip|wedding|party|concert|gig|match|friday|saturday|break|"
    r"half term|visit|baby|results? day))\b|"
    r"\b(?:so |really |well |proper )?looking forward to (?:seeing|meeting|going|having|"
    r"the weekend|christmas|my|our|it)\b",
    re.IGNORECASE,
)
# Craving a small treat: "dying for a cuppa", "could murder a pint".
TREAT_CRAVED = re.compile(
    r"\b(?:dying|dyin|gasping|desperate) for (?:a |an |some |my )?(?:cuppa|brew|coffee|tea|"
    r"drink|pint|glass of wine|wine|beer|nap|lie[- ]in|bath|takeaway|chippy|pizza|burger|"
    r"kebab|snack|biscuit|chocolate|wee|pee|holiday|break)\b|\bcould murder an? \w+",
    re.IGNORECASE,
)
# Travel and moving told as news: "im flying to spain tomorrow", "off to tenerife on
# friday", "we're moving to toronto next week".
_TRAVEL = re.compile(
    r"\b(?P<verb>flying|fly|jetting off|jetting|off|heading|travel+ing|driving|going|"
    r"moving|relocating|emigrating) (?:out |over |back |off )?to (?P<place>[a-z][a-z' ]{1,30}?)"
    r"(?=\s+(?:tomorrow|today|tonight|tmrw|tmw|next|this|on|for|in|at|soon|later|with|"
    r"after)\b|\W*$)",
    re.IGNORECASE,
)
_ON_HOLIDAY = re.compile(
    r"\b(?:going|off|jetting off|heading off|flying off) (?:on|for) (?:a |our |my )?"
    r"(?:holiday|hols|vacation|vacay|trip|city break|break)\b",
    re.IGNORECASE,
)
# Words that make a plan to go somewhere something to ask about, never small talk.
_NOT_NEWS = re.compile(
    r"\b(?:bridge|cliff|edge|river|tracks?|railway|line|roof|rooftop|tower|car ?park|"
    r"multi-?storey|motorway|sea|pier|woods|forest|die|dead|death|kill|end it|end things|"
    # ("my mum is coming over to celebrate": a visit, not "it's over")
    r"(?<!come )(?<!comes )(?<!coming )(?<!came )(?<!popping )(?<!round )over|"
    r"never|gone|overdose|pills|rope|jump|alone forever|hospital|a ?& ?e|police|court|"
    r"prison|funeral|grave|hospice|nervous|scared|anxious|worried|dread\w*|terrified|"
    r"panic\w*|hate|but|though|no ?one|nobody|forgot\w*|alone|lonely|sad|upset|crying|"
    r"cried|worst|hard|awful|miserable|depress\w*|low|"
    # "cant wait to see my nan again", "dying to be with him in heaven": a wish to be with
    # someone who died, never good news
    r"again|heaven|join|reunited|be with (?:him|her|them)|other side|up there|at peace|rest)\b",
    re.IGNORECASE,
)
# A birthday told: "its my birthday today", "turned 40 today".
BIRTHDAY = re.compile(
    r"\b(?:it'?s|its|it is) (?:my|our) (?:\d+\w* )?(?:birthday|bday|b-day|birthdayy+)\b|"
    r"\bmy (?:birthday|bday) (?:is )?today\b|\bturned \d+ today\b|\bbirthday (?:girl|boy)\b",
    re.IGNORECASE,
)
# Everyday places gone to, not a trip: "off to bed", "heading to work".
_NOT_A_TRIP = re.compile(
    r"\b(?:bed|sleep|work|school|uni|college|class|gym|shops?|town|the loo|the toilet|my \w+)\b",
    re.IGNORECASE,
)


# Plans with other people, told: "im off out with the girls tonight", "going for drinks with
# work", "date night tonight". Good to hear, whatever feeling the model reads in them.
SOCIAL_PLANS = re.compile(
    r"\b(?:off out|going out|heading out|out out|meeting up|catching up|off for (?:drinks|"
    r"dinner|a meal|a drink|a pint|food)|going for (?:drinks|dinner|a meal|a drink|a pint|food|"
    r"a curry|brunch|lunch|coffee))\b.{0,30}\b(?:with|w|wiv) (?:the |my |some )?(?:girls|lads|"
    r"gals|guys|boys|friends|mates|pals|besties|bestie|squad|crew|team|work|colleagues|family|"
    r"cousins|sister|brother|mum|mom|dad|partner|boyfriend|girlfriend|bf|gf|husband|wife)\b|"
    r"\b(?:date night|girls'? night|lads'? night|night out|games night|movie night)\b",
    re.IGNORECASE,
)


def social_plans(text: str) -> bool:
    """Plans with other people told, with nothing hard in them ("off out with the girls
    tonight"; not "going out with friends but i feel so alone")."""
    return SOCIAL_PLANS.search(text) is not None and not not_glad(text)


def not_glad(text: str) -> bool:
    """Words of danger, worry or a hard place, which no glad reply should meet."""
    from bot.safety_words import crisis_kind, is_doubtful

    return bool(_NOT_NEWS.search(text) or crisis_kind(text) or is_doubtful(text))


def everyday_news(text: str) -> dict[str, str] | None:
    """News of everyday life to be glad with: something looked forward to, a treat craved,
    a trip or a move (with the place, and its zone when we know it); else None. Anything
    with a word of danger, worry or a hard place in it is not news of this kind."""
    from bot.locale import zone_from_text

    if not_glad(text):
        return None
    if TREAT_CRAVED.search(text):
        return {"kind": "treat"}
    if BIRTHDAY.search(text):
        return {"kind": "birthday"}
    travel = _TRAVEL.search(text)
    if travel and not _NOT_A_TRIP.search(travel.group("place")):
        place = " ".join(travel.group("place").split())
        zone = zone_from_text(place) or ""
        verb = travel.group("verb").lower()
        moving = verb in ("moving", "relocating", "emigrating")
        if zone or verb.startswith(("fly", "jet")) or moving:
            return {
                "kind": "move" if moving else "trip",
                "place": place.title() if place.islower() else place,
                "zone": zone,
            }
    if _ON_HOLIDAY.search(text):
        return {"kind": "trip", "place": "", "zone": ""}
    if LOOKING_FORWARD.search(text):
        return {"kind": "forward"}
    return None


# Off-topic asks of a kind we can meet more warmly than "not something I can help with".
# Play: "tell me a joke", "sing me a song", "tell me something interesting", "the meaning
# of life".
PLAY_ASKED = re.compile(
    r"\b(?:tell|give|sing|show|send) (?:me|us) (?:a |an |another |some |one )?(?:joke|song|story|"
    r"riddle|fun fact|fact|poem|something (?:funny|interesting|fun|random|cool|nice))|"
    r"\b(?:jokes?|riddles?|sing|poem|play a game|(?:a|any) game|fun fact|meaning of life)\b",
    re.IGNORECASE,
)
# Apps, books or podcasts asked for to help with how they feel: "whats a good podcast for
# anxiety", "do you know any good meditation apps".
RECOMMEND_ASKED = re.compile(
    r"^(?=.*\b(?:apps?|books?|podcasts?|videos?|youtube|playlists?|music|songs?|audiobooks?|"
    r"websites?|courses?)\b)(?=.*\b(?:anxi\w*|stress\w*|sleep\w*|meditat\w*|mindful\w*|relax\w*|"
    r"calm\w*|depress\w*|mental health|wellbeing|well-being|self[- ]care|panic\w*|worry|"
    r"overthinking|grief|lonel\w*)\b)",
    re.IGNORECASE,
)
# Homework and sums: "can u help with my maths homework", "whats 12 times 13", "solve 2x + 5".
HOMEWORK_ASKED = re.compile(
    r"\b(?:homework|maths?|algebra|equation|calculus|solve|calculate|times tables?|fractions?|"
    r"do my (?:essay|assignment|coursework)|write my (?:essay|assignment))\b|"
    r"\d+\s*(?:[x*/+=-]|times|plus|minus|divided by)\s*\d+",
    re.IGNORECASE,
)
# Someone asked how to win back: "how do i get my ex back", "how can i make him come back".
EX_BACK = re.compile(
    r"\b(?:get|win|getting|winning) (?:my ex|(?:him|her|them) back|my (?:ex[- ]?)?(?:boyfriend|"
    r"girlfriend|bf|gf|partner|husband|wife) back)\b|\bmake (?:him|her|them|my ex) (?:come back|"
    r"love me again|want me (?:back|again))\b|\bget back (?:together )?with my ex\b",
    re.IGNORECASE,
)
# Something told about their day rather than asked of us: "going to tesco later", "just got
# in from work", "we're at the beach". (Not "i want...", "change my flight...": asks.)
_TOLD = re.compile(
    r"^\W*(?:(?:so|anyway|well|ok|okay|right|um+|btw|lol)\W+)*(?:(?:i'?m|im|i am|we'?re|were|"
    r"we are|i'?ve|ive|i was|we were|i just|we just|i had|we had|i got|we got|just|going|gonna|"
    r"off|heading|having|had|watching|been|sat|sitting|eating|cooking|working|playing|reading|"
    r"finally|currently|about to|at|on the|in the|today|tonight|this morning|got)\b)"
    r"(?!.*\b(?:i|we) (?:want|need|would like|wanna)\b)(?!.*\?)",
    re.IGNORECASE,
)


# How a question starts, asked without a question mark: "what u up to", "do you like cats".
_QUESTION_START = re.compile(
    r"^\W*(?:(?:hey|hi|ok|okay|so|and|but|um+|btw|lol|random question|quick question)\W+)*"
    r"(?:what|wat|wot|how|who|where|when|why|which|whats|hows|wheres|whos|whens|wyd|is|are|am|r|"
    r"can|could|would|will|should|do|does|did|have|has|tell me|u|you|entertain|talk to|say|"
    r"cheer|amuse|distract)\b|"
    # "random question, do you like pineapple on pizza"
    r"\b(?:do|does|did|are|is|can|could|would|will|have) (?:you|u|ya)\b",
    re.IGNORECASE,
)


def told_not_asked(text: str) -> bool:
    """Whether a message tells something ("on the train", "its cold today") rather than asks
    (a question mark, or a question's first word: "what u up to")."""
    return len(text.split()) >= 2 and "?" not in text and _QUESTION_START.search(text) is None


# Off-topic asks plain enough to answer as such however unsure the model is: a film to
# recommend, a game to play, homework to do.
OFF_TOPIC_ASKS = ("recommend", "play", "homework")


def off_topic_kind(text: str) -> str | None:
    """recommend | play | homework | heartbreak | told: what kind of off-topic message this is,
    or None (a question or an ask we cannot help with, "change my flight to tuesday")."""
    if RECOMMEND_ASKED.search(text):
        return "recommend"
    if PLAY_ASKED.search(text):
        return "play"
    if HOMEWORK_ASKED.search(text):
        return "homework"
    if EX_BACK.search(text):
        return "heartbreak"
    return "told" if _TOLD.search(text) and len(text.split()) >= 2 else None


# Someone close named first, as the one the news is about: "my best friend got engaged", "my
# sister is pregnant", "omg my mate just got signed". (Not "my boyfriend and i got engaged",
# nor a partner, whose news is their own too: "my girlfriend is pregnant".)
_SOMEONE_CLOSE = (
    r"^\W*(?:(?:omg|oh my god|guess what|so|aw+|yay+|ahh+|eek+|ok|okay|well|btw|just found out|"
    r"found out|news)\W+)*(?:my|our) (?:(?:best|oldest|closest|little|big|younger|older|twin|"
    r"baby|lil|eldest|youngest|step|bestest) )*(?P<who>friend|mate|bestie|bff|sister|brother|"
    r"sis|bro|cousin|mum|mom|mam|dad|son|daughter|kid|boy|girl|niece|nephew|auntie|aunt|uncle|"
    r"nan|gran|grandma|grandad|flatmate|roommate|colleague|coworker|co-worker|boss|"
    r"neighbou?r|ex)s?\b(?!'s\b)(?! (?:and|&|n) (?:i|me|my)\b)"
)
# What they did or have: big happy news, of someone else.
_THEIR_NEWS = re.compile(
    _SOMEONE_CLOSE + r".{0,40}?\b(?:(?:is|'?s|are|just) (?:pregnant|expecting|engaged|having a "
    r"baby|getting married)|(?:got|gotten|just got|finally got) (?:engaged|married|promoted|a "
    r"promotion|the job|a (?:new |great |dream )?job|(?:a place|in|into|accepted) (?:at|to|in ?to"
    r"|on)? ?(?:uni|university|college|med school|oxford|cambridge|(?:his|her|their) first "
    r"choice)|signed|the keys|the house|a first|full marks|straight a'?s)|had (?:a|the|her|his|"
    r"their) baby|passed (?:his|her|their)|graduated|(?:smashed|aced|nailed) (?:it|(?:his|her|"
    r"their) \w+)|won|signed (?:for|to|with)|(?:came|is) home)\b",
    re.IGNORECASE,
)
# A baby born, or news told with a cheer ("!!", "🎉"): glad with them.
_CHEERED = re.compile(
    r"\bhad (?:a|the|her|his|their) baby\b|\bbaby (?:is |was )?(?:born|here)\b|!{2,}|"
    r"[\U0001f389\U0001f973\U0001f60d\U0001f970\U0001f495\U0001f496\U0001f497\U0001f64c\u2764]",
    re.IGNORECASE,
)
# A child of theirs: news to be proud of.
_THEIR_CHILD = re.compile(r"^(?:son|daughter|kid|boy|girl)$", re.IGNORECASE)
# Glad for them in so many words: "im buzzing for him", "so proud of her".
GLAD_FOR_THEM = re.compile(
    r"\b(?:buzzing|so happy|happy|chuffed|made up|thrilled|excited|over the moon|delighted) for "
    r"(?:him|her|them|my \w+)\b|\bproud of (?:him|her|them)\b",
    re.IGNORECASE,
)
# A harder feeling about it beside the news: "...and i feel left behind", "...and im jealous",
# "...but i hate him".
_HARDER = re.compile(
    r"\b(?:but|though|tho|although|however|except|jealous|envious|left behind|lonely|alone|"
    r"bitter|sad|upset|gutted|hate|hates|hurts?|scared|worried|terrified|cried|crying|awful|"
    r"rubbish|weird|mixed|dont know how|don'?t know how|not sure how|never|always|not|no|didn'?t|"
    r"didnt|wasn'?t|wasnt|won'?t|wont|why (?:not|"
    r"cant|can'?t)|my turn|what about me|single|behind)\b",
    re.IGNORECASE,
)


def their_news(text: str) -> dict[str, Any] | None:
    """Big happy news of someone close ("my best friend got engaged", "my sister is
    pregnant"): who, and whether a child of theirs (``proud``), glad for them in words
    (``glad``), cheered ("!!", a baby born), or a harder feeling beside it (``mixed``); None
    when the news is theirs."""
    said = text.replace("\u2019", "'")
    found = _THEIR_NEWS.search(said)
    if found is None:
        return None
    who = found["who"].lower()
    rest = said[found.end() :]
    return {
        "who": who,
        "proud": _THEIR_CHILD.match(who) is not None,
        "glad": GLAD_FOR_THEM.search(said) is not None,
        "cheered": _CHEERED.search(said) is not None,
        "mixed": who == "ex" or _HARDER.search(rest) is not None,  # an ex's news can sting
    }


# A turn in the middle of good news: "got engaged last night but my mum hates him", "got the
# job!! but it means moving away", "passed my theory, failed the practical".
_TURN = re.compile(
    r"\b(?:but|though|tho|although|however|except|only thing is|only problem is|(?:just|only) "
    r"wish|shame|annoyingly|sadly|unfortunately|failed|didn'?t|didnt)\b",
    re.IGNORECASE,
)


# Their own big news: "got engaged", "got the job", "passed my driving test", "got into uni".
_OWN_NEWS = re.compile(
    r"\b(?:got|just got|finally got|are|we'?re|i'?m|im) (?:engaged|married|promoted|a promotion)\b|"
    r"\b(?:got|landed|been offered|was offered|offered) (?:the|a|my|a new|my dream|my first) "
    r"(?:job|role|position|place|flat|house|apartment|keys|offer|scholarship|part)\b|"
    r"\bgot (?:the flat|the house|the keys|into|in to|accepted)\b|"
    r"\bpassed (?:my|the) (?:driving |theory |practical )?(?:test|exams?|course|degree|interview|"
    r"probation|theory|practical|mocks?)\b|\bgraduated\b|\b(?:i'?m|im|we'?re|were) (?:pregnant|"
    r"expecting|having a baby)\b|\bgoing to be an? (?:mum|mom|dad|parent)\b",
    re.IGNORECASE,
)


def mixed_news(text: str) -> bool:
    """Their own big news with a turn after it: "got engaged last night but my mum hates
    him" is both, not only a congratulation."""
    said = text.replace("\u2019", "'")
    found = _OWN_NEWS.search(said)
    return found is not None and _TURN.search(said[found.end() :]) is not None


# A diagnosis that can come as a relief: one that explains things ("adhd", "autism"), or told
# with relief or after a long wait ("finally got a diagnosis after 3 years", "weirdly relieved").
_EXPLAINING_DIAGNOSIS = re.compile(
    r"\b(?:adhd|add|autis\w*|asd|asperger'?s|dyslexi\w*|dyspraxi\w*|dyscalculi\w*|neurodiverg\w*|"
    r"audhd|pda|tourette'?s)\b",
    re.IGNORECASE,
)
_RELIEF_TOLD = re.compile(
    r"\bfinally (?:got |have |been |get |getting )?(?:a |an |my |the )?(?:official )?"
    r"(?:diagnos\w*|answers?|dx)\b|\b(?:relieved|relief|makes (?:so much |a lot of )?sense|"
    r"explains (?:so much|a lot|everything)|validat\w*|after (?:\w+ ){0,2}(?:years?|months?))\b",
    re.IGNORECASE,
)
_HARD_DIAGNOSIS = re.compile(
    r"\b(?:cancer|tumou?r|terminal|malignant|ms|multiple sclerosis|parkinson'?s|dementia|"
    r"alzheimer'?s|motor neurone|mnd|als|leukaemia|leukemia|lymphoma|hiv|stage \w+|spread)\b",
    re.IGNORECASE,
)


def diagnosis_relief(text: str) -> bool:
    """A diagnosis that may well be a relief ("finally got a diagnosis after 3 years, adhd",
    "got diagnosed with anxiety today. weirdly relieved"), not one to be sorry for."""
    said = text.replace("\u2019", "'")
    if _HARD_DIAGNOSIS.search(said):
        return False
    return bool(_EXPLAINING_DIAGNOSIS.search(said) or _RELIEF_TOLD.search(said))


# Nerves before an everyday big day: "so nervous, my first day at the new job tomorrow", "im
# so nervous about my driving test tomorrow", "bit anxious about my interview on monday".
_NERVES_WORDS = re.compile(
    r"\b(?:nervous|nervy|anxious|scared|worried|worrying|dreading|apprehensive|jittery|"
    r"butterflies|on edge|stressing|tensed?|bricking it|shitting it|cacking it|kacking it)\b",
    re.IGNORECASE,
)
_BIG_DAY_AHEAD = re.compile(
    r"\b(?:tomorrow|tmrw|tmr|tmoz|tonight|later today|this (?:afternoon|evening|weekend)|"
    r"on (?:mon|tues|wednes|thurs|fri|satur|sun)day|next (?:week|mon|tues|wednes|thurs|fri)\w*|"
    r"in (?:a|an|two|three|a few|\d+) (?:hours?|days?)|first day|first shift|big day|"
    # "new job starts monday"
    r"(?:starts?|starting|begins?) (?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    re.IGNORECASE,
)
# Not an everyday day ahead: a loss, a court date, a threat, a body in danger.
_NOT_EVERYDAY_AHEAD = re.compile(
    r"\b(?:funeral|court|hearing|sentenc\w*|police|results?|scan|biopsy|operation|surgery|"
    r"he|she|they|him|her|them|his|hurt|hit|kill|die|dying|dead|end it|can'?t (?:do|cope|go on)|"
    r"cant (?:do|cope|go on)|anymore|every ?(?:day|night)|all the time|always)\b",
    re.IGNORECASE,
)


# An everyday big day ahead told plainly: "i have an interview tomorrow", "driving test on
# friday", "got my first day at the new job monday".
_DAY_AHEAD = re.compile(
    r"^\W*(?:(?:so|well|ok|hey|btw|guess what)\W+)*(?:i'?ve got|ive got|i have|i got|got|i'?m "
    r"doing|im doing|i'?m sitting|im sitting|it'?s|its)?\s*(?:an?|my|the)?\s*(?:big |first |"
    r"new |final |last )?(?P<what>(?:job |uni |university |college )?interview|(?:driving |"
    r"theory )?test|exams?|presentation|audition|first day|trial shift|viva|date|"
    r"performance|recital|speech)\b",
    re.IGNORECASE,
)


def day_ahead(text: str) -> str | None:
    """What an everyday big day close ahead is ("interview", "driving test"), told plainly
    with no feeling about it yet; None for anything else (nerves are `nerves_ahead`'s)."""
    said = text.replace("\u2019", "'")
    found = _DAY_AHEAD.search(said)
    if (
        found is None
        or len(said.split()) > DAY_AHEAD_WORDS
        or _BIG_DAY_AHEAD.search(said) is None
        or _NOT_EVERYDAY_AHEAD.search(said) is not None
        or _NERVES_WORDS.search(said) is not None
        or _NOT_READY.search(said) is not None
        or "?" in said
        or not_glad(said)
    ):
        return None
    return found["what"].lower()


# What turns a day ahead into a worry, or tells a feeling about it already: "my exam is in 2
# days and i havent revised at all", "exams in 2 days and im so stressed about maths 😭".
_NOT_READY = re.compile(
    r"\b(?:not|no|never|havent|haven'?t|hasnt|hasn'?t|cant|can'?t|wont|won'?t|dont|don'?t|"
    r"didnt|didn'?t|but|again|failed|fail|stress\w*|panic\w*|dread\w*|sad|cry\w*|upset|hate|"
    r"overwhelm\w*|excited|buzzing|happy|ready|prepared|feel\w*|so|really)\b|n'?t\b|[^\x00-\x7f]",
    re.IGNORECASE,
)


# Longest plain telling of a day ahead ("i have an interview tomorrow at 10 for the bank").
DAY_AHEAD_WORDS = 14


def nerves_ahead(text: str) -> bool:
    """Nerves told about an everyday big day close ahead, short and with nothing heavier in
    it: heard as the nerves before something new, not a 1-10 question."""
    said = text.replace("\u2019", "'")
    return (
        len(said.split()) <= 20
        and _NERVES_WORDS.search(said) is not None
        and _BIG_DAY_AHEAD.search(said) is not None
        and _NOT_EVERYDAY_AHEAD.search(said) is None
    )


# Relief after a worry: "my mum got the all clear", "dad's finally out of hospital".
_RELIEF_NEWS = re.compile(
    r"\b(?:(?:got|had|given) the all[- ]clear|cancer[- ]free|in remission|(?:was|were|came back) "
    r"(?:benign|clear|negative)|(?:finally |is |was |got |been )?(?:out of|home from|discharged "
    r"from) (?:the )?hospital|(?:been )?discharged|off the ventilator|out of (?:icu|intensive "
    r"care|surgery|danger)|surgery went (?:well|fine|ok)|made it through (?:the |his |her )?"
    r"(?:surgery|operation|op|night))\b",
    re.IGNORECASE,
)
_RELIEF_UNDONE = re.compile(
    r"\b(?:not|isn'?t|isnt|wasn'?t|wasnt|still|yet|but|back in|again|worse|died|passed|hopefully|"
    r"if|when|might|may|waiting)\b|\?",
    re.IGNORECASE,
)


def relief_news(text: str) -> bool:
    """News of a worry lifted ("my mum got the all clear from cancer 😭", "my dad's finally
    out of hospital"): a relief, not a prize, with nothing in it that undoes it."""
    said = text.replace("\u2019", "'")
    return _RELIEF_NEWS.search(said) is not None and _RELIEF_UNDONE.search(said) is None


# Said through gritted teeth: "great, just great. my car got clamped", "well that's just
# perfect", "oh joy, another 12 hour shift", "yay another monday", "living the dream 🙃".
_GLAD_WORD = r"(?:great|perfect|fantastic|brilliant|wonderful|lovely|marvell?ous|peachy|super|fab)"
SARCASTIC = re.compile(
    rf"\b{_GLAD_WORD}\W+just {_GLAD_WORD}\b|"
    rf"\b(?:well )?(?:that'?s|thats|this is|that is) just {_GLAD_WORD}\b|"
    r"\boh (?:joy|goody|great|fantastic|brilliant|perfect|wonderful|lovely)\b"
    r"(?!\W+(?:news|job|idea|thanks?|thank you|to hear))|"
    r"\b(?:yay|woo+|hooray)\W+(?:another|more)\b|\bcould (?:this|today|my day|this day|my week) "
    r"(?:get|be) any (?:better|worse)\b|\bliving the dream\b|\bthanks a lot,? (?:universe|life)\b|"
    rf"\b{_GLAD_WORD}\W*\U0001f643",
    re.IGNORECASE,
)


def sarcastic(text: str) -> bool:
    """Gladness said sarcastically about something going wrong: frustration, not good news."""
    return SARCASTIC.search(text.replace("\u2019", "'")) is not None


# Starting a story: "ok so long story", "so basically", "you won't believe what happened".
STORY_START = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|right|um+|well|omg|ugh|honestly)\W+)*(?:long story(?: short)?|"
    r"basically|where do i (?:even )?(?:start|begin)|(?:you )?(?:will|won'?t|wont|'?ll never) "
    r"(?:believe|guess) what (?:happened|(?:he|she|they|my \w+) (?:did|said))|something "
    r"(?:happened|weird happened|crazy happened)(?: today| at work| at school| last night)?|"
    r"(?:can|could|may) i (?:just )?tell (?:you|u) (?:something|what happened|a thing)|"
    r"(?:i )?(?:need|have|gotta|"
    r"got) to tell (?:you|u|someone|somebody) (?:something|what happened)|story time|"
    # a hard thing about to be told: "please dont judge me", "ive never told anyone this"
    r"(?:(?:please|pls|plz|promise(?: me)?|just) )*(?:(?:you )?(?:won'?t|wont|don'?t|dont|will "
    r"not|do not) (?:judge|hate|laugh at) (?:me|me for this)|(?:i'?ve |ive |i have )?(?:got )?"
    r"(?:something|a thing|smth) (?:to (?:confess|admit)|i need to (?:confess|admit)|i'?ve "
    r"never told anyone)|(?:this|it) is (?:really |so )?(?:hard|difficult|embarrassing|awkward) "
    r"to (?:say|admit|talk about|type)|(?:i'?ve |ive |i have )never told (?:anyone|anybody) "
    r"(?:this|that)(?: before)?|i (?:don'?t|dont|do not) know how to (?:say|put|word) (?:this|"
    r"it)|(?:can|could) i be (?:honest|real) (?:with you|w u|with u)|(?:i'?m|im|i am) "
    r"(?:scared|nervous|embarrassed|ashamed) to (?:say|tell you|admit) (?:this|it|something))|"
    # "right so", "ok so", "so yeah": about to tell, not an "ok"
    r"(?<=\w )so(?: yeah| um+| erm+)?)"
    r"(?:\W+(?:lol|haha|tbh|so|ok|lmao))*\W*$",
    re.IGNORECASE,
)
# Exasperation in a word: "fml", "ffs", "ugh", "bruh", "smh".
EXASPERATED = re.compile(
    r"^\W*(?:fml|ffs|ugh+|u+gh+|argh+|a+rgh+|bruh+|smh|for f\w* sake|give me strength|"
    r"not again|typical)(?:\W+(?:fml|ffs|smh|lol|"
    r"honestly|man|mate|bro|ugh+|omg|seriously|again|today))*\W*$",
    re.IGNORECASE,
)
# Taken aback, in a word: "wtf", "wth", "what the hell" (all they said), often at what we
# just sent: asked what they meant, not met as a glad surprise ("huh?" is "what_mean").
CONFUSED = re.compile(r"^\W*(?:wtf+|wth|what the (?:hell|heck|fuck|f)|tf)\W*$", re.IGNORECASE)
# News promised, not yet told: "got some good news today", "i have exciting news!!".
NEWS_TEASED = re.compile(
    r"^\W*(?:(?:so|ok|omg|hey|hi|guess what)\W+)*(?:(?:i'?ve |ive |i )?(?:got|have|had) )?"
    r"(?:some |big |great |good |exciting |amazing )+news(?: today| to tell you| for you)?"
    r"(?:\W+(?:lol|haha|eek+))*\W*$",
    re.IGNORECASE,
)


# A pet gone missing: "my cat's been missing for 3 days", "our dog ran off on the walk".
PET_MISSING = re.compile(
    r"\b(?:my|our|the) (?:\w+ )?(?:cat|dog|puppy|kitten|pup|tortoise|rabbit|bunny|parrot|budgie|"
    r"ferret|horse|pony)'?s? (?:(?:is|has been|'s been|s been|been|went|has gone|'s gone|gone|got) "
    r"(?:missing|lost|out)|(?:ran|run|has run|'s run) (?:off|away)|(?:hasn'?t|hasnt|didn'?t|didnt|"
    r"never) come (?:home|back))\b",
    re.IGNORECASE,
)
# "what do you think", asked of us in the middle of telling.
WHAT_THINK = re.compile(
    r"^\W*(?:(?:so|and|but|like|ok|honestly)\W+)?(?:what do (?:you|u) think|thoughts|wdyt|"
    r"what would (?:you|u) say|what do (?:you|u) make of (?:it|that|this|all that))\W*$",
    re.IGNORECASE,
)
# A funeral close ahead: "nervous about the funeral tomorrow", "dreading the funeral on friday".
FUNERAL_AHEAD = re.compile(
    r"^(?=.*\b(?:funeral|cremation|memorial|wake)\b)(?=.*\b(?:tomorrow|tmrw|today|tonight|this "
    r"(?:week|weekend|morning|afternoon)|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|next week|"
    r"in (?:a|two|three|a few|\d+) days?)\b)(?=.*\b(?:nervous|anxious|dreading|dread|scared|"
    r"worried|terrified|can'?t face|cant face|don'?t know how|dont know how|not ready)\b)",
    re.IGNORECASE,
)
