"""The main window on the demo visit (runs once resources/demo/podlasie-2019.json exists)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from visit_documents import needs_demo

from studyvisit.ui.main_window import MainWindow

CYRILLIC = re.compile(r"[\u0400-\u04ff]")

pytestmark = needs_demo


def column(window: MainWindow, section: str, name: str, table: int = 0) -> list[str]:
    model = window.section(section).tables()[table].model
    position = model.column_index(name)
    return [model.index(row, position).data() for row in range(model.rowCount())]


def test_walks_through_every_section_of_the_demo(make_window, database, demo_visit_id: int) -> None:
    window = make_window(database, demo_visit_id)
    assert "2019" in window.windowTitle()
    overview = window.show_section("overview")
    assert overview.tiles["delegates"].number.text() == "18"
    assert overview.tiles["days"].number.text() == "3"
    assert "Belarus" in column(window, "overview", "label", 1)

    delegates = column(window, "delegates", "original_name")
    assert len(delegates) == 18
    assert all(CYRILLIC.search(name) for name in delegates)
    assert all(
        re.fullmatch(r"[A-Za-z' -]+", name) for name in column(window, "delegates", "latin_name")
    )

    for section in (
        "groups",
        "staff",
        "sites",
        "itinerary",
        "transport",
        "accommodation",
        "documents",
    ):
        window.show_section(section)
        assert window.current_section().name == section
        for table in window.section(section).tables():
            assert table.model.rowCount() > 0, f"{section}/{table.name} is empty"
    assert any("Białystok" in (city or "") for city in column(window, "sites", "city"))
    assert "Site visit" in column(window, "itinerary", "kind")
    assert any(text.strip() for text in column(window, "transport", "riders", 0))
    window.show_section("problems")
    problems = window.section("problems").model.rowCount()
    if problems == 0:  # a clean plan says so
        assert window.problem_status.text().endswith(">No problems found</a>")
    else:
        assert window.section("overview").tiles["problems"].number.text() == str(problems)


def test_demo_problems_lead_to_their_records(make_window, database, demo_visit_id: int) -> None:
    window = make_window(database, demo_visit_id)
    problems = window.section("problems")
    for item in problems.model.all_records():
        if any(ref.startswith("agenda:") for ref in item.refs):
            problems.tables()[0].record_clicked.emit(item)
            assert window.current_section().name == "itinerary"
            assert window.section("itinerary").tables()[0].selected_keys()
            break
    window.show_section("delegates")
    header = window.section("delegates").tables()[0].model.headerData(0, Qt.Orientation.Horizontal)
    assert header == "Latin name"
