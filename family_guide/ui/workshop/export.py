"""Export a plan as PDF: the slides (16:9, one page per visible slide, the help-line slide filled
in for the chosen country) and the facilitator notes (agenda, safeguarding page, every slide with
its notes). Both are written into memory first and then to disk atomically, with a neutral title
in the PDF's properties.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from family_guide.core.atomic import write_atomic
from family_guide.core.workshop.helplines import WorkshopHelp
from family_guide.core.workshop.plan import PlanDraft
from family_guide.ui.i18n import translate
from family_guide.ui.workshop.plan_html import plan_html
from family_guide.ui.workshop.slides import HEIGHT, WIDTH, SlideDeck

SLIDE_PAGE_MM = QSizeF(254.0, 142.875)  # 16:9, the size presentation programs use for widescreen


def _writer(buffer: QBuffer, title: str) -> QPdfWriter:
    writer = QPdfWriter(buffer)
    writer.setTitle(title)  # neutral: never a name, a child or anything from the journal
    writer.setCreator("Family Guide")
    return writer


def slides_pdf(deck: SlideDeck) -> bytes:
    """Every slide of the deck, one 16:9 page each."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _writer(buffer, translate("Workshops", "Workshop slides"))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(SLIDE_PAGE_MM, QPageSize.Unit.Millimeter, "16:9"),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    writer.setResolution(144)
    painter = QPainter(writer)
    try:
        for index in range(len(deck)):
            if index:
                writer.newPage()
            page = QRectF(painter.viewport())
            scale = min(page.width() / WIDTH, page.height() / HEIGHT)
            deck.paint(painter, QRectF(0, 0, WIDTH * scale, HEIGHT * scale), index)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def notes_pdf(draft: PlanDraft, language: str, help: WorkshopHelp | None) -> bytes:
    """The facilitator's notes on A4: the plan page as the app shows it, without hidden slides."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _writer(buffer, translate("Workshops", "Facilitator notes"))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
    document = QTextDocument()
    font = QFont()
    font.setPointSizeF(12)  # print guidance: body at least 12 pt
    document.setDefaultFont(font)
    document.setDefaultStyleSheet("h1 { font-size: 20pt; } h2 { font-size: 16pt; } h3 { font-size: 13pt; }")
    document.setHtml(plan_html(draft, language, help, include_hidden=False))
    document.print_(writer)
    buffer.close()
    return bytes(data.data())


def write_pdf(path: Path, data: bytes) -> None:
    """Write the PDF so a crash leaves the old file or the new one, never half of one."""
    write_atomic(path, data, mode=0o644)
