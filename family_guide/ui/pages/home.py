"""Home: where to start, for this user's role."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from family_guide.ui.context import AppContext
from family_guide.ui.i18n import translate
from family_guide.ui.widgets import Retranslatable, heading, wrapped


class HomePage(Retranslatable, QWidget):
    sectionRequested = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        self.title = heading(level=1)
        self.intro = wrapped()
        self.role_tip = wrapped()
        self.counts = wrapped()
        buttons = QHBoxLayout()
        self.talk = QPushButton()
        self.signs = QPushButton()
        self.help = QPushButton()
        for button in (self.talk, self.signs, self.help):
            button.setMinimumHeight(button.sizeHint().height() * 3 // 2)
            buttons.addWidget(button)
        self.talk.clicked.connect(lambda: self.sectionRequested.emit("conversations"))
        self.signs.clicked.connect(lambda: self.sectionRequested.emit("warning_signs"))
        self.help.clicked.connect(context.helpRequested)
        for widget in (self.title, self.intro, self.role_tip):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addWidget(self.counts)
        layout.addStretch(1)
        context.catalogChanged.connect(self.retranslate)
        context.settingsChanged.connect(self.retranslate)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(translate("HomePage", "Welcome"))
        self.intro.setText(
            translate(
                "HomePage",
                "Children are safer online when they know they can tell you anything without getting in trouble. "
                "Family Guide helps you talk early and often, know the warning signs, and know what to do.",
            )
        )
        tips = {
            "parent": translate("HomePage", "Start with a short, calm talk. You do not need to know everything."),
            "leader": translate("HomePage", "Use the guides to prepare a talk for parents or young people."),
            "counselor": translate("HomePage", "Walk through a checklist with a family, then share the next steps."),
        }
        self.role_tip.setText(tips.get(self.context.settings["role"], tips["parent"]))
        self.talk.setText(translate("HomePage", "&Start a conversation"))
        self.signs.setText(translate("HomePage", "Check &warning signs"))
        self.help.setText(translate("HomePage", "Get &help now"))
        if not self.context.content_loaded:
            self.counts.clear()
            return
        catalog = self.context.catalog
        guides = len(catalog.of_kind("guide"))
        checklists = len(catalog.of_kind("checklist"))
        self.counts.setText(
            translate("HomePage", "%n conversation guide(s)", None, guides)
            + " · "
            + translate("HomePage", "%n warning-sign checklist(s)", None, checklists)
        )
