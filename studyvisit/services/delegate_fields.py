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
    get = values.get
    for name in NAME_FIELDS:
        value = get(name)
        values[name] = None if value is None else " ".join(value.split()) or None
    email = get("email")
    values["email"] = None if email is None else normalise_email(email)
    passport = get("passport_number")
    values["passport_number"] = None if passport is None else normalise_passport(passport)
    country = get("country")
    if country.__class__ is str:
        # A list names a handful of countries, a hundred thousand times over.
        code = _COUNTRY_CODES.get(country)
        if code is None:
            code = normalise_country(country)
            if code is not None and len(_COUNTRY_CODES) < _COUNTRY_CODES_KEPT:
                _COUNTRY_CODES[country] = code
        values["country"] = code
    else:
        values["country"] = normalise_country(country)
    return fill_latin(values)


_COUNTRY_CODES: dict[str, str] = {}  # value as given -> its valid code
_COUNTRY_CODES_KEPT = 1000


def fill_latin(values: dict[str, Any]) -> dict[str, Any]:
    """Transliterate missing Latin forms and record where the Latin forms came from."""
    get = values.get  # one bound method: this runs for every row of an import
    if get("surname_latin") or get("given_names_latin"):
        values["latin_source"] = get("latin_source") or LatinSource.SOURCE.value
        return values
    surname, given_names = get("surname"), get("given_names")
    surname_latin, given_latin = transliteration.latin_name(
        surname, given_names, get("patronymic"), country=get("country")
    )
    if surname_latin is None and given_latin is None:
        # A name written in Latin letters is its own passport form.
        values["surname_latin"] = surname
        values["given_names_latin"] = given_names
        values["latin_source"] = LatinSource.SOURCE.value if surname else None
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
