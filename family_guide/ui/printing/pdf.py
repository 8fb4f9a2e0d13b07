"""Write a PDF through the shared page maker, atomically, with a neutral title in its metadata."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QPdfWriter

from family_guide.core.atomic import write_atomic

PDF_DPI = 300  # the coordinate grid of the PDF; text and QR codes stay vector at any zoom


def pdf_bytes(paint: Callable[[QPdfWriter], int], title: str) -> tuple[bytes, int]:
    """Run ``paint`` on an in-memory PDF writer; returns the file's bytes and its page count.

    ``title`` goes into the file's metadata: callers pass a neutral one (a guide's title,
    "Timeline of concerns"), never a name or anything else from the journal."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setTitle(title)
    writer.setCreator("Family Guide")
    pages = paint(writer)
    del writer  # finishes the file
    buffer.close()
    return bytes(data.data()), pages


def write_pdf_file(target: Path, paint: Callable[[QPdfWriter], int], title: str) -> int:
    """Render and write atomically: a crash leaves the old file or the complete new one."""
    data, pages = pdf_bytes(paint, title)
    write_atomic(Path(target), data)
    return pages
