"""Make a handout: pick what, language(s), whom it is for, country and paper; preview, print or save a PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from family_guide.core.handouts.blocks import CounselorDetails, Handout
from family_guide.core.handouts.compose import (
    AUDIENCE_LABELS,
    SAFETY_PLAN_TITLE,
    ChecklistSource,
    HandoutRefused,
    Request,
    SafetyPlanSource,
    Source,
    WorkshopSource,
    workshop_audience,
)
from family_guide.core.translatable import QT_TRANSLATE_NOOP, fill
from family_guide.ui.combo_refill import refill_combo
from family_guide.ui.context import AppContext
from family_guide.ui.country_combo import CountryCombo
from family_guide.ui.country_names import country_name
from family_guide.ui.handouts.languages import directions, translator_for
from family_guide.ui.handouts.logo import stored_logo
from family_guide.ui.i18n import native_name, translate
from family_guide.ui.printing.pages import default_paper
from family_guide.ui.widgets import Retranslatable

PAPER_LABELS = {
    "a4": QT_TRANSLATE_NOOP("HandoutDialog", "A4"),
    "letter": QT_TRANSLATE_NOOP("HandoutDialog", "Letter"),
    "a5": QT_TRANSLATE_NOOP("HandoutDialog", "A5 (half of A4)"),
}


class HandoutDialog(Retranslatable, QDialog):
    """``sources``: what the screen that opened the dialog can make a handout of, as (label, source)."""

    def __init__(self, context: AppContext, sources: list[tuple[str, Source]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._sources = [*sources, ("", SafetyPlanSource())]
        self.what = QComboBox()
        self.language = QComboBox()
        self.second = QComboBox()
        self.audience = QComboBox()
        self.country = CountryCombo()
        self.paper = QComboBox()
        self.labels = [QLabel() for _ in range(6)]
        form = QFormLayout()
        for label, field in zip(
            self.labels, (self.what, self.language, self.second, self.audience, self.country, self.paper), strict=True
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        self.message = QLabel()  # why a handout cannot be made, or what was changed to make it
        self.message.setWordWrap(True)
        self.message.setObjectName("HandoutMessage")
        self.preview_button = QPushButton()
        self.print_button = QPushButton()
        self.save_button = QPushButton()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.preview_button, self.print_button, self.save_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_handout)
        self.save_button.clicked.connect(self.save_pdf)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        for code in context.translations.available():
            self.language.addItem(native_name(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(context.language)))
        self.country.fill(context.language, context.country)
        self.retranslate()
        for field in (self.what, self.language, self.second, self.audience):
            field.currentIndexChanged.connect(lambda _: self.message.clear())
        self.what.currentIndexChanged.connect(lambda _: self._follow_source())
        self._follow_source()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("HandoutDialog", "Make a handout"))
        texts = (
            QT_TRANSLATE_NOOP("HandoutDialog", "&Handout:"),
            QT_TRANSLATE_NOOP("HandoutDialog", "&Language:"),
            QT_TRANSLATE_NOOP("HandoutDialog", "&Second language:"),
            QT_TRANSLATE_NOOP("HandoutDialog", "&For:"),
            QT_TRANSLATE_NOOP("HandoutDialog", "&Country:"),
            QT_TRANSLATE_NOOP("HandoutDialog", "Pape&r:"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(translate("HandoutDialog", text))
        self.preview_button.setText(translate("HandoutDialog", "Pre&view..."))
        self.print_button.setText(translate("HandoutDialog", "&Print..."))
        self.save_button.setText(translate("HandoutDialog", "Save as P&DF..."))
        refill_combo(
            self.what,
            [(label or translate("Handout", SAFETY_PLAN_TITLE), i) for i, (label, _) in enumerate(self._sources)],
        )
        none = [(translate("HandoutDialog", "None (one language)"), "")]
        refill_combo(self.second, none + [(native_name(c), c) for c in self.context.translations.available()])
        refill_combo(self.audience, [(translate("Handout", text), key) for key, text in AUDIENCE_LABELS.items()])
        refill_combo(self.paper, [(translate("HandoutDialog", label), key) for key, label in PAPER_LABELS.items()])
        if self.paper.property("initialised") is None:
            self.paper.setCurrentIndex(max(0, self.paper.findData(default_paper(self.context))))
            self.paper.setProperty("initialised", True)

    def _follow_source(self) -> None:
        """A workshop's take-home handout is for the plan's participants: "For" shows them and is locked."""
        source = self.source
        module = self.context.catalog.modules.get(source.module_id) if isinstance(source, WorkshopSource) else None
        if module is not None:
            self.audience.setCurrentIndex(max(0, self.audience.findData(workshop_audience(module))))
        self.audience.setEnabled(module is None)

    @property
    def source(self) -> Source:
        return self._sources[self.what.currentData() or 0][1]

    # ------------------------------------------------------------------ making it

    @property
    def languages(self) -> tuple[str, ...]:
        second = self.second.currentData()
        return (self.language.currentData(), second) if second else (self.language.currentData(),)

    def handout(self) -> Handout | None:
        """The handout as chosen, or None with the reason shown in the dialog."""
        from family_guide.core.handouts.compose import compose

        languages = self.languages
        country = self.country.code() or self.context.country
        request = Request(
            source=self.source,
            languages=languages,
            country=country,
            country_names=tuple(country_name(country, lang) for lang in languages),
            audience=self.audience.currentData() or "adults",
            right_to_left=directions(languages),
        )
        settings = self.context.settings
        counselor = CounselorDetails(
            settings["handout_organisation"], settings["handout_contact"], stored_logo(self.context.paths.data_dir)
        )
        translators = {lang: translator_for(lang, self.context.language) for lang in languages}
        try:
            handout = compose(self.context.catalog, request, translators, counselor)
        except HandoutRefused as refused:
            self.message.setText(refused.message(translate, self._name))
            return None
        notes = [fill(translate("Handout", text), *map(self._name, args)) for text, args in handout.notes]
        notes += self._length_note(handout)
        self.message.setText(" ".join(notes))
        return handout

    def _length_note(self, handout: Handout) -> list[str]:
        """A blank worksheet in two languages may run past two pages (docs/handouts.md, Length): say so,
        and what gives two pages. Counted only then: it costs a layout of the whole handout."""
        source = self.source
        if not (isinstance(source, ChecklistSource) and source.tier is None and handout.bilingual):
            return []
        from family_guide.ui.handouts.render import count_pages

        pages = count_pages(handout, self.paper_key)
        if pages <= 2:
            return []
        text = translate(
            "HandoutDialog",
            "This worksheet runs to %1 pages in two languages. For two pages, make it in one language on A4 or Letter.",
        )
        return [fill(text, str(pages))]

    def _name(self, value: str) -> str:
        """A language code as the language's own name; anything else as it is."""
        return native_name(value) if value in self.context.translations.available() else value

    @property
    def paper_key(self) -> str:
        return self.paper.currentData() or "a4"

    def _remember_paper(self) -> None:
        if self.paper_key != self.context.settings["handout_paper"]:
            self.context.update_settings(handout_paper=self.paper_key)

    def preview(self) -> None:
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from family_guide.ui.handouts.render import render_to

        handout = self.handout()
        if handout is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(handout.footer_title)
        dialog = QPrintPreviewDialog(printer, self)
        dialog.paintRequested.connect(lambda device: render_to(device, handout, self.paper_key))
        dialog.exec()
        dialog.deleteLater()

    def print_handout(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from family_guide.ui.handouts.render import render_to

        handout = self.handout()
        if handout is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(handout.footer_title)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            render_to(printer, handout, self.paper_key)
            self._remember_paper()
        dialog.deleteLater()

    def choose_pdf_path(self) -> str:
        from family_guide.ui.file_dialogs import save_file_name

        return save_file_name(
            self,
            translate("HandoutDialog", "Save the handout"),
            str(Path.home() / "handout.pdf"),
            translate("HandoutDialog", "PDF files (*.pdf)"),
        )

    def save_pdf(self) -> Path | None:
        from family_guide.ui.handouts.render import write_handout_pdf

        handout = self.handout()
        if handout is None:
            return None
        path = self.choose_pdf_path()
        if not path:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            write_handout_pdf(handout, self.paper_key, Path(path))
        except OSError as error:
            QMessageBox.warning(self, translate("HandoutDialog", "Not saved"), str(error.strerror or error))
            return None
        self._remember_paper()
        saved = fill(translate("HandoutDialog", "Saved: %1"), Path(path).name)
        self.message.setText(" ".join(filter(None, (self.message.text(), saved))))  # notes stay in view
        return Path(path)
