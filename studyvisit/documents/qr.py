"""QR codes for printed documents: a vCard payload, a native encoder, one PDF path per code.

Encoding uses zxing-cpp (a native library; 0.2-0.3 ms for a vCard with a long
Cyrillic organisation name). The QR standard lets an encoder use any of its
eight data masks; choosing the "best" one by the standard's penalty score costs
zxing-cpp about 1.5 ms a code, eight times the encoding itself, which would use
up a 1,000-badge run's whole time budget. Every reader decodes every mask, so
the mask is fixed (see ``benchmarks/bench_badges.py`` for the figures).

A code is drawn as one filled path of rectangles covering the horizontal runs
of dark modules, in module units under a transformation matrix: a few
kilobytes a code, and no hairline seams between modules where a viewer
anti-aliases (as separate rectangles per module would leave).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import repeat
from operator import getitem

import zxingcpp
from reportlab.lib.colors import Color, black
from reportlab.pdfgen.canvas import Canvas

from studyvisit.errors import ValidationError

_MASK = 0  # the data mask used for every code (see the module's docstring)
_EC_LEVELS = ("L", "M", "Q", "H")
_DARK_RUN = re.compile(rb"\x00+")


@dataclass(frozen=True, slots=True)
class QrMatrix:
    """The modules of one QR code: ``rows[y]`` holds one byte per module, 0 for dark."""

    size: int
    rows: tuple[bytes, ...]

    def is_dark(self, x: int, y: int) -> bool:
        return self.rows[y][x] == 0


@dataclass(frozen=True, slots=True)
class VCard:
    """Contact details for a vCard 3.0 payload (RFC 2426); empty fields are left out."""

    formatted_name: str
    family_name: str = ""
    given_names: str = ""
    organisation: str = ""
    title: str = ""
    email: str = ""
    phone: str = ""
    country: str = ""

    def payload(self) -> str:
        """The vCard text, with CRLF line ends and RFC 2426 escaping."""
        lines = [
            "BEGIN:VCARD",
            "VERSION:3.0",
            f"N:{_escape(self.family_name)};{_escape(self.given_names)};;;",
            f"FN:{_escape(self.formatted_name)}",
        ]
        optional = (
            ("ORG", self.organisation),
            ("TITLE", self.title),
            ("EMAIL;TYPE=INTERNET", self.email),
            ("TEL;TYPE=WORK,VOICE", self.phone),
        )
        lines += [f"{key}:{_escape(value)}" for key, value in optional if value]
        if self.country:
            lines.append(f"ADR;TYPE=WORK:;;;;;;{_escape(self.country)}")
        lines.append("END:VCARD")
        return "\r\n".join(lines) + "\r\n"


def _escape(value: str) -> str:
    value = " ".join(value.split())  # no line breaks inside a property
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")


def encode(text: str, ec_level: str = "M") -> QrMatrix:
    """Encode ``text`` (UTF-8, byte mode) as a QR code of the smallest version that holds it."""
    if ec_level not in _EC_LEVELS:
        raise ValueError(f"QR error correction level must be one of {_EC_LEVELS}, not {ec_level!r}")
    # zxing-cpp 3.1 ignores the first key of its options string: each key is given
    # twice, so that the options hold whether or not a later version fixes that.
    options = f"ecLevel={ec_level},dataMask={_MASK}," * 2
    try:
        barcode = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, options=options)
    except ValueError as error:  # more than a version-40 code holds
        raise ValidationError(
            f"The text is too long for a QR code ({len(text)} characters)."
        ) from error
    image = memoryview(barcode.to_image(scale=1, add_quiet_zones=False))
    size = image.shape[0]
    data = image.tobytes()
    return QrMatrix(size, tuple(data[row * size : (row + 1) * size] for row in range(size)))


def path_operators(matrix: QrMatrix) -> str:
    """PDF operators filling the dark modules as one path, in module units, y growing downwards.

    Each row is cut into 8-module chunks, and each chunk's pattern (one of 256)
    is looked up in a table of ready-made rectangles, so that no Python code
    runs per module or per run: about 0.25 ms a code where a loop over the runs
    takes 1-1.5 ms. A run that crosses a chunk boundary becomes two abutting
    rectangles (about 10 % more of them); being one path, they fill as one.
    """
    size = matrix.size
    dicts, slices, row_numbers = _plan(size)
    gap = b"\xff" * _CHUNK  # light modules after each row, so that chunks never read the next row
    data = gap.join(matrix.rows) + gap
    rows = "".join(map(getitem, dicts, map(data.__getitem__, slices))).split("\n")
    return "".join(map(str.replace, rows, repeat("Y"), row_numbers)) + "f"


_CHUNK = 8
_ROW_END = {b"": "\n"}


@cache
def _chunk_table(x0: int) -> dict[bytes, str]:
    """Rectangles ('x Y w 1 re ') for each pattern of the 8 modules from column ``x0``."""
    table = {}
    for pattern in range(256):
        key = bytes(0 if pattern >> (_CHUNK - 1 - i) & 1 else 255 for i in range(_CHUNK))
        runs = _DARK_RUN.finditer(key)
        table[key] = "".join(
            f"{x0 + run.start()} Y {run.end() - run.start()} 1 re " for run in runs
        )
    return table


@cache
def _plan(size: int) -> tuple[list[dict[bytes, str]], list[slice], list[str]]:
    """For a code of ``size`` modules: the table and slice of every chunk, row by row."""
    stride = size + _CHUNK
    chunks = (size + _CHUNK - 1) // _CHUNK
    dicts: list[dict[bytes, str]] = []
    slices: list[slice] = []
    for y in range(size):
        for j in range(chunks):
            start = y * stride + j * _CHUNK
            dicts.append(_chunk_table(j * _CHUNK))
            slices.append(slice(start, start + _CHUNK))
        dicts.append(_ROW_END)
        slices.append(slice(0, 0))
    return dicts, slices, [str(y) for y in range(size)]


def draw_qr(
    canvas: Canvas,
    matrix: QrMatrix,
    x: float,
    y: float,
    size: float,
    quiet_zone: int = 2,
    colour: Color = black,
) -> float:
    """Draw ``matrix`` in the square whose lower-left corner is (x, y), ``size`` points wide.

    ``quiet_zone`` light modules are kept free inside the square on every side.
    Returns the module size in points.
    """
    canvas.addLiteral(qr_operators(matrix, x, y, size, quiet_zone, colour))
    return size / (matrix.size + 2 * quiet_zone)


def qr_operators(
    matrix: QrMatrix,
    x: float,
    y: float,
    size: float,
    quiet_zone: int = 2,
    colour: Color = black,
) -> str:
    """The PDF operators of :func:`draw_qr`: the path under a matrix that scales modules to points.

    Written directly rather than through the canvas's state calls, which cost
    as much as the path itself.
    """
    module = size / (matrix.size + 2 * quiet_zone)
    top = y + size - quiet_zone * module
    left = x + quiet_zone * module
    fill = " ".join(f"{component:.4f}" for component in colour.rgb())
    matrix_operator = f"{module:.6f} 0 0 {-module:.6f} {left:.4f} {top:.4f} cm"
    return f"q {fill} rg {matrix_operator}\n{path_operators(matrix)}\nQ"
