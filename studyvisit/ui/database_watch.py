"""Noticing that the database was changed from outside while the window is open.

Every ``interval_ms`` the watch reads a change token (see
studyvisit.services.database_changes): SQLite's ``data_version`` on a
connection of its own, or a fingerprint of the tables on a server. Our own
commits change the token as well, so the window calls ``rebaseline()`` after
each of them; while one of our background jobs runs (an import commits from
a worker), nothing is compared and a fresh baseline is read once it is over.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:  # SQLAlchemy is imported after the window's first paint
    from studyvisit.db import Database
    from studyvisit.services.database_changes import ChangeProbe

log = logging.getLogger(__name__)

DEFAULT_INTERVAL_MS = 1500


class DatabaseWatch(QObject):
    changed_elsewhere = Signal()

    def __init__(
        self,
        *,
        is_busy: Callable[[], bool] = lambda: False,
        interval_ms: int = DEFAULT_INTERVAL_MS,
        fingerprint: bool | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._is_busy = is_busy
        self._fingerprint = fingerprint
        self._probe: ChangeProbe | None = None
        self._baseline: Hashable | None = None
        self._rebaseline_due = False
        self._failing = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)

    def watch(self, database: Database) -> None:
        """Watch ``database`` from now on (a previous one is let go)."""
        from studyvisit.services.database_changes import change_probe

        self.stop()
        try:
            self._probe = change_probe(database, fingerprint=self._fingerprint)
            self._baseline = self._probe.read()
        except Exception:  # noqa: BLE001 - a watch that cannot start must not stop the window
            log.warning("Changes made elsewhere will not be noticed", exc_info=True)
            self.stop()
            return
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        if self._probe is not None:
            self._probe.close()
        self._probe = None
        self._baseline = None

    @property
    def active(self) -> bool:
        return self._probe is not None

    def rebaseline(self) -> None:
        """After our own commit: what the database is now is what we show."""
        if self._probe is not None:
            self._baseline = self._read()

    def poll(self) -> bool:
        """Compare with the baseline; True (and ``changed_elsewhere``) when it moved."""
        if self._probe is None:
            return False
        if self._is_busy():
            self._rebaseline_due = True  # our own worker may commit meanwhile
            return False
        token = self._read()
        if token is None:
            return False
        if self._rebaseline_due or self._baseline is None:
            self._rebaseline_due = False
            self._baseline = token
            return False
        if token == self._baseline:
            return False
        self._baseline = token
        self.changed_elsewhere.emit()
        return True

    def _read(self) -> Hashable | None:
        assert self._probe is not None
        try:
            token = self._probe.read()
        except Exception:  # noqa: BLE001 - a locked file or a lost server: try again later
            if not self._failing:
                log.warning("Cannot check the database for changes", exc_info=True)
            self._failing = True
            return None
        self._failing = False
        return token
