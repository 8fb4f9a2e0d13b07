"""Settings: language, country, role, text size and the counselor's handout details, applied at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from family_guide.core.settings import APPEARANCES, AUTO_LOCK_MINUTES
from family_guide.core.translatable import fill
from family_guide.ui.context import AppContext
from family_guide.ui.i18n import translate
from family_guide.ui.setup_form import SetupForm
from family_guide.ui.widgets import Retranslatable


class SettingsDialog(Retranslatable, QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.form = SetupForm(context, with_text_size=True)
        self.auto_lock = QComboBox()
        self.auto_lock_label = QLabel()
        self.auto_lock_label.setBuddy(self.auto_lock)
        # Colours: like the system (light or dark), light, dark or high contrast.
        self.appearance = QComboBox()
        self.appearance.setObjectName("Appearance")
        self.appearance_label = QLabel()
        self.appearance_label.setBuddy(self.appearance)
        lock_row = QFormLayout()
        lock_row.addRow(self.appearance_label, self.appearance)
        lock_row.addRow(self.auto_lock_label, self.auto_lock)
        from family_guide.ui.handouts.counselor_form import CounselorForm

        self.counselor = CounselorForm(context)
        self.modules_note = QLabel()
        self.modules_note.setWordWrap(True)
        # The folder in a read-only field: a long path has no place to wrap and would be cut off
        # in a label; a field scrolls, and its text can be selected and copied whole.
        self.modules_folder = QLineEdit(str(context.paths.user_modules_dir))
        self.modules_folder.setReadOnly(True)
        self.modules_folder.setCursorPosition(0)
        # Settings > Content: imported packs, Import and Remove, in a dialog of their own (ui/packs_panel.py).
        self.packs_button = QPushButton()
        self.packs_button.clicked.connect(self.open_packs)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # Three pages, so the dialog fits a small laptop at 200% text (all on one page it was
        # about 790 px tall): the everyday settings, the counselor's handout details, extra content.
        general = QWidget()
        general_layout = QVBoxLayout(general)
        general_layout.addWidget(self.form)
        general_layout.addLayout(lock_row)
        general_layout.addStretch(1)
        handouts = QWidget()
        handouts_layout = QVBoxLayout(handouts)
        handouts_layout.addWidget(self.counselor)
        handouts_layout.addStretch(1)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.addWidget(self.modules_note)
        content_layout.addWidget(self.modules_folder)
        content_layout.addWidget(self.packs_button, 0, Qt.AlignmentFlag.AlignLeading)
        content_layout.addStretch(1)
        self.tabs = QTabWidget()  # Ctrl+Tab moves between the pages from the keyboard
        self.tabs.addTab(general, "")
        self.tabs.addTab(handouts, "")
        self.tabs.addTab(content, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        self.tabs.setTabText(0, translate("SettingsDialog", "General"))
        self.tabs.setTabText(1, translate("SettingsDialog", "Handouts"))
        self.tabs.setTabText(2, translate("SettingsDialog", "Content"))
        from family_guide.ui.theme import APPEARANCE_NAMES

        self.appearance_label.setText(translate("SettingsDialog", "Colo&urs:"))
        chosen = self.appearance.currentData() or self.context.settings["appearance"]
        self.appearance.clear()
        for appearance in APPEARANCES:
            self.appearance.addItem(translate("Theme", APPEARANCE_NAMES[appearance]), appearance)
        self.appearance.setCurrentIndex(max(0, self.appearance.findData(chosen)))
        self.auto_lock_label.setText(translate("SettingsDialog", "Lock the &journal after:"))
        current = self.auto_lock.currentData() or self.context.settings["auto_lock_minutes"]
        self.auto_lock.clear()
        for minutes in AUTO_LOCK_MINUTES:
            self.auto_lock.addItem(translate("SettingsDialog", "%n minute(s) without use", None, minutes), minutes)
        self.auto_lock.setCurrentIndex(max(0, self.auto_lock.findData(current)))
        # The sentence without its %1 (the folder is in the field below it), keeping the
        # translated string as it is.
        note = translate("SettingsDialog", "Extra content modules are loaded from this folder:\n%1")
        self.modules_note.setText(fill(note, "").strip())
        self.modules_folder.setAccessibleName(self.modules_note.text().rstrip(":\uff1a "))
        self.packs_button.setText(translate("SettingsDialog", "Content &packs…"))  # &n is the contact line's

    def open_packs(self) -> None:
        from family_guide.ui.packs_panel import PacksDialog

        dialog = PacksDialog(self.context, self)
        dialog.exec()
        dialog.deleteLater()

    def accept(self) -> None:
        self.context.update_settings(
            **self.form.values(),
            **self.counselor.values(),
            auto_lock_minutes=self.auto_lock.currentData(),
            appearance=self.appearance.currentData(),
        )
        super().accept()
