"""Paint slides: laid out once at a logical 1920 x 1080 and scaled to any screen or page.

Large type and high contrast for the back of a room (titles 72 px, body 44 px at 1080 lines,
dark on white), one accent bar, the slide number in a corner. A bilingual session shows the
first language above the second on the same slide; when both do not fit, the type shrinks
together (never below MIN_SCALE). Nothing from the journal is ever drawn here: a slide only
knows its plan, the help directory and the session's languages.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QTextDocument, QTextOption

from family_guide.core.bidi import keep_latin_in_order_html, left_to_right
from family_guide.core.directory import NEED_LABELS, SERVICE_LABELS
from family_guide.core.render import to_html, to_inline_html
from family_guide.core.workshop.helplines import WorkshopHelp
from family_guide.core.workshop.plan import PlanDraft, SlideDraft
from family_guide.ui.i18n import is_right_to_left, with_script_fonts
from family_guide.ui.workshop.labels import labels_for

WIDTH, HEIGHT = 1920, 1080
MARGIN = 120
TOP = 110  # below the accent bar
BOTTOM = 90  # above the slide number
MIN_SCALE = 0.55
INK = QColor("#111111")
ACCENT = QColor("#b5541c")  # the app's one warm accent, 5.2:1 on white
PAPER = QColor("#ffffff")
MUTED = QColor("#4a4a4a")  # 8.9:1 on white


@dataclass
class Laid:
    """One slide laid out: a document per language block and where it goes."""

    blocks: list[tuple[QTextDocument, float]]  # (document, top y)
    scale: float = 1.0  # below 1 when the type was shrunk to fit


def _isolate(text: str) -> str:
    return left_to_right(text)  # numbers and addresses stay left to right inside right-to-left text


class SlideDeck:
    """The visible slides of a plan in one or two languages, ready to paint."""

    def __init__(self, draft: PlanDraft, languages: list[str], help: WorkshopHelp | None, family: str = ""):
        self.draft = draft
        self.languages = languages[:2]
        self.help = help
        self.slides: list[SlideDraft] = draft.visible()
        self.family = family or QFont().family()
        self._cache: dict[int, Laid] = {}

    def __len__(self) -> int:
        return len(self.slides)

    def invalidate(self) -> None:
        self._cache.clear()

    # ---------------------------------------------------------------- painting

    def paint(
        self, painter: QPainter, target: QRectF, index: int, blank: str | None = None, letterbox: QColor | None = None
    ) -> None:
        """Paint slide ``index`` into ``target``, letterboxed (black unless ``letterbox`` says otherwise);
        a blanked slide is all black or all white, as the room sees it."""
        painter.save()
        scale = min(target.width() / WIDTH, target.height() / HEIGHT)
        x = target.x() + (target.width() - WIDTH * scale) / 2
        y = target.y() + (target.height() - HEIGHT * scale) / 2
        painter.fillRect(target, letterbox or QColor("black"))
        if blank is not None:
            painter.fillRect(QRectF(x, y, WIDTH * scale, HEIGHT * scale), QColor(blank))
        elif 0 <= index < len(self.slides):
            painter.translate(x, y)
            painter.scale(scale, scale)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            self._paint_logical(painter, index)
        painter.restore()

    def _paint_logical(self, painter: QPainter, index: int) -> None:
        painter.fillRect(QRectF(0, 0, WIDTH, HEIGHT), PAPER)
        painter.fillRect(QRectF(0, 0, WIDTH, 24), ACCENT)
        laid = self.layout(index)
        painter.setClipRect(QRectF(0, 0, WIDTH, HEIGHT - BOTTOM + 20))  # never over the slide number
        for document, top in laid.blocks:
            painter.save()
            painter.translate(MARGIN, top)
            document.drawContents(painter)
            painter.restore()
        painter.setClipping(False)
        font = QFont(self.family)
        font.setPixelSize(30)
        painter.setFont(font)
        painter.setPen(MUTED)
        rtl = is_right_to_left(self.languages[0])
        align = Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight
        painter.drawText(
            QRectF(MARGIN, HEIGHT - 70, WIDTH - 2 * MARGIN, 50),
            int(align | Qt.AlignmentFlag.AlignVCenter),
            f"\u2066{index + 1} / {len(self.slides)}\u2069",  # "3 / 18" reads the same way in Arabic
        )

    # ---------------------------------------------------------------- layout

    def layout(self, index: int) -> Laid:
        if index not in self._cache:
            self._cache[index] = self._lay_out(self.slides[index])
        return self._cache[index]

    def _lay_out(self, slide: SlideDraft) -> Laid:
        available = HEIGHT - TOP - BOTTOM
        # A slide not yet translated into the second language is shown once, not twice in English.
        languages, shown = [], set()
        for lang in self.languages:
            if slide.text(lang)[1] not in shown:
                languages.append(lang)
                shown.add(slide.text(lang)[1])
        scale = 1.0
        while True:
            documents = [self._document(slide, lang, scale, second=i > 0) for i, lang in enumerate(languages)]
            if slide.type == "help-lines":  # the numbers once, under the words in every language
                documents.append(self._document(slide, languages[0], scale, second=False, numbers_only=True))
            gap = 40 * scale if len(documents) > 1 else 0
            total = sum(d.size().height() for d in documents) + gap * (len(documents) - 1)
            if total <= available or scale <= MIN_SCALE:
                break
            scale = max(MIN_SCALE, scale * 0.9)
        top = TOP if slide.type != "title" else TOP + max(0.0, (available - total) / 2)
        blocks = []
        for document in documents:
            blocks.append((document, top))
            top += document.size().height() + gap
        return Laid(blocks, scale)

    def _document(
        self, slide: SlideDraft, language: str, scale: float, second: bool, numbers_only: bool = False
    ) -> QTextDocument:
        words, shown_in = slide.text(language)
        rtl = is_right_to_left(shown_in)  # English shown for a missing translation still reads left to right
        title_px = round((96 if slide.type == "title" else 72) * scale * (0.85 if second else 1))
        body_px = round(44 * scale * (0.9 if second else 1))
        direction = "rtl" if rtl else "ltr"
        align = "center" if slide.type == "title" else ("right" if rtl else "left")
        title_color = INK.name() if second else ACCENT.darker(140).name()
        if numbers_only:
            return self._finish(self._help_html(language, scale, direction, align), rtl, body_px, scale, shown_in)
        parts = [
            f'<p dir="{direction}" align="{align}" style="font-size:{title_px}px; font-weight:bold; '
            f'color:{title_color}; margin-bottom:{round(24 * scale)}px">{to_inline_html(words.get("title", ""))}</p>'
        ]
        if words.get("body"):
            parts.append(f'<div dir="{direction}" align="{align}">{to_html(words["body"])}</div>')
        for number, card in enumerate(words.get("cards", []), start=1):
            parts.append(
                f'<table dir="{direction}" width="100%" cellpadding="{round(14 * scale)}" '
                f'style="background-color:#f1ece6; margin-top:{round(12 * scale)}px"><tr><td>'
                f"<b>{number}.</b> {to_inline_html(card['situation'])}</td></tr></table>"
            )
        return self._finish("".join(parts), rtl, body_px, scale, shown_in)

    def _finish(self, html: str, rtl: bool, body_px: int, scale: float = 1.0, language: str = "en") -> QTextDocument:
        direction = "rtl" if rtl else "ltr"
        document = QTextDocument()
        document.setDocumentMargin(0)
        font = QFont(self.family)
        font.setPixelSize(body_px)
        document.setDefaultFont(with_script_fonts(font, language))
        option = QTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        document.setDefaultTextOption(option)
        document.setDefaultStyleSheet(
            f"body {{ color: {INK.name()}; }} p, li {{ line-height: 125%; }} "
            f"ul, ol {{ margin-left: {round(40 * scale)}px; }} li {{ margin-bottom: {round(10 * scale)}px; }}"
        )
        # Latin names and addresses in an Arabic slide keep their order ("(LGBTQ+)", not "(+LGBTQ)").
        document.setHtml(keep_latin_in_order_html(f'<div dir="{direction}">{html}</div>', rtl))
        document.setTextWidth(WIDTH - 2 * MARGIN)
        return document

    def _help_html(self, language: str, scale: float, direction: str, align: str) -> str:
        """The chosen country's emergency number in very large type, then a few reporting and
        support lines, all from the help directory."""
        if self.help is None:
            return ""
        in_slide_language = labels_for(language)
        out = []
        emergency = self.help.emergency
        if emergency.primary:
            label = in_slide_language("Service", SERVICE_LABELS[emergency.confirmed[0].service])
            out.append(
                f'<p dir="{direction}" align="{align}" style="margin-top:{round(20 * scale)}px">'
                f'<span style="font-size:{round(150 * scale)}px; font-weight:bold; color:{ACCENT.darker(140).name()}">'
                f"{_isolate(escape(emergency.primary))}</span>&nbsp;&nbsp;&nbsp;"
                f'<span style="font-size:{round(44 * scale)}px">{escape(label)}</span></p>'
            )
        else:
            text = in_slide_language("HelpNowDialog", "Call your local emergency number now.")
            out.append(
                f'<p dir="{direction}" style="font-size:{round(56 * scale)}px; font-weight:bold">{escape(text)}</p>'
            )
        for line in self.help.lines:
            # The number or address first, then the name: a column that lines up in either direction.
            reach = line.phone or (line.web or "").removeprefix("https://").rstrip("/")
            out.append(
                f'<p dir="{direction}" align="{align}" style="font-size:{round(36 * scale)}px; '
                f'margin-top:{round(6 * scale)}px"><b>{_isolate(escape(reach))}</b>&nbsp;&nbsp; \u2068{escape(line.name)}\u2069 '
                f'<span style="color:{MUTED.name()}">({escape(in_slide_language("Need", NEED_LABELS[line.need]))})</span></p>'
            )
        return "".join(out)
