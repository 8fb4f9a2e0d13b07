"""A layout that places its widgets in a row and starts a new row when the row is full.

Filter boxes in one fixed row either widen the window past a small screen or get squeezed
until their text is cut ("All chi..."). In a flow each box keeps the width its text needs,
and the boxes wrap onto a second row instead. Right to left, rows start at the right.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = -1, last_at_end: bool = False):
        """``last_at_end``: when everything fits in one row, the last item sits at the row's end
        (two actions, one at each end); when they wrap, each row starts at the start."""
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._last_at_end = last_at_end
        self.setContentsMargins(0, 0, 0, 0)

    # -- QLayout's item protocol ---------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:  # Qt override
        self._items.append(item)

    def count(self) -> int:  # Qt override
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # Qt override
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # Qt override
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    # -- sizes -----------------------------------------------------------------------

    def hasHeightForWidth(self) -> bool:  # Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # Qt override
        return self._place(QRect(0, 0, width, 0), move=False)

    def sizeHint(self) -> QSize:  # Qt override
        """All in one row when there is room."""
        hints = [item.sizeHint().expandedTo(item.minimumSize()) for item in self._items]
        width = sum(hint.width() for hint in hints) + self._gap() * max(0, len(hints) - 1)
        height = max((hint.height() for hint in hints), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:  # Qt override
        """One item per row at worst: never wider than the widest item."""
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.sizeHint().expandedTo(item.minimumSize()))
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def setGeometry(self, rect: QRect) -> None:  # Qt override
        super().setGeometry(rect)
        self._place(rect, move=True)

    # -- placing ---------------------------------------------------------------------

    def _gap(self) -> int:
        # From the font, not the style's metric: no Qt enum lookups, as the home page is laid out
        # before the first paint (Qt's enum namespace costs ~15 ms on first use).
        if self._spacing >= 0:
            return self._spacing
        parent = self.parentWidget()
        return max(6, parent.fontMetrics().height() // 3) if parent is not None else 6

    def _place(self, rect: QRect, move: bool) -> int:
        """Lay the items out in ``rect`` (when ``move``); returns the height they take."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        gap = self._gap()
        x, y, row_height = area.x(), area.y(), 0
        parent = self.parentWidget()
        rtl = parent is not None and parent.isRightToLeft()
        placed: list[tuple[QLayoutItem, int, int, QSize]] = []  # item, x from the start, y, size
        for item in self._items:
            if item.isEmpty():
                continue
            wanted = item.sizeHint().expandedTo(item.minimumSize())
            size = wanted.boundedTo(QSize(area.width(), wanted.height()))
            if x > area.x() and x + size.width() > area.x() + area.width():
                x, y, row_height = area.x(), y + row_height + gap, 0
            placed.append((item, x, y, size))
            x += size.width() + gap
            row_height = max(row_height, size.height())
        if move:
            one_row = bool(placed) and placed[-1][2] == placed[0][2]
            for index, (item, left, top, size) in enumerate(placed):
                if self._last_at_end and one_row and index == len(placed) - 1 and index > 0:
                    left = area.x() + area.width() - size.width()
                if rtl:  # mirrored: the start is on the right
                    left = area.x() + area.width() - (left - area.x()) - size.width()
                item.setGeometry(QRect(QPoint(left, top), size))
        return y + row_height - rect.y() + margins.bottom()
