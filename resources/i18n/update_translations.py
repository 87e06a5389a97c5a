"""Regenerate the interface's translation catalogues from the source.

Run from anywhere, with the project's virtual environment:

    python resources/i18n/update_translations.py

It does what these two steps do by hand (from the repository root):

    pyside6-lupdate $(find studyvisit/ui -name '*.py') -no-obsolete -locations relative \\
        -target-language pl_PL -ts resources/i18n/studyvisit_pl.ts
    pyside6-lupdate $(find studyvisit/ui -name '*.py') -no-obsolete -locations relative \\
        -target-language en_GB -pluralonly -ts resources/i18n/studyvisit_en.ts
    pyside6-lrelease resources/i18n/studyvisit_pl.ts resources/i18n/studyvisit_en.ts

English is the source language, so its catalogue holds only the plural forms
("%n delegate(s)" → "1 delegate", "2 delegates"). New texts arrive
``type="unfinished"``: translate them in Qt Linguist (``pyside6-linguist
resources/i18n/studyvisit_pl.ts``) and run this again; the test
``tests/gui/test_translations.py`` fails while any text is left unfinished.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SOURCES = ROOT / "studyvisit" / "ui"
CATALOGUES = {
    "pl": ("pl_PL", []),
    "en": ("en_GB", ["-pluralonly"]),
}


def tool(name: str) -> list[str]:
    """``pyside6-<name>`` beside this Python, on PATH, or the binary inside the PySide6 package."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    for candidate in (beside, beside.with_suffix(".exe")):
        if candidate.exists():
            return [str(candidate)]
    found = shutil.which(f"pyside6-{name}")
    if found:
        return [found]
    import PySide6

    packaged = Path(PySide6.__file__).parent / name
    if packaged.exists() or packaged.with_suffix(".exe").exists():
        return [str(packaged)]
    raise SystemExit(f"Cannot find pyside6-{name}; install PySide6-Essentials in this environment.")


def main() -> int:
    # lupdate does not pick Python files out of a folder: name each one.
    sources = [str(path.relative_to(ROOT)) for path in sorted(SOURCES.rglob("*.py"))]
    catalogues = []
    for language, (target, options) in CATALOGUES.items():
        catalogue = HERE / f"studyvisit_{language}.ts"
        subprocess.run(
            [
                *tool("lupdate"),
                *sources,
                "-no-obsolete",
                "-locations",
                "relative",
                "-target-language",
                target,
                *options,
                "-ts",
                str(catalogue),
            ],
            check=True,
            cwd=ROOT,
        )
        catalogues.append(str(catalogue))
    subprocess.run([*tool("lrelease"), *catalogues], check=True, cwd=ROOT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
