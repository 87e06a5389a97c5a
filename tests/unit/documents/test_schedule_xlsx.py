"""The Excel schedule: every sheet, real date and time cells, scopes, LibreOffice."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import openpyxl
import pytest
from document_plans import crowded_plan, podlasie_plan
from sheet_readback import (  # noqa: F401
    FORMULA_LIKE,
    all_text,
    libreoffice_fixture,
    with_formula_like_names,
)

from studyvisit.documents.registry import EXPORTERS, ExportOptions, load_exporters
from studyvisit.documents.schedule_xlsx import ScheduleExporter
from studyvisit.programme import PlanIndex

SHEETS = {
    "en": ["Programme", "Delegates", "Groups", "Transport", "Rooming list", "Meals", "Staff"],
    "pl": ["Program", "Uczestnicy", "Grupy", "Transport", "Zakwaterowanie", "Posiłki", "Obsługa"],
    "ru": [
        "Программа",
        "Участники",
        "Группы",
        "Транспорт",
        "Размещение",
        "Питание",
        "Сопровождающие",
    ],
}


def render(plan, tmp_path, **options):
    out = tmp_path / "schedule.xlsx"
    ScheduleExporter().render(plan, ExportOptions(**options), out, "xlsx")
    return out


def rows_of(path, title) -> list[tuple]:
    return list(openpyxl.load_workbook(path)[title].iter_rows(values_only=True))


def programme_rows(path, title="Programme") -> list[tuple]:
    """The programme's items and legs (rows with a date; not the note at the foot)."""
    return [row for row in rows_of(path, title)[1:] if isinstance(row[0], dt.datetime)]


def test_registered_as_schedule_for_xlsx() -> None:
    load_exporters()
    assert EXPORTERS["schedule"].file_types == ("xlsx",)


@pytest.mark.parametrize("language", ["pl", "en", "ru"])
def test_every_sheet_in_the_language(tmp_path, language) -> None:
    out = render(podlasie_plan(), tmp_path, language=language)
    workbook = openpyxl.load_workbook(out)
    assert workbook.sheetnames == SHEETS[language]
    for sheet in workbook.worksheets:
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref and sheet.auto_filter.ref.startswith("A1:")
        assert sheet.print_title_rows == "$1:$1"
        assert all(cell.font.b for cell in sheet[1] if cell.value)


def test_programme_has_real_dates_and_times_in_order(tmp_path) -> None:
    plan = podlasie_plan()
    out = render(plan, tmp_path)
    sheet = openpyxl.load_workbook(out)["Programme"]
    items = {item.key for item in plan.agenda}
    rows = [row for row in sheet.iter_rows(min_row=2) if row[0].value is not None]
    rows = [row for row in rows if not str(row[0].value).startswith("[*]")]
    starts = []
    for row in rows:
        day, _weekday, start, end = (cell.value for cell in row[:4])
        assert isinstance(day, dt.datetime) and row[0].number_format == "yyyy-mm-dd"
        assert isinstance(start, dt.time) and row[2].number_format == "hh:mm"
        assert isinstance(end, dt.time)
        starts.append(dt.datetime.combine(day.date(), start))
    assert starts == sorted(starts)
    titles = [row[5].value for row in rows]
    for item in plan.agenda:
        assert any(item.title["en"] in (title or "") for title in titles), item.key
    assert len(rows) >= len(items)  # items plus transport legs
    assert "Tuesday" in {row[1].value for row in rows}


def test_fallback_titles_are_marked_and_explained(tmp_path) -> None:
    out = render(podlasie_plan(), tmp_path, language="ru")
    rows = rows_of(out, "Программа")
    assert any(str(row[6] or "").endswith("[*]") for row in rows)  # a site named only in pl/en
    assert rows[-1][0].startswith("[*]")


def test_people_groups_rooms_and_staff(tmp_path) -> None:
    plan = podlasie_plan()
    out = render(plan, tmp_path, language="pl")
    delegates = rows_of(out, "Uczestnicy")
    assert len(delegates) == len(plan.delegates) + 1
    assert [row[0] for row in delegates[1:]] == list(range(1, len(plan.delegates) + 1))
    text = all_text(out)
    for delegate in plan.delegates:
        assert delegate.latin_name in text and delegate.surname in text
    members = PlanIndex(plan).members
    assert len(rows_of(out, "Grupy")) == 1 + sum(len(keys) for keys in members.values())
    rooms = rows_of(out, "Zakwaterowanie")[1:]
    assert len(rooms) == len(plan.accommodation)
    assert all(row[8] == 2 for row in rooms)  # nights, 2-4 July
    assert all(isinstance(row[6], dt.datetime) for row in rooms)
    staff = rows_of(out, "Obsługa")[1:]
    assert [row[0] for row in staff[:2]] == ["Koordynator", "Koordynator"]


def test_meals_count_people_and_dietary_needs(tmp_path) -> None:
    plan = podlasie_plan()
    needs = ["vegetarian", "Vegetarian ", "halal", "none", None]
    delegates = [
        replace(delegate, dietary=needs[position % len(needs)])
        for position, delegate in enumerate(plan.delegates)
    ]
    plan = replace(plan, delegates=tuple(delegates))
    rows = rows_of(render(plan, tmp_path), "Meals")
    header = rows[0]
    assert header[-2:] == ("halal", "vegetarian")
    meals = [item for item in plan.agenda if item.kind == "meal"]
    assert len(rows) == len(meals) + 1
    index = PlanIndex(plan)
    for row, meal in zip(rows[1:], sorted(meals, key=lambda m: m.start), strict=True):
        attendees = [index.delegates[key] for key in index.attendees(meal)]
        vegetarian = sum(
            " ".join((d.dietary or "").split()).lower() == "vegetarian" for d in attendees
        )
        people, delegates_count, staff, plain = row[5:9]
        assert delegates_count == len(attendees)
        assert staff == 3  # two coordinators and the interpreter
        assert people == delegates_count + staff
        assert row[-1] == vegetarian
        assert plain == people - row[-1] - row[-2]


def test_a_delegates_own_schedule(tmp_path) -> None:
    plan = podlasie_plan()
    delegate = plan.delegates[0]
    out = render(plan, tmp_path, delegate_key=delegate.key)
    assert len(rows_of(out, "Delegates")) == 2
    programme = programme_rows(out)
    own = PlanIndex(plan).programme(delegate.key)
    assert len([row for row in programme if row[4] != "Transport"]) == len(own)
    for row in rows_of(out, "Transport")[1:]:
        assert delegate.latin_name in row[13]  # passengers


def test_a_groups_schedule_leaves_the_other_group_out(tmp_path) -> None:
    plan = podlasie_plan()
    out = render(plan, tmp_path, group_key="a")
    listed = {row[1] for row in rows_of(out, "Delegates")[1:]}
    assert listed == {d.latin_name for d in plan.delegates if "a" in d.group_keys}
    assert {row[0] for row in rows_of(out, "Groups")[1:]} == {"Group A"}


def test_formula_like_names_stay_text(tmp_path) -> None:
    out = render(with_formula_like_names(podlasie_plan()), tmp_path)
    sheet = openpyxl.load_workbook(out)["Delegates"]
    cells = {cell.value: cell.data_type for row in sheet.iter_rows() for cell in row}
    for text in FORMULA_LIKE:
        if text.startswith("\t"):
            continue  # the Latin name is given names first: the tab is inside
        assert cells[text] == "s"


def test_libreoffice_converts_a_crowded_schedule(tmp_path, libreoffice) -> None:
    out = render(with_formula_like_names(crowded_plan(60)), tmp_path, language="ru")
    shown = libreoffice.sheets_as_csv(out, tmp_path / "csv")
    assert set(shown) == set(SHEETS["ru"])
    delegates = shown["Участники"]
    assert len(delegates) == 62
    organisations = {row[3] for row in delegates[1:]}
    assert set(FORMULA_LIKE) <= organisations
    programme = shown["Программа"]
    assert programme[1][0] == "2019-07-02" and len(programme[1][2]) == 5  # "08:30"
    libreoffice.convert(out, "pdf", tmp_path / "pdf")
    assert (tmp_path / "pdf" / "schedule.pdf").stat().st_size > 5000
