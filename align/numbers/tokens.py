"""Latin and alphanumeric tokens (5G, G20, APEC, COVID-19) in Chinese text: names and codes that a
translation keeps as they are, so each must appear in the English."""

from __future__ import annotations

import re

_LATIN = "A-Za-zÀ-ÖØ-öø-ÿ"
_TOKEN = re.compile(rf"(?<![{_LATIN}0-9])[{_LATIN}0-9](?:[{_LATIN}0-9.+&'/-]*[{_LATIN}0-9+])?")
_ALNUM = re.compile(r"[^0-9a-zà-ÿ]")


def latin_tokens(text: str) -> list[tuple[str, int, int]]:
    """The tokens of ``text`` with at least one letter, each with its offsets; a unit written
    straight after a number (600Mbit/s, 10km) is part of that quantity, not a token."""
    out = []
    for m in _TOKEN.finditer(text):
        token = m.group()
        if not re.search(f"[{_LATIN}]", token):
            continue
        if token[0].isalpha() and not re.search(r"\d", token):
            before = text[: m.start()].rstrip(" ")
            if before[-1:].isdigit():
                continue
        out.append((token, m.start(), m.end()))
    return out


def missing_tokens(zh: str, en: str) -> list[tuple[str, int, int]]:
    """The tokens of the Chinese ``zh`` that the English ``en`` does not contain (compared
    ignoring case, and ignoring hyphens and spaces as a fallback: COVID-19 = Covid 19)."""
    en_squashed = _ALNUM.sub("", en.lower())
    out = []
    for token, start, end in latin_tokens(zh):
        pattern = rf"(?<![{_LATIN}0-9]){re.escape(token)}(?![{_LATIN}0-9])"
        if re.search(pattern, en, re.IGNORECASE):
            continue
        if _ALNUM.sub("", token.lower()) in en_squashed:
            continue
        out.append((token, start, end))
    return out


def look_alike(token: str, en: str) -> str | None:
    """An English token that looks like ``token`` with other digits (5G and 4G, G20 and G7,
    COVID-19 and COVID-20): what a translation that changed the code wrote instead, or None."""
    letters = re.sub(r"[^a-z]", "", token.lower())
    if not letters or not re.search(r"\d", token):
        return None
    for m in _TOKEN.finditer(en):
        other = m.group()
        if other.lower() == token.lower() or not re.search(r"\d", other):
            continue
        if re.sub(r"[^a-z]", "", other.lower()) == letters:
            return other
    return None
