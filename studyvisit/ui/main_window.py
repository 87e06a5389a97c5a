"""The main window: the visit switcher, the section list, the sections, the status bar.

It talks to the data only through services, one unit of work per action.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from studyvisit.errors import NotFoundError, StudyvisitError
from studyvisit.records import VisitInfo
from studyvisit.ui import icons
from studyvisit.ui.context import WindowContext
from studyvisit.ui.database_backups import DatabaseBackups
from studyvisit.ui.database_watch import DatabaseWatch
from studyvisit.ui.dialogs.new_visit import NewVisit, NewVisitDialog
from studyvisit.ui.editing import VisitEditor
from studyvisit.ui.i18n import Translations, current_language, fill
from studyvisit.ui.menus import WindowActions
from studyvisit.ui.preferences import Preferences
from studyvisit.ui.section_list import NAME_ROLE, SectionListModel
from studyvisit.ui.sections import SECTION_BY_NAME, SECTION_FOR_REF, SECTIONS
from studyvisit.ui.sections.base import Section
from studyvisit.ui.sections.problems import problems_summary
from studyvisit.ui.tasks import TaskContext, TaskRunner
from studyvisit.ui.views import ListView
from studyvisit.ui.visit_data import LoadedVisit, check_problems, load_visit
from studyvisit.ui.visit_switcher import VisitSwitcher

if TYPE_CHECKING:
    # SQLAlchemy (under the services and studyvisit.db) takes about half a second to
    # import: the window paints first and imports it when the database is attached.
    from studyvisit.db import Database

DEFAULT_SIZE = QSize(1280, 800)
# Files dropped on the window: delegate lists go to the import wizard, visit files become visits.
SPREADSHEET_SUFFIXES = frozenset({".xlsx", ".xlsm", ".ods", ".xls", ".csv", ".txt"})
VISIT_FILE_SUFFIX = ".json"
# A visit this big (delegates) is read again after an edit on a worker thread:
# reading and checking 10,000 delegates takes seconds, the window stays usable.
BACKGROUND_RELOAD_FROM = 2_000


class BuiltSections(dict[str, Section]):
    """The sections made so far, by name; asking for another one makes it.

    A section is built when first shown (or asked for): most sessions open a
    few of them, and the start-up pays only for the one on screen.
    Iterating goes over the built ones.
    """

    def __init__(self, build: Callable[[str], Section]) -> None:
        super().__init__()
        self._build = build

    def __missing__(self, name: str) -> Section:
        if name not in SECTION_BY_NAME:
            raise KeyError(name)
        return self._build(name)


def dropped_file(urls) -> Path | None:
    """The first local file among ``urls`` that the window can take, or None."""
    for url in urls:
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            suffix = path.suffix.lower()
            if suffix in SPREADSHEET_SUFFIXES or suffix == VISIT_FILE_SUFFIX:
                return path
    return None


def database_label(database: Database) -> str:
    """The file, or the server URL without its password."""
    path = database.path
    return (
        str(path) if path is not None else database.engine.url.render_as_string(hide_password=True)
    )


class MainWindow(QMainWindow):
    visit_loaded = Signal(object)  # the LoadedVisit shown, or None
    exported = Signal(str)  # the path of a visit file written

    def __init__(
        self,
        database: Database | None,
        *,
        preferences: Preferences,
        translations: Translations,
        tasks: TaskRunner | None = None,
        visit_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main-window")
        self.setWindowIcon(icons.icon(icons.APP))
        # Owned: closed when the window closes or opens another. None until
        # attach_database() (run_gui paints the window before opening it).
        self.database: Database = database  # type: ignore[assignment]
        self.preferences = preferences
        self.translations = translations
        self.tasks = tasks if tasks is not None else TaskRunner(self)
        self.visit: LoadedVisit | None = None
        self._reload_generation = 0  # a reload's result is shown only if no later one began
        # Built sections not on screen that still show an older visit: brought up to
        # date when next shown (ten tables refilled after every edit cost 0.4 s at 10,000).
        self._stale_sections: set[str] = set()
        self._retranslate_pending = False

        self.actions = WindowActions(self)
        self.editor = VisitEditor(lambda: self.database, self)
        self.editor.tasks, self.editor.progress_parent = self.tasks, self  # big undos
        self.watch = DatabaseWatch(is_busy=lambda: self.tasks.running > 0, parent=self)
        self.backups = DatabaseBackups(self)
        self.context = WindowContext(
            database=lambda: self.database,
            editor=self.editor,
            tasks=self.tasks,
            preferences=preferences,
            import_delegates=self.import_delegates,
        )
        self._build_central()
        self._build_status_bar()
        self._connect()
        self.retranslate_ui()
        self._restore_layout()
        self.show_section(preferences.last_section() or "overview")
        self.setAcceptDrops(True)
        if database is not None:
            self.attach_database(database, visit_id)

    def attach_database(self, database: Database, visit_id: int | None = None) -> None:
        """Show ``database``: its visits, ``visit_id`` (else the one shown last time)."""
        self.database = database
        remembered = self.preferences.last_visit(database.url)
        self.reload_visits(select_id=visit_id if visit_id is not None else remembered)
        if self.switcher.current_visit_id() is None:
            self._visit_chosen(None)
        self.watch.watch(database)
        self.backups.update_actions()
        self._update_status()

    # ------------------------------------------------------------------ building

    def _build_central(self) -> None:
        self.switcher = VisitSwitcher(self)
        toolbar = QToolBar(self)
        toolbar.setObjectName("visit-toolbar")
        toolbar.setMovable(False)
        toolbar.setFloatable(False)
        toolbar.addWidget(self.switcher)
        self.addToolBar(toolbar)
        for action in (
            self.actions.new_visit,
            self.actions.duplicate_visit,
            self.actions.visit_properties,
            self.actions.delete_visit,
            self.actions.export_visit,
        ):
            self.switcher.add_action_button(action)
        # A right click on the visit offers what can be done to it.
        self.switcher.combo.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.switcher.combo.addActions(
            [
                self.actions.rename_visit,
                self.actions.visit_properties,
                self.actions.duplicate_visit,
                self.actions.delete_visit,
            ]
        )

        self.section_model = SectionListModel(SECTIONS, self)
        self.section_list = ListView(self)
        self.section_list.setObjectName("section-list")
        self.section_list.setModel(self.section_model)
        self.section_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.section_list.setMinimumWidth(170)
        self.section_list.setMaximumWidth(280)

        self.stack = QStackedWidget(self)
        self.sections = BuiltSections(self._build_section)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("main-splitter")
        self.splitter.addWidget(self.section_list)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([200, DEFAULT_SIZE.width() - 200])
        self.setCentralWidget(self.splitter)

    def _build_status_bar(self) -> None:
        self.database_status = QLabel(self)
        self.database_status.setObjectName("database-status")
        self.problem_status = QLabel(self)
        self.problem_status.setObjectName("problem-status")
        self.problem_status.setTextFormat(Qt.TextFormat.RichText)
        self.problem_status.linkActivated.connect(lambda _link: self.show_section("problems"))
        self.statusBar().addWidget(self.database_status, 1)
        self.statusBar().addPermanentWidget(self.problem_status)

    def _connect(self) -> None:
        actions = self.actions
        actions.open_database.triggered.connect(self.choose_database)
        actions.new_visit.triggered.connect(self.new_visit)
        actions.duplicate_visit.triggered.connect(self.duplicate_current_visit)
        actions.rename_visit.triggered.connect(lambda: self.edit_visit_properties("name"))
        actions.visit_properties.triggered.connect(lambda: self.edit_visit_properties("project"))
        actions.delete_visit.triggered.connect(self.delete_current_visit)
        actions.backup_database.triggered.connect(self.backups.back_up)
        actions.restore_backup.triggered.connect(self.backups.restore)
        actions.export_visit.triggered.connect(self.export_visit_file)
        actions.reload.triggered.connect(self.reload_visit)
        actions.import_delegates.triggered.connect(lambda: self.import_delegates(None))
        stack = self.editor.undo_stack
        actions.undo.triggered.connect(stack.undo)
        actions.redo.triggered.connect(stack.redo)
        stack.indexChanged.connect(lambda _index: self._update_undo_actions())
        self.editor.changed.connect(self.watch.rebaseline)  # our own commit, not an outside one
        self.editor.changed.connect(self._visit_edited)
        self.watch.changed_elsewhere.connect(self._changed_elsewhere)
        self.editor.failed.connect(self._edit_refused)
        actions.quit.triggered.connect(self.close)
        actions.find.triggered.connect(lambda: self.current_section().focus_search())
        actions.about.triggered.connect(self.show_about)
        for code, action in actions.languages.items():
            action.triggered.connect(lambda _checked=False, code=code: self.set_language(code))
        for name, action in actions.sections.items():
            action.triggered.connect(lambda _checked=False, name=name: self.show_section(name))
        self.switcher.visit_chosen.connect(self._visit_chosen)
        self.section_list.selectionModel().currentRowChanged.connect(self._section_row_changed)

    # ------------------------------------------------------------------ visits

    def reload_visits(self, select_id: int | None = None) -> None:
        """Read the visit list again and show ``select_id`` (else the current, else the first)."""
        from studyvisit.services import visits

        if self.database is None:
            return
        if select_id is None:
            select_id = self.switcher.current_visit_id()
        with self.database.unit_of_work() as uow:
            found = visits.list_visits(uow)
        self.switcher.set_visits(found, select_id)

    def reload_visit(self) -> None:
        """Read the chosen visit again (after a change made elsewhere)."""
        self.reload_visits()
        self._visit_chosen(self.switcher.current_visit_id())

    def current_visit_id(self) -> int | None:
        return self.visit.visit_id if self.visit else None

    def select_visit(self, visit_id: int) -> bool:
        return self.switcher.select(visit_id)

    def _visit_chosen(self, visit_id: int | None) -> None:
        self._reload_generation += 1  # a reload still running is for what was shown before
        loaded = None
        if visit_id is not None:
            try:
                if self._visit_is_big(visit_id):
                    # The visit shown so far stays (and stays editable) until this one is read.
                    self._reload_in_background(visit_id, self._reload_generation, self._show_chosen)
                    return
                loaded = load_visit(self.database, visit_id, current_language())
            except NotFoundError:  # deleted elsewhere since the list was read
                QTimer.singleShot(0, lambda: self.reload_visits(select_id=None))
        self._show_chosen(loaded)

    def _show_chosen(self, loaded: LoadedVisit | None) -> None:
        self.visit = loaded
        self.editor.set_visit(loaded.visit_id if loaded else None)
        self._show_in_sections()
        self.preferences.set_last_visit(self.database.url, loaded.visit_id if loaded else None)
        self._update_visit_state()
        self.visit_loaded.emit(loaded)

    def _visit_edited(self) -> None:
        """After an edit, undo or redo: read the visit again; sections keep their selections."""
        visit_id = self.current_visit_id()
        if visit_id is None:
            return
        self._reload_generation += 1
        if self._visit_is_big(visit_id):
            self._reload_in_background(visit_id, self._reload_generation, self._show_reloaded)
            return
        try:
            loaded = load_visit(self.database, visit_id, current_language())
        except NotFoundError:
            self.reload_visits(select_id=None)
            return
        self._show_reloaded(loaded)

    def _visit_is_big(self, visit_id: int) -> bool:
        """Counted, not taken from the visit shown: an import may just have made it big."""
        from studyvisit.services import visits

        shown = self.visit
        if (
            shown
            and shown.visit_id == visit_id
            and len(shown.plan.delegates) >= BACKGROUND_RELOAD_FROM
        ):
            return True
        with self.database.unit_of_work() as uow:
            return visits.count_delegates(uow, visit_id) >= BACKGROUND_RELOAD_FROM

    def _reload_in_background(
        self, visit_id: int, generation: int, show: Callable[[LoadedVisit], None]
    ) -> None:
        """Read a big visit on a worker; ``show`` gets it on the GUI thread when it is read."""
        database, language = self.database, current_language()
        self.statusBar().showMessage(self.tr("Reading the visit…"))

        def read(_context: TaskContext) -> LoadedVisit:  # worker thread: no widgets here
            return load_visit(database, visit_id, language)

        def still_wanted() -> bool:
            # A later edit or choice started another reload, or another database is open.
            return generation == self._reload_generation and self.database is database

        def read_done(loaded: LoadedVisit) -> None:
            if still_wanted():
                self.statusBar().clearMessage()
                show(loaded)

        def read_failed(error: BaseException) -> None:
            if not still_wanted():
                return
            self.statusBar().clearMessage()
            if isinstance(error, NotFoundError):
                self.reload_visits(select_id=None)
            else:
                QMessageBox.warning(
                    self,
                    self.tr("Visit not read"),
                    fill(self.tr("The visit could not be read again: %1"), str(error)),
                )

        self.tasks.run(read, read_done, read_failed)

    def _show_reloaded(self, loaded: LoadedVisit) -> None:
        self.visit = loaded
        self._show_in_sections()
        self.switcher.update_visit(loaded.plan.visit)
        self._update_visit_state()
        self.visit_loaded.emit(loaded)

    def _show_in_sections(self) -> None:
        """The section on screen shows ``self.visit`` now, the others when next shown."""
        current = self.stack.currentWidget()
        for name, section in self.sections.items():
            if section is current:
                self._stale_sections.discard(name)
                section.show_visit(self.visit)
            else:
                self._stale_sections.add(name)

    def _bring_up_to_date(self, name: str) -> None:
        if name in self._stale_sections:
            self._stale_sections.discard(name)
            self.sections[name].show_visit(self.visit)

    def _edit_refused(self, reason: str) -> None:
        QMessageBox.warning(self, self.tr("Change not made"), reason)

    def _changed_elsewhere(self) -> None:
        """Someone else changed the database: show their data, forget snapshots that predate it."""
        self.editor.forget_history()  # undoing now would overwrite their change
        self.reload_visits()  # the same visit (or another if it was deleted), section and selections stay
        self.statusBar().showMessage(
            self.tr(
                "The database was changed elsewhere (another window, program or person): "
                "the visit was read again and the undo history cleared."
            ),
            15000,
        )

    def _update_undo_actions(self) -> None:
        stack = self.editor.undo_stack
        if not shiboken6.isValid(stack) or not shiboken6.isValid(self.actions.undo):
            return  # the stack says goodbye while the window is destroyed
        self.actions.undo.setEnabled(stack.canUndo())
        self.actions.redo.setEnabled(stack.canRedo())
        undo_text, redo_text = stack.undoText(), stack.redoText()
        self.actions.undo.setText(
            fill(self.tr("&Undo %1"), undo_text) if undo_text else self.tr("&Undo")
        )
        self.actions.redo.setText(
            fill(self.tr("&Redo %1"), redo_text) if redo_text else self.tr("&Redo")
        )

    def import_delegates(self, path: str | None = None) -> None:
        """Open the import wizard on ``path`` (None: it asks for a file)."""
        if self.visit is None:
            return
        # Imported when used: the wizard pulls in the spreadsheet readers.
        from studyvisit.ui.dialogs.import_wizard import open_import_wizard

        open_import_wizard(self, self.context, path)

    def _update_visit_state(self) -> None:
        has_visit = self.visit is not None
        for action in (
            self.actions.import_delegates,
            self.actions.delete_visit,
            self.actions.export_visit,
            self.actions.duplicate_visit,
            self.actions.rename_visit,
            self.actions.visit_properties,
        ):
            action.setEnabled(has_visit)
        self.actions.reload.setEnabled(True)
        if has_visit:
            self.setWindowTitle(fill(self.tr("%1 — studyvisit"), self.visit.plan.visit.name))
        else:
            self.setWindowTitle("studyvisit")
        self._update_status()

    def _update_status(self) -> None:
        if self.database is None:
            self.database_status.setText(self.tr("Opening the database…"))
            return
        self.database_status.setText(fill(self.tr("Database: %1"), database_label(self.database)))
        self.database_status.setToolTip(self.database.url if self.database.path is None else "")
        if self.visit is None:
            self.problem_status.setText("")
            self.section_model.set_icon("problems", None)
            return
        check = self.visit.check
        self.problem_status.setText(f'<a href="problems">{problems_summary(self.visit)}</a>')
        self.problem_status.setToolTip(self.tr("Show the problems of the plan"))
        mark = "error" if check.errors else "warning" if check.warnings else None
        self.section_model.set_icon("problems", icons.severity_icon(mark) if mark else None)

    def new_visit(self) -> VisitInfo | None:
        """Ask for a name and dates; create the visit and switch to it."""
        dialog = NewVisitDialog(self)
        while dialog.exec():
            try:
                return self.create_visit(dialog.result_visit())
            except StudyvisitError as error:  # e.g. refused by the service
                dialog.show_error(str(error))
        return None

    def create_visit(self, request: NewVisit) -> VisitInfo:
        from studyvisit.services import visits

        with self.database.unit_of_work() as uow:
            created = visits.create_visit(
                uow, request.name, request.start_date, request.end_date, **request.details
            )
            uow.commit()
        self.watch.rebaseline()
        self.reload_visits(select_id=created.id)
        self.show_section("overview")
        return created

    def edit_visit_properties(self, focus: str = "name") -> bool:
        """The visit's name, dates, project... in a dialog; saved as one undoable edit."""
        if self.visit is None:
            return False
        from studyvisit.ui.dialogs.visit_properties import edit_visit_properties

        return edit_visit_properties(self, self.context, self.visit.plan.visit, focus=focus)

    def duplicate_current_visit(self) -> VisitInfo | None:
        """Ask for a name and a start; make a new visit from this one as a template."""
        if self.visit is None:
            return None
        dialog = NewVisitDialog(self, template=self.visit.plan.visit)
        while dialog.exec():
            request = dialog.result_visit()
            try:
                return self.create_from_template(request.name, request.start_date)
            except StudyvisitError as error:
                dialog.show_error(str(error))
        return None

    def create_from_template(self, name: str, start_date) -> VisitInfo:
        from studyvisit.services import visit_template, visits

        assert self.visit is not None
        template_id = self.visit.visit_id
        with self.database.unit_of_work() as uow:
            new_id = visit_template.duplicate_as_template(uow, template_id, name, start_date)
            created = visits.get_visit(uow, new_id)
            uow.commit()
        self.watch.rebaseline()
        self.reload_visits(select_id=new_id)
        self.show_section("overview")
        self.statusBar().showMessage(
            fill(self.tr("New visit “%1” made from the template; add its delegates."), name),
            10000,
        )
        return created

    def import_visit_file(self, path: Path) -> int | None:
        """Add the visit in a visit file and switch to it; a refusal is shown, nothing written."""
        from studyvisit.services import visit_file

        try:
            document = visit_file.read_document(path)
            with self.database.unit_of_work() as uow:
                visit_id = visit_file.import_document(uow, document)
                uow.commit()
        except StudyvisitError as error:
            QMessageBox.warning(
                self,
                self.tr("Import visit file"),
                fill(self.tr("The visit file %1 was not imported: %2"), path.name, str(error)),
            )
            return None
        self.watch.rebaseline()
        self.reload_visits(select_id=visit_id)
        self.show_section("overview")
        self.statusBar().showMessage(fill(self.tr("Visit imported from %1"), path.name), 8000)
        return visit_id

    # ------------------------------------------------------------------ drag and drop

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and dropped_file(event.mimeData().urls()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasUrls() and dropped_file(event.mimeData().urls()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = dropped_file(event.mimeData().urls()) if event.mimeData().hasUrls() else None
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        # After the drop returns: the file manager that sent it must not wait on our dialogs.
        QTimer.singleShot(0, self, lambda: self.open_dropped_file(path))

    def open_dropped_file(self, path: Path) -> None:
        """A visit file becomes a new visit; a spreadsheet goes to the import wizard."""
        if path.suffix.lower() == VISIT_FILE_SUFFIX:
            self.import_visit_file(path)
        elif self.visit is None:
            self.statusBar().showMessage(
                self.tr("Create or choose a visit first: delegates are imported into a visit."),
                10000,
            )
        else:
            self.import_delegates(str(path))

    def delete_current_visit(self, *, confirm: bool = True) -> bool:
        from studyvisit.services import visits

        if self.visit is None:
            return False
        info = self.visit.plan.visit
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Delete visit"),
                fill(
                    self.tr(
                        "Delete the visit “%1” with its %Ln delegate(s), agenda and transport? "
                        "This cannot be undone; export the visit file first to keep a copy.",
                        "",
                        len(self.visit.plan.delegates),
                    ),
                    info.name,
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        with self.database.unit_of_work() as uow:
            visits.delete_visit(uow, info.id)
            uow.commit()
        self.watch.rebaseline()
        self.switcher.set_visits([])  # forget the deleted one before choosing another
        self.reload_visits()
        return True

    # ------------------------------------------------------------------ export

    def export_visit_file(self) -> None:
        if self.visit is None:
            return
        info = self.visit.plan.visit
        folder = self.preferences.last_directory() or str(Path.home())
        suggested = os.path.join(folder, f"{_file_stem(info.name)}.json")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export visit file"), suggested, self.tr("Visit files (*.json)")
        )
        if path:
            self.export_visit_file_to(Path(path))

    def export_visit_file_to(self, path: Path) -> None:
        """Write the chosen visit as a visit file, off the GUI thread."""
        from studyvisit.services import visit_file

        if self.visit is None:
            return
        visit_id, database = self.visit.visit_id, self.database
        if path.suffix.lower() != ".json":
            path = path.with_name(path.name + ".json")

        reading, writing = self.tr("Reading the visit…"), self.tr("Writing the file…")

        def write(context: TaskContext) -> Path:  # runs on a worker thread: no widgets here
            context.progress(0, 2, reading)
            with database.unit_of_work() as uow:  # its own unit of work, on its own thread
                document = visit_file.export_visit(uow, visit_id)
            context.raise_if_cancelled()
            context.progress(1, 2, writing)
            visit_file.write_document(document, path)
            return path

        self.preferences.set_last_directory(str(path.parent))
        self.tasks.run(
            write,
            self._exported,
            self._export_failed,
            label=self.tr("Exporting the visit file…"),
            parent=self,
        )

    def _exported(self, path: Path) -> None:
        self.statusBar().showMessage(fill(self.tr("Visit file saved: %1"), path), 8000)
        self.exported.emit(str(path))

    def _export_failed(self, error: BaseException) -> None:
        detail = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        QMessageBox.warning(
            self,
            self.tr("Export visit file"),
            fill(self.tr("The visit file was not saved: %1"), detail),
        )

    # ------------------------------------------------------------------ databases

    def choose_database(self) -> None:
        current = self.database.path if self.database is not None else None
        folder = str(current.parent) if current else self.preferences.last_directory()
        dialog = QFileDialog(self, self.tr("Open database"), folder)
        dialog.setNameFilters(
            [self.tr("studyvisit databases (*.sqlite3 *.db)"), self.tr("All files (*)")]
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)  # a new name starts a new database
        if dialog.exec() and dialog.selectedFiles():
            self.open_database_at(dialog.selectedFiles()[0])

    def open_database_at(self, location: str) -> bool:
        """Switch to the database at ``location``; a refusal is shown and changes nothing."""
        from studyvisit.db import open_database

        try:
            opened = open_database(location)
        except StudyvisitError as error:
            show_database_error(self, error)
            return False
        self.watch.stop()
        old, self.database = self.database, opened
        if old is not None:
            old.close()
        self.editor.forget_history()
        self.watch.watch(opened)
        self.backups.update_actions()
        self.reload_visits(select_id=self.preferences.last_visit(opened.url))
        if self.switcher.current_visit_id() is None:
            self._visit_chosen(None)
        self._update_status()
        return True

    # ------------------------------------------------------------------ sections

    def _build_section(self, name: str) -> Section:
        """Make the section ``name``, wired to the window and showing the chosen visit."""
        section = SECTION_BY_NAME[name].load()(self.stack)
        self.sections[name] = section
        self.stack.addWidget(section)
        section.reveal_requested.connect(self.reveal)
        section.attach(self.context)
        if name == "documents":
            section.export_requested.connect(self.export_visit_file)  # type: ignore[attr-defined]
        elif name == "overview":
            section.edit_requested.connect(self.edit_visit_properties)  # type: ignore[attr-defined]
        section.retranslate()
        for table in section.tables():
            table.restore_layout(self.preferences)
        section.show_visit(self.visit)
        return section

    def show_section(self, name: str) -> Section:
        if name not in SECTION_BY_NAME:
            name = "overview"
        section = self.section(name)
        row = self.section_model.row_of(name)
        self.section_list.selectionModel().setCurrentIndex(
            self.section_model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.stack.setCurrentWidget(section)
        return section

    def current_section(self) -> Section:
        widget = self.stack.currentWidget()
        assert isinstance(widget, Section)
        return widget

    def section(self, name: str) -> Section:
        """The section ``name``, built if need be and showing the current visit."""
        section = self.sections[name]
        self._bring_up_to_date(name)
        return section

    def _section_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        name = current.data(NAME_ROLE)
        self.stack.setCurrentWidget(self.section(name))
        self.preferences.set_last_section(name)

    def reveal(self, refs: Sequence[str]) -> bool:
        """Show the section holding the records of ``refs`` and select them there.

        Agenda items come first (a problem about a delegate's agenda shows the
        itinerary), then runs, vehicles, delegates... in SECTION_FOR_REF's order.
        """
        kinds = {ref.partition(":")[0] for ref in refs}
        for kind, name in SECTION_FOR_REF.items():
            if kind in kinds:
                return self.show_section(name).reveal(refs)
        return False

    # ------------------------------------------------------------------ language

    def set_language(self, language: str) -> None:
        """Switch the interface language in place: visit, section, selections and searches stay."""
        self.preferences.set_language(language)
        self.translations.install(language)
        self.retranslate_ui()
        if self.visit is not None:
            # The checker writes its messages in the interface language: ask again.
            self.visit = self.visit.with_check(check_problems(self.visit.plan, language))
            for name in ("problems", "overview"):
                if name in self.sections:  # the others get it when they are built
                    self._stale_sections.add(name)
                    if self.sections[name] is self.stack.currentWidget():
                        self._bring_up_to_date(name)
            self._update_status()

    def retranslate_ui(self) -> None:
        self._retranslate_pending = False
        self.actions.retranslate()
        for code, action in self.actions.languages.items():
            action.setChecked(code == self.translations.language)
        self.switcher.retranslate()
        self._update_undo_actions()
        self.section_model.retranslate()
        self.section_list.setAccessibleName(self.tr("Sections"))
        self.backups.update_actions()
        for section in self.sections.values():
            section.retranslate()
        self._update_visit_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not self._retranslate_pending:
            # Installing translators sends several events: retranslate once, after them.
            self._retranslate_pending = True
            QTimer.singleShot(0, self, self._retranslate_if_pending)  # dropped if the window goes
        super().changeEvent(event)

    def show_about(self) -> None:
        from studyvisit.ui.dialogs.about import show_about

        show_about(self)

    def _retranslate_if_pending(self) -> None:
        if self._retranslate_pending:
            self.retranslate_ui()

    # ------------------------------------------------------------------ layout

    def _restore_layout(self) -> None:
        geometry = self.preferences.state("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(DEFAULT_SIZE)
        state = self.preferences.state("window/state")
        if state is not None:
            self.restoreState(state)
        splitter = self.preferences.state("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        # Column layouts are restored as each section is built.

    def save_layout(self) -> None:
        self.preferences.set_state("window/geometry", self.saveGeometry())
        self.preferences.set_state("window/state", self.saveState())
        self.preferences.set_state("window/splitter", self.splitter.saveState())
        for section in self.sections.values():
            for table in section.tables():
                table.save_layout(self.preferences)
        self.preferences.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self.watch.stop()
        self.tasks.shutdown()
        if self.database is not None:
            self.database.close()
        super().closeEvent(event)


def show_database_error(parent: QWidget | None, error: Exception) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("MainWindow", "Database"))
    box.setText(QCoreApplication.translate("MainWindow", "The database cannot be opened."))
    box.setInformativeText(str(error))
    box.exec()


def _file_stem(name: str) -> str:
    """A file name from a visit name: letters (any script), digits, dashes."""
    stem = "".join(ch if ch.isalnum() else "-" for ch in name.strip())
    return "-".join(part for part in stem.split("-") if part)[:60] or "visit"
