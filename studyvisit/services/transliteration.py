"""Cyrillic names to their Latin passport form by the ICAO Doc 9303 (Part 3) table."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from enum import StrEnum
from functools import lru_cache


class Language(StrEnum):
    BELARUSIAN = "be"
    RUSSIAN = "ru"
    UKRAINIAN = "uk"


# ICAO Doc 9303 Part 3, table for Cyrillic (lower case; upper case is derived).
_ICAO: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "e",
    "є": "ie", "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "i", "й": "i", "к": "k",
    "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ў": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "ie", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
    # Letters of other alphabets in the same ICAO table, so no Cyrillic survives.
    "ѓ": "g", "ђ": "d", "ѕ": "dz", "ј": "j", "љ": "lj", "њ": "nj", "ћ": "c", "ќ": "k",
    "џ": "dz", "ѣ": "ie",
}  # fmt: skip

_LANGUAGE_LETTERS: dict[Language, dict[str, str]] = {
    Language.BELARUSIAN: {"г": "h"},
    Language.RUSSIAN: {},
    Language.UKRAINIAN: {"г": "h", "и": "y"},
}

_LANGUAGES: dict[str, Language] = {lang.value: lang for lang in Language}
_COUNTRY_LANGUAGE = {"BY": Language.BELARUSIAN, "UA": Language.UKRAINIAN}

_CYRILLIC_BLOCKS = (
    (0x0400, 0x052F),  # Cyrillic, Cyrillic Supplement
    (0x1C80, 0x1C8F),  # Cyrillic Extended-C
    (0x2DE0, 0x2DFF),  # Cyrillic Extended-A
    (0xA640, 0xA69F),  # Cyrillic Extended-B
    (0x1E030, 0x1E08F),  # Cyrillic Extended-D
)

# Written between two letters of a Belarusian or Ukrainian name (Дар'я, Мар'яна).
_APOSTROPHES = "'’ʼ‘`"


def _char_class(code_points: Iterable[int]) -> str:
    """A regex character class body matching exactly ``code_points``."""
    ranges: list[list[int]] = []
    for cp in sorted(code_points):
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    return "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
        for a, b in ranges
    )


def _cyrillic_code_points() -> list[int]:
    return [cp for first, last in _CYRILLIC_BLOCKS for cp in range(first, last + 1)]


def _build_tables(language: Language) -> tuple[dict[int, str], dict[int, str]]:
    """Tables for ``str.translate`` mapping every Cyrillic code point to ASCII.

    The first gives an upper-case letter a capitalised form (Щ → Shch), the second
    an upper-case one (Щ → SHCH) for words written all in capitals.
    """
    letters = {**_ICAO, **_LANGUAGE_LETTERS[language]}
    table: dict[int, str] = {}
    for lower, latin in letters.items():
        table[ord(lower)] = latin
        table[ord(lower.upper())] = latin.capitalize()
    for cp in _cyrillic_code_points():
        if cp in table:
            continue
        # Letters with diacritics (Ӣ, Ӓ) fall back to their base letter; anything
        # else Cyrillic has no ICAO form and is dropped, like the soft sign.
        base = unicodedata.normalize("NFKD", chr(cp))
        base = "".join(ch for ch in base if not unicodedata.combining(ch))
        known = chr(cp).isalpha() and base and all(ord(ch) in table for ch in base)
        table[cp] = base.translate(table) if known else ""
    upper = {cp: latin.upper() if chr(cp).isupper() else latin for cp, latin in table.items()}
    return table, upper


_TABLES: dict[Language, dict[int, str]] = {}
_UPPER_TABLES: dict[Language, dict[int, str]] = {}
for _language in Language:
    _TABLES[_language], _UPPER_TABLES[_language] = _build_tables(_language)

_CYRILLIC_LETTER = _char_class(cp for cp in _cyrillic_code_points() if chr(cp).isalpha())
_CYRILLIC_LETTER_RE = re.compile(f"[{_CYRILLIC_LETTER}]")
_COMBINING_MARKS = "\u0300-\u036f"
_NEEDS_CLEANUP_RE = re.compile(f"[{re.escape(_APOSTROPHES)}{_COMBINING_MARKS}]")
# An apostrophe between Cyrillic letters, or combining marks after one (stress
# accents, or a decomposed й that must be composed again).
_CLEANUP_RE = re.compile(
    f"(?<=[{_CYRILLIC_LETTER}])[{re.escape(_APOSTROPHES)}](?=[{_CYRILLIC_LETTER}])"
    f"|[{_CYRILLIC_LETTER}][{_COMBINING_MARKS}]+"
)
_WORD_RE = re.compile(r"[^\W\d_]+")


def _clean(match: re.Match[str]) -> str:
    found = match.group()
    if found in _APOSTROPHES:
        return ""
    composed = unicodedata.normalize("NFC", found)
    return "".join(ch for ch in composed if not unicodedata.combining(ch))


def _capitals_converter(upper: dict[int, str]) -> Callable[[re.Match[str]], str]:
    def convert(match: re.Match[str]) -> str:
        word = match.group()
        if word.isupper() and sum(map(str.isupper, word)) > 1:
            return word.translate(upper)
        return word

    return convert


_CAPITALS_CONVERTERS = {lang: _capitals_converter(table) for lang, table in _UPPER_TABLES.items()}


def is_cyrillic(text: str | None) -> bool:
    """True when ``text`` contains at least one Cyrillic letter."""
    if not text or text.isascii():  # isascii() costs nothing: most Latin names stop here
        return False
    return _CYRILLIC_LETTER_RE.search(text) is not None


def detect_language(parts: Iterable[str | None], country: str | None = None) -> Language:
    """The language of a person's name, from all its parts, else from their country."""
    text = " ".join(filter(None, parts)).lower()
    if "\u0306" in text or "\u0308" in text:  # decomposed й, ў, ї
        text = unicodedata.normalize("NFC", text)
    if "є" in text or "ї" in text or "ґ" in text:
        return Language.UKRAINIAN
    if "ў" in text:
        return Language.BELARUSIAN
    russian_letters = "и" in text or "щ" in text
    if "і" in text:
        return Language.UKRAINIAN if russian_letters else Language.BELARUSIAN
    if russian_letters or "ъ" in text:
        return Language.RUSSIAN
    return _COUNTRY_LANGUAGE.get((country or "").strip().upper(), Language.RUSSIAN)


def to_latin(text: str, language: Language | str) -> str:
    """``text`` with its Cyrillic transliterated; everything else is left as it is."""
    return _to_latin(text, _LANGUAGES.get(language) or Language(str(language).lower()))


# Given names repeat a lot in a long list (Аляксандр, Сергей...): remember them.
@lru_cache(maxsize=8192)
def _to_latin(text: str, language: Language) -> str:
    if _NEEDS_CLEANUP_RE.search(text) is not None:
        text = _CLEANUP_RE.sub(_clean, text)
    # Title-case or lower-case text has no word in capitals, so one pass will do.
    if not (text.istitle() or text.islower()):
        text = _WORD_RE.sub(_CAPITALS_CONVERTERS[language], text)
    return text.translate(_TABLES[language])  # maps Cyrillic code points only


def latin_name(
    surname: str | None,
    given_names: str | None,
    patronymic: str | None = None,
    country: str | None = None,
) -> tuple[str | None, str | None]:
    """(surname_latin, given_names_latin) of a Cyrillic name; (None, None) if not Cyrillic."""
    if not (is_cyrillic(given_names) or is_cyrillic(surname)):
        return None, None
    language = detect_language((surname, given_names, patronymic), country)
    return (
        _to_latin(surname, language) if surname else None,
        _to_latin(given_names, language) if given_names else None,
    )
