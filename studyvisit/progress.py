"""Progress and cancellation for long jobs, as plain data (STYLE.md item 9).

A job receives ``progress(done, total, label)`` and ``cancel()``; it calls
``progress`` between rows or pages and raises :class:`Cancelled` (via
:func:`check_cancel`) when ``cancel()`` turns true. The GUI's task runner and the
command line both supply these; the job itself never knows which.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int, str], None]
Cancel = Callable[[], bool]


class Cancelled(Exception):
    """The user cancelled the job; whatever it did is rolled back. Not an error."""


def no_progress(_done: int, _total: int, _label: str) -> None:
    return None


def never_cancel() -> bool:
    return False


def check_cancel(cancel: Cancel | None) -> None:
    if cancel is not None and cancel():
        raise Cancelled()
