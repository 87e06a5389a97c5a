"""Every visible view over a Python model paints holding the interpreter lock.

Painted from the event loop, each call a view makes into a Python model takes
the interpreter lock anew, and while a worker runs Python code every take waits
for it: the Delegates table took 0.8 s to repaint during a badge run instead of
13-25 ms (benchmarks/bench_paint_while_busy.py). studyvisit.ui.views paints in
a paintEvent written in Python, which holds the lock throughout.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView

from studyvisit.ui.sections import SECTIONS


def _paints_in_python(view: QAbstractItemView) -> bool:
    return any(
        "paintEvent" in vars(cls)
        for cls in type(view).__mro__
        if not cls.__module__.startswith("PySide6")
    )


def test_views_over_python_models_paint_in_python(demo_window, qtbot) -> None:
    window = demo_window
    checked = []
    for entry in SECTIONS:
        window.show_section(entry.name)
        qtbot.wait(10)
        for view in window.findChildren(QAbstractItemView):
            model = view.model()
            if (
                not view.isVisible()
                or model is None
                or type(model).__module__.startswith("PySide6")
            ):
                continue
            checked.append(view.objectName() or type(view).__name__)
            assert _paints_in_python(view), (
                f"{type(view).__name__} {view.objectName()!r} in {entry.name}"
            )
    assert len(checked) >= 10  # the tables and their headers, the section list
