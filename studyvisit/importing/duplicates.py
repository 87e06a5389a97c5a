"""The same person twice: recognised by passport number, else e-mail, else normalised name and
date of birth. Used within one file here, and by the delegate service against the visit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from studyvisit.importing.names import name_key
from studyvisit.importing.result import ImportedRow, Problem

PASSPORT = "passport_number"
EMAIL = "email"
NAME_AND_BIRTH = "name_and_date_of_birth"


class PersonKeys(NamedTuple):
    """What identifies a person, normalised; any part may be missing. (A named tuple: an
    import builds one per row, and it is several times cheaper to make than a dataclass.)"""

    passport: str | None
    email: str | None
    name: str | None
    date_of_birth: dt.date | None

    @property
    def name_and_birth(self) -> tuple[str, dt.date] | None:
        if self.name is None or self.date_of_birth is None:
            return None
        return self.name, self.date_of_birth


def _passport_key(passport: object) -> str | None:
    return "".join(str(passport).split()).upper() or None if passport else None


def _email_key(email: object) -> str | None:
    return str(email).strip().lower() or None if email else None


def _name_key(fields: Mapping[str, object]) -> str | None:
    surname = fields.get("surname")
    given = fields.get("given_names")
    if surname.__class__ is not str:
        return None
    return name_key(surname, given if given.__class__ is str else None)  # type: ignore[arg-type]


def person_keys(fields: Mapping[str, object], *, with_name: bool = True) -> PersonKeys:
    """The identifying keys of a delegate's fields (contract names). ``with_name=False``
    leaves the name out, for callers that know it cannot decide (see
    :func:`find_duplicate_rows`)."""
    born = fields.get("date_of_birth")
    return PersonKeys(
        _passport_key(fields.get("passport_number")),
        _email_key(fields.get("email")),
        _name_key(fields) if with_name else None,
        born if isinstance(born, dt.date) else None,
    )


def same_person(a: PersonKeys, b: PersonKeys) -> str | None:
    """Why ``a`` and ``b`` are the same person (the key that matched), or None.

    The first key both sides have decides: two different passport numbers are two people
    even with the same name."""
    if a.passport and b.passport:
        return PASSPORT if a.passport == b.passport else None
    if a.email and b.email:
        return EMAIL if a.email == b.email else None
    if a.name_and_birth and b.name_and_birth:
        return NAME_AND_BIRTH if a.name_and_birth == b.name_and_birth else None
    return None


@dataclass(frozen=True, slots=True)
class DuplicateRow:
    """Row ``row`` is the same person as the earlier row ``first_row``, by ``basis``."""

    row: int
    first_row: int
    basis: str

    def problem(self) -> Problem:
        """The duplicate as a (non-blocking) problem on the later row."""
        what = {
            PASSPORT: "passport number",
            EMAIL: "e-mail",
            NAME_AND_BIRTH: "name and date of birth",
        }
        return Problem(
            self.row, None, f"the same person as row {self.first_row} (same {what[self.basis]})"
        )


def names_can_decide(keys: Iterable[tuple[str | None, str | None]]) -> bool:
    """Whether name and date of birth can ever decide between two of these people, given
    their (passport, e-mail) keys: not where everyone has a passport number, nor where
    everyone has an e-mail address, since :func:`same_person` asks those first."""
    all_passports = all_emails = True
    for passport, email in keys:
        all_passports = all_passports and passport is not None
        all_emails = all_emails and email is not None
        if not (all_passports or all_emails):
            return True
    return False


def find_duplicate_rows(rows: Sequence[ImportedRow]) -> list[DuplicateRow]:
    """Rows that repeat a person of an earlier row of the same file, in O(rows)."""
    candidates = [imported for imported in rows if not (imported.problems and imported.blocking)]
    # The keys inline (as _passport_key and _email_key make them): a call per row and key
    # costs more than the work.
    passports = [
        "".join(str(value).split()).upper() or None if value else None
        for value in [r.fields.get(PASSPORT) for r in candidates]
    ]
    emails = [
        str(value).strip().lower() or None if value else None
        for value in [r.fields.get(EMAIL) for r in candidates]
    ]
    contacts = list(zip(passports, emails, strict=True))
    # Folding 100,000 names is the dearest part; skip it where names cannot decide.
    with_name = names_can_decide(contacts)
    if not with_name and _all_distinct(passports) and _all_distinct(emails):
        # No key repeats, so no row can match an earlier one: the usual list, at set speed.
        return []
    # The first row seen with each key: (row number, its keys), one index per kind of key.
    indexes: tuple[dict[object, tuple[int, PersonKeys]], ...] = ({}, {}, {})
    by_passport, by_email, by_name = indexes
    duplicates: list[DuplicateRow] = []
    for imported, (passport, email) in zip(candidates, contacts, strict=True):
        fields = imported.fields
        born = fields.get("date_of_birth")
        keys = PersonKeys(
            passport,
            email,
            _name_key(fields) if with_name else None,
            born if isinstance(born, dt.date) else None,
        )
        lookups = (passport, email, keys.name_and_birth)
        if passport in by_passport or email in by_email or lookups[2] in by_name:
            match = _earlier_match(imported.row, keys, lookups, indexes)
            if match is not None:
                duplicates.append(match)
                continue
        for key, index in zip(lookups, indexes, strict=True):
            if key is not None:
                index.setdefault(key, (imported.row, keys))
    return duplicates


def _all_distinct(keys: list[str | None]) -> bool:
    """Whether no key other than None occurs twice in ``keys``."""
    present = [key for key in keys if key is not None]
    return len(set(present)) == len(present)


def _earlier_match(
    row: int,
    keys: PersonKeys,
    lookups: tuple[object, ...],
    indexes: tuple[dict[object, tuple[int, PersonKeys]], ...],
) -> DuplicateRow | None:
    """The first earlier row that shares a key with ``keys`` and is the same person."""
    for key, index in zip(lookups, indexes, strict=True):
        earlier = index.get(key) if key is not None else None
        if earlier is not None:
            basis = same_person(keys, earlier[1])
            if basis is not None:
                return DuplicateRow(row, earlier[0], basis)
    return None
