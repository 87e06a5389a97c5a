"""What a section or dialog needs from the window, without knowing the window."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the window paints before SQLAlchemy is imported (start-up time)
    from studyvisit.db import Database
    from studyvisit.ui.editing import VisitEditor
    from studyvisit.ui.preferences import Preferences
    from studyvisit.ui.tasks import TaskRunner


@dataclass(frozen=True, slots=True)
class WindowContext:
    """The database in use, the editor (changes with undo), the task runner, the preferences.

    ``database`` is a function: the window can switch to another database file.
    ``import_delegates(path)`` opens the import wizard on a file (None: ask for one).
    """

    database: Callable[[], Database]
    editor: VisitEditor
    tasks: TaskRunner
    preferences: Preferences
    import_delegates: Callable[[str | None], None]
