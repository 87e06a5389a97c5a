"""Work-arounds for defects of the PySide6 build we ship on, each with its measurement.

PySide6 6.12 on CPython 3.11 hands back ``None`` from every void call (``label.setText``),
``True`` from every ``signal.emit`` and ``None`` for every empty QVariant read in
Python (``index.data(role)``) without taking a new reference. Measured here: 1,000
``emit`` calls abort the interpreter ("Fatal Python error: bool_dealloc"); a long
session of ``setText`` calls ends the same way with ``none_dealloc`` (the
QStandardItemModel crash in STYLE.md is this defect too). From CPython 3.12 on
these singletons are immortal (PEP 683) and the lost references do no harm; on
3.11 we give them the same effective immortality by raising their reference
counts far beyond what any session can lose.
"""

from __future__ import annotations

import ctypes
import sys

# 2**40 lost references at a million a second would take twelve days of nothing else.
_HEADROOM = 1 << 40


def keep_singletons_alive() -> bool:
    """Make ``None``, ``True`` and ``False`` effectively immortal; True when something was done."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False  # already immortal, or another interpreter's own counting
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object.
        count = ctypes.c_ssize_t.from_address(id(singleton))
        if count.value < _HEADROOM:
            count.value += _HEADROOM
    return True
