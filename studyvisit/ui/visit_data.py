"""The chosen visit as the sections see it: the plan, its problems, lookups by key.

Loaded through the services with one unit of work per action; a demo-size
visit loads in milliseconds on the GUI thread, a big one on a worker
(``load_visit`` there also builds the Delegates table's rows, so that the GUI
thread only hands them to the table).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import TYPE_CHECKING

from studyvisit.gc_pause import freeze_for_good, garbage_collection_paused
from studyvisit.records import (
    DelegateRecord,
    SiteRecord,
    StaffRecord,
    VehicleRecord,
    VisitPlan,
)
from studyvisit.ui.table_model import sort_key

if TYPE_CHECKING:  # the window paints before SQLAlchemy (which the services use) is imported
    from studyvisit.db import Database

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ProblemRow:
    """One problem of the plan, as the checker reported it."""

    severity: str  # "error", "warning" (or "info" for our own notes)
    code: str
    message: str
    refs: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        return f"{self.code}:{'|'.join(self.refs)}"


@dataclass(frozen=True, slots=True)
class ProblemCheck:
    """The checker's verdict, or why there is none."""

    problems: tuple[ProblemRow, ...] = ()
    unavailable: str | None = None  # a technical reason when the plan could not be checked

    @property
    def checked(self) -> bool:
        return self.unavailable is None

    @property
    def errors(self) -> int:
        return sum(1 for problem in self.problems if problem.severity == "error")

    @property
    def warnings(self) -> int:
        return sum(1 for problem in self.problems if problem.severity == "warning")


def check_problems(plan: VisitPlan, language: str) -> ProblemCheck:
    """Run the plan checker; a missing or failing checker is reported, not raised."""
    try:
        # Imported here: the GUI keeps working while the checker is absent or broken.
        from studyvisit.services.plan_checker import check_plan
    except ImportError as error:
        return ProblemCheck(unavailable=f"{type(error).__name__}: {error}")
    try:
        found = check_plan(plan, language=language)
    except Exception as error:  # a checker bug must not take the window down
        log.exception("The plan checker failed")
        return ProblemCheck(unavailable=f"{type(error).__name__}: {error}")
    # A big visit has a problem or more per delegate: an enum's ``.value`` costs
    # microseconds, so each severity's text is taken once, and the collector waits.
    severities: dict[object, str] = {}
    rows = []
    with garbage_collection_paused():
        for problem in found:
            severity = severities.get(problem.severity)
            if severity is None:
                severity = str(getattr(problem.severity, "value", problem.severity))
                severities[problem.severity] = severity
            rows.append(
                ProblemRow(severity, str(problem.code), str(problem.message), tuple(problem.refs))
            )
    return ProblemCheck(tuple(rows))


class LoadedVisit:
    """A loaded plan with its problems and quick lookups by key."""

    def __init__(
        self, plan: VisitPlan, check: ProblemCheck, delegate_rows: DelegateRows | None = None
    ) -> None:
        self.plan = plan
        self.check = check
        self.sites: dict[str, SiteRecord] = {site.key: site for site in plan.sites}
        self.staff: dict[str, StaffRecord] = {member.key: member for member in plan.staff}
        self.delegates: dict[str, DelegateRecord] = {d.key: d for d in plan.delegates}
        self.vehicles: dict[str, VehicleRecord] = {v.key: v for v in plan.vehicles}
        self.group_names: dict[str, str] = {group.key: group.name for group in plan.groups}
        from studyvisit.services import plan_summary

        self.members = plan_summary.group_members(plan)
        self._delegate_rows = delegate_rows

    @property
    def visit_id(self) -> int:
        return self.plan.visit.id

    @property
    def delegate_rows(self) -> DelegateRows:
        """The Delegates table's rows: built by ``load_visit`` on its thread, else when asked."""
        if self._delegate_rows is None:
            from studyvisit.ui.i18n import current_language

            self._delegate_rows = build_delegate_rows(self.plan, current_language())
        return self._delegate_rows

    def site_name(self, key: str | None, language: str) -> str:
        site = self.sites.get(key) if key else None
        return site.display_name(language) if site else (key or "")

    def groups_text(self, keys: tuple[str, ...]) -> str:
        return ", ".join(self.group_names.get(key, key) for key in keys)

    def with_check(self, check: ProblemCheck) -> LoadedVisit:
        return LoadedVisit(self.plan, check, self._delegate_rows)


# --------------------------------------------------------------------------- delegate rows


@dataclass(slots=True)  # not frozen: built 100,000 times per reload, and that is slower
class DelegateRow:
    """One row of the Delegates table: the record with its groups and Latin name in words.

    ``name_place`` is the row's place among the rows built with it (``built``) when
    sorted by Latin name in their language (the same place for the same name), worked
    out off the GUI thread: the table is sorted by that name unless the user chose
    another column.
    """

    record: DelegateRecord
    groups: str
    visit_id: int
    latin_name: str  # surname first, as the original name is written, so both columns sort alike
    name_place: int
    built: RowsBuilt
    key: str  # the record's, as a field: the table reads all 100,000 after each reload

    @property
    def id(self) -> int:
        return self.record.id

    @property
    def transliterated(self) -> bool:
        return self.record.latin_source == "transliterated"

    @property
    def latin_order(self) -> tuple[str, str]:
        record = self.record
        return (record.surname_latin or "", record.given_names_latin or "")


@dataclass(frozen=True, slots=True, eq=False)  # compared by identity: one per build
class RowsBuilt:
    """One build of delegate rows: their name places are in this language."""

    language: str


def name_places(rows: Sequence[DelegateRow], language: str) -> list[int] | None:
    """The rows' places by Latin name in ``language`` (a Column's ``ready_keys``), when
    they were built together in that language; else None."""
    builds = set(map(_built, rows))
    if len(builds) != 1 or builds.pop().language != language:
        return None
    return list(map(_name_place, rows))


_built, _name_place = attrgetter("built"), attrgetter("name_place")


@dataclass(frozen=True, slots=True)
class DelegateRows:
    """The Delegates table's rows, and how many Latin names the program transliterated."""

    rows: tuple[DelegateRow, ...]
    transliterated: int


# Latin names' sort keys by name, per language, kept from one reload to the next: after an
# edit nearly every name is the same, and working a key out costs more than looking it up.
_name_orders: dict[str, dict[tuple[str, str], str]] = {}


def build_delegate_rows(plan: VisitPlan, language: str) -> DelegateRows:
    """Every delegate's row, in the plan's order (100,000 in 0.2-0.3 s with known names)."""
    visit_id, names = plan.visit.id, {group.key: group.name for group in plan.groups}
    delegates_ = plan.delegates
    # The rows all stay alive: collector passes over them would cost more than building them.
    with garbage_collection_paused():
        places = _name_places(delegates_, language)
        built = RowsBuilt(language)
        texts: dict[tuple[str, ...], str] = {}  # most delegates share a few group sets
        rows = []
        append = rows.append
        transliterated = 0
        for d, place in zip(delegates_, places, strict=True):
            groups = texts.get(d.group_keys)
            if groups is None:
                groups = texts[d.group_keys] = ", ".join([names.get(k, k) for k in d.group_keys])
            surname, given = d.surname_latin, d.given_names_latin
            latin = surname + " " + given if surname and given else surname or given or ""
            if d.latin_source == "transliterated":
                transliterated += 1
            append(DelegateRow(d, groups, visit_id, latin, place, built, d.key))
    return DelegateRows(tuple(rows), transliterated)


def _name_places(delegates_: tuple[DelegateRecord, ...], language: str) -> list[int]:
    """Each delegate's place when sorted by Latin name (equal names: the same place)."""
    orders = _name_orders.setdefault(language, {})
    if len(orders) > 2 * len(delegates_) + 1000:  # names of delegates long gone
        orders.clear()
    keys = []
    for d in delegates_:
        name = (d.surname_latin or "", d.given_names_latin or "")
        key = orders.get(name)
        if key is None:
            key = orders[name] = sort_key(name, language)[1]
        keys.append(key)
    places = [0] * len(keys)
    place, previous = -1, None
    for position in sorted(range(len(keys)), key=keys.__getitem__):
        if keys[position] != previous:
            place, previous = place + 1, keys[position]
        places[position] = place
    return places


def load_visit(database: Database, visit_id: int, language: str) -> LoadedVisit:
    from studyvisit.services import visits

    # Everything read here stays alive as long as the visit is shown.
    with garbage_collection_paused():
        with database.unit_of_work() as uow:
            plan = visits.load_plan(uow, visit_id)
        # The rows are built here, where a big visit is read: off the GUI thread.
        rows = build_delegate_rows(plan, language)
        loaded = LoadedVisit(plan, check_problems(plan, language), rows)
        if len(plan.delegates) >= FREEZE_FROM_DELEGATES:
            spare_from_collections()
    return loaded


FREEZE_FROM_DELEGATES = 10_000


def spare_from_collections() -> None:
    """Keep what is alive now (a big visit just read) out of the collector's passes.

    A visit of 100,000 delegates is some 400,000 records, rows and problems. The
    cyclic collector walks every one of them when they are new, again when they
    are promoted and at each full pass: over a second per reload, measured, with
    the interpreter lock held, so the window stalls too. Frozen objects are still
    freed by reference counting when the next reload drops them (records refer to
    no cycles); only cycles already unreachable at this moment stay (a few dozen
    objects per reload, measured). The jobs' runner leaves them frozen (gc_pause).
    """
    freeze_for_good()
