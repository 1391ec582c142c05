"""Safety first: on every message, before any flow, whatever flow is active.

crisis (model or explicit words) ──▶ warm words + local helpline + offer of a person
                                     flag for staff, alert, follow-up scheduled
doubtful ──▶ a direct, caring question ──▶ yes: crisis path
                                       └─▶ no: thanks + a gentle follow-up later
offered a person ──▶ yes: handover │ no: respected, follow-up still happens
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import safety_words
from bot.jobs import cancel_jobs, handler, schedule_job
from bot.keywords import asks_to_stop
from bot.locale import helpline_for, helpline_of
from bot.outbox import WHATSAPP_WINDOW
from bot.reminders import active_reminders
from bot.routing import ABOUT_US, THANKED, is_mash, keyword_action, service_topic
from bot.text import render
from bot.types import Reply
from store.models import CheckIn, Conversation, Flag, ScheduledJob

if TYPE_CHECKING:
    from nlu import Parse

AFFIRM_WORDS = frozenset(
    {
        "yes",
        "y",
        "yeah",
        "yep",
        "yh",
        "ya",
        "yea",
        "ok",
        "okay",
        "please",
        "sure",
        "i am",
        "i do",
        "maybe",
        "kind of",
        "kinda",
        "sort of",
        # other languages people text in: Tagalog, Spanish, French, Hindi, Arabic, Portuguese
        "oo",
        "oo po",
        "opo",
        "si",
        "sí",
        "si por favor",
        "sí por favor",
        "si claro",
        "sí claro",
        "oui",
        "oui svp",
        "haan",
        "haa",
        "han",
        "haan ji",
        "ji haan",
        "ji",
        "aywa",
        "aiwa",
        "naam",
        "na'am",
        "sim",
        "ja",
    }
)
DENY_WORDS = frozenset(
    {
        "no",
        "n",
        "nope",
        "nah",
        "no thanks",
        "not really",
        "i'm ok",
        "im ok",
        "i'm fine",
        "im fine",
        "no i'm not",
        "no im not",
        "hindi",
        "hindi po",
        "non",
        "la",
        "la2",
        "nahi",
        "nahin",
        "nai",
        "nein",
        "não",
        "nao",
    }
)


# "no, i'm not going to hurt myself": a no first, but not "no one cares" or "no point".
LEADING_NO = re.compile(
    r"^(?:no|nah|nope|nop)\b(?!\s+(?:one|point|reason|way|hope|future|longer|more|matter|body|"
    r"sense|chance|energy|idea|clue|friends|life|cap|lie|joke|kidding|fr\b|for real|seriously|"
    r"deadass|not (?:even )?joking|not kidding|i mean it))",
)
# "i'm serious" in the words people text it: "no cap", "nah fr", "not even joking".
_MEANT_IT = re.compile(
    r"^\W*(?:(?:no+|nah+|bro|honestly|like|i swear)\W+)*(?:no cap|no lie|no joke|fr|for real|"
    r"on god|on my life|swear down|i swear|deadass|not (?:even )?joking|not kidding|"
    r"i'?m not kidding|dead serious)\b",
    re.IGNORECASE,
)
# "nah i'm not ok": not a no to the question, but telling how they are.
NOT_OK = re.compile(
    r"\b(?:i'?m|im|i am)\s+(?:really\s+)?not\s+(?:ok|okay|fine|alright|good)\b|"
    r"^\W*(?:no+|nah+)?\W*not (?:ok|okay|fine|alright)\b",
    re.IGNORECASE,
)
# A "no" that hedges: "no. not really. maybe. idk".
_HEDGED = re.compile(
    r"\b(?:maybe|idk|not sure|i don'?t know|dunno|sometimes|kinda|kind of|sort of|i guess)\b",
    re.IGNORECASE,
)
# "actually yes, i do": a yes that takes back an earlier "no" to a safety question.
TAKEN_BACK = re.compile(
    r"^(actually|well|ok|okay|tbh|honestly|i lied|sorry|um+|hm+)?[ ,.]*(yes|yeah|yep|i do|i am)\b",
    re.IGNORECASE,
)


# A plain yes, with nothing that takes a "no" back ("actually", "i lied", "i do"): after a
# "no" to the safety question, the answer to the breathing exercise offered with it.
YES_TO_THE_OFFER = re.compile(
    r"^\W*(?:(?:yes+|yeah|yea|yep|yup|ya|yh|sure|ok|okay|alright|go on|please|pls|plz|why not|"
    r"that would help|that'?d help|let'?s do it|lets do it|go for it|then)\W*)+$",
    re.IGNORECASE,
)
# "who is this??", "are you a bot": answered honestly, even in the middle of a crisis.
WHO_ASKED = re.compile(
    r"\bwho (?:is|'?s) (?:this|that|there)\b|\bwho are (?:you|u)\b|\bwho r u\b|"
    r"\b(?:are|r) (?:you|u) (?:a )?(?:real|bot|robot|human|person|ai)\b|\bis this (?:a )?(?:bot|"
    r"real|human|person|ai|automated)\b|\b(?:you'?re|ur|your) (?:just )?a bot\b",
    re.IGNORECASE,
)
# "leave me alone", "fuck off": given space, with help still in reach.
LEAVE_ME = re.compile(
    r"\b(?:leave me alone|go away|fuck off|f off|piss off|stop (?:texting|messaging) me|"
    r"(?<!won't )(?<!wont )(?<!don't )(?<!dont )(?<!never )shut up(?! (?:in|about))|"
    r"don'?t (?:text|message) me)\b",
    re.IGNORECASE,
)
# Asked after the crisis answer: who will know, will you stay, what happens with a person.
TOLD_WHO = re.compile(
    r"\b(?:call|tell|contact|send|ring|report)\w* (?:the )?(?:police|cops|ambulance|my (?:parents|"
    r"mum|mom|dad|family|school|work|boss|partner|husband|wife))\b|\bconfidential\b|\bprivate\b|"
    r"\bwho (?:will|can|gets to) (?:see|read|know)\b|\bwill (?:you|u|they|anyone) (?:tell|know)\b|"
    r"\b(?:call|calling|ring|send|get)\w* (?:the )?(?:cops|police|feds|ambulance) on me\b|"
    r"\bwill (?:my )?(?:parents|mum|mom|dad|family|school|work|boss|anyone|they) (?:find out|know|"
    r"see)\b",
    re.IGNORECASE,
)
STAY_WITH_ME = re.compile(
    r"\bstay with me\b|\b(?:please |pls )?(?:don'?t|dont) (?:leave|go)\b|\bcan (?:you|u) stay\b|"
    r"\bi (?:just )?want (?:you|u|to talk to you)\b|\bjust talk to me\b|\bkeep talking\b",
    re.IGNORECASE,
)
# "i'd like to talk about it though": listened to, not only pointed to a line.
TALK_ABOUT_IT = re.compile(
    r"\b(?:i'?d like|i would like|i want|i wanna|i need|can (?:i|we)|could (?:i|we)|let'?s|lets)"
    r"\s+(?:to\s+)?talk(?:\s+about\s+(?:it|this|that|what'?s (?:going on|happening)|things|"
    r"everything))?\b(?!\s+to\s+(?:a|an|someone|somebody|anyone|anybody|a person|a human|the "
    r"team|staff|them|my|her|him)\b)",
    re.IGNORECASE,
)
WHAT_PERSON = re.compile(
    r"\bwhat happens if i say yes\b|\bwho (?:would|will) (?:join|talk|it be)\b|"
    r"\bwhat (?:would|will) (?:they|the person) do\b|\bis it a real person\b",
    re.IGNORECASE,
)
# "i cant call 911 he'll hear me": help without speaking.
CANT_CALL = re.compile(
    r"\b(?:can'?t|cant|cannot|can not|unable to|too scared to) (?:call|ring|phone|talk|speak)\b|"
    r"\b(?:don'?t|dont|do not) (?:want|wanna) (?:to )?(?:call|ring|phone|talk to|speak to) "
    r"(?:them|anyone|anybody|lifeline|samaritans|988|a helpline|the helpline|a hotline|"
    r"the number|a stranger|strangers|kids helpline|childline)\b|"
    r"\b(?:he|she|they)(?:'ll| will| would| might| could) hear\b|"
    r"\bcan'?t hear (?:on|over) (?:the |a )?(?:phone|calls?)\b|\b(?:i'?m|im|i am) (?:deaf|hard of "
    r"hearing)\b",
    re.IGNORECASE,
)
# "wdym", "what do you mean": why we answered as we did.
WHY_THAT = re.compile(
    r"^\W*(?:what do (?:you|u) mean|wdym|wym|what does that mean|what|huh|why|why (?:are|r) "
    r"(?:you|u) (?:saying|sending) (?:this|that)|what'?s (?:this|that) (?:for|about))\W*$",
    re.IGNORECASE,
)
# The one they fear is out for now: "no hes not back yet, hes at the pub" (time to get safe).
NOT_BACK_YET = re.compile(
    r"\b(?:he|she|they)(?:'s|'re| is| are)? (?:not|isn'?t|aren'?t) (?:back|home|here) yet\b|"
    r"\b(?:hasn'?t|haven'?t) (?:come|got|gotten) (?:back|home) yet\b|\b(?:he'?s|she'?s|they'?re|"
    r"he is|she is|they are) (?:still )?(?:out|at (?:the )?(?:pub|work|the shops|his mates?|her "
    r"mates?))\b",
    re.IGNORECASE,
)
# Fed up with being handed a helpline: "you just throw a number at me", "useless".
NUMBER_COMPLAINT = re.compile(
    r"\b(?:throw\w* (?:a |another |the )?(?:number|hotline|helpline)|didn'?t ask for (?:a |the |"
    r"your |any )?(?:hotline|helpline|number|samaritans)|stop (?:giving|sending|throwing) me "
    r"(?:the |that |a |your )?(?:number|hotline|helpline|samaritans)|(?:just|only) (?:give|send|"
    r"giving|sending) (?:me )?(?:a |the )?(?:number|hotline|helpline)|(?:you'?re|ur|this is|so) "
    r"(?:useless|no help|not helping|not helpful)|^\W*(?:so |how |fucking )?useless\W*$|"
    r"\buseless (?:bot|app|thing|service)\b|not (?:another|a) (?:number|"
    r"hotline|helpline)|(?:the )?same (?:number|hotline|helpline|thing) (?:again|over and over)|"
    r"(?:stop|quit) (?:giving|sending) me the same)",
    re.IGNORECASE,
)
# "why do you care": asked why a bot is worried.
WHY_CARE = re.compile(
    r"^\W*(?:why (?:do|would|should|d) (?:you|u) (?:even )?care|what do (?:you|u) care|"
    r"(?:you|u) don'?t (?:actually |even |really )?care|as if (?:you|u) care)\b",
    re.IGNORECASE,
)
# "do you think it gets better?": hope asked for, soon after a crisis.
GETS_BETTER = re.compile(
    r"\b(?:does|will|do you think|do u think|can) (?:it|things|this|life|i) (?:ever )?(?:get|gets|"
    r"getting) (?:any )?better\b|\bis there (?:any )?hope\b|\bwill i (?:ever )?feel (?:ok|okay|"
    r"better|normal|happy)(?: again)?\b",
    re.IGNORECASE,
)
# "what should i do tonight", "how do i get through the night": a plan for the next hours.
# The urge to hurt themself, and how to get through it: "what can i do instead".
URGE = re.compile(
    r"\bwhat (?:else )?(?:can|could|should|do) i do instead\b|\b(?:what|how) (?:can|do|could) i "
    r"(?:do|stop|resist|fight|ride out|get through) (?:about )?(?:the|this|these|my) urges?\b|"
    r"\bhow (?:do|can) i (?:stop|not) (?:myself|do(?:ing)? it|hurt(?:ing)? myself|cut(?:ting)?)\b|"
    r"\bsomething (?:else )?(?:to do )?instead of (?:cutting|hurting myself|self ?harm\w*|it)\b|"
    r"\b(?:alternatives?|distractions?) (?:to|for|from) (?:cutting|self ?harm\w*|hurting myself)\b",
    re.IGNORECASE,
)
TONIGHT = re.compile(
    r"\bwhat (?:should|do|can|shall) i do (?:tonight|now|right now|till morning)\b|"
    r"\bhow (?:do|can|will) i (?:get|make it) through (?:tonight|the night|today|this)\b",
    re.IGNORECASE,
)
# "its 3am nobody will be awake": whether anyone answers at this hour.
OPEN_NOW = re.compile(
    r"\b(?:nobody|no ?one|no-one)(?:'?s| is| will be|'?ll be| would be)? (?:awake|up|around|"
    r"there|answer\w*|pick up)\b|\b(?:is|are|will) (?:it|they|anyone|someone|the line|samaritans|"
    r"the helpline|988|lifeline) (?:even )?(?:open|there|awake|answer\w*)\b.{0,30}"
    r"\b(?:now|tonight|at this (?:time|hour)|this late|at night|\d{1,2} ?am)\b|"
    r"\b(?:open|answer\w*) (?:at|this) (?:late|night|\d{1,2} ?am)\b",
    re.IGNORECASE,
)
# "what do i even say to them when they pick up": what to say to a helpline.
WHAT_TO_SAY = re.compile(
    r"\bwhat (?:do|would|should|can|will) i (?:even )?(?:say|tell them|talk about)\b|"
    r"\b(?:don'?t|dont|do not) know what (?:i'?d|i would|to) say\b",
    re.IGNORECASE,
)
# Getting help already: "i'm in hospital now", "the paramedics are here".
IN_CARE = re.compile(
    r"\b(?:i'?m|im|i am|we'?re|we are|now) (?:at|in) (?:the )?(?:hospital|a ?& ?e|a and e|er|"
    r"emergency room|emergency department|urgent care)\b|\b(?:ambulance|paramedics?|the police) "
    r"(?:is|are|just) (?:here|arrived|came)\b|\b(?:doctors?|nurses?) (?:is|are) (?:seeing|with|"
    r"looking after) me\b",
    re.IGNORECASE,
)
# "should i tell someone?", "should i tell my mum": yes, someone they trust.
TELL_SOMEONE = re.compile(
    r"\bshould i (?:tell|talk to) (?:someone|somebody|anyone|my (?:mum|mom|dad|parents?|teacher|"
    r"friends?|coach|gp|doctor|boss|sister|brother)|a teacher|an adult|the police|a grown ?up)\b",
    re.IGNORECASE,
)
# "is that ok?", "is that normal?" about what someone does to them.
IS_THAT_OK = re.compile(
    r"^\W*(?:but |so )?(?:is (?:that|this|it) (?:ok|okay|normal|alright|allowed|wrong|bad|weird)|"
    r"is that how it'?s supposed to be|am i overreacting)\W*$",
    re.IGNORECASE,
)
# "is samaritans free? will it show up on my phone bill": the cost, or being found out.
COST = re.compile(
    r"\b(?:is it|is (?:it|the call|the line|that|samaritans|988|lifeline) )free\b|"
    r"\b(?:does it|will it) cost\b|\bcost (?:money|anything)\b|\bphone bill\b|"
    r"\bshow (?:up )?on (?:my|the) (?:bill|phone)\b|\b(?:no|out of) (?:credit|minutes)\b|"
    r"\bno (?:money|credit|top[- ]?up)\b.{0,20}\b(?:credit|phone|minutes|call\w*)\b|"
    r"\b(?:haven'?t|havent|have not|don'?t|dont) (?:got |have )?(?:any )?credit\b",
    re.IGNORECASE,
)
# Looking after a cut they made: cleaning it, stitches, infection.
WOUND_CARE = re.compile(
    r"\bclean (?:a |the |my )?(?:cut|wound|it)\b|\bstitch(?:es)?\b|\bgaping\b|\binfect\w*\b|"
    r"\b(?:bandage|plaster|dressing|steri ?strips?|butterfly strips?)\b|\bhow (?:do i|to) "
    r"(?:look after|take care of|treat) (?:a |the |my |it)",
    re.IGNORECASE,
)
# Afraid of how a hospital will treat them: "they'll judge me at a&e".
JUDGED = re.compile(
    r"\bjudg\w*\b|\b(?:embarrass\w*|ashamed)\b.{0,40}\b(?:a&e|a and e|hospital|doctors?|"
    r"nurses?|er|emergency)\b|\b(?:a&e|a and e|hospital|doctors?|er)\b.{0,40}\b(?:embarrass\w*|"
    r"ashamed|tell my (?:parents|mum|mom|dad))\b",
    re.IGNORECASE,
)
# A plan told: "i have a plan", "its for saturday", "i've saved up my pills".
PLAN_TOLD = re.compile(
    r"\bi(?:'ve| have)? (?:got |made |have )?a plan\b|"
    r"\b(?:i know|i'?ve decided|decided|worked out) (?:how|when|where)\b|"
    r"^\W*(?:it'?s|its|it is|planned) (?:for|on) (?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|the weekend|tonight|tomorrow|my birthday|next week)\b|"
    r"\bi'?ve (?:been )?(?:saving|saved|stockpil\w*|collect\w*|bought|got) (?:up )?(?:my |the |"
    r"enough |some )?(?:pills|tablets|meds|rope|a rope)\b",
    re.IGNORECASE,
)
# "what is samaritans", "what is mean domestic abuse helpline": what the line is.
WHAT_IS_LINE = re.compile(
    r"\bwhat(?:'?s| is| are)? (?:(?:is )?mean )?(?:the )?(?:samaritans|shout|988|lifeline|"
    r"childline|(?:domestic abuse |crisis )?(?:helpline|hotline)|that (?:number|line))\b|"
    r"\bwho (?:is|are) (?:the )?(?:samaritans|shout)\b",
    re.IGNORECASE,
)
# The line they tried did not answer: "its just ringing out", "they havent answered".
NO_ANSWER = re.compile(
    r"\b(?:ringing out|rang out|rings out|just rings|no(?:body| one)? (?:is )?answer\w*|"
    r"(?:didn'?t|did not|not|haven'?t|havent|hasn'?t|won'?t|wont) (?:answer\w*|pick(?:ed|ing)? up|"
    r"repl(?:y|ied)|got back)|couldn'?t get through|can'?t get through|cant get through|"
    r"line (?:is |was )?(?:busy|engaged)|no reply|keeps? ringing|just keeps? ringing|"
    r"(?:nobody|no one|noone|no-one)(?:'s| is)? picking up|not picking up)\b",
    re.IGNORECASE,
)
# Help is on its way or on the line: "im on hold with 111 now", "ive rung 999".
ON_THE_LINE = re.compile(
    r"\b(?:on hold|in (?:a|the) queue|waiting for (?:them|someone|the call|an answer) to answer|"
    r"(?:i'?m|im|i am) (?:calling|ringing|phoning|on the phone (?:to|with)|talking to) "
    r"(?:them|999|911|111|112|000|samaritans|shout|988|the (?:police|ambulance|helpline))|"
    r"(?:i'?ve|ive|i have|just) (?:called|rung|phoned|texted) (?:them|999|911|111|112|000|"
    r"samaritans|shout|988|the (?:police|ambulance|helpline)))\b",
    re.IGNORECASE,
)
# About to get help: "fine ill call 111", "ok i'll go to a&e".
WILL_CALL = re.compile(
    r"\b(?:i'?ll|ill|i will|i'?m gonna|im gonna|i'?m going to|im going to) "
    r"(?:call|ring|phone|text|try) (?:999|911|111|112|000|them|samaritans|shout|85258|988|"
    r"(?:an|the) ambulance|the (?:police|helpline|gp|doctor|number|line|crisis line)|my gp)\b|"
    r"\b(?:i'?ll|ill|i will|i'?m going|im going|i'?m gonna|im gonna) (?:go )?(?:to )?"
    r"(?:a ?& ?e|a and e|"
    r"(?:the )?hospital|(?:the )?er|the emergency (?:room|department)|urgent care)\b",
    re.IGNORECASE,
)
# Sorry for being a bother: "sorry for wasting your time".
SORRY_BOTHER = re.compile(
    r"\bsorry (?:for|about) (?:wasting|taking up|bothering|being (?:a |such a )?(?:burden|pain|"
    r"bother|mess)|dumping|all (?:this|that)|going on)|\bwast(?:ing|ed|e) (?:your|ur) time\b|"
    r"\bsorry to (?:bother|burden|dump on) (?:you|u)\b",
    re.IGNORECASE,
)

# "please dont tell me to eat": no one will make them, and they are heard.
NOT_TOLD_TO_EAT = re.compile(
    r"\b(?:don'?t|dont|do not|pls don'?t|please don'?t) (?:tell|make|ask|force) me (?:to )?eat\b",
    re.IGNORECASE,
)

# "is there anywhere for men", "we're both women so the DA people won't help".
FOR_MEN = re.compile(
    r"\b(?:anywhere|anything|anyone|help|helpline|support|line)\b.{0,15}\bfor (?:men|blokes|guys|"
    r"lgbt\w*|gay people|lesbians)\b|"
    r"\b(?:we'?re|were) both (?:women|men|girls|guys)\b.{0,40}\b(?:won'?t|wont|don'?t|dont) "
    r"(?:help|believe|take)\b|\bno one (?:will )?believes? (?:a man|me)\b",
    re.IGNORECASE,
)

ASKED_AFTER_CRISIS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("for_men", FOR_MEN),
    ("not_told_to_eat", NOT_TOLD_TO_EAT),
    ("no_answer", NO_ANSWER),
    ("on_the_line", ON_THE_LINE),
    ("will_call", WILL_CALL),
    ("what_is", WHAT_IS_LINE),
    ("sorry", SORRY_BOTHER),
    ("plan", PLAN_TOLD),
    ("open_now", OPEN_NOW),
    ("wound", WOUND_CARE),
    ("judged", JUDGED),
    ("cost", COST),
    ("what_to_say", WHAT_TO_SAY),
    ("before_back", NOT_BACK_YET),
    ("number", NUMBER_COMPLAINT),
    ("why_care", WHY_CARE),
    ("hope", GETS_BETTER),
    ("in_care", IN_CARE),
    ("tell_someone", TELL_SOMEONE),
    ("is_that_ok", IS_THAT_OK),
    ("urge", URGE),
    ("tonight", TONIGHT),
    ("explain", WHY_THAT),
    ("cant_call", CANT_CALL),
    ("who_knows", TOLD_WHO),
    ("person", WHAT_PERSON),
    ("stay", STAY_WITH_ME),
    ("talk", TALK_ABOUT_IT),
    ("bot", WHO_ASKED),
    ("leave", LEAVE_ME),
    ("age", safety_words.AGE_ONLY),
)
# After "no" to a person joining: when we check in again ("I'll check in on you soon").
DANGER_CHECK_MINUTES = 30
LATER_CHECK_MINUTES = 180
# Unsure, to "are you having thoughts of ending your life?": not a no, so taken as a yes.
UNSURE = re.compile(
    r"^\W*(?:i )?(?:don'?t|dont|do not) know\b|^\W*(?:idk|dunno|not sure|unsure|i'?m not sure|"
    r"im not sure|possibly|sometimes|a bit|a little|i think so|i guess|probably)\b",
    re.IGNORECASE,
)
# Unsure, but leaning towards yes: "sometimes i think about it", "i dont know, sometimes i
# wish i wasnt here" (a yes even to a question a faint reading raised).
LEANS_YES = re.compile(
    # ("for a bit", "for a little while" are how long, not how much)
    r"\b(?:sometimes|often|a lot|every day|all the time|kind of|kinda|sort of|(?<!for )a bit|"
    r"(?<!for )a little(?! while)|"
    r"i think so|i guess|probably|think about it|thought about it|wish i (?:wasn'?t|was not|"
    r"weren'?t) here)\b",
    re.IGNORECASE,
)
# After a milestone, asked about urges: "kinda struggling this week tho" is not a no.
STRUGGLING = re.compile(
    r"\b(?:struggl\w*|urges?|tempted|relaps\w*|slipp\w*|rough|difficult|close to|"
    r"hard (?:lately|this week|today|rn|right now)|not (?:great|good|easy))\b",
    re.IGNORECASE,
)
# "doing really well", "all good": how they are, said to the gentle question after a milestone.
DOING_WELL = re.compile(
    r"\b(?:doing (?:really |so |pretty )?(?:well|good|great|ok|okay|fine)|all good|no urges|"
    r"(?:i'?m|im|i am|feeling|feel) (?:really |so |pretty )?(?:good|great|fine|ok|okay|proud|"
    r"strong|happy)|not at all)\b",
    re.IGNORECASE,
)
# "no like actually", "i mean it", "im serious": what they said was meant, not a no.
SERIOUS = re.compile(
    r"^\W*(?:no+,? )?(?:like,? )?(?:i mean it|i meant it|i'?m serious|im serious|i'?m not joking|"
    r"im not joking|not joking|i'?m not kidding|im not kidding|for real|fr|deadass|seriously|"
    r"actually|like actually|(?:it'?s |its )?not a joke)(?:\W+(?:this time|tho|though|anymore|rn|"
    r"at all|i swear))?\W*$",
    re.IGNORECASE,
)
# "lol no its a video game", "no omg its a crush thing", "no its just the council": the
# crisis answer was a misreading, and they say so.
MISREAD = re.compile(
    # "calm down i meant the essay lol", "chill, i meant my phone"
    r"^\W*(?:(?:calm down|chill|relax|woah|whoa|omg)\W+)?i (?:only |just )?meant (?:the|my|this|"
    r"that|a|an|work|school|uni) \w+|"
    # (not a question back: "what would u even do about it lol")
    r"^\W*(?:no+|nah+|nope|lol|lmao|omg|haha\w*|oh|ha|um+|wtf|huh|bruh|dude|"
    r"what(?!\s+(?:would|will|can|could|do|does|did|are|is|should|r|u|you|else|now)\b))\b.{0,40}?"
    r"(?:\b(?:it'?s|its|it was|was|that was|i was|i'?m|im) (?:only |just |literally )?(?:a |an |"
    r"about (?:a |the |my )?)?(?:\w+ )?(?:joke|joking|kidding|messing|game|video ?game|song|"
    r"lyrics?|meme|expression|figure of speech|saying|crush|exaggerating|chocolate|sweets|food|"
    r"pillow\w*|chef|cook|hobby|hair)\b|\b(?:it'?s|its|it was) just\b|\bnot "
    r"(?:literally|like that|serious|seriously|suicidal|what i meant)\b|\bmisunderst\w*|"
    r"\bmisread\b|\b(?:jk|lol|lmao|haha\w*)\b|😂|🤣|💀)",
    re.IGNORECASE,
)
# "dont call anyone", "please don't tell anyone": no one is contacted, and they are told so.
NO_CONTACT = re.compile(
    r"\b(?:don'?t|dont|do not|never|no|pls don'?t|please don'?t)\b.{0,12}\b(?:call|tell|contact|"
    r"ring|phone|send|involve|report)\w*\b.{0,20}\b(?:anyone|anybody|someone|police|cops|"
    r"ambulance|parents?|mum|mom|dad|family|school|them|911|999|000|112)\b",
    re.IGNORECASE,
)


def refuses_contact(text: str) -> bool:
    """ "dont call anyone", "please don't tell my parents" (not "i never tell anyone anything.
    you just throw a number at me", which is about us)."""
    return bool(NO_CONTACT.search(text)) and not NUMBER_COMPLAINT.search(text)


# The answer to "how are you doing now?" after a crisis: easier, or not.
BETTER = re.compile(
    r"\b(better|ok|okay|fine|good|alright|all right|calmer|safe|much the same but ok)\b", re.I
)
NOT_BETTER = re.compile(
    r"\b(not|no|isn'?t|aren'?t|never|still|worse|hardly)\b.{0,12}\b(better|ok|okay|fine|good|"
    r"alright|safe|bad|awful|terrible|low)\b|\b(worse|awful|terrible|bad|shit|crap)\b",
    re.I,
)


# The thoughts still there, told at the follow-up: "not great. still thinking about it".
# Neither better nor worse, said with a shrug: "ok i guess", "fine i suppose".
LUKEWARM = re.compile(r"\b(?:i guess|i suppose|ish|kinda|kind of|sort of|meh|idk|dunno)\b", re.I)
# Worse since the crisis: "worse tbh", "even worse", "getting worse".
WORSE = re.compile(r"\b(?:worse|worst|no better|even more)\b", re.IGNORECASE)
STILL_THINKING = re.compile(
    r"\b(?:still|keep|kept|can'?t stop) (?:thinking|thought|thinkin) (?:about|of) (?:it|that|"
    r"ending|dying|doing it|killing|not being here)|\bstill (?:want|wanna|wanting) to (?:die|end "
    r"it|do it|not be here)\b|\b(?:the )?thoughts (?:are )?(?:still|haven'?t (?:gone|stopped)|"
    r"won'?t (?:go|stop))\b",
    re.IGNORECASE,
)
# What they meant, said: "i mean im done with work for today", "on this puzzle i mean".
MEANT_OTHER = re.compile(
    r"^\W*(?:no+|nah|nope)?\W*i mean(?:t)?\b(?!.{0,15}\b(?:yes|yeah|it|that)\b).{0,40}\b(?:work|"
    r"school|uni|college|today|tonight|the day|my (?:job|shift|exam|essay|homework|diet|puzzle|"
    r"game|phone|course))\b|\b(?:on|with|about) (?:this|the|my) \w+ i mean(?:t)?\W*$|"
    # "i mean this maths homework lol", "lol i was talking about my essay"
    r"^\W*(?:(?:no+|nah+|nope|lol|lmao|omg|haha\w*|sorry|oh|oops|wait|um+|sry)\W+)*(?:i (?:only |"
    r"just )?mean(?:t)?|i was (?:talking|going on|on) about|(?:talking|it'?s|its) about) (?:this|"
    r"the|my|that|these|those|all (?:this|the|my)) (?:stupid |dumb |bloody |damn |\w+ )?"
    r"(?:homework|maths|math|essay|exams?|tests?|revision|assignment|coursework|project|"
    r"dissertation|job|work|shift|school|uni|college|course|class|lesson|diet|game|level|puzzle|"
    r"crossword|wordle|phone|laptop|wifi|internet|traffic|queue|weather|rain|commute|tax return|"
    r"paperwork|washing|cleaning|housework|dishes|meeting|deadline|gym|workout|training|"
    r"printer|code|bug|spreadsheet|flat ?pack|furniture|week|heat|hangover)\b",
    re.IGNORECASE,
)
# "skip" or "pass" to the direct question: not an answer.
# Only a score from 1 to 10, maybe hedged: "5 i guess", "like a 4", "6/10".
A_SCORE = re.compile(
    r"^\W*(?:like |maybe |about |prob(?:ably)? |around )?(?:a )?(?:10|[1-9])(?:\.5)?"
    r"(?:\s*/\s*10| out of 10)?\W*(?:i guess|i think|idk|tbh|maybe|ish|lol|probably)?\W*$",
    re.IGNORECASE,
)
SKIPPED = re.compile(r"^\W*(?:skip|pass|next|skip it|skip this)\W*$", re.I)
# "jk", "just kidding" after an overdose or danger: not taken as a misreading, nor as a yes.
JOKING = re.compile(r"^\W*(?:lol\W*)?(?:jk|j/k|just kidding|only joking|joking|kidding)\b", re.I)
# "he'll hear me": someone nearby is the danger, not only family who would overhear.
HEARD_BY_THEM = re.compile(
    r"\b(?:he|she|they)(?:'ll| will| would| might|'d)? (?:hear|find me|find out|see me)\b", re.I
)
# A question about how it would go, after a crisis: never answered, always asked about.
METHOD_ASKED = re.compile(
    r"\b(?:would|will|does|did) (?:it|that) (?:hurt|be painful|be quick)\b|"
    r"\b(?:it|that) (?:would|will|'d|'ll) (?:hurt|be painful|be quick)\b|"
    r"\bhow (?:long|much|many) (?:would|does|will) it take\b|\b(?:painless|quickest|easiest|"
    r"fastest|surest) way\b|\bwould i (?:feel|survive)\b",
    re.I,
)
# A yes about the person offered: "actually yes please get someone".
_PERSON_WORDS = r"please|pls|someone|somebody|person|team|talk|join"
FOR_A_PERSON = re.compile(rf"\b(?:{_PERSON_WORDS})\b", re.I)
# A longer yes that is about the offer: "yes that would help", "yeah go on then".
_YES_TO_SOMEONE = re.compile(
    rf"\b(?:{_PERSON_WORDS}|plz|human|help|good|nice|great|ok|okay|sure|would|could|i do|go on|"
    r"go ahead|i'?d like|want|why not|definitely|absolutely|of course|alright|fine|guess|"
    r"suppose|think so|maybe|thanks|thank you|ty|then|yes|yeah|yep)\b",
    re.IGNORECASE,
)


def _telling_more(after_yes: str) -> bool:
    """What follows a yes says more of their story ("yeah work stuff"), not more about the
    offer ("yeah go on then")."""
    rest = after_yes.strip(" ,.!")
    return bool(rest) and not _YES_TO_SOMEONE.search(rest)


# Excusing the one who hurt them: "he's sorry, he didn't mean it", "it was only once".
MINIMISED = re.compile(
    r"\b(?:he|she|they)(?:'s| is| was| are|s)? (?:really |so |very )?sorry\b|"
    r"\b(?:didn'?t|didnt|did not) mean (?:it|to)\b|\b(?:it was|it'?s) (?:only |just )?(?:once|a "
    r"one-?off|the (?:drink|alcohol|stress))\b|\bnot (?:usually|normally) like (?:that|this)\b|"
    r"\b(?:my|partly my) fault\b|\bi (?:provoked|deserved)\b|\bwon'?t happen again\b",
    re.IGNORECASE,
)
# Who they would rather talk to: "can it be a woman", "a guy please".
PREFERS = re.compile(
    r"\b(?:a |an |prefer (?:a )?|rather (?:have |talk to )?(?:a )?)?(?:(?P<woman>woman|female|girl|"
    r"lady)|(?P<man>man|male|guy|bloke))\b",
    re.IGNORECASE,
)
# Feeling better, told as an answer to something else ("ok that's a bit better", "calmer
# now"): not a yes to "are you having thoughts of ending your life?".
FEELING_BETTER = re.compile(
    r"^\W*(?:(?:ok|okay|yeah|yes|yep|hmm|um)\W+)?(?:that'?s|thats|it'?s|its|i'?m|im|i feel|"
    r"feeling|feel)?\s*(?:a (?:bit|little|lot)|much|slightly|way|so much)?\s*(?:better|calmer|"
    r"more relaxed|less anxious|less tense)\b(?:\s+(?:now|thanks|thank you|ty|thx))?\W*$",
    re.IGNORECASE,
)
# A reply that opens with a yes, whatever follows it.
YES_FIRST = re.compile(r"^\W*(?:yes|yeah|yea|yep|ya|yh|yess+)\b", re.IGNORECASE)
# Unsure about someone joining: someone joins (they can call it off with "never mind").
MAYBE = re.compile(
    r"^\W*(?:(?:idk|dunno|i don'?t know|not sure)\W+)?(?:maybe|perhaps|i guess|i suppose|"
    r"probably|possibly|could do|might help|idk|dunno|not sure|i don'?t know)\W*$",
    re.IGNORECASE,
)
# "yeah i'm ok now" to the offer of a person: how they are, not a yes to someone joining.
OK_NOW = re.compile(
    r"^\W*(?:yes|yeah|yea|yep|ya)\b.{0,6}\b(?:i'?m|im|i am|feeling|all)\s+(?:ok|okay|fine|"
    r"alright|all right|good|better|safe)\b(?!.{0,40}\b(?:talk|someone|person|team|join|please)\b)",
    re.I,
)


@dataclass(frozen=True)
class Assessment:
    """How worried to be about one message."""

    level: str  # "crisis" | "doubt" | "third_party" | "none"
    kind: str | None = None
    past: bool = False  # told as the past ("years ago, i'm better now")
    faint: bool = False  # only a faint model score: a "no" lets the message be answered as such


# A model crisis score this high is not explained away by words alone (see `assess`).
SURE_SCORE = 0.9
# How to do an exercise, asked: "can i do it with my eyes closed?", "can i do this lying down".
HOW_TO_DO = re.compile(
    r"\b(?:eyes (?:closed|shut|open)|lying down|lie down|sitting(?: down| up)?|sit down|standing"
    r"(?: up)?|in bed|at (?:my )?(?:desk|work)|out loud|with music|on the (?:bus|train)|while "
    r"(?:walking|driving))\b",
    re.IGNORECASE,
)
# Emotions in which a faint crisis score, with no doubtful word, is not asked about. Of every
# hand-written message met with a faint question, none labelled a crisis was read as these.
CALM_READINGS = frozenset({"joy", "neutral"})
# A message this long, read as a crisis with a sure score, tells a story around a danger.
STORY_WORDS = 25
PLAIN_REQUESTS = frozenset(
    {
        "set_reminder",
        "list_reminders",
        "cancel_reminder",
        "breathing_request",
        "sleep_help",
        "checkin_request",
        "export_data",
        "delete_data",
    }
)


# Our features asked for in so many words: a faint reading does not stand in their way.
FEATURE_ACTIONS = frozenset(
    {
        "action_start_checkin",
        "action_start_breathing",
        "action_start_sleep",
        "action_sleep_diary",
        "action_set_reminder",
    }
)


def assess(text: str, parse: Parse, settings: dict[str, Any]) -> Assessment:
    """Combine the model's crisis signal with explicit words; recall comes first."""
    if safety_words.quoting_a_song(text):
        # a lyric quoted about a song: asked gently, and a "no" gets the message answered
        return Assessment("doubt", "quote", faint=True)
    words_kind = safety_words.crisis_kind(text)
    if words_kind == "suicidal" and safety_words.laughing_hyperbole(text):
        # "i want to die lol 😂": asked gently, not the full answer; a "no" is answered as said
        return Assessment("doubt", faint=True)
    if words_kind:
        return Assessment("crisis", _now_or(words_kind, text))
    if safety_words.prepared(text):  # "haha guess who's got a noose in the wardrobe"
        return Assessment("crisis", _now_or("suicidal", text))
    if safety_words.make_it_stop(text):
        # "can you make it stop", alone: our messages, or distress? asked what, gently
        return Assessment("doubt", "stop")
    # The words below explain a message away (a game, a medicine question, a break-up). In a
    # story long enough to tell around a danger the model hears with near certainty they do
    # not count at all ("got evicted today... there's a high bridge near the station and i'm
    # going to walk there"). In a short message the model is sure of, a question about
    # medicine or about us is asked about before it is answered ("i've been drinking and
    # took some pills"), and so is a hard day in which the model hears a wish to die ("i hope
    # the cancer comes back, then i wont have to do it myself"); a heartbreak it hears as
    # abuse ("he cheated on me and left") is not.
    sure = parse.crisis and parse.crisis_score >= SURE_SCORE
    told_around = told_around_a_danger(text, parse)
    question = Assessment("doubt", parse.crisis_kind, faint=True)
    ask_if_sure = question if sure and parse.crisis_kind != "abuse" else Assessment("none")
    ask_if_wish = question if sure and parse.crisis_kind == "suicidal" else Assessment("none")
    # ... and heartbreak that "hurts", which the model is sure hides harm to themselves
    inward = parse.crisis_kind == "self_harm" and safety_words.harm_told(text)
    ask_if_inward = question if sure and inward else ask_if_wish
    if is_mash(text):
        return Assessment("none")  # "jfkdlsjfkdsl;a": keyboard mashing, met with the fallback
    lived = safety_words.lived_topics(text)
    if (
        not told_around
        and not safety_words.is_doubtful(text)
        and any(name != "coming_out" or not safety_words.harm_told(text) for name in lived)
    ):  # "if i dont check the oven 20 times something bad will happen", "12 days sober and the
        # cravings are unreal", "i came out to my mum", old scars, too much weed: met as what
        # they are, not a crisis, however sure the model is
        return Assessment("none")
    if (
        not told_around
        and service_topic(text) == "carers"
        and parse.crisis_score < float(settings["crisis"]["clarify_score"])
        and safety_words.only_cant_cope(text)
    ):  # "im a carer and so exhausted i cant cope, is there any support for carers": answered
        return Assessment("none")
    if (
        not told_around
        and service_topic(text) in ABOUT_US
        and not safety_words.is_doubtful(text)
        and not safety_words.urgent_now(text)  # "i'm drunk and i have pills in front of me"
    ):
        # "will you tell the police?", "is it safe to take xanax i bought online": answered
        return ask_if_sure
    if parse.crisis and MISREAD.match(text.strip()):
        return Assessment("none")  # "no i'm not suicidal lol, it's for my exam"
    if safety_words.sexual_violence(text) and not safety_words.is_third_party(text):
        return Assessment("crisis", "abuse")  # "i was groped on the tube today"
    if parse.crisis and not told_around and safety_words.harmless_only(text):
        return Assessment("none")  # "i overdosed on chocolate at easter"
    if parse.crisis and not told_around and safety_words.about_a_game(text):
        return Assessment("none")  # "accidentally killed myself in minecraft"
    if parse.crisis and not told_around and safety_words.broken_into_only(text):
        return Assessment("none")  # "someone broke into my car last week": a loss, met as one
    if parse.crisis and not told_around and safety_words.pet_bit_them(text):
        return Assessment("none")  # "my dog bit me and it's bleeding a bit"
    if parse.crisis and not told_around and safety_words.pet_ate_something(text):
        return Assessment("none")  # "my dog ate some of my ibuprofen": the vet, not a crisis
    if safety_words.not_their_own(text):
        # a story's character, a patient on the ward: asked about only when the model reads
        # more than that in it
        confirm = float(settings["crisis"]["confirm_score"])
        return (
            Assessment("doubt", faint=True) if parse.crisis_score >= confirm else Assessment("none")
        )
    if parse.crisis and safety_words.afraid_for_their_health(text):
        # "terrified it's cancer": asked, not the full answer
        return Assessment("doubt", faint=True)
    if safety_words.tells_a_loss(text) and safety_words.wants_to_follow_them(text):
        return Assessment("doubt")  # "my brother died last year and i want to be with him"
    if safety_words.lost_to_suicide(text) and not safety_words.is_third_party(text):
        # "my brother killed himself last year": their grief, asked about only when the
        # model reads more than the loss in it
        confirm = float(settings["crisis"]["confirm_score"])
        return (
            Assessment("doubt", faint=True) if parse.crisis_score >= confirm else Assessment("none")
        )
    if parse.crisis and not told_around and safety_words.ASKS_WHAT_WE_DO.match(text):
        return Assessment("none")  # "wot can u do fam"
    if parse.crisis and not told_around and safety_words.only_an_idiom(text):
        return Assessment("none")  # "my mate hit me up last night"
    if parse.crisis_kind == "abuse" and not told_around and safety_words.affection_only(text):
        return Assessment("none")  # "dad hugged me for the first time in years"
    if safety_words.stepping_away(text):
        return Assessment("none")  # "someone at the door brb": back in a moment
    if parse.crisis and not told_around and safety_words.explained_noise(text):
        return Assessment("none")  # "i heard footsteps upstairs, my flatmate is home"
    if parse.crisis and not told_around and safety_words.savings_question_only(text):
        return Assessment("none")  # "what to do with my life savings, isa or pension?"
    if parse.crisis and not told_around and safety_words.meds_not_yet(text):
        return Assessment("none")  # "havent taken them yet, ill do it after dinner"
    if parse.crisis and not told_around and safety_words.everyday_plan(text):
        return Assessment("none")  # "ive been thinking about changing jobs"
    if parse.crisis and safety_words.decided_only(text):
        return Assessment("doubt", parse.crisis_kind)  # "so i've decided": asked directly
    if parse.crisis and safety_words.kill_me_as_a_figure(text):
        return Assessment("doubt", "abuse", faint=True)  # "my parents will kill me": asked
    # The model's reading of worry for someone else counts when the words worry too: "my
    # parents are getting divorced" is news of their own
    third = safety_words.is_third_party(text) or (
        parse.crisis_kind == "third_party" and safety_words.worry_for_someone_close(text)
    )
    third = third and not safety_words.about_a_pet(text)  # "my cat is sick and i'm worried"
    # "my mum passed away and i dont know how to deal with it": their grief, not worry for her
    third = third and not (
        safety_words.tells_a_loss(text) and not safety_words.is_third_party(text)
    )
    if not third and safety_words.is_bare_plea(text):
        # "i need help", "help me": asked what is wrong and if it's danger, whatever the model
        # read (a crisis, or a request for the menu)
        return Assessment("doubt", "plea")
    if safety_words.is_everyday_dose(text):
        return Assessment("none")  # "took 2 paracetamol for my headache"
    clarify_at = float(settings["crisis"]["clarify_score"])
    if asks_to_stop(text) and parse.crisis_score < clarify_at:
        return Assessment("none")  # "stop texting me at night": a request, faintly read
    worried = parse.crisis or parse.crisis_score >= clarify_at  # the model, at least doubtful
    if worried and safety_words.is_dose_taken(text):
        # "i took my tablets": the usual dose, or too many? asked, not assumed
        return Assessment("doubt", "dose")
    if safety_words.is_milestone(text) and (worried or safety_words.names_self_harm(text)):
        # "6 months self harm free!": glad for them, and asked gently how things are now
        return Assessment("doubt", "milestone", past=True)
    # A plain request the model is sure of ("and one to take my meds every night at 10"), with
    # a crisis score under the clarifying level: the words above still count, a faint score not.
    asked = keyword_action(text)  # "I should like to record how I am feeling today"
    request = parse.crisis_score < clarify_at and (
        (parse.intent in PLAIN_REQUESTS and parse.intent_confidence >= 0.9)
        or (asked in FEATURE_ACTIONS and not safety_words.is_doubtful(text))
    )
    if parse.crisis and not third and not request:
        # A borderline reading, or a crisis told as the past, is asked about directly.
        past = safety_words.told_as_past(text)
        denied = safety_words.denies_crisis(text)  # "it was drinking not self harm": asked
        if safety_words.property_only(text):  # "my roommate is stealing from me": asked
            return Assessment("doubt", parse.crisis_kind, faint=True)
        if safety_words.not_eating_only(text):  # "i haven't eaten in 2 days": asked
            return Assessment("doubt", parse.crisis_kind)
        shouted = safety_words.shouted_at_only(text)
        if shouted == "work" and not told_around:  # "my boss shouted at me": a bad day
            return ask_if_wish
        if shouted == "home" and not told_around:  # "my dad shouted at me": asked, not assumed
            return Assessment("doubt", parse.crisis_kind, faint=True)
        if not told_around and safety_words.everyday_hurt_only(text):
            # "he cheated on me and left", "they said the cancer is back": heard, not asked
            # whether someone is hurting them
            return ask_if_inward
        if safety_words.quit_alone(text):  # "i just want to quit": a job, or more? asked
            return Assessment("doubt", parse.crisis_kind)
        if not told_around and safety_words.lost_in_life_only(text):
            return Assessment("doubt", parse.crisis_kind)  # "idk what to do w my life fr"
        if safety_words.low_mood_only(text) and not safety_words.is_doubtful(text):
            return Assessment("doubt", parse.crisis_kind)  # "i dont enjoy anything anymore"
        if past or denied or parse.crisis_score < float(settings["crisis"]["confirm_score"]):
            faint = parse.crisis_score < clarify_at and not safety_words.is_doubtful(text)
            calm = parse.ekman in CALM_READINGS and not safety_words.calm_resolve(text)
            calm = calm or (parse.intent in PLAIN_REQUESTS and HOW_TO_DO.search(text) is not None)
            if faint and calm and not (past or denied):
                # "i really hope it works out", "reading the instructions for a bookshelf": a
                # faint score in a glad or plain message, with no doubtful word, is answered
                return Assessment("none")
            return Assessment("doubt", parse.crisis_kind, past=past, faint=faint)
        return Assessment("crisis", _now_or(parse.crisis_kind or "suicidal", text))
    if third:
        return Assessment("third_party")
    if safety_words.not_eating_only(text) and not request:
        return Assessment("doubt")  # "i haven't eaten in 2 days", however faintly read
    if parse.crisis_score >= clarify_at or safety_words.is_doubtful(text):
        # inside a plain request ("remind me to buy rope and a stool"): a "no" gets it done
        return Assessment("doubt", faint=request)
    return Assessment("none")


def told_around_a_danger(text: str, parse: Parse) -> bool:
    """A story long enough to tell around a danger the model hears with near certainty:
    no word that explains a message away (a break-up, "i dont want advice") counts."""
    return parse.crisis and parse.crisis_score >= SURE_SCORE and len(text.split()) >= STORY_WORDS


def _now_or(kind: str, text: str) -> str:
    """Danger when a plan comes with a close time ("im going to do it tonight"), a place or
    the means at hand ("got the rope in my room rn"), or a wound that needs help now."""
    return "danger" if kind in ("suicidal", "self_harm") and safety_words.urgent_now(text) else kind


def answer_of(text: str, intent: str) -> str | None:
    """ "yes" / "no" / None for a reply to a yes-no question."""
    cleaned = " ".join(text.lower().replace("\u2019", "'").strip(" .!?").split())
    # (the model's "deny" for "sometimes i think about it" or "make it stop" is not a no)
    model_no = (
        intent == "deny"
        and not LEANS_YES.search(cleaned)
        and not safety_words.make_it_stop(cleaned)
    )
    if cleaned in DENY_WORDS or model_no or LEADING_NO.match(cleaned):
        return "no"
    if cleaned in AFFIRM_WORDS or intent == "affirm" or cleaned.startswith(("yes", "yeah")):
        return "yes"
    return None


# After a leading "no": the rest only explains it ("no, i'm not going to hurt myself, just
# tired", "nah im fine just stressed").
_NO_EXPLAINED = re.compile(
    r"\b(?:not|never|wouldn'?t|won'?t|don'?t|dont|isn'?t|wasn'?t|didn'?t|no)\b|"
    r"\b(?:i'?m|im|i am|all|feeling) (?:fine|ok|okay|alright|good|safe|better)\b|"
    r"\bjust (?:\w+ )?(?:tired|stressed|sad|upset|low|venting|down|fed up|exhausted|bored|"
    r"annoyed|angry|frustrated|overwhelmed|a bad day|a rough day|work|school|exams?)\b",
    re.IGNORECASE,
)
_A_NO = re.compile(r"^\W*(?:no+|nah+|nope|nop)\b\W*(?:(?:but|well|like|tbh|honestly|i mean)\b\W*)?")


def says_more_than_no(text: str) -> bool:
    """A "no" with something new after it ("no. i took everything in the cupboard an hour
    ago"): the rest is read as a message of its own, not as a plain no."""
    cleaned = " ".join(text.lower().replace("\u2019", "'").split())
    leading = _A_NO.match(cleaned)
    if leading is None:
        return False
    rest = cleaned[leading.end() :]
    return len(rest.split()) >= 3 and not _NO_EXPLAINED.search(rest)


def crisis_response(
    session: Session,
    convo: Conversation,
    kind: str | None,
    settings: dict[str, Any],
    now: datetime,
    *,
    at_home: bool = True,
    bleeding: bool = False,
    taken: bool = False,
    strangled: bool = False,
    urgent: bool = False,
    secret: bool = False,
    followed: bool = False,
    means: str | None = None,
) -> list[Reply]:
    """Help at once; a person is told; someone checks back later.

    Told again within the hour ("from the bridge near my house"), the answer is shorter and
    leads with the emergency number instead of repeating itself. Abuse away from home
    ("bullied at school") is not pointed to a domestic abuse line.
    """
    keep_checkin(session, convo, now)
    again = in_crisis_window(convo, settings, now)
    # told again after an overdose ("like 15 paracetamol an hour ago"): still what was taken,
    # never "put the pills out of reach"
    taken = taken or (again and bool(convo.slots.get("overdose_at")))
    flag = raise_flag(session, convo, "crisis", kind, now)
    convo.last_crisis_at = now
    convo.active_flow = None
    convo.slots = {
        **_clear_flow(convo.slots),
        "safety_state": "offered_person",
        "crisis_kind": kind or "suicidal",
        "at_home": at_home or bool(convo.slots.get("at_home") and again),
        "hiding": urgent or bool(convo.slots.get("hiding") and again),
        # an overdose told: sleepiness later is the overdose, not tiredness
        "overdose_at": now.isoformat() if taken else convo.slots.get("overdose_at"),
        "stays": 0,
        "person_declined": False,
        # told again and again: said differently each time, with what they have named
        "agains": int(convo.slots.get("agains", 0)) + 1 if again else 0,
        "means": means or (convo.slots.get("means") if again else None),
    }
    _book_first_check(session, convo, settings, now, flag)
    helpline = helpline_for(convo.country, settings["helplines"])  # young: the template
    return [
        Reply(
            render(
                "crisis",
                helpline=helpline,
                kind=kind,
                handed_over=convo.handed_over,
                again=again,
                agains=int(convo.slots.get("agains", 0)),
                means=convo.slots.get("means"),
                at_home=at_home,
                bleeding=bleeding,
                taken=taken,
                strangled=strangled,
                urgent=urgent,
                secret=secret,
                followed=followed,
                young=bool(convo.slots.get("young")),
                older=bool(convo.slots.get("older")),
                man_hurt=bool(convo.slots.get("man_hurt")),
                same_sex=bool(convo.slots.get("same_sex")),
                new_parent=bool(convo.slots.get("new_parent")),
                veteran=bool(convo.slots.get("veteran")),
                sexual=bool(convo.slots.get("sexual")),
                parent_hurts=bool(convo.slots.get("parent_hurts")),
            )
        )
    ]


def eating_response(
    session: Session, convo: Conversation, settings: dict[str, Any], now: datetime
) -> list[Reply]:
    """Signs of an eating disorder: care, the line that knows about it, the emergency number
    for the body's warning signs; staff see it, and a person is offered."""
    flag = raise_flag(session, convo, "crisis", "self_harm", now)
    convo.last_crisis_at = now
    if not convo.handed_over:
        convo.slots = {**convo.slots, "safety_state": "offered_person", "crisis_kind": "self_harm"}
    convo.slots = {**convo.slots, "eating": True}
    _book_first_check(session, convo, settings, now, flag)
    helpline = helpline_for(convo.country, settings["helplines"])  # young: the template
    young = bool(convo.slots.get("young"))
    return [Reply(render("eating", helpline=helpline, young=young, handed_over=convo.handed_over))]


def exploitation_response(
    session: Session, convo: Conversation, settings: dict[str, Any], now: datetime
) -> list[Reply]:
    """Pressed for intimate pictures, or threatened with them: not their fault, what to do, the
    young people's line and the police; staff see it, and a person is offered."""
    raise_flag(session, convo, "crisis", "abuse", now)
    convo.last_crisis_at = now
    if not convo.handed_over:
        convo.slots = {**convo.slots, "safety_state": "offered_person", "crisis_kind": "abuse"}
    helpline = helpline_for(convo.country, settings["helplines"])
    return [Reply(render("exploitation", helpline=helpline, handed_over=convo.handed_over))]


def raise_flag(
    session: Session, convo: Conversation, reason: str, kind: str | None, now: datetime
) -> Flag:
    """Put the conversation in the staff queue (re-using an open flag) and alert staff."""
    convo.flagged = True
    flag = session.scalar(
        select(Flag).where(
            Flag.conversation_id == convo.id, Flag.status != "resolved", Flag.reason == reason
        )
    )
    if flag is None:
        flag = Flag(conversation_id=convo.id, reason=reason, crisis_kind=kind, created_at=now)
        session.add(flag)
        session.flush()
    elif kind == "danger":  # told more since ("from the bridge"): staff see the most urgent
        flag.crisis_kind = kind
    session.info.setdefault("alerts", []).append(flag.id)
    return flag


def clarify(
    session: Session,
    convo: Conversation,
    settings: dict[str, Any],
    now: datetime,
    kind: str | None = None,
    past: bool = False,
    said: dict[str, Any] | None = None,
) -> list[Reply]:
    """Ask directly and kindly, with help in reach whatever the answer.

    A possible danger or abuse is asked about as such ("is someone hurting you?"),
    anything else as thoughts of suicide or self-harm; a yes means the same either way.
    A bare plea ("i need help") is asked what is going on, and about both; a yes to that
    is answered as danger, emergency number first. A recovery milestone is celebrated first.
    With only a faint reading (``said``: the message, kept), a "no" lets the message itself
    be answered ("exam tomorrow and im freaking out"). Unless the reading was faint, a
    gentle check-in is booked for the next day at once: no answer at all is not left alone.
    """
    keep_checkin(session, convo, now)
    asked = kind  # what the question is about: a plea, a dose, a milestone, or a kind
    if kind in ("plea", "acting"):  # a yes to acting on it tonight is danger
        kind = "danger"
    elif kind not in ("abuse", "danger", "dose"):
        kind = "suicidal"
    convo.slots = {
        **convo.slots,
        "safety_state": "clarifying",
        "clarify_kind": kind,
        "clarify_past": past,
        **({"clarify_said": said} if said else {}),
        **({"clarify_faint": True} if asked in ("quote", "stop") else {}),
        **({"clarify_stop": True} if asked == "stop" else {}),
    }
    if not said and asked not in ("quote", "dose", "milestone", "stop"):
        _book_gentle_followup(session, convo, settings, now)
    helpline = helpline_of(convo, settings)
    if asked == "stop":  # "can you make it stop": what they'd like to stop, asked first
        return [Reply(render("clarify_stop", helpline=helpline, said=None))]
    reply = render("crisis_clarify", helpline=helpline, kind=kind, asked=asked, faint=bool(said))
    return [Reply(reply)]


# Checks back after a crisis: the first (an hour on), one promised for later today (soon),
# and the next day's (gentle, which waits out quiet hours).
FOLLOWUP_KINDS = ("crisis_followup", "soon_followup", "gentle_followup")
CHECKIN_FORM = "checkin_form"
CHECKIN_SLOTS = ("mood", "feelings", "note", "requested_slot", "checkin_told")


def keep_checkin(session: Session, convo: Conversation, now: datetime) -> None:
    """A check-in the safety question cut short is kept with what was told (the low days
    count most in a mood chart) and ends there."""
    if convo.active_flow != CHECKIN_FORM:
        return
    mood = convo.slots.get("mood")
    told = convo.slots.get("feelings")
    told = told if isinstance(told, dict) else {}
    if mood is not None and convo.consent is not False:
        session.add(
            CheckIn(
                conversation_id=convo.id,
                mood=int(mood),
                emotion=told.get("emotion"),
                ekman=told.get("ekman"),
                feelings=told.get("text") or convo.slots.get("checkin_told") or None,
                note=None,
                created_at=now,
            )
        )
    convo.active_flow = None
    convo.slots = {k: v for k, v in convo.slots.items() if k not in CHECKIN_SLOTS}


def _book_first_check(
    session: Session, convo: Conversation, settings: dict[str, Any], now: datetime, flag: Flag
) -> None:
    """The check an hour or so after a crisis is told, unless one is already due by then: told
    again after the last check, or a new crisis another day, is checked on again."""
    due = now + timedelta(minutes=int(settings["crisis"]["followup_minutes"]))
    if not _followup_pending(session, convo, due):
        schedule_job(
            session,
            convo,
            "crisis_followup",
            due,
            {"flag_id": flag.id},
            dedupe_key=f"crisis_followup:{flag.id}:{now:%Y%m%d%H%M}",
        )


def _book_next_day(
    session: Session, convo: Conversation, settings: dict[str, Any], now: datetime
) -> None:
    """The next day's check after a crisis, unless one is already to come."""
    hours = int(settings["crisis"]["second_followup_hours"])
    if not _followup_pending(session, convo, now + timedelta(hours=hours)):
        _book_gentle_followup(session, convo, settings, now)


def _book_gentle_followup(
    session: Session, convo: Conversation, settings: dict[str, Any], now: datetime
) -> None:
    """A softer check-in the next day (one a day at most); on WhatsApp a little sooner, while
    a free-form message can still reach them."""
    hours = int(settings["crisis"]["second_followup_hours"])
    due = now + timedelta(hours=hours)
    last = convo.last_inbound_at
    if convo.channel == "whatsapp" and last is not None:
        last = last if last.tzinfo else last.replace(tzinfo=now.tzinfo)
        in_window = last + WHATSAPP_WINDOW - timedelta(hours=1)
        if now + timedelta(hours=1) <= in_window < due:
            due = in_window
    schedule_job(
        session,
        convo,
        "gentle_followup",
        due,
        {},
        dedupe_key=f"gentle_followup:{convo.id}:{now:%Y%m%d}",
    )


def after_clarify(
    session: Session,
    convo: Conversation,
    text: str,
    intent: str,
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply] | None:
    """The answer to the clarifying question; None when it was not an answer."""
    why = WHY_CARE.match(text) is not None  # "why do you care": said why, then asked again
    if SKIPPED.match(text) or why:  # "skip", left over from a check-in: asked again, kindly
        helpline = helpline_of(convo, settings)
        return [Reply(render("clarify_unclear", helpline=helpline, why=why))]
    if A_SCORE.match(text):
        # "5 i guess", left over from a check-in: a number is not an answer to our question
        helpline = helpline_of(convo, settings)
        return [Reply(render("clarify_unclear", helpline=helpline, why=False))]
    if FEELING_BETTER.match(text):
        # "ok that's a bit better": an answer to an exercise's question, not a yes to ours
        helpline = helpline_of(convo, settings)
        return [Reply(render("clarify_unclear", helpline=helpline, why=False))]
    answer = answer_of(text, intent)
    kind = str(convo.slots.get("clarify_kind") or "suicidal")
    past = bool(convo.slots.get("clarify_past"))
    faint = bool(convo.slots.get("clarify_said") or convo.slots.get("clarify_faint"))
    stop_asked = bool(convo.slots.get("clarify_stop"))
    convo.slots = {
        k: v
        for k, v in convo.slots.items()
        if k
        not in (
            "safety_state",
            "clarify_kind",
            "clarify_past",
            "clarify_said",
            "clarify_faint",
            "clarify_stop",
        )
    }
    if stop_asked:  # the answer to "what would you like to stop?"
        return _what_to_stop(session, convo, text, intent, answer, settings, now)
    if kind == "dose":  # "have you taken more than your usual dose?"
        if answer == "yes":
            return crisis_response(session, convo, "danger", settings, now)
        if answer == "no" or safety_words.USUAL_DOSE.search(text):
            return [Reply(render("dose_usual"))]
        return None
    if MEANT_OTHER.search(text):
        # "no i mean im done with work for today", "on this puzzle i mean": we misread
        answer, faint = "no", True
        cancel_jobs(session, convo, "gentle_followup")  # booked with the question
    struggling = past and STRUGGLING.search(text) is not None  # "kinda struggling this week"
    if past and not struggling and DOING_WELL.search(text):
        answer = (
            "no"  # "yeah honestly im doing really well", to the gentle question after a milestone
        )
    unsure = UNSURE.match(text) is not None and (not faint or LEANS_YES.search(text) is not None)
    # "i'd never do anything but i think about it": thoughts told, whatever the "never"
    unsure = unsure or (answer is None and LEANS_YES.search(text) is not None)
    # "no. not really. maybe. idk", "nah i'm not ok", "nah fr": not a plain no
    unsure = unsure or (
        not faint and (_HEDGED.search(text) is not None or bool(NOT_OK.search(text)))
    )
    meant = SERIOUS.match(text) is not None or _MEANT_IT.match(text) is not None
    if answer == "yes" or unsure or meant or struggling:
        return crisis_response(session, convo, kind, settings, now)
    helpline = helpline_of(convo, settings)
    if not faint:  # a faint reading answered "no" was most likely not a crisis at all
        _book_gentle_followup(session, convo, settings, now)
    if answer == "no":
        # The next message may take the "no" back ("actually yes"): see after_declined.
        convo.slots = {
            **convo.slots,
            **({} if past or faint else {"offer": "breathing"}),
            "safety_state": "declined",
            "clarify_kind": kind,
        }
        return [Reply(render("crisis_clarify_no", helpline=helpline, past=past, faint=faint))]
    return None


def _what_to_stop(
    session: Session,
    convo: Conversation,
    text: str,
    intent: str,
    answer: str | None,
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply] | None:
    """What they would like to stop: something inside them ("the thoughts", "everything") is
    asked about directly; our messages are told how to stop; anything else is answered as
    said (None)."""
    helpline = helpline_of(convo, settings)
    inside = safety_words.STOP_INSIDE.search(text) is not None
    if (
        answer == "yes"
        or UNSURE.match(text)
        or (inside and not safety_words.STOP_OURS.search(text))
    ):
        return clarify(session, convo, settings, now, "suicidal")
    if safety_words.STOP_OURS.search(text):
        return [Reply(render("clarify_stop", helpline=helpline, said="ours"))]
    if answer == "no":
        return [Reply(render("clarify_stop", helpline=helpline, said="no"))]
    if intent == "mood_report" and len(text.split()) <= 4:  # "all of it", "the crying"
        return clarify(session, convo, settings, now, "suicidal")
    return None


def after_followup(
    session: Session,
    convo: Conversation,
    text: str,
    intent: str,
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply] | None:
    """The answer to a safety follow-up ("how are you doing now?"); None for a new request.
    "still bad" is stayed with, and we check in again the next day."""
    convo.slots = {k: v for k, v in convo.slots.items() if k != "safety_state"}
    if asked_after_crisis(text):  # "who is this", "leave me alone": answered, help in reach
        return stay(convo, settings, text)
    if STILL_THINKING.search(text):  # "still thinking about it": asked about acting on it now
        return clarify(session, convo, settings, now, "acting")
    if intent not in ("mood_report", "smalltalk", "out_of_scope", "affirm", "deny", "thanks"):
        return None  # "can we do breathing": answered as asked
    lukewarm = LUKEWARM.search(text) is not None  # "ok i guess": not better, not worse
    if BETTER.search(text) and not NOT_BETTER.search(text) and not lukewarm:
        for later in ("soon_followup", "gentle_followup"):  # no more checks needed
            cancel_jobs(session, convo, later)
        helpline = helpline_of(convo, settings)
        return [Reply(render("followup_better", helpline=helpline))]
    if WORSE.search(text):  # "worse tbh", a day after: are they safe? asked directly
        kind = convo.slots.get("crisis_kind")
        return clarify(session, convo, settings, now, str(kind) if kind else None)
    if not convo.slots.get("only_when_texted") and not _followup_pending(session, convo):
        hours = int(settings["crisis"]["second_followup_hours"])
        schedule_job(
            session,
            convo,
            "gentle_followup",
            now + timedelta(hours=hours),
            {},
            dedupe_key=f"still_bad_followup:{convo.id}:{now:%Y%m%d}",
        )
    return stay(convo, settings, text)


def after_declined(
    session: Session,
    convo: Conversation,
    text: str,
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply] | None:
    """The message after a "no" to the direct question, or to the offer of a person: a yes
    taken back is a yes."""
    person = convo.slots.get("safety_state") == "declined_person"
    kind = str(convo.slots.get("clarify_kind") or "suicidal")
    convo.slots = {
        k: v for k, v in convo.slots.items() if k not in ("safety_state", "clarify_kind")
    }
    if not TAKEN_BACK.match(text.strip()):
        return None
    if not person and convo.slots.get("offer") == "breathing" and YES_TO_THE_OFFER.match(text):
        return None  # "yes please" to "would a short breathing exercise help?": the exercise
    if keyword_action(text) not in (None, "action_handover", "action_menu"):
        return None  # "yeah maybe the breathing": a yes to what we offered beside the "no"
    telling = len(text.split()) > 3 or _telling_more(TAKEN_BACK.sub("", text.strip(), count=1))
    if person and telling and not FOR_A_PERSON.search(text):
        # "actually yes i do think about it", "yeah work stuff": stayed with, asked again
        return None
    if person:  # "actually yes please get someone"
        return _person_joins(session, convo, settings, now, text)
    return crisis_response(session, convo, kind, settings, now)


def _person_joins(
    session: Session, convo: Conversation, settings: dict[str, Any], now: datetime, text: str = ""
) -> list[Reply]:
    """A yes to the offer of a person: staff take over, and the person is told what happens
    (reminders wait; after danger, the emergency number still comes first)."""
    hand_over(session, convo, "crisis", now)
    held = bool(active_reminders(session, convo))
    danger = convo.slots.get("crisis_kind") == "danger"
    helpline = helpline_of(convo, settings)
    asked = PREFERS.search(text)  # "can it be a woman": passed on, honestly
    prefers = ("woman" if asked.group("woman") else "man") if asked else None
    return [
        Reply(
            render(
                "handover",
                helpline=helpline,
                call=False,
                reminders=held,
                danger=danger,
                prefers=prefers,
            )
        )
    ]


def after_offer(
    session: Session,
    convo: Conversation,
    text: str,
    intent: str,
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply] | None:
    """The answer to "would you like to talk to a person?"; None if it was not one."""
    kind = str(convo.slots.get("crisis_kind") or "suicidal")
    helpline = helpline_of(convo, settings)
    if refuses_contact(text):  # "dont call anyone": a refusal, never taken as a yes
        return no_contact(convo, settings)
    if asked_after_crisis(text):  # answered honestly
        return stay(convo, settings, text)
    if SERIOUS.match(text) or _MEANT_IT.match(text):  # "no like actually", "no cap": meant it
        return crisis_response(session, convo, kind, settings, now)
    if NOT_OK.search(text) and not OK_NOW.match(text):  # "nah i'm not ok": stayed with
        return stay(convo, settings, text)
    if METHOD_ASKED.search(text):  # "do you think it would hurt": asked about acting on it now
        return clarify(session, convo, settings, now, "acting")
    telling_more = LEANS_YES.search(text) and not LEADING_NO.match(text.strip().lower())
    if telling_more and answer_of(text, intent) != "yes":
        return stay(convo, settings, text)  # "sometimes i think about it": stayed with
    if kind == "danger" and JOKING.match(text.strip()):
        return stay(convo, settings, text)  # "jk" after "i took 20 pills": not a yes, not a no
    by_words = convo.slots.get("crisis_by_words", True)
    meant_other = (  # "i mean this maths homework lol"
        MEANT_OTHER.search(text) is not None
        and not safety_words.is_doubtful(text)
        and not safety_words.harm_told(text)
    )
    if (kind != "danger" or not by_words) and (MISREAD.match(text.strip()) or meant_other):
        # "lol no its a video game": we got it wrong; said so, and no crisis check-in follows
        convo.slots = {
            k: v
            for k, v in convo.slots.items()
            if k not in ("safety_state", "crisis_kind", "stays")
        }
        convo.last_crisis_at = None
        cancel_jobs(session, convo, "crisis_followup")
        return [Reply(render("crisis_misread", helpline=helpline))]
    answer = "yes" if intent == "human_request" or MAYBE.match(text) else answer_of(text, intent)
    if answer == "yes" and re.match(r"^\W*(?:done|all done|did it|done it|sorted)\W*$", text, re.I):
        return stay(convo, settings, text)  # "done" is not a yes to someone joining
    if answer == "yes" and OK_NOW.match(text):
        answer = "no"  # "yeah i'm ok now, cleaned it up": no one joins; we check in later
    if answer == "yes" and text.rstrip().endswith("?") and not FOR_A_PERSON.search(text):
        return stay(convo, settings, text)  # "is that ok?": a question, not a yes to a person
    if (
        answer == "yes"
        and len(text.split()) > 2
        and _telling_more(YES_FIRST.sub("", text, count=1))
    ):
        # "yeah it happens a lot", "yeah work stuff": telling more, not a yes
        return stay(convo, settings, text)
    convo.slots = {k: v for k, v in convo.slots.items() if k != "safety_state"}
    if answer == "yes":
        return _person_joins(session, convo, settings, now, text)
    if answer == "no":
        # "I'll check in on you a bit later": a check-in is booked, sooner after danger, unless
        # one is still to come, or someone checks their phone (then nothing from us)
        quiet = bool(convo.slots.get("only_when_texted"))
        minutes = DANGER_CHECK_MINUTES if kind == "danger" else LATER_CHECK_MINUTES
        # (a check-in booked for tomorrow does not keep the one promised for later today)
        if not quiet and not _followup_pending(session, convo, now + timedelta(minutes=minutes)):
            schedule_job(
                session,
                convo,
                # promised "a bit later" after a crisis: not held for quiet hours
                "soon_followup" if kind != "abuse" else "gentle_followup",
                now + timedelta(minutes=minutes),
                {},
                dedupe_key=f"declined_followup:{convo.id}:{now:%Y%m%d%H}",
            )
        # the next message may take the "no" back ("actually yes please"): see after_declined
        convo.slots = {**convo.slots, "safety_state": "declined_person", "person_declined": True}
        excused = kind == "abuse" and MINIMISED.search(text) is not None
        return [
            Reply(
                render(
                    "crisis_offer_declined",
                    helpline=helpline,
                    kind=kind,
                    quiet=quiet,
                    excused=excused,
                    strangled=bool(convo.slots.get("strangled")),
                )
            )
        ]
    return None


def _followup_pending(session: Session, convo: Conversation, by: datetime | None = None) -> bool:
    """A safety check-in is already booked for this person (due by ``by``, if given)."""
    query = select(ScheduledJob.id).where(
        ScheduledJob.conversation_id == convo.id,
        ScheduledJob.status == "pending",
        ScheduledJob.kind.in_(FOLLOWUP_KINDS),
    )
    if by is not None:
        query = query.where(ScheduledJob.due_at <= by)
    return session.scalar(query) is not None


def no_contact(convo: Conversation, settings: dict[str, Any]) -> list[Reply]:
    """ "dont call anyone", "please don't tell anyone": what we will and won't do, said
    plainly; the offer of a person stays open."""
    kind = str(convo.slots.get("crisis_kind") or "suicidal")
    # the next "ok" answers "what's happening for you?", it is not a yes to a person
    convo.slots = {k: v for k, v in convo.slots.items() if k != "safety_state"}
    helpline = helpline_of(convo, settings)
    return [Reply(render("crisis_no_contact", helpline=helpline, kind=kind))]


def hand_over(session: Session, convo: Conversation, reason: str, now: datetime) -> None:
    """Staff take it from here; the bot stays quiet until they hand it back."""
    convo.handed_over = True
    convo.active_flow = None
    convo.slots = {**_clear_flow(convo.slots), "awaiting_staff": now.isoformat()}
    raise_flag(session, convo, reason, None, now)


def while_waiting(
    convo: Conversation,
    settings: dict[str, Any],
    now: datetime,
    text: str = "",
    *,
    worried: bool = False,
) -> list[Reply]:
    """Handed over, and no one from the team has written yet: no message is met with
    silence. The full holding note at most once per `handover.notice_minutes`, a short one
    in between; distress ("nobody cares") always gets help in reach; "are you there?" and
    "nobody's coming" get an honest answer. Once staff reply, the bot is quiet."""
    if "awaiting_staff" not in convo.slots:
        return []
    helpline = helpline_of(convo, settings)
    minutes = int(settings["handover"]["notice_minutes"])
    last = convo.slots.get("staff_notice_at")
    recent = bool(last) and now - datetime.fromisoformat(str(last)) < timedelta(minutes=minutes)
    asked = keyword_action(text) in WHILE_WAITING_ASKS  # "can i still do a breathing exercise"
    if worried:
        said = "worried"
    elif ASKS_IF_PERSON.search(text):
        said = "bot"
    elif STILL_WAITING.search(text):
        said = "still_waiting"
    elif PERSON_AGAIN.search(text):
        said = "again"
    elif OK_THANKS.match(text):
        said = "thanks" if THANKED.search(text) else "ok"
    elif recent and asked:
        said = "asked"
    elif recent:
        said = "noted"
    else:
        said = None
        convo.slots = {**convo.slots, "staff_notice_at": now.isoformat()}
    return [Reply(render("handover_waiting", helpline=helpline, said=said, asked=asked))]


# "is this a real person?", "are you a bot": asked while waiting for a person.
ASKS_IF_PERSON = re.compile(
    r"\b(?:are (?:you|u)|is (?:this|that|it)) (?:actually |really |even )?(?:a )?(?:real |actual )?"
    r"(?:person|human|bot|robot|ai|computer)\b|\bam i (?:talking|texting|speaking) to a "
    r"(?:real )?(?:person|human|bot)\b",
    re.IGNORECASE,
)
# "are you there?", "they never replied", "nobody's coming": asked while waiting for a person.
# Things asked for while a person is awaited: how to have them now.
WHILE_WAITING_ASKS = frozenset(
    {"action_start_breathing", "action_start_checkin", "action_start_sleep", "action_set_reminder"}
)
STILL_WAITING = re.compile(
    r"\b(?:are you|are u|r u|r you|u|you|anyone|anybody|is anyone|someone) (?:still |even |"
    r"actually |really )?there\b|"
    r"^\W*hel+o+\W*$|\b(?:taking|takes|taken) (?:forever|ages|so long|too long|a while)\b|"
    r"\b(?:never|haven'?t|hasn'?t|didn'?t|not) (?:replied|answered|responded|come|joined)\b|"
    r"\bnobody'?s? (?:coming|here|replied|answering)\b|\bno one'?s? (?:coming|here|replied)\b|"
    r"\bhow long\b|\bwhere (?:are|is) (?:they|you|everyone)\b",
    re.IGNORECASE,
)
# "can i talk to someone real": a person asked for again while waiting for one.
PERSON_AGAIN = re.compile(
    r"\b(?:talk|speak|chat|text) (?:to|with) (?:a |an )?(?:someone|somebody|person|human|real|"
    r"actual|staff|team|counsellor)\b|\b(?:real|actual) (?:person|human)\b|"
    r"\b(?:want|need|get me|said|meant) (?:a|an) (?:person|human)\b",
    re.IGNORECASE,
)
# "ok thanks", "cheers": an acknowledgement while waiting.
OK_THANKS = re.compile(
    r"^(?=.*\w)\W*(?:ok(?:ay)?|k+|alright|cool|will do|fine|right)?\W*(?:thanks|thank you|thx|ty|"
    r"cheers|ok(?:ay)?|k+)?(?: (?:so much|a lot|x+))?\W*$",
    re.IGNORECASE,
)
# "never mind, i'm ok now" after asking for a person, before anyone has answered.
CALL_OFF = re.compile(
    r"^\W*(?:actually|oh|ok|okay|sorry|it'?s fine|all good)?[ ,.]*(?:no+[ ,.]+)?"
    r"(?:i'?m (?:ok|okay|fine|good)(?: now)?[ ,.]+)?(?:never ?mind|nvm|forget it|"
    r"cancel(?: that| it| the request)?|no need|don'?t worry|i'?m (?:ok|okay|fine|good)(?: now)?|"
    r"i don'?t need (?:anyone|someone|a person|to talk to anyone)(?: now| anymore)?|"
    r"(?:don'?t|dont|do not) (?:get|bring|call|fetch|send|need|want) (?:anyone|anybody|a person|"
    r"someone|them|a human)(?: in)?|"
    r"i (?:don'?t|dont|do not) want (?:a person|anyone|someone|a human|to talk to (?:anyone|"
    r"someone|a person))|(?:i'?d|i would) rather (?:just )?talk to (?:you|u)|just (?:you|u) is "
    r"fine)\b",
    re.IGNORECASE,
)


# "ok nobody's coming. forget it": withdrawn at the end of a message.
CALLED_OFF_END = re.compile(r"\b(?:never ?mind|nvm|forget it|forget about it)\W*$", re.I)


def stop_waiting(convo: Conversation) -> None:
    """No one needs the holding note any more (staff answered, or the request was
    withdrawn)."""
    drop = ("awaiting_staff", "staff_notice_at")
    convo.slots = {k: v for k, v in (convo.slots or {}).items() if k not in drop}


def crisis_within(convo: Conversation, now: datetime, hours: float) -> bool:
    """A crisis was told in the last ``hours``."""
    last = convo.last_crisis_at
    if last is None:
        return False
    if last.tzinfo is None:
        last = last.replace(tzinfo=now.tzinfo)
    return now - last <= timedelta(hours=hours)


def in_crisis_window(convo: Conversation, settings: dict[str, Any], now: datetime) -> bool:
    """A crisis was told recently enough that what follows is read in its light."""
    return crisis_within(convo, now, int(settings["crisis"]["stay_minutes"]) / 60)


def asked_after_crisis(text: str) -> bool:
    """A question about us after the crisis answer ("are you going to call the police?")."""
    if METHOD_ASKED.search(text):  # "do you think it would hurt" is not a question about us
        return False
    return any(pattern.search(text) for _, pattern in ASKED_AFTER_CRISIS)


def stay(convo: Conversation, settings: dict[str, Any], text: str = "") -> list[Reply]:
    """Soon after a crisis, a message that is not a request: stay with them, help in reach.

    The offer of a person stays open, so a later "yes" still brings one. "who is this?" is
    answered honestly, and "leave me alone" is given space.
    """
    kind = str(convo.slots.get("crisis_kind") or "suicidal")
    said = next((name for name, pattern in ASKED_AFTER_CRISIS if pattern.search(text)), None)
    convo.slots = {**convo.slots, "stays": int(convo.slots.get("stays", 0)) + 1}
    if not convo.handed_over:
        convo.slots = {**convo.slots, "safety_state": "offered_person"}
    helpline = helpline_for(convo.country, settings["helplines"])  # young: the template
    return [
        Reply(
            render(
                "crisis_stay",
                helpline=helpline,
                kind=kind,
                handed_over=convo.handed_over,
                young=bool(convo.slots.get("young")),
                new_parent=bool(convo.slots.get("new_parent")),
                veteran=bool(convo.slots.get("veteran")),
                said=said,
                at_home=convo.slots.get("at_home", True),
                stays=int(convo.slots.get("stays", 0)),
                person_declined=bool(convo.slots.get("person_declined")),
                # hiding from someone at home (told with the crisis), not only unheard by family
                at_risk_from_someone=kind == "abuse"
                or bool(convo.slots.get("at_home") or convo.slots.get("hiding"))
                or HEARD_BY_THEM.search(text) is not None,
                sexual=bool(convo.slots.get("sexual")),
                deaf=bool(convo.slots.get("deaf")),
                means=convo.slots.get("means"),
                taken=bool(convo.slots.get("overdose_at")),
                burn=bool(convo.slots.get("burned") or safety_words.BURNED.search(text)),
                parent_hurts=bool(convo.slots.get("parent_hurts")),
                strangled=bool(convo.slots.get("strangled")),
            )
        )
    ]


def taken_back(convo: Conversation, settings: dict[str, Any], how: str) -> list[Reply]:
    """ "nvm forget i said anything" soon after a crisis: accepted without a fuss, and the
    check-in still comes (taking it back is no sign that it has passed)."""
    if not convo.handed_over:
        convo.slots = {**convo.slots, "safety_state": "offered_person"}
    helpline = helpline_of(convo, settings)
    return [
        Reply(
            render(
                "crisis_taken_back",
                helpline=helpline,
                from_phone=how == "delete",
                joking=how == "joking",
            )
        )
    ]


def stay_or_escalate(
    session: Session, convo: Conversation, text: str, settings: dict[str, Any], now: datetime
) -> list[Reply]:
    """Stay with them; but where they are or what they have ("from the bridge near my
    house") is danger now: the emergency number leads, and staff see it as danger."""
    if safety_words.urgent_now(text):  # a place, the means at hand, a close time
        bleeding = safety_words.is_bleeding(text)
        return crisis_response(session, convo, "danger", settings, now, bleeding=bleeding)
    return stay(convo, settings, text)


def _clear_flow(slots: dict[str, Any]) -> dict[str, Any]:
    """Drop the active form's slots and any pending offer."""
    keep = (
        "safety_state",
        "onboarding",
        "last_reminder_id",
        "crisis_kind",
        "awaiting_staff",
        "staff_notice_at",
        "young",
        "supporting_other",
        "only_when_texted",
        "sexual",
        "followed_up_at",
        "hiding",
        "crisis_by_words",
        "strangled",
        "burned",
        "overdose_at",
        "agains",
        "means",
        "eating",
        "older",
        "deaf",
        "man_hurt",
        "same_sex",
        "new_parent",
        "veteran",
        "parent_hurts",
    )
    return {k: v for k, v in slots.items() if k in keep}


@handler("crisis_followup")
def crisis_followup(
    session: Session,
    convo: Conversation,
    job: ScheduledJob,
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply]:
    """Check back after a crisis message (quiet hours do not apply), unless they asked us
    to text only in reply (someone checks their phone)."""
    if convo.opted_out or convo.slots.get("only_when_texted") or _just_followed_up(convo, now):
        return []
    if not convo.handed_over:
        convo.slots = {**convo.slots, "safety_state": "followed_up"}
    convo.slots = {**convo.slots, "followed_up_at": now.isoformat()}
    _book_next_day(session, convo, settings, now)  # silence is no answer: asked again tomorrow
    helpline = helpline_of(convo, settings)
    return [
        Reply(
            render("crisis_followup", helpline=helpline, handed_over=convo.handed_over),
            kind="followup",
            template="followup",
        )
    ]


def _just_followed_up(convo: Conversation, now: datetime) -> bool:
    """A safety check-in went out less than two hours ago, after the latest crisis told: a
    second would only repeat it."""
    sent = convo.slots.get("followed_up_at")
    if not sent:
        return False
    at = datetime.fromisoformat(str(sent))
    last = convo.last_crisis_at
    if last is not None and (last if last.tzinfo else last.replace(tzinfo=at.tzinfo)) > at:
        return False  # told again since: this check is about that
    return now - at < timedelta(hours=2)


def _same_day(convo: Conversation, now: datetime) -> bool:
    """The crisis was told earlier on the person's today (else "yesterday")."""
    from zoneinfo import ZoneInfo

    last = convo.last_crisis_at
    if last is None:
        return False
    zone = ZoneInfo(convo.timezone)
    last = last if last.tzinfo else last.replace(tzinfo=now.tzinfo)
    return last.astimezone(zone).date() == now.astimezone(zone).date()


@handler("gentle_followup")
@handler("soon_followup")
def gentle_followup(
    session: Session,
    convo: Conversation,
    job: ScheduledJob,
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply]:
    """A softer check after someone said "no" to the safety question."""
    if (
        convo.opted_out
        or convo.handed_over
        or convo.slots.get("only_when_texted")
        or _just_followed_up(convo, now)
    ):
        return []
    convo.slots = {**convo.slots, "safety_state": "followed_up", "followed_up_at": now.isoformat()}
    helpline = helpline_of(convo, settings)
    return [
        Reply(
            render("gentle_followup", helpline=helpline, soon=_same_day(convo, now)),
            kind="followup",
            template="followup",
        )
    ]
