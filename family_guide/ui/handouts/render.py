"""Draw a composed handout on a printer or PDF writer.

Two languages go side by side, one small document per language per row, so each
paragraph pair starts level and is kept whole on a page; the right-to-left language's
column sits on the right. On narrow paper (A5) the pair is set one above the other.
"""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtGui import QImage, QPagedPaintDevice, QPageLayout, QPdfWriter

from family_guide.core.handouts.blocks import Block, Handout, Heading, HelpLine, Item, Paragraph, WriteLines
from family_guide.core.handouts.paper import NARROW_MM
from family_guide.core.quotes import quoted
from family_guide.core.render import to_html, to_inline_html
from family_guide.core.translatable import fill
from family_guide.ui.content_html import ltr
from family_guide.ui.dates import format_date
from family_guide.ui.handouts.qr import qr_painter
from family_guide.ui.printing.pages import Cell, PageMaker, Unit, draw_image, set_up_page
from family_guide.ui.printing.pdf import write_pdf_file

MAIN_IN_BOLD = 240  # characters: a main message this short is set in bold
QR_MM = 20  # big enough for a phone camera at arm's length, small enough for five on a page
COLUMN_GAP_MM = 6
WRITE_LINE_MM = 9  # room for handwriting


def _block_html(block: Block, plain_main: bool = False, language: str = "en") -> str:
    """``plain_main``: set a main message in plain type (it, or its partner in the other language, is long).
    ``language``: the text's own language, for its quotation marks."""
    if isinstance(block, Heading):
        return f"<h{block.level}>{escape(block.text)}</h{block.level}>"
    if isinstance(block, Paragraph):
        html = to_html(block.text)
        css = {"main": "main", "meta": "meta", "note": "note"}.get(block.style)
        if css == "main" and plain_main:
            css = "lead"  # a long opening paragraph in bold is hard to read: first, but in plain type
        if block.key == "sources":  # 10 pt, as the footer: not body text, and it is set twice in two languages
            return html.replace("<p>", '<p class="meta" style="font-size: 10pt">')
        return html.replace("<p>", f'<p class="{css}">') if css else html
    if isinstance(block, Item):
        if block.style == "say":  # words to say, in the marks of their own language, as on screen
            return f"<p><i>{to_inline_html(quoted(block.text, language))}</i></p>"
        return f"<p>{to_inline_html(block.text)}</p>"
    if isinstance(block, WriteLines):
        return f"<p>{escape(block.prompt)}</p>" if block.prompt else ""
    if isinstance(block, HelpLine):
        return _help_html(block)
    return ""


def _help_html(line: HelpLine) -> str:
    if line.emergency:
        return f'<p class="big">{escape(line.name)}: {escape(ltr(line.phone or ""))}</p>'
    parts = [f"<p><b>{escape(line.name)}</b></p>"]
    if line.purpose:
        parts.append(f"<p>{to_inline_html(' '.join(line.purpose.split()))}</p>")
    reach = []
    if line.phone:
        reach.append("<b>" + escape(fill(line.labels.get("phone", "%1"), ltr(line.phone))) + "</b>")
    if line.sms:
        reach.append(escape(fill(line.labels.get("text", "%1"), ltr(line.sms))))
    if line.hours:
        reach.append(escape(fill(line.labels.get("hours", "%1"), line.hours)))
    if reach:
        parts.append("<p>" + " · ".join(reach) + "</p>")
    if line.web:
        parts.append(f"<p>{escape(ltr(line.web))}</p>")
    return "".join(parts)


def _marker(block: Block) -> str | None:
    if isinstance(block, Item):
        return {"bullet": "\u2022", "number": f"{block.number}.", "tick": "box"}.get(block.style)
    return None


def _space_before(block: Block, maker: PageMaker) -> float:
    if isinstance(block, Heading):
        return maker.pt(14 if block.level == 2 else 7) if block.level > 1 else 0.0
    if isinstance(block, HelpLine):
        return maker.pt(8)
    if isinstance(block, Item):
        # Tick rows a little tighter: a worksheet has 11-28 of them, and the box marks where each starts.
        return maker.pt(2 if block.style == "tick" else 4)
    return maker.pt(6)


class HandoutRenderer:
    """Turns a Handout into page units on one device and paints them."""

    def __init__(self, handout: Handout, device: QPagedPaintDevice) -> None:
        self.handout = handout
        self.maker = PageMaker(device)
        width_mm = device.pageLayout().fullRect(QPageLayout.Unit.Millimeter).width()
        self.stacked = handout.bilingual and width_mm < NARROW_MM
        self._plain_main = False  # for the row being laid out: see _block_html

    def _columns(self, width: float) -> list[tuple[int, float, float]]:
        """(language index, x, width) for each column, left to right on the page."""
        parts = self.handout.parts
        if len(parts) == 1 or self.stacked:
            return [(0, 0.0, width)]
        gap = self.maker.mm(COLUMN_GAP_MM)
        half = (width - gap) / 2
        # The right-to-left language on the right (the main language is on the right only when it is the
        # right-to-left one); two of one direction: the main one where reading starts.
        main_on_right = parts[0].right_to_left
        order = [1, 0] if main_on_right else [0, 1]
        return [(order[0], 0.0, half), (order[1], half + gap, half)]

    @property
    def mirrored(self) -> bool:
        return self.handout.parts[0].right_to_left

    def units(self) -> list[Unit]:
        maker = self.maker
        units: list[Unit] = []
        sources_at: int | None = None  # where the sources line starts: the counselor's details go before it
        for row in self.handout.rows:
            present = [b for b in row if b is not None]
            if present[0].key == "sources":
                sources_at = len(units)
            web = next((b.web for b in present if isinstance(b, HelpLine) and b.web), None)
            self._plain_main = any(
                isinstance(b, Paragraph) and b.style == "main" and len(b.text) > MAIN_IN_BOLD for b in present
            )
            qr_room = maker.mm(QR_MM + 4) if web else 0.0
            text_width = maker.width - qr_room
            text_x = qr_room if self.mirrored else 0.0
            cells: list[Cell] = []
            if self.stacked:
                # One language above the other: each its own unit, the first kept with the second, so a
                # long pair may run on to the next page between lines rather than leave half a page empty.
                stacked = [(i, b) for i, b in enumerate(row) if b is not None]
                block: Block | None  # a row's cell is None where one language has no block
                for position, (index, block) in enumerate(stacked):
                    last = position == len(stacked) - 1
                    space = _space_before(block, maker) if position == 0 else maker.pt(3)
                    unit = Unit([self._cell(block, index, text_x, text_width)], space_before=space)
                    unit.keep_with_next = not last or isinstance(block, Heading)
                    unit.splittable = isinstance(block, Paragraph)
                    if web and position == 0:
                        self._add_qr(unit, web)
                    units.append(unit)
                continue
            for index, x, width in self._columns(text_width):
                block = row[index]
                if block is not None:
                    cells.append(self._cell(block, index, text_x + x, width))
            unit = Unit(cells, space_before=_space_before(present[0], maker))
            unit.keep_with_next = isinstance(present[0], Heading)
            unit.splittable = len(cells) == 1 and isinstance(present[0], Paragraph)
            if web:
                self._add_qr(unit, web)
            units.append(unit)
        # The print guidance's order ends with the counselor's details, then the sources and review date.
        at = len(units) if sources_at is None else sources_at
        units[at:at] = self._counselor_units()
        return units

    def _add_qr(self, unit: Unit, web: str) -> None:
        """The address's QR code on the trailing side of the unit's first line."""
        maker = self.maker
        qr_x = 0.0 if self.mirrored else maker.width - maker.mm(QR_MM)
        unit.painters.append(qr_painter(web, qr_x, maker.pt(2), maker.mm(QR_MM)))
        unit.min_height = max(unit.min_height, maker.mm(QR_MM) + maker.pt(4))

    def _cell(self, block: Block, language_index: int, x: float, width: float) -> Cell:
        maker = self.maker
        # English shown because a translation is missing reads left to right, even in the Arabic column.
        rtl = self.handout.parts[language_index].right_to_left and not getattr(block, "fallback", False)
        marker = _marker(block)
        marker_width = maker.pt(BODY_MARKER_PT) if marker else 0.0
        language = self.handout.parts[language_index].language
        html = _block_html(block, self._plain_main, "en" if getattr(block, "fallback", False) else language)
        doc = maker.doc(html, width - marker_width, rtl, language) if html else None
        lines = block.lines if isinstance(block, WriteLines) else 0
        return Cell(doc, x, width, rtl, marker, marker_width, lines, maker.mm(WRITE_LINE_MM))

    def _counselor_units(self) -> list[Unit]:
        details = self.handout.counselor
        if details.empty:
            return []
        maker = self.maker
        logo_height = maker.mm(15)
        logo = QImage()
        if details.logo:
            logo.loadFromData(details.logo)
        logo_width = logo.width() * logo_height / max(1, logo.height()) if not logo.isNull() else 0.0
        room = logo_width + maker.mm(4) if logo_width else 0.0
        lines = []
        if details.organisation:
            lines.append(f"<p><b>{escape(details.organisation)}</b></p>")
        if details.contact:
            lines.append(f"<p>{escape(details.contact)}</p>")
        rtl = self.mirrored
        doc = maker.doc("".join(lines), maker.width - room, rtl) if lines else None
        cell = Cell(doc, 0.0 if rtl else room, maker.width - room, rtl)
        unit = Unit([cell], space_before=maker.pt(16), min_height=logo_height if logo_width else 0.0)
        if logo_width:
            x = maker.width - logo_width if rtl else 0.0
            unit.painters.append(draw_image(logo, x, 0.0, logo_height))
        return [unit]

    def footer(self, page: int, pages: int) -> str:
        part = self.handout.parts[0]
        # The date rule (ui/dates.py): the month as a word, Western digits (Arabic's default locale
        # writes Arabic-Indic ones), no weekday.
        today = format_date(date.today(), locale=QLocale(part.language))
        title = self.handout.footer_title
        if len(title) > 70:
            title = title[:69].rstrip() + "\u2026"
        count = fill(part.page_of, str(page), str(pages))
        return f"{count} · {today} · {title}"

    def paint(self) -> int:
        return self.maker.paint(self.units(), self.footer, self.mirrored)


BODY_MARKER_PT = 18  # room for a bullet, a step number or a tick box on the leading side


def count_pages(handout: Handout, paper: str) -> int:
    """The handout's page count on ``paper``, measured and packed as for printing, without drawing."""
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)  # as fine as a printer: line breaks fall where they will on paper
    set_up_page(writer, paper)
    renderer = HandoutRenderer(handout, writer)
    units = renderer.units()
    pages = len(renderer.maker.paginate(units))
    renderer.maker.release(units)
    return pages


def render_to(device: QPagedPaintDevice, handout: Handout, paper: str) -> int:
    """Set the paper and draw the handout; returns the page count."""
    set_up_page(device, paper)
    return HandoutRenderer(handout, device).paint()


def write_handout_pdf(handout: Handout, paper: str, target: Path) -> int:
    """Save the handout as a PDF, atomically; the file's title is the handout's neutral title."""

    def paint(writer: QPdfWriter) -> int:
        return render_to(writer, handout, paper)

    return write_pdf_file(target, paint, handout.footer_title)
