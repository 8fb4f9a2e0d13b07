"""Lay blocks out on printed pages: nothing is split that a reader needs whole.

QTextDocument.print_() breaks pages wherever a line ends: a table row's cells, a list item
or a heading and its text can land on two pages, and it draws no footer. Here every block
that must stay whole is its own small document (a *unit*), measured on the printer itself,
and units are packed onto pages: a heading moves to the next page with the text it heads,
a table row or list item never breaks, and only a unit taller than a whole page (a long
journal note) is cut, and then between two lines. Every page gets a footer: "Page x of y",
the date and the document's neutral title.

Sizes are points on the paper (12 pt body), never the screen's text size.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
    QTextDocument,
    QTextOption,
)

from family_guide.core.bidi import keep_latin_in_order_html
from family_guide.ui.i18n import with_script_fonts

BODY_PT = 12  # "at least 12-point" body type (print guidance), whatever the screen text size
FOOTER_PT = 10
# Margins for home printers: most cannot print closer than about 6 mm to an edge; 15-18 mm
# leaves room for that and for a hole punch or a binder.
MARGINS_MM = QMarginsF(18, 15, 18, 12)
FOOTER_GAP_MM = 4

PRINT_FALLBACKS = ["Noto Sans Devanagari", "Nirmala UI", "Kohinoor Devanagari", "Mangal"]

PRINT_CSS = """
    body { color: #000000; }
    h1 { font-size: 18pt; font-weight: bold; margin: 0; }
    h2 { font-size: 15pt; font-weight: bold; margin: 0; }
    h3 { font-size: 13pt; font-weight: bold; margin: 0; }
    p { margin: 0; }
    a { color: #000000; text-decoration: underline; }
    .main { font-weight: bold; }
    .lead { }
    .meta { font-style: italic; }
    .small { font-size: 10pt; }
    .note { font-style: italic; }
    .big { font-size: 16pt; font-weight: bold; }
    table.row td { padding: 2pt; }
"""

PAGE_IDS = {
    "a4": QPageSize.PageSizeId.A4,
    "letter": QPageSize.PageSizeId.Letter,
    "a5": QPageSize.PageSizeId.A5,
}


def set_up_page(device: QPagedPaintDevice, paper: str) -> None:
    """Paper size and home-printer margins on a printer or PDF writer."""
    layout = QPageLayout(QPageSize(PAGE_IDS[paper]), QPageLayout.Orientation.Portrait, MARGINS_MM)
    layout.setUnits(QPageLayout.Unit.Millimeter)
    device.setPageLayout(layout)


@dataclass
class Cell:
    """A document drawn at ``x`` (device pixels from the text area's left edge), optionally with a
    marker (a bullet, a step number, a tick box) on its leading side."""

    doc: QTextDocument | None
    x: float
    width: float
    right_to_left: bool = False
    marker: str | None = None  # text such as "•" or "3.", or "box" for a tick box
    marker_width: float = 0.0
    lines: int = 0  # blank lines to write on, under the document
    line_gap: float = 0.0


@dataclass
class Unit:
    """Something kept whole on a page (unless taller than a page)."""

    cells: list[Cell]
    space_before: float = 0.0
    keep_with_next: bool = False  # a heading: never the last thing on a page
    splittable: bool = False  # a long paragraph may run on to the next page between lines
    painters: list[Callable[[QPainter, float], None]] = field(default_factory=list)  # extra vector drawing at a top
    min_height: float = 0.0
    _height: float | None = None

    @property
    def height(self) -> float:
        if self._height is None:
            tallest = self.min_height
            for cell in self.cells:
                h = cell.doc.size().height() if cell.doc is not None else 0.0
                tallest = max(tallest, h + cell.lines * cell.line_gap)
            self._height = tallest
        return self._height

    def safe_cuts(self) -> list[float]:
        """Heights at which the unit may be cut without cutting through a line of text (one-cell units)."""
        if len(self.cells) != 1 or self.cells[0].doc is None:
            return []
        doc = self.cells[0].doc
        spans = []
        block = doc.begin()
        layout = doc.documentLayout()
        while block.isValid():
            top = layout.blockBoundingRect(block).top()
            text_layout = block.layout()
            for i in range(text_layout.lineCount()):
                line = text_layout.lineAt(i)
                spans.append((top + line.y(), top + line.y() + line.height()))
            block = block.next()
        return sorted(b for _, b in spans if not any(t < b - 0.5 and b + 0.5 < e for t, e in spans))


class PageMaker:
    """Measures units on one paged device and paints them page by page with a footer."""

    def __init__(self, device: QPagedPaintDevice) -> None:
        self.device = device
        self.dpi = device.logicalDpiY()
        self._docs: list[QTextDocument] = []
        paint = device.pageLayout().paintRectPixels(self.dpi)
        self.width = float(paint.width())
        footer_font = self.font(FOOTER_PT)
        from PySide6.QtGui import QFontMetricsF

        self.footer_height = QFontMetricsF(footer_font, device).height() * 2.2
        self.height = float(paint.height()) - self.footer_height - self.mm(FOOTER_GAP_MM)

    def mm(self, millimetres: float) -> float:
        return millimetres * self.dpi / 25.4

    def pt(self, points: float) -> float:
        return points * self.dpi / 72

    def font(self, points: float, language: str = "") -> QFont:
        font = QFont()
        # Print fonts for Devanagari before the system's fallback, which may pick a "UI" variant
        # whose letters are drawn smaller to fit Latin line heights (Noto Sans Devanagari UI):
        # on paper, Hindi would look a size smaller than the English beside it.
        font.setFamilies([font.family(), *PRINT_FALLBACKS])
        font.setPointSizeF(points)
        return with_script_fonts(font, language)  # Urdu's letters in one font (ui/i18n.py)

    def doc(self, html: str, width: float, right_to_left: bool = False, language: str = "") -> QTextDocument:
        """A document laid out in the printer's own units, 12 pt body, black on white."""
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.device)
        doc.setDefaultFont(self.font(BODY_PT, language))
        doc.setDefaultStyleSheet(PRINT_CSS)
        doc.setDocumentMargin(0)
        option = QTextOption(doc.defaultTextOption())
        option.setTextDirection(Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        doc.setDefaultTextOption(option)
        direction = "rtl" if right_to_left else "ltr"
        # Latin names and addresses in an Arabic column keep their order ("(LGBTQ+)", not "(+LGBTQ)").
        doc.setHtml(keep_latin_in_order_html(f'<div dir="{direction}">{html}</div>', right_to_left))
        doc.setTextWidth(width)
        self._docs.append(doc)
        return doc

    # ------------------------------------------------------------------ packing

    def _first_part(self, unit: Unit) -> float:
        """How much of a unit must fit where it starts: all of it, unless it may be cut (a long
        paragraph, or anything taller than a page); then its first two lines."""
        if unit.splittable or unit.height > self.height:
            cuts = unit.safe_cuts()
            if len(cuts) > 2:
                return cuts[1]
        return unit.height

    def paginate(self, units: list[Unit]) -> list[list[tuple[Unit, float, float, float]]]:
        """Pages of (unit, y on the page, cut from, cut to) in device pixels."""
        pages: list[list[tuple[Unit, float, float, float]]] = [[]]
        y = 0.0
        for index, unit in enumerate(units):
            space = unit.space_before if pages[-1] else 0.0
            need = self._first_part(unit)
            chain = index
            while units[chain].keep_with_next and chain + 1 < len(units):  # a heading, its lead line, its text
                chain += 1
                follower = units[chain]
                if follower.keep_with_next and not follower.splittable:
                    need += follower.space_before + follower.height
                    continue
                need += follower.space_before + self._first_part(follower)
                break
            need = min(need, self.height)  # a chain taller than a page starts a page and flows on
            if pages[-1] and y + space + need > self.height:
                pages.append([])
                y, space = 0.0, 0.0
            if unit.height <= self.height - y - space:
                pages[-1].append((unit, y + space, 0.0, unit.height))
                y += space + unit.height
                continue
            # Only a unit that may be cut gets here (one that may not was moved to a fresh page above,
            # where it fits): cut between lines, never leaving a single line on the next page.
            start = 0.0
            cuts = unit.safe_cuts() or [unit.height]
            while start < unit.height - 0.5:
                room = self.height - y - space
                fitting = [c for c in cuts if start < c <= start + room]
                if not fitting and pages[-1]:  # not even one line fits here: next page
                    pages.append([])
                    y, space = 0.0, 0.0
                    continue
                end = fitting[-1] if fitting else min(unit.height, start + room)
                if len(cuts) >= 2 and end == cuts[-2] and len(fitting) >= 3:
                    end = fitting[-2]  # two lines go on together rather than one alone
                pages[-1].append((unit, y + space, start, end))
                y += space + end - start
                start = end
                if start < unit.height - 0.5:
                    pages.append([])
                    y, space = 0.0, 0.0
        return [page for page in pages if page] or [[]]

    # ------------------------------------------------------------------ painting

    def paint(self, units: list[Unit], footer: Callable[[int, int], str], right_to_left: bool = False) -> int:
        """Paint every page on the device; returns the page count."""
        pages = self.paginate(units)
        painter = QPainter()
        if not painter.begin(self.device):
            raise OSError("the printer or file could not be opened for drawing")
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            for number, page in enumerate(pages, start=1):
                if number > 1:
                    self.device.newPage()
                for unit, y, start, end in page:
                    self._paint_unit(painter, unit, y, start, end)
                self._paint_footer(painter, footer(number, len(pages)), right_to_left)
        finally:
            painter.end()
            self.release(units)
        return len(pages)

    def release(self, units: list[Unit]) -> None:
        """Let go of the documents now, while the device they were laid out on still exists."""
        for unit in units:
            for cell in unit.cells:
                cell.doc = None
            unit.painters.clear()
        for doc in self._docs:
            doc.documentLayout().setPaintDevice(None)  # type: ignore[arg-type]  # Qt takes null (back to the screen); the stubs do not
        self._docs.clear()

    def _paint_unit(self, painter: QPainter, unit: Unit, y: float, start: float, end: float) -> None:
        painter.save()
        painter.setClipRect(QRectF(-self.mm(20), y, self.width + self.mm(40), end - start + 1))
        painter.translate(0, y - start)
        for cell in unit.cells:
            self._paint_cell(painter, cell)
        if start == 0.0:
            for extra in unit.painters:
                extra(painter, 0.0)
        painter.restore()

    def _paint_cell(self, painter: QPainter, cell: Cell) -> None:
        text_x = cell.x if cell.right_to_left else cell.x + cell.marker_width
        if cell.marker:
            marker_x = cell.x + cell.width - cell.marker_width if cell.right_to_left else cell.x
            if cell.marker == "box":
                side = self.pt(BODY_PT * 0.85)
                painter.setPen(QPen(QColor("black"), self.pt(0.8)))
                top = self.pt(BODY_PT * 0.3)
                left = marker_x + cell.marker_width - side - self.pt(4) if cell.right_to_left else marker_x
                painter.drawRect(QRectF(left, top, side, side))
            else:
                mark = self.doc(cell.marker, cell.marker_width - self.pt(3), cell.right_to_left)
                painter.save()
                painter.translate(marker_x + (self.pt(3) if cell.right_to_left else 0), 0)
                mark.drawContents(painter)
                painter.restore()
        h = 0.0
        if cell.doc is not None:
            painter.save()
            painter.translate(text_x, 0)
            cell.doc.drawContents(painter)
            painter.restore()
            h = cell.doc.size().height()
        if cell.lines:
            painter.setPen(QPen(QColor("black"), self.pt(0.6)))
            for line in range(1, cell.lines + 1):
                ly = h + line * cell.line_gap - self.pt(3)
                painter.drawLine(QPointF(cell.x, ly), QPointF(cell.x + cell.width, ly))

    def _paint_footer(self, painter: QPainter, text: str, right_to_left: bool) -> None:
        painter.save()
        painter.setFont(self.font(FOOTER_PT))
        painter.setPen(QColor("black"))
        top = self.height + self.mm(FOOTER_GAP_MM)
        painter.drawLine(QPointF(0, top - self.pt(3)), QPointF(self.width, top - self.pt(3)))
        option = QTextOption(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        option.setTextDirection(Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight)
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        painter.drawText(QRectF(0, top, self.width, self.footer_height), text, option)
        painter.restore()


def default_paper(context) -> str:
    """The paper chosen last time, else the usual paper in the user's country (from Settings), else
    in the system locale's territory. Not the app language's locale: English would mean Letter."""
    from PySide6.QtCore import QLocale

    from family_guide.core.countries import ANOTHER_COUNTRY
    from family_guide.core.handouts.paper import paper_for

    chosen = context.settings["handout_paper"]
    if chosen:
        return chosen
    if context.country != ANOTHER_COUNTRY:
        return paper_for(context.country)
    return paper_for(QLocale.territoryToCode(QLocale.system().territory()))


def draw_image(image: QImage, x: float, y: float, height: float) -> Callable[[QPainter, float], None]:
    """A painter for a picture (the counselor's logo) scaled to ``height``, keeping its shape."""

    def paint(painter: QPainter, _top: float) -> None:
        width = image.width() * height / max(1, image.height())
        painter.drawImage(QRectF(x, y, width, height), image)

    return paint
