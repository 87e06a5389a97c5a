"""Attendance sheets and the participant summary as data.

Pure functions of a :class:`VisitPlan`, shared by the PDF and the spreadsheet
writers. A sheet lists the delegates due at one agenda item, or at any item of
one day, foreign and local apart (local: from the host country, ``PL`` unless
``visit.settings["host_country"]`` says otherwise), alphabetically by Latin
surname. Staff and hosts are not listed: a presence list proves the
participation of the project's beneficiaries.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from studyvisit.documents.document_labels import category_label, word
from studyvisit.documents.localisation import text_in
from studyvisit.documents.people import country_name, latin_name, native_name, sort_key
from studyvisit.documents.places import Place, place_of
from studyvisit.programme import PlanIndex
from studyvisit.records import AgendaItemRecord, DelegateRecord, VisitPlan

# Items nobody signs for: travelling and free time.
UNSIGNED_KINDS = frozenset({"travel", "free"})
# Per item, arrivals and departures get no sheet of their own either.
UNSIGNED_ITEM_KINDS = UNSIGNED_KINDS | {"arrival", "departure"}
GENDERS = ("female", "male", None)


@dataclass(frozen=True, slots=True)
class Attendee:
    key: str
    latin_name: str
    native_name: str | None  # as written in the source when not Latin (Cyrillic)
    organisation: str
    position: str
    country: str  # ISO code
    country_name: str  # localised
    category: str | None
    gender: str | None
    local: bool


@dataclass(frozen=True, slots=True)
class AttendanceSheet:
    """One sheet to sign: a day, or one agenda item."""

    day: dt.date
    start: dt.datetime
    end: dt.datetime
    title: str  # the item's title, or the visit's name on a day sheet
    title_fell_back: bool
    places: tuple[Place, ...]
    item_keys: tuple[str, ...]
    foreign: tuple[Attendee, ...]
    local: tuple[Attendee, ...]

    @property
    def attendees(self) -> tuple[Attendee, ...]:
        return self.foreign + self.local


@dataclass(frozen=True, slots=True)
class CountRow:
    """Delegates of one category or country, by gender."""

    key: str | None
    label: str
    female: int
    male: int
    unknown: int

    @property
    def total(self) -> int:
        return self.female + self.male + self.unknown


@dataclass(frozen=True, slots=True)
class DayCount:
    day: dt.date
    foreign: int
    local: int


@dataclass(frozen=True, slots=True)
class ParticipantSummary:
    total: CountRow
    foreign: int
    local: int
    by_category: tuple[CountRow, ...]
    by_country: tuple[CountRow, ...]
    by_day: tuple[DayCount, ...]


def host_country(plan: VisitPlan) -> str:
    """The country whose participants count as local (ISO code)."""
    return str(plan.visit.settings.get("host_country") or "PL").upper()


def attendee(delegate: DelegateRecord, language: str, home: str) -> Attendee:
    country = (delegate.country or "").upper()
    return Attendee(
        key=delegate.key,
        latin_name=latin_name(delegate),
        native_name=native_name(delegate),
        organisation=delegate.organisation or "",
        position=delegate.position or "",
        country=country,
        country_name=country_name(country, language),
        category=delegate.category,
        gender=delegate.gender,
        local=bool(country) and country == home,
    )


def attendance_sheets(
    plan: VisitPlan,
    language: str,
    per: str = "day",
    group_key: str | None = None,
) -> list[AttendanceSheet]:
    """Sheets one per day (``per="day"``) or one per agenda item (``per="item"``)."""
    index = PlanIndex(plan)
    wanted = set(index.members.get(group_key, ())) if group_key else None
    items = _signed_items(plan, per)
    if per == "item":
        batches = [[item] for item in items]
    else:
        by_day: dict[dt.date, list[AgendaItemRecord]] = defaultdict(list)
        for item in items:
            by_day[item.start.date()].append(item)
        batches = [by_day[day] for day in sorted(by_day)]
    sheets = []
    for batch in batches:
        sheet = _sheet(index, batch, language, per, wanted)
        if sheet.attendees or wanted is None:
            sheets.append(sheet)
    return sheets


def participant_summary(
    plan: VisitPlan, language: str, group_key: str | None = None
) -> ParticipantSummary:
    """Delegates counted by category, by country and by gender, and present per day."""
    index = PlanIndex(plan)
    home = host_country(plan)
    keys = index.members.get(group_key, []) if group_key else list(index.delegates)
    people = [attendee(index.delegates[key], language, home) for key in keys]
    by_category = _count_by(people, lambda p: p.category, lambda k: category_label(k, language))
    by_country = _count_by(
        people,
        lambda p: p.country or None,
        lambda k: country_name(k, language) or word("gender.none", language),
    )
    by_day = tuple(
        DayCount(sheet.day, len(sheet.foreign), len(sheet.local))
        for sheet in attendance_sheets(plan, language, "day", group_key)
    )
    local = sum(person.local for person in people)
    return ParticipantSummary(
        total=_count_row(None, word("total", language), people),
        foreign=len(people) - local,
        local=local,
        by_category=tuple(by_category),
        by_country=tuple(by_country),
        by_day=by_day,
    )


def _signed_items(plan: VisitPlan, per: str) -> list[AgendaItemRecord]:
    skipped: Collection[str] = UNSIGNED_ITEM_KINDS if per == "item" else UNSIGNED_KINDS
    return sorted(
        (item for item in plan.agenda if item.kind not in skipped),
        key=lambda item: (item.start, item.end),
    )


def _sheet(
    index: PlanIndex,
    items: list[AgendaItemRecord],
    language: str,
    per: str,
    wanted: set[str] | None,
) -> AttendanceSheet:
    day = items[0].start.date()
    keys: dict[str, None] = {}
    for item in items:
        keys.update(dict.fromkeys(index.attendees(item)))
    home = host_country(index.plan)
    people = [
        attendee(index.delegates[key], language, home)
        for key in sorted(keys, key=lambda k: sort_key(index.delegates[k]))
        if (wanted is None or key in wanted)
        and _present(index.delegates[key], items, per == "item")
    ]
    if per == "item":
        title, fell_back = text_in(items[0].title, language)
    else:
        title, fell_back = index.plan.visit.name, False
    places = {
        site.key: site
        for item in items
        if (site := place_of(index.sites.get(item.site_key or ""), language)) is not None
    }
    return AttendanceSheet(
        day=day,
        start=min(item.start for item in items),
        end=max(item.end for item in items),
        title=title or index.plan.visit.name,
        title_fell_back=fell_back,
        places=tuple(places.values()),
        item_keys=tuple(item.key for item in items),
        foreign=tuple(person for person in people if not person.local),
        local=tuple(person for person in people if person.local),
    )


def _present(delegate: DelegateRecord, items: list[AgendaItemRecord], by_time: bool) -> bool:
    """Whether the delegate is in the country for these items (unknown dates: assume so)."""
    start = min(item.start for item in items)
    end = max(item.end for item in items)
    if by_time:
        arrived = delegate.arrival is None or delegate.arrival < end
        staying = delegate.departure is None or delegate.departure > start
    else:
        arrived = delegate.arrival is None or delegate.arrival.date() <= start.date()
        staying = delegate.departure is None or delegate.departure.date() >= start.date()
    return arrived and staying


def _count_row(key: str | None, label_text: str, people: Iterable[Attendee]) -> CountRow:
    genders = Counter(person.gender if person.gender in GENDERS else None for person in people)
    return CountRow(key, label_text, genders["female"], genders["male"], genders[None])


def _count_by(people: list[Attendee], key_of, label_of) -> list[CountRow]:
    grouped: dict[str | None, list[Attendee]] = defaultdict(list)
    for person in people:
        grouped[key_of(person)].append(person)
    rows = [_count_row(key, label_of(key), members) for key, members in grouped.items()]
    # Largest first; "not given" last.
    return sorted(rows, key=lambda row: (row.key is None, -row.total, row.label))
