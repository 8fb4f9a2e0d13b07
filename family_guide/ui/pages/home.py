"""Home: where to start, for this user's role. With children in the open journal, the next step
comes first: each child's next one or two topics, the rest folded behind "Show all"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from family_guide.ui.context import AppContext
from family_guide.ui.flow_layout import FlowLayout
from family_guide.ui.i18n import translate
from family_guide.ui.widgets import Retranslatable, heading, wrapped

if TYPE_CHECKING:
    from family_guide.ui.content_view import ContentView

NEXT_TOPICS = 2  # topics per child shown before "Show all"


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
        self.talk.setProperty("role", "primary")  # the one primary action (docs/design.md)
        self.signs = QPushButton()
        self.help = QPushButton()
        for button in (self.talk, self.signs, self.help):
            button.setMinimumHeight(button.sizeHint().height() * 3 // 2)
            buttons.addWidget(button)
        self.talk.clicked.connect(lambda: self.sectionRequested.emit("conversations"))
        self.signs.clicked.connect(lambda: self.sectionRequested.emit("warning_signs"))
        self.help.clicked.connect(context.helpRequested)
        layout.addWidget(self.title)
        self.welcome_box = QWidget()  # the introduction and the three ways in
        welcome = QVBoxLayout(self.welcome_box)
        welcome.setContentsMargins(0, 0, 0, 0)
        for widget in (self.intro, self.role_tip):
            welcome.addWidget(widget)
        welcome.addLayout(buttons)
        welcome.addWidget(self.counts)
        # The conversation plan needs the journal's children, so it is built on first use.
        self.plan_box = QFrame()  # a card: the plan, or how to get one
        self.plan_box.setProperty("role", "card")
        plan = QVBoxLayout(self.plan_box)
        self.plan_title = heading(level=2)
        self.plan_note = wrapped()
        self.plan_button = QPushButton()
        self.plan_button.clicked.connect(lambda: self.sectionRequested.emit("journal"))
        self.show_all = QPushButton()  # unfolds the whole plan (and folds it again)
        self.show_all.setCheckable(True)
        self.show_all.toggled.connect(self.show_plan)
        self.plan_view: ContentView | None = None
        plan.addWidget(self.plan_title)
        plan.addWidget(self.plan_note)
        button_row = QHBoxLayout()  # keeps the buttons their natural width, without Qt enums before first paint
        button_row.addWidget(self.plan_button)
        button_row.addWidget(self.show_all)
        button_row.addStretch(1)
        plan.addLayout(button_row)
        self.plan_layout = plan
        self.stretch_index = 2  # the plan view goes under the note
        layout.addWidget(self.welcome_box)
        layout.addWidget(self.plan_box)
        self.page_layout = layout
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
            self.plan_box.hide()
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
        self.plan_box.show()
        children = session.journal.children() if session.is_open else []
        self._place_plan(first=bool(session.is_open and children))
        if session.is_open and children:
            from datetime import date

            from family_guide.ui.content_view import ContentView
            from family_guide.ui.plan_html import plan_html

            if self.plan_view is None:
                self.plan_view = ContentView()
                self.plan_view.setFrameShape(QFrame.Shape.NoFrame)  # the card is its frame
                self.plan_view.moduleLinkActivated.connect(self.context.moduleRequested)
                self.plan_layout.insertWidget(self.stretch_index, self.plan_view, 3)
            self.plan_view.setAccessibleName(
                translate("HomePage", "Conversation plan")
            )  # each time: the language may change
            everything = self.show_all.isChecked()
            self.plan_view.show_html(
                plan_html(
                    self.context.catalog,
                    session.journal,
                    self.context.language,
                    date.today(),
                    None if everything else NEXT_TOPICS,
                )
            )
            self.plan_view.show()
            self.show_all.setText(
                translate("HomePage", "Show &fewer") if everything else translate("HomePage", "Show all &topics")
            )
            self.show_all.show()
            self.page_layout.setStretch(self.page_layout.count() - 1, 0)  # the plan takes the free height
            self.page_layout.setStretch(self.page_layout.indexOf(self.plan_box), 1)
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
            self.show_all.hide()
            self.page_layout.setStretch(self.page_layout.indexOf(self.plan_box), 0)
            self.page_layout.setStretch(self.page_layout.count() - 1, 1)
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

    def resizeEvent(self, event) -> None:
        from family_guide.ui.theme import SPACE_S, column_margin

        side = column_margin(self, event.size().width())  # a centred column in wide windows
        self.page_layout.setContentsMargins(side + SPACE_S, SPACE_S, side + SPACE_S, SPACE_S)
        super().resizeEvent(event)

    def _place_plan(self, first: bool) -> None:
        """The plan's next steps come right under the title; an offer to set one up comes after the introduction."""
        layout = self.page_layout
        wanted = 1 if first else 2
        if layout.indexOf(self.plan_box) != wanted:
            layout.removeWidget(self.plan_box)
            layout.insertWidget(wanted, self.plan_box)
