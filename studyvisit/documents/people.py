"""How people are named in printed documents: Latin and native forms, countries.

Delegate names come in two forms: the Latin (passport) form, given names first,
and the form as written in the source (often Cyrillic), shown beneath it when it
differs. Countries print as their localised short names (Babel's CLDR data).
"""

from __future__ import annotations

from functools import cache

from babel import Locale

from studyvisit.records import DelegateRecord


def latin_name(delegate: DelegateRecord) -> str:
    """The passport form, given names first; the source form when there is no Latin one."""
    return delegate.latin_name or delegate.full_name or delegate.key


def native_name(delegate: DelegateRecord) -> str | None:
    """The name as written in the source, when it is not simply the Latin name again."""
    written = delegate.full_name
    if not written or not _has_non_latin(written):
        return None
    return written


def sort_key(delegate: DelegateRecord) -> tuple[str, str]:
    """Alphabetical by Latin surname, then given names (how people find their row)."""
    surname = delegate.surname_latin or delegate.surname or ""
    given = delegate.given_names_latin or delegate.given_names or ""
    return surname.casefold(), given.casefold()


def _has_non_latin(text: str) -> bool:
    # Latin letters (with Polish diacritics) all lie below U+0250.
    return any(character.isalpha() and ord(character) >= 0x250 for character in text)


@cache
def country_name(code: str | None, language: str) -> str:
    """'Białoruś' / 'Belarus' / 'Беларусь' for 'BY'; the code itself when unknown."""
    if not code:
        return ""
    locale = Locale.parse({"en": "en_GB"}.get(language, language))
    return locale.territories.get(code.upper(), code.upper())
