"""First-run setup, shown inside the main window so "Get help now" stays one click away."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from family_guide.ui.context import AppContext
from family_guide.ui.i18n import translate
from family_guide.ui.setup_form import SetupForm
from family_guide.ui.widgets import Retranslatable, heading, wrapped


class SetupPage(Retranslatable, QWidget):
    finished = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None, search: bool = True):
        """``search``: see ``SetupForm``; a first run's window adds it just after its first paint."""
        super().__init__(parent)
        self.context = context
        self.title = heading(level=1)
        self.intro = wrapped()
        self.privacy = wrapped()
        self.form = SetupForm(context, search=search)
        self.start = QPushButton()
        self.start.setProperty("role", "primary")
        self.start.setDefault(True)
        self.start.clicked.connect(self._finish)
        self.form.languageChosen.connect(context.set_language)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.start)
        layout = QVBoxLayout(self)
        for widget in (self.title, self.intro, self.form, self.privacy):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(translate("SetupPage", "Welcome to Family Guide"))
        self.intro.setText(
            translate(
                "SetupPage",
                "Three quick choices, so the guides and help lines fit you. You can change them later in Settings.",
            )
        )
        self.privacy.setText(
            translate(
                "SetupPage",
                "Family Guide works offline and never sends anything over the internet. Other people who use this "
                "computer may still see that it is installed, and no app can protect against monitoring software.",
            )
        )
        self.start.setText(translate("SetupPage", "&Start"))

    def _finish(self) -> None:
        self.context.update_settings(**self.form.values(), setup_done=True)
        self.finished.emit()
