"""The delegate list: every contract field, safe cells, xlsx and CSV read back."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
from document_plans import podlasie_plan
from sheet_readback import (  # noqa: F401
    FORMULA_LIKE,
    libreoffice_fixture,
    read_csv,
    with_formula_like_names,
)

from studyvisit.documents.delegate_list import (
    COLUMN_NAMES,
    DELEGATE_FIELDS,
    DelegateListExporter,
)
from studyvisit.documents.registry import EXPORTERS, ExportOptions, load_exporters
from studyvisit.services import delegate_fields, visit_file
from studyvisit.services.documents import generate

SMALL_VISIT = Path(__file__).parents[2] / "data" / "small-visit.json"


def render(plan, tmp_path: Path, file_type: str, **options) -> Path:
    out = tmp_path / f"delegates.{file_type}"
    DelegateListExporter().render(plan, ExportOptions(**options), out, file_type)
    return out


def test_columns_are_the_contract_fields_with_id_key_and_groups() -> None:
    assert DELEGATE_FIELDS == delegate_fields.CONTRACT_FIELDS
    assert ("id", "key", *delegate_fields.CONTRACT_FIELDS, "groups") == COLUMN_NAMES


def test_registered_for_xlsx_and_csv() -> None:
    load_exporters()
    assert EXPORTERS["delegates"].file_types == ("xlsx", "csv")


def test_xlsx_has_every_delegate_with_typed_cells(tmp_path) -> None:
    plan = podlasie_plan()
    first = replace(
        plan.delegates[0],
        date_of_birth=dt.date(1975, 7, 2),
        passport_expiry=dt.date(2027, 1, 31),
        arrival=dt.datetime(2019, 7, 2, 8, 15),
    )
    plan = replace(plan, delegates=(first, *plan.delegates[1:]))
    sheet = openpyxl.load_workbook(render(plan, tmp_path, "xlsx")).worksheets[0]
    assert [cell.value for cell in sheet[1]] == list(COLUMN_NAMES)
    assert sheet.max_row == len(plan.delegates) + 1
    column = {name: position for position, name in enumerate(COLUMN_NAMES, 1)}
    for row, delegate in enumerate(plan.delegates, start=2):
        assert sheet.cell(row, column["id"]).value == delegate.id
        assert sheet.cell(row, column["surname"]).value == delegate.surname
        assert sheet.cell(row, column["surname_latin"]).value == delegate.surname_latin
        assert sheet.cell(row, column["groups"]).value == ", ".join(delegate.group_keys)
    birth = sheet.cell(2, column["date_of_birth"])
    arrival = sheet.cell(2, column["arrival"])
    assert (birth.value, birth.number_format) == (dt.datetime(1975, 7, 2), "yyyy-mm-dd")
    assert (arrival.value, arrival.number_format) == (
        dt.datetime(2019, 7, 2, 8, 15),
        "yyyy-mm-dd hh:mm",
    )


def test_formula_like_names_stay_strings_in_xlsx(tmp_path) -> None:
    plan = with_formula_like_names(podlasie_plan())
    sheet = openpyxl.load_workbook(render(plan, tmp_path, "xlsx")).worksheets[0]
    column = COLUMN_NAMES.index("surname_latin") + 1
    for row, text in enumerate(FORMULA_LIKE, start=2):
        cell = sheet.cell(row, column)
        assert (cell.value, cell.data_type) == (text, "s")


@pytest.mark.parametrize("delimiter", [",", ";"])
def test_csv_matches_the_contract_json_with_neutralised_cells(tmp_path, delimiter) -> None:
    plan = with_formula_like_names(podlasie_plan())
    out = render(plan, tmp_path, "csv", delimiter=delimiter)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = read_csv(out, delimiter)
    assert rows[0] == list(COLUMN_NAMES)
    assert len(rows) == len(plan.delegates) + 1
    for row, delegate in zip(rows[1:], plan.delegates, strict=True):
        record = dict(zip(COLUMN_NAMES, row, strict=True))
        assert record["id"] == str(delegate.id)
        assert record["key"] == delegate.key
        for name, value in delegate_fields.to_json(delegate).items():
            expected = "" if value is None else str(value)
            if expected[:1] in ("=", "+", "-", "@", "\t", "＝"):
                expected = "'" + expected
            assert record[name] == expected, name


def test_a_group_only(tmp_path) -> None:
    plan = podlasie_plan()
    rows = read_csv(render(plan, tmp_path, "csv", group_key="b"))
    expected = [d.key for d in plan.delegates if "b" in d.group_keys]
    assert [row[1] for row in rows[1:]] == expected


def test_generated_from_the_database(database, tmp_path) -> None:
    with database.unit_of_work() as uow:
        visit_id = visit_file.import_document(uow, visit_file.read_document(SMALL_VISIT))
        uow.commit()
    out = generate(
        database, visit_id, "delegates", tmp_path / "list.csv", ExportOptions(delimiter=";")
    )
    rows = read_csv(out, ";")
    assert [row[COLUMN_NAMES.index("surname")] for row in rows[1:]] == ["Шчэрбіч", "Сидорова"]
    phone = rows[1][COLUMN_NAMES.index("phone")]
    assert phone == "'+375 29 000 00 01"  # neutralised: Excel would read a formula
    xlsx = generate(database, visit_id, "delegates", tmp_path / "list.xlsx")
    sheet = openpyxl.load_workbook(xlsx).worksheets[0]
    assert sheet.cell(2, COLUMN_NAMES.index("phone") + 1).value == "+375 29 000 00 01"


def test_libreoffice_reads_the_list_with_names_as_text(tmp_path, libreoffice) -> None:
    plan = with_formula_like_names(podlasie_plan())
    shown = libreoffice.sheets_as_csv(render(plan, tmp_path, "xlsx"), tmp_path / "lo")
    (rows,) = shown.values()
    column = COLUMN_NAMES.index("surname_latin")
    assert [row[column] for row in rows[1 : len(FORMULA_LIKE) + 1]] == FORMULA_LIKE
    assert {row[COLUMN_NAMES.index("surname")] for row in rows[1:]} == {
        d.surname for d in plan.delegates
    }
