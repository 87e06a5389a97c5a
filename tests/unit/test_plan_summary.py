"""Counts and passengers for the GUI's Overview and Transport (no Qt)."""

from __future__ import annotations

import datetime as dt

from studyvisit.records import (
    DelegateRecord,
    GroupRecord,
    TransportRunRecord,
    VehicleRecord,
    VisitInfo,
    VisitPlan,
)
from studyvisit.services.plan_summary import group_members, plan_counts, run_passengers

T = dt.datetime(2019, 7, 2, 9, 0)


def plan(*runs: TransportRunRecord) -> VisitPlan:
    return VisitPlan(
        visit=VisitInfo(1, "Visit", dt.date(2019, 7, 2), dt.date(2019, 7, 4)),
        groups=(GroupRecord(1, "a", "A"), GroupRecord(2, "b", "B")),
        delegates=(
            DelegateRecord(1, "d1", "One", country="BY", category="expert", group_keys=("a",)),
            DelegateRecord(2, "d2", "Two", country="BY", category="expert", group_keys=("a", "b")),
            DelegateRecord(3, "d3", "Three", country="PL", group_keys=("b",)),
        ),
        vehicles=(VehicleRecord(1, "bus", "Bus", seats=2, driver_key="driver"),),
        transport=runs,
    )


def run(**fields) -> TransportRunRecord:
    return TransportRunRecord(1, "r", "bus", T, T + dt.timedelta(minutes=20), **fields)


def test_group_members_in_plan_order() -> None:
    assert group_members(plan()) == {"a": ("d1", "d2"), "b": ("d2", "d3")}


def test_passengers_of_groups_and_named_delegates_each_once() -> None:
    the_run = run(group_keys=("a",), delegate_keys=("d2", "d3"), staff_keys=("coord",))
    riders = run_passengers(plan(the_run), the_run)
    assert riders.delegate_keys == ("d1", "d2", "d3")
    assert riders.staff_keys == ("coord",)
    assert riders.headcount == 4


def test_the_vehicles_driver_takes_no_passenger_seat() -> None:
    the_run = run(group_keys=("b",), staff_keys=("driver", "coord"))
    assert run_passengers(plan(the_run), the_run).staff_keys == ("coord",)


def test_a_run_naming_nobody_carries_everyone() -> None:
    the_run = run()
    assert run_passengers(plan(the_run), the_run).delegate_keys == ("d1", "d2", "d3")


def test_counts_by_category_and_country_most_frequent_first_unset_last() -> None:
    counts = plan_counts(plan(run()))
    assert (counts.delegates, counts.days, counts.vehicles, counts.transport_runs) == (3, 3, 1, 1)
    assert counts.by_category == (("expert", 2), (None, 1))
    assert counts.by_country == (("BY", 2), ("PL", 1))
