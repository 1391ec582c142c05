"""Phone numbers on screen: masked unless someone chooses to reveal one (and that is audited)."""

from __future__ import annotations

import re

import phonenumbers

_SEPARATORS = re.compile(r"[\s\-().]")


def mask(number: str) -> str:
    """``+447700900123`` -> ``+44 •••• ••0123``: the country code and the last four digits."""
    digits = number.lstrip("+")
    try:
        code = str(phonenumbers.parse(number, None).country_code)
    except phonenumbers.NumberParseException:
        code = digits[:2]
    if len(digits) <= len(code) + 4:
        return "+" + code + " ••••"
    return f"+{code} •••• ••{digits[-4:]}"


def normalise(text: str) -> str | None:
    """An E.164 number from what staff typed, or None if it does not look like one."""
    candidate = _SEPARATORS.sub("", text.strip().removeprefix("whatsapp:"))
    if candidate.startswith("00"):
        candidate = "+" + candidate[2:]
    if not re.fullmatch(r"\+[1-9]\d{6,14}", candidate):
        return None
    return candidate
