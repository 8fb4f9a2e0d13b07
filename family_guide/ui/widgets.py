"""Small Qt helpers shared by the pages."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget


class Retranslatable:
    """Mixin: call ``retranslate()`` whenever the UI language changes."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError


def heading(text: str = "", level: int = 1, parent: QWidget | None = None) -> QLabel:
    """A heading label whose size follows the user's text size (relative, not fixed)."""
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * {1: 1.5, 2: 1.2}.get(level, 1.0))
    label.setFont(font)
    label.setWordWrap(True)
    label.setProperty("headingLevel", level)
    return label


def rescale_headings(root: QWidget) -> None:
    """Headings carry explicit fonts, so re-derive them after the app font changes."""
    from PySide6.QtWidgets import QApplication

    base = QApplication.font()
    for label in root.findChildren(QLabel):
        level = label.property("headingLevel")
        if level:
            font = label.font()
            font.setPointSizeF(base.pointSizeF() * {1: 1.5, 2: 1.2}.get(level, 1.0))
            label.setFont(font)


def wrapped(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label
