"""Get help: the help directory for a country, by need."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from family_guide.core.countries import COUNTRIES
from family_guide.ui.content_html import entries_html
from family_guide.ui.content_view import ContentView
from family_guide.ui.context import AppContext
from family_guide.ui.i18n import translate
from family_guide.ui.widgets import Retranslatable, heading


class GetHelpPage(Retranslatable, QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.title = heading(level=1)
        self.country_label = QLabel()
        self.country = QComboBox()
        self.country_label.setBuddy(self.country)
        self.view = ContentView()
        row = QHBoxLayout()
        row.addWidget(self.country_label)
        row.addWidget(self.country, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        self.country.currentIndexChanged.connect(self._show)
        self.view.helpLinkActivated.connect(lambda _: context.helpRequested.emit())
        context.catalogChanged.connect(self._show)
        context.settingsChanged.connect(self._follow_setting)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(translate("GetHelpPage", "Help lines and reporting"))
        self.country_label.setText(translate("GetHelpPage", "&Country:"))
        self.view.setAccessibleName(translate("GetHelpPage", "Help lines"))
        current = self.country.currentData() or self.context.country
        self.country.blockSignals(True)
        self.country.clear()
        for code, name in COUNTRIES.items():
            self.country.addItem(translate("Country", name), code)
        self.country.setCurrentIndex(max(0, self.country.findData(current)))
        self.country.blockSignals(False)
        self._show()

    def _follow_setting(self) -> None:
        self.country.setCurrentIndex(max(0, self.country.findData(self.context.country)))

    def _show(self, *_) -> None:
        modules = self.context.catalog.of_kind("directory")
        html = entries_html(modules, self.context.language, self.country.currentData() or "GLOBAL")
        if not html:
            html = (
                "<p>"
                + translate(
                    "GetHelpPage", "No help lines are loaded. In an emergency, call your local emergency number."
                )
                + "</p>"
            )
        self.view.show_html(html)
