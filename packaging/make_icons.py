"""Render the application icon (resources/icons/studyvisit.svg) to PNG and Windows ICO.

Run after changing the SVG, from the repository root, with any Python that has
PySide6: ``python packaging/make_icons.py``. Writes resources/icons/studyvisit.png
(256 px, for Linux desktops and the About box) and resources/icons/studyvisit.ico
(16 to 256 px, PNG-compressed frames, for the Windows executable and installer).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico_bytes(frames: dict[int, bytes]) -> bytes:
    """An ICO file of PNG frames (read by Windows Vista and later at every size)."""
    header = struct.pack("<HHH", 0, 1, len(frames))
    offset = len(header) + 16 * len(frames)
    entries, images = b"", b""
    for size, png in sorted(frames.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + entries + images


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (QImage painting needs one)
    renderer = QSvgRenderer(str(ICONS / "studyvisit.svg"))
    if not renderer.isValid():
        print("error: resources/icons/studyvisit.svg cannot be read", file=sys.stderr)
        return 1
    frames = {size: render_png(renderer, size) for size in ICO_SIZES}
    (ICONS / "studyvisit.png").write_bytes(frames[256])
    (ICONS / "studyvisit.ico").write_bytes(ico_bytes(frames))
    print(f"written {ICONS / 'studyvisit.png'} and {ICONS / 'studyvisit.ico'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
