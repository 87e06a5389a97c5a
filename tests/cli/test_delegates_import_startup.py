"""`delegates import` starts fast: the exporters' and the GUI's libraries stay unloaded."""

import json
import subprocess
import sys
from pathlib import Path

from studyvisit.cli import main as cli_main

IMPORT = Path(__file__).parent.parent / "data" / "import"
REPOSITORY = Path(__file__).resolve().parents[2]

PROBE = """
import json, sys
from studyvisit.cli import main
code = main(["--db", sys.argv[1], "delegates", "import", sys.argv[2], "--visit", "1", "--json"])
heavy = ("reportlab", "openpyxl", "PySide6", "babel", "alembic")
print(json.dumps({"code": code, "loaded": [m for m in heavy if m in sys.modules]}))
"""


def test_import_command_loads_no_exporter_or_gui_library(tmp_path: Path) -> None:
    database = str(tmp_path / "db.sqlite3")
    # A database made beforehand, as a coordinator has one: migrating it would load Alembic.
    assert cli_main(["--db", database, "visits", "create", "--name", "V",
                     "--start", "2026-05-04", "--end", "2026-05-06"]) == 0  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-c", PROBE, database, str(IMPORT / "pl_delegates.xlsx")],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPOSITORY,  # the checkout, not a copy installed in the environment
        timeout=120,
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result == {"code": 0, "loaded": []}
