"""The guard against PySide6's lost references to None, True and False."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from studyvisit.ui.pyside_workarounds import keep_singletons_alive

MANY_CALLS = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    {guard}
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QApplication, QLabel

    class Emitter(QObject):
        ping = Signal(int)

    app = QApplication([])
    emitter, label = Emitter(), QLabel()
    for number in range(20_000):
        emitter.ping.emit(number)  # loses a reference to True (PySide6 6.12, CPython 3.11)
        label.setText("x")  # loses a reference to None
    print("alive")
    """
)


def test_twenty_thousand_emits_and_void_calls_leave_the_interpreter_alive() -> None:
    script = MANY_CALLS.format(guard="import studyvisit.ui")
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "alive"


def test_the_guard_can_run_again_without_harm() -> None:
    before = sys.getrefcount(None)
    keep_singletons_alive()
    assert sys.getrefcount(None) - before < 10  # not raised a second time
