"""Value rules for a delegate's fields, shared by every way a delegate comes in
(visit files, spreadsheet imports, edits in the GUI), and the contract's JSON form."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from studyvisit.domain import LatinSource
from studyvisit.errors import ValidationError
from studyvisit.records import DELEGATE_FIELDS, DelegateRecord
from studyvisit.services import transliteration

NAME_FIELDS = ("surname", "given_names", "patronymic", "surname_latin", "given_names_latin")
CONTRACT_FIELDS = DELEGATE_FIELDS
# Deliberately permissive: one @, a dot in the domain, no spaces.
EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
COUNTRY_PATTERN = re.compile(r"^[A-Z]{2}$")


def collapse_spaces(value: str | None) -> str | None:
    if value is None:
        return None
    collapsed = " ".join(value.split())
    return collapsed or None


def normalise_email(value: str | None) -> str | None:
    value = collapse_spaces(value)
    if value is None:
        return None
    value = value.lower()
    if not EMAIL_PATTERN.match(value):
        raise ValidationError(f"email: {value!r} is not an e-mail address.")
    return value


def normalise_passport(value: str | None) -> str | None:
    if value is None:
        return None
    return "".join(value.split()).upper() or None


def normalise_country(value: str | None) -> str | None:
    value = collapse_spaces(value)
    if value is None:
        return None
    value = value.upper()
    if not COUNTRY_PATTERN.match(value):
        raise ValidationError(
            f"country: {value!r} is not an ISO 3166-1 alpha-2 code such as BY or PL."
        )
    return value


def normalise(values: dict[str, Any]) -> dict[str, Any]:
    """Apply the contract's value rules; fill the Latin forms where only Cyrillic is given."""
    return normalise_in_place(dict(values))


def normalise_in_place(values: dict[str, Any]) -> dict[str, Any]:
    """:func:`normalise` on ``values`` itself, for callers that own the dict (an import of
    100,000 rows should not copy every one of them once more)."""
    for name in NAME_FIELDS:
        value = values.get(name)
        values[name] = None if value is None else " ".join(value.split()) or None
    values["email"] = normalise_email(values.get("email"))
    values["passport_number"] = normalise_passport(values.get("passport_number"))
    values["country"] = normalise_country(values.get("country"))
    return fill_latin(values)


def fill_latin(values: dict[str, Any]) -> dict[str, Any]:
    """Transliterate missing Latin forms and record where the Latin forms came from."""
    has_latin = bool(values.get("surname_latin") or values.get("given_names_latin"))
    if has_latin:
        values.setdefault("latin_source", None)
        values["latin_source"] = values["latin_source"] or LatinSource.SOURCE.value
        return values
    surname_latin, given_latin = transliteration.latin_name(
        values.get("surname"),
        values.get("given_names"),
        values.get("patronymic"),
        country=values.get("country"),
    )
    if surname_latin is None and given_latin is None:
        # A name written in Latin letters is its own passport form.
        values["surname_latin"] = values.get("surname")
        values["given_names_latin"] = values.get("given_names")
        values["latin_source"] = LatinSource.SOURCE.value if values.get("surname") else None
        return values
    values["surname_latin"] = surname_latin
    values["given_names_latin"] = given_latin
    values["latin_source"] = LatinSource.TRANSLITERATED.value
    return values


def _json_value(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%dT%H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%Y-%m-%d")
    return value


def to_json(delegate: DelegateRecord) -> dict[str, Any]:
    """The contract's fields of a delegate, JSON-ready (no id, no key, no groups)."""
    return {name: _json_value(getattr(delegate, name)) for name in CONTRACT_FIELDS}
