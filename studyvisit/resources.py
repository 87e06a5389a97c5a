"""One resolver for shipped assets: fonts, translations, demo data, layouts.

In an installed wheel the repository's ``resources/`` folder lives inside the
package as ``studyvisit/resources``; in a source checkout (editable install,
tests) it is the folder beside the package.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path


def resource_root() -> Traversable:
    packaged = resources.files("studyvisit") / "resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Traversable:
    """The asset at ``resources/<parts...>``."""
    node = resource_root()
    for part in parts:
        node = node / part
    return node


def resource_path(*parts: str) -> AbstractContextManager[Path]:
    """A real file path for APIs that need one (reportlab's TTFont, Qt's translator)."""
    return resources.as_file(resource(*parts))


def read_text(*parts: str) -> str:
    return resource(*parts).read_text(encoding="utf-8")
