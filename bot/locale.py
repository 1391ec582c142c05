"""Country, time zone and helpline from a phone number."""

from __future__ import annotations

from typing import Any

import phonenumbers
from phonenumbers import timezone as pn_timezone


def country_of(number: str) -> str | None:
    """ISO country code for an E.164 number, or None when unknown."""
    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return None
    return phonenumbers.region_code_for_number(parsed) or None


def guess_timezone(number: str, default: str = "UTC") -> tuple[str, bool]:
    """Best-guess IANA zone for a number and whether the guess is unambiguous."""
    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return default, False
    zones = [z for z in pn_timezone.time_zones_for_number(parsed) if z != "Etc/Unknown"]
    if not zones:
        return default, False
    return zones[0], len(zones) == 1


def is_valid_number(number: str) -> bool:
    """True for a plausible E.164 number."""
    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_possible_number(parsed)


def helpline_for(country: str | None, table: dict[str, Any]) -> dict[str, str]:
    """The helpline entry for a country, falling back to the table's default."""
    entry = table.get(country or "") or table["default"]
    return {
        "name": entry.get("name", ""),
        "phone": entry.get("phone", ""),
        "text": entry.get("text", ""),
    }
