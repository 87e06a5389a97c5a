"""People's names: tidy a name cell, and split a full-name cell into surname, given names and
patronymic by the conventions partners follow.

- A word written all in capitals is the surname ("ШЧЭРБІЧ Аляксандр Іванавіч",
  "Aliaksandr SHCHERBICH").
- A comma ends the surname ("Shcherbich, Aliaksandr").
- Otherwise Cyrillic names are written surname, given name, patronymic (East Slavic order),
  and Latin names given names first, surname last ("Aliaksandr Shcherbich"), unless the
  column's header says the order ("Nazwisko i imię", "ФИО").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from studyvisit.importing.text_folding import fold, script_of

SURNAME_FIRST = "surname_first"
GIVEN_FIRST = "given_first"

_PATRONYMIC_ENDINGS = (
    "вич", "віч", "вна", "ўна", "ична", "ічна", "ич", "іч", "инична",
    "vich", "vna", "ichna", "ovich", "evich", "ovna", "evna", "auna", "eўna",
)  # fmt: skip
# Lower-case words that belong to the surname that follows them (van der Berg, de Gaulle).
_PARTICLES = frozenset(
    [
        "van",
        "von",
        "der",
        "den",
        "de",
        "del",
        "della",
        "di",
        "da",
        "dos",
        "das",
        "du",
        "le",
        "la",
        "ten",
        "ter",
        "zu",
        "y",
        "bin",
        "ibn",
        "al",
        "el",
    ]
)
_SURNAME_WORDS = ("surname", "last", "family", "nazwisko", "фамилия", "прозвiшча", "прiзвище")
_GIVEN_WORDS = ("name", "first", "given", "imie", "imiona", "имя", "iмя", "forename")
_SURNAME_FIRST_CODES = ("фио", "ф и о", "пiб", "п i б")
_INITIALS = re.compile(r"\b(\w\.)(\w\.)")  # "И.И." -> "И. И."


@dataclass(frozen=True, slots=True)
class NameParts:
    """A person's name in its parts; any of them may be missing."""

    surname: str | None
    given_names: str | None
    patronymic: str | None = None


def tidy_name(text: str) -> str | None:
    """Trim and collapse whitespace; None for an empty cell."""
    tidied = " ".join(text.split())
    return tidied or None


def order_from_header(header: str | None) -> str | None:
    """The order a full-name header announces: 'Nazwisko i imię' is surname first."""
    if not header:
        return None
    key = fold(header)
    if key in _SURNAME_FIRST_CODES or key.startswith(_SURNAME_FIRST_CODES):
        return SURNAME_FIRST
    words = key.split()
    surname_at = next((i for i, w in enumerate(words) if w.startswith(_SURNAME_WORDS)), None)
    given_at = next((i for i, w in enumerate(words) if w in _GIVEN_WORDS), None)
    if surname_at is None or given_at is None:
        return None
    return SURNAME_FIRST if surname_at < given_at else GIVEN_FIRST


def _is_capitalised_word(word: str) -> bool:
    letters = [ch for ch in word if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def looks_like_patronymic(word: str) -> bool:
    """True for a word ending as East Slavic patronymics do (Іванавіч, Сергеевна)."""
    return len(word) > 4 and word.lower().endswith(_PATRONYMIC_ENDINGS)


def _is_initial(word: str) -> bool:
    return len(word) == 2 and word[0].isalpha() and word[1] == "."


def _given_and_patronymic(
    words: list[str], positional: bool = False
) -> tuple[str | None, str | None]:
    """Given names and patronymic: the last word is a patronymic where it ends as one does
    (Іванавіч, Ильич, Сергеевна), where both words are initials (И. И.), or, with
    ``positional``, because East Slavic order puts it there."""
    if len(words) == 2 and (positional or all(_is_initial(word) for word in words)):
        return words[0], words[1]
    if len(words) >= 2 and looks_like_patronymic(words[-1]):
        return " ".join(words[:-1]), words[-1]
    return (" ".join(words) or None), None


def split_given_and_patronymic(text: str) -> tuple[str | None, str | None]:
    """'Аляксандр Іванавіч' -> ('Аляксандр', 'Іванавіч'); a single word is a given name."""
    return _given_and_patronymic(text.split())


def _surname_last(words: list[str]) -> tuple[list[str], list[str]]:
    start = len(words) - 1
    while start > 1 and words[start - 1] in _PARTICLES:
        start -= 1
    return words[start:], words[:start]


def split_full_name(text: str, order: str | None = None) -> NameParts:
    """Split a full name into surname, given names and patronymic (see the module's rules)."""
    text = _INITIALS.sub(r"\1 \2", " ".join(text.split()))
    if not text:
        return NameParts(None, None)
    if "," in text:
        head, _, tail = text.partition(",")
        given, patronymic = split_given_and_patronymic(tail.replace(",", " "))
        return NameParts(tidy_name(head), given, patronymic)
    words = text.split()
    if len(words) == 1:
        return NameParts(words[0], None)
    capitals = [w for w in words if _is_capitalised_word(w)]
    if capitals and len(capitals) < len(words):
        rest = [w for w in words if not _is_capitalised_word(w)]
        given, patronymic = _given_and_patronymic(rest)
        return NameParts(" ".join(capitals), given, patronymic)
    if order is None:
        order = SURNAME_FIRST if script_of(text) == "cyrillic" else GIVEN_FIRST
    if order == SURNAME_FIRST:
        positional = len(words) == 3 and script_of(text) == "cyrillic"
        given, patronymic = _given_and_patronymic(words[1:], positional)
        return NameParts(words[0], given, patronymic)
    surname, rest = _surname_last(words)
    given, patronymic = _given_and_patronymic(rest)
    return NameParts(" ".join(surname), given, patronymic)


def name_key(surname: str | None, given_names: str | None) -> str | None:
    """A comparison key for a person's name: case, diacritics, hyphens and spaces ignored."""
    if not surname:
        return None
    return f"{fold(surname)}|{fold(given_names or '')}"
