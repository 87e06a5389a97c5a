"""The Problems section: follows every edit, filters by severity, leads to the records."""

from __future__ import annotations

from PySide6.QtCore import Qt

from studyvisit.services import delegates, transport
from studyvisit.ui.sections.itinerary import ItinerarySection

RUN = "arrival--welcome-a"  # demo: group A, hotel → Marshal's Office, 2 Jul 9:45


def listed(window) -> list[str]:
    return [row.problem.code for row in window.section("problems").model.all_records()]


def click_problem(window, qtbot, code: str) -> tuple[str, ...]:
    """Click the first problem of ``code`` in the list, as a coordinator does; its refs."""
    table = window.show_section("problems").tables()[0]
    column = table.model.column_index("message")
    for row in range(table.model.rowCount()):
        index = table.model.index(row, column)
        item = table.model.record_at(index)
        if item.problem.code == code:
            table.view.scrollTo(index)
            qtbot.mouseClick(
                table.view.viewport(),
                Qt.MouseButton.LeftButton,
                pos=table.view.visualRect(index).center(),
            )
            return item.refs
    raise AssertionError(f"no {code} problem listed")


def shrink_minibus(window, seats: int = 4) -> None:
    vehicle_id = window.visit.vehicles["minibus"].id
    window.editor.apply(
        "Shrink minibus", lambda uow: transport.update_vehicle(uow, vehicle_id, seats=seats)
    )


def test_the_list_follows_edits_undo_and_redo(demo_window):
    window = demo_window
    assert listed(window) == []
    assert window.problem_status.text().endswith("No problems found</a>")

    shrink_minibus(window)
    over = [code for code in listed(window) if code == "vehicle_over_capacity"]
    assert len(over) == 15  # every run of the minibus
    assert "15 error" in window.problem_status.text()

    window.actions.undo.trigger()
    assert listed(window) == []
    window.actions.redo.trigger()
    assert listed(window).count("vehicle_over_capacity") == 15


def test_a_click_on_an_over_capacity_problem_selects_the_run(demo_window, qtbot):
    window = demo_window
    shrink_minibus(window)
    window.section("transport").set_filter("bus-2")  # a filter that hides the run
    refs = click_problem(window, qtbot, "vehicle_over_capacity")
    assert window.current_section().name == "transport"
    runs = [ref.partition(":")[2] for ref in refs if ref.startswith("transport:")]
    assert window.section("transport").runs.selected_keys() == runs
    assert window.section("transport").vehicles.selected_keys() == ["minibus"]


def test_a_click_on_a_missing_transport_shows_the_agenda_items(demo_window, qtbot, monkeypatch):
    window = demo_window
    run_id = next(r.id for r in window.visit.plan.transport if r.key == RUN)
    window.editor.apply("Delete run", lambda uow: transport.delete_run(uow, run_id))
    assert "transport_missing" in listed(window)

    revealed: list[tuple[tuple[str, ...], bool]] = []
    original = ItinerarySection.reveal

    def spy(self, refs):
        found = original(self, refs)
        revealed.append((tuple(refs), found))
        return found

    monkeypatch.setattr(ItinerarySection, "reveal", spy)
    refs = click_problem(window, qtbot, "transport_missing")
    assert any(ref.startswith("agenda:") for ref in refs)
    assert window.current_section().name == "itinerary"
    assert revealed and revealed[0] == (refs, True)  # the items were found and selected

    window.actions.undo.trigger()
    assert "transport_missing" not in listed(window)


def test_filter_by_severity(demo_window):
    window = demo_window
    shrink_minibus(window)
    delegate = window.visit.plan.delegates[0]
    window.editor.apply(
        "Forget passport",
        lambda uow: delegates.update_delegate(uow, delegate.id, {"passport_number": None}),
    )
    section = window.show_section("problems")
    every = {row.problem.severity for row in section.model.all_records()}
    assert every == {"error", "warning"}

    section.show_severity("warning")
    assert {row.problem.code for row in section.model.all_records()} == {"passport_missing"}
    section.show_severity("error")
    assert {row.problem.severity for row in section.model.all_records()} == {"error"}
    assert section.model.rowCount() == 15
    # The filter stays through an edit (the passport back: no warning left).
    section.show_severity("warning")
    window.actions.undo.trigger()
    assert section.severity_filter.currentData() == "warning"
    assert section.model.rowCount() == 0
    section.show_severity(None)
    assert section.model.rowCount() == 15
    assert section.severity_filter.currentText() == "All problems"
