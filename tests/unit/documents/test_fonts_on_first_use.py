"""The shipped faces are read when a document first uses them, not all up front."""

from __future__ import annotations

import subprocess
import sys


def test_a_face_is_read_on_first_use_and_measures_belarusian_letters() -> None:
    # A fresh interpreter: in this one other tests have long used every face.
    script = (
        "from reportlab.pdfbase import pdfmetrics\n"
        "from studyvisit.documents import fonts\n"
        "fonts.register_fonts()\n"
        "read = lambda: sorted(n for n in dict.keys(pdfmetrics._fonts) if n.startswith('DejaVu'))\n"
        "print(read())\n"
        "print(pdfmetrics.stringWidth('Шчэрбіч Аляксандр Іванавіч ў', fonts.CONDENSED, 10) > 50)\n"
        "print(read())\n"
        "print(pdfmetrics.getFont(fonts.BOLD).fontName)\n"
    )
    lines = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert lines == [
        "[]",
        "True",
        "['DejaVuSansCondensed']",
        "DejaVuSans-Bold",
    ]
