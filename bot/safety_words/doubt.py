"""Words that could mean thoughts of suicide, and short messages that are asked about directly.

`is_doubtful` gives the `doubt` assessment: a direct, caring question rather than the full crisis
answer or none at all. The other predicates here are messages too bare to read either way ("i just
want to quit", "so i've decided", "can you make it stop", "i cant cope"): asked, never assumed.
"""

from __future__ import annotations

import re

from bot.safety_words.crisis import _NEGATED, crisis_kind
from bot.safety_words.text import _plain, _without_harm

# "how do i give up sugar", "i want to give up smoking": a habit given up, not hope.
_NOT_A_HABIT = (
    r"(?!\s+(?:the |my )?(?:smoking|smoke|drinking|drink|sugar|caffeine|coffee|alcohol|booze|"
    r"meat|chocolate|dairy|carbs|bread|crisps|vaping|vape|cigarettes|cigs|fags|gambling|weed|"
    r"takeaways|social media|tiktok|instagram|my phone|fizzy drinks|energy drinks|nicotine)\b)"
)

# "i cant cope with this heat", "cant take this traffic anymore": the weather, the noise or the
# journey, named as what they cannot stand.
_NOT_THE_WEATHER = (
    r"(?! (?:with |in )?(?:this |the |all this |these |that |my |our )?(?:\w+ )?(?:heat|heatwave|"
    r"weather|humidity|cold|rain|snow|wind|noise|traffic|queues?|commute|hay ?fever|pollen|"
    r"mosquito(?:e)?s|midges|wi-?fi|internet|signal|builders|drilling|roadworks|jet ?lag|"
    r"hangover|sunburn|cold snap)\b)"
)

DOUBT_PATTERNS: tuple[str, ...] = (
    "\U0001f48a\\s*\U0001f48a",  # a row of pill emoji, sent alone or with little else
    # ...but not "what's the point of this app" (a question about us)
    r"\bwhat'?s\s+(?:even\s+)?the\s+point\b(?!\s+of\s+(?:(?:(?:this|the|your|these|my)\s+)?"
    r"(?:app|bot|service|chat|exercise|check[- ]?ins?|checking[- ]?in|reminders?|breathing|diet|"
    r"gym|homework)\b|"
    r"(?:you|u)\b))",
    r"\bno point (?:in )?(?:anything|living|trying|going on|carrying on)\b",
    # "theres no point anymore", "i dont see a way out of this"
    r"^\W*(?:(?:there'?s|theres|there is|honestly|just|i feel like|it feels like)\W+)*no point "
    r"(?:any ?more|to any of it|in any of it)\W*$|\b(?:don'?t|dont|do not|can'?t|cant|cannot) "
    r"see (?:a|any) way out\b(?! of (?:the|this) (?:contract|deal|car park|maze|building|room))",
    r"\b(?:sick|tired) (?:and tired )?of (?:living|life|being alive)\b",
    # drawn to the edge: "sometimes i stand too close to the platform edge", "i lean over the
    # balcony and wonder" (not a view enjoyed: "stood at the edge of the cliff for a photo")
    r"\b(?:stand|standing|stood|lean|leaning|leant|sit|sitting|sat|walk|walking)\b.{0,15}\b(?:too "
    r"close to|right on|on|over|near|at) (?:the )?(?:edge of the (?:platform|tracks|cliff|roof|"
    r"bridge)|platform edge|edge of (?:the|a) (?:drop|balcony)|railings? (?:of|on) the bridge|"
    r"tracks)\b(?!.{0,40}\b(?:photo|pic|selfie|view|sunset|picture|gorgeous|beautiful|amazing)\b)",
    # a quiet end daydreamed: "keep daydreaming about my heart just quietly stopping in my
    # sleep", "i imagine just slipping away in my sleep"
    r"\b(?:daydream\w*|dream(?:ing|s)? (?:about|of)|fantasi[sz]\w*|imagin\w*|think\w* about|"
    r"wish\w*|hop(?:e|ing)|pray\w*)\b.{0,40}\b(?:heart|breathing)\b.{0,25}\b(?:stop\w*|"
    r"giv\w* (?:up|out))\b|\b(?:slip(?:ping|s)? away|pass(?:ing)? away|fad(?:e|ing) away|"
    r"just go(?:ing)?|quietly go(?:ing)?|not wak\w* up|never wak\w* up) in my sleep\b",
    # "i just want it all to end", beside a hard day: asked about whatever else is told
    r"\b(?:want|wish|need|wanting|wishing)(?: for)? (?:it all|everything|all of (?:it|this)|life|"
    r"my life|the pain|all this) to (?:just )?(?:end|stop|be over)\b|"
    r"\bwish (?:it|everything) would (?:all )?(?:just )?(?:end|stop)\b",
    r"\bwish (?:it|everything|this|life|it all) (?:was|were|would be) (?:all )?over\b",
    r"\bjust in case (?:it|things|life|everything) gets? (?:too much|too hard|worse|unbearable)\b|"
    r"\b(?:maybe|for) when (?:it|things|life) gets? (?:too much|too hard|worse|unbearable)\b",
    r"\bgusto ko na(?:ng)? mawala\b",
    # "I can't take any more" in the languages people text in: "ya no aguanto", "je n'en peux
    # plus", "ich kann nicht mehr", "non ce la faccio più", "não aguento mais"
    # (not a thing that can't be done: "ya no puedo dormir", "ich kann nicht mehr essen")
    r"\b(?:ya no (?:aguanto|puedo)(?! \w+(?:ar|er|ir)\b)|no (?:aguanto|puedo) m[aá]s|estoy "
    r"(?:harto|harta|cansad[oa]) de (?:todo|la vida)|je n(?:'|’| )?en peux plus|ich kann "
    r"(?:einfach )?nicht mehr(?! \w+en\b)|ich halte (?:es|das) nicht mehr aus|non ce la faccio "
    r"pi[uù]|n[aã]o aguento mais|dayanam[ıi]yorum)\b",
    r"\b(?:don'?t|dont|do not|can'?t|cant|no longer) see (?:the |any )?point (?:in |of )?(?:living|"
    r"going on|being alive|life|carrying on|being here|anything)\b",
    # a poison asked about: "how long does it take for antifreeze to work" (not for the car,
    # the garden or the rats, which are said)
    r"^(?!.*\b(?:car|engine|radiator|coolant|garden|lawn|weeds|patio|drive|rats?(?! poison)|"
    r"mice|mouse|slugs|pests?|mould|mold|grout|toilet|dog|cat|pet|puppy|kitten)\b).*"
    r"\b(?:how (?:long|much|many|quickly|fast)|what happens (?:if|when) (?:you|u|i|someone|"
    r"a person) (?:drinks?|swallows?|eats?|takes?))\b.{0,40}\b(?:anti-?freeze|rat poison|"
    r"cyanide|arsenic|strychnine|paraquat|bleach|weed ?killer|pesticide)\b",
    # what an overdose does, asked: "how long does it take for paracetamol to shut your liver
    # down", "what does ibuprofen do if you take a whole packet"
    r"\b(?:paracetamol|acetaminophen|tylenol|ibuprofen|aspirin|co-?codamol|codeine|tramadol|"
    r"naproxen|sleeping (?:pills|tablets)|insulin|antidepressants|sertraline|citalopram|"
    r"amitriptyline|diazepam|pills|tablets|meds)\b(?:.{0,30}\b(?:shut\w*|destroy\w*|damag\w*|"
    r"kill\w*|fry|wreck\w*) (?:down )?(?:your|my|the|a person'?s|someone'?s) (?:liver|kidneys?)|"
    r".{0,60}\b(?:liver|kidneys?|organs?)\b"
    r".{0,30}\b(?:shut\w*|fail\w*|stop\w*|pack\w*|damag\w*|destroy\w*|kill\w*|go|give up)|"
    r".{0,40}\bif (?:you|u|i|someone|a person) (?:take|took|swallow\w*|have|had) (?:loads|lots|a "
    r"lot|too many|too much|the whole|a whole|all|a full|a packet|a box|handfuls?|like \d+))\b|"
    r"\b(?:liver|kidneys?)\b.{0,30}\b(?:shut\w*|fail\w*|pack\w*) (?:down|up|in)?\b.{0,40}"
    r"\b(?:paracetamol|acetaminophen|tylenol|pills|tablets|overdose)\b",
    # "im in a really dark place right now", "been in a dark headspace for weeks", told of
    # themself (not one climbed out of: "five years ago i was in a dark place", "i was in a dark
    # place but im doing better now"; not denied: "not in a dark place, just fed up")
    r"^(?!.*\b(?:ago|back then|at the time|used to)\b)(?!.*\b(?:was|were)\b.{0,25}\bdark "
    r"(?:place|hole|headspace|head space)\b.{0,60}\b(?:better|ok|okay|good|fine|through it|out of "
    r"it|helped|recovered|now)\b).*\b(?:i'?m|im|i am|i'?ve been|ive been|i have been|been|i feel|"
    r"feeling|stuck|my (?:head|mind|brain|thoughts)(?:'s| is| are| has been| have been| went)?|i "
    r"(?:went|go|keep going|slipped|fell|sank|spiral(?:l)?ed)|going|slipping|falling|"
    r"spiral(?:l)?ing)\s+(?:(?:back|down|right|still|so|really|just|kind of|kinda)\s+){0,2}"
    r"(?:in|into|to) (?:a |such a |this |that |the |my )?(?:(?:really|very|so|pretty|super|"
    r"proper|bit of a|bad|deep|horrible|awful|scary|seriously)\s+)*dark (?:place|hole|headspace|"
    r"head space|space)\b",
    # a deadly amount looked up or asked: "i keep looking up how many tylenol it takes", "how
    # much paracetamol would kill you", "whats a lethal dose of sertraline" (not the safe dose:
    # "how many paracetamol can i take in a day")
    r"^(?=.*\b(?:pills?|tablets?|paracetamol|acetaminophen|tylenol|ibuprofen|advil|aspirin|"
    r"co-?codamol|codeine|tramadol|naproxen|insulin|antidepressants|sertraline|citalopram|"
    r"fluoxetine|amitriptyline|diazepam|xanax|meds|medication|painkillers|sleeping pills|"
    r"sleeping tablets|benadryl|diphenhydramine|nytol|calpol|panadol|nurofen|piriton|"
    r"antihistamines?|zopiclone|zolpidem|promethazine|propranolol|lithium|quetiapine|"
    r"mirtazapine|pregabalin|gabapentin|oxycodone|morphine|fentanyl)\b)"
    r".*\b(?:how (?:many|much)|the number of|what (?:dose|amount))\b.{0,40}\b(?:it takes|would it "
    r"take|does it take|is too much|are too many|to feel nothing|to (?:not|never) wake up|to knock "
    r"(?:me|myself) out|"
    r"it would take|to kill (?:you|u|a person|someone|me|myself)|(?:is|are|would be) (?:lethal|"
    r"fatal|deadly)|to (?:die|od|overdose)|would kill (?:you|u|me|a person|someone)|"
    r"(?:before|until|till) (?:you|u|i|someone) (?:die|dies|dont wake|don'?t wake))\b|"
    r"\b(?:lethal|fatal|deadly) (?:dose|amount|overdose)\b",
    # someone else's strong medicine, taken: "how many of my mums sleeping pills can i take"
    r"\bhow (?:many|much) (?:of )?(?:my |his |her )(?:mums?|moms?|mothers?|dads?|fathers?|"
    r"nans?|grans?|grandmas?|grandads?|sisters?|brothers?|partners?|flatmates?|friends?)'?s? "
    r"(?:sleeping (?:pills|tablets)|pills|tablets|meds|medication|painkillers|diazepam|xanax|"
    r"tramadol|codeine|oxycodone|morphine)\b.{0,20}\b(?:can|could|should|do) i (?:take|have|"
    r"swallow)\b",
    # a sleep with no waking after it: "a long nap. the kind you don't set an alarm for"
    r"\b(?:nap|sleep|rest)\b.{0,40}\b(?:(?:the|a) (?:kind|sort|type) (?:you|u|i|that you|that "
    r"i|where you|where i) (?:don'?t|dont|do not|won'?t|wont|never) (?:set (?:an|the|a) alarm|"
    r"wake (?:up )?from)|(?:don'?t|dont|won'?t|wont|never) wake (?:up )?from|(?:won'?t|wont|"
    r"will not) need (?:an|my|the) alarm (?:ever )?(?:again|anymore|any more))\b",
    # staring at a means: "sat in the garage looking up at the beam for an hour", "stared at
    # the pills for ages"
    r"\b(?:star(?:e|es|ed|ing) (?:up )?at|look(?:s|ed|ing)? up at|gaz(?:e|ed|ing) (?:up )?at) "
    r"(?:the|a|that|my) (?:beams?|rafters?|banisters?|bannisters?|loft hatch|knife block|"
    r"razor ?blades?|blades?|rope|train tracks)\b|"
    r"\b(?:star(?:e|es|ed|ing)|look(?:ed|ing)|sat (?:there )?(?:looking|staring)) at (?:the|my|"
    r"all (?:the|my)|a (?:packet|bottle|box) of) (?:pills|tablets|knives|meds|paracetamol)\b"
    r".{0,20}\b(?:for (?:an hour|hours|ages|a long time|ages)|(?:way )?too long|all night)\b",
    # injuries hidden behind a story: "'cat scratches' is what i tell everyone"
    r"\b(?:scratch\w*|marks|bruises?|cuts|burns)\b.{0,40}\bwhat i (?:tell|told|say to) "
    r"(?:everyone|people|my \w+)\b|\bwhat i (?:tell|told|say to) (?:everyone|people)\b.{0,40}"
    r"\b(?:scratch\w*|marks|bruises?|cuts|burns)\b",
    # going for good, alone or with the police in mind: "i'm not coming back, ever", "it will all
    # be over soon" said on its own
    r"\bnot (?:coming|going to come|gonna come) back\W+ever\b",
    # no more worry after a day: "no need to worry about me after friday", "you won't have to
    # worry about me much longer"
    r"\b(?:no need (?:for (?:you|u|anyone) )?to |(?:you|u|they|nobody|no one|anyone)"
    r"(?:'ll| will)? (?:(?:won'?t|wont|will not|never|not) )?(?:have|need) to |(?:don'?t|dont|"
    r"won'?t|wont) (?:need to )?)worry about me (?:after (?:today|tonight|tomorrow|"
    r"this week(?:end)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the \w+)|"
    r"any ?more|much longer|for much longer|soon|for long|ever again|from (?:now|tomorrow|"
    r"friday|saturday|sunday|monday))\b",
    r"^\W*(?:\w+\W+){0,3}it(?:'ll| will) all be over soon\W*$",
    # a later time hung on still being alive: "maybe tomorrow if im still here", "in 10 mins if
    # i last that long", "tomorrow, if i make it"
    r"\bif i(?:'?m| am)? still (?:here|around|alive|breathing)\b(?! (?:at|by|when|after|in the "
    r"(?:office|building))\b)|\bif i (?:make it|last (?:that long|till then|until then|the "
    r"night)|survive (?:that long|till then|until then|the night))\b(?! (?:to|in time|on time|"
    r"back|home|through (?:the|my) (?:shift|exam|day|week))\b)",
    # a time picked for when no one is there: "going to do it this weekend when everyone's away"
    r"\b(?:do it|do this|go through with it|end it|finally do it)\b.{0,40}\bwhen (?:every(?:one|"
    r"body)(?:'s| is| are)? (?:away|out|asleep|gone|at work)|no ?(?:one|body)(?:'s| is|s)? (?:home|"
    r"around|in|looking|there)|(?:they|my (?:parents|family|mum|mom|dad|wife|husband|partner))"
    r"(?:'re| are| is|'s)? (?:away|out|asleep|gone))\b",
    # how high a fall kills, asked: "how high does a building need to be to not survive"
    r"\b(?:how (?:high|far|tall|many (?:floors|storeys|stories))|what height)\b.{0,60}"
    r"\b(?:survive|die|dying|kill|fatal|lethal|deadly)\b|\b(?:survive|die from|die in) (?:a|the) "
    r"(?:fall|jump)\b",
    # a rope with something to stand on, even inside a request: asked, lightly
    r"\brope\b.{0,30}\b(?:stool|step ?ladder|chair|beam|hook)\b|\b(?:stool|step ?ladder)\b.{0,30}"
    r"\brope\b",
    # a goodbye in passing, even laughing: "i don't think i'll be here next week", "this is my
    # last check in", "who will feed my cat when i'm gone lol", "bags packed for good"
    r"\b(?:won'?t|will not|wont|don'?t think i'?ll|not going to|probably won'?t|might not) be "
    r"(?:here|around)(?: (?:next|by|for|much|after|anymore|any more|tomorrow|long|in)\b|\W*$)"
    r"(?!.{0,40}\b(?:got|have|because|cos|coz|cause|busy|appointment|work|school|holiday|away|"
    r"trip|shift|class|uni|college|meeting|visiting|travel\w*|flight|wedding)\b)|"
    r"\bthis (?:is|will be) (?:my|the) last (?:check[- ]?in|message|text|time)\b(?!.{0,30}\b(?:"
    r"tonight|today|for now|for today|before|until|till|phone|battery|%|bed|sleep|work|"
    r"this week|of the day)\b)|"
    r"\b(?:look after|feed|take care of|have|adopt|keep) (?:my|the) (?:cat|dog|pets?|kids?|"
    r"plants?|stuff|things)\b.{0,25}\bwhen i'?m (?:gone|dead|not here|not around)\b|"
    r"\bwhen i'?m (?:gone|dead|not here anymore|not around anymore)\b(?!.{0,20}\b(?:holiday|"
    r"away|on (?:a )?trip|at work|abroad|travelling|traveling|for the weekend)\b)|"
    r"\b(?:packed|sorted|tidied) (?:\w+ )?for good\b",
    # "i just feel so empty and pointless lately"
    r"\b(?:feel|feeling|felt|i'?m|everything(?:'s| is| feels)|life(?:'s| is| feels))\b.{0,20}"
    r"\bpointless\b",
    # a wish or a way told in passing, in a longer message
    r"\b(?:easier|better) if i (?:just )?(?:didn'?t|did not|never|don'?t|do not) wake up\b|"
    r"\bstep(?:ping|ped)? (?:out )?in front of (?:a|the) (?:train|bus|car|lorry|truck|tube)\b",
    # "😭😭😭 i cant anymore"
    r"\bi (?:just )?(?:can'?t|cant|cannot) (?:anymore|any more)\b",
    r"\b(?:paracetamol|tablets?|pills?|dose|mg|insulin|tylenol|panadol)\b.{0,40}\b(?:fatal|lethal|"
    r"deadly)\b|\b(?:fatal|lethal|deadly) (?:dose|amount)\b",
    r"\b(?:is|will) (?:this|it|things|life) ever (?:going to |gonna )?(?:get|be) better\b",
    r"\bnothing (?:ever )?(?:gets|will get|is going to get) better\b",
    # "i feel empty all the time, like nothing matters": not "nothing else matters", "nothing
    # matters more than family", "nothing matters but the score"
    r"\b(?:like|and|cos|because|when|coz|just|feels like|realised|realized|feel like|"
    r"honestly|^)\W*nothing (?:really |even |at all )?matters?\b(?! (?:more|as much|but|except|"
    r"apart|other than|to (?:him|her|them|the)))",
    r"\b(?:nobody|no one|noone|no1) (?:even )?(?:cares|would care|would notice|would miss me|"
    r"loves me|wants me)\b",
    r"\bcan'?t (?:go on|do this anymore|take (?:it|this) anymore|cope)\b" + _NOT_THE_WEATHER,
    r"\bgive up on (?:everything|life)\b",
    r"\bi give up\b(?! on (?:(?:my|the|this|that) )?(?:diet|job|course|degree|uni|college|game|"
    r"team|gym|running|smoking|drinking|sugar|coffee|project|essay|book|show|series|puzzle|"
    r"level|homework|crossword|wordle)\b)" + _NOT_A_HABIT,
    # "i feel like giving up", but not on a diet, a course or a game
    r"\b(?:feel(?:ing)? like|want to|wanna|about to|ready to|close to) giv(?:e|ing) up\b"
    r"(?! on (?:my |the |this |that )?(?:diet|job|course|degree|uni|college|game|team|gym|"
    r"running|smoking|drinking|sugar|coffee|booze|project|essay|book|show|series))" + _NOT_A_HABIT,
    r"\bwant (?:it|everything) to stop\b",
    # "make the thoughts stop", "make it all stop": what won't stop is inside them
    r"\bmake (?:it all|everything|(?:the|my|these|those) (?:thoughts|voices|feelings?)|my (?:brain|"
    r"head|mind)) stop(?=\W*$|\W+(?:please|pls|plz|now|already|i|im|i'?m|it|its|it'?s|they|why)\b)",
    # (not a getaway: "i want to disappear for a bit. like go to a cabin with no wifi")
    r"\bwant to disappear\b(?! (?:to|off to|on (?:holiday|a trip|an island))\b| for a (?:week|"
    r"month|year|weekend|few days|couple of (?:days|weeks))\b| (?:under|into|in) (?:my|the) "
    r"(?:duvet|covers|blankets?|bed|quilt|hoodie|room)\b)(?!.{0,40}\b(?:cabin|beach|"
    r"holiday|island|mountains?|no wifi|off(?: the)? grid|vacation|a trip|retreat|the woods)\b)",
    r"\bdisappear forever\b",
    r"\bno way out\b",
    # "remind me why i should bother staying alive", "why should i even keep going"
    r"\bwhy (?:i should|should i|i'?d|would i|to|do i|i even|should i even|i should even) "
    r"(?:even )?(?:bother )?(?:stay(?:ing)? alive|keep (?:on )?(?:living|going|trying)|go on"
    r"(?: living)?|be alive|live|carry on|exist|stay here|be here)\b"
    r"(?! (?:to|with|at|for|in|on) )",
    # "i was found hanging by my mum last year": an attempt of their own, told as found
    r"\bi (?:was|got) found (?:hanging|hanged|unconscious|after (?:i )?(?:took|overdosed|od'?d))\b",
    # "uninstall life 💀", "how do i log out of life": the meme, asked about gently
    r"\buninstall(?:ing)? (?:life|me|myself)\b|\blog(?:ging)? (?:out|off) of life\b",
    # "i dont have any options left" (not "for dinner", "on the menu", "in the sale")
    r"\b(?:(?:don'?t|dont|do not) have any|no|have no|run out of|ran out of|out of) (?:other )?"
    r"(?:options|choices)(?: left)?\b(?! (?:for|on|in|at|with) )(?!.{0,30}\b(?:dinner|lunch|"
    r"menu|sale|shop|store|colou?rs?|sizes?|flights?|trains?|buses|tickets?|deals?|phones?|"
    r"game|builds?|settings?)\b)",
    # "tired of waking up. every single day": waking up itself (not "at 5am", "with a headache")
    r"\b(?:tired|sick|exhausted) of waking up\b(?! (?:so |this |too )?(?:early|late|at|in|with|to|"
    r"every (?:hour|night|\d)|because|cos|coz|for|on|tired|exhausted|sore|achy|stiff|the baby)\b)",
    # "counting down the days till i can finally rest 🙂" (not to a holiday or the end of term)
    r"^(?!.*\b(?:holiday|holidays|vacation|hols|retire\w*|annual leave|leave|weekend|exams?|"
    r"finals|term|semester|shift|break|christmas|trip|half term|uni|deadline|project|move|"
    r"moving|wedding|baby|due date|surgery|op|operation)\b).*\b(?:till|until|til|when|before) "
    r"i (?:can )?finally (?:get to )?(?:rest|sleep forever|be at peace|be free|stop|go)\b",
    # "dont think ill make it to 25 and honestly im ok with that": a life not expected to last
    r"\b(?:don'?t|dont|do not) (?:think|expect|reckon) (?:i'?ll|ill|i will|i'?m going to|im gonna) "
    r"(?:make it|live|be (?:here|around|alive)) (?:to|past|until|till) (?:\d{2}|thirty|forty|"
    r"twenty\w*|next (?:year|christmas|summer|birthday)|my (?:\d{2}\w*|next) birthday)\b",
    # "honestly dont know why i bother anymore", at the end of a thought (not "why i bother
    # with him")
    r"\b(?:don'?t|dont|do not|idk) (?:even |really )?know why i (?:even )?(?:bother|try)(?:ing)?"
    r"(?: (?:anymore|any more|at all|trying|living|waking up|getting up|with anything))?"
    r"\W*(?:[.!?]|$|lol|tbh|honestly)",
    # (not "tired of everything at work": a job, said so; "at work and at home" is not)
    r"\btired of (?:living|life|being alive|everything(?! (?:at|in|with|about) (?:work|school|"
    r"uni|college|the office|my job|this job)(?:\W+(?:tbh|honestly|ngl|lol|rn|atm|tho|though|"
    r"lately|mate|at the moment|right now))*\W*$))\b",
    r"\bno one would (?:care|notice|miss me)\b",
    r"\bnobody would (?:care|notice|miss me)\b",
    r"\bburden (?:to|on) everyone\b",
    r"\bdon'?t want to be here\b",
    r"\bi'?m (?:so |just |really )?done(?: now)?\W*$",
    r"\bi'?m (?:so |just |really )?done with (?:it all|everything|life|living|this life|trying)\b",
    r"\bdone with (?:life|everything)\b",
    r"\bsleep and never wake\b",
    # Inside a request too: "remind me to take all my pills tonight", "help me sleep forever".
    r"\b(?:take|swallow|down) all (?:of )?(?:my|the) (?:\w+ )?(?:pills|tablets|meds|painkillers|"
    r"paracetamol)\b",
    r"\bsleep forever\b|\bnever wake up\b",
    r"\bgoodbye (?:letters?|notes?|messages?|texts?|videos?)\b",
    # a plan laughed off and left open: "gonna do it tonight lol jk... unless?"
    r"\b(?:do it|end it|go through with it|kill myself|kms|unalive (?:myself|me)|jump|off myself)"
    r"\b.{0,50}\b(?:jk|j/k|jking|joking|kidding|lol|lmao)\b\W*\bunless\b(?=\W*$)",
    # a veiled goodbye told in passing: "written letters for everyone", "cheers for the
    # reminders, wont be needing them after friday" (not "christmas letters", "my notes")
    r"\b(?:written|wrote|writing|finished|left) (?:goodbye |farewell |last |final |little )?"
    r"letters? (?:for|to) (?:everyone|everybody|all of them|each of them|my family|my kids|"
    r"my children|my loved ones|the people i love)\b",
    r"\b(?:won'?t|wont|will not|shan'?t) (?:be )?need(?:ing)? (?:them|it|this|that|you|"
    r"anything|any of (?:it|them|this)|(?:the |my |these |those )?reminders|a doctor|my (?:meds|"
    r"tablets|pills|stuff|things))(?: any ?more)? (?:after (?:tonight|tomorrow|today|this "
    r"(?:week|weekend)|next week|\w+day)|(?:for )?(?:much|very) longer|where i'?m going)\b",
    r"\b(?:to|and) (?:jump|end it)\W*$",
    r"\bhopeless\b",
    r"^\W*🪢+\W*$",  # a knot, sent alone
    # a gun, a dagger, a coffin or a bridge and a fall, sent with nothing else said
    r"^\W*(?:🔫|🗡|⚔|⚰|✂\W*🩸|🌉\W*(?:⬇|👇|🔽))",
    r"\bnot worth (?:it|living)\b",
    r"\bi (?:really |just |honestly )?hate (?:myself|my life|being alive)\b",
    r"\bi'?m (?:so |just )?(?:worthless|a burden)\b",
    r"\b(?:everyone|they)(?:'d| would) be (?:better|happier) without me\b",
    # Looking into heights or amounts: "i looked up how high the car park roof is".
    r"\b(?:looked|looking|searched|searching|googled|googling|checked|checking) (?:up )?how "
    r"(?:high|tall|far down|deep|many (?:pills|tablets)|much (?:paracetamol|insulin))\b",
    r"\bhow (?:high|far) (?:is )?(?:the )?(?:drop|fall) from\b",
    r"\bhow high (?:up )?(?:is |are )?(?:the |a |that |this )?(?:bridge|car ?park|multi-?storey|"
    r"roof|balcony|cliff|top floor)\b",
)

# "i need help", "please help me": a plea that says nothing of what is wrong is asked about.
_BARE_PLEA = re.compile(
    r"^(?:please |pls |plz |can (?:you|someone|anyone|u) |someone |i (?:really |just )?"
    r"need (?:some |your )?)*help(?: me)?(?: please| pls| plz)?\W*$",
    re.IGNORECASE,
)

_DOUBT = [re.compile(p, re.IGNORECASE) for p in DOUBT_PATTERNS]


# Not eating, said plainly: "i haven't eaten in 2 days" (asked about, not assumed).
_NOT_EATING = re.compile(
    r"\b(?:haven'?t|have not|havent|not|can'?t|cant|didn'?t|barely) (?:been )?(?:eat|eaten|eating|"
    r"had (?:any(?:thing)? to eat|a (?:proper )?meal))\b(?! (?:yet|since (?:breakfast|lunch|"
    r"brekkie|this morning|midday|noon|earlier|my shift started)))",
    re.IGNORECASE,
)

# "i just want to quit": a job, or life? Asked directly, never assumed either way.
_QUIT_ALONE = re.compile(
    r"\b(?:want|wanna|going|gonna|ready|about|need) (?:to )?quit\W*$",
    re.IGNORECASE,
)


# Low mood told plainly: "i dont enjoy anything anymore", "i feel so numb".
_LOW_MOOD = re.compile(
    r"\b(?:(?:don'?t|dont|do not|can'?t|cant|no longer) (?:enjoy|feel|care about) (?:anything|"
    r"nothing|things)|nothing (?:makes me (?:happy|smile)|feels (?:good|fun)|is fun|brings me "
    r"joy)|lost (?:all )?interest in (?:everything|anything|things)|no motivation|"
    r"(?:feel|feeling) (?:so |really |just )?(?:numb|empty|flat)|going through the motions|"
    r"(?:on|running on) autopilot|(?:don'?t|dont|do not) feel like myself|feel like a (?:robot|"
    r"zombie|ghost)|just existing|not really living|"
    # "cant be bothered with anything anymore", "cant be arsed with owt"
    r"(?:can'?t|cant|cannot) be (?:bothered|arsed|assed|fussed) (?:with|doing|about) (?:anything|"
    r"everything|owt|nothing|any of it))\b",
    re.IGNORECASE,
)


def low_mood_only(text: str) -> bool:
    """Joy gone or numbness, with no word of harm or of wanting to die: asked directly."""
    return _without_harm(_LOW_MOOD, text)


def quit_alone(text: str) -> bool:
    """ "i just want to quit", with nothing to say what: a direct question, not the answer."""
    return bool(_QUIT_ALONE.search(_plain(text)))


def not_eating_only(text: str) -> bool:
    """Not eating, with no word of harm or wanting to die: a question, not the full answer."""
    return _without_harm(_NOT_EATING, text)


# Wanting to follow someone who died: "i want to be with him", "i just want to join her".
_FOLLOW_THEM = re.compile(
    r"\b(?:want|wanna|wish i could|going|need|ready) to (?:be with|join|go to|see) (?:him|her|them)"
    r"(?: again)?\b|\b(?:join|follow|following|joining) (?:him|her|them)\b|"
    r"\bno (?:reason|point) (?:for me )?(?:to )?(?:stay|staying|be here|being here|go on|carry on)"
    r"\b.{0,20}\bwithout (?:him|her|them)\b|"
    r"\b(?:can'?t|cant) wait to see (?:him|her|them) again\b.{0,30}\b(?:soon|hopefully)\b",
    re.IGNORECASE,
)


def wants_to_follow_them(text: str) -> bool:
    """After a death: wanting to be with the one who died (asked about directly)."""
    return bool(_FOLLOW_THEM.search(_plain(text)))


# Dead named as the way out of something: "i'd rather be dead than tell her", "i wish i was
# dead". Beside a trouble met as what it is (gambling, drink), it is still asked about.
_RATHER_DEAD = re.compile(
    r"\b(?:i'?d|id|i would|i'?d honestly|i would honestly) (?:rather|sooner) (?:just )?"
    r"(?:be dead|die|not be here|not exist)\b|\bwish i (?:was|were) dead\b|"
    r"\b(?:i'?d|id|i would|i'?m|im|i am) (?:be )?better off dead\b",
    re.IGNORECASE,
)


def wishes_to_be_dead(text: str) -> bool:
    """Death named as a way out: asked about directly, whatever else the message is about."""
    return bool(_RATHER_DEAD.search(_plain(text)))


# An opening with nothing after it: "so i've decided", "i made up my mind".
_DECIDED_ONLY = re.compile(
    r"^\W*(?:(?:so|well|ok|okay|right|ok so)\W+)?(?:i'?ve|i have|ive|i) (?:decided|made (?:up )?my "
    r"mind|made (?:a|my) decision)\W*$",
    re.IGNORECASE,
)


def decided_only(text: str) -> bool:
    """ "so i've decided" and nothing more: asked what, directly."""
    return bool(_DECIDED_ONLY.match(_plain(text)))


# Calm words that can carry a decision to die: "finally at peace, i've made my decision",
# "it's time", "won't be a problem much longer". A glad reading does not quiet these.
_CALM_RESOLVE = re.compile(
    r"\b(?:at peace|made (?:my|the|up my) (?:decision|mind)|decided|decision|ready (?:now|to go)|"
    r"it'?s time|(?:last|final) (?:time|message|goodbye|one)|goodbye|farewell|bye forever|"
    r"(?:won'?t|wont|not) be (?:around|here|a problem|a burden)|much longer|no more (?:pain|"
    r"hurting|struggling)|(?:all|it'?ll all) be over|over soon|free soon|finally free|"
    r"relief|forever|for good|sleep|rest|better off|everything sorted|affairs|my will)\b",
    re.IGNORECASE,
)


def calm_resolve(text: str) -> bool:
    """Calm words that can carry a decision to die, whatever the mood they are said in."""
    return bool(_CALM_RESOLVE.search(_plain(text)))


# Affairs put in order: "cancelled all my subscriptions, paid back what i owed, deleted my
# socials". One alone is everyday; two or more together are asked about.
_SETTLING = (
    r"\b(?:cancel+ed|cancel+ing) (?:all )?(?:of )?my (?:subscriptions|direct debits|plans|phone "
    r"contract)\b",
    r"\bpa(?:id|ying) (?:back|off) (?:what i owe\w*|everyone|every(?:one|body) i owe\w*|"
    r"all my debts?)\b",
    r"\bdelet(?:ed|ing) (?:all )?(?:of )?my (?:socials|social media|accounts|instagram|facebook|"
    r"tiktok|snapchat)\b",
    r"\b(?:tying|tidying|tidied|tied) up (?:all )?(?:the |my )?loose ends\b",
    r"\b(?:sort(?:ed|ing)|put(?:ting)?) (?:out )?my affairs\b|\baffairs (?:are )?in order\b",
    r"\b(?:wrote|written|writing|made|updated) (?:a|my) will\b",
    r"\b(?:gave|giving|given) (?:away )?(?:all )?my (?:stuff|things|clothes|games|books|guitar|"
    r"belongings)(?: away)?\b",
    r"\brehom(?:ed|ing) my (?:cat|dog|pets?)\b",
)
_SETTLING_RE = [re.compile(p, re.IGNORECASE) for p in _SETTLING]


def settling_affairs(text: str) -> bool:
    """Two or more signs of affairs being put in order, told together."""
    plain = _plain(text)
    return sum(1 for p in _SETTLING_RE if p.search(plain)) >= 2


def is_bare_plea(text: str) -> bool:
    """ "i need help", "please help": a call for help that does not say what is wrong."""
    return bool(_BARE_PLEA.match(_plain(text)))


# Told to die, at us: "kys", "go kill yourself". Often anger, sometimes their own pain turned
# outward: asked once, gently, whether they have thoughts of harm.
_TELLS_US_TO_DIE = re.compile(
    r"^\W*(?:(?:just|pls|please|bro|mate|lol|omg|ugh|shut up( and)?|fuck off( and)?)\W+)*"
    r"(?:kys|k y s|(?:go )?(?:and )?(?:kill|unalive) (?:yourself|urself|yourselves|ur self|"
    r"your self)|(?:go )?(?:die|drop dead)(?: in a (?:hole|ditch|fire))?)(?: bot| robot| you "
    r"(?:stupid|useless|dumb) (?:bot|thing|robot|app))?(?:\W+(?:lol|lmao|bot|pls|please|now))*\W*$",
    re.IGNORECASE,
)


def tells_us_to_die(text: str) -> bool:
    """Told to die, said to us and nothing more ("kys", "go kill yourself bot")."""
    return _TELLS_US_TO_DIE.match(_plain(text)) is not None


# Running away, wished or planned: "im 14 and i want to run away", "thinking of running away
# from home". Often trouble at home, sometimes more: asked whether they are safe and whether
# they have thoughts of hurting themselves, with a line for young people who run away.
_RUNS_AWAY = re.compile(
    r"^\W*(?:(?:i'?m|im|i am) (?:only )?1[0-7](?: years old| yrs old| yo)?\W+(?:and\W+)?)?"
    r"(?:(?:honestly|tbh|ngl|lowkey|so|and|but|idk|i think|sometimes|really)\W+)*(?:i'?m|im|"
    r"i am|i'?ve|ive|i have|i) (?:just |really |honestly |seriously |kinda |lowkey |actually )?"
    r"(?:want to|wanna|going to|gonna|might|could|will|feel like|keep thinking (?:about|of)|"
    r"thinking (?:about|of)|planning(?: on| to)?|packed a bag to|about to) run(?:ning)? away"
    r"(?: from (?:home|here|my (?:house|home|mum'?s|dad'?s|parents|family|foster (?:home|family|"
    r"carers?)|carers?|mum|dad|mom|stepdad|stepmum|step ?parents)|(?:this|the) (?:house|family|"
    r"place)))?(?: (?:tonight|today|tomorrow|soon|now|again|for good|forever))?"
    r"(?:\W+(?:tbh|honestly|ngl|fr|lol|idk|rn|right now|😭|😢|😔|x+))*\W*$",
    re.IGNORECASE,
)


def runs_away(text: str) -> bool:
    """Running away from home wished or planned, with no word of harm beside it."""
    plain = _plain(text)
    return _without_harm(_RUNS_AWAY, plain) and crisis_kind(plain) is None


# Wanting out of everything, with no word of how: "i want to run away from everything", "i
# just want to escape it all". A wish to be gone that may be a wish to die: asked directly.
_OUT_OF_IT_ALL = re.compile(
    r"^\W*(?:(?:honestly|tbh|ngl|so|and|but|idk|sometimes|i think|lately)\W+)*(?:i'?m|im|i am|i)"
    r" (?:just |really |honestly |seriously |kinda |sometimes |often |so )?(?:want to|wanna|wish "
    r"i could|feel like|need to|keep wanting to|dream of|fantasi[sz]e about) (?:just )?(?:run "
    r"away|escape|get away|disappear|vanish|leave)(?: from)? (?:everything|it all|all of it|"
    r"everyone and everything|everything and everyone)"
    r"(?:\W+(?:tbh|honestly|ngl|fr|lol|idk|rn|right now|sometimes|😭|😢|😔|x+))*\W*$",
    re.IGNORECASE,
)


def out_of_it_all(text: str) -> bool:
    """ "i want to run away from everything", alone."""
    plain = _plain(text)
    return _without_harm(_OUT_OF_IT_ALL, plain) and crisis_kind(plain) is None


# "can you make it stop", sent alone: our messages, or distress? Asked, never assumed.
_MAKE_IT_STOP = re.compile(
    r"^\W*(?:(?:please|pls|plz|can (?:you|u|someone|anyone)|could (?:you|u)|will (?:you|u)|just|"
    r"god|oh god|omg|someone|somebody|i need (?:you|u) to|i want (?:you|u) to)\W+)*make (?:it|this|"
    r"them) stop(?:\W+(?:please|pls|plz|now|already|x+))*\W*$",
    re.IGNORECASE,
)
# What they want stopped, told: something inside them, or our messages.
STOP_INSIDE = re.compile(
    r"\b(?:thoughts?|voices?|pain|hurt\w*|feel\w*|everything|it all|all of it|life|living|"
    r"crying|panic\w*|anxiety|head|brain|mind|memor(?:y|ies)|flashbacks?|nightmares?|me|myself|"
    r"being alive|sadness|loneliness|depression|urges?|world|this|everyone|them)\b",
    re.IGNORECASE,
)
STOP_OURS = re.compile(
    r"\b(?:reminders?|messages|msgs|texts|texting|messaging|notifications?|nudges?|check[- ]?ins?|"
    r"the bot|this bot|this app|mindlink|(?:you|u|ur|your) (?:texting|messaging|sending))\b",
    re.IGNORECASE,
)


def make_it_stop(text: str) -> bool:
    """ "can you make it stop", "please make it stop", sent alone: it names nothing to stop."""
    return bool(_MAKE_IT_STOP.match(_plain(text)))


# "i cant cope", said alone of the load they carry: "so exhausted i cant cope, is there any
# support for carers".
_CANT_COPE = re.compile(
    r"\b(?:i )?(?:really |just |honestly )?(?:can'?t|cant|cannot|can not) cope(?: any ?more| "
    r"with (?:it|this|all this|everything|the caring|looking after \w+))?\b",
    re.IGNORECASE,
)


def only_cant_cope(text: str) -> bool:
    """ "i cant cope" is the only word of doubt in the message, with no crisis words."""
    plain = _plain(text)
    if not _CANT_COPE.search(plain) or crisis_kind(plain):
        return False
    return not is_doubtful(_CANT_COPE.sub(" ", plain))


def is_doubtful(text: str) -> bool:
    """Words that could mean thoughts of suicide and deserve a direct, caring question."""
    text = _plain(text)
    if any(p.search(text) for p in _DOUBT) or _NEGATED.search(text):
        return True
    return settling_affairs(text)  # "paid back what i owed, deleted my socials"


# A hint of harm too slight to be told as a crisis, which keeps a faint reading from being
# answered as a calm message: "i took my whole prescription", "used the compass from my maths
# set on my thighs today".
_HARM_HINT = re.compile(
    r"\b(?:took|taken|swallowed|had|downed)\b.{0,20}\b(?:whole|entire|all (?:of )?(?:my|the)|the "
    r"(?:lot|rest)|every (?:one|pill|tablet))\b.{0,20}\b(?:prescription|pills?|tablets?|meds|"
    r"medication|box|packet|pack|bottle|blister)\b|"
    r"\b(?:on|into|across|along|down) my (?:thighs?|arms?|wrists?|legs?|stomach|tummy|hips?|"
    r"skin|ankles?|chest)\b|\b(?:compass|razor|blade|sharpener|scissors|lighter)\b.{0,30}\b"
    r"(?:on|into|across|at) (?:my|me)\b",
    re.IGNORECASE,
)


def harm_hinted(text: str) -> bool:
    """Medicine taken all at once, or a tool or a mark on the body, hinted at."""
    return _HARM_HINT.search(text.replace("’", "'")) is not None


def nothing_worrying(text: str) -> bool:
    """No crisis told in so many words and no doubtful word: what explains a message away can
    count only then."""
    return crisis_kind(text) is None and not is_doubtful(text)
