"""Language, country, role (and text size): used by first-run setup and by Settings."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from family_guide.core.countries import ROLE_LABELS
from family_guide.core.settings import TEXT_SCALES
from family_guide.core.translatable import fill
from family_guide.ui.context import AppContext
from family_guide.ui.country_combo import CountryCombo, guess_country
from family_guide.ui.i18n import native_name, translate
from family_guide.ui.widgets import Retranslatable


class SetupForm(Retranslatable, QWidget):
    languageChosen = Signal(str)

    def __init__(
        self, context: AppContext, with_text_size: bool = False, parent: QWidget | None = None, search: bool = True
    ):
        """``search``: the country chooser's search by any part of a name, now or (False) on ``add_search()``."""
        super().__init__(parent)
        self.context = context
        layout = QFormLayout(self)
        self.language = QComboBox()
        for code in context.translations.available():
            self.language.addItem(native_name(code), code)
        self.country = CountryCombo(search=search)
        self.role = QComboBox()
        self.text_size = QComboBox() if with_text_size else None
        self.labels = [QLabel() for _ in range(4)]
        # The country comes first: it decides which emergency number the app shows.
        rows = [self.country, self.language, self.role] + ([self.text_size] if self.text_size else [])
        for label, field in zip(self.labels, rows, strict=False):
            label.setBuddy(field)
            layout.addRow(label, field)
        self._select(self.language, context.language)
        self.language.currentIndexChanged.connect(lambda _: self.languageChosen.emit(self.language.currentData()))
        self.retranslate()

    @staticmethod
    def _select(combo: QComboBox, value) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def retranslate(self) -> None:
        self.labels[0].setText(translate("SetupForm", "&Country:"))
        self.labels[1].setText(translate("SetupForm", "&Language:"))
        self.labels[2].setText(translate("SetupForm", "I &am a:"))
        self.labels[3].setText(translate("SetupForm", "&Text size:"))
        self.country.setToolTip(translate("SetupForm", "Used to show the right emergency numbers and help lines"))
        self.country.setAccessibleDescription(self.country.toolTip())
        chosen = self.country.code() or self.context.settings["country"] or guess_country()
        self.country.fill(self.context.language, chosen)
        current_role = self.role.currentData() or self.context.settings["role"]
        self.role.clear()
        for code, name in ROLE_LABELS.items():
            self.role.addItem(translate("Role", name), code)
        self._select(self.role, current_role)
        if self.text_size is not None:
            current_scale = self.text_size.currentData() or self.context.settings["text_scale"]
            self.text_size.clear()
            for scale in TEXT_SCALES:
                self.text_size.addItem(fill(translate("SetupForm", "%1%"), str(scale)), scale)
            self._select(self.text_size, current_scale)

    def values(self) -> dict:
        values = {
            "language": self.language.currentData(),
            "country": self.country.code(),
            "role": self.role.currentData(),
        }
        if self.text_size is not None:
            values["text_scale"] = self.text_size.currentData()
        return values
