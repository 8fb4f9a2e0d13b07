"""A widget that shows one slide of a deck, scaled to its size (the audience screen, the
presenter's current and next slide, the editor's preview)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from family_guide.ui.workshop.slides import HEIGHT, WIDTH, SlideDeck


class SlideCanvas(QWidget):
    def __init__(self, deck: SlideDeck | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.deck = deck
        self.index = 0
        self.blank: str | None = None
        self.letterbox: QColor | None = None  # the colour around the slide; None: black, as on a projector
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 90)

    def show_slide(self, index: int, blank: str | None = None) -> None:
        if (index, blank) != (self.index, self.blank):
            self.index, self.blank = index, blank
            self.update()

    def sizeHint(self) -> QSize:
        return QSize(WIDTH // 3, HEIGHT // 3)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width * HEIGHT // WIDTH

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        if self.deck is None or self.index < 0:
            painter.fillRect(self.rect(), self.palette().window())
        else:
            self.deck.paint(painter, QRectF(self.rect()), self.index, self.blank, self.letterbox)
        self.paint_over(painter)
        painter.end()

    def paint_over(self, painter: QPainter) -> None:
        """Subclasses draw on top of the slide (the one-screen notes panel)."""
