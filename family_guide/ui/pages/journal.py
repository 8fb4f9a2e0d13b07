"""Journal: the private, encrypted notebook (the store arrives with the journal feature)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from family_guide.ui.context import AppContext
from family_guide.ui.i18n import translate
from family_guide.ui.widgets import Retranslatable, heading, wrapped


class JournalPage(Retranslatable, QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.title = heading(level=1)
        self.body = wrapped()
        self.limits = wrapped()
        for widget in (self.title, self.body, self.limits):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(translate("JournalPage", "Private journal"))
        self.body.setText(
            translate(
                "JournalPage",
                "The journal is a private place to write down what you notice: dates, usernames, what was said, "
                "and what you did. It stays on this computer, locked with your passphrase. "
                "It is not available in this version yet.",
            )
        )
        self.limits.setText(
            translate(
                "JournalPage",
                "Please know its limits: a lock cannot protect against monitoring software, or against someone "
                "who manages this computer.",
            )
        )
