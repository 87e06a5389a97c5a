"""Pause Python's cyclic garbage collector around bulk work that builds many lasting objects.

No dependencies, so that importing, the services and the GUI can all use it cheaply.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def garbage_collection_paused() -> Iterator[None]:
    """Pause the cyclic collector while building many small objects that all stay alive.

    Each full collection walks every live object, and a big import keeps hundreds of
    thousands of them: with the collector running, 100,000 rows cost two to three times as
    long (measured). Reference counting still frees everything that is dropped; cycles made
    meanwhile wait for the next collection after the block."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# Set once a big visit has been frozen out of the collector's passes (gc.freeze):
# whoever else freezes for a while (ui.tasks while jobs run) must then not unfreeze,
# or the next full collection walks the whole visit again (a second at 100,000 delegates).
_pinned = False


def freeze_for_good() -> None:
    """Freeze everything alive now and keep it frozen (see ``unfreeze_unless_pinned``)."""
    global _pinned
    _pinned = True
    gc.freeze()


def unfreeze_unless_pinned() -> None:
    """Undo a temporary gc.freeze, unless a big visit was frozen for good meanwhile."""
    if not _pinned:
        gc.unfreeze()
