"""The OLE2 directory reader tells legacy workbooks from encrypted Office files."""

from __future__ import annotations

import pytest
from import_files import DATA

from studyvisit.importing.compound_file import CompoundFileError, stream_names


def test_a_legacy_workbook_has_a_workbook_stream() -> None:
    assert "Workbook" in stream_names((DATA / "by_full_name.xls").read_bytes())


def test_a_password_protected_workbook_has_encryption_streams() -> None:
    names = stream_names((DATA / "password.xlsx").read_bytes())
    assert {"EncryptionInfo", "EncryptedPackage"} <= set(names)


def test_damaged_compound_files_raise() -> None:
    data = bytearray((DATA / "by_full_name.xls").read_bytes())
    data[48:52] = b"\xff\xff\xff\x7f"  # the directory's first sector, far past the end
    with pytest.raises(CompoundFileError):
        stream_names(bytes(data))
