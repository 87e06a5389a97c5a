"""Propose the transport runs an itinerary still lacks (pure, over a VisitPlan).

For each set of people who share a programme (a "cohort": the delegates with
the same groups), every change of site between consecutive items that is not a
walk and that no existing run covers becomes a need: leave when the earlier
item ends, arrive after the travel time. Needs that leave the same place for
the same place at the same time are merged while a vehicle's seats allow; each
proposal gets the smallest vehicle that is free and can get there in time.
The coordinator accepts, changes or discards each proposal.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from studyvisit.programme import PlanIndex
from studyvisit.records import AgendaItemRecord, VehicleRecord, VisitPlan
from studyvisit.travel import TravelTable


@dataclass(frozen=True, slots=True)
class ProposedRun:
    from_key: str
    to_key: str
    depart: dt.datetime
    arrive: dt.datetime
    group_keys: tuple[str, ...]
    delegate_keys: tuple[str, ...]  # delegates not covered by whole groups
    headcount: int
    vehicle_key: str | None  # None: no vehicle is free with enough seats
    for_items: tuple[str, ...]  # the agenda keys of the (earlier, later) items behind it
    travel_estimated: bool


@dataclass
class _Need:
    from_key: str
    to_key: str
    depart: dt.datetime
    arrive: dt.datetime
    delegates: list[str]
    items: list[str]
    estimated: bool


def _cohorts(index: PlanIndex) -> dict[frozenset[str], list[str]]:
    cohorts: dict[frozenset[str], list[str]] = defaultdict(list)
    for delegate in index.plan.delegates:
        cohorts[frozenset(delegate.group_keys)].append(delegate.key)
    return cohorts


def _programme(plan: VisitPlan, groups: frozenset[str]) -> list[AgendaItemRecord]:
    items = [i for i in plan.agenda if not i.group_keys or groups.intersection(i.group_keys)]
    return sorted(items, key=lambda i: (i.start, i.end))


def _covered(index: PlanIndex, people: set[str], earlier, later) -> set[str]:
    """Who of ``people`` an existing run already takes from ``earlier``'s site to ``later``'s."""
    covered: set[str] = set()
    for run in index.plan.transport:
        if (run.from_key, run.to_key) != (earlier.site_key, later.site_key):
            continue
        if run.depart < earlier.start or run.arrive > later.end:
            continue
        riders, _staff = index.riders(run)
        covered.update(people.intersection(riders))
    return covered


def _needs(plan: VisitPlan, index: PlanIndex, travel: TravelTable) -> list[_Need]:
    needs = []
    for groups, members in _cohorts(index).items():
        programme = [item for item in _programme(plan, groups) if item.site_key]
        for earlier, later in zip(programme, programme[1:], strict=False):
            if earlier.site_key == later.site_key:
                continue
            time = travel.get(earlier.site_key, later.site_key)
            if time is not None and time.mode == "walk":
                continue
            people = set(members)
            missing = people - _covered(index, people, earlier, later)
            if not missing:
                continue
            minutes = time.minutes if time else 30
            needs.append(
                _Need(
                    from_key=earlier.site_key,
                    to_key=later.site_key,
                    depart=earlier.end,
                    arrive=earlier.end + dt.timedelta(minutes=minutes),
                    delegates=[key for key in members if key in missing],
                    items=[earlier.key, later.key],
                    estimated=time is None or time.estimated,
                )
            )
    return needs


def _merge(needs: list[_Need], largest_vehicle: int) -> list[_Need]:
    merged: list[_Need] = []
    by_leg: dict[tuple, list[_Need]] = defaultdict(list)
    for need in sorted(needs, key=lambda n: (n.depart, n.from_key, n.to_key)):
        leg = (need.from_key, need.to_key, need.depart)
        for existing in by_leg[leg]:
            if len(existing.delegates) + len(need.delegates) <= largest_vehicle:
                existing.delegates.extend(need.delegates)
                existing.items.extend(k for k in need.items if k not in existing.items)
                existing.arrive = max(existing.arrive, need.arrive)
                break
        else:
            by_leg[leg].append(need)
            merged.append(need)
    return merged


class _Fleet:
    """When and where each vehicle is busy, existing runs and accepted proposals alike."""

    def __init__(self, plan: VisitPlan, travel: TravelTable) -> None:
        self.vehicles = sorted(plan.vehicles, key=lambda v: (v.seats, v.key))
        self.travel = travel
        self.busy: dict[str, list[tuple[dt.datetime, dt.datetime, str | None, str | None]]] = (
            defaultdict(list)
        )
        for run in plan.transport:
            self.busy[run.vehicle_key].append((run.depart, run.arrive, run.from_key, run.to_key))

    def _reachable(self, gap_start: dt.datetime, where: str | None, to: str | None, by: dt.datetime) -> bool:
        if where is None or to is None:
            return gap_start <= by
        time = self.travel.get(where, to)
        return gap_start + dt.timedelta(minutes=time.minutes if time else 0) <= by

    def free(self, vehicle: VehicleRecord, need: _Need) -> bool:
        for depart, arrive, start_site, end_site in self.busy[vehicle.key]:
            if depart < need.arrive and need.depart < arrive:
                return False
            if arrive <= need.depart and not self._reachable(arrive, end_site, need.from_key, need.depart):
                return False
            if need.arrive <= depart and not self._reachable(need.arrive, need.to_key, start_site, depart):
                return False
        return True

    def assign(self, need: _Need) -> str | None:
        for vehicle in self.vehicles:
            if vehicle.seats >= len(need.delegates) and self.free(vehicle, need):
                self.busy[vehicle.key].append((need.depart, need.arrive, need.from_key, need.to_key))
                return vehicle.key
        return None


def propose_runs(plan: VisitPlan) -> list[ProposedRun]:
    """The runs the itinerary needs and does not have yet, in departure order."""
    index = PlanIndex(plan)
    travel = TravelTable(plan.sites, plan.travel_times)
    largest = max((vehicle.seats for vehicle in plan.vehicles), default=0)
    fleet = _Fleet(plan, travel)
    proposals = []
    for need in _merge(_needs(plan, index, travel), max(largest, 1)):
        group_keys, loose = _as_groups(index, need.delegates)
        proposals.append(
            ProposedRun(
                from_key=need.from_key,
                to_key=need.to_key,
                depart=need.depart,
                arrive=need.arrive,
                group_keys=group_keys,
                delegate_keys=loose,
                headcount=len(need.delegates),
                vehicle_key=fleet.assign(need),
                for_items=tuple(need.items),
                travel_estimated=need.estimated,
            )
        )
    return proposals


def _as_groups(index: PlanIndex, delegate_keys: list[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Name whole groups where every member rides; list the others one by one."""
    riding = set(delegate_keys)
    whole = [
        key
        for key, members in index.members.items()
        if members and riding.issuperset(members)
    ]
    in_groups = {member for key in whole for member in index.members[key]}
    loose = tuple(key for key in delegate_keys if key not in in_groups)
    return tuple(sorted(whole)), loose
