"""Pause Python's cyclic garbage collector: kept here for the importing modules' imports."""

from studyvisit.gc_pause import garbage_collection_paused

__all__ = ["garbage_collection_paused"]
