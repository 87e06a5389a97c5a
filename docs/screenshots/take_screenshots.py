"""Take the screenshots in docs/screenshots: one PNG per section of the main window, and the delegate form.

Run from the repository with the project's environment:

    python docs/screenshots/take_screenshots.py                 # English, on the demo visit
    python docs/screenshots/take_screenshots.py --language pl   # Polish, into docs/screenshots/pl/
    python docs/screenshots/take_screenshots.py --visit-file my-visit.json --output /tmp/shots

The window opens offscreen (no display needed) on a fresh temporary database
holding the demo visit (or the given visit file), with default settings, so
the pictures do not depend on who runs the script. ``main-window.png`` is the
picture at the top of the README. The interface font is the shipped DejaVu
Sans, so the pictures look the same on any machine.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
MAIN_SECTION = "delegates"  # main-window.png: names in both scripts say what the program is for


def parse_arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--language", choices=("en", "pl"), default="en")
    parser.add_argument(
        "--output", type=Path, help="folder for the PNGs (default: docs/screenshots[/pl])"
    )
    parser.add_argument(
        "--visit-file", type=Path, help="a visit file to show instead of the demo visit"
    )
    parser.add_argument(
        "--size", default="1280x800", help="window size, WIDTHxHEIGHT (default 1280x800)"
    )
    parser.add_argument(
        "--scale", type=float, default=1.0, help="device pixel ratio, e.g. 2 for sharp pictures"
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    arguments = parse_arguments(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if arguments.scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = str(arguments.scale)

    # Imported only now: Qt reads the environment above when it starts.
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from studyvisit.db import open_database
    from studyvisit.services import demo, visit_file
    from studyvisit.ui.app import build_main_window, create_application

    width, height = (int(part) for part in arguments.size.lower().split("x"))
    output = arguments.output or (HERE if arguments.language == "en" else HERE / arguments.language)
    output.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory(prefix="studyvisit-screenshots-") as folder:
        database = open_database(Path(folder) / "studyvisit.sqlite3")
        with database.unit_of_work() as uow:
            if arguments.visit_file:
                document = json.loads(arguments.visit_file.read_text(encoding="utf-8"))
                visit_id = visit_file.import_document(uow, document)
            else:
                try:
                    visit_id = demo.create_demo_visit(uow)
                except FileNotFoundError:
                    print(
                        "error: the demo visit file is missing; pass --visit-file", file=sys.stderr
                    )
                    return 1
            uow.commit()

        app = create_application()
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        window = build_main_window(
            database, visit_id, settings=settings, language=arguments.language
        )
        window.resize(width, height)
        window.show()
        for _ in range(3):
            app.processEvents()

        from studyvisit.ui.sections import SECTIONS  # sections are built when first shown

        names = [entry.name for entry in SECTIONS]
        for name in names:
            window.show_section(name)
            for table in window.section(name).tables():
                table.view.clearSelection()
            app.processEvents()
            picture = window.grab()
            picture.save(str(output / f"section-{name}.png"))
            if name == MAIN_SECTION:
                picture.save(str(output / "main-window.png"))
            print(output / f"section-{name}.png")

        # The delegate form (a double-click in Delegates), on the first delegate.
        from studyvisit.ui.dialogs.delegate_form import DelegateForm

        form = DelegateForm(window.visit.plan.delegates[0], window.visit.plan.groups, window)
        form.show()
        for _ in range(3):
            app.processEvents()
        form.grab().save(str(output / "form-delegate.png"))
        print(output / "form-delegate.png")
        form.close()
        window.close()
        QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
