"""What the application remembers between runs (QSettings), behind typed methods.

Tests pass their own QSettings (an INI file in a temporary folder) so they
never touch the user's real settings.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QByteArray, QSettings


def _database_key(database_url: str) -> str:
    # QSettings treats "/" as a group separator: name each database by a digest.
    return hashlib.sha1(database_url.encode("utf-8")).hexdigest()[:16]


class Preferences:
    def __init__(self, settings: QSettings | None = None) -> None:
        self.settings = settings if settings is not None else QSettings()

    # ------------------------------------------------------------------ language

    def language(self) -> str | None:
        value = self.settings.value("ui/language")
        return str(value) if value else None

    def set_language(self, language: str) -> None:
        self.settings.setValue("ui/language", language)

    # ------------------------------------------------------------------ visit and section

    def last_visit(self, database_url: str) -> int | None:
        value = self.settings.value(f"databases/{_database_key(database_url)}/last_visit")
        try:
            return int(value) if value is not None else None
        except (TypeError, ValueError):
            return None

    def set_last_visit(self, database_url: str, visit_id: int | None) -> None:
        key = f"databases/{_database_key(database_url)}/last_visit"
        if visit_id is None:
            self.settings.remove(key)
        else:
            self.settings.setValue(key, visit_id)

    def last_section(self) -> str | None:
        value = self.settings.value("window/section")
        return str(value) if value else None

    def set_last_section(self, name: str) -> None:
        self.settings.setValue("window/section", name)

    def last_directory(self) -> str:
        return str(self.settings.value("files/last_directory") or "")

    def set_last_directory(self, folder: str) -> None:
        self.settings.setValue("files/last_directory", folder)

    # ------------------------------------------------------------------ layout

    def state(self, name: str) -> QByteArray | None:
        """A saved Qt state blob (window geometry, splitter, table header) or None."""
        value = self.settings.value(f"layout/{name}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_state(self, name: str, state: QByteArray) -> None:
        self.settings.setValue(f"layout/{name}", state)

    def sync(self) -> None:
        self.settings.sync()
