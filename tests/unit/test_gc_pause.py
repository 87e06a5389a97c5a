"""A big visit frozen out of the collector's passes stays frozen after a job ends."""

from __future__ import annotations

import gc

from studyvisit import gc_pause


def test_a_job_ending_does_not_unfreeze_a_visit_frozen_for_good(monkeypatch):
    monkeypatch.setattr(gc_pause, "_pinned", False)
    try:
        gc.freeze()  # a job starts
        gc_pause.unfreeze_unless_pinned()  # and ends
        assert gc.get_freeze_count() == 0

        gc.freeze()  # a job starts, reads a big visit and freezes it for good
        gc_pause.freeze_for_good()
        gc_pause.unfreeze_unless_pinned()  # the job ends
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
