"""The desktop face of studyvisit (PySide6). The only package that may import Qt."""

from studyvisit.ui.pyside_workarounds import keep_singletons_alive

# Before any of our Qt calls: see pyside_workarounds for the defect this guards against.
keep_singletons_alive()
