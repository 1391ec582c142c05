"""Words heard in a person's answers during and after a crisis: yes, no and unsure to a
direct question (`answer_of`), a "no" that says more (`says_more_than_no`), what is asked
about us or the line after the crisis answer (`asked_after_crisis`), how they are at the
follow-up, and what is said while a person is awaited.

`bot.crisis` reads them; `bot.safety` reads only the misreading (`MISREAD`).
"""

from __future__ import annotations

import re

from bot.safety_words.doubt import is_doubtful, make_it_stop
from bot.safety_words.text import CALLING_NOW, GO_AWAY
from bot.safety_words.who import AGE_ONLY

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
MEANT_IT = re.compile(
    r"^\W*(?:(?:no+|nah+|but|bro|honestly|like|i swear)\W+)*(?:no cap|no lie|no joke|fr|for real|"
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
HEDGED = re.compile(
    r"\b(?:maybe|idk|not sure|i don'?t know|dunno|sometimes|kinda|kind of|sort of|i guess)\b",
    re.IGNORECASE,
)
# "actually yes, i do": a yes that takes back an earlier "no" to a safety question.
TAKEN_BACK = re.compile(
    r"^(actually|well|ok|okay|tbh|honestly|i lied|sorry|um+|hm+)?[ ,.]*(yes|yeah|yep|i do|i am)\b",
    re.IGNORECASE,
)

# "well maybe sometimes", "on and off tbh": how often, said after a "no" to the question
# about thoughts of ending their life, takes the "no" back (not a yes to the exercise
# offered beside it)
SOMETIMES_BACK = re.compile(
    r"^\W*(?:(?:well|ok|okay|tbh|honestly|actually|i mean|i guess|hmm+|um+|idk|lol|yeah|"
    r"maybe|i lied|sorry|if i'?m honest|to be honest)\W+)*(?:sometimes|now and (?:then|again)|"
    r"on and off|off and on|occasionally|every (?:so often|now and then)|not never|from time to "
    r"time|at times|some (?:days|nights)|at night)"
    r"(?:\W+(?:maybe|yeah|tbh|honestly|i guess|idk|lol|if i'?m honest|to be honest|i do|"
    r"i think|lately|recently|at night))*\W*$",
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
    # (not "the thought wont go away", "it never goes away": what will not leave them)
    r"\b(?:leave me alone|" + GO_AWAY + r"|fuck off|f off|piss off|stop (?:texting|messaging) me|"
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
    # ... or on the way: "he's coming back soon", "she'll be home in 20 mins"
    r"\b(?:he|she|they)(?:'s|'re| is| are|'ll be| will be)? (?:coming (?:back|home)|on (?:his|her|"
    r"their) way (?:back|home)?|due (?:back|home)|(?:back|home) (?:soon|any (?:minute|second|time)"
    r"(?: now)?|in (?:a few|half an|an|a|\d+)\b))|\b(?:he|she|they) (?:gets?|get) (?:back|home) "
    r"(?:soon|at|in|around)\b|"
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
# A helpline tried and found no help: "i already called samaritans, they were useless".
LINE_NO_HELP = re.compile(
    r"\b(?:called|rang|phoned|texted|tried|spoke to|talked to|contacted)\b.{0,40}\b(?:samaritans|"
    r"shout|988|lifeline|the (?:helpline|hotline|crisis line|line|number)|them)\b.{0,60}\b"
    r"(?:useless|no help|(?:didn'?t|did not|doesn'?t|never) (?:help|understand|get it|listen)|"
    r"waste of time|hung up|read(?:ing)? (?:from )?a script|made it worse|pointless|rubbish)\b|"
    r"\b(?:samaritans|shout|the helpline|the hotline|the crisis line|they) (?:were|was|are|is) "
    r"(?:useless|no help|no use|pointless|rubbish|awful|no good)\b|"
    r"\b(?:samaritans|the helpline|the hotline|helplines|hotlines) (?:don'?t|doesn'?t|never) "
    r"(?:help|work)\b",
    re.IGNORECASE,
)
# Afraid that asking for help means hospital or losing their children: "they'll put me in a
# psych ward", "they'll take my kids".
HOSPITAL_FEAR = re.compile(
    r"\b(?:psych(?:iatric)? (?:ward|unit|hospital)|psych ?ward|sectioned|section me|"
    r"(?:lock|locked) me (?:up|away)|put me (?:away|in (?:a |the )?(?:hospital|ward|psych\w*|"
    r"mental \w+))|mental (?:hospital|home|asylum|institution)|loony bin|nut ?house|"
    r"(?:take|taking|took) (?:my|the) (?:kids|children|baby|son|daughter) (?:away|off me)|"
    r"(?:lose|losing) (?:my|the) (?:kids|children|baby))\b",
    re.IGNORECASE,
)
# Whether it would matter: "what would you do if i did it", "would anyone even notice".
IF_I_DID = re.compile(
    r"\bwhat (?:would|will|happens?|would happen)\b.{0,20}\b(?:you do|to you|happen)\b.{0,20}"
    r"\bif i (?:did it|do it|died|was gone|killed myself|went through with it)\b|"
    r"\bwould (?:you|anyone|anybody|people|they) (?:even |actually |really )?(?:care|notice|miss "
    r"me|be sad)\b.{0,20}\b(?:if i|when i)\b|\bwould (?:anyone|anybody) (?:even |actually )?"
    r"(?:care|notice|miss me)\b",
    re.IGNORECASE,
)
# Nowhere to go: "i cant leave, i have nowhere to go", "where would i even stay".
NOWHERE_TO_GO = re.compile(
    r"\b(?:nowhere|no ?where|no place|noplace) (?:else )?(?:to go|to stay|i can go|i could go|to "
    r"live)\b|\bwhere (?:would|could|will|can) i (?:even )?(?:go|stay|live)\b|\b(?:can'?t|cannot|"
    r"cant) (?:afford to )?leave (?:him|her|them|home|the house|my (?:husband|wife|partner|"
    r"boyfriend|girlfriend|bf|gf))\b",
    re.IGNORECASE,
)
# "why do you care": asked why a bot is worried.
WHY_CARE = re.compile(
    r"^\W*(?:why (?:do|would|should|d) (?:you|u) (?:even )?care|what do (?:you|u) care|"
    r"(?:you|u) don'?t (?:actually |even |really )?care|as if (?:you|u) care)\b",
    re.IGNORECASE,
)
# Why we asked, asked back: "why are you asking me that", "why do you ask", "where did that
# come from". Told why, and asked again.
WHY_ASKED = re.compile(
    r"^\W*(?:(?:um+|erm|wait|lol|huh|hang on|ok)\W+)*(?:why (?:are|r|would|do|did) (?:you|u) "
    r"(?:even )?(?:ask|asking|say|saying)(?: me)?(?: (?:that|this|me that))?|why (?:that|this) "
    r"question|where (?:did|does) (?:that|this) come from|what makes (?:you|u) (?:think|ask|say) "
    r"(?:that|this)|why would (?:you|u) think (?:that|this))(?:\W+(?:lol|lmao|haha\w*|tho|"
    r"though|tbh|even|exactly))*\W*$",
    re.IGNORECASE,
)
# "do you think it gets better?": hope asked for, soon after a crisis.
GETS_BETTER = re.compile(
    r"\b(?:does|will|do you think|do u think|can) (?:it|things|this|life|i) (?:ever )?(?:get|gets|"
    r"getting) (?:any )?better\b|\bis there (?:any )?hope\b|\bwill i (?:ever )?feel (?:ok|okay|"
    r"better|normal|happy)(?: again)?\b",
    re.IGNORECASE,
)
# The urge to hurt themself, and how to get through it: "what can i do instead".
URGE = re.compile(
    r"\bwhat (?:else )?(?:can|could|should|do) i do instead\b|\b(?:what|how) (?:can|do|could) i "
    r"(?:do|stop|resist|fight|ride out|get through) (?:about )?(?:the|this|these|my) urges?\b|"
    r"\bhow (?:do|can) i (?:stop|not) (?:myself|do(?:ing)? it|hurt(?:ing)? myself|cut(?:ting)?)\b|"
    r"\bsomething (?:else )?(?:to do )?instead of (?:cutting|hurting myself|self ?harm\w*|it)\b|"
    r"\b(?:alternatives?|distractions?) (?:to|for|from) (?:cutting|self ?harm\w*|hurting myself)\b",
    re.IGNORECASE,
)
# "what should i do tonight", "how do i get through the night": a plan for the next hours.
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
    r"(?:look after|take care of|treat) (?:a |the |my |it)|"
    # told of the cut after the answer: "its not deep", "i cleaned it up", "scabbed over now"
    r"^\W*(?:(?:no|nah|its|it'?s|it is|they'?re|theyre|they are|but|and|ok|honestly)\W+)*"
    r"(?:not (?:that |very |too |really )?deep(?! enough)|only (?:a )?(?:scratch|surface|"
    r"shallow)|just (?:a )?(?:scratch(?:es)?|surface|shallow)|(?:pretty |quite |really )?"
    r"shallow|superficial)\b|"
    r"\b(?:i'?ve |ive |i have |i )?(?:cleaned|washed|covered|bandaged|plastered) (?:it|them|"
    r"the cuts?|my (?:arm|leg|wrist|thigh)s?)(?: up)?\b|\b(?:scabbed|scabbing|stopped bleeding|"
    r"healing|healed up)\b",
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
    # "i've thought about how i'd do it"
    r"\b(?:thought|thinking|think|planned|planning) (?:about |of |out )?how (?:i'?d|i would|"
    r"i'?ll|i will|i could|to) (?:do it|end it|end my life|kill myself|go through with it)\b|"
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
    r"(?:didn'?t|did not|not|haven'?t|havent|hasn'?t|won'?t|wont|never) (?:answer\w*|"
    r"pick(?:ed|ing|s)? up|"
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
    r"samaritans|shout|988|the (?:police|ambulance|helpline)))\b|" + CALLING_NOW,
    re.IGNORECASE,
)
# Help called and on its way: "i already called 999 theyre on their way", "the ambulance is
# coming", "my flatmate rang an ambulance".
HELP_COMING = re.compile(
    r"\b(?:i'?ve|ive|i have|i|we'?ve|we|my \w+(?: has| have)?|someone(?: has)?) (?:already |just "
    r"|finally )?(?:called|rung|rang|phoned) (?:999|911|111|112|000|(?:an|the) ambulance|the "
    r"police|for (?:an ambulance|help))\b.{0,40}\b(?:on (?:their|its|the) way|coming|be here)\b|"
    # (not "they're coming to get me": only help is on its way)
    r"\b(?:they'?re|theyre|they are) on (?:their|the) way\b(?! (?:to (?:get|hurt|find) me|back))|"
    r"\b(?:the ambulance(?:'s| is)?|an ambulance(?:'s| is)?|ambulance(?:'s| is)|paramedics (?:are|"
    r"is)|police (?:are|is)|help(?:'s| is)) (?:on (?:their|its|the) way|coming|nearly here|almost "
    r"here|\d+ (?:mins?|minutes) away)\b",
    re.IGNORECASE,
)
# A question about their medicine, soon after the crisis answer: "does sertraline make it
# worse", "should i stop taking my meds", "can antidepressants cause suicidal thoughts".
MEDICINE_ASKED = re.compile(
    r"(?=.*\b(?:sertraline|fluoxetine|citalopram|escitalopram|paroxetine|mirtazapine|venlafaxine|"
    r"duloxetine|amitriptyline|prozac|zoloft|lexapro|effexor|antidepressants?|ssris?|"
    r"(?:my|these|the|new) (?:meds|medication|medicine|tablets|pills)|meds|medication)\b)"
    r"(?:.*\b(?:make|makes|made|making) (?:it|me|things|them|the thoughts) worse\b|"
    r".*\bside[- ]effects?\b|.*\b(?:should|can|could) i (?:stop|quit|come off|get off|skip)\b|"
    r".*\b(?:stop|stopped|quit|quitting|stopping|coming off) (?:taking )?(?:my |the |them|it)|"
    r".*\b(?:cause|causes|give|gives|giving) (?:you |me |people )?(?:suicidal|dark|bad) "
    r"(?:thoughts|feelings)\b)",
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

# Not wanting the police brought in: "i dont want the police involved", "no cops pls".
NO_POLICE = re.compile(
    r"\b(?:don'?t|dont|do not|never|wouldn'?t|wont|won'?t) (?:want|need|like) (?:the |any )?"
    r"(?:police|cops|feds|social services|social workers?)(?: (?:involved|to (?:know|come|find "
    r"out|get involved)|coming|round|here))?\b|\bno (?:police|cops)\b|\b(?:police|cops) "
    r"(?:can'?t|cant|cannot|mustn'?t) (?:come|know|get involved|find out)\b",
    re.IGNORECASE,
)
# Where they are now, told after the crisis answer: "i'm in my room now", "locked myself in
# the bathroom", "im at my nans".
WHERE_NOW = re.compile(
    r"^\W*(?:ok(?:ay)?\W+|and\W+|well\W+|so\W+)?(?:i'?m|im|i am|ive gone|i'?ve gone|i went|"
    r"ive locked myself|i'?ve locked myself|i locked myself|locked myself|hiding|i'?m hiding|"
    r"im hiding)\s+(?:in|at|to|into|up in|out(?:side)?(?: in)?)\s+(?:my|the|a|our|me)?\s*"
    r"(?:\w+'?s\s+)?(?:room|bedroom|bathroom|toilet|loo|car|garden|shed|friend'?s|mates?'?s?|"
    r"nan'?s|gran'?s|neighbou?r'?s|(?:sister|brother|mum|mom|dad|aunt|auntie|uncle|cousin|"
    r"grandma|grandad|grandpa|boyfriend|girlfriend|partner|bf|gf)'?s|house|flat|park|outside)\b"
    r"(?:\W+(?:now|right now|crying|"
    r"again|atm|rn|for now|with the door locked|door locked))*\W*$|"
    r"^\W*(?:i'?m|im|i am)\s+(?:outside|out of the house|out now|upstairs|downstairs)\W*"
    r"(?:now)?\W*$",
    re.IGNORECASE,
)
# Unsure whether what happened to them counts: "i dont know if it counts", "was it even
# rape", "maybe it was my fault, i was drunk".
DOES_IT_COUNT = re.compile(
    r"\b(?:don'?t|dont|do not) know if (?:it|that|this) (?:counts|was (?:rape|assault|abuse|"
    r"that bad))\b|\bdoes (?:it|that|this) (?:even )?count\b|\b(?:was|is) (?:it|that|this) "
    r"(?:even |really )?(?:rape|assault|sexual assault|abuse)\b|\b(?:maybe|probably|prob) "
    r"(?:it was|its|it'?s) my (?:own )?fault\b|\bi was (?:drunk|high|wasted) (?:though|tho|so)\b|"
    r"\bi (?:didn'?t|did not|never) (?:say no|fight back|stop (?:him|her|them))\b",
    re.IGNORECASE,
)
# Not now, said of acting on it: "not tonight", "not yet", "no not today". Not a no.
NOT_YET = re.compile(
    r"^\W*(?:(?:no+|nah|well|um+|idk|i mean|probably|prob)\W+)*not (?:tonight|today|yet|right "
    r"now|now|this week|this weekend)\b(?!\s+(?:thanks|thank you|please|pls)\b)",
    re.IGNORECASE,
)
# No plan, told after the crisis answer: "i dont have a plan or anything", "no plan".
NO_PLAN = re.compile(
    r"^\W*(?:(?:no+|nah|not really|honestly|tbh|well|um+|idk|i mean)\W+)*(?:i )?(?:(?:don'?t|"
    r"dont|do not) (?:have|got)|(?:haven'?t|havent|have not)(?: got)?|there'?s no|theres no|"
    r"(?:i'?ve|ive) got no|no) (?:a |any |real )?(?:plan|plans)\b(?:\W+(?:or anything|or "
    r"nothing|nothing like that|like that|to do anything|yet|tho|though|honestly|tbh|i just feel "
    r"(?:like )?(?:this|that|it)|its just (?:the )?(?:thoughts|feelings)|just the thoughts))*\W*$",
    re.IGNORECASE,
)
# A goodnight or goodbye on its own: after a plan with means for tonight, a warning sign.
# "ok thanks goodbye", "goodbye mindlink", "i have to go now, bye": the same, signed off politely.
SIGN_OFF = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|k|alright|right|well|cool|thanks|thank (?:you|u)|ty|(?:i )?(?:have|need|"
    r"got|gotta) (?:to )?go(?: now)?|gotta go|anyway)\W+)*"
    r"(?:good ?night|night(?: night)?|nite|gn|nighty night|bye|goodbye|bye bye|sleep well|"
    r"ttyl|cya|see (?:ya|you)|love you|take care)(?:\W+(?:all|everyone|then|now|x+|mindlink|"
    r"bot|friend|buddy|for now|for today|for tonight))*\W*$",
    re.IGNORECASE,
)
# Asked to make the call for them: "can you call them for me", "could u ring 999 for me".
CALL_FOR_ME = re.compile(
    r"\b(?:can|could|will|would|pls|please) (?:you|u) (?:please |pls )?(?:call|ring|phone|contact|"
    r"text|message|get hold of) (?:them|samaritans|shout|999|911|112|000|988|an ambulance|the "
    r"(?:police|ambulance|helpline|line)|someone|somebody|anyone)(?: for me)?\b|"
    r"\b(?:call|ring|phone) (?:them|someone|samaritans) for me\b",
    re.IGNORECASE,
)
# Going to text the line after all: "ok maybe text then", "i'll text them", "ok ill text shout".
WILL_TEXT = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|k|yeah|yh|fine|alright|sure|maybe|i guess|i think)\W+)*(?:i'?ll |ill |"
    r"i will |i can |maybe )?(?:text|message) (?:then|them|shout|it|instead|85258|the number)"
    r"(?:\W+(?:then|instead|maybe|i guess|i think|x+))*\W*$",
    re.IGNORECASE,
)
# Neither better nor worse, told after a crisis: "still here", "still alive i guess".
STILL_HERE = re.compile(
    r"^\W*(?:i'?m |im |i am )?(?:still (?:here|alive|breathing|standing|around)|surviving|"
    r"getting by|hanging in(?: there)?|hanging on|just about)(?:\W+(?:i guess|i suppose|just about|"
    r"barely|lol|tbh|honestly|for now|somehow))*\W*$",
    re.IGNORECASE,
)
# Alone, said in a few words after the crisis answer: "i just feel so alone", "i have no one".
FEEL_ALONE = re.compile(
    r"^\W*(?:(?:i|and|but|just|honestly|tbh|i just|i really|i feel like|it feels like)\W+)*"
    r"(?:(?:i'?m|im|i am|i feel|feel|feeling|i'?ve been feeling|been feeling) (?:so |just |"
    r"really |completely |totally |very |all )*(?:alone|lonely|on my own|isolated)|"
    r"i (?:have|got|'?ve got) (?:no ?one|nobody|no friends|no one to talk to)|"
    r"(?:no ?one|nobody) (?:cares|gets it|understands(?: me)?))"
    r"(?:\W+(?:anymore|any more|in this|right now|rn|tbh|honestly|at all|lately))*\W*$",
    re.IGNORECASE,
)
ASKED_AFTER_CRISIS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("line_no_help", LINE_NO_HELP),
    ("hospital", HOSPITAL_FEAR),
    ("if_i_did", IF_I_DID),
    ("nowhere", NOWHERE_TO_GO),
    ("call_for_me", CALL_FOR_ME),
    ("will_text", WILL_TEXT),
    ("not_yet", NOT_YET),
    ("no_plan", NO_PLAN),
    ("no_police", NO_POLICE),
    ("counts", DOES_IT_COUNT),
    ("where_now", WHERE_NOW),
    ("for_men", FOR_MEN),
    ("not_told_to_eat", NOT_TOLD_TO_EAT),
    ("no_answer", NO_ANSWER),
    ("coming", HELP_COMING),
    ("medicine", MEDICINE_ASKED),
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
    ("age", AGE_ONLY),
    ("still_here", STILL_HERE),
)


def asked_after_crisis(text: str) -> bool:
    """A question about us after the crisis answer ("are you going to call the police?")."""
    if METHOD_ASKED.search(text):  # "do you think it would hurt" is not a question about us
        return False
    if OK_NOW.match(text):  # "yeah i'm ok now, cleaned it up": how they are, to the offer
        return False
    return any(pattern.search(text) for _, pattern in ASKED_AFTER_CRISIS)


# Unsure, to "are you having thoughts of ending your life?": not a no, so taken as a yes.
UNSURE = re.compile(
    r"^\W*(?:i )?(?:don'?t|dont|do not) know\b|^\W*(?:idk|dunno|not sure|unsure|i'?m not sure|"
    r"im not sure|possibly|sometimes|a bit|a little|i think so|i guess|probably)\b",
    re.IGNORECASE,
)
# Life itself named as what they're done with, to the direct question: "like life", "with
# living tbh", "existing". A yes.
LIFE_NAMED = re.compile(
    r"^\W*(?:(?:like|with|just|um+|idk|i mean|probably|honestly|yeah|yh|ya|tbh|kinda|basically|"
    r"done with|tired of|sick of)\W+)*(?:life|my life|living|life itself|being alive|existing|"
    r"everything in life|being here)(?:\W+(?:tbh|honestly|i guess|lol|idk|in general|itself|fr|"
    r"really|tho|though|ngl))*\W*$",
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
# How often, said of the thoughts asked about or on its own ("all the time", "yeah a lot,
# about it"): a yes. Said of something else ("i just feel fat all the time"), no answer.
_HOW_OFTEN = re.compile(
    r"\b(?:sometimes|often|a lot|every day|all the time|a bit|a little)\b", re.IGNORECASE
)
_OF_THE_THOUGHTS = re.compile(
    r"\b(?:it|that|them|those|these|like that|thoughts?|do it|go through with it|end it|die|"
    r"dying|dead|hurt(?:ing)? myself|kill(?:ing)? myself|suicide|suicidal)\b",
    re.IGNORECASE,
)


def leans_yes(text: str) -> bool:
    """ "sometimes i think about it", "i guess", "all the time tbh": leaning towards yes, to the
    direct question; a "how often" said of something else is not."""
    found = LEANS_YES.search(text)
    if found is None:
        return False
    if not _HOW_OFTEN.fullmatch(found.group(0)):
        return True
    return len(text.split()) <= 4 or _OF_THE_THOUGHTS.search(text) is not None


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
    r"^\W*(?:(?:no+|nah+|actually|but|wait|like|honestly|tbh),? )*(?:i mean it|i meant it|"
    r"i'?m serious|im serious|i'?m being serious|im being serious|i am (?:being )?serious|"
    r"i'?m not joking|im not joking|not joking|i'?m not kidding|im not kidding|"
    r"for real|fr|deadass|seriously|"
    r"actually|like actually|(?:it'?s |its )?not a joke)(?:\W+(?:this time|tho|though|anymore|rn|"
    r"at all|i swear|actually|for real|fr|tbh|honestly))*\W*$",
    re.IGNORECASE,
)
# A question back that leaves the door open, to "are you having thoughts of ending your
# life?": "what if i was", "and if i am?", "would it matter", "what would you do if i said
# yes". Not a no: heard as a yes.
ASKED_BACK = re.compile(
    r"^\W*(?:(?:and|so|but|well|ok|okay|hmm+|um+|idk|lol|i mean|like)\W+)*(?:what if i (?:was|"
    r"were|am|did|do|said yes|say yes|said i was)|and if i (?:am|was|were|did|do|said yes)|"
    r"if i (?:was|were|am|did),? (?:would|what|so)|would it (?:matter|make a difference)|"
    r"what (?:would|will|do|can) (?:you|u) do if i (?:said|say|was|am|did)|"
    r"(?:would|does|will) (?:anyone|anybody|it|you) (?:care|matter|even care)|"
    r"what happens if i (?:say|said) yes|so what if i (?:am|was|did))\b",
    re.IGNORECASE,
)
# A "no" corrected to a yes in the same breath: "no... yes", "no wait yes", "nah... maybe".
# The last word is the answer.
NO_THEN_YES = re.compile(
    r"^\W*(?:no+|nah+|nope)\W*?(?:\.{2,}|…|-+|,|\s)\W*(?:(?:actually|wait|well|um+|hmm+|idk)\W+)*"
    r"(?:yes|yeah|yea|yep|ye|yh|maybe|i do|i am|please)\W*(?:please|pls|i think|tbh|honestly)?"
    r"\W*$",
    re.IGNORECASE,
)
# "lol no its a video game", "no omg its a crush thing", "no its just the council": the
# crisis answer was a misreading, and they say so.
MISREAD = re.compile(
    # "calm down i meant the essay lol", "chill, i meant my phone"
    r"^\W*(?:(?:calm down|chill|relax|woah|whoa|omg)\W+)?i (?:only |just )?meant (?:the|my|this|"
    r"that|a|an|work|school|uni) \w+|"
    # "not like that i mean move away", "not in that way lol"
    r"^\W*not (?:like that|in that way|that way|literally|what i meant)\b|"
    # (not a question back: "what would u even do about it lol")
    r"^\W*(?:no+|nah+|nope|lol|lmao|omg|haha\w*|oh|ha|um+|wtf|huh|bruh|dude|"
    r"what(?!\s+(?:would|will|can|could|do|does|did|are|is|should|r|u|you|else|now)\b))\b.{0,40}?"
    r"(?:\b(?:it'?s|its|it was|was|that was|i was|i'?m|im) (?:only |just |literally )?(?:a |an |"
    r"about (?:a |the |my )?)?(?:\w+ )?(?:joke|joking|kidding|messing|game|video ?game|song|"
    r"lyrics?|meme|expression|figure of speech|saying|crush|exaggerating|chocolate|sweets|food|"
    r"pillow\w*|chef|cook|hobby|hair)\b|\b(?:it'?s|its|it was) just\b|\bnot "
    r"(?:literally|like that|serious|seriously|suicidal|what i meant)\b|\bmisunderst\w*|"
    r"\bmisread\b|\b(?:jk|lol|lmao|haha\w*)\b|😂|🤣|💀|"
    # a reason for asking: "no, its for a school project", "no im just curious"
    r"\bfor (?:a |an |my |the |our )?(?:school |uni |college |class |science |biology |"
    r"chemistry |nursing |psych(?:ology)? )?(?:project|essay|assignment|homework|coursework|"
    r"class|course|research|story|book|novel|exam|dissertation|article|presentation|quiz)\b|"
    r"\b(?:just |only )?curious\b)",
    re.IGNORECASE,
)


def misread_told(text: str) -> bool:
    """ "lol no its a video game", "not like that i mean move away": we read it wrong. Not
    when the words go on to a wish to escape ("not like that, i just want it all to stop"),
    unless that is itself denied ("its a song, i dont want to die")."""
    from bot.safety_words.crisis import denies_crisis

    said = text.strip()
    if not MISREAD.match(said):
        return False
    return not is_doubtful(said) or denies_crisis(said)


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


# Neither better nor worse, said with a shrug: "ok i guess", "fine i suppose".
LUKEWARM = re.compile(r"\b(?:i guess|i suppose|ish|kinda|kind of|sort of|meh|idk|dunno)\b", re.I)
# Worse since the crisis: "worse tbh", "even worse", "getting worse".
WORSE = re.compile(r"\b(?:worse|worst|no better|even more)\b", re.IGNORECASE)
# No change since the crisis: "still the same tbh", "same", "no different really".
# Not good, said briefly to "how are you doing now?": "not really", "not great tbh", "bad".
NOT_GOOD = re.compile(
    r"^\W*(?:(?:honestly|tbh|ngl|um+|hmm+|well|idk|nah|no|yeah|yh|still|pretty|really|so)\W+)*"
    r"(?:not (?:really|great|good|well|ok|okay|so good|too good|much better|amazing|doing "
    r"(?:well|great|good|ok|okay))|bad|awful|terrible|shit|crap|rubbish|horrible|rough|"
    r"struggling|not coping|barely)(?:\W+(?:tbh|honestly|ngl|really|at all|if i'?m honest|to be "
    r"honest|still|either))*\W*$",
    re.IGNORECASE,
)
NO_CHANGE = re.compile(
    r"^\W*(?:(?:honestly|tbh|ngl|um+|hmm+|well|idk|just|yeah|yh|nah|no|not really|about|pretty "
    r"much|kinda|still)\W+)*(?:(?:still|just|about|pretty much|much|kinda) )?(?:the )?same"
    r"(?: (?:as (?:before|earlier|then|this morning|last night)|really|honestly|tbh|ngl|as ever|"
    r"old|thing|old same old|if not worse|i guess|i suppose|tbf|really tbh))*\W*$|"
    r"\b(?:no|not any) (?:different|change|better or worse)\b|\bnothing'?s (?:changed|"
    r"different)\b|\bnothing has changed\b|\bhasn'?t (?:changed|got any better|gotten any "
    r"better)\b",
    re.IGNORECASE,
)
# Only a smile or a thumbs up: "🙂", "👍", ":)".
SMILE_ONLY = re.compile(
    "^[\\s\ufe0f\U0001f3fb-\U0001f3ff]*(?:[\U0001f642\U0001f60a\U0001f600\U0001f603"
    "\U0001f604\U0001f44d\U0001f44c\u263a]|:\\)|:-\\)|:D)[\\s\ufe0f\U0001f3fb-\U0001f3ff"
    "\U0001f642\U0001f60a\U0001f600\U0001f603\U0001f604\U0001f44d\U0001f44c\u263a]*$"
)
# The thoughts still there, told at the follow-up: "not great. still thinking about it".
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
    r"printer|code|bug|spreadsheet|flat ?pack|furniture|week|heat|hangover)\b|"
    # "here as in this city lol i want to move", "of embarrassment lol i just called my teacher
    # mum": the words finished, meaning something else
    r"^\W*(?:(?:i mean|i meant|like|no|nah)\W+)?(?:here|there|gone|out|away|dead|done|alive)\s+"
    r"as in\b|^\W*(?:of|from) (?:embarrassment|shame|cringe|cringing|boredom|laughing|laughter|"
    r"the heat|hunger|exhaustion|jealousy|envy|happiness)\b",
    re.IGNORECASE,
)
# Only a score from 1 to 10, maybe hedged: "5 i guess", "like a 4", "6/10".
A_SCORE = re.compile(
    r"^\W*(?:like |maybe |about |prob(?:ably)? |around )?(?:a )?(?:10|[1-9])(?:\.5)?"
    r"(?:\s*/\s*10| out of 10)?\W*(?:i guess|i think|idk|tbh|maybe|ish|lol|probably)?\W*$",
    re.IGNORECASE,
)
# "skip" or "pass" to the direct question: not an answer.
SKIPPED = re.compile(r"^\W*(?:skip|pass|next|skip it|skip this)\W*$", re.I)
# A hello and nothing else, back after a while: "hi", "hey again", "hello?", "hiya x".
HELLO_ONLY = re.compile(
    r"^\W*(?:hi+|hey+|hello+|helo|hiya|heya|hai|yo|oi|sup|wassup|morning|good morning|evening|"
    r"good evening|kia ora|howzit|hallo)(?:\s+(?:there|again|u there|you there|x+))?[\s\W]*$",
    re.I,
)
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
# An attempt before, told after the crisis answer: "i've tried before and it didnt work",
# "this would be my third attempt". Asked about acting on it now.
TRIED_BEFORE = re.compile(
    r"\b(?:i'?ve|ive|i have|i) (?:already )?(?:tried|attempted)(?: (?:it|this|that|to (?:kill "
    r"myself|end it|end my life|do it)|suicide))? (?:before|twice|once|already|\d+ times|a few "
    r"times|a couple of times|(?:two|three|four|several|many) times|last (?:year|month|week))\b|"
    r"\b(?:my|a|the) (?:last|previous|first|second|third|other) attempts?\b|"
    r"\b(?:survived|after) (?:an|my|a) attempt\b",
    re.IGNORECASE,
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


def more_of_their_story(after_yes: str) -> bool:
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
# The thoughts owned, to the direct question, without a yes: "i have thoughts but no plan",
# "only passive ones", "i dont want to die but i dont want to live either".
THOUGHTS_OWNED = re.compile(
    r"^\W*(?:(?:well|honestly|tbh|i mean|idk|just|only|um+)\W+)*(?:i (?:have|get|do have|do "
    r"get|'?ve had|ve had|have had|keep having)|having|just|only|mostly) (?:the |some )?(?:\w+ )?"
    # (thoughts of something else are not these: "thoughts about leaving him", "of work")
    r"(?:thoughts?|ones)\b(?! (?:about|of|on) (?!(?:it|that|this|ending|end|killing|kill|"
    r"hurting|hurt|harming|harm|suicide|dying|death|not (?:being|waking|living)|self|myself|"
    r"cutting|doing it)\b))|"
    r"(?<!not )(?<!no )(?<!not even )(?<!never )\bpassive(?: (?:ones|thoughts?|ideation|"
    r"suicidal thoughts))?\b|"
    r"\b(?:don'?t|dont|do not) (?:really )?want to (?:live|be alive|be here|exist|wake up)\b|"
    r"^\W*(?:(?:but|just|well)\W+)?no plans?\b",
    re.IGNORECASE,
)
# Not that, with how they are instead: "not suicidal just depressed", "im not going to do
# anything, just low".
NOT_THAT = re.compile(
    r"^\W*(?:(?:no+|nah|nope)\W+)?(?:i'?m |im |i am )?not (?:suicidal|going to (?:do|hurt|kill) "
    r"(?:anything|myself)|gonna (?:do|hurt|kill) (?:anything|myself))\b(?!.{0,40}\b(?:but|yet|"
    r"anymore|though|tho)\b)",
    re.IGNORECASE,
)
# A yes to the thoughts, with what they would not do after it: "yes but i wont do anything",
# "yeah but i'd never act on it". Not "yeah no" (a British no).
YES_BUT = re.compile(
    r"^\W*(?:yes|yeah|yea|yep|yup|ya|yh|yess+|i do|i have|i am)\b(?!\W+(?:no|nah)\b)\W+"
    r"(?:\w+\W+){0,2}?(?:but|though|tho|although)\b",
    re.IGNORECASE,
)
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

# Better now, told after the crisis answer: "im ok now honestly, it was just a bad moment",
# "sorry im fine now, ignore me", "im ok now i put it away". A no to a person joining, heard
# with gladness (and what was put away, with where to keep it).
OK_AGAIN = re.compile(
    r"\b(?:i'?m|im|i am|i feel|feeling|i'?m feeling|im feeling) (?:(?!not\b)\w+ )?(?:ok|okay|fine|"
    r"alright|all right|better|calmer|safe)(?: again)? now\b|"
    r"\b(?:it )?(?:was|were) (?:just )?(?:a |one )?(?:bad|rough|dark|weak|low|wobbly|shit|crap) "
    r"(?:moment|minute|night|day|patch|spell|hour)\b|"
    r"\b(?:it'?s|its|it has) passed\b|\bthe (?:feeling|urge|moment) (?:has )?passed\b",
    re.IGNORECASE,
)
# What they were going to use, put away: "i put it away", "gave the pills to my sister".
PUT_AWAY = re.compile(
    r"\b(?:put|putting|locked|hid|thrown|threw|chucked|binned) (?:it|them|the \w+|my \w+) "
    r"(?:away|out|in the bin|back)\b|\bgot rid of (?:it|them|the \w+)\b|"
    r"\bgave (?:it|them|the \w+) to\b|\b(?:flushed|binned) (?:it|them|the \w+)\b",
    re.IGNORECASE,
)


# Told of no one, not saying no: "no one cares", "nobody would even notice".
_NO_ONE_TOLD = re.compile(r"^(?:no ?one|no-one|nobody|no body)\b\W*\w")


def answer_of(text: str, intent: str) -> str | None:
    """ "yes" / "no" / None for a reply to a yes-no question."""
    cleaned = " ".join(text.lower().replace("\u2019", "'").strip(" .!?").split())
    # (the model's "deny" for "sometimes i think about it" or "make it stop" is not a no)
    model_no = intent == "deny" and not LEANS_YES.search(cleaned) and not make_it_stop(cleaned)
    model_no = model_no and not _NO_ONE_TOLD.match(cleaned)  # "no one cares" is no answer
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


# "is this a real person?", "are you a bot": asked while waiting for a person.
ASKS_IF_PERSON = re.compile(
    r"\b(?:are (?:you|u)|is (?:this|that|it)) (?:actually |really |even )?(?:a )?(?:real |actual )?"
    r"(?:person|human|bot|robot|ai|computer)\b|\bam i (?:talking|texting|speaking) to a "
    r"(?:real )?(?:person|human|bot)\b",
    re.IGNORECASE,
)
# "are you there?", "they never replied", "nobody's coming": asked while waiting for a person.
STILL_WAITING = re.compile(
    r"\b(?:are you|are u|r u|r you|u|you|anyone|anybody|is anyone|someone) (?:still |even |"
    r"actually |really )?there\b|"
    r"^\W*hel+o+\W*$|\b(?:taking|takes|taken) (?:forever|ages|so long|too long|a while)\b|"
    r"\b(?:never|haven'?t|hasn'?t|didn'?t|not) (?:replied|answered|responded|come|joined)\b|"
    r"\b(?:nobody|no ?one)(?:'?s| is)? (?:coming|here|replied|replying|answering|answered|"
    r"responding|responded|there)\b|"
    # "still nobody?", "still no one", "nobody's replied yet"
    r"^\W*still (?:nobody|no ?one|nothing|no reply|no answer|no response)\b|"
    r"\b(?:nobody|no ?one) (?:has |have )?(?:replied|answered|responded|got back|come)\b|"
    r"\bhow long\b|\bwhere (?:are|is) (?:they|you|everyone)\b|"
    # "still waiting", "im still waiting...", "been waiting ages", "any news?"
    r"^\W*(?:(?:i'?m|im|i am|we'?re|been|still)\W+)*(?:still )?waiting(?: (?:here|still|ages|"
    r"forever|so long|for (?:ages|so long|them|someone|a reply|an answer)))?\W*$|"
    r"^\W*(?:any ?(?:news|update|one|body)|anyone coming|is someone coming|when (?:will|are) "
    r"(?:they|you|someone) (?:reply|replying|answer|coming|come))\W*$",
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


# A person not wanted, in so many words: "i dont want to talk to a person", "no i dont need
# anyone", "please dont get a human". A no to a person joining, whatever the model reads.
PERSON_DECLINED = re.compile(
    r"\b(?:don'?t|dont|do not|doesn'?t|never|won'?t|wont|rather not|prefer not)(?:\s+(?:really|"
    r"even|actually|just|honestly|rly))*\s+(?:want|wanna|need|get|ask|bring|call|involve)\b"
    r"(?:\s+(?:to|talk|speak|chat|text|with|me|in|for|right now|rn|now))*"
    r"\s+(?:a |an |the |any |some )?(?:real )?(?:person|people|human|humans|anyone|anybody|"
    r"someone|somebody|staff|team|counsell?or|therapist|volunteer)\b|"
    r"^\W*(?:no+|nah|nope)\W+(?:(?:no|thanks|thank you)\W+)?(?:person|human|people|humans)\W*"
    r"(?:please|pls|thanks|thank you)?\W*$",
    re.IGNORECASE,
)


def declines_a_person(text: str) -> bool:
    """A person from the team not wanted, said plainly ("i dont want to talk to a person")."""
    return PERSON_DECLINED.search(text.replace("\u2019", "'")) is not None
