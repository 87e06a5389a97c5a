"""The import wizard driven as a coordinator would: real files from tests/data/import, real
widgets, the window's own editor (undo) and task runner (inline, and real threads for Cancel)."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import openpyxl
import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QFileDialog, QWizard

from studyvisit.records import DelegateRecord
from studyvisit.services import delegates
from studyvisit.ui import import_jobs
from studyvisit.ui.dialogs.import_wizard import ImportWizard, open_import_wizard
from studyvisit.ui.import_problems import SKIPPED_CELL, WARNING_CELL

DATA = Path(__file__).resolve().parents[1] / "data" / "import"
NEXT = QWizard.WizardButton.NextButton
IMPORT = QWizard.WizardButton.CommitButton
FINISH = QWizard.WizardButton.FinishButton
SURNAMES_IN_FILE = {"ШЧЭРБІЧ", "Каваленка", "Лукашэвіч", "Пятровіч"}


def _delegates(window) -> list[DelegateRecord]:
    with window.database.unit_of_work() as uow:
        return delegates.list_delegates(uow, window.current_visit_id())


def _open(window, path: Path) -> ImportWizard:
    wizard = open_import_wizard(window, window.context, str(path))
    assert wizard is not None and wizard.isVisible()
    return wizard


def _column(wizard: ImportWizard, header: str) -> int:
    """The preview table's column showing the source column ``header``."""
    model = wizard.preview_page.table.preview_model
    return next(i for i, column in enumerate(model.columns) if column.header == header)


def _row(wizard: ImportWizard, sheet_row: int) -> int:
    model = wizard.preview_page.table.preview_model
    return next(i for i in range(model.rowCount()) if model.sheet_row(i) == sheet_row)


def _choose(wizard: ImportWizard, header: str, field: str | None) -> None:
    """Pick ``field`` in the drop-down above the column ``header``, as a click would."""
    model = wizard.preview_page.table.preview_model
    combo = wizard.preview_page.table.mapping_header.combos[_column(wizard, header)]
    assert combo.isEnabled() and combo.isVisible()
    position = combo.findData(field) if field is not None else 0
    assert position >= 0
    combo.setCurrentIndex(position)
    combo.activated.emit(position)
    assert model.columns[_column(wizard, header)].field == field


def _finish_import(qtbot, wizard: ImportWizard, *, skip_duplicates: bool = False) -> None:
    """From the preview (or duplicates) page: the duplicates choice, Import, the summary."""
    if wizard.currentId() == ImportWizard.PREVIEW:
        wizard.button(NEXT).click()
    assert wizard.currentId() == ImportWizard.DUPLICATES
    (
        wizard.duplicates_page.skip_button
        if skip_duplicates
        else wizard.duplicates_page.update_button
    ).setChecked(True)
    wizard.button(IMPORT).click()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.SUMMARY, timeout=10_000)


def test_walk_through_change_a_column_import_and_undo(demo_window, qtbot, tmp_path):
    window = demo_window
    before = {d.key for d in _delegates(window)}
    wizard = _open(window, DATA / "by_full_name.xlsx")
    pictures = [wizard.grab()]

    # 1. The file: one sheet, so no sheet chooser; what was recognised.
    page = wizard.file_page
    assert page.isComplete() and not page.sheet_combo.isVisible()
    assert "XLSX" in page.details.text() and "rows read: 5" in page.details.text()
    wizard.button(NEXT).click()
    assert wizard.currentId() == ImportWizard.PREVIEW

    # 2. The preview: a drop-down per column with the recognised field, counts, problems.
    preview = wizard.preview_page
    model = preview.table.preview_model
    header = preview.table.mapping_header
    assert header.combo_for(0).currentData() == "full_name"
    assert header.combo_for(3).currentData() == "position"
    assert model.rowCount() == 5
    assert preview.counts.text() == "New: 4 · Updated: 0 · Unchanged: 0 · Skipped: 1"

    email = model.index(_row(wizard, 5), _column(wizard, "E-mail"))
    assert "is not an e-mail address" in model.data(email, Qt.ItemDataRole.ToolTipRole)
    assert model.data(email, Qt.ItemDataRole.BackgroundRole) == WARNING_CELL
    no_name = model.index(_row(wizard, 6), _column(wizard, "Пасада"))
    assert "no surname" in model.data(no_name, Qt.ItemDataRole.ToolTipRole)
    assert model.data(no_name, Qt.ItemDataRole.BackgroundRole) == SKIPPED_CELL
    fine = model.index(_row(wizard, 2), _column(wizard, "Пасада"))
    assert model.data(fine, Qt.ItemDataRole.ToolTipRole) is None
    assert model.data(fine, Qt.ItemDataRole.BackgroundRole) is None
    listed = {
        (preview.problem_model.outcome(i).row, preview.problem_model.outcome(i).kind)
        for i in range(preview.problem_model.rowCount())
    }
    assert {(5, "warning"), (6, "skipped")} <= listed

    # The coordinator keeps the position column in the notes instead.
    _choose(wizard, "Пасада", None)
    assert wizard.overrides == {3: None}
    assert header.combo_for(3).currentData() is None
    assert preview.isComplete()
    pictures.append(wizard.grab())

    # 3. and 4. Duplicates (none here), import; 5. the summary.
    wizard.button(NEXT).click()
    assert "No row of the file matches" in wizard.duplicates_page.explanation.text()
    pictures.append(wizard.grab())
    _finish_import(qtbot, wizard)
    summary = wizard.summary_page
    assert summary.counts.text() == "Added: 4 · Updated: 0 · Unchanged: 0 · Skipped: 1"
    assert summary.outcome_model.rowCount() == 2
    pictures.append(wizard.grab())
    for number, picture in enumerate(pictures):
        assert picture.save(str(tmp_path / f"page-{number}.png"))

    added = [d for d in _delegates(window) if d.key not in before]
    assert {d.surname for d in added} == SURNAMES_IN_FILE
    shcherbich = next(d for d in added if d.passport_number == "MP1234567")
    assert shcherbich.position is None
    assert "Пасада: Начальнік упраўлення" in (shcherbich.notes or "")
    assert shcherbich.surname_latin  # filled by the program
    assert len(window.visit.plan.delegates) == 22  # the window reloaded

    wizard.button(FINISH).click()
    assert not wizard.isVisible()
    assert "Import delegates" in window.actions.undo.text()
    window.actions.undo.trigger()
    assert {d.key for d in _delegates(window)} == before
    assert len(window.visit.plan.delegates) == 18
    window.actions.redo.trigger()
    assert len(_delegates(window)) == 22


def test_reimport_skips_or_updates_delegates_already_in_the_visit(window, qtbot, tmp_path):
    wizard = _open(window, DATA / "by_full_name.xlsx")
    wizard.button(NEXT).click()
    _finish_import(qtbot, wizard)
    wizard.button(FINISH).click()
    count = len(_delegates(window))

    # The same file again, duplicates skipped: nobody is added, nobody changes.
    again = _open(window, DATA / "by_full_name.xlsx")
    again.button(NEXT).click()
    assert again.preview_page.counts.text() == "New: 0 · Updated: 0 · Unchanged: 4 · Skipped: 1"
    _finish_import(qtbot, again, skip_duplicates=True)
    assert again.report.imported == 0 and again.report.skipped == 5
    assert "already in the visit: 4" in again.summary_page.note.text()
    assert len(_delegates(window)) == count
    again.button(FINISH).click()

    # A corrected list with "update": the delegate is updated, not added twice.
    corrected = tmp_path / "corrected.xlsx"
    shutil.copy(DATA / "by_full_name.xlsx", corrected)
    book = openpyxl.load_workbook(corrected)
    book.active["D3"] = "Начальнік аддзела"
    book.save(corrected)
    fix = _open(window, corrected)
    fix.button(NEXT).click()
    assert fix.preview_page.counts.text() == "New: 0 · Updated: 1 · Unchanged: 3 · Skipped: 1"
    _finish_import(qtbot, fix)
    updated = [
        fix.summary_page.outcome_model.outcome(i)
        for i in range(fix.summary_page.outcome_model.rowCount())
        if fix.summary_page.outcome_model.outcome(i).kind == "updated"
    ]
    assert [(o.row, o.message) for o in updated] == [(3, "Position")]
    assert len(_delegates(window)) == count
    kavalenka = next(d for d in _delegates(window) if d.surname == "Каваленка")
    assert kavalenka.position == "Начальнік аддзела"


@pytest.mark.parametrize(
    ("name", "says"),
    [
        ("password.xlsx", "protected by a password"),
        ("corrupt.xlsx", "damaged"),
        ("image.xlsx", "not a spreadsheet"),
        ("random_bytes.csv", "no encoding we recognise"),
        ("zip_bomb.xlsx", "decompression bomb"),
    ],
)
def test_a_bad_file_shows_the_importers_message_and_writes_nothing(window, name, says):
    before = _delegates(window)
    wizard = _open(window, DATA / name)
    page = wizard.file_page
    assert page.error.isVisible()
    assert page.error.text().startswith(f"{name}: ") and says in page.error.text()
    assert "\n" not in page.error.text()
    assert not page.isComplete()
    assert not wizard.button(NEXT).isEnabled()
    wizard.next()  # even forced, the wizard does not go on
    assert wizard.currentId() == ImportWizard.FILE
    wizard.reject()
    assert _delegates(window) == before
    assert not window.editor.undo_stack.canUndo()


def test_columns_nobody_recognised_are_chosen_by_hand(window, qtbot, tmp_path):
    path = tmp_path / "unknown headers.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Kto", "Skąd", "Uwagi"])
    sheet.append(["Jan Kowalski", "Ministerstwo Rozwoju", "wegetarianin"])
    sheet.append(["Anna Nowak", "Urząd Miasta Białystok", ""])
    book.save(path)
    wizard = _open(window, path)
    wizard.button(NEXT).click()
    preview = wizard.preview_page
    assert (
        preview.refusal.isVisible() and "no column that could hold a name" in preview.refusal.text()
    )
    assert not wizard.button(NEXT).isEnabled()
    assert [c.header for c in preview.table.preview_model.columns] == ["Kto", "Skąd", "Uwagi"]

    _choose(wizard, "Kto", "full_name")
    assert not preview.refusal.isVisible()
    _choose(wizard, "Skąd", "organisation")
    _choose(wizard, "Uwagi", "dietary")
    assert preview.counts.text() == "New: 2 · Updated: 0 · Unchanged: 0 · Skipped: 0"
    _finish_import(qtbot, wizard)
    kowalski = next(d for d in _delegates(window) if d.surname == "Kowalski")
    assert (kowalski.given_names, kowalski.organisation, kowalski.dietary) == (
        "Jan",
        "Ministerstwo Rozwoju",
        "wegetarianin",
    )


def test_a_field_chosen_for_a_second_column_moves_there(window):
    wizard = _open(window, DATA / "by_full_name.xlsx")
    wizard.button(NEXT).click()
    _choose(wizard, "Тэлефон", "email")
    columns = {c.header: c.field for c in wizard.preview_page.table.preview_model.columns}
    assert columns["Тэлефон"] == "email" and columns["E-mail"] is None
    _choose(wizard, "Тэлефон", "ignored")
    _choose(wizard, "E-mail", "ignored")  # "ignore" may be chosen for any number of columns
    columns = {c.header: c.field for c in wizard.preview_page.table.preview_model.columns}
    assert columns["Тэлефон"] == columns["E-mail"] == "ignored"
    wizard.reject()


def test_a_workbook_with_several_sheets_offers_them(window):
    wizard = _open(window, DATA / "multi_sheet.xlsx")
    page = wizard.file_page
    assert page.sheet_combo.isVisible()
    assert [page.sheet_combo.itemText(i) for i in range(page.sheet_combo.count())] == [
        "Instructions",
        "Participants",
        "Lists",
    ]
    assert page.sheet_combo.currentText() == "Participants"  # the one that looks like a list
    page.sheet_combo.setCurrentText("Lists")
    page.sheet_combo.activated.emit(page.sheet_combo.currentIndex())
    assert wizard.sheet == "Lists"
    page.sheet_combo.setCurrentText("Participants")
    page.sheet_combo.activated.emit(page.sheet_combo.currentIndex())
    assert wizard.sheet == "Participants" and wizard.dry.result is not None
    assert len(wizard.dry.result.rows) == 2
    wizard.reject()


def test_file_menu_asks_for_a_file_in_the_last_folder(window, monkeypatch):
    asked: list[str] = []

    def answer(_parent, _title, folder, _filters):
        asked.append(folder)
        return (str(DATA / "pl_delegates.xlsx"), "")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", answer)
    window.actions.import_delegates.trigger()
    wizard = window.findChild(ImportWizard)
    assert wizard is not None and wizard.isVisible()
    assert wizard.dry is not None and wizard.dry.result is not None
    assert window.preferences.last_directory() == str(DATA)
    wizard.reject()

    def refuse(_parent, _title, folder, _filters):
        asked.append(folder)
        return ("", "")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", refuse)
    assert open_import_wizard(window, window.context, None) is None  # the coordinator cancelled
    assert asked == ["", str(DATA)]  # the second time it opens where the file was


def test_cancel_during_the_import_writes_nothing(
    make_window, database, small_visit_id, qtbot, monkeypatch
):
    window = make_window(database, small_visit_id, inline_tasks=False)  # real worker threads
    before = _delegates(window)
    importing, written, may_go_on = threading.Event(), threading.Event(), threading.Event()
    real_apply = import_jobs.apply_file

    def apply_then_wait(*args, **options):
        report = real_apply(*args, **options)
        if importing.is_set():  # the rows are written, not yet committed: the user cancels now
            written.set()
            may_go_on.wait(10)
        return report

    monkeypatch.setattr(import_jobs, "apply_file", apply_then_wait)
    wizard = _open(window, DATA / "by_full_name.xlsx")
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=10_000)
    wizard.button(NEXT).click()
    wizard.button(NEXT).click()
    importing.set()
    wizard.button(IMPORT).click()
    qtbot.waitUntil(written.is_set, timeout=10_000)
    page = wizard.import_page
    assert page.bar.isVisible() and page.cancel_button.isEnabled()
    page.cancel_button.click()
    may_go_on.set()
    qtbot.waitUntil(page.message.isVisible, timeout=10_000)
    assert page.message.text() == "The import was cancelled. Nothing was written."
    assert wizard.report is None and wizard.currentId() == ImportWizard.IMPORT
    assert _delegates(window) == before
    assert not window.editor.undo_stack.canUndo()
    assert page.again_button.isVisible()
    page.again_button.click()
    assert wizard.currentId() == ImportWizard.FILE
    wizard.reject()


def test_closing_the_wizard_while_it_reads_drops_the_answer_and_frees_it(
    make_window, database, small_visit_id, qtbot
):
    window = make_window(database, small_visit_id, inline_tasks=False)
    wizard = _open(window, DATA / "ru_title_merged.xls")
    assert wizard.checking
    wizard.reject()  # the check still running is cancelled; the wizard waits for its answer
    qtbot.waitUntil(lambda: window.tasks.running == 0, timeout=10_000)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(wizard)
    assert not window.editor.undo_stack.canUndo()
