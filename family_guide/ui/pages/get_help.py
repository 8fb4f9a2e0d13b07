"""Get help: the help directory for a country, by need."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from family_guide.core.directory import NEED_LABELS, emergency_for
from family_guide.core.translatable import fill
from family_guide.ui.combo_fit import keep_choice_readable
from family_guide.ui.combo_refill import refill_combo
from family_guide.ui.content_html import entries_html, tag
from family_guide.ui.content_view import ContentView
from family_guide.ui.context import AppContext
from family_guide.ui.country_combo import CountryCombo
from family_guide.ui.flow_layout import FlowLayout
from family_guide.ui.help_html import call_now_text, emergency_details_html
from family_guide.ui.i18n import translate
from family_guide.ui.read_aloud import ReadAloudBar, document_parts
from family_guide.ui.widgets import Retranslatable, heading

if TYPE_CHECKING:
    from family_guide.ui.handouts.dialog import HandoutDialog


class GetHelpPage(Retranslatable, QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.title = heading(level=1)
        self.country_label = QLabel()
        self.country = CountryCombo()
        self.country_label.setBuddy(self.country)
        self.need_label = QLabel()
        self.need = QComboBox()
        self.need_label.setBuddy(self.need)
        self.view = ContentView()
        self.status = QLabel()
        self.status.setObjectName("CopyStatus")
        self.handout_button = QPushButton()
        self.handout_button.clicked.connect(self.make_handout)
        self.read_aloud = ReadAloudBar(
            lambda: context.speech_engine_factory(),
            lambda words_only: document_parts(self.view, context.language, words_only),
            lambda: context.language,
        )
        # Each label stays beside its box; the pairs and the button wrap onto a second line at
        # large text sizes instead of squeezing a box until its choice is cut ("All kinds of h...").
        row = FlowLayout()
        for label, box in ((self.country_label, self.country), (self.need_label, self.need)):
            pair = QWidget()
            pair_layout = QHBoxLayout(pair)
            pair_layout.setContentsMargins(0, 0, 0, 0)
            pair_layout.addWidget(label)
            pair_layout.addWidget(box)
            keep_choice_readable(box)  # the box is as wide as its choice; the row wraps instead
            row.addWidget(pair)
        row.addWidget(self.handout_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(row)
        layout.addWidget(self.read_aloud)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        self.country.currentIndexChanged.connect(self._show)
        self.need.currentIndexChanged.connect(self._show)
        self.view.copied.connect(
            lambda text: self.status.setText(fill(translate("GetHelpPage", "Copied to the clipboard: %1"), text))
        )
        self.view.helpLinkActivated.connect(context.helpTargetRequested)
        context.catalogChanged.connect(self._show)
        context.settingsChanged.connect(self._follow_setting)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(translate("GetHelpPage", "Help lines and reporting"))
        self.country_label.setText(translate("GetHelpPage", "&Country:"))
        self.view.setAccessibleName(translate("GetHelpPage", "Help lines"))
        self.read_aloud.retranslate()
        self.country.fill(self.context.language, self.country.code() or self.context.country)
        self.need_label.setText(translate("GetHelpPage", "&Show:"))
        self.handout_button.setText(translate("GetHelpPage", "Make a &handout..."))
        self.handout_button.setToolTip(translate("GetHelpPage", "Print these help lines, or save them as a PDF"))
        needs = [(translate("Need", label), key) for key, label in NEED_LABELS.items()]
        refill_combo(self.need, [(translate("GetHelpPage", "All kinds of help"), None), *needs])
        self._show()

    def handout_dialog(self) -> HandoutDialog:
        from family_guide.core.handouts.compose import HelpPageSource
        from family_guide.ui.country_names import country_name
        from family_guide.ui.handouts.dialog import HandoutDialog

        code = self.country.code() or self.context.country
        label = fill(translate("GetHelpPage", "Help lines for %1"), country_name(code, self.context.language))
        dialog = HandoutDialog(self.context, [(label, HelpPageSource())], self)
        dialog.country.select(code)
        return dialog

    def make_handout(self) -> None:
        dialog = self.handout_dialog()
        dialog.exec()
        dialog.deleteLater()

    def _follow_setting(self) -> None:
        self.country.select(self.context.country)

    def _show(self, *_) -> None:
        self.read_aloud.stop()  # the page it was reading is gone
        modules = self.context.catalog.of_kind("directory")
        need = self.need.currentData()
        country = self.country.code() or self.context.country
        language = self.context.language
        html = entries_html(modules, language, country, (need,) if need else None, once=False)
        if need in (None, "emergency"):
            help = emergency_for(modules, country)
            html = tag("h2", call_now_text(help)) + emergency_details_html(help, language) + html
        if html:
            html += tag(
                "p",
                translate(
                    "GetHelpPage",
                    "These facts come from public pages we read; no one called the numbers to check them. Numbers "
                    "change: if one does not work, call the emergency number.",
                ),
            )
        if modules and not html:
            html = (
                "<p>"
                + translate(
                    "GetHelpPage",
                    "Nothing of this kind is listed for this country. Choose \u201cAll kinds of help\u201d, or "
                    "ask the child helpline or the police.",
                )
                + "</p>"
            )
        if not html:
            html = (
                "<p>"
                + translate(
                    "GetHelpPage", "No help lines are loaded. In an emergency, call your local emergency number."
                )
                + "</p>"
            )
        self.view.show_html(html)
