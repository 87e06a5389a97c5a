"""What a badge can show: the people on badges, their roles, and the field registry.

A layout's text elements name a field; each field has a ``label`` (for the
GUI's layout preview), a ``sample`` and ``value(context)``, so that the preview
and the printed badges run the same code (STYLE.md item 12, after pretix).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from babel import Locale, UnknownLocaleError

from studyvisit.documents.localisation import date_range, label, language_or_default
from studyvisit.documents.qr import VCard
from studyvisit.records import DelegateRecord, StaffRecord, VisitInfo

# Roles on badges, each with its band colour: calm, distinct, white text readable on all.
ROLES: dict[str, str] = {
    "delegate": "#2F5E8C",  # steel blue
    "host": "#2E7359",  # green
    "interpreter": "#9A6526",  # ochre
    "organiser": "#6C4675",  # plum
    "driver": "#55626E",  # slate
    "press": "#9E3B3F",  # muted red
}
# Staff roles (as in the visit file) to badge roles; a coordinator is an organiser.
_STAFF_ROLES = {
    "coordinator": "organiser",
    "organiser": "organiser",
    "interpreter": "interpreter",
    "driver": "driver",
    "host": "host",
    "press": "press",
}
_ROLE_LABELS = {
    "host": {"pl": "Gospodarz", "en": "Host", "ru": "Принимающая сторона"},
    "staff": {"pl": "Organizator", "en": "Staff", "ru": "Организатор"},
}


@dataclass(frozen=True, slots=True)
class BadgePerson:
    """Whoever a badge is for: a delegate, a member of staff, or nobody yet (a blank badge)."""

    kind: str  # "delegate", "staff" or "blank"
    role: str  # a key of ROLES
    title: str = ""  # the role as shown: "coordinator", "delegate", ... (a key for role_label)
    key: str = ""
    name: str = ""  # Latin script, given names first
    native_name: str = ""  # the name in its own script when that is not Latin, as written
    family_name: str = ""
    given_names: str = ""
    organisation: str = ""
    position: str = ""
    country: str = ""  # ISO 3166-1 alpha-2
    email: str = ""
    phone: str = ""


@dataclass(frozen=True, slots=True)
class BadgeContext:
    """A person on a badge of one visit, printed in one language."""

    person: BadgePerson
    visit: VisitInfo
    language: str = "en"


@dataclass(frozen=True, slots=True)
class BadgeField:
    name: str
    label: str  # English; the GUI translates it (context "BadgeFields")
    sample: str
    value: Callable[[BadgeContext], str]


def role_label(title: str, language: str) -> str:
    """'Delegate' / 'Uczestnik' / 'Участник', and so on for every role and staff title."""
    language = language_or_default(language)
    if title in _ROLE_LABELS:
        return _ROLE_LABELS[title].get(language) or _ROLE_LABELS[title]["en"]
    return label(title, language)


@cache
def country_name(code: str, language: str) -> str:
    """The country's name in ``language`` (Babel's CLDR data), or the code when unknown."""
    locale_name = {"en": "en_GB"}.get(language, language)
    try:
        names = Locale.parse(locale_name).territories
    except (UnknownLocaleError, ValueError):
        return code
    return names.get(code.upper(), code)


def _country(context: BadgeContext) -> str:
    code = context.person.country
    return country_name(code, context.language) if code else ""


def _role(context: BadgeContext) -> str:
    return role_label(context.person.title or context.person.role, context.language)


FIELDS: dict[str, BadgeField] = {
    f.name: f
    for f in (
        BadgeField("name", "Name (Latin)", "Aliaksandr Shcherbich", lambda c: c.person.name),
        BadgeField(
            "native_name",
            "Name (Cyrillic)",
            "Шчэрбіч Аляксандр Іванавіч",
            lambda c: c.person.native_name,
        ),
        BadgeField(
            "organisation",
            "Organisation",
            "Міністэрства эканомікі Рэспублікі Беларусь",
            lambda c: c.person.organisation,
        ),
        BadgeField(
            "position",
            "Position",
            "Head of the Regional Policy Department",
            lambda c: c.person.position,
        ),
        BadgeField("country", "Country", "Belarus", _country),
        BadgeField("role", "Role", "Delegate", _role),
        BadgeField(
            "visit_title", "Visit title", "Study visit to Podlaskie", lambda c: c.visit.name
        ),
        BadgeField(
            "visit_dates",
            "Visit dates",
            "2 July 2019 – 5 July 2019",
            lambda c: date_range(
                c.visit.start_date, c.visit.end_date, language_or_default(c.language)
            ),
        ),
        BadgeField(
            "project", "Project", "Cross-border cooperation", lambda c: c.visit.project or ""
        ),
        BadgeField("host", "Host", "Marshal's Office of Podlaskie", lambda c: c.visit.host or ""),
    )
}


# --------------------------------------------------------------------------- people


def is_latin(text: str) -> bool:
    """True when every letter of ``text`` is in the Latin script."""
    return all(
        not char.isalpha() or unicodedata.name(char, "LATIN").startswith("LATIN") for char in text
    )


def delegate_person(delegate: DelegateRecord) -> BadgePerson:
    written = " ".join(p for p in (delegate.given_names, delegate.surname) if p)
    latin = delegate.latin_name or (written if is_latin(written) else "")
    native = "" if is_latin(delegate.full_name) else delegate.full_name
    return BadgePerson(
        kind="delegate",
        role="delegate",
        title="delegate",
        key=delegate.key,
        name=latin or written,
        native_name=native if latin else "",
        family_name=delegate.surname_latin or delegate.surname,
        given_names=delegate.given_names_latin or delegate.given_names or "",
        organisation=delegate.organisation or "",
        position=delegate.position or "",
        country=(delegate.country or "").upper(),
        email=delegate.email or "",
        phone=delegate.phone or "",
    )


def staff_person(member: StaffRecord) -> BadgePerson:
    role = _STAFF_ROLES.get(member.role, "organiser")
    title = member.role if member.role in _STAFF_ROLES else "staff"
    given, _, family = member.name.rpartition(" ")
    return BadgePerson(
        kind="staff",
        role=role,
        title=title,
        key=member.key,
        name=member.name,
        family_name=family,
        given_names=given,
        organisation=member.organisation or "",
        email=member.email or "",
        phone=member.phone or "",
    )


def blank_person(role: str = "delegate") -> BadgePerson:
    """A badge to fill in by hand: the band of ``role``, no name."""
    return BadgePerson(kind="blank", role=role, title=role)


def sample_person() -> BadgePerson:
    """A person made of the fields' samples, for previews of a layout."""
    return BadgePerson(
        kind="delegate",
        role="delegate",
        title="delegate",
        key="sample",
        name=FIELDS["name"].sample,
        native_name=FIELDS["native_name"].sample,
        family_name="Shcherbich",
        given_names="Aliaksandr",
        organisation=FIELDS["organisation"].sample,
        position=FIELDS["position"].sample,
        country="BY",
        email="a.shcherbich@example.by",
    )


# --------------------------------------------------------------------------- QR codes

QR_MODES = ("vcard", "vcard-name", "id", "none")
QR_TITLE_LIMIT = 40  # characters


def qr_payload(person: BadgePerson, visit: VisitInfo, mode: str, language: str) -> str:
    """The text of the person's QR code ("" for none)."""
    if mode == "none" or person.kind == "blank":
        return ""
    if mode == "id":
        return f"studyvisit:{visit.id}:{person.kind}:{person.key}"
    contact = mode == "vcard"
    title = person.position or (
        role_label(person.title, language) if person.kind == "staff" else ""
    )
    return VCard(
        formatted_name=person.name,
        family_name=person.family_name,
        given_names=person.given_names,
        organisation=person.organisation,
        # A long title makes the code denser and harder to scan; it is printed on the badge anyway.
        title=title if len(title) <= QR_TITLE_LIMIT else "",
        email=person.email if contact else "",
        phone=person.phone if contact else "",
    ).payload()
