"""The chosen visit as the sections see it: the plan, its problems, lookups by key.

Loaded through the services with one unit of work per action; a demo-size
visit loads in milliseconds, so this runs on the GUI thread (long jobs go
through ``studyvisit.ui.tasks``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from studyvisit.gc_pause import garbage_collection_paused
from studyvisit.records import (
    DelegateRecord,
    SiteRecord,
    StaffRecord,
    VehicleRecord,
    VisitPlan,
)

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

    def __init__(self, plan: VisitPlan, check: ProblemCheck) -> None:
        self.plan = plan
        self.check = check
        self.sites: dict[str, SiteRecord] = {site.key: site for site in plan.sites}
        self.staff: dict[str, StaffRecord] = {member.key: member for member in plan.staff}
        self.delegates: dict[str, DelegateRecord] = {d.key: d for d in plan.delegates}
        self.vehicles: dict[str, VehicleRecord] = {v.key: v for v in plan.vehicles}
        self.group_names: dict[str, str] = {group.key: group.name for group in plan.groups}
        from studyvisit.services import plan_summary

        self.members = plan_summary.group_members(plan)

    @property
    def visit_id(self) -> int:
        return self.plan.visit.id

    def site_name(self, key: str | None, language: str) -> str:
        site = self.sites.get(key) if key else None
        return site.display_name(language) if site else (key or "")

    def groups_text(self, keys: tuple[str, ...]) -> str:
        return ", ".join(self.group_names.get(key, key) for key in keys)

    def with_check(self, check: ProblemCheck) -> LoadedVisit:
        return LoadedVisit(self.plan, check)


def load_visit(database: Database, visit_id: int, language: str) -> LoadedVisit:
    from studyvisit.services import visits

    with database.unit_of_work() as uow:
        plan = visits.load_plan(uow, visit_id)
    return LoadedVisit(plan, check_problems(plan, language))
