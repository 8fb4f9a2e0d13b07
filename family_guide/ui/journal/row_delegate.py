"""Journal list rows: the title on one line, date and kind on the next, each shortened on its own.

Qt shortens a two-line item as a whole: when the second line (date, kind, concern) is too wide,
it cuts the title with "..." and drops the date line, so a narrow list or a long language
loses the dates. Here each line is shortened before the style draws the item, so both lines
stay, each ending in "..." at its own end: on the right in English, on the left in Arabic
(QFontMetrics.elidedText follows the text's direction). Heights are the style's own.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

Index = QModelIndex | QPersistentModelIndex


def shortened_lines(text: str, option: QStyleOptionViewItem) -> str:
    """Each line of ``text`` elided to the width the style gives an item's text."""
    widget = option.widget
    style = widget.style() if widget is not None else None
    if style is None:
        return text
    room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget).width()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1  # as Qt's item drawing
    width = max(1, room - 2 * margin)
    # The item's text arrives with Qt's line separator (U+2028) in place of "\n".
    lines = text.replace("\u2028", "\n").split("\n")
    return "\u2028".join(option.fontMetrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines)


# Two lines with every script the app shows: Latin, Arabic and Devanagari fall back to fonts
# with different line heights, and a title mixing them (Arabic with "Discord") is taller.
TALL_SAMPLE = "\u00c1g \u0635\u062f\u064a\u0642 \u0915\u093f\n\u00c1g \u0635\u062f\u064a\u0642 \u0915\u093f"
_UNBOUNDED = QRect(0, 0, 100_000, 100_000)


class TwoLineDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # Qt override
        """Tall enough for two lines of any script: the list uses one row's size for every row."""
        hint = super().sizeHint(option, index)
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        own = item.fontMetrics.boundingRect(_UNBOUNDED, 0, item.text).height()
        tallest = item.fontMetrics.boundingRect(_UNBOUNDED, 0, TALL_SAMPLE).height()
        return QSize(hint.width(), hint.height() + max(0, tallest - own))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:  # Qt override
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = shortened_lines(item.text, item)
        style = item.widget.style() if item.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        else:
            super().paint(painter, option, index)
