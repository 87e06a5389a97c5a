"""The PDF documents generated the way the CLI and the GUI do: from a visit in the database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pdf_readback import assert_well_formed, read_pdf

from studyvisit.documents.registry import ExportOptions
from studyvisit.services import documents, visit_file

SMALL_VISIT = Path(__file__).parents[2] / "data" / "small-visit.json"


@pytest.fixture
def small_visit(database) -> int:
    with database.unit_of_work() as uow:
        visit_id = visit_file.import_document(uow, json.loads(SMALL_VISIT.read_text("utf-8")))
        uow.commit()
    return visit_id


@pytest.mark.parametrize(
    "identifier", ["agenda", "attendance", "participants", "transport", "letters"]
)
@pytest.mark.parametrize("language", ["pl", "en", "ru"])
def test_every_document_from_the_small_visit(
    database, small_visit, tmp_path, identifier, language
) -> None:
    out = tmp_path / f"{identifier}.pdf"
    documents.generate(database, small_visit, identifier, out, ExportOptions(language=language))
    facts = read_pdf(out)
    assert_well_formed(facts)
    if identifier in ("attendance", "letters"):
        assert "Aliaksandr Shcherbich" in facts.text
    if identifier == "attendance":
        assert "Шчэрбіч Аляксандр Іванавіч" in facts.text and "Сидорова Ольга" in facts.text
    if identifier == "agenda":
        heading = {"pl": "wtorek, 2 lipca 2019", "en": "Tuesday, 2 July 2019"}
        assert heading.get(language, "вторник, 2 июля 2019 г.") in facts.text
