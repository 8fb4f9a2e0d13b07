"""An item delegate that wraps a list item's text onto as many lines as it needs, and never elides it.

Qt's own word-wrapped item views elide a line when the wrap leaves one short word for the next line (seen with
Arabic step names at 200% text: "1. شخص في خطر ..." over an empty second line). Measuring and drawing the text
with the same QFontMetrics call keeps the size hint and the painting in agreement.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

_FLAGS = Qt.TextFlag.TextWordWrap.value
_PAD = 4  # pixels around the text, so a selection box does not touch the letters
_CARD_PAD = 10  # in a list of cards (the view's "role" property): the theme's 8-px step plus the border

Index = QModelIndex | QPersistentModelIndex


class WrappingDelegate(QStyledItemDelegate):
    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view

    def _pad(self) -> int:
        return _CARD_PAD if self.view.property("role") == "cards" else _PAD

    def _text_rect(self, option: QStyleOptionViewItem, width: int) -> QRect:
        alignment = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop
        return option.fontMetrics.boundingRect(
            QRect(0, 0, max(width - 2 * self._pad(), 1), 100_000), _FLAGS | int(alignment.value), option.text
        )

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        self.initStyleOption(option, index)
        width = self.view.viewport().width() - 2 * self.view.spacing()
        width = width if width > 0 else option.rect.width()
        rect = self._text_rect(option, width)
        return QSize(width, rect.height() + 2 * self._pad())

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        text = option.text
        option.text = ""  # the style draws the background, selection and focus; we draw the words
        style = option.widget.style() if option.widget else self.view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        cards = self.view.property("role") == "cards"  # a selected card keeps its text colour (see theme.py)
        role = QPalette.ColorRole.HighlightedText if selected and not cards else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(option.palette.color(role))
        painter.setFont(option.font)
        pad = self._pad()
        area = option.rect.adjusted(pad, pad, -pad, -pad)
        alignment = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop
        painter.drawText(QStyle.visualRect(option.direction, option.rect, area), _FLAGS | int(alignment.value), text)
        painter.restore()

    # Lines wrap only between words, so a word wider than the list was cut ("Conversation" for
    # "Conversations" in a French guide card at 1100 px): the list is kept at least as wide as its
    # longest word, re-measured when the items or the font change (text size, language).
    def watch_longest_word(self) -> None:
        model = self.view.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.dataChanged):
            signal.connect(self.fit_longest_word)
        self.view.installEventFilter(self)
        self.fit_longest_word()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit_longest_word()
        return False

    def fit_longest_word(self, *_: object) -> None:
        if not shiboken6.isValid(self.view):
            return  # the list is being destroyed: its model empties itself on the way out
        view, model = self.view, self.view.model()
        metrics = view.fontMetrics()
        widest = 0
        for row in range(model.rowCount()):
            for word in str(model.index(row, 0).data() or "").split():
                widest = max(widest, metrics.horizontalAdvance(word))
        if not widest:
            return
        around = 2 * self._pad() + 2 * view.spacing() + 2 * view.frameWidth()
        scroll_bar = view.verticalScrollBar().sizeHint().width()
        view.setMinimumWidth(widest + around + scroll_bar + 2)  # +2: the advance rounds down


def wrap_items(view: QListView, spacing: int, cards: bool = False) -> None:
    """Let a list's items wrap onto as many lines as they need, re-measured whenever the list is resized.
    ``cards``: show each item as a card (a surface with a border, see theme.py)."""
    if cards:
        view.setProperty("role", "cards")
    view.setWordWrap(True)
    view.setSpacing(spacing)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    delegate = WrappingDelegate(view)
    view.setItemDelegate(delegate)
    delegate.watch_longest_word()
