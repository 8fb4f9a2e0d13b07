"""Home: where to start, for this user's role."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from family_guide.ui.context import AppContext
from family_guide.ui.flow_layout import FlowLayout
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
        buttons = FlowLayout()  # the three wrap onto two rows when long words or large text need it
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
        # The conversation plan needs the journal's children, so it is built on first use.
        self.plan_title = heading(level=2)
        self.plan_note = wrapped()
        self.plan_button = QPushButton()
        self.plan_button.clicked.connect(lambda: self.sectionRequested.emit("journal"))
        self.plan_view = None
        layout.addWidget(self.plan_title)
        layout.addWidget(self.plan_note)
        button_row = QHBoxLayout()  # keeps the button its natural width, without Qt enums before first paint
        button_row.addWidget(self.plan_button)
        button_row.addStretch(1)
        layout.addLayout(button_row)
        self.plan_layout = layout
        self.stretch_index = layout.count()
        layout.addStretch(1)
        context.catalogChanged.connect(self.retranslate)
        context.settingsChanged.connect(self.retranslate)
        self._session_connected = False
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
            self.plan_title.hide()
            self.plan_note.hide()
            self.plan_button.hide()
            return
        catalog = self.context.catalog
        guides = len(catalog.of_kind("guide"))
        checklists = len(catalog.of_kind("checklist"))
        self.counts.setText(
            translate("HomePage", "%n conversation guide(s)", None, guides)
            + " · "
            + translate("HomePage", "%n warning-sign checklist(s)", None, checklists)
        )
        self.show_plan()

    def show_plan(self) -> None:
        """Each child's topics (journal unlocked), or what to do to see them. Never any journal text when locked."""
        session = self.context.journal_session
        if not self._session_connected:
            for signal in (session.opened, session.locked, session.changed):
                signal.connect(self.show_plan)
            self._session_connected = True
        self.plan_title.setText(translate("HomePage", "Conversation plan"))
        self.plan_title.show()
        children = session.journal.children() if session.is_open else []
        if session.is_open and children:
            from datetime import date

            from family_guide.ui.content_view import ContentView
            from family_guide.ui.plan_html import plan_html

            if self.plan_view is None:
                self.plan_view = ContentView()
                self.plan_view.setAccessibleName(translate("HomePage", "Conversation plan"))
                self.plan_view.moduleLinkActivated.connect(self.context.moduleRequested)
                self.plan_layout.insertWidget(self.stretch_index, self.plan_view, 3)
            self.plan_view.show_html(
                plan_html(self.context.catalog, session.journal, self.context.language, date.today())
            )
            self.plan_view.show()
            self.plan_layout.setStretch(self.plan_layout.count() - 1, 0)  # the plan takes the free height
            self.plan_note.setText(
                translate(
                    "HomePage",
                    "Topics that suit each child's age now. Talk about each again every year, when your child moves "
                    "up an age group, and when they start a new app.",
                )
            )
            self.plan_button.hide()
        else:
            if self.plan_view is not None:
                self.plan_view.show_html("")  # nicknames are journal data: none on screen while locked
                self.plan_view.hide()
                self.plan_layout.setStretch(self.plan_layout.count() - 1, 1)
            if session.is_open:
                note = translate("HomePage", "Add your children in the journal to see which topics suit their age.")
                button = translate("HomePage", "Open the &journal")
            elif session.exists():
                note = translate("HomePage", "Unlock your journal to see each child's conversation plan.")
                button = translate("HomePage", "Unlock the &journal")
            else:
                note = translate(
                    "HomePage",
                    "Set up a private journal to keep a conversation plan for each child: which topics suit their "
                    "age, what you talked about, and what is due again.",
                )
                button = translate("HomePage", "Set up the &journal")
            self.plan_note.setText(note)
            self.plan_button.setText(button)
            self.plan_button.show()
        self.plan_note.show()
