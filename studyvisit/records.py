"""Plain, immutable records of a visit: what services return and what the plan
checker, documents and the GUI consume. No ORM objects cross this line.

Records refer to each other by ``key`` (as the visit file does), so the same
data can come from the database or straight from a file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

Texts = Mapping[str, str]
LANGUAGE_FALLBACK = ("en", "pl", "ru")


def pick_text(texts: Texts, language: str) -> tuple[str, str | None]:
    """The text in ``language``, else in the first language that has one.

    Returns the text and the language it was taken from (None when there is no text).
    """
    if texts.get(language):
        return texts[language], language
    for other in (*LANGUAGE_FALLBACK, *texts.keys()):
        if texts.get(other):
            return texts[other], other
    return "", None


@dataclass(frozen=True, slots=True)
class VisitInfo:
    id: int
    name: str
    start_date: dt.date
    end_date: dt.date
    project: str | None = None
    funder: str | None = None
    host: str | None = None
    partners: tuple[str, ...] = ()
    timezone: str = "Europe/Warsaw"
    languages: tuple[str, ...] = ()
    notes: str | None = None
    settings: Mapping[str, Any] = field(default_factory=dict)

    @property
    def days(self) -> list[dt.date]:
        count = (self.end_date - self.start_date).days + 1
        return [self.start_date + dt.timedelta(days=offset) for offset in range(count)]


@dataclass(frozen=True, slots=True)
class SiteRecord:
    id: int
    key: str
    name: Texts
    kind: str | None = None
    address: str | None = None
    city: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    contact: str | None = None
    phone: str | None = None
    notes: str | None = None

    def display_name(self, language: str = "en") -> str:
        return pick_text(self.name, language)[0] or self.key


@dataclass(frozen=True, slots=True)
class TravelTimeRecord:
    id: int
    from_key: str
    to_key: str
    minutes: int
    mode: str = "drive"


@dataclass(frozen=True, slots=True)
class GroupRecord:
    id: int
    key: str
    name: str


# The contract's delegate fields (CONTRACT.md, "A delegate"), in the order the
# command line, the visit file and the delegate list print them.
DELEGATE_FIELDS = (
    "surname",
    "given_names",
    "patronymic",
    "surname_latin",
    "given_names_latin",
    "latin_source",
    "organisation",
    "position",
    "country",
    "category",
    "email",
    "phone",
    "date_of_birth",
    "passport_number",
    "passport_expiry",
    "gender",
    "dietary",
    "arrival",
    "departure",
    "notes",
)


@dataclass(frozen=True, slots=True)
class DelegateRecord:
    id: int
    key: str
    surname: str
    given_names: str | None = None
    patronymic: str | None = None
    surname_latin: str | None = None
    given_names_latin: str | None = None
    latin_source: str | None = None
    organisation: str | None = None
    position: str | None = None
    country: str | None = None
    category: str | None = None
    email: str | None = None
    phone: str | None = None
    date_of_birth: dt.date | None = None
    passport_number: str | None = None
    passport_expiry: dt.date | None = None
    gender: str | None = None
    dietary: str | None = None
    arrival: dt.datetime | None = None
    departure: dt.datetime | None = None
    notes: str | None = None
    group_keys: tuple[str, ...] = ()

    @property
    def full_name(self) -> str:
        """The name as written in the source: surname, given names, patronymic."""
        # A list, not a generator: join is called once per delegate in big loops.
        return " ".join([p for p in (self.surname, self.given_names, self.patronymic) if p])

    @property
    def latin_name(self) -> str:
        """The passport form, given names first (as on a badge)."""
        return " ".join([p for p in (self.given_names_latin, self.surname_latin) if p])


@dataclass(frozen=True, slots=True)
class StaffRecord:
    id: int
    key: str
    name: str
    role: str = "other"
    organisation: str | None = None
    phone: str | None = None
    email: str | None = None
    notes: str | None = None


@dataclass(frozen=True, slots=True)
class AgendaItemRecord:
    id: int
    key: str
    start: dt.datetime
    end: dt.datetime
    kind: str
    title: Texts
    site_key: str | None = None
    description: Texts = field(default_factory=dict)
    hosts: tuple[str, ...] = ()
    group_keys: tuple[str, ...] = ()  # empty: everyone


@dataclass(frozen=True, slots=True)
class VehicleRecord:
    id: int
    key: str
    label: str
    seats: int
    plate: str | None = None
    operator: str | None = None
    phone: str | None = None
    driver_key: str | None = None


@dataclass(frozen=True, slots=True)
class TransportRunRecord:
    id: int
    key: str
    vehicle_key: str
    depart: dt.datetime
    arrive: dt.datetime
    from_key: str | None = None
    to_key: str | None = None
    group_keys: tuple[str, ...] = ()
    delegate_keys: tuple[str, ...] = ()
    staff_keys: tuple[str, ...] = ()
    notes: str | None = None


@dataclass(frozen=True, slots=True)
class AccommodationRecord:
    id: int
    delegate_key: str
    site_key: str
    check_in: dt.date
    check_out: dt.date
    room: str | None = None


@dataclass(frozen=True, slots=True)
class VisitPlan:
    """Everything about one visit, as plain data."""

    visit: VisitInfo
    sites: tuple[SiteRecord, ...] = ()
    travel_times: tuple[TravelTimeRecord, ...] = ()
    groups: tuple[GroupRecord, ...] = ()
    delegates: tuple[DelegateRecord, ...] = ()
    staff: tuple[StaffRecord, ...] = ()
    agenda: tuple[AgendaItemRecord, ...] = ()
    vehicles: tuple[VehicleRecord, ...] = ()
    transport: tuple[TransportRunRecord, ...] = ()
    accommodation: tuple[AccommodationRecord, ...] = ()

    def site(self, key: str | None) -> SiteRecord | None:
        if key is None:
            return None
        return next((site for site in self.sites if site.key == key), None)
