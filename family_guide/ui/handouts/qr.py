"""QR codes for web addresses, made offline with segno and drawn as vector squares."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QSize
from PySide6.QtGui import QBitmap, QBrush, QColor, QImage, QPainter, QPainterPath, QRegion


@cache
def qr_rows(url: str) -> tuple[tuple[int, ...], ...]:
    """The QR code's modules, row by row (1 dark, 0 light), without the quiet zone."""
    import segno  # imported on first use: no work at start-up

    code = segno.make(url, error="m", micro=False)
    return tuple(tuple(row) for row in code.matrix)


def qr_painter(url: str, x: float, y: float, size: float) -> Callable[[QPainter, float], None]:
    """A painter that draws the code for ``url`` in a square of ``size`` device pixels at (x, y).

    The dark modules become one vector path, which prints sharp at any size. The page's white margin around the square is the
    quiet zone scanners need (the caller leaves room)."""

    def paint(painter: QPainter, _top: float) -> None:
        rows = qr_rows(url)
        count = len(rows)
        # One bit per module (1 dark), as a region of rectangles, as one vector path: a handful of
        # Qt calls instead of one per module.
        stride = (count + 7) // 8
        data = bytearray(stride * count)
        for r, row in enumerate(rows):
            for c, dark in enumerate(row):
                if dark:
                    data[r * stride + c // 8] |= 0x80 >> (c % 8)
        bitmap = QBitmap.fromData(QSize(count, count), bytes(data), QImage.Format.Format_Mono)
        path = QPainterPath()
        path.addRegion(QRegion(bitmap))
        painter.save()
        painter.translate(x, y)
        painter.scale(size / count, size / count)
        painter.fillPath(path, QBrush(QColor("black")))
        painter.restore()

    return paint
