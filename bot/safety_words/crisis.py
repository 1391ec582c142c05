"""Crisis told in so many words, in the first person.

`CRISIS_PATTERNS` name a danger, a wish to die, self-harm or abuse, and count whatever the model
says (`bot/safety.py`). `crisis_kind` first sets aside what is not the writer's own crisis (a
harmless phrase, a story, a death by suicide grieved, a healed scar, too much cannabis, someone
else at risk, a crisis denied or told as the past), then names the most urgent kind left.
"""

from __future__ import annotations

import re

from bot.safety_words.others import _LOST_TO_SUICIDE, is_third_party
from bot.safety_words.past import _HARM_AGAIN, _OLD_SCAR, told_as_past
from bot.safety_words.set_aside import (
    _A_STORY_ABOUT,
    _A_SUBJECT,
    _GREENING,
    _HARMLESS,
    _NOT_ONLY_WEED,
    _NOT_THEIR_OWN,
)
from bot.safety_words.text import _plain

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
    # told the other way round, or after: "from all the pills i took", "after taking loads of
    # tablets"
    r"\b(?:all|loads|a load|a lot|a bunch|a handful|too many|so many) (?:of )?(?:the|my|those|"
    r"these|them|of them)? ?(?:\w+ )?(?:pills|tablets|meds|painkillers|paracetamol) (?:i|i'?ve|"
    r"i have|i just) (?:just )?(?:took|taken|swallowed|had|necked|downed)\b",
    r"\bafter (?:taking|swallowing|necking|downing) (?:loads of|too many|so many|all (?:of )?"
    r"(?:my|the)|a (?:bunch|lot|load|handful|whole (?:box|bottle|pack|packet)) of|[1-9]\d+) "
    r"(?:\w+ )?(?:pills|tablets|meds|painkillers|paracetamol)\b",
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
        # pills and a goodbye, in emoji: "💊💊💊💊💊 🥂 bye", "💊💊💊 👋" (they may have taken them:
        # the emergency number first)
        r"💊\W*💊.*(?:\b(?:bye|goodbye|farewell|love you all)\b(?!\W+(?:bye\W+)?(?:pain|"
        r"headache|migraine|cramps?|period pain|back ?ache))|👋|✌|🪦|⚰)|"
        r"(?:\b(?:bye|goodbye|farewell)\b|👋|🪦|⚰).*💊\W*💊",
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
        # a car or a stranger circling them: "same car's gone past me 4 times and slowed down"
        r"^(?!.*\b(?:nothing happened|got home|made it home|home (?:now|safe)|last (?:night|week)|"
        r"yesterday|the other (?:day|night))\b).*(?:"
        r"\b(?:same|this|a|some|that) (?:car|van|guy|man|bloke|stranger)(?:'s| has| is)? (?:gone|"
        r"went|driven|drove|walked|come|came|been) (?:past|by|round) (?:me|my (?:house|flat|"
        r"window))\b.{0,20}\b(?:\d+|two|three|four|five|six|several|a few|a couple of|so many) "
        r"times\b|\b(?:car|van)\b.{0,40}\bslow(?:ed|s|ing)? (?:right )?down (?:again|next to me|"
        r"beside me|alongside me|near me|by me)\b)",
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
        # a height or a means looked at and "how easy it would be": "up at the cliffs most
        # evenings just looking down and thinking how easy it would be", "stood at the edge of
        # the platform thinking how easy it'd be to step off"
        r"^(?=.*\b(?:cliffs?|edge|ledge|bridge|roof|rooftop|balcony|tracks|platform|car ?park|"
        r"multi-?storey|looking down|the drop|the river|the pills|the tablets|the rope|the "
        r"knife|the blade)\b).*\b(?:how easy it(?: would|'d| will|d) be(?=\W*$|\s*[.,!;…]|\s+(?:to "
        r"(?:just )?(?:jump|step|let go|fall|go over|end|do it)|tbh|honestly|ngl|and|anyway|lol)\b)"
        r"|how easy (?:it is|it'?s) to (?:just )?(?:jump|step|let go|fall|end it))",
        r"\bhow easy it(?: would|'d|d) be to (?:just )?(?:jump|step (?:off|in front|out)|let go|"
        r"fall|end it|end it all|not wake up|drive (?:off|into)|swerve|crash|take (?:them|the "
        r"lot|all of them|it all)|slip under|walk into (?:the sea|the river|traffic))\b",
        # how much would mean not waking: "how many sertraline would it take to not wake up",
        # "how much paracetamol till you dont wake up"
        r"\bhow (?:many|much)\b.{0,40}\b(?:would|does|will|do|to|till|until|before)\b.{0,25}"
        r"\b(?:not|never|wouldn'?t|won'?t|don'?t|dont) (?:wake|waking) (?:up|back up)\b"
        r"(?=\W*$|\s*[.,!?;]|\s+(?:again|ever|at all|anymore|tomorrow|in the morning)\b)",
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
        r"\bje (?:ne )?veux plus vivre\b|\ben finir\b|\bje vais me (?:tuer|suicider)\b|"
        r"\benvie de mourir\b|\bme voy a (?:matar|suicidar)\b|\bvoy a (?:matarme|suicidarme)\b|"
        r"\bn[aã]o quero (?:mais )?viver\b|\bmi voglio (?:uccidere|ammazzare)\b|"
        r"\bnon voglio pi[uù] vivere\b",
        r"\bmarna (?:hai|chahta|chahti)\b|\bjeena nahi\b|\bkhudkushi\b|\bmar jaana\b|"
        r"\bmar jaun\b|\bmar jau\b|\bmar jana (?:hai|chahta|chahti)\b|\bzinda nahi rehna\b",
        r"\b(?:bidi|bghit|ayza|ayez|abi|badi|biddi) (?:n?mout|amot|amoot|amout|mout)\b|"
        r"\bmafi fayda\b",
        r"\b(?:ich will|ich möchte|ich moechte) (?:nicht mehr leben|sterben|mich umbringen)\b|"
        r"\bich (?:bring|bringe) mich um\b|\bvoglio (?:morire|uccidermi|farla finita)\b|"
        r"\b(?:ölmek|olmek|kendimi öldürmek|kendimi oldurmek) istiyorum\b|\bintihar\w*\b|"
        r"\byaşamak istemiyorum\b|\byasamak istemiyorum\b",
        r"\bi (?:wan|wan to|wanna) die\b|\bi go kill (?:myself|my self)\b",
        # the "i" dropped, as texts do: "wanna die lmao but fr", "honestly wanna die"
        r"^\W*(?:(?:honestly|tbh|ngl|literally|fr|just|rn|lowkey|highkey|kinda|really|so|ugh+)\W+)*"
        r"wanna die\b(?! (?:laughing|of (?:embarrassment|cringe|shame)|from (?:cringe|"
        r"embarrassment)))",
        r"\bkill(?:ing)? my ?self\b",
        r"\bkms\b",
        # words spelled to slip past filters: "sewerslide", "su1cide", "s*icide"
        # (not the word talked about: "why do people write sewerslide", "she puts it in her
        # stories")
        r"^(?!.*\b(?:why do|people|the word|means?|say|says|saying|write|writes|writing|putting|"
        r"puts|posts?|posting|stories|she|he|they|my (?:sister|brother|friend|son|daughter)|"
        r"hashtag)\b).*(?:\bsewer ?slide\b|\bs(?:u|\*)[i1!\*]c[i1!\*]d\w*|\bsu\*+de\b)",
        r"\bsuicid",
        r"\bend(?:ing)? (?:my|it) all\b",
        r"\bend(?:ing)? my life\b",
        r"\btake my (?:own )?life\b",
        r"\bunalive (?:my ?self|me)\b",
        r"\b(?:want|wanna|going|gonna|ready|plan(?:ning)?) to die\b",
        r"\bwish i (?:was|were) dead\b",
        r"\bbetter off (?:dead|without me)\b",
        r"\bno reason to (?:live|be alive|go on)\b",
        # not trusting themselves: "i don't trust myself alone tonight", "cant trust myself
        # right now" (not "to cook", "around chocolate")
        r"\b(?:don'?t|dont|do not|can'?t|cant|cannot|no longer) trust myself(?: (?:alone |on my "
        r"own |by myself )?(?:with|around|near) (?:the|my|these|those|a|all (?:the|my|these)) "
        r"(?:pills|tablets|meds|medication|knife|knives|blades?|razors?|rope)\b|(?: (?:to be )?"
        r"(?:alone|on my own|by myself))?(?: (?:tonight|right now|rn|at the moment|anymore|any "
        r"more|today))?(?=\W*$|\s*[.,!;…]|\s+(?:and|tbh|honestly|ngl)\b))",
        # "done collecting reasons to stay", "running out of reasons to keep going"; not "no
        # reason to stay at this job"
        r"\b(?:no|out of|done (?:collecting|looking for|finding)|run(?:ning)? out of|can'?t "
        r"(?:find|think of)|not (?:a|one))(?: a| any| one| a single| single| more| good)* reasons? "
        r"(?:left )?(?:to|for) (?:live|living|stay|staying|be here|being here|keep going|go on|"
        r"stick around|wake up)\b(?! (?:at|in|with|for|on|late|up|home|over|there|here)\b)",
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
        # cutting told with no object: "i cut again", "been cutting" (not "cut my hair again",
        # "been cutting back on sugar")
        r"\bi (?:cut|cutted) (?:again|last night|today|tonight|yesterday|this morning)\b|"
        r"\b(?:i'?ve been|i have been|ive been|been|keep|kept|i'?m|im) cutting(?: again)?\b"
        r"(?! (?:back|down|out|off|up|in|through|corners|class|classes|school|lessons|carbs|"
        r"sugar|\w+ out|the|my|a|it|them|him|her|people|ties|costs|hours)\b)",
        # the marks told of: "she found the cuts on my arm", "what i do to my arms"; not cuts
        # from the cat or the garden
        r"\b(?:the|my|fresh|new|deep|those) (?:cuts|burns) on my (?:arms?|wrists?|thighs?|legs?|"
        r"stomach|hips?|ankles?|skin)\b(?!.{0,25}\b(?:from|after|off|because of|when i fell)\b)",
        r"\bwhat i (?:do|did|have been doing|'?ve been doing) to my (?:arms?|wrists?|thighs?|legs?|"
        r"body|skin)\b",
        r"\b(?:sh(?:'?d)? again|did sh|relapsed (?:on |with |into )?sh|sh relapse)\b",
    ),
    "abuse": (
        # silenced: "she told me no one would believe me", "he says nobody will believe me"
        r"\b(?:told|tells|said|says|keeps? saying|warned)(?: me)? (?:that )?(?:no ?one|nobody|"
        r"no-one) (?:would|will|'?d|'?ll|is going to|would ever|will ever|ever) (?:ever )?believe "
        r"me\b(?! if i (?:won|win|passed|got|did))",
        # money kept from them: "my wife controls every penny, i have to ask her for bus fare"
        r"\b(?:controls?|controlling|takes?|took) (?:every penny|all (?:of )?(?:my|our|the) money|"
        r"my (?:money|wages|bank ?cards?|pension|benefits))\b.{0,60}\b(?:have to|make me|makes me) "
        r"(?:ask|beg|show|account)\b|\b(?:have to|make me|makes me) (?:ask|beg) (?:him|her|them) "
        r"(?:for|before)\b.{0,40}\b(?:money|bus fare|every penny|receipts?)\b|\bshow (?:him|her|"
        r"them) (?:every |all (?:the |my )?)?receipts?\b",
        # set upon: "the year 11s jumped me behind the shops", "got jumped on my way home"
        r"\b(?:got|been|was|were|getting) jumped\b(?! (?:in|into|on(?:to)? (?:a|the) (?:call|train|"
        r"bus|trampoline|bandwagon)|the queue|to|at|up|by (?:the|a) (?:film|movie|jump ?scare))\b)|"
        r"\b(?:they|he|she|some \w+|a (?:group|gang|load) of \w+|lads|boys|girls|(?:the )?year "
        r"\d+s)(?: all)? jumped me\b",
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
        # ... or on someone they love: "if i tell anyone what he does he'll hurt my little sister",
        # "if i go to the cops he'll hurt the dog"
        r"\bif i (?:leave|left|go|tell (?:anyone|anybody|someone|the police|the cops)|go to the "
        r"(?:police|cops|guards|gardai))\b.{0,50}\b(?:kill me|hurt me|take (?:the|my) (?:kids|"
        r"children)|(?:kill|hurt|hit|beat|do something to) (?:my (?:little |baby |big )?(?:sister|"
        r"brother|mum|mom|mam|kids?|children|son|daughter|baby|nan|gran|dog|cat)|the (?:dog|cat|"
        r"kids|children|baby)))",
        # "gets handy" (Irish and British): violent. "my da gets handy with me ma when he's had a
        # few", "he gets a bit handy with his fists" (not "handy with a drill")
        rf"(?:{_ABUSER}|\b(?:my|me) (?:da|oul fella|oul lad|auld fella|old man|fella))\s+(?:\w+ )?"
        r"(?:(?:is|was) (?:a bit |very |too |real )?handy with (?:his|her) fists\b|"
        r"(?:gets?|got|getting|can get) (?:a bit |a little |very |too |real |fierce )?"
        r"handy (?:with (?:me|her|him|them|us|(?:my|me) (?:ma|mam|mum|mom|mother|sister|brother|"
        r"wife|missus|kids|children|girlfriend|boyfriend|husband|partner)|his fists|her fists|the "
        r"kids)\b|when (?:he|she|they)(?:'?s|'re| is| are| has| have)? (?:had (?:a few|a drink|a "
        r"couple|too many|drink taken)|drunk|pissed|been drinking|angry)))",
        # "my ex punched me", "my dad still hits me", "he threw a plate at my head"
        rf"{_ABUSER}\s+(?:(?:still|again|always|keeps?|sometimes|just|has|had|then|also|even|"
        r"literally|once) )*(?:hits?|hitting|beats?|beating|hurts|hurting|chok\w*|strangl\w*|"
        r"kick(?:s|ed|ing)?|punch(?:es|ed|ing)?|slap(?:s|ped|ping)?|shoved|pushed|rapes?|raped|"
        r"touch(?:es|ed)|smacked|whipped|belted|headbutted|dragged|pinned|burn(?:t|ed)) me\b"
        r"(?! (?:up|out|off|to|into|at|by)\b)",
        rf"{_ABUSER}\s+(?:\w+ )?(?:threw|throws|thrown|throwing) (?:a|an|the|his|her|my|something|"
        r"things|stuff) (?:\w+ )?at (?:me|my (?:head|face))\b",
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
        # afraid of a partner: "i'm scared of my boyfriend", "he's possessive and i'm scared of
        # him", "my husband scares me"
        r"\b(?:scared|afraid|terrified|frightened) of my (?:\w+ )?(?:boyfriend|girlfriend|bf|gf|"
        r"partner|husband|wife|fianc[eé]e?)\b|"
        r"\b(?:boyfriend|girlfriend|bf|gf|partner|husband|wife|fianc[eé]e?)\b.{0,80}\b(?:scared|"
        r"afraid|terrified|frightened) of (?:him|her|them)\b(?! (?:leaving|finding out|getting|"
        r"being|losing|going|dying|breaking|cheating))|"
        r"\bmy (?:\w+ )?(?:boyfriend|girlfriend|bf|gf|partner|husband|wife|fianc[eé]e?) "
        r"(?:really |sometimes |properly )?(?:scares|frightens|terrifies) me\b",
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
        r"(?:tracking|tracks|tracked) my (?:phone|location|car|every move)\b|"
        # (checking a phone is abuse from a partner; from "she" it may be a parent)
        r"\bmy (?:ex|boyfriend|girlfriend|partner|husband|wife)(?:'s| is)? (?:always |still )?"
        r"(?:checks|checking|goes through|going through) my (?:phone|messages|texts)\b|"
        r"\b(?:put|found|there'?s) a (?:tracker|tracking device|airtag) (?:on|in|under) my\b|"
        r"\bafter i (?:changed my (?:number|phone)|blocked (?:him|her|them)(?: everywhere)?|moved "
        r"(?:house|out|away))\b.{0,80}\b(?:turned up|showed up|found me|outside my|still "
        r"(?:messag|text|call)\w*)\b|"
        r"\b(?:turned up|showed up|found me)\b.{0,80}\bafter i (?:changed my (?:number|phone)|"
        r"blocked (?:him|her|them)|moved (?:house|out|away))\b",
        STRANGLING,
    ),
}

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

_CRISIS = {k: [re.compile(p, re.IGNORECASE) for p in v] for k, v in CRISIS_PATTERNS.items()}

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


def denies_crisis(text: str) -> bool:
    """A crisis word used to say it is not one ("it was drinking not self harm", "i dont want
    to die, i just dont want to do anything")."""
    plain = _plain(text)
    return bool(_DENIED.search(plain) or _NEGATED.search(plain) or _THOUGHTS_DENIED.search(plain))


# Someone else's overdose, told of them: "he overdosed 2 years ago", "she'd od'd before".
_THEIR_OVERDOSE = re.compile(
    r"\b(?:he|she|they)(?:'d| had| has| have)? (?:overdosed|od'?d|od'?ed)\b", re.IGNORECASE
)


def crisis_kind(text: str) -> str | None:
    """The kind of crisis an explicit first-person phrase names, or None."""
    text = _plain(text)
    for told_of_others in (
        _HARMLESS,
        _LOST_TO_SUICIDE,
        _A_STORY_ABOUT,
        _A_SUBJECT,
        _NOT_THEIR_OWN,
        _THOUGHTS_DENIED,
        _THEIR_OVERDOSE,
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


# After a death: wishing it had been them instead ("like it should have been me", "i should
# have been there instead of her", "why her and not me"). Asked about directly.
_SURVIVOR_GUILT = re.compile(
    r"\b(?:it|that|they|she|he)?\s*(?:should|shouldve|should'?ve|shoulda) (?:have |of )?been me\b|"
    r"\b(?:should|shouldve|should'?ve|shoulda|wish i (?:had|'d)|wish it (?:was|were)|it "
    r"(?:should|ought to) have) (?:have |of )?(?:been|gone|died)?\s*(?:there |me |the one )?"
    r"instead of (?:her|him|them|my \w+)\b|"
    r"\bwish (?:it|that) (?:was|were|had been) me\b(?! (?:who|that) (?:got|won|went|was picked|"
    r"was chosen))|"
    r"\bwhy (?:her|him|them|my \w+),? (?:and|but) not me\b|"
    r"\b(?:i|it) (?:should|shouldve|should'?ve|shoulda) (?:have |of )?been the one\b(?! (?:who|"
    r"that|to) (?:got|won|went|was picked|drove|called|rang|noticed|helped|checked|saw|answered|"
    r"picked|found|spotted|stayed|get|win|drive|call|ring|notice|help|check|see|answer|pick|find|"
    r"spot|stay|tell|told|say|said|look|looked)\b)|"
    r"\b(?:i|me) (?:should|shouldve|should'?ve) (?:have )?(?:died|gone) (?:too|with (?:her|him|"
    r"them)|instead)\b",
    re.IGNORECASE,
)
# Not a death: a prize, a place, a part given to someone else.
_NOT_SURVIVOR = re.compile(
    r"\b(?:promot\w*|job|role|part|team|picked|chosen|selected|won|win|prize|award|place|"
    r"captain|interview|lead|solo|date|invite\w*|offer)\b",
    re.IGNORECASE,
)


def survivor_guilt(text: str) -> bool:
    """Wishing they had died instead of someone who did: asked directly about thoughts of
    dying (a prize or a job that went to someone else is not this)."""
    plain = _plain(text)
    return _SURVIVOR_GUILT.search(plain) is not None and not _NOT_SURVIVOR.search(plain)
