"""Workshops: the session plans for leaders, with audience and length; read a plan (agenda,
safeguarding page, slides and notes), present it, adapt it, export it as PDF."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from family_guide.core.translatable import fill
from family_guide.core.workshop.helplines import WorkshopHelp, workshop_help
from family_guide.core.workshop.plan import PlanDraft
from family_guide.ui.content_view import ContentView
from family_guide.ui.context import AppContext
from family_guide.ui.flow_layout import FlowLayout
from family_guide.ui.i18n import translate
from family_guide.ui.widgets import Retranslatable, heading, wrapped
from family_guide.ui.workshop.plan_html import duration_text, plan_html
from family_guide.ui.wrapping_delegate import wrap_items

if TYPE_CHECKING:
    from family_guide.core.modules import Module
    from family_guide.ui.handouts.dialog import HandoutDialog
    from family_guide.ui.workshop.presenter import PresenterController


class WorkshopsPage(Retranslatable, QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.controller: PresenterController | None = None  # the running presentation, if any
        self.clock = None  # tests inject a clock for the session timer
        self.title = heading(level=1)
        self.intro = wrapped()
        self.plans = QListWidget()
        wrap_items(self.plans, spacing=2)
        self.view = ContentView()
        self.view.set_reading_width(80)
        self.present_button = QPushButton()
        self.edit_button = QPushButton()
        self.slides_button = QPushButton()
        self.notes_button = QPushButton()
        self.handout_button = QPushButton()
        font = self.present_button.font()
        font.setBold(True)
        self.present_button.setFont(font)

        buttons = FlowLayout()  # at large text sizes the four buttons wrap instead of widening the window
        for button in self._buttons():
            buttons.addWidget(button)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.plans)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([250, 750])  # the plan gets most of the width at first; the user can drag
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)
        # Under the list and the plan, across the page: at 200% text the buttons take two lines
        # there, where under the plan alone they took three and left the plan little height.
        layout.addLayout(buttons)

        self.plans.currentItemChanged.connect(lambda *_: self._show())
        from PySide6.QtGui import QAction, QKeySequence

        self.present_action = QAction(self)
        self.present_action.setShortcut(QKeySequence("F5"))  # the key every presentation program starts with
        self.present_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.present_action.triggered.connect(lambda: self.present())
        self.addAction(self.present_action)
        self.present_button.clicked.connect(lambda: self.present())
        self.edit_button.clicked.connect(lambda: self.edit())
        self.slides_button.clicked.connect(lambda: self.export_slides())
        self.notes_button.clicked.connect(lambda: self.export_notes())
        self.handout_button.clicked.connect(lambda: self.make_handout())
        context.catalogChanged.connect(self._fill)
        context.languageChanged.connect(lambda _: self._fill())
        context.settingsChanged.connect(self._show)  # the country decides the help lines
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(translate("Workshops", "Workshops"))
        self.intro.setText(
            translate(
                "Workshops",
                "Session plans for leaders: agenda, slides, notes and a safeguarding page. Read the safeguarding "
                "page before you present. Adapt a plan to your group and save it as your own.",
            )
        )
        self.plans.setAccessibleName(translate("Workshops", "Session plans"))
        self.view.setAccessibleName(translate("Workshops", "The plan"))
        self.present_button.setText(translate("Workshops", "&Present..."))
        self.present_button.setToolTip(translate("Workshops", "Show the slides full screen (F5)"))
        self.edit_button.setText(translate("Workshops", "&Adapt..."))
        self.edit_button.setToolTip(translate("Workshops", "Reorder, hide and edit slides; save as your own plan"))
        self.slides_button.setText(translate("Workshops", "Export s&lides (PDF)..."))
        self.notes_button.setText(translate("Workshops", "Export n&otes (PDF)..."))
        self.handout_button.setText(translate("Workshops", "&Make a handout..."))
        self.handout_button.setToolTip(
            translate("Workshops", "Print the plan's take-home handout for participants, or save it as a PDF")
        )
        self._fill()

    # ---------------------------------------------------------------- the list

    def _fill(self) -> None:
        selected = self.plans.currentItem().data(Qt.ItemDataRole.UserRole) if self.plans.currentItem() else None
        language = self.context.language
        self.plans.blockSignals(True)
        self.plans.clear()
        for module in self.context.catalog.of_kind("workshop"):
            draft = PlanDraft.from_module(module)
            line = f"{draft.field_text(language, 'audience')} \u00b7 {duration_text(draft)}"
            if module.origin == "user":
                line += " \u00b7 " + translate("Workshops", "your plan")
            item = QListWidgetItem(f"{module.title(language).value}\n{line}")
            item.setData(Qt.ItemDataRole.UserRole, module.id)
            self.plans.addItem(item)
            if module.id == selected:
                self.plans.setCurrentItem(item)
        self.plans.blockSignals(False)
        if self.plans.currentItem() is None and self.plans.count():
            self.plans.setCurrentRow(0)
        self._show()

    def select(self, module_id: str) -> None:
        for row in range(self.plans.count()):
            if self.plans.item(row).data(Qt.ItemDataRole.UserRole) == module_id:
                self.plans.setCurrentRow(row)

    def draft(self) -> PlanDraft | None:
        """A fresh copy of the selected plan (editing it never changes the loaded module)."""
        item = self.plans.currentItem()
        module = self.context.catalog.modules.get(item.data(Qt.ItemDataRole.UserRole)) if item else None
        return PlanDraft.from_module(module) if module is not None else None

    def help(self, language: str | None = None) -> WorkshopHelp:
        return workshop_help(self.context.catalog, self.context.country, language or self.context.language)

    def _show(self) -> None:
        draft = self.draft()
        for button in self._buttons():
            button.setEnabled(draft is not None)
        self.handout_button.setEnabled(self._handout_module() is not None)
        if draft is None:
            self.view.show_html("<p>" + translate("Workshops", "No session plans are installed.") + "</p>")
            return
        self.view.show_html(plan_html(draft, self.context.language, self.help()))

    def _buttons(self) -> tuple[QPushButton, ...]:
        return (self.present_button, self.edit_button, self.slides_button, self.notes_button, self.handout_button)

    # ---------------------------------------------------------------- actions

    def _handout_module(self) -> Module | None:
        """The selected plan, if it has a take-home handout (the part is optional in a plan)."""
        item = self.plans.currentItem()
        module = self.context.catalog.modules.get(item.data(Qt.ItemDataRole.UserRole)) if item else None
        return module if module is not None and module.workshop_handout("en") is not None else None

    def handout_dialog(self) -> HandoutDialog | None:
        """The handout dialog with the selected plan's take-home handout first."""
        from family_guide.core.handouts.compose import WorkshopSource, workshop_title
        from family_guide.ui.handouts.dialog import HandoutDialog

        module = self._handout_module()
        if module is None:
            return None
        title, _ = workshop_title(module, self.context.language)
        label = fill(translate("Workshops", "Take-home handout: %1"), title)
        return HandoutDialog(self.context, [(label, WorkshopSource(module.id))], self)

    def make_handout(self) -> None:
        dialog = self.handout_dialog()
        if dialog is not None:
            dialog.exec()
            dialog.deleteLater()

    def present(self, draft: PlanDraft | None = None) -> None:
        from family_guide.ui.workshop.present_dialog import PresentDialog

        draft = draft or self.draft()
        if draft is None or self.controller is not None:
            return
        dialog = PresentDialog(draft, self.context.language, self)
        if dialog.exec():
            self.start(draft, dialog.languages(), dialog.audience_screen(), dialog.presenter_screen())
        dialog.deleteLater()

    def start(self, draft: PlanDraft, languages: list[str], audience=None, presenter=None) -> None:
        """Start presenting (the dialog's choices, or a test's)."""
        import time

        from family_guide.core.workshop.custom import draft_problems
        from family_guide.ui.workshop.presenter import PresenterController

        problems = draft_problems(draft) if draft.edited else []
        if problems:  # a plan edited but not saved is checked like a saved one: never present a broken plan
            details = "\n".join(
                f"\u2022 {p.field}: {p.message}" if p.field else f"\u2022 {p.message}" for p in problems
            )
            QMessageBox.warning(
                self,
                translate("Workshops", "Cannot present"),
                translate("Workshops", "This plan has problems to fix first:") + "\n" + details,
            )
            return
        self.controller = PresenterController(
            self.context, draft, languages, self.help(languages[0]), audience, presenter, self.clock or time.monotonic
        )
        self.controller.finished.connect(self._finished)
        self.controller.start()

    def _finished(self) -> None:
        self.controller = None
        self.window().activateWindow()

    def edit(self) -> None:
        from family_guide.ui.workshop.editor import PlanEditor

        draft = self.draft()
        if draft is None:
            return
        editor = PlanEditor(self.context, draft, self)
        editor.saved.connect(self._saved)
        editor.presentRequested.connect(self.present)
        editor.exec()
        editor.deleteLater()

    def _saved(self, module_id: str) -> None:
        self.context.load_content()  # as a new start would: the saved plan is read back through the checker
        self.select(module_id)

    def _ask_path(self, caption: str, name: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            caption,
            str(Path.home() / name),
            translate("Workshops", "PDF files (*.pdf)"),
            options=QFileDialog.Option.DontUseNativeDialog,  # no recent-files history kept by the system
        )
        if not path:
            return None
        return Path(path if path.lower().endswith(".pdf") else path + ".pdf")

    def export_slides(self, path: Path | None = None) -> Path | None:
        from family_guide.ui.workshop.export import slides_pdf
        from family_guide.ui.workshop.slides import SlideDeck

        draft = self.draft()
        if draft is None:
            return None
        path = path or self._ask_path(translate("Workshops", "Export the slides"), "workshop-slides.pdf")
        if path is None:
            return None
        language = self.context.language if self.context.language in draft.languages else "en"
        deck = SlideDeck(draft, [language], self.help(language))
        return self._write(path, lambda: slides_pdf(deck))

    def export_notes(self, path: Path | None = None) -> Path | None:
        from family_guide.ui.workshop.export import notes_pdf

        draft = self.draft()
        if draft is None:
            return None
        path = path or self._ask_path(translate("Workshops", "Export the facilitator notes"), "facilitator-notes.pdf")
        if path is None:
            return None
        return self._write(path, lambda: notes_pdf(draft, self.context.language, self.help()))

    def _write(self, path: Path, make) -> Path | None:
        from family_guide.ui.workshop.export import write_pdf

        try:
            write_pdf(path, make())
        except OSError as exc:
            QMessageBox.warning(
                self,
                translate("Workshops", "Not saved"),
                fill(
                    translate("Workshops", "The PDF could not be saved to %1: %2"), str(path), exc.strerror or str(exc)
                ),
            )
            return None
        return path
