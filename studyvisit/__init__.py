"""studyvisit: plan and run study visits."""

__version__ = "0.1.0"
