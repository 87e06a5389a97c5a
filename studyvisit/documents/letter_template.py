"""The invitation letter's template and its fields, filled per delegate.

The template (``resources/letters/invitation.json``) holds, per language, a
subject, a salutation, paragraphs, the rows of the delegate's particulars and a
closing, with ``{placeholders}``. A visit may override any of these per language
in ``visit.settings["invitation_letter"]``. Filling follows two rules: a
paragraph or row naming an *optional* field that is empty is left out (no
"financed by ." sentences); a *required* field that is empty (name, date of
birth, passport number) prints as a line to fill in by hand.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from studyvisit.documents.document_labels import date_span
from studyvisit.documents.localisation import short_date
from studyvisit.documents.people import country_name, latin_name, native_name
from studyvisit.documents.signatory import Signatory, localised, signatory
from studyvisit.records import DelegateRecord, VisitPlan
from studyvisit.resources import read_text

TEMPLATE_FILE = ("letters", "invitation.json")
REQUIRED = frozenset({"latin_name", "date_of_birth", "passport_number"})
BLANK = "_" * 22
PARTICULARS = "{particulars}"
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


@dataclass(frozen=True)
class LetterTemplate:
    subject: str
    salutation: str
    paragraphs: tuple[str, ...]
    particulars: tuple[tuple[str, str], ...]
    closing: str
    default_purpose: str = ""
    addressee: str = ""


@dataclass(frozen=True)
class Letter:
    """One delegate's letter, every text filled (markup as the caller rendered it)."""

    delegate_key: str
    place_and_date: str
    addressee: str
    subject: str
    salutation: str
    blocks: tuple[str | tuple[tuple[str, str], ...], ...]  # paragraphs; a tuple: the particulars
    closing: str
    signatory: Signatory
    fields: Mapping[str, str] = field(default_factory=dict)


@cache
def _shipped() -> dict[str, Any]:
    return json.loads(read_text(*TEMPLATE_FILE))["languages"]


def load_template(plan: VisitPlan, language: str) -> LetterTemplate:
    """The shipped template in ``language`` (English if missing), with the visit's overrides."""
    shipped = _shipped()
    entry: dict[str, Any] = dict(shipped.get(language) or shipped["en"])
    overrides = plan.visit.settings.get("invitation_letter")
    if isinstance(overrides, Mapping) and isinstance(overrides.get(language), Mapping):
        entry.update(overrides[language])
    return LetterTemplate(
        subject=str(entry.get("subject", "")),
        salutation=str(entry.get("salutation", "")),
        paragraphs=tuple(str(text) for text in entry.get("paragraphs", ())),
        particulars=tuple((str(name), str(value)) for name, value in entry.get("particulars", ())),
        closing=str(entry.get("closing", "")),
        default_purpose=str(entry.get("default_purpose", "")),
        addressee=localised(plan.visit.settings.get("letter_addressee"), language)
        or str(entry.get("addressee", "")),
    )


def letter_fields(
    plan: VisitPlan, delegate: DelegateRecord, language: str, letter_date: dt.date
) -> dict[str, str]:
    """Every placeholder's value for ``delegate`` (empty where unknown)."""
    visit = plan.visit
    settings = visit.settings
    stay_start = delegate.arrival.date() if delegate.arrival else visit.start_date
    stay_end = delegate.departure.date() if delegate.departure else visit.end_date
    signer = signatory(plan, language)
    city = localised(settings.get("visit_place"), language) or main_city(plan)
    home = country_name(str(settings.get("host_country") or "PL"), language)
    template = load_template(plan, language)

    def day(value: dt.date | None) -> str:
        return short_date(value, language) if value else ""

    return {
        "latin_name": latin_name(delegate) if delegate.latin_name else "",
        "surname_latin": delegate.surname_latin or "",
        "given_names_latin": delegate.given_names_latin or "",
        "native_name": native_name(delegate) or "",
        "date_of_birth": day(delegate.date_of_birth),
        "passport_number": delegate.passport_number or "",
        "passport_expiry": day(delegate.passport_expiry),
        "organisation": delegate.organisation or "",
        "position": delegate.position or "",
        "country": country_name(delegate.country, language),
        "visit_name": visit.name,
        "visit_start": day(visit.start_date),
        "visit_end": day(visit.end_date),
        "visit_dates": date_span(visit.start_date, visit.end_date, language),
        "visit_place": ", ".join(part for part in (city, home) if part),
        "stay_start": day(stay_start),
        "stay_end": day(stay_end),
        "stay_dates": date_span(min(stay_start, stay_end), stay_end, language),
        "project": visit.project or "",
        "funder": visit.funder or "",
        "purpose": localised(settings.get("purpose"), language) or template.default_purpose,
        "host_name": visit.host or "",
        "host_address": localised(settings.get("host_address"), language),
        "contact": ", ".join(p for p in (signer.name, signer.phone, signer.email) if p)
        if signer.name
        else "",
        "signatory_name": signer.name,
        "signatory_position": signer.position,
        "letter_date": day(letter_date),
        "letter_place": localised(settings.get("letter_place"), language) or city,
    }


def main_city(plan: VisitPlan) -> str:
    """The city where most agenda items take place."""
    sites = {site.key: site for site in plan.sites}
    cities = Counter(
        sites[item.site_key].city
        for item in plan.agenda
        if item.site_key in sites and sites[item.site_key].city
    )
    return cities.most_common(1)[0][0] if cities else ""


def fill(
    text: str,
    fields: Mapping[str, str],
    literal: Callable[[str], str] = str,
    value: Callable[[str, str], str] = lambda _key, text: text,
) -> str | None:
    """``text`` with its placeholders filled; None when an optional one is empty.

    ``literal`` renders the template's own words and ``value(key, text)`` each
    field (a PDF escapes both and sets some values in bold). An unknown
    placeholder stays as written, so that a typo shows.
    """
    parts = _PLACEHOLDER.split(text)
    rendered = []
    for position, part in enumerate(parts):
        if position % 2 == 0:
            rendered.append(literal(part))
        elif part not in fields:
            rendered.append(literal("{" + part + "}"))
        elif fields[part]:
            rendered.append(value(part, fields[part]))
        elif part in REQUIRED:
            rendered.append(literal(BLANK))
        else:
            return None
    return "".join(rendered)


def compose_letter(
    plan: VisitPlan,
    delegate: DelegateRecord,
    language: str,
    letter_date: dt.date,
    literal: Callable[[str], str] = str,
    value: Callable[[str, str], str] = lambda _key, text: text,
) -> Letter:
    """The delegate's letter from the visit's template, filled."""
    template = load_template(plan, language)
    fields = letter_fields(plan, delegate, language, letter_date)

    def filled(text: str) -> str:
        return fill(text, fields, literal, value) or ""

    blocks: list[str | tuple[tuple[str, str], ...]] = []
    for paragraph in template.paragraphs:
        if paragraph.strip() == PARTICULARS:
            rows = []
            for name, row_value in template.particulars:
                if (text := fill(row_value, fields, literal, value)) is not None:
                    rows.append((literal(name), text))
            blocks.append(tuple(rows))
        elif (text := fill(paragraph, fields, literal, value)) is not None:
            blocks.append(text)
    place = fields["letter_place"]
    date = fields["letter_date"]
    return Letter(
        delegate_key=delegate.key,
        place_and_date=literal(f"{place}, {date}" if place else date),
        addressee=filled(template.addressee),
        subject=filled(template.subject),
        salutation=filled(template.salutation),
        blocks=tuple(blocks),
        closing=filled(template.closing),
        signatory=signatory(plan, language),
        fields=fields,
    )
