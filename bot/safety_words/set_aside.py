"""Crisis words used of something else: a harmless phrase, a story or a patient, too much cannabis.

`crisis_kind` removes these phrases before it reads the rest ("overdosed on chocolate", "writing a
story where the main character self harms", "took way too much weed"), so the crisis words count
only when what is left still tells a crisis.
"""

from __future__ import annotations

import re

from bot.safety_words.text import _plain

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


# Suicide or self-harm as a subject of news, study or a storyline, not their own: "coroner
# records a conclusion of suicide", "what does durkheim mean by anomic suicide", "the news
# about that footballer dying by suicide". Set aside from the explicit words; the
# model's reading still counts, and a sure one is asked about.
_A_SUBJECT = re.compile(
    r"\b(?:anomic|egoistic|altruistic|fatalistic|assisted|physician[- ]assisted|double|mass|"
    r"copycat|teen|youth|male|veteran|farmer|soldier) suicides?\b|"
    # seen online: "a tiktok of a guy reading his suicide note", "a video of her suicide attempt"
    # (not when they would copy it: "...and now i want to do the same")
    r"\b(?:tiktoks?|videos?|clips?|reels?|posts?|youtube|livestreams?|streams?|documentary|"
    r"news)\b(?!.*\b(?:do (?:the same|it too|that too|what (?:he|she|they) did)|same thing|"
    r"copy|join (?:him|her|them)|me too|i want)\b).{0,40}\b(?:his|her|their|a) suicide "
    r"(?:notes?|letters?|videos?|livestream)\b|"
    r"\b(?:suicide|self[- ]?harm) (?:storyline|story ?line|plot|figures|inquest|mention|content|"
    r"scene|bereavement|intervention|first aid|helpline info|awareness|prevention|disclosures?|"
    r"policy|workshop|training|course|charity|loss|jokes?|survivors?|prevalence|rates?|"
    r"statistics|stats|research)\b|\bparasuicide\b|"
    r"\b(?:stats|statistics|figures|rates?|prevalence|research|sources) (?:on|of|about|for|in) "
    r"(?:\w+ )?(?:suicide|self[- ]?harm)\b|\bpeople (?:who )?(?:die|died|dying) by suicide\b|"
    r"\bsuicides (?:are|were|have|had|don'?t|peak|rose|rise|fell|fall|went|go) (?:up|down|"
    r"peak|\w+)\b|\b(?:his|her|their) suicide\b(?! (?:attempt|note|plan|threat))|\bit was (?:a )?"
    r"suicide\b|\bif (?:you|anyone|someone)(?:'re| are| is)? (?:ever )?(?:feeling|feel|having|"
    r"struggling with) (?:suicidal|thoughts of suicide|self[- ]?harm\w*)|"
    r"\b(?:inquest|coroner|verdict|conclusion|documentary|podcast|article|episode|study|report|"
    r"headline|exhibition|lecture|essay|dissertation|book|novel|film|movie)\b.{0,40}?\b(?:of |"
    r"on |about |into )?"
    r"(?:(?:a |the )?(?:\w+ )?suicides?|self[- ]?harm)\b(?! (?:methods?|ways?|notes?))|"
    r"\b(?:(?:his|her|their|the) deaths? |(?:he|she|they|who|footballer|player|singer|actor|"
    r"actress|celebrity|star|man|woman|boy|girl|teen(?:ager)?|student|veteran|soldier|farmer)s? "
    r"(?:dying|died|dies|who died) )by suicide\b",
    re.IGNORECASE,
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


def not_their_own(text: str) -> bool:
    """Crisis words about a story, a character or a patient, not the person writing."""
    return bool(NOT_THEIR_OWN_CRISIS.search(_plain(text)))


# Crisis words in harmless uses: a film title, too much coffee.

# A kitchen or household burn, by accident: "burned myself on the oven", "burnt myself on the
# kettle" (not "on purpose", "again", "to feel something").
_HOUSEHOLD_BURN = (
    r"\bburn(?:ed|t) (?:myself|my (?:hand|wrist|arm|finger|fingers|thumb|palm|leg|tongue|"
    r"mouth)) (?:on|with|taking|getting) (?:the |a |my |some )?(?:\w+ )?(?:oven|hob|"
    r"stove|kettle|iron|pan|tray|toaster|straighteners|curling (?:iron|tongs|wand)|steam|grill|"
    r"bbq|barbecue|soup|tea|coffee|hot water|boiling water|oil|glue gun)\b"
    r"(?!.{0,30}\b(?:on purpose|deliberately|purposely|again|to feel|so i)\b)"
)

_HARMLESS = re.compile(
    # trying us out: "not much, just checking this out" (not checking out of life)
    # ("to check it out", of a bridge, is not)
    r"\bcheck(?:ing)? (?:this|you|u|(?:the|this) (?:app|bot|service)|mindlink) out\b|"
    # cuts at work or in money: "he said they're making cuts", "budget cuts", "a pay cut"
    r"\b(?:making|make|more|budget|job|staff|staffing|pay|funding|spending|benefit|welfare|"
    r"council|nhs|government|price|tax|rate|power) cuts?\b|\b(?:cuts?|cutting) (?:to|in) (?:the "
    r"|our |my |their )?(?:budget|jobs?|staff|pay|funding|hours|department|team|benefits?|"
    r"services?)\b|"
    # "i'm so tired i could die", "could die of embarrassment"
    r"\b(?:so|too|that) (?:tired|bored|hungry|embarrassed|full|hot|cold|sleepy|cringe)\b.{0,12}"
    r"\bi (?:could|might|am going to|'?m gonna) (?:literally )?die\b|"
    r"\b(?:could|want to|wanna|gonna|going to|about to|might|i'?ll) (?:literally |actually )?"
    r"die (?:of|from) (?:embarrassment|"
    r"boredom|laughter|shame|cringe|second-?hand embarrassment|hunger)\b|"
    # swearing off drink the morning after: "never drinking again", "never touching tequila again"
    # (the whole message, so nothing else told beside it is set aside with it)
    r"^\W*(?:(?:ugh|omg|honestly|seriously|i'?m|im|i am|i'?ll|ill|i will)\W+)*never (?:drinking|"
    r"drink|touching (?:alcohol|booze|the drink|drink|tequila|vodka|gin|rum|sambuca|jager|cider|"
    r"wine|shots)) (?:ever )?again(?:\W+(?:lol|lmao|haha\w*|tbh|ever|mate|fr))*\W*$|"
    r"\bsuicide (?:squad|prevention|awareness|rates?|statistics|research|hotline numbers?|"
    r"doors?|forest|and redemption)\b|"
    # a game's mission: "that suicide mission in mass effect wrecked me lol"
    r"\bsuicide (?:mission|run) (?:in|from|on) (?:mass effect(?: \d)?|me\d|the game|a game|"
    r"halo|cod|gta|fortnite|warzone|the (?:film|movie|show|series|book))\b|"
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
    # asking someone out: "i need to shoot my shot with her", "shot my shot and got rejected"
    r"\b(?:shoot|shooting|shot|shoots) (?:my|his|her|their|your|our) shot\b|"
    # "die" for "dye": "i want to die my hair pink", "gonna die it blue"
    r"\b(?:die|died|dying) (?:my|his|her|their|your|it|them) (?:\w+ )?(?:hair|roots|fringe|beard|"
    r"eyebrows?|brows|lashes|tips|ends)\b|\b(?:die|died|dying) (?:my |it |them )?(?:hair )?(?:pink|"
    r"blue|red|purple|green|black|blonde|blond|brown|ginger|silver|grey|gray|orange|lilac|teal)\b|"
    # food or drink gone down the wrong way: "he choked on his food but hes fine now"
    r"\bchok(?:ed|ing|es) on (?:a |an |his |her |my |their |the |some )?(?:\w+ )?(?:food|"
    r"dinner|lunch|breakfast|sweet|crisp|crisps|bone|water|drink|tea|coffee|popcorn|grape|"
    r"nut|peanut|sandwich|toast|pizza|chicken|steak|bread|apple|spit|saliva|gum)\b|"
    # a period: "i bled through my jeans at school"
    r"\bbled through (?:my|his|her|the|their) (?:\w+ )?(?:jeans|trousers|pants|pad|tampon|sheets|"
    r"uniform|skirt|shorts|leggings|knickers|underwear|clothes|chair)\b|"
    r"\bpush(?:ed|es|ing)? me (?:on|in) (?:the|a) (?:swings?|pram|buggy|wheelchair|trolley)\b|"
    r"\bthr(?:ew|ows|own) (?:a|the) (?:ball|frisbee|pillow|snowball) at me\b|"
    r"\brelapse (?:with|of) (?:this|my|a|the) (?:cold|flu|cough|virus|covid|chest infection)\b|"
    r"\bpillow fights?\b|\bchef'?s knives?\b|"
    # things hung up: "i hanged the picture in the hallway", "hung the washing out"
    r"\b(?:hang|hangs|hung|hanged|hanging) (?:up |out )?(?:the |a |some |my |our |his |her )?"
    r"(?:new |big |old )?(?:pictures?|paintings?|photos?|frames?|mirrors?|curtains?|blinds|washing|"
    r"laundry|clothes|coats?|jackets?|shelf|shelves|lights|fairy lights|decorations|wallpaper|"
    r"posters?|tv|plants?|baskets?|bunting|stockings?|wreath)\b|"
    # a call or chat ended: "i want to end this call", "can we end the meeting"
    r"\b(?:end|ending|ended|finish|finishing) (?:this|the|our|that) (?:call|chat|conversation|"
    r"convo|meeting|zoom|session|game|stream|thread|episode|season|book|chapter)\b|"
    # opened with a blade: "i slit the envelope open", "sliced open the parcel"
    r"\b(?:slit|slitting|sliced|slicing|slice|cut|cutting) (?:open )?(?:the |an? |this |my |that )?"
    r"(?:envelope|bag|box|packet|parcel|package|tape|letter|seal|sack|wrapper)\b(?: open)?"
    r"(?!.{0,60}\b(?:wrists?|arms?|throat|skin|thighs?|legs?|myself|me)\b)|"
    # less of something: "i'm cutting back on sugar", "cutting down on coffee"
    r"\bcut(?:ting)? (?:back|down) on (?:the |my )?(?:sugar|carbs|caffeine|coffee|tea|meat|"
    r"dairy|spending|screen time|social media|junk food|snacks|sweets|chocolate|crisps|takeaways|"
    r"energy drinks|fizzy drinks|salt|bread|overtime|shifts|hours)\b|"
    # another round of an exercise: "can we go again", "lets do that again"
    r"^\W*(?:(?:ok|okay|yes|yeah|that was good|nice)\W+)*(?:can we|could we|shall we|let'?s|"
    r"lets) (?:go|do (?:it|that|one|this|another one)) again(?: please| pls)?\W*$|"
    # the chores falling on them: "it'd be easier if i wasnt the only one doing the dishes"
    r"\bif i (?:wasn'?t|wasnt|weren'?t|was not) the only one (?:doing|who|that|cleaning|cooking|"
    r"washing|paying|working|looking after|taking)\b|"
    # "my knife collection", but not "staring at the knife block"
    r"(?<!at the )(?<!at my )(?<!at a )\bknife (?:collection|set|block|skills)\b|"
    # the car at the mechanic's: "car's in the garage for its MOT so i'm getting the bus"
    r"\b(?:in|at|to|from|into) the garage (?:for|to get|getting|being|to be) (?:its |an? |the |"
    r"some |her |his |my )?(?:mot|service|servicing|repairs?|new (?:tyres|brakes|clutch|"
    r"battery|exhaust)|fixed|sorted|looked at|checked)\b|"
    # a game or a contest lost: "my dad beat me at arm wrestling", "beat me by 2 marks"
    r"\b(?:beat|beats|beaten|thrashed|battered|destroyed|hammered|whooped|bodied) (?:me|us) "
    r"(?:again |easily |so bad |every time )?(?:at|in) (?:a |the |every )?(?:game of |round of "
    r"|match of )?(?:chess|cards|poker|uno|monopoly|scrabble|cluedo|snap|fifa|fortnite|cod|"
    r"mario ?kart|smash bros|tekken|pool|snooker|darts|tennis|golf|squash|badminton|ping ?pong|"
    r"table tennis|bowling|(?:an )?arm[- ]?wrestl\w*|a race|the race|(?:pub )?quiz|trivia|"
    r"wordle|connect (?:4|four)|checkers|draughts|backgammon|board games?|video games?|games?|"
    r"exams?|the test|maths|sports day|the final|rock paper scissors|mario|catan|bananagrams|"
    r"sudoku|crosswords?)"
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
    # ... told the other way round: "if my crush doesn't text back i'm literally going to die"
    r"\bif (?:he|she|they|you|u|my \w+)(?: \w+)? (?:doesn'?t|don'?t|won'?t|doesnt|dont|wont) "
    r"(?:text|reply|message|msg|call|answer|dm)(?: (?:me|back|me back))*\b.{0,25}\b(?:i'?m|im|"
    r"i am|i'?ll|ill|i will|i) (?:literally |actually |genuinely )?(?:gonna |going to |will )?"
    r"die\b(?!.{0,30}\b(?:myself|for real|fr|not joking|no joke)\b)|" + _HOUSEHOLD_BURN + r"|"
    # a kitchen or household burn: "burned myself on the oven" (not "on purpose")
    # a sports or garden injury: "hurt myself at the gym, pulled a muscle"
    r"\bhurt myself (?:at (?:the )?(?:gym|football|netball|rugby|training|park)|(?:playing|"
    r"lifting|running|training|skiing|climbing|dancing|gardening|skating|cycling|on the "
    r"(?:trampoline|stairs|bike|ice))\b)|"
    # a strain told with how it happened: "i hurt my back lifting boxes", "did my knee in at
    # football" (a body part alone, or "on purpose", is not set aside)
    r"\b(?:hurt|pulled|strained|twisted|sprained|tweaked|injured|did|popped|jarred|cricked) my "
    r"(?:lower |upper )?(?:back|knee|ankle|shoulder|neck|hamstring|calf|groin|hip|elbow|foot|"
    r"toe|finger|thumb|rotator cuff|achilles)(?: in)?\b(?! (?:on purpose|deliberately))"
    r"(?=.{0,30}\b(?:lifting|carrying|moving|at (?:the )?(?:gym|work|football|training|park)|"
    r"playing|running|training|skiing|fell|falling|tripped|slipped|on the (?:stairs|ice|pitch)|"
    r"doing (?:\w+ )?(?:deadlifts|squats|yoga|pilates|press-?ups|the garden)|gardening|"
    r"hoovering|sneezing|sneezed|bending)\b)|"
    # sport and titles: "what's a suicide run in football training", "the virgin suicides",
    # "that presentation was career suicide"
    r"\bsuicide (?:runs?|sprints?|drills?|shuttles?)\b|\bvirgin suicides\b|\bcareer suicide\b|"
    # play called suicidal: "the wallabies defence tonight was suicidal", "suicidal back pass"
    r"\b(?:defen[cs]e|defending|tackling|passing|back ?pass|pass|tackle|overtake|driving|"
    r"tactics|formation|line-?up|high line|keeping|goalkeeping|batting|shot selection|"
    r"substitutions?|game plan|gameplan) (?:was|is|were|are|looked|looks|tonight was|today was) "
    r"(?:\w+ )?suicidal\b|\bsuicidal (?:defen[cs]e|defending|pass|back ?pass|tackle|tackling|"
    r"overtake|tactics|high line|driving|batting|shot|run out|substitutions?|game plan)\b|"
    r"\boverdose (?:limit|amount|level|dose) (?:for|of|on) vitamin \w+\b|"
    # a title: "our new song is called suicide season", "the film's called kill me now"
    r"\b(?:song|album|track|ep|band|film|movie|book|show|series|episode|game|play|poem)'?s? "
    r"(?:is |was )?(?:called|titled|named) [\w' ]{1,40}",
    re.IGNORECASE,
)


def household_burn(text: str) -> bool:
    """A burn from the oven, the kettle or the straighteners, by accident: first aid."""
    return re.search(_HOUSEHOLD_BURN, _plain(text), re.IGNORECASE) is not None


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

# Other drugs, drink or pills alongside: not only cannabis, so "too much" stays an overdose.
_NOT_ONLY_WEED = re.compile(
    r"\b(?:pills?|tablets?|meds|paracetamol|ibuprofen|codeine|xanax|benzos?|valium|diazepam|"
    r"tramadol|alcohol|vodka|drink|drunk|drank|wine|beer|coke|cocaine|mdma|molly|ecstasy|speed|"
    r"meth|heroin|fent\w*|ket|ketamine|ghb|spice|lsd|acid|shrooms)\b",
    re.IGNORECASE,
)
