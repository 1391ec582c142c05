"""Country, time zone and helpline from a phone number."""

from __future__ import annotations

import re
from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import phonenumbers
from phonenumbers import timezone as pn_timezone

from bot.languages import greeted_in

if TYPE_CHECKING:
    from store.models import Conversation


def country_of(number: str) -> str | None:
    """ISO country code for an E.164 number, or None when unknown."""
    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return None
    return phonenumbers.region_code_for_number(parsed) or None


# The zone most people in a country use; phonenumbers lists every zone a prefix might be in.
PRIMARY_ZONE = {
    "GB": "Europe/London",
    "IE": "Europe/Dublin",
    "IN": "Asia/Kolkata",
    "AU": "Australia/Sydney",
    "NZ": "Pacific/Auckland",
    "ZA": "Africa/Johannesburg",
    "NG": "Africa/Lagos",
    "KE": "Africa/Nairobi",
    "DE": "Europe/Berlin",
    "FR": "Europe/Paris",
    "ES": "Europe/Madrid",
    "IT": "Europe/Rome",
    "NL": "Europe/Amsterdam",
    "BR": "America/Sao_Paulo",
    "PH": "Asia/Manila",
    "SG": "Asia/Singapore",
    "PK": "Asia/Karachi",
    "GH": "Africa/Accra",
    "MX": "America/Mexico_City",
    "US": "America/New_York",
    "CA": "America/Toronto",
    "PT": "Europe/Lisbon",
    "UA": "Europe/Kyiv",
    "CN": "Asia/Shanghai",
}
# Countries that span several zones: the guess needs confirming.
MULTI_ZONE = frozenset({"US", "CA", "AU", "BR", "RU", "MX", "ID", "KZ", "CL", "AR"})
_RENAMED = {
    "Asia/Calcutta": "Asia/Kolkata",
    "Asia/Saigon": "Asia/Ho_Chi_Minh",
    "Asia/Katmandu": "Asia/Kathmandu",
    "Europe/Kiev": "Europe/Kyiv",
}


def guess_timezone(number: str, default: str = "UTC") -> tuple[str, bool]:
    """Best-guess IANA zone for a number and whether the guess is unambiguous."""
    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return default, False
    region = phonenumbers.region_code_for_number(parsed)
    zones = [
        _RENAMED.get(z, z) for z in pn_timezone.time_zones_for_number(parsed) if z != "Etc/Unknown"
    ]
    if len(zones) == 1:
        return zones[0], True
    if region in PRIMARY_ZONE:
        return PRIMARY_ZONE[region], region not in MULTI_ZONE
    if not zones:
        return default, False
    return zones[0], False


def is_valid_number(number: str) -> bool:
    """True for a plausible E.164 number."""
    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_possible_number(parsed)


# Everyday words that differ by country, with a default in the table's "default" entry:
# the family doctor ("GP"), a baby's bed ("crib"), where urgent hospital care is ("A&E",
# "the ER") and who a worry about a child goes to at work ("designated safeguarding lead").
_LOCAL_WORDS = ("doctor", "cot", "hospital", "safeguarding_lead")


def helpline_of(convo: Conversation, settings: dict[str, Any]) -> dict[str, str]:
    """The helplines for one person: their country's, with the line for
    young people named first when they have said they are young."""
    line = helpline_for(convo.country, settings["helplines"])
    if (convo.slots or {}).get("deaf") and line["deaf"]:  # no spoken prompt to answer
        line = {**line, "silent": line["deaf"]}
    if (convo.slots or {}).get("young") and line["child"]:
        young = f"{line['child']}, free and private for young people, or {line['sentence']}"
        line = {**line, "sentence": young}
    return line


def helpline_for(country: str | None, table: dict[str, Any]) -> dict[str, str]:
    """The helpline entry for a country, falling back to the table's default."""
    entry = table.get(country or "") or table["default"]
    name, phone, text = entry.get("name", ""), entry.get("phone", ""), entry.get("text", "")
    sentence = entry.get("sentence") or (f"{name} on {phone}" + (f" (or {text})" if text else ""))
    emergency = entry.get("emergency") or table["default"].get(
        "emergency", "your local emergency number"
    )
    words = {word: entry.get(word) or table["default"].get(word, "") for word in _LOCAL_WORDS}
    return {
        "name": name,
        "phone": phone,
        "text": text,
        "sentence": sentence,
        "emergency": emergency,
        "abuse": entry.get("abuse", ""),
        "child": entry.get("child", ""),
        "assault": entry.get("assault", ""),
        "eating": entry.get("eating", ""),
        "silent": entry.get("silent", ""),
        "free": entry.get("free", ""),
        "medical": entry.get("medical", ""),
        "veterans": entry.get("veterans", ""),
        "elder": entry.get("elder", ""),
        # A free line older people can ring any time just to talk (the Silver Line).
        "older_chat": entry.get("older_chat", ""),
        "lgbt": entry.get("lgbt", ""),
        "alcohol": entry.get("alcohol", ""),
        "ocd": entry.get("ocd", ""),
        "men": entry.get("men", ""),
        "lgbt_abuse": entry.get("lgbt_abuse", ""),
        # A line that helps get intimate images taken down (the Revenge Porn Helpline).
        "image_abuse": entry.get("image_abuse", ""),
        "gambling": entry.get("gambling", ""),
        "deaf": entry.get("deaf", ""),
        "housing": entry.get("housing", ""),
        "stalking": entry.get("stalking", ""),
        "carers": entry.get("carers", ""),
        # A line for families living with dementia (Dementia UK's Admiral Nurses).
        "dementia": entry.get("dementia", ""),
        "housing_young": entry.get("housing_young", ""),
        # A nurse or health advice line for "is this urgent?" (NHS 111, 1800MEDICARE);
        # not a poisons line, which is "medical" outside the UK.
        "advice": entry.get("advice", ""),
        # Who checks on a baby at home after the birth (a health visitor); empty where
        # that is the family doctor.
        "baby_nurse": entry.get("baby_nurse", ""),
        # The police for what is not an emergency (101); empty where there is no one number.
        "police": entry.get("police", ""),
        # A line for adults worried about a child (the NSPCC helpline).
        "child_worry": entry.get("child_worry", ""),
        # A suicide line for young people and adults worried about one (Papyrus HOPELINE247).
        "young_line": entry.get("young_line", ""),
        # A line for someone who hurt a partner and wants to stop (the Respect Phoneline).
        "own_abuse": entry.get("own_abuse", ""),
        # A line for adults who were hurt as children (NAPAC).
        "survivors": entry.get("survivors", ""),
        # A line for young people who run away or think of it (the Runaway Helpline).
        "runaway": entry.get("runaway", ""),
        # Who looks into abuse by a paid carer (adult social care, Adult Protective Services).
        "care_abuse": entry.get("care_abuse", ""),
        **words,
    }


# Countries named in words ("i live in canada"), for the helpline there: each code with its
# name as said back, and the words people use for it.
_COUNTRIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "CA": ("Canada", ("canada",)),
    "US": ("the US", ("usa", "the us", "america", "the states", "united states")),
    "AU": ("Australia", ("australia",)),
    "NZ": ("New Zealand", ("new zealand",)),
    "IE": ("Ireland", ("ireland",)),
    "IN": ("India", ("india",)),
    "ZA": ("South Africa", ("south africa",)),
    "DE": ("Germany", ("germany",)),
    "FR": ("France", ("france",)),
    "ES": ("Spain", ("spain",)),
    "NG": ("Nigeria", ("nigeria",)),
    "KE": ("Kenya", ("kenya",)),
    "MX": ("Mexico", ("mexico",)),
    "SG": ("Singapore", ("singapore",)),
    "PH": ("the Philippines", ("philippines", "the philippines")),
    "BR": ("Brazil", ("brazil",)),
    "GB": ("the UK", ("the uk", "uk", "england", "scotland", "wales", "britain")),
}
_COUNTRY_NAMES = {word: code for code, (_, words) in _COUNTRIES.items() for word in words}
_COUNTRY_NAMED = re.compile(
    r"\b(?:in|from|to|for|live in|living in|based in|moved to)\s+("
    + "|".join(sorted((re.escape(n) for n in _COUNTRY_NAMES), key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)


def country_named(text: str) -> tuple[str, str] | None:
    """The country a message places them in ("i live in canada"): its code and its name."""
    found = _COUNTRY_NAMED.search(text)
    if found is None:
        return None
    code = _COUNTRY_NAMES[found.group(1).lower()]
    return code, _COUNTRIES[code][0]


# Helplines named in words ("whos the number for lifeline"), with the countries whose line
# each is, the one meant first where the name is shared. Only lines in the helpline table.
_LINES: dict[str, tuple[str, ...]] = {
    "988 lifeline": ("US",),
    "suicide and crisis lifeline": ("US",),
    "suicide & crisis lifeline": ("US",),
    "988": ("US", "CA"),
    "lifeline australia": ("AU",),
    "lifeline": ("AU", "US"),
    "13 11 14": ("AU",),
    "samaritans of singapore": ("SG",),
    "samaritans": ("GB", "IE", "GG", "JE", "IM"),
    "116 123": ("GB", "IE", "GG", "JE", "IM"),
    "1737": ("NZ",),
    "tele manas": ("IN",),
    "telemanas": ("IN",),
    "tele-manas": ("IN",),
    "sadag": ("ZA",),
    "telefonseelsorge": ("DE",),
    "3114": ("FR",),
    "linea 024": ("ES",),
    "línea 024": ("ES",),
    "cvv": ("BR",),
    "befrienders kenya": ("KE",),
}
_LINE_NAMED = re.compile(
    r"(?<![\w-])("
    + "|".join(sorted((re.escape(n) for n in _LINES), key=len, reverse=True))
    + r")(?![\w-])",
    re.IGNORECASE,
)


def line_place(text: str, country: str | None) -> tuple[str, str] | None:
    """Where the line asked about is, when it is not the person's own: a country named ("i
    live in canada"), or the home of a line named ("the number for lifeline", texted from the
    UK). None when the line named is their own country's, or nothing is named."""
    named = country_named(text)
    if named is not None:
        return named
    found = _LINE_NAMED.search(text)
    if found is None:
        return None
    homes = _LINES[found.group(1).lower()]
    if country in homes:
        return None
    return homes[0], _COUNTRIES[homes[0]][0]


# Asking how to reach a line: "whats the number for beat", "childline number?", "how do i
# contact switchboard".
_LINE_ASKED = re.compile(
    r"\b(?:numbers?|contact|call|ring|phone|text|reach|website|details|get hold of)\b",
    re.IGNORECASE,
)
# A line in the table: "Beat on 0808 801 0677", "the Respect Phoneline on 0808 802 4040".
_A_LINE = re.compile(r"^(?:the )?([A-Z][^,:;()]*?) on \+?\d")
# First words of a line's name too common to stand for it alone.
_NOT_A_NAME = frozenset({"national", "the", "men's", "nhs", "your", "local", "a", "combat"})


def line_named(text: str, helpline: dict[str, str]) -> str | None:
    """The line in their country's table they ask how to reach by name ("whats the number for
    beat": "Beat on 0808 801 0677"); None when none is named, or only the main line."""
    if not _LINE_ASKED.search(text):
        return None
    said = " " + re.sub(r"[^\w'+ ]", " ", text.lower()) + " "
    for line in helpline.values():
        found = _A_LINE.match(line)
        if found is None or line.startswith(helpline.get("name", "\0")):
            continue
        name = found.group(1).lower()
        first = name.split()[0]
        if f" {name} " in said or (
            first not in _NOT_A_NAME and len(first) > 3 and f" {first} " in said
        ):
            return line
    return None


def country_name(country: str | None) -> str | None:
    """The country's name as said back ("the UK"), where it is one we name."""
    return _COUNTRIES[country][0] if country in _COUNTRIES else None


_ALIASES = {
    "uk": "Europe/London",
    "england": "Europe/London",
    "scotland": "Europe/London",
    "wales": "Europe/London",
    "gmt": "Europe/London",
    "bst": "Europe/London",
    "ireland": "Europe/Dublin",
    "est": "America/New_York",
    "edt": "America/New_York",
    "eastern": "America/New_York",
    "cst": "America/Chicago",
    "central": "America/Chicago",
    "mst": "America/Denver",
    "mountain": "America/Denver",
    "pst": "America/Los_Angeles",
    "pdt": "America/Los_Angeles",
    "pacific": "America/Los_Angeles",
    "pacific time": "America/Los_Angeles",
    "west coast": "America/Los_Angeles",
    "the west coast": "America/Los_Angeles",
    "east coast": "America/New_York",
    "the east coast": "America/New_York",
    "eastern time": "America/New_York",
    "central time": "America/Chicago",
    "mountain time": "America/Denver",
    "hawaii": "Pacific/Honolulu",
    "alaska": "America/Anchorage",
    "madrid": "Europe/Madrid",
    "ist": "Asia/Kolkata",
    "india": "Asia/Kolkata",
    "mumbai": "Asia/Kolkata",
    "delhi": "Asia/Kolkata",
    "bangalore": "Asia/Kolkata",
    "sf": "America/Los_Angeles",
    "san francisco": "America/Los_Angeles",
    "seattle": "America/Los_Angeles",
    "boston": "America/New_York",
    "miami": "America/New_York",
    "atlanta": "America/New_York",
    "washington": "America/New_York",
    "dallas": "America/Chicago",
    "houston": "America/Chicago",
    "nyc": "America/New_York",
    "la": "America/Los_Angeles",
    "aest": "Australia/Sydney",
    # Short names of zones that are not their country's by another reading ("EST" to an
    # Australian is in _ABBREVIATIONS_AT_HOME).
    "aedt": "Australia/Sydney",
    "awst": "Australia/Perth",
    "acst": "Australia/Adelaide",
    "acdt": "Australia/Adelaide",
    "nzst": "Pacific/Auckland",
    "nzdt": "Pacific/Auckland",
    "sast": "Africa/Johannesburg",
    "wat": "Africa/Lagos",
    "eat": "Africa/Nairobi",
    "cest": "Europe/Paris",
    "pht": "Asia/Manila",
    "sgt": "Asia/Singapore",
    "cdt": "America/Chicago",
    "mdt": "America/Denver",
    "akst": "America/Anchorage",
    "hst": "Pacific/Honolulu",
    "nz": "Pacific/Auckland",
    "cet": "Europe/Paris",
    "manchester": "Europe/London",
    "edinburgh": "Europe/London",
    "glasgow": "Europe/London",
    "cardiff": "Europe/London",
    "belfast": "Europe/London",
    "birmingham": "Europe/London",
    "leeds": "Europe/London",
    "bristol": "Europe/London",
    "liverpool": "Europe/London",
    "melbourne": "Australia/Melbourne",
    "perth": "Australia/Perth",
    "brisbane": "Australia/Brisbane",
    "lagos": "Africa/Lagos",
    "bali": "Asia/Makassar",
    "nairobi": "Africa/Nairobi",
    "cape town": "Africa/Johannesburg",
    "utc": "UTC",
    "cdmx": "America/Mexico_City",
    "mexico": "America/Mexico_City",
    "guadalajara": "America/Mexico_City",
    "monterrey": "America/Monterrey",
    "texas": "America/Chicago",
    "chicago": "America/Chicago",
    "florida": "America/New_York",
    "california": "America/Los_Angeles",
    "arizona": "America/Phoenix",
    "colorado": "America/Denver",
    "philippines": "Asia/Manila",
    "nigeria": "Africa/Lagos",
    "abuja": "Africa/Lagos",
    "spain": "Europe/Madrid",
    "france": "Europe/Paris",
    # Australian states and territories by name (their short forms are in _REGIONS["AU"]).
    "queensland": "Australia/Brisbane",
    "gold coast": "Australia/Brisbane",
    "sunshine coast": "Australia/Brisbane",
    "cairns": "Australia/Brisbane",
    "townsville": "Australia/Brisbane",
    "western australia": "Australia/Perth",
    "south australia": "Australia/Adelaide",
    "northern territory": "Australia/Darwin",
    "new south wales": "Australia/Sydney",
    "canberra": "Australia/Sydney",
    "tasmania": "Australia/Hobart",
    "victoria": "Australia/Melbourne",
    # US states that are not in one zone by a city's name.
    "phoenix": "America/Phoenix",
    "tucson": "America/Phoenix",
    "scottsdale": "America/Phoenix",
    "utah": "America/Denver",
    "salt lake city": "America/Denver",
    "nevada": "America/Los_Angeles",
    "las vegas": "America/Los_Angeles",
    "oregon": "America/Los_Angeles",
    "portland": "America/Los_Angeles",
    "new york": "America/New_York",
    "new jersey": "America/New_York",
    "georgia": "America/New_York",
    "ohio": "America/New_York",
    "michigan": "America/Detroit",
    "illinois": "America/Chicago",
    "minnesota": "America/Chicago",
    "louisiana": "America/Chicago",
    "new orleans": "America/Chicago",
    "austin": "America/Chicago",
    "san antonio": "America/Chicago",
    "nashville": "America/Chicago",
    "tennessee": "America/Chicago",
    "philly": "America/New_York",
    "philadelphia": "America/New_York",
    "dc": "America/New_York",
    "washington dc": "America/New_York",
    "washington state": "America/Los_Angeles",
    "ontario": "America/Toronto",
    "quebec": "America/Toronto",
    "montreal": "America/Toronto",
    "ottawa": "America/Toronto",
    "british columbia": "America/Vancouver",
    "alberta": "America/Edmonton",
    "calgary": "America/Edmonton",
    "saskatchewan": "America/Regina",
    "manitoba": "America/Winnipeg",
    "nova scotia": "America/Halifax",
    "newfoundland": "America/St_Johns",
    # Big cities whose zone is named after another: Germany, India, Ireland, New Zealand,
    # South Africa, Nigeria and the Philippines.
    "frankfurt": "Europe/Berlin",
    "munich": "Europe/Berlin",
    "münchen": "Europe/Berlin",
    "hamburg": "Europe/Berlin",
    "cologne": "Europe/Berlin",
    "köln": "Europe/Berlin",
    "koln": "Europe/Berlin",
    "stuttgart": "Europe/Berlin",
    "düsseldorf": "Europe/Berlin",
    "dusseldorf": "Europe/Berlin",
    "leipzig": "Europe/Berlin",
    "dresden": "Europe/Berlin",
    "germany": "Europe/Berlin",
    "chennai": "Asia/Kolkata",
    "hyderabad": "Asia/Kolkata",
    "bengaluru": "Asia/Kolkata",
    "pune": "Asia/Kolkata",
    "ahmedabad": "Asia/Kolkata",
    "jaipur": "Asia/Kolkata",
    "new delhi": "Asia/Kolkata",
    "calcutta": "Asia/Kolkata",
    "bombay": "Asia/Kolkata",
    "cork": "Europe/Dublin",
    "galway": "Europe/Dublin",
    "limerick": "Europe/Dublin",
    "wellington": "Pacific/Auckland",
    "christchurch": "Pacific/Auckland",
    "new zealand": "Pacific/Auckland",
    "durban": "Africa/Johannesburg",
    "pretoria": "Africa/Johannesburg",
    "joburg": "Africa/Johannesburg",
    "jozi": "Africa/Johannesburg",
    "south africa": "Africa/Johannesburg",
    "port harcourt": "Africa/Lagos",
    "ibadan": "Africa/Lagos",
    "kano": "Africa/Lagos",
    "cebu": "Asia/Manila",
    "davao": "Asia/Manila",
    "quezon city": "Asia/Manila",
    "makati": "Asia/Manila",
    "san diego": "America/Los_Angeles",
    "sacramento": "America/Los_Angeles",
    "baltimore": "America/New_York",
    "pittsburgh": "America/New_York",
    "charlotte": "America/New_York",
    "orlando": "America/New_York",
}
# Short names of states and provinces: "WA" is Perth to an Australian, Seattle to an
# American, so these are read in the person's own country. Used alone ("WA") or after a
# city ("phoenix az", "perth wa").
_REGIONS: dict[str, dict[str, str]] = {
    "AU": {
        "qld": "Australia/Brisbane",
        "nsw": "Australia/Sydney",
        "act": "Australia/Sydney",
        "vic": "Australia/Melbourne",
        "tas": "Australia/Hobart",
        "sa": "Australia/Adelaide",
        "wa": "Australia/Perth",
        "nt": "Australia/Darwin",
        "the nt": "Australia/Darwin",
        "the territory": "Australia/Darwin",
        "brissie": "Australia/Brisbane",
        "brisvegas": "Australia/Brisbane",
        "melb": "Australia/Melbourne",
        "syd": "Australia/Sydney",
    },
    "US": {
        "az": "America/Phoenix",
        "wa": "America/Los_Angeles",
        "ca": "America/Los_Angeles",
        "or": "America/Los_Angeles",
        "nv": "America/Los_Angeles",
        "ut": "America/Denver",
        "co": "America/Denver",
        "nm": "America/Denver",
        "tx": "America/Chicago",
        "il": "America/Chicago",
        "mn": "America/Chicago",
        "tn": "America/Chicago",
        "ny": "America/New_York",
        "nj": "America/New_York",
        "fl": "America/New_York",
        "ga": "America/New_York",
        "ma": "America/New_York",
        "pa": "America/New_York",
        "oh": "America/New_York",
        "nc": "America/New_York",
        "va": "America/New_York",
        "mi": "America/Detroit",
        "hi": "Pacific/Honolulu",
        "ak": "America/Anchorage",
    },
    "CA": {
        "on": "America/Toronto",
        "qc": "America/Toronto",
        "bc": "America/Vancouver",
        "ab": "America/Edmonton",
        "sk": "America/Regina",
        "mb": "America/Winnipeg",
        "ns": "America/Halifax",
        "nb": "America/Moncton",
        "nl": "America/St_Johns",
        "pei": "America/Halifax",
    },
}
# Short names of zones read in the person's own country: "EST" to an Australian is their
# Eastern Standard Time (Sydney), "PST" to a Filipino is Philippine Standard Time, "IST" to
# someone in Ireland is Irish Standard Time; elsewhere they are read as in _ALIASES.
_ABBREVIATIONS_AT_HOME: dict[str, dict[str, str]] = {
    "AU": {
        "est": "Australia/Sydney",
        "edt": "Australia/Sydney",
        "eastern": "Australia/Sydney",
        "eastern time": "Australia/Sydney",
        "cst": "Australia/Adelaide",
        "cdt": "Australia/Adelaide",
        "central": "Australia/Adelaide",
        "central time": "Australia/Adelaide",
        "wst": "Australia/Perth",
        "western": "Australia/Perth",
        "western time": "Australia/Perth",
    },
    "PH": {"pst": "Asia/Manila", "pht": "Asia/Manila"},
    "IE": {"ist": "Europe/Dublin", "gmt": "Europe/Dublin"},
    "DE": {"cet": "Europe/Berlin", "cest": "Europe/Berlin", "mez": "Europe/Berlin"},
    "ZA": {"sast": "Africa/Johannesburg"},
    "NG": {"wat": "Africa/Lagos"},
    "CA": {
        "ast": "America/Halifax",
        "adt": "America/Halifax",
        "nst": "America/St_Johns",
        "ndt": "America/St_Johns",
        "est": "America/Toronto",
        "edt": "America/Toronto",
        "eastern": "America/Toronto",
        "eastern time": "America/Toronto",
        "cst": "America/Winnipeg",
        "central": "America/Winnipeg",
        "central time": "America/Winnipeg",
        "mst": "America/Edmonton",
        "mountain": "America/Edmonton",
        "mountain time": "America/Edmonton",
        "pst": "America/Vancouver",
        "pdt": "America/Vancouver",
        "pacific": "America/Vancouver",
        "pacific time": "America/Vancouver",
    },
}


# Short names that are also words ("hi", "or", "ma"): a region only when written in capitals.
_ALSO_WORDS = {"hi", "or", "ma", "pa", "oh", "co", "mi", "ga", "va", "on", "ut", "ak", "act", "nb"}
# A region after a city is read in any country when it is unmistakable ("phoenix az").
_ANY_REGION = {"az", "tx", "fl", "qld", "nsw", "vic", "bc", "qc", "ny", "nj", "mn", "ut"}


# What may come around a place given as an answer: "no, I'm in Leeds", "actually Paris pls",
# "Brisbane mate", "nah, WA".
_PLACE_AROUND = re.compile(
    r"^(?:(?:no|nope|nah|yeah nah|actually|sorry|oh|oops|wrong|it'?s|its|i'?m|i am|im|in|"
    r"mate|m8|bro|hun|(?:the )?same (?:as|time as)|same time zone as|"
    r"i live in|living in|based in|from|on|over on|out in|up in|down in|over in|my city is|"
    r"city is|my time ?zone is|time ?zone is)\b\W*\s*)*"
    r"|\W*(?:\s+(?:please|pls|thanks|thank you|thx|ta|cheers|actually|now|time|mate|m8|bro|"
    r"lol|haha|love|luv|hun|ya|y'?all|fam|eh|lah|o))*\W*$",
    re.IGNORECASE,
)


def zone_named(text: str, country: str | None = None) -> str | None:
    """A zone when the message is just a place ("Leeds", "no, I'm in new york", "Brisbane
    mate", "phoenix az"), else None: "what's the weather like in london" names a city but
    is not telling us where they are. ``country`` reads a state's short name ("WA")."""
    place = _PLACE_AROUND.sub("", text.strip()).lower().split(",")[0]  # "paris, france"
    place = " ".join(place.replace(".", " ").split())
    if not place or len(place.split()) > 3:
        return None
    regions = _REGIONS.get(country or "", {})
    at_home = _ABBREVIATIONS_AT_HOME.get(country or "", {})
    if place in at_home or place.removesuffix(" time") in at_home:  # "EST" in Australia
        return at_home.get(place) or at_home[place.removesuffix(" time")]
    capitals = place.upper() in text
    if place in regions and (capitals or place not in _ALSO_WORDS):  # "WA" in Australia: Perth
        return regions[place]
    city, _, region = place.rpartition(" ")
    if city and (region in regions or region in _ANY_REGION):  # "phoenix az", "perth wa"
        found = zone_named(city, country)
        if found is not None:
            return found
        place = city
    zone = zone_from_text(place)
    if zone is None and place.endswith(" city"):  # "mexico city", but also "leeds city"
        place = place.removesuffix(" city")
        zone = zone_from_text(place)
    named = zone and {zone.lower(), zone.rsplit("/", 1)[-1].lower().replace("_", " ")}
    offset = bool(_OFFSET.match(place))
    forms = {place, place.removesuffix(" city")}
    told = any(f in named or _ALIASES.get(f) == zone for f in forms) if named else False
    if named and (told or offset):
        return zone
    return _zone_of_country(_country_codes().get(place.removeprefix("the ")))


@cache
def _country_codes() -> dict[str, str]:
    """Every country's name as people write it ("thailand", "south korea", "the uae"): its code."""
    from pytz import country_names

    codes: dict[str, str] = {}
    for code, name in country_names.items():
        plain = name.lower().replace("&", "and")
        codes[re.sub(r"\s*\(.*?\)", "", plain)] = code
        inside = re.search(r"\((.*?)\)", plain)
        if inside and code in ("KR", "KP", "MM", "GB"):  # "Korea (South)": "south korea"
            said = inside.group(1)
            codes[said if code in ("MM", "GB") else f"{said} {plain.split()[0]}"] = code
    for code, (_, words) in _COUNTRIES.items():
        codes.update({word.removeprefix("the "): code for word in words})
    return {**codes, **_COUNTRY_MORE}


# Countries said another way than their name in tzdata.
_COUNTRY_MORE = {
    "us": "US", "usa": "US", "states": "US", "uae": "AE", "emirates": "AE", "holland": "NL",
    "korea": "KR", "czechia": "CZ", "türkiye": "TR", "turkiye": "TR", "great britain": "GB",
    "northern ireland": "GB", "bosnia": "BA", "trinidad": "TT", "dr congo": "CD",
}  # fmt: skip


def _zone_of_country(code: str | None) -> str | None:
    """The one clock most of a country keeps ("PT": Lisbon); None for a country whose people
    live on several (Australia, the US), where only their city tells which."""
    if code is None or code in MULTI_ZONE:
        return None
    if code in PRIMARY_ZONE:
        return PRIMARY_ZONE[code]
    zones = country_timezones_of(code)
    return _RENAMED.get(zones[0], zones[0]) if zones else None


def country_of_zones(text: str) -> tuple[str, str] | None:
    """The code and name of the country a place is, when that country keeps several clocks
    ("australia": ("AU", "Australia")), so which city must be asked; None for anything else."""
    place = " ".join(_PLACE_AROUND.sub("", text.strip()).lower().replace(".", " ").split())
    code = _country_codes().get(place.removeprefix("the "))
    if code is None or code not in MULTI_ZONE:
        return None
    return code, _COUNTRIES[code][0] if code in _COUNTRIES else _country_name_of(code)


def _country_name_of(code: str) -> str:
    """A country's name from tzdata, without its bracketed note ("Russia")."""
    from pytz import country_names

    return re.sub(r"\s*\(.*?\)", "", country_names[code])


# Zones whose people say them by a region rather than a city ("Eastern time").
_ZONE_SAID = {
    "America/New_York": "US Eastern time (New York)",
    "America/Chicago": "US Central time (Chicago)",
    "America/Denver": "US Mountain time (Denver)",
    "America/Phoenix": "Arizona time (Phoenix)",
    "America/Los_Angeles": "US Pacific time (Los Angeles)",
    "America/Anchorage": "Alaska time (Anchorage)",
    "Pacific/Honolulu": "Hawaii time (Honolulu)",
    "America/Toronto": "Eastern time (Toronto)",
    "America/Winnipeg": "Central time (Winnipeg)",
    "America/Edmonton": "Mountain time (Edmonton)",
    "America/Vancouver": "Pacific time (Vancouver)",
    "America/Halifax": "Atlantic time (Halifax)",
    "America/St_Johns": "Newfoundland time (St John's)",
    "Europe/London": "UK time (London)",
    "Europe/Dublin": "Irish time (Dublin)",
    "Asia/Kolkata": "India time (Kolkata)",
    "Asia/Makassar": "Central Indonesia time (Bali)",
}
_FIXED_OFFSET = re.compile(r"Etc/GMT([+-])(\d{1,2})")


def zone_said(zone: str) -> str:
    """A time zone as people say it: "America/New_York" is "US Eastern time (New York)",
    "Australia/Perth" is "Perth time", and "Etc/GMT-2" (whose sign is reversed) is "UTC+2"."""
    if zone in _ZONE_SAID:
        return _ZONE_SAID[zone]
    fixed = _FIXED_OFFSET.fullmatch(zone)
    if fixed:
        return f"UTC{'-' if fixed.group(1) == '+' else '+'}{fixed.group(2)}"
    if zone in ("Etc/UTC", "Etc/GMT", "UTC", "GMT") or "/" not in zone:
        return "UTC" if zone.startswith(("Etc/", "UTC", "GMT")) else zone
    return zone.rsplit("/", 1)[-1].replace("_", " ") + " time"


_OFFSET = re.compile(r"^(?:gmt|utc)\s*([+-])\s*(\d{1,2})(?::00)?$")
# Offsets that are not whole hours belong to a few places; the zone keeps their clock changes.
_PART_HOURS = {
    "+3:30": "Asia/Tehran",
    "+4:30": "Asia/Kabul",
    "+5:30": "Asia/Kolkata",
    "+5:45": "Asia/Kathmandu",
    "+6:30": "Asia/Yangon",
    "+9:30": "Australia/Darwin",
    "+10:30": "Australia/Adelaide",
    "-3:30": "America/St_Johns",
}
_PART_OFFSET = re.compile(r"^(?:gmt|utc)\s*([+-])\s*(\d{1,2}:\d{2})$")


def zone_from_text(text: str) -> str | None:
    """An IANA zone from "London", "new york", "EST", "Europe/Paris" or "I'm in Toronto"."""
    from zoneinfo import available_timezones

    lowered = " ".join(text.lower().replace("_", " ").split())
    if lowered in _ALIASES:  # "est" is New York (with daylight saving), not the fixed "EST"
        return _ALIASES[lowered]
    part = _PART_OFFSET.match(lowered)
    if part:  # "gmt+5:30": India
        return _PART_HOURS.get(part.group(1) + part.group(2).lstrip("0"))
    offset = _OFFSET.match(lowered)
    if offset:  # "GMT+1": Etc/GMT-1 (the IANA sign is the other way round)
        sign, hours = offset.groups()
        if int(hours) == 0:
            return "UTC"
        return f"Etc/GMT{'-' if sign == '+' else '+'}{int(hours)}" if int(hours) <= 12 else None
    zones = available_timezones()
    for zone in zones:
        if "/" in zone and zone.lower() == lowered.replace(" ", "_"):
            return zone
    words = lowered.replace(",", " ").replace(".", " ").split()
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            phrase = " ".join(words[i : i + size])
            if phrase in _ALIASES:
                return _ALIASES[phrase]
            for zone in zones:
                city = zone.rsplit("/", 1)[-1].lower().replace("_", " ")
                if "/" in zone and city == phrase and not zone.startswith(("Etc/", "SystemV")):
                    return zone
    return None


def _places() -> dict[str, str]:
    """Every place name we know, for reading one misspelt: our own words and each zone's city."""
    from zoneinfo import available_timezones

    known = {
        zone.rsplit("/", 1)[-1].lower().replace("_", " "): zone
        for zone in available_timezones()
        if "/" in zone and not zone.startswith(("Etc/", "SystemV", "posix/", "right/"))
    }
    return {**known, **{name: zone for name, zone in _ALIASES.items() if len(name) > 4}}


def zone_near(text: str) -> str | None:
    """The zone of a place name spelt a letter or two wrong ("melborne", "torronto", "im in
    bangalor"), for an answer to "which city are you in?" only: a message that is a place,
    of at least five letters, close to just one we know."""
    import difflib

    if greeted_in(text):
        return None  # "salut" is a hello in French, not Salta
    told = _PLACE_AROUND.sub("", text.strip()).lower().split(",")[0]
    place = " ".join(re.sub(r"[^\w\s]", " ", told).split())
    if len(place) < 5 or len(place.split()) > 3:
        return None
    places = _places()
    close = difflib.get_close_matches(place, places, n=2, cutoff=0.8)
    zones = {places[name] for name in close}
    return close[0] and places[close[0]] if len(zones) == 1 else None


# Their own clock time, told to "where it's 5:00am now. Is that right?": "no its 3am here",
# "nah it's 2 in the morning", "3pm where i am".
_TIME_HERE = re.compile(
    r"\b(?:it'?s|its|it is)\b|\b(?:here|where i am|for me|my time|my end|this end)\b",
    re.IGNORECASE,
)
# What may come around the time they tell: "no its actually 2am here", "nah it's like 7pm
# where i am rn".
_CLOCK_AROUND = re.compile(
    r"\b(?:no|nah|nope|yeah|yes|oh|actually|its|it'?s|it is|at|here|where i am|for me|my time|"
    r"my end|this end|like|about|around|nearly|almost|just|only|already|past|now|right now|rn|"
    r"atm|lol|haha|mate|sorry|thanks|though|tho|over here|in the morning|at night|in the evening|"
    r"o'?clock|am|pm)\b|[^\w\s]",
    re.IGNORECASE,
)
# How far a clock time told may be from the one it names (people round to the hour).
_CLOCK_SLACK = 20
# A bare hour after "it's": "its 5 here", "it's about 7".
_BARE_HOUR = re.compile(
    r"\b(it'?s|its|it is)\s+(?:(?:like|about|around|nearly|almost|just|only|already|past)\s+)?"
    r"(\d{1,2})\b(?!\s*(?:[:.]\d|a\.?m|p\.?m|o'?clock|mins?|minutes?|hours?|hrs?|%|/|out of))",
    re.IGNORECASE,
)


def zone_from_clock(text: str, now: datetime, country: str | None, guess: str) -> str | None:
    """The zone where it is the time they say it is now ("no its 3am here", from Australia:
    Perth): one of their country's zones, else a fixed offset from UTC; None when the
    message tells no time of theirs or no zone has it."""
    from nlu.clock import clock_match

    said_at = _BARE_HOUR.sub(r"\1 at \2", text)  # "its 5": 5 o'clock
    found = clock_match(said_at)
    if found is None or not _TIME_HERE.search(text):
        return None
    said, explicit, (start, end) = found
    rest = _CLOCK_AROUND.sub(" ", f"{said_at.lower()[:start]} {said_at.lower()[end:]}")
    if rest.strip() and zone_named(rest, country) is None:
        return None  # "its 3am and i cant sleep": the night, not where they are
    told = [said.hour * 60 + said.minute]
    if not explicit and said.hour < 12:
        told.append(told[0] + 12 * 60)  # "its 3": 3am or 3pm
    zones = [_RENAMED.get(z, z) for z in country_timezones_of(country)]
    zones = list(dict.fromkeys([guess, *zones]))
    known = set(_ALIASES.values()) | set(PRIMARY_ZONE.values()) | {guess}
    # the closest big place's clock to the half hour ("its 3am" at 3:30 in Darwin), else any
    # to the quarter hour; their guess first where it is as close
    fits = sorted((z not in known, _off_by(z, now, told), z != guess, z) for z in zones)
    for unknown, off, _, zone in fits:
        if off <= (_CLOCK_SLACK if unknown else 30):
            return zone
    utc = now.astimezone(ZoneInfo("UTC"))
    for minutes in told:
        ahead = (minutes - (utc.hour * 60 + utc.minute) + 720) % 1440 - 720
        hours = round(ahead / 60)
        if abs(ahead - hours * 60) <= _CLOCK_SLACK and -12 <= hours <= 14:
            return "UTC" if hours == 0 else f"Etc/GMT{'-' if hours > 0 else '+'}{abs(hours)}"
    return None


def _off_by(zone: str, now: datetime, told: list[int]) -> int:
    """How many minutes the clock in ``zone`` is from the nearest ``told`` time."""
    local = now.astimezone(ZoneInfo(zone))
    minute = local.hour * 60 + local.minute
    return min(abs((minute - t + 720) % 1440 - 720) for t in told)


def country_timezones_of(country: str | None) -> list[str]:
    """The zones of a country (tzdata's zone.tab), most people's first where we know it."""
    from pytz import country_timezones

    zones = list(country_timezones.get(country or "", [])) if country else []
    primary = PRIMARY_ZONE.get(country or "")
    return [primary, *[z for z in zones if z != primary]] if primary else zones
