"""Figures about a loaded plan that several faces show: who rides a run, counts at a glance.

Pure functions of a :class:`~studyvisit.records.VisitPlan`; no session, no Qt.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from studyvisit.programme import PlanIndex
from studyvisit.records import TransportRunRecord, VisitPlan


@dataclass(frozen=True, slots=True)
class Passengers:
    """Who rides a transport run, by key, each person once."""

    delegate_keys: tuple[str, ...]
    staff_keys: tuple[str, ...]

    @property
    def headcount(self) -> int:
        return len(self.delegate_keys) + len(self.staff_keys)


@dataclass(frozen=True, slots=True)
class PlanCounts:
    """The numbers a coordinator looks at first."""

    delegates: int
    days: int
    sites: int
    vehicles: int
    staff: int
    groups: int
    agenda_items: int
    transport_runs: int
    by_category: tuple[tuple[str | None, int], ...]  # most frequent first; None = not set
    by_country: tuple[tuple[str | None, int], ...]


def group_members(plan: VisitPlan) -> dict[str, tuple[str, ...]]:
    """Delegate keys per group key, in the plan's order."""
    members: dict[str, list[str]] = {group.key: [] for group in plan.groups}
    for delegate in plan.delegates:
        for group_key in delegate.group_keys:
            members.setdefault(group_key, []).append(delegate.key)
    return {key: tuple(keys) for key, keys in members.items()}


def run_passengers(
    plan: VisitPlan,
    run: TransportRunRecord,
    index: PlanIndex | None = None,
) -> Passengers:
    """The delegates and staff riding ``run``, counted as the plan checker counts them
    (:meth:`PlanIndex.riders`). Pass one ``index`` when calling this for many runs."""
    delegates, staff = (index or PlanIndex(plan)).riders(run)
    return Passengers(tuple(delegates), tuple(staff))


def _tally(values: list[str | None]) -> tuple[tuple[str | None, int], ...]:
    # Most frequent first, then by code, with "not set" last among equals.
    counts = Counter(values)
    return tuple(
        sorted(counts.items(), key=lambda item: (-item[1], item[0] is None, item[0] or ""))
    )


def plan_counts(plan: VisitPlan) -> PlanCounts:
    return PlanCounts(
        delegates=len(plan.delegates),
        days=len(plan.visit.days),
        sites=len(plan.sites),
        vehicles=len(plan.vehicles),
        staff=len(plan.staff),
        groups=len(plan.groups),
        agenda_items=len(plan.agenda),
        transport_runs=len(plan.transport),
        by_category=_tally([delegate.category for delegate in plan.delegates]),
        by_country=_tally([delegate.country for delegate in plan.delegates]),
    )
