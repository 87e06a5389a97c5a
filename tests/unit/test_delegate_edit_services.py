"""Small services behind the GUI's edits: typed values, edits by key, bulk changes."""

from __future__ import annotations

import datetime as dt

import pytest

from studyvisit.errors import ValidationError
from studyvisit.services import delegates, itinerary, staff, visits


@pytest.fixture
def visit_id(database) -> int:
    with database.unit_of_work() as uow:
        visit = visits.create_visit(uow, "Edits", dt.date(2025, 9, 1), dt.date(2025, 9, 3))
        for surname in ("Іваноў", "Kowalska", "Smith"):
            delegates.add_delegate(uow, visit.id, {"surname": surname, "country": "BY"})
        itinerary.add_group(uow, visit.id, "Group A", key="a")
        uow.commit()
    return visit.id


@pytest.mark.parametrize(
    ("field", "typed", "expected"),
    [
        ("passport_expiry", "31.05.2027", dt.date(2027, 5, 31)),
        ("passport_expiry", "2027-05-31", dt.date(2027, 5, 31)),
        ("arrival", "1.9.2025 14:30", dt.datetime(2025, 9, 1, 14, 30)),
        ("email", " Ala@Example.PL ", "ala@example.pl"),
        ("country", "Belarus", "BY"),
        ("country", "pl", "PL"),
        ("passport_number", "mp 123 45", "MP12345"),
        ("organisation", "  ", None),
    ],
)
def test_typed_values_become_field_values(field, typed, expected):
    assert delegates.field_from_text(field, typed) == expected


@pytest.mark.parametrize(
    ("field", "typed", "reason"),
    [
        ("passport_expiry", "31.02.2027", "not a date"),
        ("email", "ala at example", "not an e-mail"),
        ("country", "Narnia", "ISO 3166-1"),
        ("surname", " ", "needs a surname"),
        ("category", "boss", "not one of"),
        ("shoe_size", "42", "no field"),
    ],
)
def test_bad_typed_values_are_refused_with_the_field_named(field, typed, reason):
    with pytest.raises(ValidationError, match=reason):
        delegates.field_from_text(field, typed)


def test_edits_by_key_bulk_changes_and_group_removal(database, visit_id):
    with database.unit_of_work() as uow:
        keys = [d.key for d in delegates.list_delegates(uow, visit_id)]
        changed = delegates.update_delegate_by_key(uow, visit_id, keys[0], {"position": "Director"})
        assert changed.position == "Director"
        assert delegates.update_delegates(uow, visit_id, keys, {"category": "expert"}) == 3
        ids = [delegates.delegate_id(uow, visit_id, key) for key in keys]
        itinerary.set_delegate_groups(uow, visit_id, ids, ["a"])
        assert delegates.remove_from_groups(uow, visit_id, keys[:2], ["a"]) == 2
        after = {d.key: d for d in delegates.list_delegates(uow, visit_id)}
        assert {after[k].category for k in keys} == {"expert"}
        assert [after[k].group_keys for k in keys] == [(), (), ("a",)]
        assert delegates.delete_delegates_by_key(uow, visit_id, keys[:1]) == 1
        with pytest.raises(Exception, match="no delegate"):
            delegates.delegate_id(uow, visit_id, keys[0])


def test_staff_typed_values(database, visit_id):
    assert staff.field_from_text("email", "A@B.pl") == "a@b.pl"
    assert staff.field_from_text("phone", "  ") is None
    for field, typed in (("name", " "), ("email", "x"), ("role", "king")):
        with pytest.raises(ValidationError):
            staff.field_from_text(field, typed)
    with database.unit_of_work() as uow:
        member = staff.add_staff(uow, visit_id, "Jan", "driver")
        assert staff.delete_staff_members(uow, visit_id, [member.key]) == 1
