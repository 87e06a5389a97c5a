"""Reduce text to a comparison key: case, diacritics, punctuation and look-alike letters
folded away, so that 'Imię', 'IMIE' and 'imie' compare equal."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters NFKD does not decompose; Cyrillic і/ї fold to Latin i because people type either.
_SPECIAL = str.maketrans(
    {
        "ł": "l", "đ": "d", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i",
        "і": "i", "ї": "i", "ё": "е", "’": "", "'": "", "ʼ": "", "‘": "", "`": "",
    }
)  # fmt: skip
_NON_WORD = re.compile(r"[\W_]+")


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Lower case, no diacritics, words separated by single spaces, punctuation dropped."""
    if text.isascii():  # most Latin names: no diacritics to drop, nothing to decompose
        text = text.lower()
        if text.isalnum():
            return text
        return " ".join(_NON_WORD.sub(" ", text.translate(_SPECIAL)).split())
    text = unicodedata.normalize("NFKD", text.casefold().translate(_SPECIAL))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.translate(_SPECIAL)
    return " ".join(_NON_WORD.sub(" ", text).split())


def collapse_spaces(text: str) -> str:
    """Trim and collapse inner whitespace (including line breaks) to single spaces."""
    return " ".join(text.split())


def is_cyrillic_letter(ch: str) -> bool:
    """True for a letter of the Cyrillic blocks."""
    return "\u0400" <= ch <= "\u052f"


def script_of(text: str) -> str | None:
    """'cyrillic', 'latin' or None (no letters) by the majority of the letters."""
    cyrillic = latin = 0
    for ch in text:
        if is_cyrillic_letter(ch):
            cyrillic += 1
        elif ch.isalpha():
            latin += 1
    if not cyrillic and not latin:
        return None
    return "cyrillic" if cyrillic > latin else "latin"
