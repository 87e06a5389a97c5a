"""Delegates read as plain rows give the same records as through the ORM objects."""

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from studyvisit.domain import Delegate, Group, Site, TransportRun, Vehicle, Visit
from studyvisit.services import delegates, visits


def _everything(key: str, n: int) -> dict[str, object]:
    """Every contract field filled, Cyrillic and Latin, dates and date-times."""
    return {
        "key": key,
        "surname": f"Іваноў-{n}",
        "given_names": "Аляксандр",
        "patronymic": "Сяргеевіч",
        "surname_latin": f"Ivanou-{n}",
        "given_names_latin": "Aliaksandr",
        "latin_source": "transliterated",
        "organisation": "Гродзенскі аблвыканкам",
        "position": "Начальнік упраўлення",
        "country": "BY",
        "category": "regional_admin",
        "email": f"person{n}@example.by",
        "phone": f"+375 29 000 00 0{n}",
        "date_of_birth": dt.date(1970 + n, 2, 28),
        "passport_number": f"MP{n:07d}",
        "passport_expiry": dt.date(2031, 12, 31),
        "gender": "female" if n % 2 else "male",
        "dietary": "Вегетарыянская; no nuts",
        "arrival": dt.datetime(2025, 9, 1, 7, 45, 30),
        "departure": dt.datetime(2025, 9, 5, 23, 59),
        "notes": "Нататкі:\n«двухрадковыя», with 'quotes' and ; , separators",
    }


@pytest.fixture
def visit_id(database) -> int:
    """A visit whose delegates are in groups listed out of id order, one in none, one
    almost empty; another visit shares the tables."""
    with database.unit_of_work() as uow:
        session = uow.session
        first, other = (
            Visit(name=name, start_date=dt.date(2025, 9, 1), end_date=dt.date(2025, 9, 5))
            for name in ("Візіт у Польшчу", "Other visit")
        )
        session.add_all([first, other])
        session.flush()
        north, south, experts = (
            Group(visit_id=first.id, key=key, name=name)
            for key, name in (("north", "Поўнач"), ("south", "Поўдзень"), ("x", "Experts"))
        )
        elsewhere = Group(visit_id=other.id, key="north", name="North elsewhere")
        for made in (north, south, experts, elsewhere):  # ids in this order
            session.add(made)
            session.flush()
        people = [Delegate(visit_id=first.id, **_everything(f"d{n}", n)) for n in range(4)]
        people[0].groups = [experts, north]  # the records list them by group id
        people[1].groups = [south]
        people[3].groups = [south, north, experts]
        bare = Delegate(visit_id=first.id, key="bare", surname="Nowak")
        stranger = Delegate(visit_id=other.id, **_everything("d0", 9))
        stranger.groups = [elsewhere]
        session.add_all([*people, bare, stranger])
        site = Site(visit_id=first.id, key="hotel", name={"be": "Гасцініца", "en": "Hotel"})
        bus = Vehicle(visit_id=first.id, key="bus", label="Аўтобус", seats=50)
        run = TransportRun(
            visit_id=first.id,
            key="r1",
            vehicle=bus,
            from_site=site,
            depart_at=dt.datetime(2025, 9, 1, 9),
            arrive_at=dt.datetime(2025, 9, 1, 10),
        )
        run.delegates = [people[3], bare, people[1]]  # listed by delegate id
        session.add_all([site, bus, run])
        uow.commit()
        return first.id


def _through_orm(session, visit_id: int):
    rows = session.scalars(
        select(Delegate)
        .where(Delegate.visit_id == visit_id)
        .options(selectinload(Delegate.groups))
        .order_by(Delegate.id)
    )
    return tuple(visits.delegate_record(delegate) for delegate in rows)


def test_row_records_equal_orm_records(database, visit_id) -> None:
    with database.unit_of_work() as uow:
        expected = _through_orm(uow.session, visit_id)
    with database.unit_of_work() as uow:
        fast = visits.delegate_records(uow.session, visit_id)
    assert fast == expected
    assert [d.key for d in fast] == ["d0", "d1", "d2", "d3", "bare"]
    assert [d.group_keys for d in fast] == [
        ("north", "x"),
        ("south",),
        (),
        ("north", "south", "x"),
        (),
    ]
    first = fast[0]
    assert first.surname == "Іваноў-0" and first.notes == _everything("d0", 0)["notes"]
    assert first.date_of_birth == dt.date(1970, 2, 28)
    assert first.arrival == dt.datetime(2025, 9, 1, 7, 45, 30)
    assert type(first.passport_expiry) is dt.date and type(first.arrival) is dt.datetime


def test_plan_and_list_use_the_same_records(database, visit_id) -> None:
    with database.unit_of_work() as uow:
        expected = _through_orm(uow.session, visit_id)
        run = uow.session.scalars(select(TransportRun)).one()
        riders = tuple(delegate.key for delegate in run.delegates)
    with database.unit_of_work() as uow:
        plan = visits.load_plan(uow, visit_id)
    with database.unit_of_work() as uow:
        listed = delegates.list_delegates(uow, visit_id)
    assert plan.delegates == expected
    assert listed == list(expected)
    (loaded_run,) = plan.transport
    assert loaded_run.delegate_keys == riders == ("d1", "d3", "bare")


def test_pending_changes_are_seen(database, visit_id) -> None:
    """The rows are read after a flush, as an ORM query would autoflush."""
    with database.unit_of_work() as uow:
        delegate = uow.session.scalars(select(Delegate).where(Delegate.key == "bare")).one()
        delegate.notes = "Зменена"
        added = Delegate(visit_id=visit_id, key="late", surname="Late")
        uow.session.add(added)
        records = {d.key: d for d in visits.delegate_records(uow.session, visit_id)}
    assert records["bare"].notes == "Зменена"
    assert "late" in records


def test_a_single_orm_delegate_still_becomes_a_record(database, visit_id) -> None:
    with database.unit_of_work() as uow:
        delegate = uow.session.scalars(
            select(Delegate).where(Delegate.visit_id == visit_id, Delegate.key == "d3")
        ).one()
        record = visits.delegate_record(delegate)
        assert record.id == delegate.id
    assert record.group_keys == ("north", "south", "x")
    assert record.given_names_latin == "Aliaksandr" and record.gender == "female"
