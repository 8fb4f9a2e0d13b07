"""Conversations: find a guide (by age or child, topic, audience, or words) and read it.

The reader keeps lines to a comfortable length, sets the lines to say apart, and reveals
the "if your child says" answers one at a time. "We talked about this" records the talk
in the journal, offering to set one up first.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from family_guide.core.constants import AGE_BANDS
from family_guide.core.countries import ROLE_LABELS
from family_guide.core.guide_choice import GuideQuery, band_of, child_choices, child_of, choose_guides
from family_guide.core.guides import TOPIC_LABELS
from family_guide.core.translatable import fill
from family_guide.ui.combo_fit import keep_choice_readable
from family_guide.ui.combo_refill import refill_combo
from family_guide.ui.content_html import guide_html, ltr
from family_guide.ui.content_view import ContentView
from family_guide.ui.context import AppContext
from family_guide.ui.i18n import translate
from family_guide.ui.read_aloud import ReadAloudBar, document_parts
from family_guide.ui.widgets import Retranslatable, heading, with_actions
from family_guide.ui.wrapping_delegate import wrap_items

READING_WIDTH = 72  # characters per line

if TYPE_CHECKING:
    from family_guide.ui.handouts.dialog import HandoutDialog


def topic_label(topic: str) -> str:
    return translate("Topic", TOPIC_LABELS[topic]) if topic in TOPIC_LABELS else topic


class ConversationsPage(Retranslatable, QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.revealed: set[int] = set()
        self._search_cache: dict = {}
        self.title = heading(level=1)
        self.age_label = QLabel()
        self.age = QComboBox()  # an age band, or a child from the journal (by their age this year)
        self.age_label.setBuddy(self.age)
        self.topic_label = QLabel()
        self.topic = QComboBox()
        self.topic_label.setBuddy(self.topic)
        self.audience_label = QLabel()
        self.audience = QComboBox()
        self.audience_label.setBuddy(self.audience)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.guides = QListWidget()
        wrap_items(self.guides, spacing=3, cards=True)  # guides as cards; titles wrap, never cut
        self.view = ContentView()
        self.view.set_reading_width(READING_WIDTH)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.talked = QPushButton()
        self.talked.setProperty("role", "primary")  # the screen's one primary action (docs/design.md)
        self.show_all = QPushButton()
        self.handout_button = QPushButton()
        self.read_aloud = ReadAloudBar(
            lambda: context.speech_engine_factory(),
            lambda words_only: document_parts(self.view, context.language, words_only),
            lambda: context.language,
            words_option=True,
        )

        filters = QVBoxLayout()  # labels above the boxes: nothing clips at large text sizes
        for label, field in (
            (self.age_label, self.age),
            (self.topic_label, self.topic),
            (self.audience_label, self.audience),
        ):
            filters.addWidget(label)
            filters.addWidget(field)
        filters.addWidget(self.search)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.guides, 1)
        left_layout.addWidget(self.empty)
        reader = with_actions(self.view, self.show_all, self.handout_button, self.talked)
        reader.layout().insertWidget(0, self.read_aloud)  # type: ignore[union-attr]  # with_actions lays it out in a QVBoxLayout
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(reader)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(splitter, 1)

        for combo in (self.age, self.topic, self.audience):
            keep_choice_readable(combo)  # the splitter may not squeeze it to "Todos los te..."
            combo.currentIndexChanged.connect(self._fill)
        self.search.textChanged.connect(self._fill)
        self.guides.currentItemChanged.connect(self._guide_changed)
        self.view.moduleLinkActivated.connect(context.moduleRequested)
        self.view.helpLinkActivated.connect(context.helpTargetRequested)
        self.view.revealRequested.connect(self.reveal)
        self.talked.clicked.connect(self.record_talk)
        self.handout_button.clicked.connect(self.make_handout)
        self.show_all.clicked.connect(self.reveal_all)
        context.catalogChanged.connect(self._catalog_changed)
        context.languageChanged.connect(lambda _: self._catalog_changed())
        session = context.journal_session
        session.opened.connect(self._refill_ages)
        session.locked.connect(self._refill_ages)
        session.changed.connect(self._refill_ages)
        self.retranslate()

    # -- text -------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(translate("ConversationsPage", "Conversation guides"))
        self.age_label.setText(translate("ConversationsPage", "C&hild's age:"))
        self.topic_label.setText(translate("ConversationsPage", "T&opic:"))
        self.audience_label.setText(translate("ConversationsPage", "&Written for:"))
        self.search.setPlaceholderText(translate("ConversationsPage", "Search the guides"))
        self.search.setAccessibleName(translate("ConversationsPage", "Search the guides"))
        self.guides.setAccessibleName(translate("ConversationsPage", "Guides"))
        self.view.setAccessibleName(translate("ConversationsPage", "Guide text"))
        self.talked.setText(translate("ConversationsPage", "We &talked about this..."))
        self.talked.setToolTip(
            translate("ConversationsPage", "Write down in your private journal that you had this talk")
        )
        self.show_all.setText(translate("ConversationsPage", "Show all &answers"))
        # Alt+M: H is the age box's, and D is "Dirigida a" in Spanish.
        self.handout_button.setText(translate("ConversationsPage", "&Make a handout..."))
        self.handout_button.setToolTip(
            translate("ConversationsPage", "Print this guide as a one- or two-page handout, or save it as a PDF")
        )
        self.read_aloud.retranslate()
        self._refill_ages()
        self._refill_topics()
        audiences = [(translate("Role", label), role) for role, label in ROLE_LABELS.items()]
        refill_combo(self.audience, [(translate("ConversationsPage", "Everyone"), None), *audiences])
        self._fill()

    def _refill_ages(self) -> None:
        """Age bands, then each child in the journal (only while it is unlocked: nicknames are private)."""
        current = self.age.currentData() or AGE_BANDS[0]
        self.age.blockSignals(True)
        self.age.clear()
        for band in AGE_BANDS:
            self.age.addItem(fill(translate("ConversationsPage", "%1 years"), ltr(band)), band)
        session = self.context.journal_session
        if session.is_open:
            for choice in child_choices(session.journal.children(), date.today()):
                text = fill(translate("ConversationsPage", "%1 (%2 this year)"), choice.nickname, choice.age)
                self.age.addItem(text, choice.key)
        index = self.age.findData(current)
        if index < 0 and child_of(current) is not None:  # the child is no longer listed: keep their age band
            index = self.age.findData(band_of(current))
        self.age.setCurrentIndex(max(0, index))
        self.age.blockSignals(False)
        self._fill()

    def _refill_topics(self) -> None:
        topics = sorted({t for m in self.context.catalog.of_kind("guide") for t in m.manifest.topics}, key=topic_label)
        items = [(translate("ConversationsPage", "All topics"), None), *((topic_label(t), t) for t in topics)]
        refill_combo(self.topic, items)

    def _catalog_changed(self) -> None:
        self._search_cache.clear()
        self._refill_topics()
        self._fill()

    # -- choosing -----------------------------------------------------------------

    @property
    def band(self) -> str:
        return band_of(self.age.currentData())

    @property
    def child_id(self) -> int | None:
        return child_of(self.age.currentData())

    def show_module(self, module_id: str, band: str = "") -> None:
        if band in AGE_BANDS and band != self.band:
            self.age.setCurrentIndex(self.age.findData(band))
        if self.topic.currentIndex() or self.audience.currentIndex() or self.search.text():
            self.topic.setCurrentIndex(0)  # a link must find its guide, whatever the filters
            self.audience.setCurrentIndex(0)
            self.search.clear()
        for row in range(self.guides.count()):
            if self.guides.item(row).data(Qt.ItemDataRole.UserRole) == module_id:
                self.guides.setCurrentRow(row)

    def visible_guides(self) -> list[str]:
        return [self.guides.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.guides.count())]

    def _fill(self, *_) -> None:
        query = GuideQuery(self.band, self.topic.currentData(), self.audience.currentData(), self.search.text())
        selected = self.guides.currentItem().data(Qt.ItemDataRole.UserRole) if self.guides.currentItem() else None
        self.guides.blockSignals(True)
        self.guides.clear()
        language = self.context.language
        for module in choose_guides(self.context.catalog.of_kind("guide"), query, language, self._search_cache):
            item = QListWidgetItem(module.title(language).value)
            item.setData(Qt.ItemDataRole.UserRole, module.id)
            item.setToolTip(module.summary(language).value)
            self.guides.addItem(item)
            if module.id == selected:
                self.guides.setCurrentItem(item)
        self.guides.blockSignals(False)
        self.empty.setText(
            translate("ConversationsPage", "No guide matches. Try other words, or choose \u201cAll topics\u201d.")
            if query.narrowed
            else translate("ConversationsPage", "No guides are available for this age yet.")
        )
        self.empty.setVisible(self.guides.count() == 0)
        if self.guides.currentItem() is None and self.guides.count():
            self.guides.setCurrentRow(0)
        else:
            self._guide_changed()

    def _guide_changed(self, *_) -> None:
        self.revealed = set()
        self._show()

    def current_module(self):
        item = self.guides.currentItem()
        return self.context.catalog.modules[item.data(Qt.ItemDataRole.UserRole)] if item else None

    def _show(self, keep_place: bool = False) -> None:
        self.read_aloud.stop()  # the page it was reading is gone
        module = self.current_module()
        self.talked.setEnabled(module is not None)
        self.show_all.setEnabled(module is not None)
        if module is None:
            self.view.show_html("")
            return
        html = guide_html(module, self.context.language, self.band, self.revealed)
        if keep_place:
            self.view.show_html_keeping_place(html)
        else:
            self.view.show_html(html)

    def reveal(self, number: int) -> None:
        self.revealed.add(number)
        self._show(keep_place=True)
        # Put the reading position on the answer just shown, so the next Tab continues from there.
        block = self.view.document().begin()
        target = f"answer-{number}"
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                if target in fragment.charFormat().anchorNames():
                    cursor = self.view.textCursor()
                    cursor.setPosition(fragment.position())
                    self.view.setTextCursor(cursor)
                    return
                it += 1
            block = block.next()

    def reveal_all(self) -> None:
        module = self.current_module()
        if module is not None:
            self.revealed = set(range(len(module.guide(self.context.language, self.band).value.if_child_says)))
            self._show(keep_place=True)

    # -- the journal --------------------------------------------------------------

    def handout_dialog(self) -> HandoutDialog | None:
        """The handout dialog for the guide and age shown (None when no guide is shown)."""
        from family_guide.core.handouts.compose import GuideSource
        from family_guide.ui.handouts.dialog import HandoutDialog

        module = self.current_module()
        if module is None:
            return None
        label = fill(translate("ConversationsPage", "This guide, ages %1"), ltr(self.band))
        return HandoutDialog(self.context, [(label, GuideSource(module.id, self.band))], self)

    def make_handout(self) -> None:
        dialog = self.handout_dialog()
        if dialog is not None:
            dialog.exec()
            dialog.deleteLater()

    def record_talk(self) -> None:
        from family_guide.core.journal.records import Entry
        from family_guide.ui.journal.dialogs import SaveToJournalDialog, ensure_open

        module = self.current_module()
        if module is None:
            return
        session = self.context.journal_session
        if not ensure_open(session, self):
            return
        title = module.title(self.context.language).value
        entry = Entry(
            "conversation",
            title,
            child_id=self.child_id,
            details={"module": module.id, "band": self.band},
        )
        dialog = SaveToJournalDialog(
            session,
            entry,
            fill(
                translate("ConversationsPage", "Record that you talked about \u201c%1\u201d (ages %2)."),
                title,
                ltr(self.band),
            ),
            self,
        )
        dialog.exec()
        dialog.deleteLater()
