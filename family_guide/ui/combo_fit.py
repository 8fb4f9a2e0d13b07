"""Keep a combo box at least as wide as its chosen item, so a layout never elides the choice.

A combo box's own minimum is a few characters: a splitter or a narrow column can squeeze it
until "Todos los temas" reads "Todos los te...". Sizing it to its longest item instead would
make some panels too wide for a small screen; the chosen item is what must stay readable.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox


def choice_width(combo: QComboBox) -> int:
    """The width the combo needs to show its current text whole, with the style's frame and arrow."""
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.currentText = combo.currentText()
    text = QSize(combo.fontMetrics().horizontalAdvance(combo.currentText()), combo.fontMetrics().height())
    return combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text, combo).width()


class _Refit(QObject):
    def eventFilter(self, watched, event) -> bool:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.Show):
            watched.setMinimumWidth(choice_width(watched))
        return False


def keep_choice_readable(combo: QComboBox) -> None:
    refit = _Refit(combo)
    combo.installEventFilter(refit)
    combo.currentTextChanged.connect(lambda _: combo.setMinimumWidth(choice_width(combo)))
    combo.setMinimumWidth(choice_width(combo))
