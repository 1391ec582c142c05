"""A lexical safety net under the model: explicit first-person crisis phrases and
doubtful phrases that deserve a clarifying question. High precision by design; the
model carries recall for indirect wording."""

from __future__ import annotations

import re
from collections.abc import Callable

_I = r"(?:i|im|i'm|i am|ive|i've|i have|i was|i will|i'll|ill|i keep|i just|i really|me)"

# Who hurts them: "he", "my stepdad", "my sister's boyfriend".
_ABUSER = (
    r"\b(?:he|she|they|my (?:\w+'?s )?(?:husband|wife|partner|boyfriend|bf|girlfriend|gf|dad|"
    r"father|mum|mom|mother|step-?dad|stepfather|step-?mum|step-?mom|stepmother|ex|uncle|brother|"
    r"sister|grandad|grandpa|carer|fianc[eé]e?|son|daughter|parents?))"
)

# An overdose told as taken.
_OVERDOSE: tuple[str, ...] = (
    r"\b(?:took|taken|swallowed|downed) (?:a (?:bunch|lot|load|handful) of|"
    r"too many|loads of|[1-9]\d+|"
    r"a (?:whole )?(?:box|bottle|pack|packet|strip) of) "
    r"(?:\w+ )?(?:pills|tablets|meds|painkillers|paracetamol)\b",
    # "i took all my tablets" (but not "all my tablets for today")
    r"\b(?:took|taken|swallowed) all (?:of )?(?:my|the) (?:\w+ )?"
    r"(?:pills|tablets|meds|painkillers|paracetamol)\b"
    r"(?! (?:for|this|today|tonight|on time|as)\b)",
    r"\b(?:i'?ve|i have|i just|just) (?:overdosed|od'?d)\b",
    # "i took 30 of my sleeping pills", "i think i took too much", "already took them all"
    r"\b(?:took|taken|swallowed|downed|necked) (?:like |about |around |maybe |nearly |over |"
    r"almost )?(?:[1-9]\d+(?! ?(?:hours?|hrs?|h\b|mins?|minutes?|days?|weeks?|months?|years?|"
    r"secs?|seconds?|goes|tries|attempts|photos|pics|shots|steps|%|percent|pounds|quid|dollars|"
    r"euros|bucks|p\b|mph|km|miles|points|wickets|runs|tests|people|calls|orders|questions|"
    r"exams?|kg|lbs?|cm|mm|ml|litres?|bags|boxes of (?:stuff|things))\b)|"
    r"(?:half )?(?:a|the|my|her|his|their) (?:whole |entire |full )?(?:packet|"
    r"pack|box|bottle|strip|tub|blister|jar) of|a (?:heap|ton|load|bunch|handful|lot) of|"
    r"heaps of)\b",
    # alcohol with sleeping pills or benzodiazepines: breathing can stop
    r"\b(?:drank|drunk|had|downed)\b.{0,30}\b(?:vodka|whisky|whiskey|wine|gin|rum|bottle|"
    r"beers?|cans)\b.{0,40}\b(?:took|taken|swallowed|popped|had)\b.{0,25}\b(?:xanax|valium|"
    r"diazepam|benzos?|sleeping (?:pills|tablets)|pills|tablets|oxy\w*|codeine)",
    r"\b(?:i|i'?ve|i have|just|already) (?:think i )?(?:took|taken|had) too (?:much|many)\b",
    r"\b(?:injected|took|taken|had|did) (?:way |far |a lot )?(?:too much|extra|loads of|all my) "
    r"insulin\b",
    r"\b(?:took|taken|had|swallowed) (?:a few |a couple |way |far |several |quite a few )?too "
    r"many (?:of )?(?:my |the |those |his |her )?(?:\w+ ){0,2}(?:pills|tablets|meds|painkillers|"
    r"paracetamol)\b",
    r"\b(?:i )?(?:already |just )?took (?:them|it|the lot)\b.{0,12}\b(?:all|every one)\b",
    r"\b(?:i )?(?:took|taken|had) an overdose\b|\bi overdosed\b",
    # sedatives with drink, either way round: "took some of my sleeping tablets after too much
    # to drink", "a few of my diazepam on top of the wine", "mixed my tramadol with wine"
    r"\b(?:took|taken|had|popped|mixed|necked|swallowed)\b.{0,30}\b(?:sleeping (?:pills|tablets)|"
    r"diazepam|valium|xanax|benzos?|tramadol|codeine|oxy\w*|zopiclone|pregabalin|gabapentin|"
    r"co-?codamol|temazepam|lorazepam|clonazepam|alprazolam|morphine|fentanyl|methadone|"
    r"dihydrocodeine|zolpidem)\b.{0,40}\b(?:wine|vodka|beers?|drink|drinks|drinking|drunk|"
    r"alcohol|booze|gin|whisky|whiskey|rum|cans|cider|lager)\b|"
    r"\b(?:drank|drunk|drinking|too much to drink|had (?:a lot|loads|way too much) to drink)\b"
    r".{0,50}\b(?:took|taken|had|popped|necked|swallowed)\b.{0,25}\b(?:sleeping (?:pills|"
    r"tablets)|diazepam|valium|xanax|benzos?|tramadol|codeine|oxy\w*|zopiclone|pregabalin|"
    r"gabapentin|co-?codamol|temazepam|lorazepam|clonazepam|morphine|zolpidem)\b",
    # "just swallowed the whole packet": the pills need no name
    r"\b(?:swallowed|took|taken|necked) (?:the|a|my) (?:whole|entire|full) (?:packet|pack|box|"
    r"strip|blister|tub)\b(?! of (?:crisps|sweets|biscuits|chocolates?|cereal|cookies|gum|haribo|"
    r"popcorn|nuts|tissues|tea ?bags)\b)",
)

# Poison swallowed: "i drank bleach", "took rat poison".
_POISON = (
    r"\b(?:drank|drunk|swallowed|took|taken|ate|eaten|downed|had) (?:some |a (?:bottle|cup|"
    r"glass|mouthful|bit|load|lot) of |the |a whole bottle of )?(?:bleach|rat poison|poison|"
    r"anti-?freeze|weed ?killer|pesticide|paraquat|drain cleaner|rat bait|slug pellets|sniper|"
    r"phenyl|harpic|insecticide|kerosene|paraffin|dettol|toilet cleaner|rat killer|"
    r"organophosphate|tick poison)\b|\bi don (?:drink|take|swallow|chop) (?:sniper|poison|"
    r"snipper|rat poison)\b"
)

# A hand or a ligature at their neck, from someone else: "he had his hands round my neck",
# "grabbed me by the throat", "he choked me out". Not "this tie is choking me", "choking me up"
# or "choking on laughter".
_BY_SOMEONE = (
    r"\b(?:he|she|they|someone|somebody|a (?:man|guy|woman|stranger|lad|boy)|my (?:\w+ )?"
    r"(?:husband|wife|partner|boyfriend|bf|girlfriend|gf|ex|dad|father|mum|mom|mother|stepdad|"
    r"stepmum|step-?dad|step-?mum|brother|sister|uncle|son|daughter|carer|flatmate|roommate))\b"
    r"(?:\W+\w+){0,4}?\W+"
)
STRANGLING = (
    r"\b(?:his|her|their) (?:hands?|fingers) (?:(?:were|was|went|is|are) )?(?:a?round|on|over|"
    r"against|at) my (?:neck|throat)\b|"
    r"\b(?:strangl\w*|throttl\w*) me\b|\bchoked me (?:out|unconscious|till|until)\b|"
    r"\b(?:tried|trying|tries|try) to (?:strangle|choke|throttle|suffocate|smother) me\b|"
    + _BY_SOMEONE
    + r"(?:grabbed|grabs|grabbing|held|holds|holding|pinned|pins|pinning|squeezed|squeezes|"
    r"squeezing|gripped|grips|gripping|had|has|took|put (?:his|her|their) hands? (?:a?round|on))"
    r" (?:me )?(?:by )?(?:my|the) (?:neck|throat)\b|"
    + _BY_SOMEONE
    + r"chok(?:ed|es|ing) me\b(?! up\b)|"
    + _BY_SOMEONE
    + r"(?:put|held|pressed|pushed) (?:a )?pillow (?:over|on) my face\b"
)

CRISIS_PATTERNS: dict[str, tuple[str, ...]] = {
    # Checked first: the most urgent kind decides the answer (an emergency number).
    "danger": (
        *_OVERDOSE,
        # a stimulant and a racing heart, a seizure: a medical emergency, not a panic attack
        r"\b(?:meth|coke|cocaine|speed|mdma|molly|ket|ketamine|xanax|fent\w*|heroin|crack|drugs|"
        r"pills|adhd (?:meds|medication|pills|tablets)|adderall|ritalin|elvanse|vyvanse|concerta|"
        r"methylphenidate|caffeine (?:pills|tablets)|pre-?workout|energy drinks)\b.{0,80}"
        r"\b(?:heart (?:is |keeps )?(?:racing|pounding|skipping)|chest pains?|"
        r"can'?t breathe|seizure|fitting|overheating|passing out)",
        r"\b(?:i'?m|i am|im) not safe\b",
        r"\bi (?:don'?t|do not) feel safe\b",
        # "i cant keep myself safe", "not sure i can stay safe tonight": in their own words
        r"\b(?:can'?t|cannot|can not|don'?t think i can|not sure i can|unable to) "
        r"(?:keep|stay) (?:myself )?safe\b",
        r"\b(?:someone|somebody|a man|a guy|he|she|they)(?:'s| is| are)? "
        r"(?:following|chasing) me\b",
        # followed as they write: "im being followed home right now", "a car is following me"
        r"^(?!.*\b(?:insta\w*|ig|tiktok|twitter|snap\w*|youtube|twitch|online|followers|"
        r"account|page|bots|luck)\b)(?:.*\b(?:i'?m|im|i am|i think i'?m|i think im)\s+(?:being|"
        r"getting) (?:followed|chased)\b|.*\b(?:some (?:guy|man|bloke|lads?|men)|a (?:car|van|"
        r"stranger|group of \w+)|two (?:men|guys|lads))(?:'s| is| are)? (?:following|chasing) "
        r"me\b)",
        r"\b(?:has|have|got) a (?:gun|knife) (?:and|to)\b",
        _POISON,  # bleach or weedkiller swallowed: a medical emergency whatever the intent
        r"\bi'?m in danger\b",
        r"\bhelp me (?:please )?(?:now|right now)\b",
        r"\bcan'?t breathe\b.*\bchest\b",
        # carbon monoxide: a running engine in a closed space
        r"\b(?:sat|sitting|lying|i'?m) (?:here )?in (?:the|my) car\b.{0,40}\b(?:garage\b.{0,40}"
        r"\bengine (?:running|on)|engine (?:running|on)\b.{0,40}\bgarage)\b",
        r"\b(?:hose|pipe|tube) (?:from|on|to) the exhaust\b",
        # at the edge of a height, or about to step in front of a train
        r"\b(?:i'?m|im|i am|sitting|sat|standing|stood)\b.{0,25}\b(?:on|at|over) (?:the )?(?:edge|"
        r"ledge|railings?|wrong side) of (?:the |a |this |that )?(?:multi-?stor(?:e)?y|car ?park|"
        r"roof|bridge|cliff|building|balcony|tower|platform|flyover|overpass)",
        r"\b(?:step|jump|walk|throw myself) (?:off the platform|in front of (?:a|the|the next) "
        r"(?:train|bus|lorry|truck|car)s?)\b",
        r"\b(?:going to|gonna|i'?ll|about to|i will) step off(?:\W*$| the (?:platform|edge|ledge|"
        r"roof|bridge))",
    ),
    "suicidal": (
        # a supply bought or at hand and all of it to be taken: "bought paracetamol and vodka,
        # gonna take the lot tonight", "got some paracetamol, going to take all of it later"
        r"^(?=.*\b(?:pills|tablets|paracetamol|meds|medication|painkillers|sleeping pills|"
        r"co-?codamol|ibuprofen|sertraline|insulin)\b).*\b(?:gonna|going to|will|i'?ll|about to|"
        r"plan(?:ning)? to|finna|want to|wanna)\s+(?:just\s+)?(?:take|swallow|down|neck)\s+"
        r"(?:the (?:whole )?lot|them all|all of (?:it|them)|everything)\b",
        # hastening a death already coming: "the diagnosis is terminal, i want to speed it up"
        r"^(?=.*\b(?:terminal|dying|diagnos\w*|cancer|illness|disease)\b).*\b(?:speed|hurry)"
        r" (?:it|things|the end|this) (?:up|along)\b",
        # a crash meant: "gonna drive into a wall on the motorway tonight"
        r"\b(?:gonna|going to|will|i'?ll|want to|wanna|about to|plan(?:ning)? to|thinking of|"
        r"thinking about) (?:just )?(?:drive|driving|crash|crashing|steer|steering) (?:my car |the "
        r"car )?(?:into|off) (?:a|the) (?:wall|tree|bridge|lorry|truck|cliff|river|barrier|"
        r"oncoming)\b",
        # slang for leaving life: "finna dip for good tonight", "about to dip out of this world"
        r"\bdip(?:ping)? (?:out )?(?:for good|of (?:this|the) (?:world|life|earth)|out of life)\b",
        # "stood on the bridge thinking about jumping. how was your day lol"
        r"\b(?:thinking|thought|think) (?:about|of) (?:jumping|throwing myself|hanging myself|"
        r"drowning myself)(?=\W*$|\s*[.,!;]|\s+(?:off|from|in front)\b)",
        # a whole supply, planned: "gonna swallow every pill in the cupboard tonight"
        r"\b(?:going to|gonna|will|i'?ll|about to|plan(?:ning)? to|want to|wanna|finna)\s+"
        r"(?:just\s+)?(?:swallow|take|down|neck|od on)\s+(?:every|all (?:of )?(?:my|the|these|"
        r"those|his|her)|the (?:whole|entire) (?:box|bottle|pack|packet|strip|lot) of)\s+"
        r"(?:\w+\s+)?(?:pills?|tablets?|meds|medication|painkillers|paracetamol|sertraline|"
        r"citalopram|fluoxetine|codeine|co-?codamol|ibuprofen|aspirin|antidepressants|"
        r"sleeping pills|insulin)\b",
        # how it would be done, thought through: "well, i've thought about how i'd do it"
        r"\b(?:thought|thinking|think|planned|planning|worked out) (?:about |of |out )?how "
        r"(?:i'?d|i would|i'?ll|i will|i could|to) (?:do it|end it|end my life|kill myself|go "
        r"through with it)\b",
        # other languages and pidgins people text in
        r"\b(?:gusto ko na(?:ng)?|ayoko na(?:ng)?) (?:mamatay|mabuhay)\b|\bpagod na ako mabuhay\b|"
        r"\bmagpapakamatay\b|\bpapatayin ko (?:na )?ang sarili ko\b",
        r"\b(?:me )?quiero (?:morir|matar|suicidar)\w*|\bno quiero (?:vivir|seguir viviendo)\b|"
        r"\bquiero desaparecer\b|\bquero morrer\b|\bme matar\b",
        r"\bje (?:veux|voudrais) (?:mourir|en finir|me tuer|me suicider)\b|"
        r"\bje (?:ne )?veux plus vivre\b|\ben finir\b",
        r"\bmarna (?:hai|chahta|chahti)\b|\bjeena nahi\b|\bkhudkushi\b|\bmar jaana\b|"
        r"\bmar jaun\b|\bzinda nahi rehna\b",
        r"\b(?:bidi|bghit|ayza|ayez|abi|badi|biddi) (?:n?mout|amot|amoot|amout|mout)\b|"
        r"\bmafi fayda\b",
        r"\bi (?:wan|wan to|wanna) die\b|\bi go kill (?:myself|my self)\b",
        r"\bkill(?:ing)? my ?self\b",
        r"\bkms\b",
        r"\bsuicid",
        r"\bend(?:ing)? (?:my|it) all\b",
        r"\bend(?:ing)? my life\b",
        r"\btake my (?:own )?life\b",
        r"\bunalive (?:my ?self|me)\b",
        r"\b(?:want|wanna|going|gonna|ready|plan(?:ning)?) to die\b",
        r"\bwish i (?:was|were) dead\b",
        r"\bbetter off (?:dead|without me)\b",
        r"\bno reason to (?:live|be alive|go on)\b",
        r"\bdon'?t want to (?:live|be alive|exist|wake up)\b",
        r"\bnot want(?:ing)? to (?:live|be alive)\b",
        r"\bhang(?:ing)? my ?self\b",
        r"\bjump(?:ing)? off (?:a|the) (?:bridge|building|roof)\b",
        r"\bwrote (?:a|my) (?:suicide )?note\b",
        r"\bsay(?:ing)? goodbye (?:to everyone|forever)\b",
        # a goodbye note: "sorry i wasn't strong enough", "if this is my last tweet"
        r"\bsorry i (?:wasn'?t|was not|couldn'?t be|am not|'?m not) strong enough\b",
        r"\b(?:if )?this (?:is|will be) my (?:very )?last (?:tweet|post|message|msg|text)\b"
        r"(?! (?:before|of the (?:day|night)|for (?:today|tonight|now|a while)|till|until|tonight|"
        r"today|for now))",
        # a whole supply at once, whatever the framing ("remind me to take all my pills at once")
        r"\b(?:take|taking|swallow|swallowing|down|downing) (?:all (?:of )?(?:my|the|these|those) "
        r"(?:\w+ )?(?:pills|tablets|meds|painkillers|paracetamol)\b.{0,20}\b(?:at once|in one go|"
        r"all together|together)|(?:a|the) whole (?:box|bottle|pack|packet|strip) of "
        r"(?:\w+ )?(?:pills|tablets|meds|painkillers|paracetamol|ibuprofen|aspirin))\b",
    ),
    "self_harm": (
        # other languages and pidgins
        r"\bnaglalaslas\b|\blaslas\b|\bme corto\b|\bme estoy cortando\b|\bme hago daño\b|"
        r"\bkhud ko (?:kaat|chot)\w*|\bje me (?:coupe|scarifie|fais du mal)\b",
        r"\bcut(?:ting)? my ?self\b",
        r"\bself[- ]?harm",
        r"\bhurt(?:ing)? my ?self\b",
        r"\bburn(?:ing)? my ?self\b",
        r"\boverdos",
        r"\bod'?d\b",
        r"\bstarted cutting again\b",
    ),
    "abuse": (
        r"\b(?:pati|husband|shauhar|mard|papa|baap|sasur)\b.{0,25}\b(?:maarta|marta|peetta|pitai|"
        r"maar dunga|maar dega)\b|\bsinasaktan (?:ako|niya ako)\b|\bbinubugbog\b|"
        r"\bdey beat me\b|\bme (?:pega|golpea|maltrata)\b|\bme toca\b.{0,30}\b(?:noche|miedo)\b",
        # a threat to kill, from someone there now: "hes outside the door shouting hes going to
        # kill me", "he's breaking the door down", "hiding in the closet with my kids"
        r"\b(?:outside|at) (?:my|the) (?:door|window|house|flat|room)\b.{0,60}\b(?:going to|gonna|"
        r"will|'ll|says? (?:he|she|they)(?:'ll| will| is going to|'s going to|'s gonna)) (?:kill|"
        r"stab|shoot|hurt|get) me\b|"
        r"\b(?:going to|gonna|will|'ll) (?:kill|stab|shoot|hurt) me\b.{0,60}\b(?:outside|at) "
        r"(?:my|the) (?:door|window|house|flat|room)\b|"
        r"\b(?:he|she|they)(?:'s|'re| is| are) (?:breaking|kicking|smashing|bashing) (?:down )?"
        r"(?:the|my|our) (?:door|window)s?\b|"
        r"\b(?:i'?m|im|i am|we'?re|we are) hiding (?:in|under|behind) (?:the|my|a|our) \w+ (?:with "
        r"(?:my|the) (?:kids|children|baby|son|daughter)|from (?:him|her|them|my (?:dad|father|"
        r"husband|boyfriend|partner|mum|mom|stepdad|stepmum|ex|brother|uncle|wife|girlfriend)))\b",
        # coercive threats: "if i leave he'll take the kids and kill himself"
        r"\bif i (?:leave|left|go|tell (?:anyone|someone|the police))\b.{0,50}\b(?:kill me|hurt me|"
        r"take (?:the|my) (?:kids|children))",
        # "my ex punched me", "my dad still hits me", "he threw a plate at my head"
        rf"{_ABUSER}\s+(?:(?:still|again|always|keeps?|sometimes|just|has|had|then|also|even|"
        r"literally|once) )*(?:hits?|hitting|beats?|beating|hurts|hurting|chok\w*|strangl\w*|"
        r"kick(?:s|ed|ing)?|punch(?:es|ed|ing)?|slap(?:s|ped|ping)?|shoved|pushed|rapes?|raped|"
        r"touch(?:es|ed)|smacked|whipped|belted|headbutted|dragged|pinned|burn(?:t|ed)) me\b"
        r"(?! (?:up|out|off|to|into|at|by)\b)",
        rf"{_ABUSER}\s+(?:\w+ )?(?:threw|throws|thrown) (?:a|an|the|his|her|my|something|things|"
        r"stuff) (?:\w+ )?at (?:me|my (?:head|face))\b",
        rf"{_ABUSER}\s+(?:\w+ )?(?:broke|fractured|cracked|bruised) my (?:nose|wrist|arm|jaw|ribs?|"
        r"fingers?|tooth|teeth|collarbone|eye socket|skull)\b",
        r"\b(?:being|been|was|am|i'm) (?:abused|raped|assaulted|molested|beaten)\b",
        # a likely assault when drugged: "woke up with my jeans off and a guy i dont know"
        r"\bwoke up (?:with(?:out)? my (?:clothes|jeans|pants|knickers|underwear|trousers|"
        r"top|dress|skirt)(?: off| gone| missing)?|naked|undressed)\b.{0,80}\b(?:don'?t|dont|"
        r"didn'?t|can'?t|cant) (?:know|remember)\b|\b(?:don'?t|dont|can'?t|cant) remember\b"
        r".{0,80}\bwoke up (?:with(?:out)? my (?:clothes|jeans|pants|knickers|underwear|"
        r"trousers)|naked|undressed|next to (?:a|some) (?:guy|man|stranger|bloke))",
        r"\b(?:my|i think my|someone) (?:drink was|drink got|drinks were) spiked\b|"
        r"\bi (?:was|got) spiked\b",
        r"\bnot safe at home\b",
        r"\bafraid (?:to go|of going) home\b",
        # control: money taken, kept in, cut off ("my son takes my pension and will not let me
        # out of the house"), and fear of being found out for telling
        r"\b(?:takes?|took|taking|keeps?|kept) (?:all )?my (?:pension|benefits|bank ?cards?|"
        r"wages|money|passport)\b.{0,80}\b(?:won'?t|wont|will not|doesn'?t|does not) let me\b|"
        r"\b(?:won'?t|wont|will not|doesn'?t|does not) let me (?:out|leave|go out|use the "
        r"(?:tele)?phone|see (?:anyone|my \w+))\b.{0,80}\b(?:takes?|took|keeps?) my "
        r"(?:pension|benefits|money)\b",
        r"\b(?:frightened|scared|afraid|terrified) (?:to tell|of telling) (?:anyone|anybody|"
        r"someone)\b.{0,30}\b(?:in case|because|cos|coz) (?:he|she|they) (?:finds?|will find|"
        r"'?ll find) out\b",
        # hiding from someone now: "im scared he'll hear me if i call", "banging on my door"
        r"\b(?:scared|afraid|frightened|terrified|worried) (?:that )?(?:he|she|they)(?:'ll| will|"
        r" might|'d| would| can) hear me\b",
        r"\b(?:he|she|they)(?:'s|'re| is| are) (?:banging|hammering|pounding|kicking) on "
        r"(?:my|the) (?:bedroom |bathroom |room )?door\b",
        r"\bthreaten(?:s|ed|ing)? to (?:kill|hurt) me\b",
        # stalked or tracked: "my ex keeps finding out where i am", "he turned up at my new job
        # even after i changed my number", "she put a tracker on my car"
        r"\b(?:my ex|ex|he|she|this (?:guy|man|woman|girl)|some(?:one| guy| man))(?:'s| is| has)? "
        r"(?:still |always )?(?:keeps?|kept) (?:finding out|working out|figuring out|knowing) "
        r"where i (?:am|live|work|go)\b|"
        r"\b(?:my ex|ex|he|she|this (?:guy|man|woman|girl)|some(?:one| guy| man))(?:'s| is)? "
        r"(?:still |always )?(?:keeps?|kept) (?:turning|showing) up (?:at|outside) my\b|"
        r"\b(?:my ex|he|she|my (?:boyfriend|girlfriend|partner|husband|wife))(?:'s| is)? "
        r"(?:tracking|tracks|tracked|checks|checking) my (?:phone|location|car|every move)\b|"
        r"\b(?:put|found|there'?s) a (?:tracker|tracking device|airtag) (?:on|in|under) my\b|"
        r"\bafter i (?:changed my (?:number|phone)|blocked (?:him|her|them)(?: everywhere)?|moved "
        r"(?:house|out|away))\b.{0,80}\b(?:turned up|showed up|found me|outside my|still "
        r"(?:messag|text|call)\w*)\b|"
        r"\b(?:turned up|showed up|found me)\b.{0,80}\bafter i (?:changed my (?:number|phone)|"
        r"blocked (?:him|her|them)|moved (?:house|out|away))\b",
        STRANGLING,
    ),
}

_SOMEONE = (
    r"\b(?:someone|somebody|a (?:guy|girl|person|kid|stranger|lad|boy) (?:on|in) (?:a |my )?\w+|"
    r"(?:my|a|his|her|our) (?:(?:best|close|good|little|big|older|younger|lil|twin|teen|teenage|"
    r"eldest|youngest|oldest|\d{1,2}[- ]?(?:yo|y/o|(?:year|yr)s?[- ]old)) )?"
    r"(?:friend|bestfriend|bff|padi|mate|cousin|brother|sister|son|daughter|partner|flatmate|"
    r"roommate|"
    r"boyfriend|girlfriend|husband|wife|mum|mom|dad|colleague|student|kid|child|bestie|"
    r"nan|nana|nanna|gran|granny|grandma|grandmother|grandad|granddad|grandpa|grandfather|"
    r"aunt|auntie|aunty|uncle|niece|nephew|neighbou?r|stepmum|stepmom|stepdad|mother|father))"
    r"(?:'?s)?\b"  # "my friends boyfriend hits her"
)
THIRD_PARTY = re.compile(
    _SOMEONE + r".{0,60}\b(?:kill (?:him|her|them)sel(?:f|ves)|suicid|wants? to die|"
    r"wish(?:es|ed)? (?:she|he|they) (?:was|were) dead|"
    r"(?:will|gonna|going to|wants? to|threaten\w* to) (?:jump|end (?:it|(?:his|her|their) "
    r"(?:own )?life))|take (?:his|her|their) (?:own )?life|"
    r"threaten\w* to (?:shoot|hang|stab|kill|hurt|drown|poison) (?:him|her|them)sel(?:f|ves)|"
    r"(?:cut|slit|slashed|sliced) (?:his|her|their) (?:wrists?|arms?|legs?|throat)|"
    r"giving (?:away (?:his|her|their) (?:\w+ )?(?:things|stuff|belongings)|(?:his|her|their) "
    r"(?:\w+ )?(?:things|stuff|belongings) away)|"
    r"talk(?:s|ed|ing)? about (?:ending it|ending (?:his|her|their) (?:own )?life|killing "
    r"(?:him|her|them)sel(?:f|ves)|suicide|not being (?:here|around|alive)|not wanting to (?:be "
    r"alive|live|be here|be around|go on)|wanting to die)|"
    r"(?:will|gonna|going to|wants? to|threaten\w* to) (?:drink|take|swallow) (?:the |some |a )?"
    r"(?:pesticide|poison|bleach|weed ?killer|anti-?freeze)|"
    r"(?:has |have |just )?(?:consumed|drank|drunk|swallowed|taken|took|ate|eaten) (?:some |a "
    r"bottle of |the )?(?:pesticide|poison|bleach|weed ?killer|anti-?freeze|phenyl|harpic|sniper|"
    r"insecticide|rat poison|kerosene|dettol|toilet cleaner)|"
    r"(?:say|said|says) (?:him|her|dem|e|she|he) (?:wan|want to|wants to) kill (?:him|her|dem)self|"
    r"(?:is|'s) done with (?:everything|life|it all)|"
    r"(?:'d|would) be better off (?:dead|gone|without)|better off dead|"
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
    r"\b(?:has|just|already) (?:taken|took|overdosed)\b|\boverdosed\b|"
    r"\b(?:took|taken|swallowed) (?:all|a (?:bunch|lot|load|handful) of|loads of|too many) "
    r"(?:of )?(?:his|her|their) |"
    r"\b(?:he|she|they)(?:'s|'ve)? (?:just |has |have )?(?:took|taken|swallowed|downed) "
    r"(?:a whole (?:bottle|"
    r"box|pack|packet)|all (?:of )?(?:his|her|their|the)|[1-9]\d+)\b|"
    r"\b(?:will|gonna|going to|threaten\w* to|about to|trying to) (?:jump|end (?:it|"
    r"(?:his|her|their) (?:own )?life))\b.{0,30}\b(?:today|tonight|now|rn)\b|"
    r"\b(?:will|gonna|going to|threaten\w* to|says? (?:he|she|they)(?:'ll| will)) (?:drink|"
    r"swallow|take) (?:the |some )?(?:pesticide|poison|bleach|weed ?killer|anti-?freeze)\b|"
    r"\blocked (?:him|her|them)sel(?:f|ves) in\b|"
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
    r"end(?:ing)? it)|"
    r"\b(?:goodbye|suicid|overdos|pills|done with everything|end(?:ing)? it)\b.*"
    r"\b(?:isn'?t|not|won'?t|doesn'?t) "
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
    r"(?:he|she|they) (?:said|says|told me|texted|messaged)|is being|are being)\b",
    re.IGNORECASE,
)
# "a friend of mine is being abused by her boyfriend": someone else is being hurt.
THIRD_PARTY_ABUSE = re.compile(
    _SOMEONE + r".{0,60}\b(?:(?:being|been|is|was|gets|getting) (?:abused|beaten|hit|raped|"
    r"assaulted|hurt|controlled|molested|touched|neglected|mistreated)|(?:hits|beats|abuses|hurts|"
    r"chokes|controls|threatens|touches|touched|molests|rapes|raped|hitting|beating|abusing|"
    r"hurting|slapping|pushing|kicking|punching|neglecting|mistreating) (?:her|him|them)\b)",
    re.IGNORECASE,
)
# Feeling what the other person feels: "i feel the same way sometimes", "same here".
_SAME_WAY = (
    r"\bi (?:feel|felt|get|think|have felt|'ve felt|have been feeling|'ve been feeling) (?:the "
    r"same(?: way)?|like that|that way|like (?:her|him|them))\b|\bsame (?:here|for me)\b|"
    r"^\W*me too\b"
)
FIRST_PERSON_OVERRIDE = re.compile(
    r"\b(?:i|me|myself)\b.{0,40}\b(?:too|also|as well)\b|\bif i (?:leave|left|go|tell)\b|"
    + _SAME_WAY,
    re.IGNORECASE,
)


def same_for_me(text: str) -> bool:
    """ "honestly i feel the same way sometimes", told about someone who wants to die."""
    return bool(_SAME_FOR_ME.search(_plain(text)))


_SAME_FOR_ME = re.compile(_SAME_WAY + r"|\bi (?:do|have) too\b", re.IGNORECASE)

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
    r"(?:app|bot|service|chat|exercise|check-?ins?|reminders?|breathing|diet|gym|homework)\b|"
    r"(?:you|u)\b))",
    r"\bno point (?:in )?(?:anything|living|trying|going on|carrying on)\b",
    r"\b(?:sick|tired) (?:and tired )?of (?:living|life|being alive)\b",
    r"\bwish (?:it|everything|this|life|it all) (?:was|were|would be) (?:all )?over\b",
    r"\bjust in case (?:it|things|life|everything) gets? (?:too much|too hard|worse|unbearable)\b|"
    r"\b(?:maybe|for) when (?:it|things|life) gets? (?:too much|too hard|worse|unbearable)\b",
    r"\bgusto ko na(?:ng)? mawala\b",
    r"\b(?:don'?t|dont|do not|can'?t|cant|no longer) see (?:the |any )?point (?:in |of )?(?:living|"
    r"going on|being alive|life|carrying on|being here|anything)\b",
    # a poison asked about: "how long does it take for antifreeze to work" (not for the car,
    # the garden or the rats, which are said)
    r"^(?!.*\b(?:car|engine|radiator|coolant|garden|lawn|weeds|patio|drive|rats?(?! poison)|"
    r"mice|mouse|slugs|pests?|mould|mold|grout|toilet|dog|cat|pet|puppy|kitten)\b).*"
    r"\b(?:how (?:long|much|many|quickly|fast)|what happens (?:if|when) (?:you|u|i|someone|"
    r"a person) (?:drinks?|swallows?|eats?|takes?))\b.{0,40}\b(?:anti-?freeze|rat poison|"
    r"cyanide|arsenic|strychnine|paraquat|bleach|weed ?killer|pesticide)\b",
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
    r"\bwant to disappear\b(?! (?:to|off to|on (?:holiday|a trip|an island))\b| for a (?:week|"
    r"month|year|weekend|few days|couple of (?:days|weeks))\b)",
    r"\bdisappear forever\b",
    r"\bno way out\b",
    r"\btired of (?:living|life|being alive|everything)\b",
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
    r"^(?!.*\b(?:relapsed?|slipped|again|urges?|want to|wanna|thinking about|struggling|but)\b)"
    r".*(?:\bself[- ]?harm[- ]?free\b|\bsh[- ]free\b|\b(?:clean|free) (?:from|of) "
    r"(?:self[- ]?harm|sh|cutting)\b|\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|twelve) (?:days?|weeks?|months?|years?) (?:clean|free|without (?:self[- ]?harm|"
    r"cutting|sh))\b|\b(?:days?|weeks?|months?|years?) since (?:i (?:tried to (?:kill myself|"
    r"end (?:it|my life))|attempted)|my (?:suicide )?attempt)\b)",
    re.IGNORECASE,
)
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
# "just my usual", "the normal amount": the answer to that question is no.
USUAL_DOSE = re.compile(
    r"\b(?:usual|normal|regular|prescribed|right amount|just (?:my|the) (?:one|two|dose)|"
    r"as (?:normal|usual|prescribed))\b",
    re.IGNORECASE,
)
# "i need help", "please help me": a plea that says nothing of what is wrong is asked about.
_BARE_PLEA = re.compile(
    r"^(?:please |pls |plz |can (?:you|someone|anyone|u) |someone |i (?:really |just )?"
    r"need (?:some |your )?)*help(?: me)?(?: please| pls| plz)?\W*$",
    re.IGNORECASE,
)
_CRISIS = {k: [re.compile(p, re.IGNORECASE) for p in v] for k, v in CRISIS_PATTERNS.items()}

_DOUBT = [re.compile(p, re.IGNORECASE) for p in DOUBT_PATTERNS]
_NEGATED = re.compile(
    r"\b(?:not|never|don'?t|wouldn'?t|won'?t) (?:going to |gonna )?(?:kill|hurt|harm|end)\b|"
    r"\b(?:don'?t|dont|do not|never) (?:really |actually )?(?:want|wanna|wanted) (?:to )?die\b",
    re.IGNORECASE,
)
# "it was drinking not self harm", "no, not suicidal": the crisis word said to deny it.
_DENIED = re.compile(
    r"\b(?:not|wasn'?t|isn'?t|no|nothing to do with) (?:a |any )?(?:self[- ]?harm\w*|suicid\w*)",
    re.IGNORECASE,
)
# "i'm not having any thoughts of hurting myself or her": those words say no harm (the rest
# of the message still counts).
_THOUGHTS_DENIED = re.compile(
    r"\b(?:not|no|never|don'?t|dont|do not|haven'?t|havent) (?:having |have |had |got |been "
    r"having )?(?:any )?(?:thoughts?|urges?|plans?|intention\w*) (?:of|about|to) (?:hurting|"
    r"harming|killing|ending|hurt|harm|kill|end) (?:myself|my ?self|my life|it all|(?:him|her|"
    r"them|the baby|my baby|anyone)(?: or (?:myself|him|her|them|the baby|my baby|anyone))?)"
    r"(?: or (?:myself|him|her|them|the baby|my baby|anyone))?\b",
    re.IGNORECASE,
)


# Things taken, not people hurt: "i think my roommate is stealing from me".
_PROPERTY = re.compile(
    r"\b(?:steal\w*|stole|stolen|robbed|scammed|ripped off|pickpocketed|nicked|"
    r"(?:took|tak(?:e|es|ing)) my (?:money|stuff|things|charger|phone|food|clothes)|"
    # pried into: "she read my diary", "my mum went through my phone"
    r"read(?:s|ing)? my (?:diary|journal|messages|texts|emails|notes)|"
    r"(?:went|go(?:es)?|going|look(?:ed|s|ing)?) through my (?:phone|stuff|things|room|bag|"
    r"messages|texts|diary|drawers)|snoop\w*)\b",
    re.IGNORECASE,
)
_HARM_WORDS = re.compile(
    r"\b(?:hit\w*|hurt\w*|threat\w*|kill\w*|weapon|knife|gun|attack\w*|follow\w*|broke in|"
    r"break\w* in|scared|afraid|terrified|danger\w*|unsafe|safe|hiding|die|dead|suicid\w*|"
    r"end it|myself)\b",
    re.IGNORECASE,
)


# Hurt or danger, fear aside: what turns dread or heartbreak into something to ask about.
_HARM_NOT_FEAR = re.compile(
    r"\b(?:hit\w*|hurt\w*|threat\w*|kill\w*|weapon|knife|gun|attack\w*|follow\w*|broke in|"
    r"die|dead|suicid\w*|end it|abus\w*|unsafe|danger\w*|rap(?:e|ed)|chok\w*|strangl\w*|"
    r"push(?:ed)? me|grab\w* me|punch\w*|slap\w*|kick\w*|beat\w*)\b",
    re.IGNORECASE,
)
# Heartbreak told plainly: "he cheated on me and left", "she says she doesnt love me anymore".
_HEARTBREAK = re.compile(
    r"\b(?:cheat(?:ed|ing)? on me|broke up with me|dumped me|left me|walked out|"
    r"(?:doesn'?t|does not|dont|don'?t) love me(?: any ?more)?|(?:fell|falling) out of love|"
    r"we (?:broke|split) up|ended (?:things|it) with me|ghosted me|wants? a divorce|"
    r"asked (?:me )?for a divorce|found someone else|seeing someone else|(?:has|had) an affair)\b",
    re.IGNORECASE,
)
# Dread of an ordinary event: "i have a presentation at work tomorrow and im terrified".
_DREAD_OF = re.compile(
    r"\b(?:presentation|exams?|test|interview|results|flight|flying|surgery|operation|"
    r"appointment|dentist|meeting|speech|deadline|first day|date|party|wedding|audition|viva|"
    r"smear|scan|mocks?|gcses?|a-?levels|finals|court|hearing|driving test|new job|new school|"
    r"performance|recital|match|race|assessment|review|appraisal|inspection|placement)\b",
    re.IGNORECASE,
)
_DREAD = re.compile(
    r"\b(?:terrified|scared|nervous|anxious|dreading|panick(?:ing|y)|freaking out|bricking it|"
    r"shitting it|so worried|petrified|frightened|stressing|stressed)\b",
    re.IGNORECASE,
)
# News about an illness: "they said the cancer is back", "mum's been diagnosed with dementia".
_ILLNESS_NEWS = re.compile(
    r"\b(?:cancer|tumou?r|diagnos\w*|biopsy|chemo\w*|radiotherapy|(?:scan|test|blood) results|"
    r"terminal|dementia|alzheimer'?s|parkinson'?s|motor neurone|leukaemia|leukemia|lymphoma|"
    r"in (?:hospital|intensive care|icu|a&e)|palliative|hospice|(?:had|has) a stroke|"
    r"heart failure|kidney failure|ms diagnosis|miscarr\w*)\b",
    re.IGNORECASE,
)


def harm_told(text: str) -> bool:
    """Hurt, danger or death in so many words (fear aside)."""
    return bool(_HARM_NOT_FEAR.search(_plain(text)))


# Good news about an illness: "im cancer free", "the lump was benign".
_GOOD_HEALTH_NEWS = re.compile(
    r"\b(?:cancer[- ]free|in remission|all clear|benign|clear scan|scan was clear|not cancer|"
    r"came back (?:clear|negative|fine|normal)|negative)\b",
    re.IGNORECASE,
)
_NEWLY_ILL = re.compile(
    r"\b(?:malignant|(?:it'?s|its|i have|i'?ve got|ive got|diagnosed with|he has|she has) "
    r"(?:ms|diabetes|epilepsy|lupus|crohn'?s|colitis|hiv|parkinson'?s|dementia|cancer|"
    r"leukaemia|leukemia|a tumou?r|endometriosis|arthritis|fibromyalgia|heart failure))\b",
    re.IGNORECASE,
)


def good_health_news(text: str) -> bool:
    """Good news about an illness: "im cancer free", "the lump was benign"."""
    return bool(_GOOD_HEALTH_NEWS.search(_plain(text)))


def illness_news(text: str) -> bool:
    """Bad news about an illness just told: "scan results came back, its ms"."""
    plain = _plain(text)
    if _GOOD_HEALTH_NEWS.search(plain):
        return False
    return bool(_NEWLY_ILL.search(plain) or _ILLNESS_NEWS.search(plain))


_MONEY_TROUBLE = re.compile(
    r"\b(?:bailiffs?|debt collectors?|enforcement agents?|eviction notice|ccj|final demand|"
    r"repossess\w*|in arrears|overdrawn|payday loans?)\b",
    re.IGNORECASE,
)


def everyday_hurt_only(text: str) -> bool:
    """Heartbreak, dread of an ordinary event, or news of an illness, with no harm, danger or
    wish to die in it: a hard thing to hear out, not a crisis to ask about."""
    plain = _plain(text)
    if _HARM_NOT_FEAR.search(plain) or is_doubtful(plain) or crisis_kind(plain):
        return False
    if _ILLNESS_NEWS.search(plain) and _WISHED_FOR.search(plain):
        return False  # "if i got cancer i'd be relieved": a wish, asked about
    dread = bool(_DREAD_OF.search(plain) and _DREAD.search(plain))
    money = bool(_MONEY_TROUBLE.search(plain))  # "bailiffs are coming on monday"
    return dread or money or bool(_HEARTBREAK.search(plain)) or illness_news(plain)


# Not eating, said plainly: "i haven't eaten in 2 days" (asked about, not assumed).
_NOT_EATING = re.compile(
    r"\b(?:haven'?t|have not|havent|not|can'?t|cant|didn'?t|barely) (?:been )?(?:eat|eaten|eating|"
    r"had (?:any(?:thing)? to eat|a (?:proper )?meal))\b(?! (?:yet|since (?:breakfast|lunch|"
    r"brekkie|this morning|midday|noon|earlier|my shift started)))",
    re.IGNORECASE,
)


# Harsh words, not harm: "my boss shouted at me in front of everyone".
_SHOUTED_AT = re.compile(
    r"\b(?:shout\w*|yell\w*|scream\w*|swore|sworn|swear\w*|snapp(?:ed|ing)|snaps? at|went off|"
    r"kicked off|(?:giving|gave|gives|give) out to me|(?:had|having|have|got into|get into) "
    r"(?:a|another|such a) (?:massive |huge |big |blazing |stupid |silly |little |proper )?"
    r"(?:row|argument|barney|bust-?up|falling out)|(?:massive|huge|big|blazing) (?:row|"
    r"argument|barney|bust-?up)|argu(?:ed|ing)|fell out|"
    r"had a go|told me off|tore into|ripped into|was (?:so |really )?rude|humiliat\w*|"
    r"belittl\w*|embarrass\w*|criticis\w*|criticiz\w*)\b",
    re.IGNORECASE,
)
# Who, outside home: harsh words from them are a bad day, not abuse to ask about.
_AWAY_FROM_HOME = re.compile(
    r"\b(?:boss|manager|supervisor|line manager|team ?lead|co-?workers?|colleagues?|"
    r"customers?|clients?|teachers?|professor|lecturer|tutor|coach|stranger|some (?:guy|man|"
    r"woman|lady|bloke)|(?:bus |taxi |uber )?driver|referee|ref)\b",
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
    r"(?:feel|feeling) (?:so |really |just )?(?:numb|empty|flat))\b",
    re.IGNORECASE,
)


def low_mood_only(text: str) -> bool:
    """Joy gone or numbness, with no word of harm or of wanting to die: asked directly."""
    return _without_harm(_LOW_MOOD, text)


def shouted_at_only(text: str) -> str | None:
    """Harsh words with no word of harm: "work" when from someone away from home (a boss, a
    teacher), "home" otherwise (a parent or partner shouting is asked about), else None."""
    plain = _plain(text)
    if not _without_harm(_SHOUTED_AT, plain):
        return None
    if (
        _CONTROLLED.search(plain)
        or _KEEP_SECRET.search(plain)
        or _SEXUAL.search(plain)
        or is_doubtful(plain)
    ):
        return None  # "we argued and he locked me in the bathroom": more than harsh words
    return "work" if _AWAY_FROM_HOME.search(plain) else "home"


# Kept in, kept from, or made to do something: control, whatever words came with it.
_CONTROLLED = re.compile(
    r"\b(?:lock(?:ed|s)? me (?:in|out)\b(?! of (?:the |my )?(?:wifi|netflix|account|xbox|"
    r"playstation|ps5|group chat))|(?:took|takes|taking|keeps?|kept|smashed|broke) my (?:phone|"
    r"keys|money|bank ?card|passport|wages)|(?:won'?t|wont|wouldn'?t|doesn'?t|didn'?t|never) "
    r"let(?:s)? me (?:leave|go|out|see|sleep|eat|talk|speak|call|have)|(?:made|makes|making) me "
    r"(?:sleep|stay|kneel|stand|apologi[sz]e|beg|strip|undress|change)|pinn?ed me|grab\w* me|"
    r"thr(?:ew|ows|own) (?:things|stuff|my|a|the)|cornered me|blocked the door)",
    re.IGNORECASE,
)


# Lost about where life is going: "idk what to do w my life fr". A question, not the answer.
_LOST_IN_LIFE = re.compile(
    r"\b(?:idk|i (?:honestly |really |just )?(?:don'?t|dont|do not) know|dunno|no idea|no clue)"
    r"\s+what (?:to do|i'?m doing|im doing|i am doing|i'?m going to do|im gonna do|i want to do)"
    r"\s+(?:w|with|w/)\s+(?:my|me|this) life\b(?! (?:savings|insurance|story|admin|plans?))",
    re.IGNORECASE,
)
_LIFE_HARM = re.compile(
    r"\b(?:die|dead|death|end|ending|kill\w*|suicid\w*|hurt\w*|harm|gone|disappear|over|"
    r"pointless|point|worthless|burden|hopeless|can'?t|cant|cannot)\b",
    re.IGNORECASE,
)


# A question about money put by: "what to do with my life savings, isa or pension?".
_SAVINGS = re.compile(
    r"\b(?:life savings|isa|isas|pension|pensions|savings account|invest\w*|index funds?|"
    r"stocks and shares|premium bonds|lump sum|inheritance)\b",
    re.IGNORECASE,
)


_SAVINGS_ASKED = re.compile(
    r"\bwhat (?:to|should i|do i|can i) do with\b|\bwhere (?:to|should i|do i) (?:put|keep|"
    r"invest)\b|\bshould i (?:put|invest|move|keep|open|get)\b|\bor\b.{0,20}\?|\?\W*$",
    re.IGNORECASE,
)
_MONEY_LOST = re.compile(
    r"\b(?:lost|lose|losing|gone|scammed|stolen|blew|wasted|debt|debts|owe|bankrupt)\b",
    re.IGNORECASE,
)


def savings_question_only(text: str) -> bool:
    """Where to put money by, asked with no word of harm, hopelessness or an end."""
    plain = _plain(text)
    return (
        bool(_SAVINGS.search(plain))
        and bool(_SAVINGS_ASKED.search(plain))
        and not _MONEY_LOST.search(plain)
        and not _LIFE_HARM.search(plain)
        and not is_doubtful(plain)
        and crisis_kind(plain) is None
    )


def lost_in_life_only(text: str) -> bool:
    """ "idk what to do with my life", with no word of harm, hopelessness or an end."""
    plain = _plain(text)
    return (
        bool(_LOST_IN_LIFE.search(plain))
        and not _LIFE_HARM.search(plain)
        and not is_doubtful(plain)
        and crisis_kind(plain) is None
    )


def quit_alone(text: str) -> bool:
    """ "i just want to quit", with nothing to say what: a direct question, not the answer."""
    return bool(_QUIT_ALONE.search(_plain(text)))


def _without_harm(told: re.Pattern[str], text: str) -> bool:
    """``told`` is in the message, and no word of anyone hurt, threatened or afraid."""
    plain = _plain(text)
    return bool(told.search(plain)) and not _HARM_WORDS.search(plain)


def property_only(text: str) -> bool:
    """Something taken or pried into, with no word of anyone hurt, threatened or afraid."""
    return _without_harm(_PROPERTY, text)


# A car, a shed or a bike broken into, or a home burgled while nobody was in: a loss, not
# someone inside with them ("someone broke into my car last week").
_BROKEN_INTO = re.compile(
    r"\b(?:broke|broken|breaking|break) in(?:to)? (?:my|our|the|his|her|their) (?:\w+ )?(?:car|van|"
    r"truck|shed|garage|bike|locker|lock-?up|storage|workshop|allotment|office|shop|caravan)\b|"
    r"\b(?:car|van|truck|shed|garage|bike|locker|caravan)\b.{0,20}\b(?:got|was|been|were) "
    r"(?:broken into|burgled|robbed|nicked|stolen|smashed)\b|"
    r"\b(?:got|was|were|been) (?:burgled|broken into)\b.{0,40}\b(?:while|when) (?:we|i) "
    r"(?:were|was) (?:away|out|on holiday|at work)\b",
    re.IGNORECASE,
)
_STILL_THERE = re.compile(
    r"\b(?:hurt\w*|hit\w*|attack\w*|threat\w*|knife|gun|weapon|still (?:here|there|inside)|"
    r"right now|rn|tonight|now|kill\w*|hiding|die|suicid\w*|myself)\b",
    re.IGNORECASE,
)


def broken_into_only(text: str) -> bool:
    """A car, shed or empty home broken into, with nobody hurt, threatened or still there."""
    plain = _plain(text)
    return bool(_BROKEN_INTO.search(plain)) and not _STILL_THERE.search(plain)


def not_eating_only(text: str) -> bool:
    """Not eating, with no word of harm or wanting to die: a question, not the full answer."""
    return _without_harm(_NOT_EATING, text)


def denies_crisis(text: str) -> bool:
    """A crisis word used to say it is not one ("it was drinking not self harm", "i dont want
    to die, i just dont want to do anything")."""
    plain = _plain(text)
    return bool(_DENIED.search(plain) or _NEGATED.search(plain) or _THOUGHTS_DENIED.search(plain))


def _plain(text: str) -> str:
    """Straight apostrophes (phones type curly ones) and single spaces."""
    return " ".join(text.replace("\u2019", "'").replace("\u2018", "'").split())


# Someone already lost to suicide: grief ("my brother killed himself last year").
_LOST_TO_SUICIDE = re.compile(
    r"\b(?:died by|died from|died of|lost (?:\w+ ){0,3}to|committed|after (?:his|her|their)) "
    r"suicide\b|\b(?:killed|hanged|hung) (?:him|her|them)sel(?:f|ves)\b|"
    r"\btook (?:his|her|their) (?:own )?life\b",
    re.IGNORECASE,
)
# Told of a character or a patient: "writing a story where the main character self harms",
# "we had a patient come in after an overdose".
_NOT_THEIR_OWN = re.compile(
    r"\b(?:writing|write|wrote|reading|read|watched|watching) (?:a |my |the |this )?(?:story|"
    r"novel|book|script|screenplay|poem|fic|fanfic|essay|play|scene|film|show|episode)\b|"
    r"\b(?:main )?characters?\b.{0,30}\b(?:self[- ]?harm\w*|suicid\w*|kills? (?:him|her|them)"
    r"sel\w*|overdos\w*)|\bpatients?\b.{0,40}\b(?:overdose|self[- ]?harm|suicid\w*|attempt)|"
    # study and work: "revising overdose management for my pharmacology exam"
    r"\b(?:revising|revision|studying|learning|lecture|exam|essay|assignment|coursework|module|"
    r"dissertation|placement|training course|teaching)\b.{0,50}\b(?:overdose|self[- ]?harm|"
    r"suicid\w*)\b(?! (?:myself|me)\b)|\b(?:overdose|self[- ]?harm|suicid\w*)\b.{0,40}\b(?:"
    r"management|guidelines?|protocols?|pharmacology|toxicology|for my (?:exam|essay|"
    r"assignment|course|module|dissertation|revision|class))\b",
    re.IGNORECASE,
)


# What a story is about: "reading a book about a girl who was abused by her dad".
_A_STORY_ABOUT = re.compile(
    "(?:" + _NOT_THEIR_OWN.pattern + r")\s+(?:about|where|in which)\b[^.!?]*", re.IGNORECASE
)


# Wanting to follow someone who died: "i want to be with him", "i just want to join her".
_FOLLOW_THEM = re.compile(
    r"\b(?:want|wanna|wish i could|going|need|ready) to (?:be with|join|go to|see) (?:him|her|them)"
    r"(?: again)?\b|\b(?:join|follow|following|joining) (?:him|her|them)\b|"
    r"\bno (?:reason|point) (?:for me )?(?:to )?(?:stay|staying|be here|being here|go on|carry on)"
    r"\b.{0,20}\bwithout (?:him|her|them)\b|"
    r"\b(?:can'?t|cant) wait to see (?:him|her|them) again\b.{0,30}\b(?:soon|hopefully)\b",
    re.IGNORECASE,
)
# Figures of speech the model can mistake for danger: "my mate hit me up", "killing it".
_IDIOM = re.compile(
    r"\bhit (?:me|us|him|her|them) up\b|\b(?:killing|killed|kill) it\b|\bdying to (?:try|see|"
    r"know|go|meet|get|tell|hear)\b|\bto die for\b|\bcould murder a\b|\bdead on my feet\b|"
    r"\b(?:phone|battery|laptop|charger)(?:'s| is)? (?:about to |going to |gonna )?(?:die|dead|"
    r"died)\b|\bdied laughing\b|\bkilling me\b|"
    # Indian English for "please do what's needed"
    r"\b(?:do|does|doing|did) the needful\b|\b(?:is|are|'s|was|were) dead to me\b|"
    # betrayal, not a knife: "stabbed in the back by my so called best friend"
    r"^(?!.*\b(?:bleed\w*|blood|knife|hospital|ambulance|wound|a&e)\b).*\bstabbed (?:me )?in "
    r"the back\b.{0,60}\b(?:so[- ]called|friends?|bestie|mate|told|secret|lied|behind my back|"
    r"betray\w*|snake|colleague|boss)\b",
    re.IGNORECASE,
)


# Stepping away for a moment: "someone at the door brb", "hang on, doorbell". Not fear of
# who it is ("someone keeps banging on the door and im scared").
_STEPPING_AWAY = re.compile(
    r"^\W*(?:(?:sorry|hang on|hold on|wait|one sec|1 sec|one min|omg|oh|ok|brb|gtg|g2g)\W+)*"
    r"(?:(?:(?:there'?s|theres)\s+)?(?:someone|somebody|someones|someone'?s|somebody'?s|the "
    r"postman|the post|a delivery|delivery|the delivery guy|my (?:mum|mom|dad|friend|mate|"
    r"neighbou?r))(?:\s+(?:is|'s))?\s+(?:at|knocking on|knocking at) the door|(?:the )?door ?bell"
    r"(?: (?:just )?(?:went|rang|is ringing|ringing))?|(?:my |the )?(?:food|takeaway|pizza|"
    r"parcel|delivery|uber eats|deliveroo)(?:'s| is)? (?:here|at the door))"
    r"(?:\W+(?:brb|gtg|g2g|back in a (?:sec|min|bit|mo)|one sec|1 sec|bbl|back soon|be right "
    r"back|afk|gotta get it|got to get it|hang on|sorry|lol))*\W*$|"
    r"^\W*(?:brb|gtg|g2g|be right back)\W+(?:door|doorbell|someone at the door|getting the "
    r"door|food'?s here|delivery)\W*$",
    re.IGNORECASE,
)
_DOOR_FEAR = re.compile(
    r"\b(?:scared|afraid|terrified|frightened|won'?t (?:go away|leave|stop)|keeps? (?:knocking|"
    r"banging|ringing)|bang\w*|kick\w*|break\w*|trying to get in|shout\w*|threat\w*|knife|"
    r"police|hiding|help|don'?t (?:know who|answer)|stranger|ex|he|she|they|him|her|them)\b",
    re.IGNORECASE,
)


def stepping_away(text: str) -> bool:
    """Stepping away for a moment ("someone at the door brb"), with no fear of who it is."""
    plain = _plain(text)
    away = _STEPPING_AWAY.match(plain) or _DOOR_ERRAND.search(plain)
    return bool(away) and not _DOOR_FEAR.search(plain)


# A noise in or at the house: "a weird noise downstairs", "heard footsteps upstairs".
NOISE_HEARD = re.compile(
    r"\b(?:heard|hear|hearing) (?:a |some )?(?:weird |strange |loud |funny |scary )?(?:noises?|"
    r"bang|footsteps|something)\b|"
    r"\b(?:noises?|sounds?|footsteps|banging|bang|creak\w*|knocking|thud\w*|rattl\w*|scratching)"
    r"\b.{0,30}\b(?:downstairs|upstairs|in the (?:house|kitchen|loft|attic|hall|garden)|at the "
    r"(?:window|back door|front door|door)|outside (?:my|the) (?:window|door|room)|in my (?:house|"
    r"flat|room))\b",
    re.IGNORECASE,
)
# Explained in the same breath: "my flatmate is home", "probably mice", "it was the cat".
_NOISE_EXPLAINED = re.compile(
    r"\bmy (?:\w+ )?(?:flatmate|roommate|housemate|husband|wife|partner|boyfriend|girlfriend|mum|"
    r"mom|dad|brother|sister|son|daughter|kids?|cat|dog|neighbou?rs?)(?:'s| is| are)? (?:home|back|"
    r"up|in|awake|upstairs|downstairs)\b|\bprobably (?:just )?(?:the |a |my )?(?:mice|cat|dog|"
    r"wind|heating|pipes?|boiler|neighbou?rs?|fox|foxes|birds?)\b|\bit (?:was|'s|is) (?:just "
    r"|only )?(?:the|my|a) (?:cat|dog|wind|heating|boiler|pipes?|neighbou?rs?|fox|flatmate|"
    r"roommate)\b",
    re.IGNORECASE,
)


def explained_noise(text: str) -> bool:
    """A noise at home told with what it was ("i heard footsteps upstairs, my flatmate is
    home"), with no fear in it."""
    plain = _plain(text)
    return (
        bool(NOISE_HEARD.search(plain) and _NOISE_EXPLAINED.search(plain))
        and not _DOOR_FEAR.search(re.sub(r"\b(?:he|she|they|him|her|them)\b", " ", plain))
        and crisis_kind(plain) is None
        and not is_doubtful(plain)
    )


# Someone at the door on an errand: "someone at the door just delivered my parcel".
_DOOR_ERRAND = re.compile(
    r"\b(?:someone|somebody|the postman|a (?:guy|man|woman|courier|driver))\b.{0,30}\bdoor\b"
    r".{0,40}\b(?:deliver\w*|parcel|package|amazon|post|letter|food|takeaway|pizza|meter)\b",
    re.IGNORECASE,
)

# Soon after a crisis: "i took them", "done it. took them all", "i've taken them".
_DID_IT = re.compile(
    r"^\W*(?:(?:i|ive|i'?ve|i have|just|already|now|ok|okay|well)\W+)*(?:took|taken|swallowed|"
    r"had|downed) (?:them|it|the lot|them all|all of them|everything|it all)\b|"
    r"\b(?:took|taken|swallowed) (?:them|the lot) all\b|"
    r"^\W*(?:(?:i|i'?ve|ive|i have|just|already|ok)\W+)*(?:did|done) it\W*(?:$|\btook\b|"
    r"\bit'?s done\b)|"
    # "i took some pills last night but i'm awake": not a dose named, and not routine
    r"\bi (?:took|'?ve taken|have taken|swallowed) (?:some|a few|more|extra|a couple(?: of)?|"
    r"loads of|a load of) (?:\w+ )?(?:pills|tablets|meds|painkillers|paracetamol)\b|"
    r"\balready (?:taken|took|swallowed|had|done) (?:the|them|those|all the|it\W+took the) "
    r"(?:\w+ )?(?:pills|tablets|meds|painkillers|paracetamol)\b",
    re.IGNORECASE,
)
# Strangled or choked by someone: injuries that can't be seen, and a warning sign of worse.
_STRANGLED = re.compile(STRANGLING, re.IGNORECASE)


def did_it(text: str) -> bool:
    """Telling, soon after a crisis, that it is done: pills taken (danger now), also after a
    "no" ("no, i've already taken the pills")."""
    plain = _LEADING_WORD.sub("", _plain(text))
    return bool(_DID_IT.search(plain))


_LEADING_WORD = re.compile(r"^\W*(?:no+|nah+|nope|well|so|yeah|yes|ok|okay|too late)\b\W*", re.I)


_POISON_TAKEN = re.compile(_POISON, re.IGNORECASE)


def overdose_told(text: str) -> bool:
    """An overdose or poison told as taken, in words or soon after a crisis as "i took them"."""
    plain = _plain(text)
    return (
        did_it(plain)
        or any(re.search(p, plain, re.IGNORECASE) for p in _OVERDOSE)
        or bool(_POISON_TAKEN.search(plain))
    )


def was_strangled(text: str) -> bool:
    """Strangled or choked by someone: a doctor should check, even if it seems fine."""
    return bool(_STRANGLED.search(_plain(text)))


# "wot can u do fam", "so what do you even do": a question about us.
ASKS_WHAT_WE_DO = re.compile(
    r"^\W*(?:(?:so|ok|okay|and|but|hey|yo)\W+)?(?:wh?at|wot|wut|wat|wht) (?:else )?(?:can|do|does|"
    r"could) (?:you|u|ya|this(?: bot| app| thing)?) (?:even |actually )?(?:do|help with|offer)\b"
    r"(?: for me)?(?:\W+(?:then|fam|bro|mate|exactly|tho|though|lol|pls|please))?\W*$",
    re.IGNORECASE,
)


def wants_to_follow_them(text: str) -> bool:
    """After a death: wanting to be with the one who died (asked about directly)."""
    return bool(_FOLLOW_THEM.search(_plain(text)))


# Fear about their health: "terrified it's cancer", "waiting for my biopsy results".
_HEALTH_WORRY = re.compile(
    r"\b(?:cancer|tumou?r|biopsy|lump|scan results?|blood (?:test|results)|test results|"
    r"diagnos\w*|mri|ct scan|smear test|mammogram|pregnan\w*|missed (?:my )?period|"
    r"period (?:is )?late)\b",
    re.IGNORECASE,
)


# Fear said about it ("terrified it's cancer"), not a wish ("if i got cancer i'd be relieved").
_HEALTH_FEAR = re.compile(
    r"\b(?:terrified|scared|afraid|worried|worrying|anxious|nervous|panicking|freaking out|"
    r"dreading|shaking|can'?t stop thinking)\b",
    re.IGNORECASE,
)
_WISHED_FOR = re.compile(
    r"\b(?:relieved|relief|wouldn'?t mind|would(?:n'?t)? care|hope (?:it is|it'?s|i have|i get)|"
    r"wish|glad|good thing|welcome it|not (?:fight|treat)|refuse treatment|let it)\b",
    re.IGNORECASE,
)


def afraid_for_their_health(text: str) -> bool:
    """Fear about a test or an illness ("terrified it's cancer"), with no wish in it."""
    plain = _plain(text)
    return bool(
        _HEALTH_WORRY.search(plain)
        and _HEALTH_FEAR.search(plain)
        and not _WISHED_FOR.search(plain)
        and not is_doubtful(plain)
    )


# "my parents will kill me": most often a figure of speech, but asked, never assumed.
_WILL_KILL_ME = re.compile(
    r"\b(?:mum|mom|mam|dad|parents?|family|teacher|boss|coach|sister|brother|nan|gran|they|"
    r"she|he)(?:'?s|'?ll| is| are| will| would)?\s+(?:literally |actually |so |going to |gonna |"
    r"be )*kill(?:ing)? me\b",
    re.IGNORECASE,
)


# A threat reported, or one that comes with a time: "he said he'll kill me when he gets home".
_THREAT_TOLD = re.compile(
    r"\b(?:said|says|told me|tells me|threaten\w*|keeps saying|swore|texted|messaged|screamed|"
    r"shouted)\b.{0,30}\bkill me\b|\bkill me\b.{0,40}\b(?:gets? (?:home|back|here|in)|"
    r"comes? (?:home|back)|tonight|next time|again)\b",
    re.IGNORECASE,
)


# Taking back what they told: "nvm forget i said anything", "ignore that", "delete this".
_TAKEN_BACK = re.compile(
    r"^\W*(?:(?:actually|ok|okay|sorry|ugh|lol|just)\W+)*(?:nvm|never ?mind|forget (?:it|that|"
    r"this|i said (?:anything|that|it|something)|what i said(?: earlier| before)?|about it|"
    r"everything i said|i ever said (?:anything|that))|ignore (?:that|this|me|what i said|my last "
    r"(?:message|text|msg))|i didn'?t mean (?:it|that|any of it)|delete (?:that|this|my last "
    r"(?:message|text|msg)|what i (?:said|wrote|sent)))\b",
    re.IGNORECASE,
)
# Their data, named: then it is a request for the data, not taking a message back.
_THEIR_DATA = re.compile(
    r"\b(?:data|account|history|everything you (?:have|know|keep|store)|all (?:my|of my) "
    r"(?:messages|texts|info)|erase)\b",
    re.IGNORECASE,
)
_FROM_THE_PHONE = re.compile(r"\bdelete\b", re.IGNORECASE)


def takes_it_back(text: str) -> str | None:
    """ "nvm forget i said anything": "said" (or "delete" when asked to delete the words);
    None when it is not taking a message back, or names their data."""
    plain = _plain(text)
    if not _TAKEN_BACK.search(plain) or _THEIR_DATA.search(plain):
        return None
    return "delete" if _FROM_THE_PHONE.search(plain) else "said"


# Everyday plans thought about: "ive been thinking about changing jobs" (not "about it").
_EVERYDAY_PLAN = re.compile(
    r"\b(?:thinking|thought) (?:about|of) (?:changing|moving|getting (?:a|an|my)|starting|applying|"
    r"buying|learning|taking up|switching|retraining|booking|selling|renting|adopting|quitting "
    r"(?:my )?(?:job|course|uni|college|smoking|drinking|vaping)|a new (?:job|career|phone|car|"
    r"flat|house|course|hobby)|going back to (?:uni|college|school|work))\b|"
    # "im fixing to go for a run", "I'm going to go for a run", "gonna head to the gym"
    r"\b(?:going to|gonna|fixing to|finna|about to|off to|heading to|head to)\s+(?:go\s+|head\s+)?"
    r"(?:for a (?:run|walk|jog|swim|ride|bike ride|drive|coffee|drink|pint|nap|shower|bath)|"
    r"(?:to )?(?:the )?(?:gym|shops?|pub|park|beach|cinema|library|office|supermarket|bed|"
    r"work|school|uni|college|church|mosque|temple)|(?:go )?(?:running|walking|jogging|swimming|"
    r"shopping|home|out|cook|make (?:dinner|tea|lunch)))\b",
    re.IGNORECASE,
)
# An opening with nothing after it: "so i've decided", "i made up my mind".
_DECIDED_ONLY = re.compile(
    r"^\W*(?:(?:so|well|ok|okay|right|ok so)\W+)?(?:i'?ve|i have|ive|i) (?:decided|made (?:up )?my "
    r"mind|made (?:a|my) decision)\W*$",
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


def everyday_plan(text: str) -> bool:
    """A plan for life as usual thought about, with no doubtful words beside it."""
    plain = _plain(text)
    return (
        _without_harm(_EVERYDAY_PLAN, plain)
        and not is_doubtful(plain)
        and not is_milestone(plain)  # "a semicolon tattoo for 3 years since my attempt"
        and "attempt" not in plain
    )


def decided_only(text: str) -> bool:
    """ "so i've decided" and nothing more: asked what, directly."""
    return bool(_DECIDED_ONLY.match(_plain(text)))


def kill_me_as_a_figure(text: str) -> bool:
    """Someone "will kill me", with no threat told and no other word of harm or of wanting
    to die ("my parents will kill me when they see my grades")."""
    plain = _plain(text)
    rest = _WILL_KILL_ME.sub(" ", plain)
    return (
        bool(_WILL_KILL_ME.search(plain))
        and not _THREAT_TOLD.search(plain)
        and not _HARM_WORDS.search(rest)
        and not is_doubtful(plain)
    )


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


def only_an_idiom(text: str) -> bool:
    """A figure of speech ("hit me up", "killing it"), with no doubtful words beside it."""
    plain = _plain(text)
    return bool(_IDIOM.search(plain)) and not is_doubtful(plain)


# Affection told as such: "dad hugged me for the first time in years", "my crush hugged me".
_AFFECTION = re.compile(
    r"\b(?:hug(?:ged|s)?|cuddled|kissed) (?:me|us)\b|\b(?:held|holds|holding|hold) (?:my|our) "
    r"hands?\b|\bkissed (?:me|us) (?:on|goodnight|goodbye)\b|\btucked me in\b|"
    r"\b(?:gave|give|gives) (?:me|us) (?:a|the) (?:biggest |massive |huge |big |long |proper )?"
    r"(?:hug|cuddle|kiss on the (?:cheek|forehead))\b",
    re.IGNORECASE,
)
# What turns a hug or a touch into something to ask about.
_UNWANTED = re.compile(
    r"\b(?:uncomfortable|unwanted|(?:don'?t|dont|didn'?t|didnt|do not|did not) (?:like|want)|"
    r"creep\w*|weird|gross|icky|won'?t let (?:me )?go|wouldn'?t let (?:me )?go|too long|"
    r"at night|in (?:my|the|his|her) (?:bed|room)|bedroom|secret|touch\w*|naked|alone with|"
    r"lock\w*|(?:don'?t|dont|not to) tell|every (?:night|time)|made me|makes me|forced|"
    r"pressur\w*|sex\w*|private|under my|anymore|grab\w*|pulled me|when (?:he|she)'?s? drunk|"
    r"drunk|older|afterwards|after(?:wards)? (?:he|she)|but then|sorry|angry|mad|rage|"
    r"(?:can'?t|cant|couldn'?t|couldnt) breathe|too (?:hard|tight|rough)|rough\w*|squeez\w*)\b",
    re.IGNORECASE,
)


def affection_only(text: str) -> bool:
    """A hug, a held hand or a kiss told as warmth, with nothing unwanted, hurt or feared
    beside it ("dad hugged me when i passed my test"); not "he hugs me too long and i
    dont like it"."""
    plain = _plain(text)
    return (
        bool(_AFFECTION.search(plain))
        and not _UNWANTED.search(plain)
        and not _HARM_WORDS.search(plain)
        and not _HARM_NOT_FEAR.search(plain)
        and not is_doubtful(plain)
        and crisis_kind(plain) is None
    )


# The same, with crisis words in it ("a patient came in after an overdose"): not "watched
# a film, pretty normal day".
NOT_THEIR_OWN_CRISIS = re.compile(
    r"^(?=.*\b(?:suicid\w*|self[- ]?harm\w*|overdos\w*|kill\w*|die|dies|died|dead|death|"
    r"cutting|cuts|hurt\w*|abus\w*|rap(?:e|ed)|assault\w*|molest\w*)\b).*?(?:"
    + _NOT_THEIR_OWN.pattern
    + ")",
    re.IGNORECASE | re.DOTALL,
)


def lost_to_suicide(text: str) -> bool:
    """A death by suicide told by someone bereaved."""
    return bool(_LOST_TO_SUICIDE.search(_plain(text)))


def not_their_own(text: str) -> bool:
    """Crisis words about a story, a character or a patient, not the person writing."""
    return bool(NOT_THEIR_OWN_CRISIS.search(_plain(text)))


# Crisis words in harmless uses: a film title, too much coffee.

# A kitchen or household burn, by accident: "burned myself on the oven", "burnt myself on the
# kettle" (not "on purpose", "again", "to feel something").
_HOUSEHOLD_BURN = (
    r"\bburn(?:ed|t) myself (?:on|with|taking|getting) (?:the |a |my |some )?(?:\w+ )?(?:oven|hob|"
    r"stove|kettle|iron|pan|tray|toaster|straighteners|curling (?:iron|tongs|wand)|steam|grill|"
    r"bbq|barbecue|soup|tea|coffee|hot water|boiling water|oil|glue gun)\b"
    r"(?!.{0,30}\b(?:on purpose|deliberately|purposely|again|to feel|so i)\b)"
)

_HARMLESS = re.compile(
    # "i'm so tired i could die", "could die of embarrassment"
    r"\b(?:so|too|that) (?:tired|bored|hungry|embarrassed|full|hot|cold|sleepy|cringe)\b.{0,12}"
    r"\bi (?:could|might|am going to|'?m gonna) (?:literally )?die\b|\bcould (?:literally )?die of "
    r"(?:embarrassment|boredom|laughter|shame|cringe|hunger)\b|"
    r"\bsuicide (?:squad|prevention|awareness|rates?|statistics|research|hotline numbers?|"
    r"doors?|forest|and redemption)\b|"
    r"\b(?:sugar|caffeine|coffee|carb|netflix|chocolate|cake|cuteness|cute|meme|anime) overdose\b|"
    r"\boverdose of (?:netflix|sugar|caffeine|coffee|cuteness|memes|tv|anime|chocolate|cake)\b|"
    r"\b(?:killed|kill|killing) myself in (?:minecraft|fortnite|roblox|the game|a game|game|"
    r"elden ring|cod|warzone|valorant|gta|sims)\b|"
    r"\b(?:overdos\w*|od'?d|od'?ing) on (?:coffee|caffeine|sugar|chocolate|"
    r"sweets|candy|netflix|anime|tv|memes|tiktok|energy drinks?|red ?bull|monster|pizza|cake|"
    r"carbs|cheese|christmas|vitamin \w+)\b|"
    r"\boverdose (?:limit|amount|level|dose) (?:for|of|on) (?:caffeine|coffee|energy drinks?)\b|"
    r"\b(?:my |the |a )?(?:dog|cat|puppy|kitten|hamster|rabbit|horse|parrot) (?:bit|scratched|has "
    r"bitten|nipped) me\b|"
    r"\b(?:hurt|kill|killing|killed|pee|peed|wet) myself (?:laughing|from laughing)\b|"
    r"\b(?:die|died|dying|dead) (?:of |from )?laugh(?:ing|ter)\b|"
    r"\b(?:hit|hits|smacked|whacked|attacked) me with (?:a |his |her |their )?pillows?\b|"
    # accidents and play: "cut myself shaving lol", "hit me with a snowball", "kicks me in her
    # sleep", "a relapse with this cold"
    r"\bcut myself (?:shaving|cooking|chopping|gardening|on (?:a |some |the )?(?:bit of )?(?:paper|"
    r"glass|tin|can|knife|razor|box|envelope))\b|\bpaper ?cut\b|\bjust a nick\b|"
    r"\b(?:hit|hits|whacked|pelted) me with (?:a |the |his |her )?(?:snowballs?|news|question|"
    r"ball|balloon|joke|facts|truth|bad news|good news)\b|"
    r"\bkicks? me in (?:her|his|their|my) sleep\b|"
    r"\bpush(?:ed|es|ing)? me (?:on|in) (?:the|a) (?:swings?|pram|buggy|wheelchair|trolley)\b|"
    r"\bthr(?:ew|ows|own) (?:a|the) (?:ball|frisbee|pillow|snowball) at me\b|"
    r"\brelapse (?:with|of) (?:this|my|a|the) (?:cold|flu|cough|virus|covid|chest infection)\b|"
    r"\bpillow fights?\b|\bknife (?:collection|set|block|skills)\b|\bchef'?s knives?\b|"
    # the car at the mechanic's: "car's in the garage for its MOT so i'm getting the bus"
    r"\b(?:in|at|to|from|into) the garage (?:for|to get|getting|being|to be) (?:its |an? |the |"
    r"some |her |his |my )?(?:mot|service|servicing|repairs?|new (?:tyres|brakes|clutch|"
    r"battery|exhaust)|fixed|sorted|looked at|checked)\b|"
    # a game or a contest lost: "my dad beat me at arm wrestling", "beat me by 2 marks"
    r"\b(?:beat|beats|beaten|thrashed|battered|destroyed|hammered|whooped|bodied) (?:me|us) "
    r"(?:again |easily |so bad |every time )?(?:at|in) (?:a |the |every )?(?:game of |round of "
    r"|match of )?(?:chess|cards|poker|uno|monopoly|scrabble|cluedo|snap|fifa|fortnite|cod|"
    r"mario ?kart|smash bros|tekken|pool|snooker|darts|tennis|golf|squash|badminton|ping ?pong|"
    r"table tennis|bowling|arm ?wrestling|a race|the race|(?:pub )?quiz|trivia|wordle|connect "
    r"(?:4|four)|checkers|draughts|backgammon|board games?|video games?|games?|exams?|the test|"
    r"maths|sports day|the final|rock paper scissors|mario|catan|bananagrams|sudoku|crosswords?)"
    r"\b|\bbeat (?:me|us) by (?:\d+|one|two|three|a few|a couple of) (?:marks?|points?|goals?|"
    r"seconds?|strokes?|percent|votes?|runs?)\b|\bbeat (?:me|us) to it\b|"
    # slang and sport: "her jollof slapped", "coach made us do suicides", "locked myself out"
    r"\b(?:it|that|this|which|(?:the|this|that|her|his|my|your|their|\w+'s) (?:song|track|"
    r"album|tune|beat|playlist|verse|food|cooking|curry|jollof|lasagne|dinner|tea|roast|meal|"
    r"burger|pizza|film|show|set)) (?:lowkey |actually |genuinely |absolutely )?"
    r"(?:slaps|slapped)\b(?! (?:me|him|her|them|us|my)\b)|"
    r"\b(?:do|did|doing|run|ran|running|made us (?:do|run)|had to (?:do|run)) (?:\w+ )?"
    r"suicides\b|\blocked myself out\b|\block(?:ed|s)? (?:me|us) out of (?:the |my )?(?:wifi|"
    r"netflix|account|xbox|playstation|ps5|group chat)\b|"
    r"\b(?:gonna|going to|will|i'?ll|i'?m gonna) (?:literally )?die if (?:he|she|they|you|u) "
    r"(?:doesn'?t|don'?t|won'?t|doesnt|dont|wont) (?:text|reply|message|msg|call|answer|dm)\b|"
    # a kitchen or household burn: "burned myself on the oven" (not "on purpose")
    + _HOUSEHOLD_BURN
    + r"|"
    # a sports or garden injury: "hurt myself at the gym, pulled a muscle"
    r"\bhurt myself (?:at (?:the )?(?:gym|football|netball|rugby|training|park)|(?:playing|"
    r"lifting|running|training|skiing|climbing|dancing|gardening|skating|cycling|on the "
    r"(?:trampoline|stairs|bike|ice))\b)|"
    # a title: "our new song is called suicide season", "the film's called kill me now"
    r"\b(?:song|album|track|ep|band|film|movie|book|show|series|episode|game|play|poem)'?s? "
    r"(?:is |was )?(?:called|titled|named) [\w' ]{1,40}",
    re.IGNORECASE,
)


def household_burn(text: str) -> bool:
    """A burn from the oven, the kettle or the straighteners, by accident: first aid."""
    return re.search(_HOUSEHOLD_BURN, _plain(text), re.IGNORECASE) is not None


def harmless_only(text: str) -> bool:
    """Risk words only in a harmless phrase ("overdosed on chocolate", "hurt myself laughing",
    "my knife collection"), with nothing worrying left once that is set aside."""
    plain = _plain(text)
    if not _HARMLESS.search(plain):
        return False
    rest = _HARMLESS.sub(" ", plain)
    return crisis_kind(rest) is None and not is_doubtful(rest)


def crisis_kind(text: str) -> str | None:
    """The kind of crisis an explicit first-person phrase names, or None."""
    text = _plain(text)
    for told_of_others in (
        _HARMLESS,
        _LOST_TO_SUICIDE,
        _A_STORY_ABOUT,
        _NOT_THEIR_OWN,
        _THOUGHTS_DENIED,
    ):
        text = told_of_others.sub(" ", text)
    if not _NOT_ONLY_WEED.search(text):  # "took way too much weed": greening out, met as such
        text = _GREENING.sub(" ", text)
    if not _HARM_AGAIN.search(text):  # "my self harm scars show in summer": healed, not harm now
        text = _OLD_SCAR.sub(" ", text)
    if is_third_party(text) and not FIRST_PERSON_OVERRIDE.search(text):
        return None
    if _NEGATED.search(text) or _DENIED.search(text):  # "I'd never hurt myself": ask
        return None
    if told_as_past(text):  # "i used to self harm": the model decides
        return None
    for kind, patterns in _CRISIS.items():
        if any(p.search(text) for p in patterns):
            return kind
    return None


# A plan with a time that is close: "im going to do it tonight", "i'll end it in an hour".
_IMMINENT = re.compile(
    r"\b(?:going to|gonna|will|i'?ll|about to|plan(?:ning)? to|ready to|decided to|want to|"
    r"wanna|need to|have to|gotta|thinking (?:about|of)|want (?:it|this|everything) (?:all )?to "
    r"(?:be over|end|stop))\b.{0,40}"
    r"\b(?:tonight|today|right now|now|this (?:evening|morning|afternoon)|"
    r"in (?:an|a few|\d+|half an) (?:hours?|minutes?|mins?))\b",
    re.IGNORECASE,
)


def is_imminent(text: str) -> bool:
    """A plan told with a time that is close (a crisis is then danger now)."""
    return bool(_IMMINENT.search(_plain(text)))


# The means at hand, or hurt that needs a doctor now: "got the rope in my room rn", "i have
# pills in my hand", "saving up my pills", "its bleeding a lot and wont stop".
_MEANS = (
    r"(?:pills|tablets|meds|painkillers|rope|noose|knife|knives|blades?|razors?|gun|poison|"
    r"rat poison|sniper|pesticide|paraquat|bleach|weed ?killer)"
)
_AT_HAND = re.compile(
    rf"\b(?:got|have|holding|bought|buy|don buy|saved|saving(?: up)?|stockpil\w*|hoard\w*|"
    rf"collect\w*|stash\w*)\b.{{0,20}}\b{_MEANS}\b|"
    rf"\b{_MEANS} (?:is |are )?(?:in|on|under|next to) (?:my|the) (?:hands?|room|bed|desk|lap|"
    rf"pocket|bag|table|drawer)\b|"
    r"\bbleeding (?:a lot|loads|heavily|badly|so much|everywhere|really bad)|"
    r"\b(?:got|have) (?:everything|all) (?:i need|ready|sorted)\b|\bwaiting (?:for|till|until) "
    r"(?:the house|everyone|them|they|my \w+) (?:to be|is|are|to) (?:empty|asleep|gone|leave|out|"
    r"go to (?:sleep|bed)|fall asleep|go out)\b|"
    r"\b(?:written|wrote|finished|left) (?:my|the|a) (?:suicide |goodbye )?(?:note|letter)s?\b|"
    r"\bctb\b.{0,20}\b(?:tonight|today|now|soon|this (?:evening|weekend))\b|"
    r"\b(?:researching|researched|looked up|looking up|googl\w*) how (?:much|many)\b.{0,40}"
    r"\b(?:it'?d|it would|would it|it will|to) (?:take|kill)\b|"
    r"\b(?:found|have|got|there'?s|there is) (?:a |my \w+'?s |the |his |her )?gun\b|"
    r"\b(?:tonight|today|tomorrow|this weekend|this week|on \w+day)\b.{0,30}\b(?:i'?ll do it|"
    r"is when i'?ll|is the day|i do it)\b|\b(?:tonight|today)(?:'s| is) the (?:night|day)\b|"
    r"\btonight feels right\b|\b(?:end it|do it|kill myself|go through with it)\s+(?:tonight|today|"
    r"right now|now)\b|\bafter tonight\b|\b(?:have|got|made) a plan\b|\ba date and a method\b|"
    r"\b(?:keeps|still|won'?t stop|hasn'?t stopped) bleeding\b|\bdeeper than (?:usual|normal|"
    r"ever|before)\b|"
    r"\b(?:won'?t|wont|can'?t|cant) stop (?:the )?bleeding\b|\bbleeding (?:and )?(?:it )?"
    r"(?:won'?t|wont) stop\b|\b(?:took|taken|swallowed|downed) (?:[1-9]\d+|a (?:bunch|lot|"
    r"load|handful)) of (?:my|the|those|these|his|her) ",
    re.IGNORECASE,
)


# Asking where to find means or a height: "where can i buy rope", "highest bridge in london".
_MEANS_ASKED = re.compile(
    rf"\b(?:where|how) (?:can|do|could|would|to) (?:i |you |u )?(?:buy|get|find|order)\b.{{0,25}}"
    rf"\b(?:{_MEANS}|helium|charcoal)\b|"
    r"\b(?:highest|tallest) (?:bridge|building|cliff|car ?park|multi-?storey|tower|roof)|"
    r"\b(?:bridge|building|cliff|car ?park|multi-?storey|tower|roof)s?\b.{0,30}\b(?:highest|"
    r"tallest|high enough)\b",
    re.IGNORECASE,
)
_BLEEDING = re.compile(r"\bbleed\w*\b|\bblood everywhere\b", re.IGNORECASE)


# Signs of a goodbye: "thanks for everything", "tell my mum i love her".
_FAREWELL = re.compile(
    r"\bthank(?:s| you) for everything\b|\bgoodbye (?:forever|everyone|for good)\b|"
    r"\bthis is (?:goodbye|my last)\b|\bsorry for everything\b|\btell (?:my \w+|them|everyone) "
    r"(?:i love|i'?m sorry)|\btake care of my (?:dog|cat|kids?|children|pets?|son|daughter)\b|"
    r"\bwon'?t (?:be (?:around|here)|need (?:it|this|them)) "
    r"(?:anymore|much longer|after tonight)\b|"
    r"\byou won'?t hear from me\b|\bbye (?:forever|for good)\b",
    re.IGNORECASE,
)


def sounds_like_goodbye(text: str) -> bool:
    """Words of farewell: after a crisis, a warning sign, not good manners."""
    return bool(_FAREWELL.search(_plain(text)))


# A quoted line with a word about music: "'i wanna die...' - bohemian rhapsody is a banger".
_QUOTED = re.compile(r"[\"“”](.{3,200}?)[\"“”]|(?<!\w)['‘](.{3,200}?)['’](?!\w)")
_MUSIC = re.compile(
    r"\b(?:song|songs|lyrics?|banger|tune|track|album|band|singer|sings|sang|playlist|spotify|"
    r"chorus|verse|rapper|concert|gig|queen|bohemian rhapsody)\b",
    re.IGNORECASE,
)


def quoting_a_song(text: str) -> bool:
    """The crisis words are inside a quoted line, and the rest of the message is about music."""
    plain = _plain(text)
    quoted = _QUOTED.search(plain)
    if not quoted:
        return False
    rest = plain[: quoted.start()] + " " + plain[quoted.end() :]
    return bool(_MUSIC.search(rest)) and crisis_kind(rest) is None


_GAME = re.compile(
    r"\b(?:minecraft|fortnite|roblox|elden ring|warzone|valorant|gta|the sims|among us|apex|"
    r"overwatch|league|lol match|zelda|mario|pokemon|respawn\w*|boss fight|speedrun\w*|"
    r"in (?:the|a|this) game|video ?game)\b",
    re.IGNORECASE,
)
_LAUGHING = re.compile(r"\b(?:lol|lmao|lmfao|haha\w*|jk|jokes?)\b|😂|🤣|💀", re.IGNORECASE)
_HYPERBOLE = re.compile(r"\b(?:i (?:want to|wanna) die|kms|kill me)\b", re.IGNORECASE)


_PET_ATE = re.compile(
    r"\bmy (?:\w+ )?(?:dog|cat|puppy|kitten|pet|rabbit|hamster)\b.{0,20}\b(?:ate|eaten|swallowed|"
    r"chewed|got into)\b",
    re.IGNORECASE,
)


_PET_BIT = re.compile(
    r"\b(?:dog|cat|puppy|kitten|pet|rabbit|hamster|horse|parrot)\b.{0,15}\b(?:bit|bitten|"
    r"scratched|nipped)\b",
    re.IGNORECASE,
)


def pet_bit_them(text: str) -> bool:
    """ "my dog bit me and it's bleeding a bit": a bite to look after, not a crisis."""
    return bool(_PET_BIT.search(_plain(text))) and not is_doubtful(_plain(text))


def pet_ate_something(text: str) -> bool:
    """A pet that ate something it should not have."""
    return bool(_PET_ATE.search(_plain(text)))


def about_a_game(text: str) -> bool:
    """Dying or killing told of a video game ("killed myself in minecraft again")."""
    return bool(_GAME.search(_plain(text)))


def laughing_hyperbole(text: str) -> bool:
    """ "my hair went orange, i want to die lol 😂": said laughing, with no plan or means."""
    plain = _plain(text)
    return bool(_LAUGHING.search(plain) and _HYPERBOLE.search(plain)) and not urgent_now(plain)


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


def asks_about_means(text: str) -> bool:
    """A question about getting means or finding a height (danger soon after a crisis)."""
    return bool(_MEANS_ASKED.search(_plain(text)))


def is_bleeding(text: str) -> bool:
    """A wound told as bleeding: first aid goes with the emergency number."""
    return bool(_BLEEDING.search(_plain(text)))


def urgent_now(text: str) -> bool:
    """A crisis told with a close time, a place, the means at hand or a wound bleeding: the
    emergency number comes first."""
    plain = _plain(text)
    return is_imminent(plain) or names_place_or_means(plain) or bool(_AT_HAND.search(plain))


# Where someone in crisis is, or what they have with them: "from the bridge near my house",
# "im on the roof", "i have the pills here".
_PLACE_OR_MEANS = re.compile(
    r"\b(?:bridge|roof|rooftop|ledge|edge|cliff|tracks|railway|train line|platform|car ?park|"
    r"(?:train|railway|tube) station|level crossing|"
    r"multi-?storey|balcony|top floor|river|canal|motorway|overpass|tower|pier|"
    r"(?:the|my|some|these|those|a) (?:pills|tablets|rope|knife|blade|razor|gun)\b.{0,20}"
    r"\b(?:here|with me|in my hand|in front of me|ready|next to me))\b",
    re.IGNORECASE,
)


# A time said on its own, soon after a crisis: "tonight", "i mean it though, tonight".
_WHEN_ALONE = re.compile(
    r"^\W*(?:(?:i mean it|i'?m serious|im serious|seriously|honestly|for real|probably|prob|"
    r"maybe|doing it|it'?s happening|it will be|it'?ll be|gonna be|going to be)\W+)*"
    r"(?:(?:though|tho)\W+)?(?:tonight|today|right now|this (?:evening|morning|afternoon)|"
    r"in (?:an|a few|\d+|half an) (?:hours?|minutes?|mins?)|"
    r"(?:after|when|once) (?:every(?:one|body)|they|the house|my \w+)(?:'s| is| are|'re)? "
    r"(?:goes? to (?:sleep|bed)|(?:is |are )?asleep|(?:is |are )?out|(?:has |have )?gone|"
    r"leaves?)(?: tomorrow| tonight| later)?)\W*(?:(?:though|tho|fr|then)\W*)?$",
    re.IGNORECASE,
)


def where_or_when(text: str) -> bool:
    """A place to fall from, means at hand, or a time said alone: after a crisis, the plan
    told in part ("im on the roof", "tonight")."""
    plain = _plain(text)
    return bool(_WHEN_ALONE.match(plain) or _PLACE_OR_MEANS.search(plain) or _AT_HAND.search(plain))


def names_place_or_means(text: str) -> bool:
    """A place to fall from or drown in, or means at hand (said soon after a crisis)."""
    return bool(_PLACE_OR_MEANS.search(_plain(text)))


# Worry about an animal ("my cat is sick"): theirs to feel, not advice for helping a person.
_PET = re.compile(
    r"\b(?:my|our|the) (?:\w+ )?(?:cat|dog|pet|puppy|kitten|hamster|rabbit|bunny|bird|parrot|"
    r"horse|fish|guinea pig|tortoise|snake|budgie)s?\b",
    re.IGNORECASE,
)
_PERSON = re.compile(
    r"\b(?:friend|mate|sister|brother|mum|mom|dad|mother|father|partner|wife|husband|"
    r"boyfriend|girlfriend|son|daughter|kid|child|cousin|aunt|uncle|nan|gran|grandma|grandad|"
    r"colleague|flatmate|roommate|neighbou?r|someone|somebody|he|she|they)\b",
    re.IGNORECASE,
)


def about_a_pet(text: str) -> bool:
    """The one they worry about is an animal, with no person named."""
    plain = _plain(text)
    return bool(_PET.search(plain)) and not _PERSON.search(plain)


_AWAY = re.compile(
    r"\b(?:school|college|uni|university|class|classmates?|teachers?|work|job|boss|manager|"
    r"coworkers?|colleagues?|online|team|club|gym)\b",
    re.IGNORECASE,
)
_HOME = re.compile(
    r"\b(?:pati|shauhar|sasur|asawa|marido|esposo|esposa|mari|padrastro|stepdad|stepfather|"
    r"home|house|partner|husband|wife|boyfriend|girlfriend|bf|gf|dad|father|mum|mom|"
    r"mother|parents?|step\w*|brother|sister|family|uncle|aunt|carer|ex)\b",
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
    r"touch(?:es|ed|ing)? my (?:legs?|thighs?|bum|butt|chest|breasts?|boobs|privates?|"
    r"private parts|body)|(?:makes?|made) me touch (?:him|her|them)|"
    r"forced me to (?:have sex|do (?:stuff|things|it))|"
    r"(?:makes?|made|making) (?:me|us) (?:change|get changed|undress|strip|get naked|shower) "
    r"(?:in front of|while (?:he|she) watch\w*)|watch(?:es|ed|ing)? (?:me|us) (?:change|get "
    r"changed|undress|shower|in the shower)|"
    r"woke up (?:with(?:out)? my (?:clothes|jeans|pants|knickers|"
    r"underwear|trousers)|naked|undressed)|made me do "
    r"(?:sexual|stuff|things)|non-?consensual|without my consent)\b",
    re.IGNORECASE,
)


# Eating-disorder signs: purging, starving, restricting, a target weight.
_EATING = re.compile(
    r"\b(?:make|made|making) (?:myself|me) (?:throw up|sick|vomit|puke)\b|"
    r"\b(?:down to|on|eating|having) (?:only |just |like |about )?\d{2,4} ?(?:calories|cals|kcal)"
    r"(?: a day| per day| a week)?\b|\brestrict(?:ing|ed)? (?:again|so much|everything)\b|"
    r"\bthrow(?:ing)? up after (?:i eat|eating|meals?|food)\b|\bpurg(?:e|ing|ed)\b|"
    r"\bstarv(?:e|ing) myself\b|\blaxatives?\b|"
    r"\bpro[- ]?ana\b|\bthinspo\b|"
    r"\b(?:haven'?t|not|didn'?t|stopped|barely) (?:been )?eat(?:en|ing)\b"
    r".{0,30}\b(?:on purpose|to lose weight|so i lose weight|deserve)|"
    r"\brestrict(?:ing)? (?:my )?(?:food|eating|calories)\b|"
    r"\b(?:under|only|less than) \d{2,4} (?:calories|cals|kcal)\b|"
    r"\b(?:get|be|down) (?:down )?to \d{2,3} ?(?:kg|kgs|lbs?|pounds|stone)\b|"
    r"\b(?:haven'?t|not|didn'?t) eaten\b.{0,40}\b(?:fat|thin|weight|skinny|huge|big|disgusting|"
    r"gross|ugly|fat)\b|"
    r"\b(?:binge|binging|bingeing)\b.{0,30}\b(?:sick|throw up|purge|hate myself)\b",
    re.IGNORECASE,
)


def eating_worry(text: str) -> bool:
    """Signs of an eating disorder: met as such, with an eating-disorder line."""
    return bool(_EATING.search(_plain(text)))


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


# Being hurt or trapped as they write: "he's hitting me right now", "hiding in the bathroom".
_ABUSE_NOW = re.compile(
    r"\b(?:hitting|beating|hurting|attacking|choking|strangling|kicking|punching) me (?:right )?"
    r"now\b|\b(?:right now|rn)\b.{0,30}\b(?:hitting|beating|hurting|attacking) me\b|"
    r"\bhiding (?:in|from|under|behind)\b|\b(?:banging|hammering|pounding) on (?:the|my) "
    r"(?:bedroom |bathroom |room )?(?:door|window)\b|"
    r"\b(?:he|she|they)(?:'ll| will| might|'d| would| can) hear me\b|"
    r"\b(?:breaking|kicking|smashing|bashing) (?:down )?(?:the|my|our) (?:door|window)s?\b|"
    r"\b(?:outside|at) (?:my|the) (?:door|window)\b.{0,30}\bright now\b|"
    r"\blocked (?:me )?in\b|"
    r"\b(?:won'?t|wont|will not|doesn'?t|does not) let me (?:out|leave|go)\b|"
    r"\b(?:he|she|they)(?:'s|'re| is| are) (?:outside|at) (?:my|the) (?:door|house|window|flat)\b|"
    r"\bcoming (?:for|after) me\b|\btrying to (?:get in|break in|break the door)\b|"
    r"\bkill me\b.{0,30}\bwhen (?:he|she|they) (?:gets?|comes?) (?:home|back|here|in)\b",
    re.IGNORECASE,
)


# The person who hurts them is asleep or out: "hes asleep now", "she's gone to work".
_AWAY_NOW = re.compile(
    r"\b(?:he|she|they)(?:'s|'re| is| are|s)? (?:finally |just |now )?(?:asleep|sleeping|"
    r"passed out|gone out|out|at work|at the pub|gone (?:to work|to the pub|to bed|to sleep)|"
    r"left (?:for|the house))\b|\b(?:he|she|they) (?:went|left|fell asleep)\b",
    re.IGNORECASE,
)


# Help under way for someone they were worried about: "ive rung 999", "we're in a taxi to
# a&e", "they found him, hes in hospital".
_HELP_UNDER_WAY = re.compile(
    r"\b(?:(?:i'?ve|ive|i have|just|we'?ve|weve|we have|i) (?:called|rung|rang|phoned)|"
    r"(?:i'?m|im|i am|we'?re|were|we are) (?:calling|ringing|phoning|on the phone (?:to|with))|"
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


def help_under_way(text: str) -> str | None:
    """Help called or come for someone else: "in_care" once they are being looked after,
    "called" while it is on its way; None otherwise."""
    plain = _plain(text)
    if not _HELP_UNDER_WAY.search(plain):
        return None
    if re.search(r"\b(?:taxi|cab|car|on (?:the|our) way)\b", plain, re.IGNORECASE):
        return "on_the_way"  # "we're in a taxi to a&e"
    return "in_care" if _LOOKED_AFTER.search(plain) else "called"


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


_OLDER = re.compile(
    r"\b(?:i'?m|im|i am) (?:[7-9]\d|1[01]\d)(?: years old| yrs old| year old)?\b(?! (?:kg|kilos|"
    r"lbs|pounds|minutes|mins|days|weeks|miles|percent|%))|\bmy pension\b|\bpensioner\b",
    re.IGNORECASE,
)


def says_older(text: str) -> bool:
    """An older person, by their age or their pension ("I am 81")."""
    return bool(_OLDER.search(_plain(text)))


# OCD told: "if i dont check the oven 20 times something bad will happen", "i know its ocd".
_OCD = re.compile(
    r"\bif i (?:don'?t|dont|do not) (?:check|tap|touch|wash|count|clean|say|do|switch|lock|turn)\b"
    r".{0,60}\b(?:something (?:bad|terrible|awful|horrible) (?:will|is going to|might|would) "
    r"happen|(?:will|'ll|is going to|might|would) die|(?:will|'ll) get (?:hurt|sick|ill))|"
    r"\b(?:my ocd|i have ocd|i'?ve got ocd|(?:it'?s|its) (?:my )?ocd|"
    r"ocd (?:is|has been) (?:so |really )?"
    r"(?:bad|awful|terrible|worse|out of control))\b|"
    r"\b(?:can'?t|cant) stop (?:checking|washing|tapping|counting|cleaning)\b|"
    r"\bwash(?:ing)? my hands (?:so much|until|till|constantly|all day)\b.{0,40}\b(?:cracked|"
    r"bleeding|raw|sore)\b",
    re.IGNORECASE,
)


def ocd_told(text: str) -> bool:
    """Rituals or the fear behind them, told: OCD, not a threat to anyone."""
    plain = _plain(text)
    return bool(_OCD.search(plain)) and not _INTRUSIVE.search(plain)


# Drink and recovery: a craving, standing outside the shop, a slip after days sober.
_CRAVING = re.compile(
    r"\b(?:cravings? (?:are|is) (?:\w+ )?(?:bad|unreal|awful|horrendous|so strong|strong|killing)|"
    r"crav(?:ing|e) (?:a drink|alcohol|booze|vodka|wine|beer|a bottle)\b(?! after work)|"
    r"urge to drink|(?:really |so badly |desperately )(?:want|need) a drink|"
    r"(?:standing|stood|sat|sitting) outside the (?:offy|off[- ]licen[cs]e|liquor store|"
    r"bottle shop)|"
    r"talk me out of (?:it|drinking)|"
    r"(?:relapsed|slipped up|fell off the wagon)\b(?=.{0,60}\b(?:drink|drank|drinking|sober|"
    r"alcohol|booze|vodka|wine|beer|bottle)\b)|"
    r"(?:drank|drinking|had a drink) (?:again )?(?:after|on day) \d+|"
    r"\d+ (?:days?|weeks?|months?) (?:sober|dry|clean)\b.{0,40}\b(?:cravings?|struggl\w*|hard|"
    r"want a drink|need a drink|slipped|relapsed|messed up))",
    re.IGNORECASE,
)
_DRINK = re.compile(
    r"\b(?:drink\w*|drank|sober|alcohol\w*|booze|offy|off[- ]licen[cs]e|vodka|wine|beer|"
    r"lager|cider|gin|whisky|whiskey|rum|pint|recovery|liquor|bottle)\b",
    re.IGNORECASE,
)
_LAPSED = re.compile(r"\b(?:relapsed|slipped up|fell off the wagon|messed up|drank)\b", re.I)
# A milestone or a joke, not a struggle: "6 months sober today, so proud", "lol".
_DRINK_FINE = re.compile(
    r"\b(?:proud|celebrat\w*|milestone|lol|haha|after work|of water|of juice|sober october|"
    r"dry january|for the drive)\b|🎉|🥳",
    re.IGNORECASE,
)


def craving_told(text: str) -> str | None:
    """ "lapse" or "craving" in recovery from drink; None otherwise."""
    plain = _plain(text)
    if not (_CRAVING.search(plain) and _DRINK.search(plain)) or _DRINK_FINE.search(plain):
        return None
    return "lapse" if _LAPSED.search(plain) else "craving"


# Coming out, or not being seen as who they are: "im 16 and i think im gay", "deadname".
_COMING_OUT = re.compile(
    r"\b(?:i'?m|im|i am|i think i'?m|i think im|i might be|i'?m probably)\s+(?:\w+\s+)?"
    r"(?:gay|lesbian|bisexual|bi(?![- ]?(?:weekly|monthly|annual))|trans|transgender|queer|"
    r"non-?binary|nonbinary|asexual)\b(?!\s+(?:friend|mate|people|rights|bar|club))|"
    r"\bcame out (?:to|as)\b|\bcoming out (?:to|as)\b|\bdeadnam\w*\b|"
    r"\b(?:found out|know|knows|told (?:them|him|her|my \w+)) (?:that )?i'?m (?:gay|trans|bi|"
    r"lesbian|queer)\b",
    re.IGNORECASE,
)


def coming_out(text: str) -> bool:
    """Coming out told, or not being called by their name."""
    return bool(_COMING_OUT.search(_plain(text)))


# A baby who won't settle, told by a worn-out parent: "its 3am and the baby wont stop crying".
_BABY_CRYING = re.compile(
    r"\b(?:baby|newborn|little one|she|he)\b.{0,30}\b(?:won'?t|wont|will not|doesn'?t|does not|"
    r"can'?t|cant) (?:stop (?:crying|screaming)|settle|sleep)\b|\b(?:baby|newborn)\b.{0,20}\b"
    r"(?:crying|screaming) (?:for hours|all night|non ?stop|nonstop|constantly)\b",
    re.IGNORECASE,
)


_WORN_DOWN = re.compile(
    r"\b(?:\d{1,2} ?am|all night|for hours|hours|tried everything|everything|exhausted|so tired|"
    r"can'?t cope|cant cope|at my wits|losing it|breaking|help|desperate|crying too|in tears|"
    r"no sleep|haven'?t slept)\b",
    re.IGNORECASE,
)


def baby_wont_settle(text: str) -> bool:
    """A baby who won't stop crying or sleep, with no harm told."""
    plain = _plain(text)
    if not (_BABY_CRYING.search(plain) and re.search(r"\b(?:baby|newborn)\b", plain, re.I)):
        return False
    if not _WORN_DOWN.search(plain) or re.search(
        r"\b(?:lol|cute|loving|haha|brother|sister)\b", plain
    ):
        return False  # "baby won't sleep lol but she's so cute"
    return not (harm_told(plain) or harm_to_child(plain))


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
_GAMBLING = re.compile(
    r"\bchas\w* (?:my |the )?loss\w*|\bwin it (?:all )?back\b|\bgamstop\b|"
    r"\bblock (?:betting|gambling) (?:sites|apps)\b|"
    r"\b(?:gambl\w*|betting|bets|casino|slots|scratch ?cards|fruit machines?|bet365|roulette)\b"
    r"(?=.{0,60}\b(?:lost|losing|addict\w*|problem|can'?t stop|cant stop|stop me|debt|owe|rent|"
    r"borrow\w*|again|every penny|all my money|wages|savings|payday|loan)\b)|"
    r"\b(?:lost|blew|spent|gambled) (?:all )?(?:my |the )?(?:rent|wages|savings|money)\b.{0,30}"
    r"\b(?:gambl\w*|betting|bets|casino|slots|online|roulette)\b",
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


def gambling_told(text: str) -> bool:
    """Gambling that has become a problem: chasing losses, money gone, wanting to stop (not
    "casino night", nor a worried partner, nor "quit gambling 2 years ago today")."""
    plain = _plain(text)
    if re.search(
        r"\b(?:my|his|her) (?:husband|wife|partner|dad|mum|son|brother|boyfriend|"
        r"girlfriend)'?s? gambl",
        plain,
        re.IGNORECASE,
    ):
        return False
    if re.search(
        r"\b(?:quit|stopped|gave up) gambling\b.{0,30}\b(?:ago|today|years?|months?)\b",
        plain,
        re.IGNORECASE,
    ):
        return False
    return bool(_GAMBLING.search(plain))


def lived_topics(text: str) -> list[str]:
    """What in the message is OCD, drink recovery, coming out, a crying baby, gambling or a
    wish to cut down, in that order of precedence (met as what it is, not as a crisis)."""
    return [name for name, told in _LIVED if told(text)]


def abuser_away(text: str) -> bool:
    """Told after abuse: the person who hurts them is asleep or out of the house now."""
    return bool(_AWAY_NOW.search(_plain(text)))


def abuse_now(text: str) -> bool:
    """Hurt, trapped or hiding as they write: the emergency number comes first."""
    return bool(_ABUSE_NOW.search(_plain(text)))


def abuse_at_home(text: str) -> bool:
    """Hurt by someone at home or close: a partner, a parent, "he hits me". Bullying,
    a stranger, work, or voices are not pointed to a domestic abuse line."""
    plain = _plain(text)
    if away_from_home(plain):
        return False
    return bool(_HOME.search(plain) or _SOMEONE_AT_HOME.search(plain))


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


def told_as_past(text: str) -> bool:
    """ "i tried to kill myself years ago, im ok now": the past, and nothing says it is back."""
    text = _BIRTH_AGO.sub(" ", _plain(text))  # "had a baby 2 months ago": the birth's time
    now = _NOW.search(_OLD_SCARS.sub(" ", text))  # "the scars itch today" is not harm today
    return is_milestone(text) or (bool(_PAST.search(text)) and not now)


# Unwanted, frightening thoughts of harming someone, told as unwanted (OCD, after a birth).
_INTRUSIVE = re.compile(
    r"\bintrusive (?:thoughts?|images?)\b|"
    r"\b(?:thoughts?|images?|pictures?)\b.{0,30}\b(?:hurting|harming|stabbing|drowning|dropping|"
    r"shaking|killing|pushing)\b.{0,30}\b(?:my|the|our) (?:baby|newborn|son|daughter|child|kid|"
    r"partner|husband|wife|boyfriend|girlfriend|mum|mom|dad|dog|cat)\b.{0,80}\b(?:never|"
    r"wouldn'?t|would not|don'?t want to|scare[sd]? me|terrif\w*|horrif\w*|disgust\w*|"
    r"what'?s wrong with me|monster)\b",
    re.IGNORECASE,
)


def intrusive_thoughts(text: str) -> bool:
    """ "intrusive thoughts about stabbing my partner, i'd never act on it": frightening
    thoughts told as unwanted; met with what they are, not as a wish to harm."""
    plain = _plain(text)
    return bool(_INTRUSIVE.search(plain)) and not re.search(
        r"\b(?:want to|going to|gonna|will) (?:hurt|kill|harm)\b", plain, re.IGNORECASE
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
    return bool(_MILESTONE.search(plain) or _RECOVERED.search(plain))


# Signs of self-harm found on someone else: "i found cuts on my daughter's arms".
OTHER_HURT = re.compile(
    r"\b(?:found|saw|seen|noticed|spotted) (?:\w+ )?(?:cuts|scars|marks|burns|blood|razors?|"
    r"blades?)\b.{0,30}\b(?:on|in|under) (?:his|her|their|my (?:\w+ ){0,3}(?:son|daughter|kid|"
    r"child|friend|brother|sister|partner|boyfriend|girlfriend|teen|teenager|husband|wife)'?s?)\b",
    re.IGNORECASE,
)
# After worrying about someone at risk: they cannot be reached.
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
    r".{0,40}\b(?:kill (?:him|her|them)sel(?:f|ves)|suicid\w*|wants? to die|end (?:it|(?:his|her|"
    r"their) (?:own )?life)|end it all|better off dead|(?:doesn'?t|don'?t) want to (?:live|be here|"
    r"be alive)|hurt (?:him|her|them)sel(?:f|ves))",
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
    r"dragged|throttled|cornered) me\b(?! up\b)|"
    r"\b(?:i'?m|im|i am) (?:locked|hiding|trapped|barricaded)\b|"
    r"\b(?:he|she|they)(?:'ll| will| might|'d| would| can) hear me\b|"
    r"\b(?:banging|hammering|pounding|kicking) on my (?:\w+ )?door\b",
    re.IGNORECASE,
)


# A burn, not a cut: the first aid differs (cool running water, not pressure).
BURNED = re.compile(
    r"\bburn(?:ed|t|ing|s)?\b|\blighter\b|\bcigarette\b|\bscald\w*|\bblister\w*",
    re.IGNORECASE,
)


_FOLLOWED = re.compile(
    r"\b(?:following|followed|chasing|chased|stalking|stalked) me\b|\bbeing (?:followed|chased|"
    r"stalked)\b|\b(?:i have|i'?ve got|got) a stalker\b",
    re.IGNORECASE,
)


def being_followed(text: str) -> bool:
    """Followed or chased as they write: where to go, with the emergency number."""
    return bool(_FOLLOWED.search(_plain(text)))


# Wanting to sleep, or drowsy: after an overdose, a sign of poisoning.
_SLEEPY = re.compile(
    r"\b(?:want to|wanna|going to|gonna|gotta|can i|let me|i'?ll|i will|just|need to)\s+"
    r"(?:just\s+)?(?:sleep|go to sleep|go to bed|lie down|nap|sleep it off|close my eyes)\b|"
    r"\b(?:so|really|getting|feel(?:ing)?|i'?m|im|kinda|kind of|very)\s+(?:really\s+|so\s+)?"
    r"(?:sleepy|drowsy|woozy|dizzy|out of it|spaced out)\b|\bgoing to bed\b|\bnodding off\b|"
    r"\bvision (?:is |'?s )?(?:weird|blurry|funny|going)\b|\bcan'?t keep my eyes open\b|"
    r"\b(?:falling|fall) asleep\b",
    re.IGNORECASE,
)


def sleepy(text: str) -> bool:
    """ "i just want to sleep", "getting really drowsy": after an overdose, danger."""
    return bool(_SLEEPY.search(_plain(text)))


# Doing it, told after a crisis: "fine. i'll do it then", "i'm going to do it".
_ACTING = re.compile(
    r"\b(?:i'?ll|i will|i'?m going to|im going to|i'?m gonna|im gonna|gonna|going to) (?:just )?"
    r"(?:do it|go through with it|end it)(?:\W+(?:then|now|tonight|anyway|myself|today))?\W*$|"
    r"\bi'?m doing it\b",
    re.IGNORECASE,
)


def acting_now(text: str) -> bool:
    """ "i'll do it then": after a crisis, about to act."""
    return bool(_ACTING.search(_plain(text)))


_MEANS_NAMED = (
    ("gun", re.compile(r"\b(?:gun|pistol|rifle|shotgun|firearm|revolver|glock)\b", re.I)),
    ("rope", re.compile(r"\b(?:rope|noose|ligature|belt round my neck)\b", re.I)),
    ("blade", re.compile(r"\b(?:knife|knives|blades?|razors?)\b", re.I)),
    ("pills", re.compile(r"\b(?:pills|tablets|meds|painkillers|paracetamol)\b", re.I)),
)


def means_named(text: str) -> str | None:
    """What they have said they would use: gun | rope | blade | pills, else None."""
    plain = _plain(text)
    return next((name for name, pattern in _MEANS_NAMED if pattern.search(plain)), None)


# Nowhere safe to sleep tonight: "kicked out", "sleeping in my car", "sleeping rough".
_NO_SAFE_PLACE = re.compile(
    r"\b(?:kicked|thrown|chucked|turfed) (?:me )?out\b|\bsleeping (?:rough|outside|on the "
    r"streets?|in (?:my|the|a) car|in a park|at the station)\b|\bnowhere (?:to (?:sleep|stay|go|"
    r"live)|safe)\b|\b(?:i'?m|im|i am|we'?re|we are) homeless\b|\bon the streets?\b|"
    r"\bhomeless (?:tonight|now|again)\b|\bnowhere for (?:us|me|my \w+) to (?:sleep|stay|go)\b|"
    r"\b(?:sleeping|staying|stuck) (?:in|on) (?:the |my |a )?(?:car|street|bench|park|doorway)\b",
    re.IGNORECASE,
)


def no_safe_place(text: str) -> bool:
    """Nowhere safe to sleep tonight (a roof first, not insomnia tips)."""
    return bool(_NO_SAFE_PLACE.search(_plain(text))) and not is_third_party(text)


# Afraid of hurting someone else: "so angry i could hurt someone", "scared i'll hurt her".
_HARM_TO_OTHERS = re.compile(
    r"\b(?:(?:so )?angry|furious|raging|rage|fuming|scared|afraid|worried|terrified|frightened)\b"
    r".{0,30}\b(?:i could|i might|i'?ll|i will|i'?m going to|im gonna|i'?m gonna|that i'?ll|"
    r"i would)\s+(?:really\s+)?(?:hurt|kill|stab|hit|attack|shake|harm|lash out at) (?:someone|"
    r"somebody|him|her|them|my \w+|people|the baby|the kids?)\b|"
    # "i'm so angry i want to hurt him" (not "...i want to kill him lol", said of leftovers)
    r"\b(?:angry|furious|raging|fuming|livid|seething|mad)\b.{0,30}\bi (?:just |really )?"
    r"(?:want to|wanna|feel like i want to) (?:hurt|harm|stab|attack|hit) (?:someone|somebody|him|"
    r"her|them|my \w+|people)\b",
    re.IGNORECASE,
)


_CHILD = r"(?:baby|newborn|toddler|son|daughter|kid|child|little one|infant|boy|girl)"
# "i feel like shaking the baby", "so close to smacking my son": a child at risk from them
_HARM_TO_CHILD = re.compile(
    r"\b(?:feel like|want to|wanna|about to|going to|gonna|could|close to|tempted to|urges? to|"
    r"end up|might|i'?ll|ill|i will|snap and|scared (?:i'?ll|ill|i will|i might) |worried "
    r"(?:i'?ll|ill|i will|i might) )\s*(?:just\s+)?(?:really\s+)?(?:snap and\s+)?"
    r"(?:shak(?:e|ing)|throw(?:ing)?|smack(?:ing)?|"
    r"hit(?:ting)?|slap(?:ping)?|hurt(?:ing)?|shov(?:e|ing)|chuck(?:ing)?)\s+(?:"
    rf"(?:the|my|our) (?:\w+ )?(?P<named>{_CHILD})s?\b(?! (?:a|up|out|over)\b)|"
    r"(?:him|her|them|it)\b(?! (?:a|up|out|over)\b))",
    re.IGNORECASE,
)
_A_CHILD = re.compile(rf"\b{_CHILD}\b", re.IGNORECASE)
# "scared of what ill do to my daughter"
_WHAT_ILL_DO = re.compile(
    rf"\b(?:scared|afraid|worried|terrified) (?:of )?what (?:i'?ll|ill|i will|i might) do to "
    rf"(?:my|the|our) (?:\w+ )?{_CHILD}\b",
    re.IGNORECASE,
)


def harm_to_child(text: str) -> bool:
    """Afraid they might shake, throw or hit a child in their care ("i feel like shaking
    the baby", "the baby wont stop screaming i just want to throw him")."""
    plain = _plain(text)
    said = _HARM_TO_CHILD.search(plain)
    if said is None:
        return bool(_WHAT_ILL_DO.search(plain))
    shaking = said.group(0).lower().split()[-2:][0].startswith("shak")  # babies are shaken
    return bool(said.group("named")) or bool(_A_CHILD.search(plain)) or shaking


# Armed and on the way to someone: "parked outside his house with a knife", "going round
# there with a bat".
_TOLD_TO_HARM = re.compile(
    r"\bvoices?\b.{0,30}\b(?:tell|telling|told|want|wants|keep telling) (?:me )?(?:to )?"
    r"(?:hurt|kill|harm|stab|attack|push) (?:someone|somebody|him|her|them|people|my \w+)\b",
    re.IGNORECASE,
)


def told_to_harm(text: str) -> bool:
    """Voices telling them to hurt someone."""
    return bool(_TOLD_TO_HARM.search(_plain(text)))


_ARMED_FOR_SOMEONE = re.compile(
    r"\b(?:outside|at|near) (?:his|her|their|my ex'?s?|the) (?:house|flat|place|work|door|school)\b"
    r".{0,40}\b(?:knife|bat|gun|blade|hammer|crowbar|machete)\b|"
    r"\b(?:knife|bat|gun|blade|hammer|crowbar|machete)\b.{0,40}\b(?:outside|at|near) (?:his|her|"
    r"their|my ex'?s?) (?:house|flat|place|work|door)\b|"
    r"\b(?:going|gonna|heading|go) (?:round|over|to)(?: there| his| hers| theirs| his place| her "
    r"place)?\b.{0,20}\bwith (?:a|my|the) (?:knife|bat|gun|blade|hammer|crowbar|machete)\b",
    re.IGNORECASE,
)


def harm_to_others(text: str) -> bool:
    """Afraid they might hurt someone else, or armed and on the way to (help to keep
    everyone safe, not a suicide question)."""
    plain = _plain(text)
    return (
        bool(_HARM_TO_OTHERS.search(plain) or _ARMED_FOR_SOMEONE.search(plain))
        or told_to_harm(plain)
        or harm_to_child(text)
    )


# Signs that need a doctor today, not a diary or a breathing exercise: hearing or seeing
# things, or coming off alcohol or benzodiazepines suddenly with shakes.
_SEEING_THINGS = re.compile(
    r"\b(?:hearing|seeing|hear|see) (?:things|voices|stuff that isn'?t there|people who aren'?t "
    r"there)\b|\bvoices (?:in my head|telling me|tell me)\b|"
    # beliefs that others don't share: "someone is watching us through the tv"
    r"\b(?:watching|spying on|listening to|following) (?:me|us) through (?:the |my )?(?:tv|telly|"
    r"phone|walls|wifi|radio|computer|laptop|camera)\b|"
    r"\b(?:the )?(?:tv|telly|radio) (?:is |keeps )?(?:sending|giving|talking to) (?:me )?"
    r"(?:messages|signs|signals)\b|"
    r"\b(?:someone|they)(?:'s| is| are|'re) (?:controlling|putting thoughts in|reading) my "
    r"(?:thoughts|mind|brain)\b",
    re.IGNORECASE,
)
_WITHDRAWAL = re.compile(
    r"\b(?:stopped|quit|came off|coming off|ran out of|run out of|cut out)\b.{0,40}\b(?:drink\w*|"
    r"alcohol|booze|xanax|valium|diazepam|benzos?|clonazepam|lorazepam|pills|meds)\b|\b(?:drink\w*|"
    r"alcohol|xanax|benzos?)\b.{0,40}\b(?:stopped|quit|ran out)\b",
    re.IGNORECASE,
)
_WITHDRAWAL_SIGNS = re.compile(
    r"\b(?:shak\w*|tremb\w*|tremor\w*|sweat\w*|seeing things|hearing things|hallucinat\w*|"
    r"confused|seizure|fit|fitting|heart (?:racing|pounding)|can'?t stop shaking)\b",
    re.IGNORECASE,
)


def needs_a_doctor_now(text: str) -> str | None:
    """withdrawal | perceptions when the words need a doctor today, else None."""
    plain = _plain(text)
    if _WITHDRAWAL.search(plain) and _WITHDRAWAL_SIGNS.search(plain):
        return "withdrawal"
    if _SEEING_THINGS.search(plain):
        return "perceptions"
    return None


def hurt_themself_told(text: str) -> bool:
    """Told as happening to the person writing ("he pushed me into the wardrobe")."""
    return bool(_AGAINST_ME.search(_plain(text)))


# Preparations and the means kept ready, however lightly told: "got a noose in the wardrobe",
# "been stockpiling my pills", "wrote my suicide note". A laugh does not make them a joke.
_PREPARED = re.compile(
    r"\bnoose\b|"
    r"\b(?:stockpil\w*|hoard\w*|saving up|been saving|stash\w*|collecting|squirrel\w* away)\b"
    r".{0,20}\b(?:pills|tablets|meds|painkillers|paracetamol|sleeping pills)\b|"
    # "ive got 60 tramadol saved up"
    r"\b\d{2,3} (?:\w+ )?(?:pills|tablets|meds|painkillers|paracetamol|tramadol|codeine|"
    r"diazepam|sleeping pills|co-?codamol|oxy\w*)\b.{0,15}\b(?:saved|saved up|stashed|hidden|"
    r"put by|put away|stockpiled)\b|"
    r"\b(?:wrote|written|writing|finished|left) (?:my|a|the) (?:suicide|goodbye) "
    r"(?:note|letter)s?\b|"
    # "ive got a rope in the car already", "the pills are lined up on my desk"
    r"\b(?:got|have|bought|hid|hidden|keep|kept) (?:a|the|some) rope\b.{0,30}\b(?:already|ready|"
    r"for (?:tonight|later|when|it))\b|"
    r"\b(?:belt|rope|cord|cable|scarf|noose|ligature)\b.{0,25}\b(?:on|over|round|around|tied "
    r"to|hanging from) (?:the |my )?(?:door|hook|banister|bannister|beam|rail|wardrobe|loft|"
    r"ceiling|curtain pole|tree)\b(?=.{0,25}\b(?:now|ready|tonight|already)\b)"
    r"(?!.{0,40}\b(?:swing|fairy|lights|coat|kids|christmas|decorations?)\b)|"
    r"\b(?:pills|tablets|meds|painkillers|paracetamol)\b(?!.{0,40}\b(?:vitamins?|organi[sz]er|"
    r"pill ?box|dosette|trip|holiday|the week)\b).{0,10}\b(?:lined up|counted out|laid "
    r"out|all ready|ready to go)\b",
    re.IGNORECASE,
)


def prepared(text: str) -> bool:
    """Means kept ready or a goodbye note written (never read as a joke)."""
    plain = _plain(text)
    return bool(_PREPARED.search(plain)) and not is_third_party(plain)


# Their own wish to die, told with someone else in the story: "my mum shouts at me all the
# time and i want to die" (not worry for the mum).
_I_AT_RISK = re.compile(
    r"\b(?:i|i'?m|im|i am|i'?ll|ill)\s+(?:(?:just|really|honestly|actually|literally|so|kinda|"
    r"sometimes|seriously)\s+)*(?:want|wanna|going|gonna|about|ready|plan(?:ning)?|need)\s+"
    r"(?:to\s+)?(?:die|end it(?: all)?|end my life|jump|kill myself|not be here)\b",
    re.IGNORECASE,
)


def is_third_party(text: str) -> bool:
    """Someone is worried about another person's safety (not grieving a death by suicide)."""
    text = _LOST_TO_SUICIDE.sub(" ", _plain(text))
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
    )


# A death told by the bereaved: "my mum passed away last month".
_LOSS = re.compile(
    r"\b(?:passed away|passed on|died|funeral|lost my (?:\w+ )?(?:mum|mom|dad|mother|father|nan|"
    r"gran|grandma|grandad|grandpa|brother|sister|son|daughter|baby|husband|wife|partner|friend|"
    r"best friend)\b|(?:is|was) killed in|died by suicide|killed (?:him|her|them)sel(?:f|ves)|"
    r"took (?:his|her|their) (?:own )?life)",
    re.IGNORECASE,
)
_HELPING = re.compile(
    r"\b(?:help|support|comfort|be there for|talk to|cheer up)(?:ing)? (?:him|her|them|my)\b",
    re.IGNORECASE,
)


# An age under 18 told of themselves: "im 16", "i'm only 14", "15 yo", "in year 9".
_YOUNG = re.compile(
    r"\b(?:i'?m|im|i am)\s+(?:only\s+|just\s+)?(?:1[0-7]|[6-9])\b(?:\s*(?:yo|y/o|yrs?|years?))?"
    r"(?!\s*(?:am|pm|mins?|minutes|hours?|days?|weeks?|months?|%|/|:|x|times|pills|tablets|"
    r"stone|kg|lbs?|feet|ft|out of|of 10)\b)(?![.:/]\d)|"
    r"^(?:\w+\s+){0,3}?(?:1[0-7]|[6-9]) ?(?:yo|y/o|years? old)\b(?! (?:son|daughter|kid|child|"
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


def tells_a_loss(text: str) -> bool:
    """A death told as their own loss, not a question about comforting someone else."""
    plain = _plain(text)
    return bool(_LOSS.search(plain)) and not _HELPING.search(plain)


def cannot_reach_them(text: str) -> bool:
    """ "he wont answer his phone now": said of someone already feared to be at risk."""
    return bool(UNREACHABLE.search(_plain(text)))


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
    r"nudes|images|videos?)\b",
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


def third_party_abuse(text: str) -> bool:
    """Someone else is being abused (and not, by the words, the person writing)."""
    return bool(THIRD_PARTY_ABUSE.search(_plain(text)))


def is_bare_plea(text: str) -> bool:
    """ "i need help", "please help": a call for help that does not say what is wrong."""
    return bool(_BARE_PLEA.match(_plain(text)))


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
    r"\bnot (?:near|nearby|close)\b",
    re.IGNORECASE,
)


def follow_up_about_them(text: str) -> str | None:
    """What the next message about the person at risk turns on: a promise of secrecy, whether
    to tell an adult, not being believed, or being far from them."""
    plain = _plain(text)
    for name, pattern in (
        ("promise", _PROMISED),
        ("tell_adult", _TELL_ADULT),
        ("not_believed", _NOT_BELIEVED),
        ("far", _FAR_AWAY),
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


def is_everyday_dose(text: str) -> bool:
    """ "took 2 paracetamol for my headache": a small dose for an everyday ache."""
    return bool(_EVERYDAY_DOSE.search(_plain(text)))


def is_dose_taken(text: str) -> bool:
    """ "i took my tablets": medication taken, with nothing said about how much."""
    return bool(_DOSE_TAKEN.match(_plain(text)))


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
    rf"\b(?:scared|afraid|terrified|frightened) (?:of|to go home to) my {_PARENT}\b",
    re.IGNORECASE,
)


def hurt_by_parent(text: str) -> bool:
    """A parent or step-parent is the one hurting them: "tell a parent" is then no advice."""
    return bool(_HURT_BY_PARENT.search(_plain(text)))


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


def old_scars_told(text: str) -> bool:
    """Healed self-harm scars, told as the past: met with care, not the crisis answer."""
    plain = _plain(text)
    return (
        bool(_OLD_SCAR.search(plain))
        and not _NOT_SELF_HARM_SCAR.search(plain)
        and not _HARM_AGAIN.search(plain)
        and not is_milestone(plain)  # "a year sh free!": celebrated, and asked gently
        and crisis_kind(plain) is None
        and not is_doubtful(plain)
    )


# Too much cannabis ("greening out", "a whitey"): frightening, rarely dangerous on its own.
_WEED = (
    r"(?:weed|edibles?|cannabis|thc|marijuana|skunk|spliff|blunt|bong|dabs?|zoot|kush|"
    r"space ?cakes?|(?:weed|thc|pot|cannabis|edible) (?:gumm(?:y|ies)|brownies?|cookies?|sweets|"
    r"chocolate)|"
    r"a joint|the joint)"
)
_HIGH = r"(?:high|stoned|baked|blazed|fried|zooted|cooked|mashed|faded|wrecked|monged)"
_GREENING = re.compile(
    r"\bgreen(?:ing|ed)?[- ]?out\b(?!\s+(?:the|my|our|a|an|this|that|his|her|their|some)\b)|"
    r"\bgreenie\b|\b(?:pull(?:ed|ing)?|having|had|throw(?:ing|n)?) a whitey\b|"
    r"\bwhitey(?:ing|'?d)\b|"
    r"\b(?:i'?m|im|i am|i feel|feeling|feel|i got|got|getting)\s+(?:(?:so|way|wayy+|far|much|"
    rf"really|just|a bit|a little|literally|mad|hella)\s+)*too {_HIGH}\b(?!\s+(?:up|to|for|a|an|"
    r"on|in|off|from|above|maintenance|and mighty|standards?|expectations)\b)|"
    rf"^\W*(?:(?:so|way|wayy+|far|much|really|fr|omg|help|im|i'?m)\s+)+too {_HIGH}\b(?=\W*$|\s*"
    r"[,.!?]|\s+(?:rn|right now|help|omg|lol|and|heart|cant|can'?t|i)\b)|"
    rf"\b{_WEED}\b.{{0,60}}\b(?:too strong|greening|whitey|heart (?:is )?(?:racing|pounding|going "
    r"mad)|(?:i'?m|im|i am|now|and)\s+(?:so |really |super )?(?:paranoid|panicking|freaking out|"
    r"spinning)|(?:can'?t|cant) stop shaking|feel(?:s|ing)? like (?:i'?m|im) (?:dying|going to die|"
    r"gonna die)|throwing up|being sick|hit (?:me )?(?:too|way too|so|really) hard|kicked in "
    r"(?:too |way too |so |really )?hard)\b|"
    r"\b(?:took|taken|had|ate|eaten|smoked|done|did|hit) (?:way |far |a bit |slightly |so )?"
    rf"(?:too|so) (?:much|many|hard)(?: of)?(?: (?:the|my|that|those|these))? {_WEED}\b",
    re.IGNORECASE,
)
# Stuck in a ketamine dissociation ("a k-hole"): keep still and safe, and never alone.
_K_HOLE = re.compile(
    r"\bk[- ]?hol(?:e|es|ed|ing)\b|"
    r"\b(?:too much|way too much|a lot of|loads of|so much) (?:ket|ketamine|special k)\b|"
    r"\b(?:ket|ketamine|special k)\b.{0,50}\b(?:can'?t (?:move|walk|feel my (?:legs|body|arms))|"
    r"stuck|out of my body|melting|floating|too much|too strong)\b",
    re.IGNORECASE,
)
# Other drugs, drink or pills alongside: not only cannabis, so "too much" stays an overdose.
_NOT_ONLY_WEED = re.compile(
    r"\b(?:pills?|tablets?|meds|paracetamol|ibuprofen|codeine|xanax|benzos?|valium|diazepam|"
    r"tramadol|alcohol|vodka|drink|drunk|drank|wine|beer|coke|cocaine|mdma|molly|ecstasy|speed|"
    r"meth|heroin|fent\w*|ket|ketamine|ghb|spice|lsd|acid|shrooms)\b",
    re.IGNORECASE,
)


def greening_out(text: str) -> bool:
    """Too much cannabis, told as it happens: harm reduction, not the crisis script."""
    plain = _plain(text)
    return bool(_GREENING.search(plain)) and not crisis_kind(plain) and not is_doubtful(plain)


def in_a_k_hole(text: str) -> bool:
    """A ketamine k-hole, told as it happens: keep safe and still until it passes."""
    plain = _plain(text)
    return bool(_K_HOLE.search(plain)) and not crisis_kind(plain) and not is_doubtful(plain)


# Wanting to cut down or stop: "i want to stop drinking", "how do i quit vaping", "trying to
# cut down on weed". A health goal, met with support and the line that helps with it.
_HABITS: tuple[tuple[str, str], ...] = (
    # (not "drinking coffee", "fizzy drinks" or "drinking so much water")
    (
        "drink",
        r"(?:drinking|the drink|drink|alcohol|booze|the booze|the bottle)(?! (?:coffee|tea|"
        r"fizzy|pop|soda|coke|energy|diet|caffeine|milk|water|juice|so much (?:coffee|tea|water|"
        r"pop|soda|coke)))",
    ),
    (
        "weed",
        r"(?:smoking )?(?:weed|cannabis|skunk|spliffs?|joints|edibles|thc|the weed)|smoking pot",
    ),
    ("smoking", r"smoking|smoke|cigarettes|cigs|fags|the fags|tobacco|nicotine|rollies"),
    ("vaping", r"vaping|vape|the vape|my vape|juuling|elf ?bars?"),
    ("gambling", r"gambling|gamble|betting|the bets|online betting|slots|the slots|scratch ?cards"),
    (
        "drugs",
        r"(?:doing |taking |using |sniffing )(?:drugs|coke|cocaine|ket|ketamine|mdma|speed|crack|"
        r"heroin|nos|balloons)|drugs|cocaine|ketamine|crack|heroin",
    ),
)
_CUT_VERB = (
    r"(?:stop|quit|give up|cut down(?: on)?|cut back(?: on)?|kick|pack in|cut out|lay off|"
    r"get off|come off)"
)
# Said of themself: "i want to", "im trying to", "how do i", "help me", or opening the message.
_CUT_DOWN_SAID = (
    r"(?:^\W*|\b(?:i|i'?m|im|i am|i'?ve|ive|i have|i'?d|id|i really|i just|me|really|"
    r"finally)\s+)(?:(?:really|just|finally|seriously|honestly|desperately|so|badly)\s+)*"
    r"(?:want|wanna|need|trying|try|tryna|going|gonna|ready|planning|plan|decided|hoping|"
    r"determined|like|would like|'d like|have|got|am going)\s+(?:to\s+)?(?:(?:finally|really|"
    r"properly|actually|try and|try to|just)\s+)*" + _CUT_VERB + r"\s+|"
    r"\bhow (?:do|can|should|would|could) i (?:\w+ )?" + _CUT_VERB + r"\s+|"
    r"\bhelp (?:me )?(?:to )?" + _CUT_VERB + r"\s+|\b(?:tips|advice|help|support) (?:for|on|"
    r"with|about) (?:quitting|stopping|giving up|cutting down(?: on)?|cutting back(?: on)?|"
    r"kicking)\s+|"
    r"\b(?:i'?m|im|i am) (?:finally |trying |going )?(?:quitting|stopping|giving up|"
    r"cutting down(?: on)?|cutting back(?: on)?|packing in)\s+"
)
_CUT_DOWN = tuple(
    (what, re.compile(rf"(?:{_CUT_DOWN_SAID})(?:my |the )?(?:{words})\b", re.IGNORECASE))
    for what, words in _HABITS
)
# "i drink too much", "i need to drink less": the same goal, said the other way round.
_LESS = re.compile(
    r"\b(?:i|i'?m|im)\s+(?:really\s+)?(?:need to|want to|wanna|should|have to|trying to)\s+"
    r"(?P<verb>drink|smoke|vape|gamble)\s+less\b|"
    r"\bi (?P<verb2>drink|smoke|vape|gamble) (?:way |far )?too much\b(?! (?:coffee|tea|water|"
    r"pop|coke|fizzy|caffeine|energy))|"
    r"\bi (?:want|need) to (?:get|be|stay) sober\b",
    re.IGNORECASE,
)
_LESS_WHAT = {"drink": "drink", "smoke": "smoking", "vape": "vaping", "gamble": "gambling"}
# Stopped already, or someone else's habit: "quit smoking 2 years ago", "my dad needs to stop".
_CUT_DOWN_NOT = re.compile(
    r"\b(?:quit|stopped|gave up|packed in) (?:\w+ ){0,2}(?:years?|months?|weeks?|days?) ago\b|"
    r"\b(?:my|his|her|their) (?:\w+ )?(?:husband|wife|partner|dad|father|mum|mom|mother|son|"
    r"daughter|brother|sister|friend|mate|boyfriend|girlfriend|bf|gf)\b.{0,30}\b(?:wants?|"
    r"needs?|is trying|keeps trying|won'?t)\b",
    re.IGNORECASE,
)


def cutting_down(text: str) -> str | None:
    """What they want to cut down on or stop ("drink", "smoking", "vaping", "gambling",
    "weed", "drugs"), said of themself; None otherwise."""
    plain = _plain(text)
    if _CUT_DOWN_NOT.search(plain):
        return None
    less = _LESS.search(plain)
    if less:
        verb = less.group("verb") or less.group("verb2")
        return _LESS_WHAT[verb.lower()] if verb else "drink"
    return next((what for what, pattern in _CUT_DOWN if pattern.search(plain)), None)


# Parts of life met with their own answer, in order of precedence (see lived_topics).
_LIVED: tuple[tuple[str, Callable[[str], object]], ...] = (
    ("ocd", ocd_told),
    ("craving", craving_told),
    ("coming_out", coming_out),
    ("crying_baby", baby_wont_settle),
    ("gambling", gambling_told),
    ("cutting_down", cutting_down),
    ("old_scars", old_scars_told),
    ("greening_out", greening_out),
    ("k_hole", in_a_k_hole),
)
