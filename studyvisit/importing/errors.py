"""The one error a coordinator meets when a file cannot be read as a delegate list."""

from __future__ import annotations

from pathlib import Path

from studyvisit.errors import StudyvisitError


class ImportFileError(StudyvisitError):
    """The file is refused as a whole; the message names the file and what to do about it."""

    def __init__(self, message: str, path: str | Path | None = None) -> None:
        super().__init__(message)
        self.path = Path(path) if path is not None else None


def refuse(path: str | Path, problem: str, advice: str = "") -> ImportFileError:
    """An :class:`ImportFileError` whose one-line message reads '<file>: <problem>. <advice>'."""
    name = Path(path).name
    message = f"{name}: {problem}."
    if advice:
        message += f" {advice}"
    return ImportFileError(message, path)
