"""Who is where: attendance of agenda items and transport runs, derived from groups.

Pure functions over a :class:`VisitPlan`, shared by the plan checker, the
documents and the GUI. An agenda item with no groups is for everyone; a
transport run carries its groups' delegates, its listed delegates and its
listed staff.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from studyvisit.records import (
    AgendaItemRecord,
    DelegateRecord,
    StaffRecord,
    TransportRunRecord,
    VisitPlan,
)


class PlanIndex:
    """Look-ups over one plan, computed once (dicts by key, members by group)."""

    def __init__(self, plan: VisitPlan) -> None:
        self.plan = plan

    @cached_property
    def delegates(self) -> dict[str, DelegateRecord]:
        return {delegate.key: delegate for delegate in self.plan.delegates}

    @cached_property
    def staff(self) -> dict[str, StaffRecord]:
        return {member.key: member for member in self.plan.staff}

    @cached_property
    def sites(self):
        return {site.key: site for site in self.plan.sites}

    @cached_property
    def vehicles(self):
        return {vehicle.key: vehicle for vehicle in self.plan.vehicles}

    @cached_property
    def groups(self):
        return {group.key: group for group in self.plan.groups}

    @cached_property
    def members(self) -> dict[str, list[str]]:
        """Delegate keys by group key, in the plan's order."""
        members: dict[str, list[str]] = defaultdict(list)
        for delegate in self.plan.delegates:
            for group_key in delegate.group_keys:
                members[group_key].append(delegate.key)
        return members

    def attendees(self, item: AgendaItemRecord) -> list[str]:
        """Keys of the delegates due at ``item``, in the plan's order."""
        if not item.group_keys:
            return list(self.delegates)
        wanted = set(item.group_keys)
        return [d.key for d in self.plan.delegates if wanted.intersection(d.group_keys)]

    def riders(self, run: TransportRunRecord) -> tuple[list[str], list[str]]:
        """Keys of the delegates and of the staff a run carries (the driver is not a rider).

        A run that names no group and no delegate is for every delegate, as an
        agenda item with no groups is (docs/visit-file.md).
        """
        if not run.group_keys and not run.delegate_keys:
            delegate_keys = dict.fromkeys(self.delegates)
        else:
            delegate_keys = dict.fromkeys(
                key for group_key in run.group_keys for key in self.members.get(group_key, ())
            )
            delegate_keys.update(dict.fromkeys(run.delegate_keys))
        vehicle = self.vehicles.get(run.vehicle_key)
        driver = vehicle.driver_key if vehicle else None
        staff_keys = [key for key in dict.fromkeys(run.staff_keys) if key != driver]
        return list(delegate_keys), staff_keys

    def programme(self, delegate_key: str) -> list[AgendaItemRecord]:
        """The delegate's own itinerary, in time order."""
        delegate = self.delegates[delegate_key]
        mine = set(delegate.group_keys)
        items = [
            item
            for item in self.plan.agenda
            if not item.group_keys or mine.intersection(item.group_keys)
        ]
        return sorted(items, key=lambda item: (item.start, item.end))

    def group_programme(self, group_key: str) -> list[AgendaItemRecord]:
        items = [
            item
            for item in self.plan.agenda
            if not item.group_keys or group_key in item.group_keys
        ]
        return sorted(items, key=lambda item: (item.start, item.end))

    def runs_for_delegate(self, delegate_key: str) -> list[TransportRunRecord]:
        delegate = self.delegates[delegate_key]
        mine = set(delegate.group_keys)
        runs = [
            run
            for run in self.plan.transport
            if delegate_key in run.delegate_keys or mine.intersection(run.group_keys)
        ]
        return sorted(runs, key=lambda run: run.depart)


@dataclass(frozen=True, slots=True)
class MealCount:
    """Headcount of one meal and of each dietary need at it (for the restaurant)."""

    item: AgendaItemRecord
    people: int
    delegates: int
    staff: int
    dietary: tuple[tuple[str, int], ...]


def meal_counts(plan: VisitPlan, staff_at_meals: Iterable[str] = ()) -> list[MealCount]:
    """Per meal, the people due there and the count of each dietary need.

    Staff do not belong to groups; ``staff_at_meals`` names the staff keys who eat
    with the delegation (coordinators, interpreter), counted at every meal.
    """
    index = PlanIndex(plan)
    staff_keys = [key for key in staff_at_meals if key in index.staff]
    counts = []
    for item in sorted(plan.agenda, key=lambda i: i.start):
        if item.kind != "meal":
            continue
        attendees = index.attendees(item)
        needs = Counter(
            " ".join(index.delegates[key].dietary.split()).lower()
            for key in attendees
            if index.delegates[key].dietary
        )
        counts.append(
            MealCount(
                item=item,
                people=len(attendees) + len(staff_keys),
                delegates=len(attendees),
                staff=len(staff_keys),
                dietary=tuple(sorted(needs.items())),
            )
        )
    return counts


def days_of(plan: VisitPlan) -> list[dt.date]:
    """Every day of the visit, plus any day an item or run falls on outside it."""
    days = set(plan.visit.days)
    days.update(item.start.date() for item in plan.agenda)
    days.update(run.depart.date() for run in plan.transport)
    return sorted(days)
