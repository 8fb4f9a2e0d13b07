"""A tick box drawn from the theme: as tall as a line of text, a border that keeps 3:1 contrast in
light, dark and high contrast (Fusion's own box almost disappears on a dark window), and the
bundled check icon when ticked. Behaves as a QCheckBox in every other way (keys, accessibility)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QCheckBox


class TickBox(QCheckBox):
    def side(self) -> int:
        return self.fontMetrics().height() + 2  # grows with the text size

    def sizeHint(self) -> QSize:
        return QSize(self.side() + 4, self.side() + 4)  # room for the focus ring

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)

    def paintEvent(self, _event) -> None:
        from family_guide.ui.icons import icon

        palette = self.palette()
        role = QPalette.ColorRole
        side = self.side()
        box = QRectF(2.5, 2.5, side - 1, side - 1)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ticked = self.isChecked()
        border = palette.color(role.Highlight) if ticked or self.hasFocus() else palette.color(role.Text)
        painter.setPen(QPen(border, 3 if self.hasFocus() else 1.5))
        painter.setBrush(palette.color(role.Highlight) if ticked else palette.color(role.Base))
        painter.drawRoundedRect(box, 3, 3)
        if self.hasFocus() and ticked:  # a ring around the filled box, so focus still shows
            painter.setPen(QPen(palette.color(role.Text), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box.adjusted(-2, -2, 2, 2), 4, 4)
        if ticked:
            inset = max(2, side // 6)
            mark = icon("check", palette.color(role.HighlightedText).name())
            painter.drawPixmap(box.toRect().adjusted(inset, inset, -inset, -inset), mark.pixmap(side, side))
        painter.end()
