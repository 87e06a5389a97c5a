"""A reportlab canvas whose memory stays flat however many pages it draws.

reportlab keeps every finished page's content stream in memory until
``save``, and ``save`` then builds the whole file as one bytes object before
writing it: about 30 kB a badge (a QR code's path is most of it), 170 MB of
peak memory for 4,000 badges. :class:`SpoolingCanvas` compresses each page's
content as the page is finished and keeps it in a temporary file, writes a
small page dictionary of its own in place of reportlab's (about 3 kB a page),
and writes the PDF to its file object by object while reportlab formats it.
What stays in memory is a few hundred bytes a page.

The streams are deflated at zlib's level 1: level 6 (reportlab's) is five
times slower for files about a quarter smaller, and a conference run of QR
codes makes megabytes of content.
"""

from __future__ import annotations

import tempfile
import threading
import zlib
from contextvars import ContextVar
from typing import Any, BinaryIO

from reportlab import rl_config
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas

DEFLATE_LEVEL = 1

# The file a save on this thread streams to (reportlab makes its output collector itself).
_streaming_to: ContextVar[BinaryIO | None] = ContextVar("streaming_to", default=None)
_saving = threading.Lock()  # saves swap reportlab's module-level defaults for their duration


class SpoolingCanvas(Canvas):
    """A :class:`Canvas` writing to an open binary file, holding no page content in memory."""

    def __init__(self, file: BinaryIO, **options: Any) -> None:
        super().__init__(file, pageCompression=1, **options)
        self._file = file
        # closed by close(), which save() calls, or by its finaliser when a run is abandoned
        self._spool = tempfile.TemporaryFile(prefix="studyvisit-pdf-")  # noqa: SIM115

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        super().showPage()
        pages = self._doc.Pages.pages
        page = pages[-1]
        data = zlib.compress(page.stream.encode("utf8"), DEFLATE_LEVEL)
        offset = self._spool.seek(0, 2)
        self._spool.write(data)
        contents = _SpooledStream(self._spool, offset, len(data))
        if _LeanPage.can_replace(page):
            pages[-1] = self._doc.idToObject[page.__InternalName__] = _LeanPage(page, contents)
        else:  # links, transparency or shadings: reportlab's own page, with the spooled content
            page.Contents = contents
            page.stream = None

    def close(self) -> None:
        """Drop the spooled pages (after a save, or instead of one when a run is cancelled)."""
        self._spool.close()

    def save(self) -> None:
        """Write the document to the file; the caller closes the file."""
        if len(self._code):  # reportlab's save finishes a page left open; spool it too
            self.showPage()
        with _saving:
            saved = rl_config.useA85, pdfdoc.PDFZCompress, pdfdoc.PDFFile
            # Without the optional rl_accel package reportlab encodes its default
            # ASCII85 layer in pure Python: binary streams are smaller and far faster.
            rl_config.useA85 = 0
            pdfdoc.PDFZCompress = _FAST_DEFLATE
            pdfdoc.PDFFile = _StreamingFile
            token = _streaming_to.set(self._file)
            try:
                super().save()
            finally:
                _streaming_to.reset(token)
                rl_config.useA85, pdfdoc.PDFZCompress, pdfdoc.PDFFile = saved
                self.close()


class _SpooledStream(pdfdoc.PDFObject):
    """A page's content stream, already deflated, read back from the spool when written."""

    __RefOnly__ = 1

    def __init__(self, spool: BinaryIO, offset: int, length: int) -> None:
        self.spool = spool
        self.offset = offset
        self.length = length

    def format(self, document: pdfdoc.PDFDocument) -> bytes:
        self.spool.seek(self.offset)
        data = document.encrypt.encode(self.spool.read(self.length))
        head = b"<< /Filter /FlateDecode /Length %d >>\nstream\n" % len(data)
        return head + data + b"\nendstream\n"


class _LeanPage(pdfdoc.PDFObject):
    """A page dictionary holding only what a page of text, paths and images needs.

    reportlab's page object carries some thirty attributes (about 3 kB a page,
    and as much again when formatted); this one keeps its size, its images and
    its content, and writes its dictionary directly.
    """

    __RefOnly__ = 1

    def __init__(self, page: pdfdoc.PDFPage, contents: _SpooledStream) -> None:
        self.__InternalName__ = page.__InternalName__
        self.media_box = f"[ 0 0 {fp_str(page.pagewidth)} {fp_str(page.pageheight)} ]".encode()
        self.rotate = page.Rotate or 0
        self.images = bool(page.hasImages)
        self.xobjects = page.XObjects  # references by name: a few bytes
        self.contents = contents

    @staticmethod
    def can_replace(page: pdfdoc.PDFPage) -> bool:
        """True for a page with nothing but a size, content, fonts and images (or forms)."""
        trans = page.Trans
        return not (
            page.Annots
            or page.ExtGState
            or page._colorsUsed
            or page._shadingUsed
            or page.Dur is not None
            or any(getattr(page, box) for box in ("CropBox", "ArtBox", "BleedBox", "TrimBox"))
            or (trans is not None and trans.dict)
            or page.Rotate not in (None, 0, 90, 180, 270)
        )

    def format(self, document: pdfdoc.PDFDocument) -> bytes:
        def reference(target: object) -> bytes:
            return document.Reference(target).format(document)

        procs = b"/PDF /Text /ImageB /ImageC /ImageI" if self.images else b"/PDF /Text"
        fonts = pdfdoc.PDFObjectReference(pdfdoc.BasicFonts).format(document)
        resources = b"<< /Font " + fonts + b" /ProcSet [ " + procs + b" ]"
        if self.xobjects is not None:
            resources += b" /XObject " + self.xobjects.format(document)
        return b"".join(
            (
                b"<< /Type /Page /Parent ",
                reference(document.Pages),
                b" /MediaBox ",
                self.media_box,
                b" /Rotate %d /Resources " % self.rotate,
                resources,
                b" >> /Contents ",
                reference(self.contents),
                b" >>",
            )
        )


class _StreamingFile(pdfdoc.PDFFile):
    """reportlab's output collector, writing each object to the saving file as it comes."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)  # collects the file's header
        target = _streaming_to.get()
        if target is not None:
            for piece in self.strings:
                target.write(piece)
            self.strings = []
            self.write = target.write  # format() then returns b"" for reportlab to append


class _FastDeflate(pdfdoc.PDFStreamFilterZCompress):
    """reportlab's Flate filter at :data:`DEFLATE_LEVEL` (for fonts and images)."""

    def encode(self, text: str | bytes) -> bytes:
        data = text.encode("utf8") if isinstance(text, str) else text
        return zlib.compress(data, DEFLATE_LEVEL)


_FAST_DEFLATE = _FastDeflate()
