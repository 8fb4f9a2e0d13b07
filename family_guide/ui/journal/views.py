"""The journal page's three views: no journal yet, locked, and open (filters, the list and the editor).

Each view builds and lays out its own widgets; the page (ui/pages/journal.py) sets their texts,
connects them and switches between them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from family_guide.ui.flow_layout import FlowLayout
from family_guide.ui.journal.dialogs import UnlockForm
from family_guide.ui.journal.editor import EntryEditor
from family_guide.ui.journal.entry_model import EntryListModel
from family_guide.ui.journal.row_delegate import TwoLineDelegate
from family_guide.ui.widgets import wrapped


class WelcomeView(QWidget):
    """No journal yet: what it is, an offer to set one up, and its limits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = wrapped()
        self.setup_button = QPushButton()
        self.setup_button.setProperty("role", "primary")  # the screen's one primary action (docs/design.md)
        self.limits = wrapped()
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.setup_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.limits)
        layout.addStretch(1)


class LockedView(QWidget):
    """A journal exists and is locked: the unlock form, restoring a backup, and the journal's limits."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = wrapped()
        self.unlock_form = UnlockForm(session)
        self.limits = wrapped()
        self.restore_button = QPushButton()
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.unlock_form)
        restore_row = QHBoxLayout()
        restore_row.addWidget(self.restore_button)
        restore_row.addStretch(1)
        layout.addLayout(restore_row)
        layout.addWidget(self.limits)
        layout.addStretch(1)


class EntriesView(QWidget):
    """The open journal: tool buttons, search, filters, and the entry list beside the editor."""

    def __init__(
        self,
        session,
        describe: Callable[[object], str],
        decorate: Callable[[object], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.new_note = QPushButton()
        self.new_note.setProperty("role", "primary")
        self.new_incident = QPushButton()
        self.children_button = QPushButton()
        # A push button with a menu (a click opens it), styled like its neighbours; a tool button
        # was drawn smaller, square and without the theme's padding.
        self.more = QPushButton()
        self.more_menu = QMenu(self.more)
        self.more.setMenu(self.more_menu)
        # A flow, not a row: in Arabic at 200% text the four buttons need more than the page's width.
        tools = FlowLayout()
        for widget in (self.new_note, self.new_incident, self.children_button, self.more):
            tools.addWidget(widget)

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.child_filter = QComboBox()
        self.kind_filter = QComboBox()
        self.concern_filter = QComboBox()
        self.tag_filter = QComboBox()
        self.period_filter = QComboBox()
        # Search on its own line and filters in a flow: each keeps the width its text needs and
        # they wrap onto a second row, so the page fits at 200% text without cutting a choice.
        filters = FlowLayout()
        for combo in self.filter_combos():
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            filters.addWidget(combo)
        self.model = EntryListModel(self)
        self.model.describe = describe
        self.model.decorate = decorate
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)  # lets the view skip measuring 100,000 rows
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setItemDelegate(TwoLineDelegate(self.list))  # each line shortened on its own, at its own end
        self.list.setSpacing(2)
        self.list.setProperty("role", "cards")  # each entry a card (theme.py)
        self.count_label = wrapped()
        self.editor = EntryEditor(session)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.list, 1)
        ll.addWidget(self.count_label)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 2)  # the list gets two fifths: titles show more before they are cut
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

    def filter_combos(self) -> tuple[QComboBox, ...]:
        """Child, kind, concern, tag and period, in the order they show."""
        return (self.child_filter, self.kind_filter, self.concern_filter, self.tag_filter, self.period_filter)
