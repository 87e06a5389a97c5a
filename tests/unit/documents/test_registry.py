"""The exporter registry: every document found, and one loaded without the others."""

from __future__ import annotations

import subprocess
import sys

from studyvisit.documents.registry import EXPORTER_MODULES, load_exporters


def test_each_exporter_is_registered_by_the_module_the_index_names() -> None:
    exporters = load_exporters()
    assert set(exporters) == set(EXPORTER_MODULES)
    for identifier, exporter in exporters.items():
        assert type(exporter).__module__ == f"studyvisit.documents.{EXPORTER_MODULES[identifier]}"


def test_one_document_loads_only_what_it_needs() -> None:
    # A fresh interpreter: this one has long imported every exporter.
    script = (
        "import sys\n"
        "from studyvisit.documents.registry import load_exporter\n"
        "assert load_exporter('ics').identifier == 'ics'\n"
        "assert load_exporter('nonsense') is None\n"
        "print(sorted(name for name in ('reportlab', 'openpyxl') if name in sys.modules))\n"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert loaded == "[]"
