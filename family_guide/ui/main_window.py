"""The main window: navigation, the section pages, and "Get help now" on every screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from family_guide.ui.context import AppContext
from family_guide.ui.help_now import HelpNowDialog
from family_guide.ui.i18n import translate
from family_guide.ui.notice import NoticeBar
from family_guide.ui.pages.conversations import ConversationsPage
from family_guide.ui.pages.get_help import GetHelpPage
from family_guide.ui.pages.home import HomePage
from family_guide.ui.pages.journal import JournalPage
from family_guide.ui.pages.warning_signs import WarningSignsPage
from family_guide.ui.settings_dialog import SettingsDialog
from family_guide.ui.setup_page import SetupPage
from family_guide.ui.widgets import Retranslatable, rescale_headings

SECTIONS = ("home", "conversations", "warning_signs", "journal", "get_help")


class MainWindow(Retranslatable, QMainWindow):
    def __init__(self, context: AppContext):
        super().__init__()
        self.context = context
        self.setObjectName("MainWindow")
        self.nav = QListWidget()
        self.nav.setObjectName("SectionList")
        self.stack = QStackedWidget()
        self.pages = {
            "home": HomePage(context),
            "conversations": ConversationsPage(context),
            "warning_signs": WarningSignsPage(context),
            "journal": JournalPage(context),
            "get_help": GetHelpPage(context),
        }
        for key in SECTIONS:
            self.stack.addWidget(self.pages[key])
            self.nav.addItem("")
        self.setup_page: SetupPage | None = None
        self.notice = NoticeBar()
        self.help_button = QPushButton()
        self.help_button.setObjectName("GetHelpNow")
        font = self.help_button.font()
        font.setBold(True)
        self.help_button.setFont(font)
        self.settings_button = QPushButton()

        header = QHBoxLayout()
        header.addStretch(1)
        header.addWidget(self.settings_button)
        header.addWidget(self.help_button)
        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(header)
        layout.addWidget(self.notice)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)
        self.nav.setMaximumWidth(220)
        self.nav.setSpacing(3)
        self.nav.setWordWrap(True)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.help_action = QAction(self)
        self.help_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.help_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.help_action.triggered.connect(self.open_help_now)
        self.addAction(self.help_action)
        self.section_actions = []
        for number, key in enumerate(SECTIONS, start=1):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, k=key: self.show_section(k))
            self.addAction(action)
            self.section_actions.append(action)
        self.help_button.clicked.connect(self.open_help_now)
        self.settings_button.clicked.connect(self.open_settings)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.pages["home"].sectionRequested.connect(self.show_section)
        context.helpRequested.connect(self.open_help_now)
        context.moduleRequested.connect(self.show_module)
        context.catalogChanged.connect(self._catalog_loaded)
        context.settingsChanged.connect(lambda: rescale_headings(self))
        context.problem.connect(self._show_problem)
        self.nav.setCurrentRow(0)
        self.retranslate()

    def retranslate(self) -> None:
        # A neutral title: never anything from the journal or about a child.
        self.setWindowTitle(translate("MainWindow", "Family Guide"))
        names = [
            translate("MainWindow", "Home"),
            translate("MainWindow", "Conversations"),
            translate("MainWindow", "Warning signs"),
            translate("MainWindow", "Journal"),
            translate("MainWindow", "Get help"),
        ]
        for row, name in enumerate(names):
            self.nav.item(row).setText(name)
            self.nav.item(row).setToolTip(
                translate("MainWindow", "%1 (Ctrl+%2)").replace("%1", name).replace("%2", str(row + 1))
            )
        self.nav.setAccessibleName(translate("MainWindow", "Sections"))
        self.help_button.setText(translate("MainWindow", "Get help now"))
        self.help_button.setToolTip(translate("MainWindow", "Emergency numbers and what to do now (F1)"))
        self.help_button.setAccessibleDescription(translate("MainWindow", "Emergency numbers and what to do now"))
        self.settings_button.setText(translate("MainWindow", "Se&ttings"))
        self.help_action.setText(translate("MainWindow", "Get help now"))

    # ------------------------------------------------------------------ navigation

    def show_section(self, key: str) -> None:
        if self.setup_page is not None:
            return  # finish setup first; Get help now still works
        self.nav.setCurrentRow(SECTIONS.index(key))

    def current_section(self) -> str:
        if self.setup_page is not None and self.stack.currentWidget() is self.setup_page:
            return "setup"
        return SECTIONS[self.stack.currentIndex()]

    def show_module(self, module_id: str, fragment: str = "") -> None:
        module = self.context.catalog.modules.get(module_id)
        if module is None:
            self._show_problem(translate("MainWindow", "That content is not available."))
            return
        if module.kind == "guide":
            self.show_section("conversations")
            self.pages["conversations"].show_module(module_id, fragment)
        elif module.kind == "checklist":
            self.show_section("warning_signs")
            self.pages["warning_signs"].show_module(module_id)
        elif module.kind == "directory":
            self.show_section("get_help")

    def start_setup(self) -> None:
        self.setup_page = SetupPage(self.context)
        self.stack.addWidget(self.setup_page)
        self.stack.setCurrentWidget(self.setup_page)
        self.nav.setEnabled(False)
        self.setup_page.finished.connect(self._setup_finished)
        self.setup_page.form.language.setFocus()

    def _setup_finished(self) -> None:
        page, self.setup_page = self.setup_page, None
        self.stack.removeWidget(page)
        page.deleteLater()
        self.nav.setEnabled(True)
        self.nav.setCurrentRow(0)
        self.stack.setCurrentIndex(0)
        self.nav.setFocus()

    # ------------------------------------------------------------------ dialogs and notices

    def open_help_now(self) -> None:
        dialog = HelpNowDialog(self.context, self)
        dialog.exec()
        dialog.deleteLater()

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.context, self)
        dialog.exec()
        dialog.deleteLater()

    def _catalog_loaded(self) -> None:
        skipped = self.context.catalog.skipped
        details = "\n".join(str(p) for s in skipped for p in s.problems)
        self.notice.show_skipped(len(skipped), details)

    def _show_problem(self, message: str) -> None:
        QMessageBox.warning(self, translate("MainWindow", "Something went wrong"), message)
