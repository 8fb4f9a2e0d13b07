"""A list model that fetches journal rows a page at a time, so 100,000 entries stay smooth.

The view asks for more rows as the user scrolls (canFetchMore/fetchMore); only titles and
dates are held, never entry text, and ``clear()`` drops everything when the journal locks.
Loading does not count the matches: the first page shows first, the count follows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from family_guide.core.journal.records import EntryFilter, EntryRow

if TYPE_CHECKING:
    from family_guide.core.journal.store import Journal

PAGE = 200
ROOT = QModelIndex()  # the invisible root of a flat list
EntryIdRole = Qt.ItemDataRole.UserRole + 1


class EntryListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.journal: Journal | None = None
        self.filter = EntryFilter()
        self.rows: list[EntryRow] = []
        self.more = False  # the last page was full, so there may be more
        self.describe: Callable[[EntryRow], str] = lambda row: (
            row.title
        )  # set by the page: date, kind and title, translated
        self.decorate: Callable[[EntryRow], object] = lambda row: (
            None
        )  # set by the page: the concern level's icon (words are in describe)

    def load(self, journal: Journal | None, flt: EntryFilter) -> None:
        self.beginResetModel()
        self.journal, self.filter = journal, flt
        self.rows = journal.rows(flt, 0, PAGE) if journal else []
        self.more = len(self.rows) == PAGE
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self.journal, self.rows, self.more = None, [], False
        self.filter = EntryFilter()
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> bool:
        return not parent.isValid() and self.journal is not None and self.more

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> None:
        if self.journal is None:  # Qt asks only after canFetchMore said yes, which needs a journal
            return
        more = self.journal.rows(self.filter, len(self.rows), PAGE)
        self.more = len(more) == PAGE
        if more:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.describe(row)
        if role == Qt.ItemDataRole.DecorationRole:
            return self.decorate(row)
        if role == EntryIdRole:
            return row.id
        return None

    def row_of(self, entry_id: int) -> int:
        for number, row in enumerate(self.rows):
            if row.id == entry_id:
                return number
        return -1
