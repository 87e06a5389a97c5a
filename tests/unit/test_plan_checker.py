"""The plan checker: each code on a small plan that has it, and on its nearest fine neighbour."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from studyvisit.records import (
    AccommodationRecord,
    AgendaItemRecord,
    DelegateRecord,
    GroupRecord,
    SiteRecord,
    StaffRecord,
    TransportRunRecord,
    TravelTimeRecord,
    VehicleRecord,
    VisitInfo,
    VisitPlan,
)
from studyvisit.services.plan_checker import SCHENGEN, Problem, Severity, check_plan

DAY = 3  # 3 July 2019, the one day of the default test visit

# --------------------------------------------------------------------------- factories


def at(hhmm: str, day: int = DAY) -> dt.datetime:
    hours, minutes = map(int, hhmm.split(":"))
    return dt.datetime(2019, 7, day, hours, minutes)


def visit(first: int = DAY, last: int = DAY) -> VisitInfo:
    return VisitInfo(
        id=1, name="Test visit", start_date=dt.date(2019, 7, first), end_date=dt.date(2019, 7, last)
    )


def site(key: str, lat: float | None = None, lon: float | None = None) -> SiteRecord:
    return SiteRecord(
        id=0, key=key, name={"en": key.title(), "pl": key.title()}, latitude=lat, longitude=lon
    )


def group(key: str) -> GroupRecord:
    return GroupRecord(id=0, key=key, name=f"Group {key.upper()}")


def item(
    key: str,
    start: str,
    end: str,
    where: str | None = None,
    groups: tuple[str, ...] = (),
    kind: str = "meeting",
    day: int = DAY,
    title: str | None = None,
) -> AgendaItemRecord:
    return AgendaItemRecord(
        id=0,
        key=key,
        start=at(start, day),
        end=at(end, day),
        kind=kind,
        title={"en": title or key.title(), "pl": title or key.title()},
        site_key=where,
        group_keys=groups,
    )


def delegate(key: str, groups: tuple[str, ...] = (), **fields: Any) -> DelegateRecord:
    values: dict[str, Any] = {
        "country": "PL",
        "given_names_latin": key.title(),
        "surname_latin": "Test",
    }
    values.update(fields)
    return DelegateRecord(id=0, key=key, surname="Test", group_keys=groups, **values)


def vehicle(key: str = "bus", seats: int = 50, driver: str | None = None) -> VehicleRecord:
    return VehicleRecord(id=0, key=key, label=f"Bus {key}", seats=seats, driver_key=driver)


def run(
    key: str,
    depart: str,
    arrive: str,
    origin: str | None = None,
    destination: str | None = None,
    by: str = "bus",
    groups: tuple[str, ...] = (),
    delegates: tuple[str, ...] = (),
    staff: tuple[str, ...] = (),
    day: int = DAY,
) -> TransportRunRecord:
    return TransportRunRecord(
        id=0,
        key=key,
        vehicle_key=by,
        depart=at(depart, day),
        arrive=at(arrive, day),
        from_key=origin,
        to_key=destination,
        group_keys=groups,
        delegate_keys=delegates,
        staff_keys=staff,
    )


def travel(a: str, b: str, minutes: int, mode: str = "drive") -> TravelTimeRecord:
    return TravelTimeRecord(id=0, from_key=a, to_key=b, minutes=minutes, mode=mode)


def plan(**lists: Any) -> VisitPlan:
    lists.setdefault("visit", visit())
    for name, value in lists.items():
        if isinstance(value, list):
            lists[name] = tuple(value)
    return VisitPlan(**lists)


def found(checked: VisitPlan) -> list[tuple[str, tuple[str, ...]]]:
    return [(p.code, p.refs) for p in check_plan(checked)]


def two_sites(**lists: Any) -> VisitPlan:
    """A plan with one delegate in group A moving from the office to the factory."""
    lists.setdefault("sites", [site("office"), site("factory")])
    lists.setdefault("groups", [group("a")])
    lists.setdefault("delegates", [delegate("ann", ("a",))])
    lists.setdefault("vehicles", [vehicle()])
    return plan(**lists)


MOVE = [item("talk", "09:00", "11:00", "office"), item("visit", "12:00", "14:00", "factory")]
BUS = run("r1", "11:00", "11:40", "office", "factory")

# --------------------------------------------------------------------------- the whole


def test_an_empty_plan_is_fine() -> None:
    assert check_plan(plan()) == []


def test_problem_to_json() -> None:
    problem = Problem(Severity.ERROR, "agenda_overlap", "Two at once.", ("agenda:a", "agenda:b"))
    assert problem.to_json() == {
        "severity": "error",
        "code": "agenda_overlap",
        "message": "Two at once.",
        "refs": ["agenda:a", "agenda:b"],
    }


def test_problems_are_sorted_by_code_then_refs() -> None:
    checked = plan(
        delegates=[delegate("ann")],
        agenda=[
            item("z1", "09:00", "10:00"),
            item("z2", "09:30", "10:30"),
            item("a1", "12:00", "13:00"),
            item("a2", "12:30", "13:30"),
            item("late", "10:00", "11:00", day=9),
        ],
    )
    assert found(checked) == [
        ("agenda_overlap", ("agenda:a1", "agenda:a2")),
        ("agenda_overlap", ("agenda:z1", "agenda:z2")),
        ("outside_visit", ("agenda:late",)),
    ]


# --------------------------------------------------------------------------- agenda_overlap


def test_overlap_is_reported_once_per_pair_of_items() -> None:
    checked = plan(
        groups=[group("a"), group("b")],
        delegates=[delegate("ann", ("a",)), delegate("bob", ("a",)), delegate("cid", ("a", "b"))],
        agenda=[item("visit", "10:00", "12:00", groups=("a",)), item("lunch", "11:00", "13:00")],
    )
    problems = check_plan(checked)
    assert [(p.code, p.refs, p.severity) for p in problems] == [
        ("agenda_overlap", ("agenda:lunch", "agenda:visit"), Severity.ERROR)
    ]


def test_overlap_message_names_group_items_and_shared_time() -> None:
    checked = plan(
        groups=[group("a"), group("b")],
        delegates=[delegate("ann", ("a",)), delegate("bob", ("b",))],
        agenda=[
            item(
                "cluster",
                "12:00",
                "15:00",
                groups=("a",),
                title="Visit to the Metal Processing Cluster",
            ),
            item("lunch", "13:00", "14:00", groups=("a",), title="Lunch"),
        ],
    )
    (problem,) = check_plan(checked)
    assert problem.message == (
        'Delegates in Group A are due at "Visit to the Metal Processing Cluster" and "Lunch" '
        "at the same time on 3 July, 13:00–14:00."
    )
    (polish,) = check_plan(checked, "pl")
    assert polish.message == (
        "Uczestnicy z grupy „Group A” mają w tym samym czasie dwa punkty programu: "
        "„Visit to the Metal Processing Cluster” i „Lunch” (3 lipca, 13:00–14:00)."
    )


def test_items_that_touch_do_not_overlap() -> None:
    checked = plan(
        delegates=[delegate("ann")],
        agenda=[item("talk", "09:00", "10:00"), item("coffee", "10:00", "10:30")],
    )
    assert found(checked) == []


def test_parallel_items_for_disjoint_groups_are_fine() -> None:
    checked = plan(
        groups=[group("a"), group("b")],
        delegates=[delegate("ann", ("a",)), delegate("bob", ("b",))],
        agenda=[
            item("visit-a", "10:00", "12:00", groups=("a",)),
            item("visit-b", "10:00", "12:00", groups=("b",)),
        ],
    )
    assert found(checked) == []


def test_parallel_items_clash_for_someone_in_both_groups() -> None:
    checked = plan(
        groups=[group("a"), group("b")],
        delegates=[delegate("ann", ("a",)), delegate("bob", ("a", "b"))],
        agenda=[
            item("visit-a", "10:00", "12:00", groups=("a",)),
            item("visit-b", "11:00", "12:00", groups=("b",)),
        ],
    )
    assert found(checked) == [("agenda_overlap", ("agenda:visit-a", "agenda:visit-b"))]


def test_an_item_for_a_group_nobody_is_in_clashes_with_nobody() -> None:
    checked = plan(
        groups=[group("a"), group("b")],
        delegates=[delegate("ann", ("a",))],
        agenda=[item("all", "10:00", "12:00"), item("visit-b", "11:00", "12:00", groups=("b",))],
    )
    assert found(checked) == []


def test_free_time_does_not_clash_with_an_optional_item() -> None:
    checked = plan(
        groups=[group("a")],
        delegates=[delegate("ann", ("a",)), delegate("bob")],
        agenda=[
            item("free", "15:00", "18:00", kind="free"),
            item("museum", "16:00", "17:00", groups=("a",)),
        ],
    )
    assert found(checked) == []


# --------------------------------------------------------------------------- travel_time_short


def test_too_little_time_to_travel_between_sites() -> None:
    checked = two_sites(
        travel_times=[travel("office", "factory", 40)],
        agenda=[
            item("talk", "09:00", "11:00", "office"),
            item("visit", "11:20", "13:00", "factory"),
        ],
        transport=[run("r1", "11:00", "11:40", "office", "factory")],
    )
    problems = check_plan(checked)
    assert [(p.code, p.refs, p.severity) for p in problems] == [
        ("travel_time_short", ("agenda:talk", "agenda:visit"), Severity.ERROR)
    ]
    assert "20 min" in problems[0].message and "40 min" in problems[0].message


def test_enough_time_to_travel_between_sites() -> None:
    checked = two_sites(
        travel_times=[travel("office", "factory", 40)],
        agenda=[
            item("talk", "09:00", "11:00", "office"),
            item("visit", "11:40", "13:00", "factory"),
        ],
        transport=[run("r1", "11:00", "11:40", "office", "factory")],
    )
    assert found(checked) == []


def test_a_travel_time_given_one_way_serves_the_way_back() -> None:
    checked = two_sites(
        travel_times=[travel("factory", "office", 40)],
        agenda=[
            item("talk", "09:00", "11:00", "office"),
            item("visit", "11:20", "13:00", "factory"),
        ],
        transport=[run("r1", "11:00", "11:40", "office", "factory")],
    )
    assert found(checked) == [("travel_time_short", ("agenda:talk", "agenda:visit"))]


def test_travel_time_is_estimated_from_coordinates() -> None:
    # 0.09 degrees of latitude is 10.0 km: x 1.3 at 30 km/h is 26.02 min, rounded up
    # to 27, plus 10 min.
    sites = [site("office", 53.10, 23.16), site("factory", 53.19, 23.16)]
    agenda = [item("talk", "09:00", "11:00", "office"), item("visit", "11:30", "13:00", "factory")]
    short = two_sites(sites=sites, agenda=agenda, transport=[BUS])
    assert found(short) == [("travel_time_short", ("agenda:talk", "agenda:visit"))]
    assert "about 37 min" in check_plan(short)[0].message
    enough = dataclasses.replace(
        short, agenda=(agenda[0], item("visit", "11:37", "13:00", "factory"))
    )
    assert found(enough) == []


def test_no_travel_time_and_no_coordinates_means_no_travel_check() -> None:
    checked = two_sites(
        agenda=[
            item("talk", "09:00", "11:00", "office"),
            item("visit", "11:00", "13:00", "factory"),
        ],
        transport=[run("r1", "10:50", "11:00", "office", "factory")],
    )
    assert found(checked) == []


def test_items_without_a_site_or_travel_items_do_not_break_the_sequence() -> None:
    checked = two_sites(
        travel_times=[travel("office", "factory", 60)],
        agenda=[
            item("talk", "09:00", "11:00", "office"),
            item("transfer", "11:00", "11:30", "factory", kind="travel"),
            item("phone-call", "11:30", "11:40"),
            item("visit", "11:40", "13:00", "factory"),
        ],
        transport=[run("r1", "11:00", "11:40", "office", "factory")],
    )
    assert found(checked) == [("travel_time_short", ("agenda:talk", "agenda:visit"))]


def test_moves_are_checked_within_a_day_only() -> None:
    checked = two_sites(
        visit=visit(3, 4),
        travel_times=[travel("office", "factory", 60)],
        agenda=[
            item("dinner", "19:00", "22:00", "office"),
            item("visit", "08:00", "10:00", "factory", day=4),
        ],
        accommodation=[
            AccommodationRecord(0, "ann", "office", dt.date(2019, 7, 3), dt.date(2019, 7, 4))
        ],
    )
    assert found(checked) == []


# --------------------------------------------------------------------------- transport_missing


def test_a_change_of_site_without_a_run_needs_transport() -> None:
    checked = two_sites(agenda=MOVE, delegates=[delegate("ann", ("a",)), delegate("bob", ("a",))])
    problems = check_plan(checked)
    assert [(p.code, p.refs, p.severity) for p in problems] == [
        ("transport_missing", ("agenda:talk", "agenda:visit"), Severity.ERROR)
    ]
    assert problems[0].message == (
        'No transport run takes all delegates from Office to Factory between "Talk" '
        '(ends 11:00) and "Visit" (starts 12:00) on 3 July.'
    )


def test_a_run_for_the_group_carries_them() -> None:
    checked = two_sites(
        agenda=MOVE, transport=[run("r1", "11:00", "11:40", "office", "factory", groups=("a",))]
    )
    assert found(checked) == []


def test_a_run_with_no_groups_and_no_delegates_carries_everyone() -> None:
    assert found(two_sites(agenda=MOVE, transport=[BUS])) == []


def test_a_run_for_another_group_does_not_carry_them() -> None:
    checked = two_sites(
        groups=[group("a"), group("b")],
        agenda=MOVE,
        transport=[run("r1", "11:00", "11:40", "office", "factory", groups=("b",))],
    )
    assert found(checked) == [("transport_missing", ("agenda:talk", "agenda:visit"))]


def test_a_run_carrying_only_some_of_them_is_still_missing_once() -> None:
    checked = two_sites(
        groups=[group("a"), group("b")],
        delegates=[delegate("ann", ("a",)), delegate("bob", ("a",)), delegate("cid", ("b",))],
        agenda=MOVE,
        transport=[run("r1", "11:00", "11:40", "office", "factory", delegates=("ann",))],
    )
    problems = check_plan(checked)
    assert [(p.code, p.refs) for p in problems] == [
        ("transport_missing", ("agenda:talk", "agenda:visit"))
    ]
    assert "Bob Test" in problems[0].message and "Ann" not in problems[0].message


def test_runs_listing_every_delegate_carry_them() -> None:
    checked = two_sites(
        delegates=[delegate("ann", ("a",)), delegate("bob", ("a",))],
        agenda=MOVE,
        transport=[
            run("r1", "11:00", "11:40", "office", "factory", delegates=("ann",)),
            run("r2", "11:00", "11:40", "office", "factory", by="car", delegates=("bob",)),
        ],
        vehicles=[vehicle(), vehicle("car", seats=3)],
    )
    assert found(checked) == []


def test_a_run_outside_the_window_does_not_count() -> None:
    checked = two_sites(agenda=MOVE, transport=[run("r1", "08:30", "08:50", "office", "factory")])
    assert found(checked) == [("transport_missing", ("agenda:talk", "agenda:visit"))]


def test_a_run_to_the_wrong_site_does_not_count() -> None:
    checked = two_sites(
        sites=[site("office"), site("factory"), site("hotel")],
        agenda=MOVE,
        transport=[run("r1", "11:00", "11:40", "office", "hotel")],
    )
    assert found(checked) == [("transport_missing", ("agenda:talk", "agenda:visit"))]


def test_a_chain_of_runs_through_the_hotel_carries_them() -> None:
    checked = two_sites(
        sites=[site("office"), site("factory"), site("hotel")],
        agenda=MOVE,
        transport=[
            run("r1", "11:00", "11:20", "office", "hotel"),
            run("r2", "11:30", "11:50", "hotel", "factory"),
        ],
    )
    assert found(checked) == []


def test_a_walk_between_two_campus_buildings_needs_no_bus() -> None:
    checked = two_sites(
        sites=[site("library"), site("lab")],
        travel_times=[travel("library", "lab", 10, mode="walk")],
        agenda=[item("talk", "09:00", "11:00", "library"), item("demo", "11:15", "12:00", "lab")],
    )
    assert found(checked) == []


def test_a_walk_that_takes_longer_than_the_break_is_too_short() -> None:
    checked = two_sites(
        sites=[site("library"), site("lab")],
        travel_times=[travel("lab", "library", 10, mode="walk")],
        agenda=[item("talk", "09:00", "11:00", "library"), item("demo", "11:05", "12:00", "lab")],
    )
    assert found(checked) == [("travel_time_short", ("agenda:demo", "agenda:talk"))]


def test_free_time_overlapping_an_item_is_not_a_place_to_go() -> None:
    checked = two_sites(
        sites=[site("office"), site("hotel"), site("museum")],
        delegates=[delegate("ann", ("a",))],
        agenda=[
            item("free", "15:00", "18:00", "hotel", kind="free"),
            item("museum", "16:00", "17:00", "museum", groups=("a",)),
        ],
    )
    assert found(checked) == []


# --------------------------------------------------------------------------- vehicle_over_capacity


def capacity_plan(seats: int, staff: tuple[str, ...]) -> VisitPlan:
    return two_sites(
        staff=[
            StaffRecord(0, "drv", "Jan Kierowca", "driver"),
            StaffRecord(0, "int", "Ewa", "interpreter"),
        ],
        delegates=[delegate("ann", ("a",)), delegate("bob", ("a",)), delegate("cid")],
        vehicles=[vehicle(seats=seats, driver="drv")],
        transport=[run("r1", "11:00", "11:40", "office", "factory", groups=("a",), staff=staff)],
    )


def test_a_run_with_more_people_than_seats() -> None:
    problems = check_plan(capacity_plan(seats=2, staff=("int",)))
    assert [(p.code, p.refs, p.severity) for p in problems] == [
        ("vehicle_over_capacity", ("transport:r1", "vehicle:bus"), Severity.ERROR)
    ]
    assert problems[0].message == (
        "Bus bus has 2 passenger seats, but the run from Office to Factory on 3 July, "
        "11:00–11:40 has 3 on board (delegates: 2, staff: 1)."
    )


def test_staff_count_for_seats_but_the_driver_does_not() -> None:
    assert found(capacity_plan(seats=3, staff=("drv", "int"))) == []
    assert found(capacity_plan(seats=2, staff=("drv", "int"))) == [
        ("vehicle_over_capacity", ("transport:r1", "vehicle:bus"))
    ]


def test_a_delegate_listed_and_in_the_group_counts_once() -> None:
    checked = two_sites(
        delegates=[delegate("ann", ("a",)), delegate("bob", ("a",)), delegate("cid")],
        vehicles=[vehicle(seats=3)],
        transport=[
            run(
                "r1", "11:00", "11:40", "office", "factory", groups=("a",), delegates=("ann", "cid")
            )
        ],
    )
    assert found(checked) == []
    smaller = dataclasses.replace(checked, vehicles=(vehicle(seats=2),))
    assert found(smaller) == [("vehicle_over_capacity", ("transport:r1", "vehicle:bus"))]


def test_a_run_for_everyone_carries_every_delegate() -> None:
    checked = two_sites(
        delegates=[delegate("ann", ("a",)), delegate("bob"), delegate("cid")],
        vehicles=[vehicle(seats=2)],
        transport=[BUS],
    )
    assert found(checked) == [("vehicle_over_capacity", ("transport:r1", "vehicle:bus"))]


# --------------------------------------------------------------------------- vehicle_double_booked


def test_two_runs_of_one_vehicle_at_once() -> None:
    checked = two_sites(
        transport=[
            run("r1", "09:00", "10:00", "office", "factory"),
            run("r2", "09:30", "10:30", "factory", "office"),
        ]
    )
    problems = check_plan(checked)
    assert [(p.code, p.refs, p.severity) for p in problems] == [
        ("vehicle_double_booked", ("transport:r1", "transport:r2", "vehicle:bus"), Severity.ERROR)
    ]


def test_runs_back_to_back_from_where_the_last_one_ended_are_fine() -> None:
    checked = two_sites(
        transport=[
            run("r1", "09:00", "10:00", "office", "factory"),
            run("r2", "10:00", "10:30", "factory", "office"),
        ]
    )
    assert found(checked) == []


def test_a_vehicle_cannot_reach_the_next_run_in_time() -> None:
    sites = [site("office"), site("factory"), site("hotel")]
    runs = [
        run("r1", "09:00", "10:00", "office", "factory"),
        run("r2", "10:10", "10:30", "hotel", "office"),
    ]
    late = two_sites(sites=sites, travel_times=[travel("hotel", "factory", 30)], transport=runs)
    assert found(late) == [
        ("vehicle_double_booked", ("transport:r1", "transport:r2", "vehicle:bus"))
    ]
    in_time = dataclasses.replace(late, travel_times=(travel("hotel", "factory", 10),))
    assert found(in_time) == []
    unknown = dataclasses.replace(late, travel_times=())
    assert found(unknown) == []


def test_a_vehicle_is_not_slowed_down_to_walking_pace() -> None:
    checked = two_sites(
        travel_times=[travel("office", "factory", 30, mode="walk")],
        transport=[
            run("r1", "09:00", "10:00", "office", "factory"),
            run("r2", "10:10", "10:30", "office", "factory"),
        ],
    )
    assert found(checked) == []


def test_runs_of_different_vehicles_may_overlap() -> None:
    checked = two_sites(
        vehicles=[vehicle(), vehicle("van")],
        transport=[
            run("r1", "09:00", "10:00", "office", "factory"),
            run("r2", "09:30", "10:30", "factory", "office", by="van"),
        ],
    )
    assert found(checked) == []


# --------------------------------------------------------------------------- driver_hours


def driving_plan(*times: tuple[str, str], second_vehicle: bool = False) -> VisitPlan:
    vehicles = [vehicle(driver="drv"), vehicle("van", driver="drv")]
    runs = [
        run(
            f"r{n}",
            depart,
            arrive,
            "office",
            "office",
            by="van" if second_vehicle and n % 2 else "bus",
        )
        for n, (depart, arrive) in enumerate(times)
    ]
    return two_sites(
        staff=[StaffRecord(0, "drv", "Jan Kierowca", "driver")], vehicles=vehicles, transport=runs
    )


def test_more_than_nine_hours_of_driving_in_a_day() -> None:
    checked = driving_plan(("05:00", "09:00"), ("10:00", "14:00"), ("15:00", "16:30"))
    problems = check_plan(checked)
    assert [(p.code, p.refs, p.severity) for p in problems] == [
        ("driver_hours", ("staff:drv", "vehicle:bus"), Severity.ERROR)
    ]
    assert "9 h 30 min" in problems[0].message


def test_nine_hours_of_driving_with_breaks_are_fine() -> None:
    assert found(driving_plan(("05:00", "09:00"), ("10:00", "14:00"), ("15:00", "16:00"))) == []


def test_driving_on_two_vehicles_adds_up() -> None:
    checked = driving_plan(
        ("05:00", "09:00"), ("10:00", "14:00"), ("15:00", "16:30"), second_vehicle=True
    )
    assert found(checked) == [("driver_hours", ("staff:drv", "vehicle:bus", "vehicle:van"))]


def test_more_than_four_and_a_half_hours_without_a_break() -> None:
    checked = driving_plan(("08:00", "10:00"), ("10:30", "13:15"))  # a 30-minute pause is no break
    problems = check_plan(checked)
    assert [(p.code, p.refs) for p in problems] == [("driver_hours", ("staff:drv", "vehicle:bus"))]
    assert problems[0].message == (
        "Jan Kierowca is due to drive 4 h 45 min without a 45-minute break on 3 July "
        "(08:00–13:15); the limit is 4.5 hours."
    )


def test_four_and_a_half_hours_without_a_break_are_allowed() -> None:
    assert found(driving_plan(("08:00", "10:00"), ("10:30", "13:00"))) == []


def test_a_45_minute_break_resets_the_driving_stretch() -> None:
    assert found(driving_plan(("08:00", "10:00"), ("10:45", "13:00"))) == []


def test_a_vehicle_without_a_driver_has_no_driver_hours() -> None:
    checked = two_sites(transport=[run("r1", "03:00", "13:00", "office", "office")])
    assert found(checked) == []


# --------------------------------------------------------------------------- outside_visit


def test_items_and_runs_outside_the_visit_dates() -> None:
    overnight = dataclasses.replace(
        run("late", "23:30", "23:59", "office", "office"), arrive=at("00:30", DAY + 1)
    )
    checked = two_sites(
        agenda=[item("early", "09:00", "10:00", day=DAY - 1)], transport=[overnight]
    )
    problems = check_plan(checked)
    assert [(p.code, p.refs, p.severity) for p in problems] == [
        ("outside_visit", ("agenda:early",), Severity.ERROR),
        ("outside_visit", ("transport:late",), Severity.ERROR),
    ]
    assert (
        problems[0].message
        == '"Early" (2 July, 09:00–10:00) lies outside the dates of the visit (3 July – 3 July).'
    )


def test_an_item_ending_at_midnight_of_the_last_day_is_inside() -> None:
    party = dataclasses.replace(item("party", "22:00", "23:00"), end=at("00:00", DAY + 1))
    checked = plan(delegates=[delegate("ann")], agenda=[party, item("breakfast", "00:00", "01:00")])
    assert found(checked) == []


# --------------------------------------------------------------------------- delegate_absent


def test_a_delegate_due_before_arriving_or_after_leaving() -> None:
    checked = plan(
        delegates=[
            delegate("ann", arrival=at("12:00")),
            delegate("bob", departure=at("15:00")),
            delegate("cid", arrival=at("08:00"), departure=at("20:00")),
        ],
        agenda=[item("morning", "09:00", "12:00"), item("afternoon", "14:00", "16:00")],
    )
    problems = check_plan(checked)
    assert [(p.code, p.refs, p.severity) for p in problems] == [
        ("delegate_absent", ("agenda:afternoon", "delegate:bob"), Severity.WARNING),
        ("delegate_absent", ("agenda:morning", "delegate:ann"), Severity.WARNING),
    ]
    assert "arrives only on 3 July, 12:00" in problems[1].message


def test_a_delegate_arriving_as_an_item_starts_is_there() -> None:
    checked = plan(
        delegates=[delegate("ann", arrival=at("09:00"), departure=at("16:00"))],
        agenda=[item("morning", "09:00", "12:00"), item("afternoon", "14:00", "16:00")],
    )
    assert found(checked) == []


def test_arrival_and_departure_items_are_windows() -> None:
    checked = plan(
        delegates=[delegate("ann", arrival=at("11:00"), departure=at("17:00"))],
        agenda=[
            item("arrival", "10:00", "13:00", kind="arrival"),
            item("departure", "16:00", "19:00", kind="departure"),
        ],
    )
    assert found(checked) == []
    later = dataclasses.replace(checked, delegates=(delegate("ann", arrival=at("13:30")),))
    assert found(later) == [("delegate_absent", ("agenda:arrival", "delegate:ann"))]


def test_nobody_is_absent_from_free_time_or_other_groups_items() -> None:
    checked = plan(
        groups=[group("a")],
        delegates=[delegate("ann", arrival=at("12:00"))],
        agenda=[
            item("free", "09:00", "11:00", kind="free"),
            item("visit", "09:00", "11:00", groups=("a",)),
        ],
    )
    assert found(checked) == []


# --------------------------------------------------------------------------- no_accommodation


def stay(who: str, check_in: int, check_out: int) -> AccommodationRecord:
    return AccommodationRecord(
        0, who, "hotel", dt.date(2019, 7, check_in), dt.date(2019, 7, check_out)
    )


def test_a_delegate_without_a_bed_for_some_nights() -> None:
    checked = plan(
        visit=visit(2, 5),
        sites=[site("hotel")],
        delegates=[
            delegate("ann"),
            delegate("bob", arrival=at("10:00", 3), departure=at("18:00", 4)),
        ],
        accommodation=[stay("ann", 2, 3), stay("bob", 3, 4)],
    )
    problems = check_plan(checked)
    assert [(p.code, p.refs, p.severity) for p in problems] == [
        ("no_accommodation", ("delegate:ann",), Severity.ERROR)
    ]
    assert (
        problems[0].message
        == "Ann Test has no accommodation for the nights of 3–4 July and 4–5 July."
    )
    (polish,) = check_plan(checked, "pl")
    assert polish.message == "Ann Test nie ma noclegu na noce z 3 na 4 lipca i z 4 na 5 lipca."


def test_delegates_with_the_same_dates_get_their_own_messages() -> None:
    """The nights in words are shared by delegates with the same dates and stays."""
    checked = plan(
        visit=visit(2, 5),
        sites=[site("hotel")],
        delegates=[
            delegate("ann"),
            delegate("bob"),
            delegate("cat", arrival=at("10:00", 3)),
            delegate("dan", arrival=at("10:00", 3)),
            delegate("eve", arrival=at("10:00", 3)),
        ],
        accommodation=[stay("dan", 3, 4), stay("eve", 3, 5)],
    )
    assert [p.message for p in check_plan(checked)] == [
        "Ann Test has no accommodation for the nights of 2–3 July, 3–4 July and 4–5 July.",
        "Bob Test has no accommodation for the nights of 2–3 July, 3–4 July and 4–5 July.",
        "Cat Test has no accommodation for the nights of 3–4 July and 4–5 July.",
        "Dan Test has no accommodation for the night of 4–5 July.",
    ]


def test_every_night_booked_is_fine() -> None:
    checked = plan(
        visit=visit(2, 5),
        delegates=[
            delegate("ann"),
            delegate("bob", arrival=at("10:00", 3), departure=at("08:00", 4)),
        ],
        accommodation=[stay("ann", 2, 4), stay("ann", 4, 5), stay("bob", 3, 4)],
    )
    assert found(checked) == []


def test_a_day_visitor_needs_no_bed() -> None:
    checked = plan(
        visit=visit(2, 5),
        delegates=[delegate("ann", arrival=at("08:00", 3), departure=at("20:00", 3))],
    )
    assert found(checked) == []


# --------------------------------------------------------------------------- passports


def passport_plan(**fields: Any) -> VisitPlan:
    values = {
        "country": "BY",
        "passport_number": "MP1234567",
        "passport_expiry": dt.date(2019, 10, 3),
    }
    values.update(fields)
    return plan(delegates=[delegate("ann", **values)])


def test_a_passport_expiring_within_three_months_of_the_end() -> None:
    problems = check_plan(passport_plan(passport_expiry=dt.date(2019, 10, 2)))
    assert [(p.code, p.refs, p.severity) for p in problems] == [
        ("passport_expiry", ("delegate:ann",), Severity.ERROR)
    ]
    assert "2 October 2019" in problems[0].message


def test_a_passport_valid_three_calendar_months_after_the_end_is_fine() -> None:
    assert found(passport_plan()) == []


def test_three_months_after_the_last_day_of_a_month() -> None:
    late_may = dataclasses.replace(
        visit(), start_date=dt.date(2019, 5, 31), end_date=dt.date(2019, 5, 31)
    )
    fine = dataclasses.replace(passport_plan(passport_expiry=dt.date(2019, 8, 31)), visit=late_may)
    assert found(fine) == []
    november = dataclasses.replace(
        late_may, start_date=dt.date(2019, 11, 30), end_date=dt.date(2019, 11, 30)
    )
    leap = dataclasses.replace(passport_plan(passport_expiry=dt.date(2020, 2, 29)), visit=november)
    assert found(leap) == []


def test_schengen_and_unknown_countries_are_not_checked() -> None:
    assert {"PL", "BG", "RO", "HR", "CH", "NO"} <= SCHENGEN and not {"CY", "IE", "GB"} & SCHENGEN
    for country in ("PL", "RO", "BG", "HR", None):
        assert (
            found(passport_plan(country=country, passport_number=None, passport_expiry=None)) == []
        )


def test_a_missing_passport_number_or_expiry() -> None:
    missing = [("passport_missing", ("delegate:ann",))]
    assert found(passport_plan(passport_number=None)) == missing
    assert found(passport_plan(passport_expiry=None)) == missing
    problems = check_plan(passport_plan(country="ua", passport_number="", passport_expiry=None))
    assert [(p.code, p.severity) for p in problems] == [("passport_missing", Severity.WARNING)]
    assert "(UA)" in problems[0].message


# --------------------------------------------------------------------------- languages


def test_polish_messages_and_english_fallback() -> None:
    checked = passport_plan(passport_number=None)
    (polish,) = check_plan(checked, "pl")
    assert (
        polish.message
        == "Ann Test (BY) przyjeżdża spoza strefy Schengen, ale brak numeru paszportu."
    )
    assert check_plan(checked, "pl_PL") == [polish]
    (russian,) = check_plan(checked, "ru")
    assert russian.message == check_plan(checked)[0].message
    assert "Schengen area" in russian.message


def test_every_problem_has_a_message_in_both_languages() -> None:
    checked = two_sites(
        visit=visit(2, 4),
        staff=[StaffRecord(0, "drv", "Jan Kierowca", "driver")],
        delegates=[delegate("ann", ("a",), country="BY", arrival=at("12:00"))],
        vehicles=[vehicle(seats=0, driver="drv")],
        travel_times=[travel("office", "factory", 90)],
        agenda=[
            *MOVE,
            item("lunch", "13:00", "14:00", "factory"),
            item("gone", "10:00", "11:00", day=5),
        ],
        transport=[
            run("r1", "02:00", "11:40", "office", "factory"),
            run("r2", "11:50", "12:10", "office", "factory"),
        ],
    )
    english = check_plan(checked)
    polish = check_plan(checked, "pl")
    codes = {p.code for p in english}
    assert codes == {
        "agenda_overlap",
        "delegate_absent",
        "driver_hours",
        "no_accommodation",
        "outside_visit",
        "passport_missing",
        "travel_time_short",
        "vehicle_double_booked",
        "vehicle_over_capacity",
    }
    assert [(p.code, p.refs) for p in english] == [(p.code, p.refs) for p in polish]
    for en, pl in zip(english, polish, strict=True):
        assert en.message != pl.message
        assert en.message.endswith(".") and pl.message.endswith(".")
        assert "{" not in en.message + pl.message


def test_a_long_run_is_compared_with_each_run_inside_it() -> None:
    checked = two_sites(
        transport=[
            run("r1", "08:00", "12:00", "office", "office"),
            run("r2", "09:00", "10:00", "office", "office"),
            run("r3", "11:00", "11:30", "office", "office"),
        ]
    )
    assert found(checked) == [
        ("vehicle_double_booked", ("transport:r1", "transport:r2", "vehicle:bus")),
        ("vehicle_double_booked", ("transport:r1", "transport:r3", "vehicle:bus")),
    ]


def test_a_move_with_no_time_and_no_bus_has_both_problems_once() -> None:
    checked = two_sites(
        groups=[group("a"), group("b")],
        delegates=[delegate("ann", ("a",)), delegate("bob", ("b",)), delegate("cid", ("a", "b"))],
        travel_times=[travel("office", "factory", 30)],
        agenda=[
            item("talk", "09:00", "11:00", "office"),
            item("visit", "11:10", "13:00", "factory"),
        ],
    )
    assert found(checked) == [
        ("transport_missing", ("agenda:talk", "agenda:visit")),
        ("travel_time_short", ("agenda:talk", "agenda:visit")),
    ]


def test_overlapping_items_at_different_sites_are_only_an_overlap() -> None:
    checked = two_sites(
        agenda=[
            item("talk", "09:00", "11:00", "office"),
            item("visit", "10:00", "12:00", "factory"),
        ]
    )
    assert found(checked) == [("agenda_overlap", ("agenda:talk", "agenda:visit"))]
