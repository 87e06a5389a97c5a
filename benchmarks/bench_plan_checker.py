"""How long the plan checker takes on a big visit, and how that grows.

The reference plan: 10 days, 400 agenda items, 40 vehicles, 1,500 transport runs
and 2,000 delegates in 40 groups (a tenth of them also in one of 4 interest
groups, so there are well over 100 cohorts). It is mostly sound, with a few
planted problems, so the checker does its full work and writes some messages.
Scales ½× and 2× multiply delegates, groups, vehicles, items and runs.

    /work/venv/bin/python benchmarks/bench_plan_checker.py [--repeat 9]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import time
from collections import Counter

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
from studyvisit.services.plan_checker import check_plan

DAYS = 10
FIRST_DAY = dt.date(2025, 9, 1)
INTEREST_GROUPS = 4


def _at(day: int, hours: int, minutes: int = 0) -> dt.datetime:
    return dt.datetime.combine(FIRST_DAY + dt.timedelta(days=day), dt.time(hours, minutes))


def _sites(count: int) -> list[SiteRecord]:
    rng = random.Random(1)
    sites = [
        SiteRecord(
            id=n,
            key=f"s{n}",
            name={"en": f"Site {n}", "pl": f"Miejsce {n}"},
            latitude=53.13 + rng.uniform(-0.05, 0.05),
            longitude=23.16 + rng.uniform(-0.08, 0.08),
        )
        for n in range(count)
    ]
    hall = SiteRecord(
        id=-1, key="hall", name={"en": "Congress hall"}, latitude=53.13, longitude=23.16
    )
    restaurant = SiteRecord(
        id=-2, key="restaurant", name={"en": "Restaurant"}, latitude=53.135, longitude=23.15
    )
    hotel = SiteRecord(id=-3, key="hotel", name={"en": "Hotel"}, latitude=53.14, longitude=23.17)
    return [hall, restaurant, hotel, *sites]


def _delegates(count: int, groups: int) -> list[DelegateRecord]:
    rng = random.Random(2)
    people = []
    for n in range(count):
        keys = [f"g{n % groups}"]
        if rng.random() < 0.1:
            keys.append(f"i{rng.randrange(INTEREST_GROUPS)}")
        people.append(
            DelegateRecord(
                id=n,
                key=f"d{n}",
                surname=f"Surname{n}",
                given_names_latin=f"Given{n}",
                surname_latin=f"Surname{n}",
                country="BY" if n % 3 else "PL",
                passport_number=None if n % 97 == 0 else f"MP{n:07d}",
                passport_expiry=dt.date(2030, 1, 1) if n % 89 else dt.date(2025, 10, 1),
                arrival=_at(0, 7) if n % 499 else _at(1, 12),
                departure=_at(DAYS - 1, 23, 30),
                group_keys=tuple(keys),
            )
        )
    return people


def _agenda(groups: int, sites: int, items: int) -> list[AgendaItemRecord]:
    """Per day: a plenary and a dinner for everyone, visits for the groups, interest evenings."""
    agenda = []
    for day in range(DAYS):
        agenda.append(_item(f"plenary-{day}", _at(day, 8, 30), _at(day, 9, 30), "hall", ()))
        agenda.append(_item(f"dinner-{day}", _at(day, 19), _at(day, 21), "restaurant", ()))
    per_day = (items - len(agenda)) // DAYS
    for day in range(DAYS):
        for n in range(per_day):
            if n < INTEREST_GROUPS:
                group, start, place = f"i{n}", _at(day, 21, 30), "restaurant"
                end = _at(day, 22, 30)
            else:
                number = n - INTEREST_GROUPS
                group, start = f"g{number % groups}", _at(day, 10 + 4 * (number // groups), 30)
                end, place = start + dt.timedelta(hours=3), f"s{(number + day) % sites}"
            agenda.append(_item(f"visit-{day}-{n}", start, end, place, (group,)))
    return agenda


def _item(
    key: str, start: dt.datetime, end: dt.datetime, site: str, groups: tuple[str, ...]
) -> AgendaItemRecord:
    return AgendaItemRecord(
        id=0,
        key=key,
        start=start,
        end=end,
        kind="site_visit",
        title={"en": key, "pl": key},
        site_key=site,
        group_keys=groups,
    )


def _transport(
    agenda: list[AgendaItemRecord], groups: int, vehicles: int, runs: int
) -> list[TransportRunRecord]:
    """Each group's bus: hotel to plenary each morning, to and from its visits, hotel at night."""
    transport = []
    for day in range(DAYS):
        for n in range(groups):
            transport.append(
                _run(f"morning-{day}-g{n}", n, vehicles, _at(day, 7, 50), 30, "hotel", "hall")
            )
            transport.append(
                _run(f"night-{day}-g{n}", n, vehicles, _at(day, 22, 40), 20, "restaurant", "hotel")
            )
    for item in agenda:
        if item.group_keys and item.group_keys[0].startswith("g"):
            n = int(item.group_keys[0][1:])
            there = item.start - dt.timedelta(minutes=50)
            transport.append(
                _run(f"{item.key}-there", n, vehicles, there, 40, "hall", item.site_key)
            )
            transport.append(
                _run(f"{item.key}-back", n, vehicles, item.end, 40, item.site_key, "restaurant")
            )
    for n in range(groups):  # arrivals: station to hotel; these make up the count
        transport.append(_run(f"arrival-g{n}", n, vehicles, _at(0, 6), 40, "station", "hotel"))
    return transport[:runs]


def _run(
    key: str,
    group: int,
    vehicles: int,
    depart: dt.datetime,
    minutes: int,
    origin: str | None,
    destination: str | None,
) -> TransportRunRecord:
    return TransportRunRecord(
        id=0,
        key=key,
        vehicle_key=f"v{group % vehicles}",
        depart=depart,
        arrive=depart + dt.timedelta(minutes=minutes),
        from_key=origin,
        to_key=destination,
        group_keys=(f"g{group}",),
        staff_keys=(f"guideg{group}",),
    )


def synthesise(scale: float) -> VisitPlan:
    """The reference plan multiplied by ``scale``."""
    groups, vehicles = round(40 * scale), round(40 * scale)
    delegates = _delegates(round(2000 * scale), groups)
    agenda = _agenda(groups, sites=30, items=round(400 * scale))
    transport = _transport(agenda, groups, vehicles, runs=round(1500 * scale))
    staff = [
        StaffRecord(id=n, key=f"driver{n}", name=f"Driver {n}", role="driver")
        for n in range(vehicles)
    ]
    staff += [
        StaffRecord(id=0, key=f"guideg{n}", name=f"Guide {n}", role="interpreter")
        for n in range(groups)
    ]
    sites = _sites(30)
    return VisitPlan(
        visit=VisitInfo(
            id=1,
            name="Benchmark",
            start_date=FIRST_DAY,
            end_date=FIRST_DAY + dt.timedelta(days=DAYS - 1),
        ),
        sites=tuple(sites),
        travel_times=tuple(TravelTimeRecord(0, "hall", s.key, 35) for s in sites[3:]),
        groups=tuple(GroupRecord(0, f"g{n}", f"Group {n}") for n in range(groups))
        + tuple(GroupRecord(0, f"i{n}", f"Interest {n}") for n in range(INTEREST_GROUPS)),
        delegates=tuple(delegates),
        staff=tuple(staff),
        agenda=tuple(agenda),
        vehicles=tuple(
            VehicleRecord(0, f"v{n}", f"Bus {n}", seats=60, driver_key=f"driver{n}")
            for n in range(vehicles)
        ),
        transport=tuple(transport),
        accommodation=tuple(
            AccommodationRecord(
                0, d.key, "hotel", FIRST_DAY, FIRST_DAY + dt.timedelta(days=DAYS - 1)
            )
            for d in delegates
        ),
    )


def _timings_ms(plan: VisitPlan, repeat: int) -> tuple[float, float, int]:
    """Median and fastest of ``repeat`` checks (the fastest is the least disturbed by other
    work on the machine), and how many problems were found."""
    timings, problems = [], 0
    for _ in range(repeat):
        started = time.perf_counter()
        problems = len(check_plan(plan))
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings), min(timings), problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=9, help="runs per size")
    args = parser.parse_args()
    print(
        f"{'scale':>5} {'delegates':>9} {'items':>5} {'vehicles':>8} {'runs':>5} "
        f"{'median ms':>9} {'min ms':>7} {'problems':>8}"
    )
    for scale in (0.5, 1.0, 2.0):
        plan = synthesise(scale)
        check_plan(plan)  # warm up
        median, fastest, problems = _timings_ms(plan, args.repeat)
        print(
            f"{scale:>5} {len(plan.delegates):>9} {len(plan.agenda):>5} {len(plan.vehicles):>8} "
            f"{len(plan.transport):>5} {median:>9.1f} {fastest:>7.1f} {problems:>8}"
        )
    counts = Counter(p.code for p in check_plan(synthesise(1.0)))
    print("problems in the 1x plan:", dict(sorted(counts.items())))


if __name__ == "__main__":
    main()
