"""Every shipped asset is found through the resource resolver, installed or not."""

from pathlib import Path

import studyvisit
from studyvisit.resources import resource, resource_path, resource_root

REPOSITORY_RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def _shipped_files() -> list[Path]:
    return sorted(
        path.relative_to(REPOSITORY_RESOURCES)
        for path in REPOSITORY_RESOURCES.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    )


def test_every_repository_resource_resolves() -> None:
    files = _shipped_files()
    assert files, "resources/ is empty"
    for relative in files:
        assert resource(*relative.parts).is_file(), relative


def test_an_installed_package_uses_its_own_copy() -> None:
    """After a plain `pip install .`, assets come from inside the package, not the checkout."""
    package_dir = Path(studyvisit.__file__).resolve().parent
    if (package_dir / "resources").is_dir():
        assert Path(str(resource_root())).resolve() == (package_dir / "resources").resolve()
        for relative in _shipped_files():
            assert (package_dir / "resources" / relative).is_file(), f"{relative} not in the wheel"


def test_fonts_are_real_files_for_apis_that_need_a_path() -> None:
    with resource_path("fonts", "DejaVuSans.ttf") as path:
        assert path.stat().st_size > 100_000
        assert path.read_bytes()[:4] in (b"\x00\x01\x00\x00", b"true")
