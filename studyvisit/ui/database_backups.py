"""File → Back up database and File → Restore from backup, for the main window.

The copying is done by studyvisit.services.backup (no Qt); this module asks
for the files, confirms, runs the backup off the GUI thread, and after a
restore shows the window on the restored data.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

from studyvisit.errors import StudyvisitError
from studyvisit.ui.i18n import fill

if TYPE_CHECKING:
    from studyvisit.ui.main_window import MainWindow


class DatabaseBackups(QObject):
    backed_up = Signal(str)  # the path of a backup written

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def update_actions(self) -> None:
        """Backups are for a database file; a server database has its own tools."""
        database = self.window.database
        local = database is not None and database.path is not None
        actions = self.window.actions
        for action, tip in (
            (
                actions.backup_database,
                self.tr("Save a copy of the whole database (every visit) to a file"),
            ),
            (
                actions.restore_backup,
                self.tr("Replace the database by a backup; the current data is kept aside first"),
            ),
        ):
            action.setEnabled(local)
            action.setToolTip(
                tip
                if local
                else self.tr(
                    "A server database is backed up with the server's own tools "
                    "(for PostgreSQL: pg_dump and pg_restore)."
                )
            )

    # ------------------------------------------------------------------ back up

    def back_up(self) -> None:
        """Ask where (a name with the date and time is proposed) and back up there."""
        from studyvisit.services import backup

        window = self.window
        path = window.database.path
        if path is None:
            return
        folder = window.preferences.last_directory() or str(path.parent)
        suggested = os.path.join(folder, backup.default_backup_name(path))
        target, _filter = QFileDialog.getSaveFileName(
            window,
            self.tr("Back up database"),
            suggested,
            self.tr("studyvisit databases (*.sqlite3 *.db)"),
        )
        if target:
            self.back_up_to(Path(target))

    def back_up_to(self, target: Path) -> None:
        """Copy the whole database to ``target``, off the GUI thread."""
        from studyvisit.services import backup

        window = self.window
        database = window.database
        window.preferences.set_last_directory(str(target.parent))
        window.tasks.run(
            lambda _context: backup.back_up(database, target),
            self._backed_up,
            self._backup_failed,
            label=self.tr("Backing up the database…"),
            parent=window,
        )

    def _backed_up(self, path: Path) -> None:
        self.window.statusBar().showMessage(fill(self.tr("Database backed up to %1"), path), 10000)
        self.backed_up.emit(str(path))

    def _backup_failed(self, error: BaseException) -> None:
        QMessageBox.warning(
            self.window,
            self.tr("Back up database"),
            fill(self.tr("The backup was not made: %1"), str(error)),
        )

    # ------------------------------------------------------------------ restore

    def restore(self) -> None:
        """Ask for a backup file and restore from it."""
        window = self.window
        path = window.database.path
        if path is None:
            return
        folder = window.preferences.last_directory() or str(path.parent)
        chosen, _filter = QFileDialog.getOpenFileName(
            window,
            self.tr("Restore from backup"),
            folder,
            self.tr("studyvisit databases (*.sqlite3 *.db);;All files (*)"),
        )
        if chosen:
            self.restore_from(Path(chosen))

    def restore_from(self, chosen: Path, *, confirm: bool = True) -> bool:
        """Replace the database by the backup ``chosen``, keeping a safety copy; reopen on it.

        A file that is not a studyvisit database is refused before anything is
        asked or changed.
        """
        from studyvisit.services import backup

        window = self.window
        database = window.database
        try:
            prepared = backup.prepare_restore(chosen, database)
        except StudyvisitError as error:
            self._warn(fill(self.tr("Nothing was restored: %1"), str(error)))
            return False
        assert database.path is not None
        safety = backup.safety_copy_path(database.path)
        if confirm and not self._confirm(chosen, prepared.visit_names, safety):
            prepared.discard()
            return False
        current_id = window.current_visit_id()
        window.watch.stop()  # our own replacement is not an outside change
        database.close()  # no pooled connection of ours stays on the old contents
        try:
            backup.restore(prepared, database, safety)
        except StudyvisitError as error:
            self._warn(fill(self.tr("The backup was not restored: %1"), str(error)))
            window.watch.watch(database)
            return False
        window.editor.forget_history()  # the history belongs to the data just replaced
        window.watch.watch(database)
        window.reload_visits(select_id=current_id)
        window.statusBar().showMessage(
            fill(
                self.tr("Restored from %1; the database as it was is kept as %2"),
                chosen.name,
                safety,
            ),
            15000,
        )
        return True

    def _confirm(self, chosen: Path, visit_names: tuple[str, ...], safety: Path) -> bool:
        database_path = self.window.database.path
        assert database_path is not None
        names = ", ".join(f"“{name}”" for name in visit_names) or self.tr("none")
        answer = QMessageBox.question(
            self.window,
            self.tr("Restore from backup"),
            fill(
                self.tr(
                    "Replace everything in the database %1 by the backup %2?\n\n"
                    "Visits in the backup: %3.\n\n"
                    "The database as it is now is kept as %4."
                ),
                database_path.name,
                chosen.name,
                names,
                safety.name,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self.window, self.tr("Restore from backup"), text)
