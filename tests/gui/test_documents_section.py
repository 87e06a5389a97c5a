"""The Documents section: choose, generate on the task runner, read the file back."""

from __future__ import annotations

import re
import shutil
import threading
from pathlib import Path

import openpyxl
import pdfplumber
import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage
from PySide6.QtWidgets import QFileDialog

from studyvisit.db import Database
from studyvisit.documents.badge_layout import MM, load_layout
from studyvisit.services import documents as document_service
from studyvisit.services import visits
from studyvisit.ui.main_window import MainWindow
from studyvisit.ui.sections.documents import DocumentsSection

CYRILLIC = re.compile(r"[А-Яа-яЁё]")


def documents_section(window: MainWindow) -> DocumentsSection:
    section = window.show_section("documents")
    assert isinstance(section, DocumentsSection)
    return section


def generate(qtbot, section: DocumentsSection) -> None:
    qtbot.mouseClick(section.run_bar.generate, Qt.MouseButton.LeftButton)


def plan_of(window: MainWindow):
    with window.database.unit_of_work() as uow:
        return visits.load_plan(uow, window.current_visit_id())


def leftovers(folder: Path) -> list[str]:
    """Files in ``folder``: a failed or cancelled run must leave none, not even a temporary one."""
    return sorted(path.name for path in folder.iterdir())


@pytest.fixture
def out_folder(tmp_path: Path) -> Path:
    """An empty folder for the documents (tmp_path holds the database and the settings)."""
    folder = tmp_path / "documents"
    folder.mkdir()
    return folder


def badge_texts(path: Path, layout_name: str) -> list[str]:
    """The text of every badge slot on every page, whitespace collapsed (wrapped names rejoin)."""
    layout = load_layout(layout_name)
    texts = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            for slot in range(layout.per_page):
                box = layout.badge_rect(slot)
                crop = page.crop(
                    (box.x * MM, box.y * MM, box.right * MM, box.bottom * MM), strict=False
                )
                text = " ".join((crop.extract_text() or "").split())
                if text:
                    texts.append(text)
    return texts


# --------------------------------------------------------------------------- generating


def test_badges_for_the_demo_visit(demo_window: MainWindow, qtbot, out_folder: Path, monkeypatch):
    section = documents_section(demo_window)
    section.choose_document("badges")
    badges = section.settings.badges
    badges.choose_layout("a4-2x4-cards")
    # The short id code: pdfplumber takes seconds a page over the vCard codes' modules.
    badges.qr.setCurrentIndex(badges.qr.findData("id"))
    out = out_folder / "badges.pdf"
    section.settings.set_output(out)
    with qtbot.waitSignal(section.generated, timeout=20_000) as written:
        generate(qtbot, section)
    assert written.args == [str(out)]
    assert out.is_file() and leftovers(out_folder) == ["badges.pdf"]

    plan = plan_of(demo_window)
    texts = badge_texts(out, "a4-2x4-cards")
    assert len(texts) == len(plan.delegates) + len(plan.staff)  # staff badges come too
    joined = "\n".join(texts)
    for delegate in plan.delegates:
        assert delegate.latin_name in joined, delegate.latin_name
    assert "Saved" in section.run_bar.outcome_text and str(out) in section.run_bar.outcome_text

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    qtbot.mouseClick(section.run_bar.open, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(section.run_bar.reveal, Qt.MouseButton.LeftButton)
    assert opened[0] == QUrl.fromLocalFile(str(out))
    assert opened[1] == QUrl.fromLocalFile(str(out_folder))  # Linux: the folder itself


def test_badges_for_one_group_without_staff_with_blanks_and_a_logo(
    demo_window: MainWindow, qtbot, out_folder: Path
):
    logo = out_folder / "logo.png"
    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkBlue)
    assert image.save(str(logo))
    section = documents_section(demo_window)
    section.choose_document("badges")
    settings = section.settings
    settings.badges.choose_layout("a6-portrait")
    settings.choose_scope("group", "b")
    assert not settings.badges.staff.isEnabled()  # staff badges only with the whole visit
    settings.badges.blank.setValue(2)
    settings.badges.qr.setCurrentIndex(settings.badges.qr.findData("none"))
    settings.badges.set_logo_paths([str(logo)])
    out = out_folder / "group-b.pdf"
    settings.set_output(out)
    generate(qtbot, section)

    plan = plan_of(demo_window)
    members = [d for d in plan.delegates if "b" in d.group_keys]
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) == len(members) + 2  # A6: one badge a page, two blank
        assert all(page.images for page in pdf.pages)  # the logo is on every badge
    joined = "\n".join(badge_texts(out, "a6-portrait"))
    for delegate in plan.delegates:
        assert (delegate.latin_name in joined) == (delegate in members), delegate.latin_name
    assert not any(member.name in joined for member in plan.staff)


def test_agenda_in_russian_for_one_delegate(demo_window: MainWindow, qtbot, out_folder: Path):
    plan = plan_of(demo_window)
    delegate = next(d for d in plan.delegates if d.group_keys == ("a",))
    section = documents_section(demo_window)
    section.choose_document("agenda")
    settings = section.settings
    settings.choose_language("ru")
    settings.choose_scope("delegate", delegate.key)
    assert settings.target.isVisible()
    assert delegate.latin_name in settings.target.currentText()
    # The suggested name says whose programme it is, and in which language.
    assert settings.output.text().endswith(
        f"-agenda-{delegate.latin_name.replace(' ', '-')}-ru.pdf"
    )
    out = out_folder / "personal.pdf"
    settings.set_output(out)
    generate(qtbot, section)

    with pdfplumber.open(out) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    assert "Индивидуальная программа" in text
    assert delegate.latin_name in text and delegate.full_name in text
    assert "вторник, 2 июля 2019 г." in text
    group_b_only = [item for item in plan.agenda if item.group_keys == ("b",)]
    for item in group_b_only:  # another group's items are not in this delegate's programme
        assert item.title.get("ru", item.title.get("en", "")) not in text


def test_excel_schedule_reopens_with_real_dates(demo_window: MainWindow, qtbot, out_folder: Path):
    section = documents_section(demo_window)
    section.choose_document("schedule")
    assert not section.settings.format.isVisibleTo(section)  # one format: nothing to choose
    out = out_folder / "schedule.xlsx"
    section.settings.set_output(out)
    generate(qtbot, section)

    workbook = openpyxl.load_workbook(out)
    assert len(workbook.sheetnames) >= 4
    cells = [
        cell.value
        for sheet in workbook.worksheets
        for row in sheet.iter_rows(min_row=2, max_row=6)
        for cell in row
    ]
    import datetime as dt

    assert any(isinstance(value, dt.date | dt.datetime | dt.time) for value in cells)
    names = {
        str(cell.value)
        for sheet in workbook.worksheets
        for row in sheet.iter_rows()
        for cell in row
    }
    assert any(CYRILLIC.search(name) for name in names)


def test_delegate_list_as_csv_with_a_semicolon(demo_window: MainWindow, qtbot, out_folder: Path):
    section = documents_section(demo_window)
    section.choose_document("delegates")
    settings = section.settings
    assert not settings.delimiter.isVisibleTo(section)  # xlsx first: no delimiter to choose
    settings.format.setCurrentIndex(settings.format.findData("csv"))
    assert settings.delimiter.isVisibleTo(section)
    assert settings.output.text().endswith(".csv")  # the suggested name follows the format
    settings.choose_delimiter(";")
    out = out_folder / "delegates.csv"
    settings.set_output(out)
    generate(qtbot, section)
    header = out.read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.count(";") > 5 and "," not in header


# --------------------------------------------------------------------------- failures


def test_a_bad_logo_file_is_reported_and_leaves_no_file(
    demo_window: MainWindow, qtbot, out_folder: Path
):
    logo = out_folder / "inputs" / "logo.png"
    logo.parent.mkdir()
    logo.write_text("this is not a picture", encoding="utf-8")
    output_folder = out_folder / "out"
    output_folder.mkdir()
    section = documents_section(demo_window)
    section.choose_document("badges")
    section.settings.badges.set_logo_paths([str(logo)])
    section.settings.set_output(output_folder / "badges.pdf")
    with qtbot.assertNotEmitted(section.generated):
        generate(qtbot, section)
    message = section.run_bar.outcome_text
    assert "not saved" in message and "logo.png" in message and "not a PNG or JPEG" in message
    assert section.run_bar.message.isVisible() and not section.run_bar.open.isVisible()
    assert leftovers(output_folder) == []


def test_a_missing_output_folder_is_reported(demo_window: MainWindow, qtbot, out_folder: Path):
    section = documents_section(demo_window)
    section.choose_document("transport")
    out = out_folder / "no-such-folder" / "transport.pdf"
    section.settings.set_output(out)
    generate(qtbot, section)
    assert "does not exist" in section.run_bar.outcome_text
    assert leftovers(out_folder) == []


def test_an_empty_output_path_asks_for_one(demo_window: MainWindow, qtbot):
    section = documents_section(demo_window)
    section.settings.set_output("")
    generate(qtbot, section)
    assert "Choose where to save the file" in section.run_bar.outcome_text


def test_cancel_on_a_real_worker_thread_leaves_no_file(
    make_window, database: Database, demo_visit_id: int, qtbot, out_folder: Path, monkeypatch
):
    window = make_window(database, demo_visit_id, inline_tasks=False)
    section = documents_section(window)
    section.choose_document("badges")
    section.settings.badges.choose_layout("a6-portrait")
    section.settings.badges.blank.setValue(200)
    out = out_folder / "many.pdf"
    section.settings.set_output(out)
    if shutil.which("pdftoppm"):  # let the layout's preview (a worker job too) finish first
        qtbot.waitUntil(section.settings.badges.preview_shown, timeout=10_000)

    # The real generate on the real worker thread, held after its first page until
    # the test has pressed Cancel, so that the cancel cannot come too late.
    first_page, cancel_pressed = threading.Event(), threading.Event()
    worker_threads: set[int] = set()
    real_generate = document_service.generate

    def held_generate(*args, progress, cancel, **kwargs):
        def report(done: int, total: int, label: str) -> None:
            worker_threads.add(threading.get_ident())
            progress(done, total, label)
            if not first_page.is_set():
                first_page.set()
                assert cancel_pressed.wait(10)

        return real_generate(*args, progress=report, cancel=cancel, **kwargs)

    monkeypatch.setattr(document_service, "generate", held_generate)
    generate(qtbot, section)
    assert section.run_bar.running and not section.run_bar.generate.isEnabled()
    qtbot.waitUntil(first_page.is_set, timeout=10_000)
    qtbot.waitUntil(section.run_bar.cancel.isVisible, timeout=5_000)  # after a moment
    qtbot.mouseClick(section.run_bar.cancel, Qt.MouseButton.LeftButton)
    cancel_pressed.set()
    qtbot.waitUntil(lambda: not section.run_bar.running, timeout=10_000)

    assert threading.get_ident() not in worker_threads
    assert "Cancelled" in section.run_bar.outcome_text
    assert leftovers(out_folder) == []
    assert section.run_bar.generate.isEnabled()


def test_generating_on_a_real_worker_thread(
    make_window, database: Database, demo_visit_id: int, qtbot, out_folder: Path
):
    window = make_window(database, demo_visit_id, inline_tasks=False)
    section = documents_section(window)
    section.choose_document("attendance")
    pages = {}
    for per in ("day", "item"):
        section.settings.per.setCurrentIndex(section.settings.per.findData(per))
        out = out_folder / f"attendance-{per}.pdf"
        section.settings.set_output(out)
        with qtbot.waitSignal(section.generated, timeout=20_000):
            generate(qtbot, section)
        with pdfplumber.open(out) as pdf:
            pages[per] = len(pdf.pages)
    # One sheet per day for three days, one per agenda item for many more items.
    assert pages["day"] >= len(plan_of(window).visit.days)
    assert pages["item"] > pages["day"]


# --------------------------------------------------------------------------- choices


def test_only_the_choices_a_document_reads_are_shown(demo_window: MainWindow):
    section = documents_section(demo_window)
    settings = section.settings

    def shown(widget) -> bool:
        return widget.isVisibleTo(section)

    section.choose_document("ics")
    assert not shown(settings.format) and not shown(settings.badges) and not shown(settings.per)
    assert [settings.scope.itemData(i) for i in range(settings.scope.count())] == [
        "visit",
        "group",
        "delegate",
    ]
    section.choose_document("attendance")
    assert shown(settings.per) and shown(settings.format) and not shown(settings.delimiter)
    assert [settings.scope.itemData(i) for i in range(settings.scope.count())] == ["visit", "group"]
    section.choose_document("letters")
    assert shown(settings.letterhead) and not shown(settings.badges)
    section.choose_document("badges")
    assert shown(settings.badges) and not shown(settings.letterhead)
    settings.badges.choose_layout("avery-l4785")  # a layout without a back side
    assert not settings.badges.back_side.isEnabled()
    settings.badges.choose_layout("a6-portrait")
    assert settings.badges.back_side.isEnabled()
    # Every document of the registry is listed, and every one has a language to choose.
    listed = [kind.identifier for kind in section.model.all_records()]
    assert {"agenda", "badges", "attendance", "participants", "transport"} <= set(listed)
    assert {"delegates", "schedule", "ics", "letters"} <= set(listed)


def test_every_control_has_an_accessible_name(demo_window: MainWindow):
    section = documents_section(demo_window)
    section.choose_document("badges")
    for widget in [*section.settings.tab_chain(), section.run_bar.generate, section.table.view]:
        assert widget.accessibleName(), widget.objectName()


def test_save_dialog_and_the_remembered_folder(
    demo_window: MainWindow, qtbot, out_folder: Path, monkeypatch
):
    chosen = out_folder / "handouts" / "for-the-driver"
    chosen.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(chosen), "*.pdf")
    )
    section = documents_section(demo_window)
    section.choose_document("transport")
    qtbot.mouseClick(section.settings.choose_output, Qt.MouseButton.LeftButton)
    assert section.settings.output.text() == str(chosen) + ".pdf"
    section.settings.format.setCurrentIndex(section.settings.format.findData("xlsx"))
    assert section.settings.output.text() == str(chosen) + ".xlsx"  # the name stays, not the type
    generate(qtbot, section)
    assert (out_folder / "handouts" / "for-the-driver.xlsx").is_file()

    assert demo_window.preferences.last_directory() == str(chosen.parent)
    section.choose_document("ics")  # a new document: a new name, in the folder used last
    suggested = Path(section.settings.output.text())
    assert suggested.parent == chosen.parent and suggested.suffix == ".ics"


def test_choices_are_remembered_for_the_next_window(
    make_window, database: Database, demo_visit_id: int, qtbot, out_folder: Path
):
    first = make_window(database, demo_visit_id)
    section = documents_section(first)
    section.choose_document("participants")
    section.settings.choose_language("ru")
    section.settings.set_output(out_folder / "summary.pdf")
    generate(qtbot, section)
    assert (out_folder / "summary.pdf").is_file()

    second = make_window(database, demo_visit_id)  # same settings file
    again = documents_section(second)
    assert again.current_kind().identifier == "participants"
    assert again.settings.language.currentData() == "ru"
    assert Path(again.settings.output.text()).parent == out_folder


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="pdftoppm (Poppler) is not installed")
def test_badge_layout_preview(demo_window: MainWindow, qtbot):
    section = documents_section(demo_window)
    section.choose_document("badges")
    badges = section.settings.badges
    qtbot.waitUntil(badges.preview_shown, timeout=10_000)
    narrow = badges.preview.pixmap().size()
    badges.choose_layout("a6-portrait")
    qtbot.waitUntil(lambda: badges.preview.pixmap().height() > badges.preview.pixmap().width())
    section.settings.choose_language("ru")  # the sample's role band speaks the document's language
    assert badges.language() == "ru"
    qtbot.waitUntil(badges.preview_shown, timeout=10_000)
    badges.back_side.setChecked(True)  # front and back side by side
    qtbot.waitUntil(lambda: badges.preview.pixmap().width() > badges.preview.pixmap().height())
    assert "front and back" in badges.preview_note.text()
    assert narrow.width() > narrow.height()  # the 90 × 55 mm card lies landscape


def test_the_section_speaks_polish(demo_window: MainWindow):
    section = documents_section(demo_window)
    section.choose_document("agenda")
    demo_window.set_language("pl")
    assert section.heading.text() == "Dokumenty"
    assert section.run_bar.generate.text()  # retranslated, not emptied
    assert section.settings.language.count() == 3
