"""The plan checker: problems in a visit's plan, as a pure function of a ``VisitPlan``.

No database and no Qt: ``check_plan(plan, language)`` reads plain records and
returns ``Problem``s (the ``check --json`` objects of CONTRACT.md), sorted by
code, then refs.

Speed comes from cohorts: delegates who share the same set of groups are due at
the same agenda items, so schedules, overlaps and moves between sites are worked
out once per cohort, not once per person. Runs are compared with their
neighbours in time (per vehicle, per driver), never all pairs.

Decisions on points the contract leaves open (they belong in the user docs):

- An agenda item or a run with no groups is for everyone; a run that lists
  delegates but no groups carries only those delegates.
- ``free`` items are not commitments: they never overlap anything, nobody is
  "absent" from them, and a free item drops out of a cohort's sequence of
  places when it overlaps one of the cohort's other items.
- ``travel`` items (the journey itself) and items with no site are transparent
  in the sequence of places: the move is checked between the items around them.
- Moves are checked within one day (items starting on the same date); the move
  to and from the night's accommodation is not checked.
- Two items that overlap are only an ``agenda_overlap``; no travel or transport
  problem is reported between them.
- A run "carries" people between two consecutive items when it leaves the
  first item's site no earlier than that item's start and reaches the second
  item's site no later than that item's end; a chain of runs through other
  sites counts too.
- A travel time given only from A to B serves B to A. With no travel time the
  checker estimates one from the coordinates (straight line x 1.3 at 30 km/h,
  plus 10 minutes) and otherwise stays silent. A vehicle ignores ``walk`` times.
- Without a ``walk`` travel time, a change of site needs a transport run.
- ``arrival`` and ``departure`` items are windows: a delegate is absent only if
  they arrive after the window ends or leave before it starts.
- Passports are checked for delegates whose country is known and not in the
  Schengen area; a delegate with no country is not checked.
- ``driver_hours``: one problem per driver per day (by the date a run departs),
  refs the driver and the vehicles they drive that day; runs that overlap
  count once.
- Severities (``SEVERITIES``): ``error`` where the plan cannot be carried out
  as written or breaks a rule (everything else); ``warning`` where it is
  incomplete or knowingly partial: ``delegate_absent`` (a late arrival misses
  part of the programme) and ``passport_missing`` (data still to collect).
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import operator
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from studyvisit.gc_pause import garbage_collection_paused
from studyvisit.records import (
    AgendaItemRecord,
    DelegateRecord,
    TransportRunRecord,
    TravelTimeRecord,
    VehicleRecord,
    VisitPlan,
    pick_text,
)
from studyvisit.travel import estimate_minutes

__all__ = ["SCHENGEN", "SEVERITIES", "Problem", "Severity", "check_plan"]


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem in a plan: what, how bad, in words, and which records."""

    severity: Severity
    code: str
    message: str
    refs: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        """The ``check --json`` object."""
        return {
            "severity": str(self.severity),
            "code": self.code,
            "message": self.message,
            "refs": list(self.refs),
        }


AGENDA_OVERLAP = "agenda_overlap"
TRAVEL_TIME_SHORT = "travel_time_short"
TRANSPORT_MISSING = "transport_missing"
VEHICLE_OVER_CAPACITY = "vehicle_over_capacity"
VEHICLE_DOUBLE_BOOKED = "vehicle_double_booked"
DRIVER_HOURS = "driver_hours"
OUTSIDE_VISIT = "outside_visit"
DELEGATE_ABSENT = "delegate_absent"
NO_ACCOMMODATION = "no_accommodation"
PASSPORT_EXPIRY = "passport_expiry"
PASSPORT_MISSING = "passport_missing"

SEVERITIES: dict[str, Severity] = {
    AGENDA_OVERLAP: Severity.ERROR,
    TRAVEL_TIME_SHORT: Severity.ERROR,
    TRANSPORT_MISSING: Severity.ERROR,
    VEHICLE_OVER_CAPACITY: Severity.ERROR,
    VEHICLE_DOUBLE_BOOKED: Severity.ERROR,
    DRIVER_HOURS: Severity.ERROR,
    OUTSIDE_VISIT: Severity.ERROR,
    DELEGATE_ABSENT: Severity.WARNING,
    NO_ACCOMMODATION: Severity.ERROR,
    PASSPORT_EXPIRY: Severity.ERROR,
    PASSPORT_MISSING: Severity.WARNING,
}

# Schengen area members as of 2025 (ISO 3166-1 alpha-2): Bulgaria and Romania
# joined fully on 1 January 2025, Croatia on 1 January 2023. Cyprus and Ireland
# are in the EU but not in the Schengen area.
SCHENGEN = frozenset(
    {
        "AT", "BE", "BG", "CH", "CZ", "DE", "DK", "EE", "ES", "FI",
        "FR", "GR", "HR", "HU", "IS", "IT", "LI", "LT", "LU", "LV",
        "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK",
    }
)  # fmt: skip

DAILY_DRIVING = dt.timedelta(hours=9)
CONTINUOUS_DRIVING = dt.timedelta(hours=4, minutes=30)
DRIVING_BREAK = dt.timedelta(minutes=45)
PASSPORT_MONTHS_AFTER_VISIT = 3

FREE = "free"
TRAVEL = "travel"
WINDOW_KINDS = frozenset({"arrival", "departure"})
WALK = "walk"

# --------------------------------------------------------------------------- messages

# Templates by id and language; placeholders are filled after choosing one.
MESSAGES: dict[str, dict[str, str]] = {
    "agenda_overlap": {
        "en": '{Who} are due at "{first}" and "{second}" at the same time on {when}.',
        "pl": "{Who} mają w tym samym czasie dwa punkty programu: „{first}” i „{second}” ({when}).",
    },
    "travel_time_short": {
        "en": 'The break between "{first}" at {site_a} (ends {end_a}) and "{second}" at {site_b} '
        "(starts {start_b}) on {date} is {gap}, but the journey takes about {travel}; "
        "this affects {who}.",
        "pl": "Przerwa między „{first}” ({site_a}, koniec {end_a}) a „{second}” ({site_b}, "
        "początek {start_b}) w dniu {date} wynosi {gap}, a przejazd trwa około {travel}; "
        "dotyczy: {who}.",
    },
    "transport_missing": {
        "en": 'No transport run takes {who} from {site_a} to {site_b} between "{first}" '
        '(ends {end_a}) and "{second}" (starts {start_b}) on {date}.',
        "pl": "Brak przejazdu z miejsca {site_a} do miejsca {site_b} między „{first}” "
        "(koniec {end_a}) a „{second}” (początek {start_b}) w dniu {date}; dotyczy: {who}.",
    },
    "vehicle_over_capacity": {
        "en": "{vehicle} has {seats} passenger seats, but the {run} has {people} on board "
        "(delegates: {delegates}, staff: {staff}).",
        "pl": "Pojazd {vehicle}: {run} wiezie {people} os. (uczestnicy: {delegates}, "
        "personel: {staff}), a liczba miejsc dla pasażerów to {seats}.",
    },
    "vehicle_double_booked.overlap": {
        "en": "{vehicle} is booked for two runs at the same time: the {run_a} and the {run_b}.",
        "pl": "Pojazd {vehicle} ma w tym samym czasie dwa kursy: {run_a} oraz {run_b}.",
    },
    "vehicle_double_booked.reach": {
        "en": "{vehicle} cannot get from {site_a} to {site_b} in time on {date}: one run ends "
        "at {end_a}, the next starts at {start_b}, and the drive takes about {travel}.",
        "pl": "Pojazd {vehicle} nie zdąży dojechać z miejsca {site_a} do miejsca {site_b} "
        "w dniu {date}: jeden kurs kończy się o {end_a}, następny zaczyna się o {start_b}, "
        "a przejazd trwa około {travel}.",
    },
    "driver_hours.daily": {
        "en": "{driver} is due to drive {total} on {date}, more than the 9 hours allowed "
        "in one day.",
        "pl": "{driver} ma w dniu {date} zaplanowane {total} jazdy, więcej niż dozwolone "
        "9 godzin na dobę.",
    },
    "driver_hours.continuous": {
        "en": "{driver} is due to drive {stretch} without a 45-minute break on {date} "
        "({start}–{end}); the limit is 4.5 hours.",
        "pl": "{driver} ma w dniu {date} zaplanowane {stretch} jazdy bez 45-minutowej przerwy "
        "({start}–{end}); dozwolone są 4,5 godziny.",
    },
    "driver_hours.both": {
        "en": "{driver} is due to drive {total} on {date}, more than the 9 hours allowed "
        "in one day, and {stretch} of it without a 45-minute break ({start}–{end}; "
        "the limit is 4.5 hours).",
        "pl": "{driver} ma w dniu {date} zaplanowane {total} jazdy, więcej niż dozwolone "
        "9 godzin na dobę, w tym {stretch} bez 45-minutowej przerwy ({start}–{end}; "
        "dozwolone są 4,5 godziny).",
    },
    "outside_visit.agenda": {
        "en": '"{title}" ({when}) lies outside the dates of the visit ({first_day} – {last_day}).',
        "pl": "„{title}” ({when}) wypada poza terminem wizyty ({first_day} – {last_day}).",
    },
    "outside_visit.run": {
        "en": "The {run} by {vehicle} lies outside the dates of the visit "
        "({first_day} – {last_day}).",
        "pl": "Pojazd {vehicle}: {run} wypada poza terminem wizyty ({first_day} – {last_day}).",
    },
    "delegate_absent.arrival": {
        "en": '{delegate} is due at "{title}" ({when}) but arrives only on {arrival}.',
        "pl": "{delegate} ma w programie „{title}” ({when}), ale przyjeżdża dopiero {arrival}.",
    },
    "delegate_absent.departure": {
        "en": '{delegate} is due at "{title}" ({when}) but leaves on {departure}.',
        "pl": "{delegate} ma w programie „{title}” ({when}), ale wyjeżdża już {departure}.",
    },
    "no_accommodation.one": {
        "en": "{delegate} has no accommodation for the night of {nights}.",
        "pl": "{delegate} nie ma noclegu na noc {nights}.",
    },
    "no_accommodation.many": {
        "en": "{delegate} has no accommodation for the nights of {nights}.",
        "pl": "{delegate} nie ma noclegu na noce {nights}.",
    },
    "passport_expiry": {
        "en": "{delegate} ({country}) has a passport that expires on {expiry}, less than "
        "3 months after the visit ends ({end}).",
        "pl": "{delegate} ({country}): paszport traci ważność {expiry}, mniej niż 3 miesiące "
        "po zakończeniu wizyty ({end}).",
    },
    "passport_missing.number": {
        "en": "{delegate} ({country}) comes from outside the Schengen area, but the passport "
        "number is missing.",
        "pl": "{delegate} ({country}) przyjeżdża spoza strefy Schengen, ale brak numeru paszportu.",
    },
    "passport_missing.expiry": {
        "en": "{delegate} ({country}) comes from outside the Schengen area, but the passport "
        "expiry date is missing.",
        "pl": "{delegate} ({country}) przyjeżdża spoza strefy Schengen, ale brak daty ważności "
        "paszportu.",
    },
    "passport_missing.both": {
        "en": "{delegate} ({country}) comes from outside the Schengen area, but the passport "
        "number and expiry date are missing.",
        "pl": "{delegate} ({country}) przyjeżdża spoza strefy Schengen, ale brak numeru i daty "
        "ważności paszportu.",
    },
    # Pieces of sentences.
    "all_delegates": {"en": "all delegates", "pl": "wszyscy uczestnicy"},
    "delegates_in_group": {"en": "delegates in {names}", "pl": "uczestnicy z grupy {names}"},
    "delegates_in_groups": {"en": "delegates in {names}", "pl": "uczestnicy z grup {names}"},
    "delegates_in_no_group": {"en": "delegates in no group", "pl": "uczestnicy bez grupy"},
    "group_name": {"en": "{name}", "pl": "„{name}”"},
    "and": {"en": "and", "pl": "i"},
    "or": {"en": "or", "pl": "lub"},
    "run": {
        "en": "run from {a} to {b} on {when}",
        "pl": "kurs z miejsca {a} do miejsca {b} ({when})",
    },
    "unknown_site": {"en": "an unknown place", "pl": "nieznane miejsce"},
    "night": {"en": "{first}–{second}", "pl": "z {first} na {second}"},
    "hours_minutes": {"en": "{hours} h {minutes} min", "pl": "{hours} godz. {minutes} min"},
    "hours": {"en": "{hours} h", "pl": "{hours} godz."},
    "minutes": {"en": "{minutes} min", "pl": "{minutes} min"},
}

MONTHS: dict[str, tuple[str, ...]] = {  # spelled out: independent of the process locale
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
    "pl": (
        "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca",
        "lipca", "sierpnia", "września", "października", "listopada", "grudnia",
    ),
}  # fmt: skip
MESSAGE_LANGUAGES = frozenset(MONTHS)


# --------------------------------------------------------------------------- small helpers


_item_order = operator.attrgetter("start", "end", "key")
_run_order = operator.attrgetter("depart", "arrive", "key")
_problem_order = operator.attrgetter("code", "refs", "message")
_NOT_YET: Any = object()  # a cache miss, where None is a cached answer
_NAME_HERE = "\x00"  # where a message names its delegate (no text has this character)


def _minutes(delta: dt.timedelta) -> float:
    return delta.total_seconds() / 60


def _add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by calendar months; the 31st becomes the last day of a shorter month."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _overlapping_pairs(
    items: Sequence[AgendaItemRecord],
) -> Iterator[tuple[AgendaItemRecord, AgendaItemRecord]]:
    """Pairs of items (sorted by start) whose times overlap; touching is fine. A sweep line."""
    active: list[AgendaItemRecord] = []
    for item in items:
        active = [other for other in active if other.end > item.start]
        for other in active:
            yield other, item
        active.append(item)


def _merged_intervals(
    runs: Iterable[TransportRunRecord],
) -> list[tuple[dt.datetime, dt.datetime]]:
    """The runs' times (sorted by departure) as disjoint intervals."""
    merged: list[tuple[dt.datetime, dt.datetime]] = []
    for run in runs:
        if merged and run.depart < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], run.arrive))
        else:
            merged.append((run.depart, run.arrive))
    return merged


def _reaches(
    runs: Iterable[TransportRunRecord],
    origin: str,
    ready: dt.datetime,
    destination: str,
    deadline: dt.datetime,
) -> bool:
    """Whether ``runs`` (sorted by departure) take someone at ``origin`` from ``ready`` on to
    ``destination`` by ``deadline``, changing vehicles where one run ends and another starts."""
    there_at = {origin: ready}
    for run in runs:
        if run.arrive > deadline or run.from_key is None or run.to_key is None:
            continue
        at = there_at.get(run.from_key)
        if at is None or at > run.depart:
            continue
        if run.to_key == destination:
            return True
        if run.arrive < there_at.get(run.to_key, deadline):
            there_at[run.to_key] = run.arrive
    return False


# --------------------------------------------------------------------------- the plan, indexed


@dataclass(slots=True)
class _Cohort:
    """Delegates sharing one set of groups, hence one schedule."""

    groups: frozenset[str]
    members: tuple[DelegateRecord, ...]
    member_keys: frozenset[str]
    schedule: tuple[AgendaItemRecord, ...]  # by start; free items included
    overlaps: tuple[tuple[AgendaItemRecord, AgendaItemRecord], ...]  # committed items only
    sequence: tuple[AgendaItemRecord, ...]  # the places the cohort goes to, in order
    runs: list[TransportRunRecord] = field(default_factory=list)  # carrying any member
    departs: list[dt.datetime] = field(default_factory=list)
    signature: object = None  # equal for cohorts carried by the same runs


@dataclass(frozen=True, slots=True)
class _Schedule:
    items: tuple[AgendaItemRecord, ...]
    overlaps: tuple[tuple[AgendaItemRecord, AgendaItemRecord], ...]
    sequence: tuple[AgendaItemRecord, ...]


def _schedule(items: Iterable[AgendaItemRecord]) -> _Schedule:
    """Sort a cohort's items; find its overlaps and the sequence of places it visits."""
    ordered = tuple(sorted(items, key=_item_order))
    overlaps = []
    loose_free: set[str] = set()  # free items overlapping a committed item
    for a, b in _overlapping_pairs(ordered):
        if a.kind != FREE and b.kind != FREE:
            overlaps.append((a, b))
        elif a.kind != FREE or b.kind != FREE:
            loose_free.add(a.key if a.kind == FREE else b.key)
    sequence = tuple(
        item
        for item in ordered
        if item.site_key and item.kind != TRAVEL and item.key not in loose_free
    )
    return _Schedule(ordered, tuple(overlaps), sequence)


class _Index:
    """The plan's records by key, cohorts and runs by whom they carry."""

    def __init__(self, plan: VisitPlan) -> None:
        self.plan = plan
        self.sites = {site.key: site for site in plan.sites}
        self.groups = {group.key: group for group in plan.groups}
        self.delegates = {delegate.key: delegate for delegate in plan.delegates}
        self.staff = {person.key: person for person in plan.staff}
        self.vehicles = {vehicle.key: vehicle for vehicle in plan.vehicles}
        self.travel_records: dict[tuple[str, str], TravelTimeRecord] = {}
        for record in plan.travel_times:
            self.travel_records.setdefault((record.from_key, record.to_key), record)
        self._travel_cache: dict[tuple[str, str, bool], tuple[float, str] | None] = {}
        self._group_count_cache: dict[tuple[str, ...], int] = {}
        self.cohorts = self._build_cohorts()
        self.cohorts_by_group: dict[str, list[_Cohort]] = defaultdict(list)
        for cohort in self.cohorts:
            for group in cohort.groups:
                self.cohorts_by_group[group].append(cohort)
        self._attach_runs()

    # ---- cohorts

    def _build_cohorts(self) -> list[_Cohort]:
        members: dict[frozenset[str], list[DelegateRecord]] = defaultdict(list)
        sets: dict[tuple[str, ...], frozenset[str]] = {}  # one set per listing, not per person
        for delegate in self.plan.delegates:
            group_set = sets.get(delegate.group_keys)
            if group_set is None:
                group_set = sets[delegate.group_keys] = frozenset(delegate.group_keys)
            members[group_set].append(delegate)
        everyone: list[AgendaItemRecord] = []
        by_group: dict[str, list[AgendaItemRecord]] = defaultdict(list)
        for item in self.plan.agenda:
            if not item.group_keys:
                everyone.append(item)
            for group in set(item.group_keys):
                by_group[group].append(item)
        schedules: dict[frozenset[str], _Schedule] = {}
        cohorts = []
        for groups in sorted(members, key=sorted):
            with_items = frozenset(g for g in groups if g in by_group)
            if with_items not in schedules:
                items = {item.key: item for item in everyone}
                for group in with_items:
                    items.update((item.key, item) for item in by_group[group])
                schedules[with_items] = _schedule(items.values())
            schedule = schedules[with_items]
            people = tuple(members[groups])
            cohorts.append(
                _Cohort(
                    groups=groups,
                    members=people,
                    member_keys=frozenset([d.key for d in people]),
                    schedule=schedule.items,
                    overlaps=schedule.overlaps,
                    sequence=schedule.sequence,
                )
            )
        return cohorts

    def _attach_runs(self) -> None:
        """Give each cohort the runs that carry any of its members, by departure."""
        by_group: dict[str, list[TransportRunRecord]] = defaultdict(list)
        by_delegate: dict[str, list[TransportRunRecord]] = defaultdict(list)
        everyone: list[TransportRunRecord] = []
        for run in self.plan.transport:
            if not run.group_keys and not run.delegate_keys:
                everyone.append(run)
            for group in set(run.group_keys):
                by_group[group].append(run)
            for delegate in set(run.delegate_keys):
                by_delegate[delegate].append(run)
        shared: dict[object, tuple[list[TransportRunRecord], list[dt.datetime]]] = {}
        for cohort in self.cohorts:
            # Walk the smaller side: a big cohort, a few people named on runs, or the reverse.
            if len(by_delegate) < len(cohort.member_keys):
                riders = [key for key in by_delegate if key in cohort.member_keys]
            else:
                riders = [key for key in cohort.member_keys if key in by_delegate]
            own = [run for member in riders for run in by_delegate[member]]
            # Cohorts whose members ride only with their groups share runs and results.
            with_runs = frozenset(g for g in cohort.groups if g in by_group)
            cohort.signature = ("cohort", cohort.groups) if own else ("groups", with_runs)
            if cohort.signature not in shared:
                runs = {run.key: run for run in everyone}
                for group in with_runs:
                    runs.update((run.key, run) for run in by_group[group])
                runs.update((run.key, run) for run in own)
                ordered = sorted(runs.values(), key=_run_order)
                shared[cohort.signature] = (ordered, [run.depart for run in ordered])
            cohort.runs, cohort.departs = shared[cohort.signature]

    # ---- who rides

    @staticmethod
    def carries_everyone(run: TransportRunRecord) -> bool:
        return not run.group_keys and not run.delegate_keys

    def carries_cohort(self, run: TransportRunRecord, cohort: _Cohort) -> bool:
        """Whether the run carries every member of the cohort."""
        return self.carries_everyone(run) or not cohort.groups.isdisjoint(run.group_keys)

    def delegate_count(self, run: TransportRunRecord) -> int:
        """How many delegates ride: its groups' members and the delegates it lists."""
        if self.carries_everyone(run):
            return len(self.delegates)
        groups = run.group_keys
        if groups not in self._group_count_cache:
            self._group_count_cache[groups] = sum(
                len(c.members) for c in self.cohorts if not c.groups.isdisjoint(groups)
            )
        extra = sum(
            1
            for key in set(run.delegate_keys)
            if key in self.delegates and set(groups).isdisjoint(self.delegates[key].group_keys)
        )
        return self._group_count_cache[groups] + extra

    # ---- travel times

    def travel(self, a: str, b: str, vehicle: bool = False) -> tuple[float, str] | None:
        """(minutes, mode) from site ``a`` to site ``b``, or None when unknown.

        A time given only from B to A serves A to B; without one, an estimate from the
        coordinates (mode ``drive``). A vehicle ignores ``walk`` times.
        """
        cache_key = (a, b, vehicle)
        if cache_key not in self._travel_cache:
            self._travel_cache[cache_key] = self._find_travel(a, b, vehicle)
        return self._travel_cache[cache_key]

    def _find_travel(self, a: str, b: str, vehicle: bool) -> tuple[float, str] | None:
        if a == b:
            return 0.0, WALK
        for record in (self.travel_records.get((a, b)), self.travel_records.get((b, a))):
            if record is not None and not (vehicle and record.mode == WALK):
                return float(record.minutes), record.mode
        site_a, site_b = self.sites.get(a), self.sites.get(b)
        estimate = estimate_minutes(site_a, site_b) if site_a and site_b else None
        return None if estimate is None else (float(estimate), "drive")


# --------------------------------------------------------------------------- words


class _Words:
    """Messages in one language: the catalogue plus names, dates and times."""

    def __init__(self, index: _Index, language: str) -> None:
        self.index = index
        base = language.replace("-", "_").split("_")[0].lower()  # "pl_PL", "pl-PL" -> "pl"
        self.language = base if base in MESSAGE_LANGUAGES else "en"

    def template(self, template_id: str) -> str:
        templates = MESSAGES[template_id]
        return templates.get(self.language, templates["en"])

    def text(self, template_id: str, **fields: Any) -> str:
        return self.template(template_id).format(**fields)

    def join(self, parts: Sequence[str], conjunction: str = "and") -> str:
        if len(parts) <= 1:
            return "".join(parts)
        return f"{', '.join(parts[:-1])} {self.text(conjunction)} {parts[-1]}"

    # ---- dates and times

    def date(self, day: dt.date, year: bool = False) -> str:
        text = f"{day.day} {MONTHS[self.language][day.month - 1]}"
        return f"{text} {day.year}" if year else text

    @staticmethod
    def time(moment: dt.datetime) -> str:
        return moment.strftime("%H:%M")

    def moment(self, moment: dt.datetime) -> str:
        return f"{self.date(moment.date())}, {self.time(moment)}"

    def span(self, start: dt.datetime, end: dt.datetime) -> str:
        if start.date() == end.date():
            return f"{self.date(start.date())}, {self.time(start)}–{self.time(end)}"
        return f"{self.moment(start)} – {self.moment(end)}"

    def time_near(self, moment: dt.datetime, day: dt.date) -> str:
        """The time, with its date when that is not ``day``."""
        return self.time(moment) if moment.date() == day else self.moment(moment)

    def duration(self, minutes: float) -> str:
        hours, rest = divmod(max(0, round(minutes)), 60)
        if hours and rest:
            return self.text("hours_minutes", hours=hours, minutes=rest)
        if hours:
            return self.text("hours", hours=hours)
        return self.text("minutes", minutes=rest)

    def night(self, night: dt.date) -> str:
        morning = night + dt.timedelta(days=1)
        first = str(night.day) if night.month == morning.month else self.date(night)
        return self.text("night", first=first, second=self.date(morning))

    # ---- names

    def title(self, item: AgendaItemRecord) -> str:
        return pick_text(item.title, self.language)[0] or item.key

    def site(self, key: str | None) -> str:
        site = self.index.sites.get(key) if key else None
        if site is not None:
            return site.display_name(self.language)
        return key or self.text("unknown_site")

    def vehicle(self, key: str) -> str:
        vehicle: VehicleRecord | None = self.index.vehicles.get(key)
        if vehicle is None:
            return key
        return f"{vehicle.label} ({vehicle.plate})" if vehicle.plate else vehicle.label

    def run(self, run: TransportRunRecord) -> str:
        when = self.span(run.depart, run.arrive)
        return self.text("run", a=self.site(run.from_key), b=self.site(run.to_key), when=when)

    def staff(self, key: str) -> str:
        person = self.index.staff.get(key)
        return person.name if person is not None else key

    @staticmethod
    def delegate(delegate: DelegateRecord) -> str:
        return delegate.latin_name or delegate.full_name or delegate.key

    def people(self, member_keys: set[str] | frozenset[str], cohorts: Sequence[_Cohort]) -> str:
        """Who is affected, in words: everyone, a few names, or the groups they are in."""
        if len(member_keys) == len(self.index.delegates):
            return self.text("all_delegates")
        whole = sum(len(c.members) for c in cohorts) == len(member_keys)
        if not whole and len(member_keys) <= 3:
            names = sorted(self.delegate(self.index.delegates[k]) for k in member_keys)
            return self.join(names)
        names = [self._group_name(g) for g in self._naming_groups(cohorts, whole)]
        parts = []
        if names:
            template = "delegates_in_group" if len(names) == 1 else "delegates_in_groups"
            parts.append(self.text(template, names=self.join(names)))
        if any(not c.groups for c in cohorts):
            parts.append(self.text("delegates_in_no_group"))
        return self.join(parts, "or")

    def _naming_groups(self, cohorts: Sequence[_Cohort], whole: bool) -> list[str]:
        """The groups to name: those all of whose members are affected, when they account
        for everyone affected; else every group of the affected."""
        groups = sorted({g for c in cohorts for g in c.groups})
        if not whole:
            return groups
        affected = {c.groups for c in cohorts}
        full = {
            g for g in groups if all(c.groups in affected for c in self.index.cohorts_by_group[g])
        }
        if all(c.groups & full for c in cohorts if c.groups):
            return sorted(full)
        return groups

    def _group_name(self, key: str) -> str:
        group = self.index.groups.get(key)
        return self.text("group_name", name=group.name if group is not None else key)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


# --------------------------------------------------------------------------- the checks


class _Checker:
    """Runs every check over one indexed plan."""

    def __init__(self, plan: VisitPlan, language: str) -> None:
        self.plan = plan
        self.index = _Index(plan)
        self.words = _Words(self.index, language)
        self._carried: dict[tuple[str, str, object], bool] = {}

    def problem(self, code: str, message: str, refs: Iterable[str]) -> Problem:
        if type(refs) is tuple and len(refs) == 1:  # a delegate's own problems: most of them
            return Problem(SEVERITIES[code], code, message, refs)
        return Problem(SEVERITIES[code], code, message, tuple(sorted(set(refs))))

    def run_all(self) -> list[Problem]:
        checks: list[Callable[[], Iterable[Problem]]] = [
            self.agenda_overlaps,
            self.moves,
            self.vehicle_capacity,
            self.vehicle_bookings,
            self.driver_hours,
            self.outside_visit,
            self.delegate_absence,
            self.accommodation,
            self.passports,
        ]
        problems = [problem for check in checks for problem in check()]
        problems.sort(key=_problem_order)
        return problems

    # ---- agenda

    def agenda_overlaps(self) -> Iterator[Problem]:
        """Two committed items at once for the same people: once per pair of items."""
        affected: dict[tuple[str, str], list[_Cohort]] = defaultdict(list)
        pairs: dict[tuple[str, str], tuple[AgendaItemRecord, AgendaItemRecord]] = {}
        for cohort in self.index.cohorts:
            for a, b in cohort.overlaps:
                pair = (a.key, b.key)
                pairs[pair] = (a, b)
                affected[pair].append(cohort)
        for pair, (a, b) in pairs.items():
            cohorts = affected[pair]
            who = self.words.people({m for c in cohorts for m in c.member_keys}, cohorts)
            when = self.words.span(max(a.start, b.start), min(a.end, b.end))
            message = self.words.text(
                "agenda_overlap",
                Who=_capitalised(who),
                first=self.words.title(a),
                second=self.words.title(b),
                when=when,
            )
            yield self.problem(AGENDA_OVERLAP, message, (f"agenda:{a.key}", f"agenda:{b.key}"))

    def moves(self) -> Iterator[Problem]:
        """travel_time_short and transport_missing, per pair of consecutive items."""
        short: dict[tuple[str, str], list[_Cohort]] = defaultdict(list)
        stranded: dict[tuple[str, str], tuple[set[str], list[_Cohort]]] = {}
        pairs: dict[tuple[str, str], tuple[AgendaItemRecord, AgendaItemRecord, float | None]] = {}
        for cohort in self.index.cohorts:
            for prev, nxt in _site_changes(cohort.sequence):
                assert prev.site_key is not None and nxt.site_key is not None
                travel = self.index.travel(prev.site_key, nxt.site_key)
                pair = (prev.key, nxt.key)
                pairs[pair] = (prev, nxt, None if travel is None else travel[0])
                if travel is not None and _minutes(nxt.start - prev.end) < travel[0]:
                    short[pair].append(cohort)
                if travel is not None and travel[1] == WALK:
                    continue
                uncovered = self.uncarried(cohort, prev, nxt)
                if uncovered:
                    people, cohorts = stranded.setdefault(pair, (set(), []))
                    people |= uncovered
                    cohorts.append(cohort)
        for pair, cohorts in short.items():
            yield self.travel_short_problem(*pairs[pair], cohorts)
        for pair, (people, cohorts) in stranded.items():
            prev, nxt, _ = pairs[pair]
            yield self.transport_missing_problem(prev, nxt, people, cohorts)

    def uncarried(self, cohort: _Cohort, prev: AgendaItemRecord, nxt: AgendaItemRecord) -> set[str]:
        """Members of the cohort no run (or chain of runs) takes from ``prev`` to ``nxt``."""
        assert prev.site_key is not None and nxt.site_key is not None
        cache_key = (prev.key, nxt.key, cohort.signature)  # whole cohort carried?
        if self._carried.get(cache_key):
            return set()
        low = bisect.bisect_left(cohort.departs, prev.start)
        high = bisect.bisect_left(cohort.departs, nxt.end)
        window = cohort.runs[low:high]
        route = (prev.site_key, prev.start, nxt.site_key, nxt.end)
        whole = [run for run in window if self.index.carries_cohort(run, cohort)]
        if cache_key not in self._carried:
            self._carried[cache_key] = carried = _reaches(whole, *route)
            if carried:
                return set()
        whole_keys = {run.key for run in whole}
        listed = {k for run in window for k in run.delegate_keys} & cohort.member_keys
        uncovered = set(cohort.member_keys - listed)
        for member in listed:
            own = [r for r in window if r.key in whole_keys or member in r.delegate_keys]
            if not _reaches(own, *route):
                uncovered.add(member)
        return uncovered

    def travel_short_problem(
        self,
        prev: AgendaItemRecord,
        nxt: AgendaItemRecord,
        travel: float | None,
        cohorts: list[_Cohort],
    ) -> Problem:
        words = self.words
        day = nxt.start.date()
        message = words.text(
            "travel_time_short",
            first=words.title(prev),
            second=words.title(nxt),
            site_a=words.site(prev.site_key),
            site_b=words.site(nxt.site_key),
            end_a=words.time_near(prev.end, day),
            start_b=words.time(nxt.start),
            date=words.date(day),
            gap=words.duration(_minutes(nxt.start - prev.end)),
            travel=words.duration(travel or 0),
            who=words.people({m for c in cohorts for m in c.member_keys}, cohorts),
        )
        return self.problem(TRAVEL_TIME_SHORT, message, (f"agenda:{prev.key}", f"agenda:{nxt.key}"))

    def transport_missing_problem(
        self,
        prev: AgendaItemRecord,
        nxt: AgendaItemRecord,
        people: set[str],
        cohorts: list[_Cohort],
    ) -> Problem:
        words = self.words
        day = nxt.start.date()
        message = words.text(
            "transport_missing",
            first=words.title(prev),
            second=words.title(nxt),
            site_a=words.site(prev.site_key),
            site_b=words.site(nxt.site_key),
            end_a=words.time_near(prev.end, day),
            start_b=words.time(nxt.start),
            date=words.date(day),
            who=words.people(people, cohorts),
        )
        return self.problem(TRANSPORT_MISSING, message, (f"agenda:{prev.key}", f"agenda:{nxt.key}"))

    # ---- vehicles and drivers

    def vehicle_capacity(self) -> Iterator[Problem]:
        """Runs carrying more delegates and staff than the vehicle's passenger seats."""
        for run in self.plan.transport:
            vehicle = self.index.vehicles.get(run.vehicle_key)
            if vehicle is None:
                continue
            staff = len(set(run.staff_keys) - {vehicle.driver_key})
            delegates = self.index.delegate_count(run)
            if delegates + staff <= vehicle.seats:
                continue
            message = self.words.text(
                "vehicle_over_capacity",
                vehicle=self.words.vehicle(vehicle.key),
                seats=vehicle.seats,
                run=self.words.run(run),
                people=delegates + staff,
                delegates=delegates,
                staff=staff,
            )
            refs = (f"transport:{run.key}", f"vehicle:{vehicle.key}")
            yield self.problem(VEHICLE_OVER_CAPACITY, message, refs)

    def runs_by_vehicle(self) -> dict[str, list[TransportRunRecord]]:
        runs: dict[str, list[TransportRunRecord]] = defaultdict(list)
        for run in self.plan.transport:
            if run.vehicle_key in self.index.vehicles:
                runs[run.vehicle_key].append(run)
        for vehicle_runs in runs.values():
            vehicle_runs.sort(key=_run_order)
        return runs

    def vehicle_bookings(self) -> Iterator[Problem]:
        """Each run against the vehicle's latest-ending earlier run: overlap or no time to get there."""
        for vehicle_key, runs in self.runs_by_vehicle().items():
            latest = runs[0]
            for run in runs[1:]:
                problem = self.booking_problem(vehicle_key, latest, run)
                if problem is not None:
                    yield problem
                if run.arrive > latest.arrive:
                    latest = run

    def booking_problem(
        self, vehicle_key: str, before: TransportRunRecord, after: TransportRunRecord
    ) -> Problem | None:
        words = self.words
        if after.depart < before.arrive:
            message = words.text(
                "vehicle_double_booked.overlap",
                vehicle=words.vehicle(vehicle_key),
                run_a=words.run(before),
                run_b=words.run(after),
            )
        else:
            message = self.unreachable_message(vehicle_key, before, after)
            if message is None:
                return None
        refs = (f"transport:{before.key}", f"transport:{after.key}", f"vehicle:{vehicle_key}")
        return self.problem(VEHICLE_DOUBLE_BOOKED, message, refs)

    def unreachable_message(
        self, vehicle_key: str, before: TransportRunRecord, after: TransportRunRecord
    ) -> str | None:
        """Why the vehicle cannot get from one run's end to the next run's start, if so."""
        if before.to_key is None or after.from_key is None:
            return None
        travel = self.index.travel(before.to_key, after.from_key, vehicle=True)
        if travel is None or _minutes(after.depart - before.arrive) >= travel[0]:
            return None
        words = self.words
        day = after.depart.date()
        return words.text(
            "vehicle_double_booked.reach",
            vehicle=words.vehicle(vehicle_key),
            site_a=words.site(before.to_key),
            site_b=words.site(after.from_key),
            date=words.date(day),
            end_a=words.time_near(before.arrive, day),
            start_b=words.time(after.depart),
            travel=words.duration(travel[0]),
        )

    def driver_hours(self) -> Iterator[Problem]:
        """Per driver and day: over 9 hours of driving, or over 4.5 hours without a break."""
        days: dict[tuple[str, dt.date], list[TransportRunRecord]] = defaultdict(list)
        for run in self.plan.transport:
            vehicle = self.index.vehicles.get(run.vehicle_key)
            if vehicle is not None and vehicle.driver_key:
                days[(vehicle.driver_key, run.depart.date())].append(run)
        for (driver, day), runs in days.items():
            runs.sort(key=_run_order)
            problem = self.driver_day_problem(driver, day, runs)
            if problem is not None:
                yield problem

    def driver_day_problem(
        self, driver: str, day: dt.date, runs: list[TransportRunRecord]
    ) -> Problem | None:
        intervals = _merged_intervals(runs)
        total = sum((end - start for start, end in intervals), dt.timedelta())
        stretch, stretch_start, stretch_end = _longest_stretch(intervals)
        too_long = total > DAILY_DRIVING
        no_break = stretch > CONTINUOUS_DRIVING
        if not (too_long or no_break):
            return None
        variant = "both" if too_long and no_break else "daily" if too_long else "continuous"
        words = self.words
        message = words.text(
            f"driver_hours.{variant}",
            driver=words.staff(driver),
            date=words.date(day),
            total=words.duration(_minutes(total)),
            stretch=words.duration(_minutes(stretch)),
            start=words.time_near(stretch_start, day),
            end=words.time_near(stretch_end, day),
        )
        refs = [f"staff:{driver}", *(f"vehicle:{run.vehicle_key}" for run in runs)]
        return self.problem(DRIVER_HOURS, message, refs)

    # ---- dates and people

    def outside_visit(self) -> Iterator[Problem]:
        """Items and runs that start before the first day or end after the last."""
        visit = self.plan.visit
        opens = dt.datetime.combine(visit.start_date, dt.time())
        closes = dt.datetime.combine(visit.end_date + dt.timedelta(days=1), dt.time())
        words = self.words
        dates = {"first_day": words.date(visit.start_date), "last_day": words.date(visit.end_date)}
        for item in self.plan.agenda:
            if item.start < opens or item.end > closes:
                message = words.text(
                    "outside_visit.agenda",
                    title=words.title(item),
                    when=words.span(item.start, item.end),
                    **dates,
                )
                yield self.problem(OUTSIDE_VISIT, message, (f"agenda:{item.key}",))
        for run in self.plan.transport:
            if run.depart < opens or run.arrive > closes:
                message = words.text(
                    "outside_visit.run",
                    run=words.run(run),
                    vehicle=words.vehicle(run.vehicle_key),
                    **dates,
                )
                yield self.problem(OUTSIDE_VISIT, message, (f"transport:{run.key}",))

    def delegate_absence(self) -> Iterator[Problem]:
        """Delegates due at items before they arrive or after they leave."""
        for cohort in self.index.cohorts:
            committed = [item for item in cohort.schedule if item.kind != FREE]
            starts = [item.start for item in committed]
            by_end = sorted(committed, key=lambda item: (item.end, item.key))
            ends = [item.end for item in by_end]
            for delegate in cohort.members:
                arrival, departure = delegate.arrival, delegate.departure
                if (arrival is None or not starts or arrival <= starts[0]) and (
                    departure is None or not ends or departure >= ends[-1]
                ):
                    continue  # there for the whole programme: most delegates
                candidates: dict[str, AgendaItemRecord] = {}
                if delegate.arrival is not None:
                    early = committed[: bisect.bisect_left(starts, delegate.arrival)]
                    candidates.update((item.key, item) for item in early)
                if delegate.departure is not None:
                    late = by_end[bisect.bisect_right(ends, delegate.departure) :]
                    candidates.update((item.key, item) for item in late)
                for item in candidates.values():
                    problem = self.absence_problem(delegate, item)
                    if problem is not None:
                        yield problem

    def absence_problem(self, delegate: DelegateRecord, item: AgendaItemRecord) -> Problem | None:
        arrival, departure = delegate.arrival, delegate.departure
        if item.kind in WINDOW_KINDS:  # present at some moment of the window is enough
            late = arrival is not None and arrival > item.end
            gone = departure is not None and departure < item.start
        else:
            late = arrival is not None and arrival > item.start
            gone = departure is not None and departure < item.end
        if not (late or gone):
            return None
        words = self.words
        fields = {
            "delegate": words.delegate(delegate),
            "title": words.title(item),
            "when": words.span(item.start, item.end),
        }
        if late:
            assert arrival is not None
            message = words.text("delegate_absent.arrival", arrival=words.moment(arrival), **fields)
        else:
            assert departure is not None
            message = words.text(
                "delegate_absent.departure", departure=words.moment(departure), **fields
            )
        refs = (f"delegate:{delegate.key}", f"agenda:{item.key}")
        return self.problem(DELEGATE_ABSENT, message, refs)

    def accommodation(self) -> Iterator[Problem]:
        """Delegates present overnight with no bed for some of those nights."""
        stays: dict[str, list[tuple[dt.date, dt.date]]] = defaultdict(list)
        for stay in self.plan.accommodation:
            stays[stay.delegate_key].append((stay.check_in, stay.check_out))
        visit = self.plan.visit
        name = self.words.delegate
        severity = SEVERITIES[NO_ACCOMMODATION]
        # Most delegates share their dates and stays (often none at all): the nights
        # without a bed, in words, are worked out once per such combination.
        said: dict[tuple[object, ...], list[str] | None] = {}
        for delegate in self.plan.delegates:
            own = stays.get(delegate.key, [])
            situation = (delegate.arrival, delegate.departure, *own)
            nights = said.get(situation, _NOT_YET)
            if nights is _NOT_YET:
                first = delegate.arrival.date() if delegate.arrival else visit.start_date
                last = delegate.departure.date() if delegate.departure else visit.end_date
                nights = said[situation] = self._nights_in_words(
                    _nights_without_bed(first, last, own)
                )
            if nights is not None:
                message = name(delegate).join(nights)  # the template's text around the name
                # One ref, so no sorting: Problem directly (this runs once per delegate).
                yield Problem(severity, NO_ACCOMMODATION, message, (f"delegate:{delegate.key}",))

    def _nights_in_words(self, nights: list[dt.date]) -> list[str] | None:
        """The message (in the checker's language) with the nights in words, in pieces to
        join with the delegate's name; None when there is no such night."""
        if not nights:
            return None
        template_id = "no_accommodation.one" if len(nights) == 1 else "no_accommodation.many"
        nights_text = self.words.join([self.words.night(night) for night in nights])
        # Formatted once per stay pattern, not once per delegate (100,000 formats add up).
        message = self.words.template(template_id).format(delegate=_NAME_HERE, nights=nights_text)
        return message.split(_NAME_HERE)

    def passports(self) -> Iterator[Problem]:
        """Delegates from outside Schengen: passport data missing or expiring too soon."""
        end = self.plan.visit.end_date
        valid_until = _add_months(end, PASSPORT_MONTHS_AFTER_VISIT)
        words = self.words
        for delegate in self.plan.delegates:
            country = (delegate.country or "").strip().upper()
            if not country or country in SCHENGEN:
                continue
            missing = _missing_passport_part(delegate)
            expiry = delegate.passport_expiry
            if missing is None and (expiry is None or expiry >= valid_until):
                continue
            names = {"delegate": words.delegate(delegate), "country": country}
            refs = (f"delegate:{delegate.key}",)
            if missing is not None:
                message = words.text(f"passport_missing.{missing}", **names)
                yield self.problem(PASSPORT_MISSING, message, refs)
            if expiry is not None and expiry < valid_until:
                message = words.text(
                    "passport_expiry",
                    expiry=words.date(expiry, year=True),
                    end=words.date(end, year=True),
                    **names,
                )
                yield self.problem(PASSPORT_EXPIRY, message, refs)


def _nights_without_bed(
    first: dt.date, last: dt.date, stays: list[tuple[dt.date, dt.date]]
) -> list[dt.date]:
    """The nights from ``first`` to the eve of ``last`` that no (check-in, check-out) covers."""
    missing: list[dt.date] = []
    night = first  # the first night not yet known to be covered
    for check_in, check_out in sorted(stays):
        if night >= last:
            break
        while night < min(check_in, last):
            missing.append(night)
            night += dt.timedelta(days=1)
        night = max(night, check_out)
    while night < last:
        missing.append(night)
        night += dt.timedelta(days=1)
    return missing


def _missing_passport_part(delegate: DelegateRecord) -> str | None:
    no_number = not (delegate.passport_number or "").strip()
    no_expiry = delegate.passport_expiry is None
    if no_number and no_expiry:
        return "both"
    return "number" if no_number else "expiry" if no_expiry else None


def _site_changes(
    sequence: Sequence[AgendaItemRecord],
) -> Iterator[tuple[AgendaItemRecord, AgendaItemRecord]]:
    """Consecutive items of one day at different sites, not overlapping each other."""
    for prev, nxt in zip(sequence, sequence[1:], strict=False):
        if (
            prev.site_key != nxt.site_key
            and prev.start.date() == nxt.start.date()
            and nxt.start >= prev.end
        ):
            yield prev, nxt


def _longest_stretch(
    intervals: Sequence[tuple[dt.datetime, dt.datetime]],
) -> tuple[dt.timedelta, dt.datetime, dt.datetime]:
    """The most driving between breaks of at least 45 minutes, with when it starts and ends."""
    best = (dt.timedelta(), intervals[0][0], intervals[0][0])
    stretch, stretch_start, last_end = dt.timedelta(), intervals[0][0], None
    for start, end in intervals:
        if last_end is not None and start - last_end >= DRIVING_BREAK:
            stretch, stretch_start = dt.timedelta(), start
        stretch += end - start
        last_end = end
        if stretch > best[0]:
            best = (stretch, stretch_start, end)
    return best


# --------------------------------------------------------------------------- entry point


def check_plan(plan: VisitPlan, language: str = "en") -> list[Problem]:
    """Every problem in ``plan``, with messages in ``language`` (English when not ``pl``).

    Sorted by code, then refs (then message), so the same plan always gives the same list.
    """
    # A big visit gets a problem or two per delegate: with the collector running, its
    # full passes over every record of the plan cost more than the checks (measured).
    with garbage_collection_paused():
        return _Checker(plan, language).run_all()
