"""Delegate rows built with the visit (off the GUI thread for a big one) sort and search
as rows worked out by the table itself do."""

from __future__ import annotations

import datetime as dt
import random

from PySide6.QtCore import Qt

from studyvisit.records import DelegateRecord, GroupRecord, VisitInfo, VisitPlan
from studyvisit.ui.sections.delegates import COLUMNS
from studyvisit.ui.table_model import RecordTableModel, sort_key
from studyvisit.ui.visit_data import build_delegate_rows, name_places

NAMES = [("Łukasiewicz", "Anna"), ("Lukas", "Zofia"), ("Ivanou", None), ("Ivanou", "Anna"),
         (None, "Olga"), ("ivanou", "anna"), ("Kowalski 10", "Jan"), ("Kowalski 9", "Jan")]  # fmt: skip


def _plan(count: int = 60) -> VisitPlan:
    rng = random.Random(6)
    delegates = []
    for n in range(count):
        surname, given = rng.choice(NAMES)
        delegates.append(
            DelegateRecord(
                id=n + 1,
                key=f"d{n}",
                surname=f"Прозвішча{n % 7}",
                surname_latin=surname,
                given_names_latin=given,
                latin_source="transliterated" if n % 3 else "source",
                organisation=rng.choice(["Ministry", "Hrodna council", None]),
                group_keys=("g1",) if n % 2 else (),
            )
        )
    visit = VisitInfo(id=1, name="V", start_date=dt.date(2025, 9, 1), end_date=dt.date(2025, 9, 5))
    return VisitPlan(
        visit=visit, groups=(GroupRecord(id=1, key="g1", name="North"),), delegates=tuple(delegates)
    )


def test_rows_carry_groups_latin_names_and_the_transliterated_count() -> None:
    plan = _plan()
    built = build_delegate_rows(plan, "en")
    assert [row.record for row in built.rows] == list(plan.delegates)
    assert built.transliterated == sum(d.latin_source == "transliterated" for d in plan.delegates)
    first = built.rows[1]
    assert first.groups == "North" and built.rows[0].groups == ""
    for row in built.rows:
        parts = (row.record.surname_latin, row.record.given_names_latin)
        assert row.latin_name == " ".join(part for part in parts if part)


def test_name_places_order_the_rows_as_their_sort_keys_do() -> None:
    rows = build_delegate_rows(_plan(), "pl").rows
    places = name_places(rows, "pl")
    assert places is not None
    keys = [sort_key(row.latin_order, "pl") for row in rows]
    for a in range(len(rows)):
        for b in range(len(rows)):
            assert (places[a] < places[b]) == (keys[a] < keys[b])
    # Rows built for another language, or mixed builds, bring no places: the table works them out.
    assert name_places(rows, "en") is None
    assert name_places(rows[:3] + build_delegate_rows(_plan(), "pl").rows[:3], "pl") is None


def _table(rows) -> RecordTableModel:
    model = RecordTableModel(COLUMNS)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    model.set_records(rows)
    return model


def test_sorted_and_searched_rows_are_those_the_table_works_out_itself() -> None:
    plan = _plan()
    ready = _table(build_delegate_rows(plan, "en").rows)
    worked_out = _table(build_delegate_rows(plan, "pl").rows)  # other language: no places used
    for model in (ready, worked_out):
        model.sort(0, Qt.SortOrder.DescendingOrder)
        model.sort(0, Qt.SortOrder.AscendingOrder)

    def keys(model: RecordTableModel) -> list[str]:
        return [model.record(row).key for row in range(model.rowCount())]

    assert keys(ready) == keys(worked_out)
    expected = sorted(
        build_delegate_rows(plan, "pl").rows, key=lambda row: sort_key(row.latin_order, "en")
    )
    assert keys(ready) == [row.key for row in expected]
    for text in ("anna", "anna ministry", "ivanou north", "прозвішча3", "nobody"):
        ready.set_search(text)
        words = text.split()
        shown = [
            row.key
            for row in expected
            if all(any(word in column.text(row).casefold() for column in COLUMNS) for word in words)
        ]
        assert keys(ready) == shown, text
    ready.set_search("")
    for model in (ready, worked_out):
        model.sort(0, Qt.SortOrder.DescendingOrder)
    assert keys(ready) == keys(worked_out)  # equal names keep their order either way
