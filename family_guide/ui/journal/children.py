"""The children a journal knows about: add, rename, remove, and the chooser other dialogs use."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from family_guide.core.journal.records import Child
from family_guide.core.translatable import fill
from family_guide.ui.i18n import translate
from family_guide.ui.journal import operations
from family_guide.ui.widgets import wrapped


class ChildDialog(QDialog):
    def __init__(self, child: Child | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.child = child or Child("", datetime.now().year - 10)
        self.setWindowTitle(translate("Journal", "Child"))
        self.nickname = QLineEdit(self.child.nickname)
        self.nickname.setPlaceholderText(translate("Journal", "A nickname is enough"))
        self.birth_year = QSpinBox()
        self.birth_year.setRange(datetime.now().year - 25, datetime.now().year)
        self.birth_year.setValue(self.child.birth_year)
        self.apps = QLineEdit(", ".join(self.child.apps))
        self.apps.setPlaceholderText(translate("Journal", "For example: Roblox, TikTok, WhatsApp"))
        self.message = wrapped()
        form = QFormLayout()
        for text, field in (
            (translate("Journal", "&Nickname:"), self.nickname),
            (translate("Journal", "&Birth year:"), self.birth_year),
            (translate("Journal", "&Apps and games:"), self.apps),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if not self.nickname.text().strip():
            self.message.setText(translate("Journal", "Please give a nickname."))
            return
        self.child.nickname = self.nickname.text().strip()
        self.child.birth_year = self.birth_year.value()
        self.child.apps = [a.strip() for a in self.apps.text().split(",") if a.strip()]
        super().accept()


class ChildrenDialog(QDialog):
    """Add, change and remove child profiles."""

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(translate("Journal", "Children"))
        self.list = QListWidget()
        self.list.setAccessibleName(translate("Journal", "Children"))
        add = QPushButton(translate("Journal", "&Add child"))
        edit = QPushButton(translate("Journal", "&Change"))
        remove = QPushButton(translate("Journal", "&Remove"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.accept)
        buttons = QVBoxLayout()
        for button in (add, edit, remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(close)
        add.clicked.connect(self.add)
        edit.clicked.connect(self.edit)
        remove.clicked.connect(self.remove)
        self.list.itemActivated.connect(lambda _: self.edit())
        self._fill()

    def _fill(self) -> None:
        self.list.clear()
        for child in self.session.journal.children():
            item = QListWidgetItem(fill(translate("Journal", "%1 (born %2)"), child.nickname, str(child.birth_year)))
            item.setData(Qt.ItemDataRole.UserRole, child)
            self.list.addItem(item)

    def _save(self, child: Child) -> None:
        if operations.save_child(self.session, child, parent=self):
            self._fill()

    def add(self) -> None:
        dialog = ChildDialog(parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._save(dialog.child)

    def edit(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        dialog = ChildDialog(item.data(Qt.ItemDataRole.UserRole), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._save(dialog.child)

    def remove(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        child = item.data(Qt.ItemDataRole.UserRole)
        keep = translate("Journal", "Keep the entries")
        delete = translate("Journal", "Delete the entries too")
        choice, ok = QInputDialog.getItem(
            self,
            translate("Journal", "Remove child"),
            fill(
                translate("Journal", "Remove %1? What should happen to the journal entries about them?"), child.nickname
            ),
            [keep, delete],
            0,
            False,
        )
        if ok and operations.delete_child(self.session, child.id, choice == delete, parent=self):
            self._fill()


def child_combo(session, selected: int | None = None) -> QComboBox:
    combo = QComboBox()
    combo.addItem(translate("Journal", "No child chosen"), None)
    for child in session.journal.children():
        combo.addItem(child.nickname, child.id)
        if child.id == selected:
            combo.setCurrentIndex(combo.count() - 1)
    return combo
