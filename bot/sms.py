"""SMS length arithmetic: GSM-7 vs UCS-2 segments and splitting long replies."""

from __future__ import annotations

GSM7_BASIC = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM7_EXTENDED = set("^{}\\[~]|€\f")

MAX_BODY_CHARS = 1600


def is_gsm7(text: str) -> bool:
    """True when every character fits the GSM 03.38 alphabet (basic or extension)."""
    return all(ch in GSM7_BASIC or ch in GSM7_EXTENDED for ch in text)


def units(text: str) -> int:
    """Length in encoding units: septets for GSM-7 (extension = 2), UTF-16 code units for UCS-2."""
    if is_gsm7(text):
        return sum(2 if ch in GSM7_EXTENDED else 1 for ch in text)
    return len(text.encode("utf-16-le")) // 2


def segment_count(text: str) -> int:
    """How many SMS segments a carrier bills for ``text``."""
    single, multi = (160, 153) if is_gsm7(text) else (70, 67)
    n = units(text)
    if n <= single:
        return 1
    return -(-n // multi)


def utf16_len(text: str) -> int:
    """Length as Twilio counts it: UTF-16 code units (an emoji counts two)."""
    return len(text.encode("utf-16-le")) // 2


def split_message(text: str, limit: int = MAX_BODY_CHARS) -> list[str]:
    """Split ``text`` into parts of at most ``limit`` UTF-16 units, at paragraph, line,
    sentence or word boundaries where one falls in the second half of a part."""
    text = text.strip()
    parts: list[str] = []
    rest = text
    while utf16_len(rest) > limit:
        cut = _best_cut(rest, _fit(rest, limit))
        parts.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        parts.append(rest)
    return parts


def _fit(text: str, limit: int) -> int:
    """The most characters from the start of ``text`` that fit in ``limit`` UTF-16 units."""
    used = 0
    for index, ch in enumerate(text):
        used += 2 if ord(ch) > 0xFFFF else 1
        if used > limit:
            return index
    return len(text)


def _best_cut(text: str, fit: int) -> int:
    """Index to cut at: the last natural boundary in the window, else a hard cut."""
    window = text[:fit]
    floor = fit // 2
    for sep in ("\n\n", "\n", ". ", "! ", "? ", " "):
        idx = window.rfind(sep)
        if idx >= floor:
            return idx + len(sep)
    return fit
