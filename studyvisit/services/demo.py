"""The demo visit: the Podlasie study visit of 2-4 July 2019, shipped as a visit file."""

from __future__ import annotations

import json
from typing import Any

from studyvisit.db import UnitOfWork
from studyvisit.resources import read_text
from studyvisit.services import visit_file

DEMO_FILE = ("demo", "podlasie-2019.json")


def demo_document() -> dict[str, Any]:
    return json.loads(read_text(*DEMO_FILE))


def create_demo_visit(uow: UnitOfWork) -> int:
    """Add a fresh copy of the demo visit; returns its id. The caller commits."""
    return visit_file.import_document(uow, demo_document())
