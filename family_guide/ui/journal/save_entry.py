"""Save to journal: a conversation or checklist snapshot from elsewhere in the app, with a note."""

from __future__ import annotations

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from family_guide.core.journal.records import Entry
from family_guide.ui.dates import follow_date_rule, to_minute
from family_guide.ui.i18n import translate
from family_guide.ui.journal import operations
from family_guide.ui.journal.children import ChildDialog, child_combo
from family_guide.ui.widgets import fit_to_text, wrapped


class SaveToJournalDialog(QDialog):
    """Records something from elsewhere in the app (a conversation, a checklist snapshot) with a note."""

    def __init__(self, session, entry: Entry, intro: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.entry = entry
        self.setWindowTitle(translate("Journal", "Save to journal"))
        self.child = child_combo(session, entry.child_id)
        self.child.setAccessibleName(translate("Journal", "Child"))
        add_child = QPushButton(translate("Journal", "Add a &child..."))
        add_child.clicked.connect(self._add_child)
        self.when = QDateTimeEdit(QDateTime(entry.occurred_at))  # type: ignore[call-overload]  # PySide6 takes a datetime; its stubs omit it
        self.when.setCalendarPopup(True)
        follow_date_rule(self.when)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(translate("Journal", "What was said, how it went, what to do next"))
        self.message = wrapped()
        child_row = QHBoxLayout()
        child_row.addWidget(self.child, 1)
        child_row.addWidget(add_child)
        form = QFormLayout()
        labels = (translate("Journal", "C&hild:"), translate("Journal", "&When:"), translate("Journal", "&Note:"))
        for text, field in zip(labels, (self.child, self.when, self.note), strict=True):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, child_row if field is self.child else field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped(intro))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        fit_to_text(self, 520)

    def _add_child(self) -> None:
        dialog = ChildDialog(parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and operations.save_child(
            self.session, dialog.child, show=self.message.setText
        ):
            self.child.addItem(dialog.child.nickname, dialog.child.id)
            self.child.setCurrentIndex(self.child.count() - 1)

    def accept(self) -> None:
        self.entry.child_id = self.child.currentData()
        self.entry.occurred_at = to_minute(self.when.dateTime())
        self.entry.body = self.note.toPlainText()
        if not operations.save_entry(self.session, self.entry, show=self.message.setText):
            return  # the note stays in the box, so nothing typed is lost
        super().accept()
