"""Conversations: the guides for a chosen age, and a reader for one guide."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from family_guide.core.constants import AGE_BANDS
from family_guide.ui.content_html import guide_html
from family_guide.ui.content_view import ContentView
from family_guide.ui.context import AppContext
from family_guide.ui.i18n import translate
from family_guide.ui.widgets import Retranslatable, heading


class ConversationsPage(Retranslatable, QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.title = heading(level=1)
        self.age_label = QLabel()
        self.age = QComboBox()
        self.age_label.setBuddy(self.age)
        self.guides = QListWidget()
        self.guides.setWordWrap(True)
        self.guides.setSpacing(2)
        self.guides.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view = ContentView()
        self.empty = QLabel()
        self.empty.setWordWrap(True)

        filters = QVBoxLayout()  # label above the box: nothing clips at large text sizes
        filters.addWidget(self.age_label)
        filters.addWidget(self.age)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.guides, 1)
        left_layout.addWidget(self.empty)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(splitter, 1)

        self.age.currentIndexChanged.connect(self._fill)
        self.guides.currentItemChanged.connect(self._show)
        self.view.moduleLinkActivated.connect(context.moduleRequested)
        self.view.helpLinkActivated.connect(lambda _: context.helpRequested.emit())
        context.catalogChanged.connect(self._fill)
        context.languageChanged.connect(lambda _: self._fill())
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(translate("ConversationsPage", "Conversation guides"))
        self.age_label.setText(translate("ConversationsPage", "Child's &age:"))
        self.guides.setAccessibleName(translate("ConversationsPage", "Guides"))
        self.view.setAccessibleName(translate("ConversationsPage", "Guide text"))
        self.empty.setText(translate("ConversationsPage", "No guides are available for this age yet."))
        current = self.age.currentData() or AGE_BANDS[0]
        self.age.blockSignals(True)
        self.age.clear()
        for band in AGE_BANDS:
            self.age.addItem(translate("ConversationsPage", "%1 years").replace("%1", band), band)
        self.age.setCurrentIndex(max(0, self.age.findData(current)))
        self.age.blockSignals(False)
        self._fill()

    def show_module(self, module_id: str, band: str = "") -> None:
        if band in AGE_BANDS:
            self.age.setCurrentIndex(self.age.findData(band))
        for row in range(self.guides.count()):
            if self.guides.item(row).data(Qt.ItemDataRole.UserRole) == module_id:
                self.guides.setCurrentRow(row)

    def _fill(self) -> None:
        band = self.age.currentData()
        selected = self.guides.currentItem().data(Qt.ItemDataRole.UserRole) if self.guides.currentItem() else None
        self.guides.blockSignals(True)
        self.guides.clear()
        language = self.context.language
        for module in self.context.catalog.of_kind("guide"):
            if band in module.manifest.age_bands:
                item = QListWidgetItem(module.title(language).value)
                item.setData(Qt.ItemDataRole.UserRole, module.id)
                item.setToolTip(module.summary(language).value)
                self.guides.addItem(item)
                if module.id == selected:
                    self.guides.setCurrentItem(item)
        self.guides.blockSignals(False)
        self.empty.setVisible(self.guides.count() == 0)
        if self.guides.currentItem() is None and self.guides.count():
            self.guides.setCurrentRow(0)
        else:
            self._show()

    def _show(self, *_) -> None:
        item = self.guides.currentItem()
        if item is None:
            self.view.show_html("")
            return
        module = self.context.catalog.modules[item.data(Qt.ItemDataRole.UserRole)]
        self.view.show_html(guide_html(module, self.context.language, self.age.currentData()))
