"""A country chooser for 193 countries: names in the user's language, sorted the way that
language sorts, searchable by typing any part of a name ("kingdom" finds United Kingdom)."""

from __future__ import annotations

from functools import cmp_to_key

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QWidget

from family_guide.core.countries import ANOTHER_COUNTRY, country_table
from family_guide.ui.country_names import country_name


class CountryCombo(QComboBox):
    def __init__(self, parent: QWidget | None = None, search: bool = True):
        """``search``: find a country by any part of its name at once; with False, ``add_search()``
        adds it later (Setup does, just after the first paint: see there)."""
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._searchable = False
        if search:
            self.add_search()
        # Typing a name that matches nothing must not leave a half-typed, invalid choice behind.
        line = self.lineEdit()
        assert line is not None  # the combo was made editable above
        line.editingFinished.connect(self._restore_valid_text)
        self.setMinimumContentsLength(18)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

    def add_search(self) -> None:
        """A pop-up list of every country whose name contains what is typed ("kingdom" finds United
        Kingdom). Its flags live in Qt's enum namespace, which PySide6 builds whole on first use (~15-30 ms):
        a first run's Setup adds this just after its first paint; the user cannot type before it."""
        if self._searchable:
            return
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QCompleter

        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self._searchable = True

    def fill(self, language: str, current: str | None = None) -> None:
        """(Re)build the list in ``language``, keeping ``current`` (or the present choice) selected."""
        from PySide6.QtCore import QCollator

        keep = current or self.code()
        collator = QCollator(QLocale(language))
        table = country_table()
        order = cmp_to_key(collator.compare)
        names = sorted(((country_name(code, language), code) for code in table.codes), key=lambda p: order(p[0]))
        self.blockSignals(True)
        self.clear()
        for name, code in names:
            self.addItem(name, code)
        self.addItem(country_name(ANOTHER_COUNTRY, language), ANOTHER_COUNTRY)
        self.blockSignals(False)
        self.select(keep or ANOTHER_COUNTRY)

    def code(self) -> str | None:
        return self.currentData()

    def select(self, code: str) -> None:
        index = self.findData(code)
        self.setCurrentIndex(index if index >= 0 else self.findData(ANOTHER_COUNTRY))

    def _restore_valid_text(self) -> None:
        from PySide6.QtCore import Qt  # not at import: Setup builds this combo before the first paint

        index = self.findText(self.currentText(), Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(self.itemText(self.currentIndex()))


def guess_country() -> str:
    """The country of the system's locale, if the app knows it; else "Another country"."""
    code = QLocale.territoryToCode(QLocale.system().territory())
    return code if country_table().is_country(code) else ANOTHER_COUNTRY
