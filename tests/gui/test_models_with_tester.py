"""pytest-qt's model tester on every model of the window, through resets and retranslation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QAbstractItemModel

from studyvisit.ui.main_window import MainWindow
from studyvisit.ui.sections import SECTIONS


def all_models(window: MainWindow) -> dict[str, QAbstractItemModel]:
    models: dict[str, QAbstractItemModel] = {
        "sections": window.section_model,
        "visits": window.switcher.model,
    }
    for entry in SECTIONS:  # sections are built when first asked for: ask for each
        section = window.section(entry.name)
        for table in section.tables():
            models[f"{section.name}/{table.name}"] = table.model
    return models


def test_every_model_is_listed(window: MainWindow) -> None:
    names = set(all_models(window))
    for expected in (
        "delegates/delegates",
        "itinerary/itinerary",
        "transport/runs",
        "transport/vehicles",
        "overview/by-category",
        "overview/by-country",
        "problems/problems",
        "documents/documents",
        "groups/groups",
        "staff/staff",
        "sites/sites",
        "accommodation/accommodation",
    ):
        assert expected in names


@pytest.mark.parametrize(
    "name",
    [
        "sections",
        "visits",
        "overview/by-category",
        "overview/by-country",
        "delegates/delegates",
        "groups/groups",
        "staff/staff",
        "sites/sites",
        "itinerary/itinerary",
        "transport/vehicles",
        "transport/runs",
        "accommodation/accommodation",
        "documents/documents",
        "problems/problems",
    ],
)
def test_model_passes_the_tester_through_switches(
    make_window, database, small_visit_id, second_visit_id, qtmodeltester, name: str
) -> None:
    # qtmodeltester comes last: it disconnects before make_window destroys the models.
    window = make_window(database, small_visit_id)
    model = all_models(window)[name]
    assert name in ("documents/documents",) or model.rowCount() > 0 or name == "sections"
    qtmodeltester.check(model, force_py=True)  # re-checks on every signal from here on
    window.select_visit(second_visit_id)  # resets
    window.set_language("pl")  # dataChanged, headerDataChanged
    for table in window.section("delegates").tables():
        table.search.setText("a")  # a search reset
    window.select_visit(small_visit_id)
    window.set_language("en")
