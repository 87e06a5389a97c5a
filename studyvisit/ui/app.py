"""Starting the GUI: the QApplication, languages, the database, the main window.

``run_gui`` is what ``studyvisit`` and ``studyvisit --demo`` call;
``build_main_window`` makes the same window without an event loop (tests,
screenshots).
"""

from __future__ import annotations

import logging
import os
import sys
import time
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from studyvisit import __version__
from studyvisit.errors import StudyvisitError
from studyvisit.ui import icons
from studyvisit.ui.appearance import apply_appearance
from studyvisit.ui.i18n import Translations, system_language
from studyvisit.ui.main_window import MainWindow, show_database_error
from studyvisit.ui.preferences import Preferences
from studyvisit.ui.tasks import TaskRunner

if TYPE_CHECKING:  # imported after the first paint (see run_gui)
    from studyvisit.db import Database

log = logging.getLogger(__name__)
# Set to 1 by benchmarks/bench_startup.py: print the time of the first paint, then quit.
EXIT_AFTER_PAINT_ENV = "STUDYVISIT_EXIT_AFTER_PAINT"
_translations: Translations | None = None


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (made once), named for QSettings, in the application's look."""
    app = QApplication.instance()
    if app is None:
        # Fractional scaling (125 %, 150 %) drawn as such, not rounded to whole pixels.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    QCoreApplication.setOrganizationName("studyvisit")
    QCoreApplication.setApplicationName("studyvisit")
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName("studyvisit")
    app.setWindowIcon(icons.icon(icons.APP))
    apply_appearance(app)
    return app


def shared_translations(app: QCoreApplication) -> Translations:
    """The application's one Translations object (translators must not pile up)."""
    global _translations
    if _translations is None or _translations.parent() is not app:
        _translations = Translations(app)
    return _translations


def build_main_window(
    database: Database | str,
    visit_id: int | None = None,
    *,
    settings: QSettings | None = None,
    language: str | None = None,
    inline_tasks: bool = False,
) -> MainWindow:
    """The main window on ``database`` (a Database or a location), not yet shown.

    ``settings`` replaces the user's QSettings (tests pass an INI file);
    ``language`` overrides the remembered or system language; ``inline_tasks``
    runs background jobs at once on the calling thread (tests).
    """
    app = create_application()
    preferences = Preferences(settings)
    translations = shared_translations(app)
    translations.install(language or preferences.language() or system_language())
    if isinstance(database, str):
        from studyvisit.db import open_database

        database = open_database(database)
    window = MainWindow(
        database,
        preferences=preferences,
        translations=translations,
        tasks=TaskRunner(inline=inline_tasks),
        visit_id=visit_id,
    )
    window.tasks.setParent(window)
    return window


def run_gui(
    location: str | None = None,
    visit_id: int | None = None,
    *,
    prepare: Callable[[], tuple[str, int | None]] | None = None,
) -> int:
    """Open the main window on the database at ``location``; returns the exit status.

    The window is shown and painted first; then the database is opened (and
    ``prepare()`` run, which returns the location and visit to show, e.g. a
    fresh demo database), so the program answers at once while SQLAlchemy,
    the migrations and the first plan check take their time.
    """
    app = create_application()
    preferences = Preferences()
    translations = shared_translations(app)
    translations.install(preferences.language() or system_language())
    window = MainWindow(None, preferences=preferences, translations=translations)
    outcome = {"status": 0}

    def attach() -> None:
        from studyvisit.db import open_database

        try:
            where, which = prepare() if prepare is not None else (location, visit_id)
            database = open_database(where)
        except StudyvisitError as error:
            print(f"error: {error}", file=sys.stderr)
            show_database_error(window, error)
            outcome["status"] = 1
            window.close()
            return
        window.attach_database(database, which)
        if os.environ.get(EXIT_AFTER_PAINT_ENV) == "1":
            QTimer.singleShot(0, window, lambda: _report_time("visit-shown"))

    window.installEventFilter(AfterFirstPaint(window, attach))
    if os.environ.get(EXIT_AFTER_PAINT_ENV) == "1":
        window.installEventFilter(FirstPaintReporter(window))
    window.show()
    sys.excepthook = _report_unexpected_error
    status = app.exec()
    return outcome["status"] or status


def _report_time(what: str) -> None:
    print(f"{what} {time.time():.6f}", flush=True)
    if what == "visit-shown":
        QCoreApplication.quit()


class AfterFirstPaint(QObject):
    """Runs ``action`` once, in the turn of the event loop after the window's first paint."""

    def __init__(self, window: QObject, action: Callable[[], None]) -> None:
        super().__init__(window)
        self._action: Callable[[], None] | None = action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._action is not None:
            action, self._action = self._action, None
            QTimer.singleShot(0, self, action)
        return False


class FirstPaintReporter(QObject):
    """Prints ``first-paint <epoch seconds>`` once the window has painted.

    The time is taken in the next turn of the event loop, after the whole paint
    pass (children included) has been drawn and flushed.
    """

    def __init__(self, window: QObject) -> None:
        super().__init__(window)
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._seen:
            self._seen = True
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        _report_time("first-paint")  # the visit follows; "visit-shown" then quits


def _report_unexpected_error(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """A bug in a slot: say so instead of failing silently, and keep the window up."""
    details = "".join(traceback.format_exception(kind, error, trace))
    log.error("Unexpected error\n%s", details)
    sys.__excepthook__(kind, error, trace)
    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle("studyvisit")
    box.setText(QCoreApplication.translate("App", "Something went wrong inside studyvisit."))
    box.setInformativeText(
        QCoreApplication.translate(
            "App",
            "Nothing half-done was saved: every action is saved whole or not at all. Please report this error.",
        )
    )
    box.setDetailedText(details)
    box.exec()
