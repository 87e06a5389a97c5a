"""The same person twice: recognised by passport number, else e-mail, else normalised name and
date of birth. Used within one file here, and by the delegate service against the visit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from studyvisit.importing.names import name_key
from studyvisit.importing.result import ImportedRow, Problem

PASSPORT = "passport_number"
EMAIL = "email"
NAME_AND_BIRTH = "name_and_date_of_birth"


@dataclass(frozen=True, slots=True)
class PersonKeys:
    """What identifies a person, normalised; any part may be missing."""

    passport: str | None
    email: str | None
    name: str | None
    date_of_birth: dt.date | None

    @property
    def name_and_birth(self) -> tuple[str, dt.date] | None:
        if self.name is None or self.date_of_birth is None:
            return None
        return self.name, self.date_of_birth


def person_keys(fields: Mapping[str, object]) -> PersonKeys:
    """The identifying keys of a delegate's fields (contract names)."""
    passport = fields.get("passport_number")
    email = fields.get("email")
    born = fields.get("date_of_birth")
    surname = fields.get("surname")
    given = fields.get("given_names")
    return PersonKeys(
        passport="".join(str(passport).split()).upper() or None if passport else None,
        email=str(email).strip().lower() or None if email else None,
        name=name_key(
            surname if isinstance(surname, str) else None, given if isinstance(given, str) else None
        ),
        date_of_birth=born if isinstance(born, dt.date) else None,
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


def find_duplicate_rows(rows: Sequence[ImportedRow]) -> list[DuplicateRow]:
    """Rows that repeat a person of an earlier row of the same file, in O(rows)."""
    seen: dict[tuple[str, object], tuple[int, PersonKeys]] = {}
    duplicates: list[DuplicateRow] = []
    for imported in rows:
        if imported.blocking:
            continue
        keys = person_keys(imported.fields)
        lookups = [
            (PASSPORT, keys.passport),
            (EMAIL, keys.email),
            (NAME_AND_BIRTH, keys.name_and_birth),
        ]
        match: DuplicateRow | None = None
        for kind, key in lookups:
            if key is None:
                continue
            earlier = seen.get((kind, key))
            if earlier is not None:
                basis = same_person(keys, earlier[1])
                if basis is not None:
                    match = DuplicateRow(imported.row, earlier[0], basis)
                    break
        if match is not None:
            duplicates.append(match)
            continue
        for kind, key in lookups:
            if key is not None:
                seen.setdefault((kind, key), (imported.row, keys))
    return duplicates
