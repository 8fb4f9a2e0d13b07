"""The main window: navigation, the section pages, and "Get help now" on every screen."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from family_guide.core.translatable import QT_TRANSLATE_NOOP, fill
from family_guide.ui.context import AppContext
from family_guide.ui.i18n import translate
from family_guide.ui.widgets import Retranslatable, rescale_headings

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from family_guide.ui.notice import NoticeBar
    from family_guide.ui.setup_page import SetupPage


class Section(NamedTuple):
    """One entry of the navigation: its key, its label (translated in the "MainWindow" context) and shortcut."""

    key: str
    label: str
    shortcut: str


# The navigation, in order: the list rows, the page stack and Ctrl+1..6 all follow this one table.
SECTION_TABLE: tuple[Section, ...] = (
    Section("home", QT_TRANSLATE_NOOP("MainWindow", "Home"), "Ctrl+1"),
    Section("conversations", QT_TRANSLATE_NOOP("MainWindow", "Conversations"), "Ctrl+2"),
    Section("warning_signs", QT_TRANSLATE_NOOP("MainWindow", "Warning signs"), "Ctrl+3"),
    Section("journal", QT_TRANSLATE_NOOP("MainWindow", "Journal"), "Ctrl+4"),
    Section("get_help", QT_TRANSLATE_NOOP("MainWindow", "Help lines"), "Ctrl+5"),
    Section("workshops", QT_TRANSLATE_NOOP("MainWindow", "Workshops"), "Ctrl+6"),
)
SECTIONS = tuple(section.key for section in SECTION_TABLE)


def _page_class(key: str) -> Callable[[AppContext], QWidget]:
    """Pages are imported and built on first visit, so the first window paints without them."""
    page: Callable[[AppContext], QWidget]
    if key == "home":
        from family_guide.ui.pages.home import HomePage as page
    elif key == "conversations":
        from family_guide.ui.pages.conversations import ConversationsPage as page
    elif key == "warning_signs":
        from family_guide.ui.pages.warning_signs import WarningSignsPage as page
    elif key == "journal":
        from family_guide.ui.pages.journal import JournalPage as page
    elif key == "workshops":
        from family_guide.ui.pages.workshops import WorkshopsPage as page
    else:
        from family_guide.ui.pages.get_help import GetHelpPage as page
    return page


def scrollable(page: QWidget) -> QWidget:
    """A page of flowing text and buttons scrolls when large text or a long language needs
    more height than a small screen has, instead of squeezing its lines into each other."""
    from PySide6.QtWidgets import QFrame, QScrollArea

    area = QScrollArea()
    area.setObjectName("PageScroll")  # the theme draws no frame around a page (other scroll areas have one)
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area


class Pages(Mapping):
    """The section pages, each built the first time it is needed, in its slot of the stack."""

    def __init__(self, window: MainWindow):
        self._window = window
        self._built: dict[str, QWidget] = {}
        for _ in SECTIONS:
            window.stack.addWidget(QWidget())  # a cheap placeholder until the page is built

    def __getitem__(self, key: str) -> QWidget:
        if key not in self._built:
            index = SECTIONS.index(key)  # raises for an unknown key
            page = _page_class(key)(self._window.context)
            placeholder = self._window.stack.widget(index)
            assert placeholder is not None  # __init__ put one at every section's index
            current = self._window.stack.currentIndex()
            shown = page
            if key == "home":
                shown = self._window.home_scroll = scrollable(page)
                shown.setAccessibleName(self._window.nav.item(index).text())
            self._window.stack.insertWidget(index, shown)
            self._window.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._window.stack.setCurrentIndex(current)
            self._built[key] = page
            self._window.page_built(key, page)
        return self._built[key]

    def __iter__(self):
        return iter(SECTIONS)

    def __len__(self) -> int:
        return len(SECTIONS)


class MainWindow(Retranslatable, QMainWindow):
    # Made by complete(), after the first paint: the bar only ever shows problems found in content,
    # which loads after that, and the shortcuts' actions cost ~1 ms of Python types to make.
    notice: NoticeBar
    help_action: QAction
    hide_action: QAction
    section_actions: list[QAction]

    def __init__(self, context: AppContext, defer: bool = False):
        """``defer``: build only what the first paint needs; ``complete()`` does the rest."""
        super().__init__()
        self.context = context
        self.setObjectName("MainWindow")
        self.nav = QListWidget()
        self.nav.setObjectName("SectionList")
        self.stack = QStackedWidget()
        self.home_scroll: QWidget | None = None  # the scroll area Home sits in, once built
        self.pages = Pages(self)
        for _ in SECTIONS:
            self.nav.addItem("")
        self.setup_page: SetupPage | None = None
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
        layout.addLayout(body, 1)  # complete() puts the notice bar between the two
        self._central_layout = layout
        self.setCentralWidget(central)
        self.nav.setMaximumWidth(220)
        self.nav.setSpacing(3)
        self.nav.setWordWrap(True)

        self.help_button.clicked.connect(self.open_help_now)
        self.settings_button.clicked.connect(self.open_settings)
        self.nav.currentRowChanged.connect(self._row_changed)
        context.helpRequested.connect(self.open_help_now)
        context.helpTargetRequested.connect(self.open_help_target)
        context.moduleRequested.connect(self.show_module)
        context.catalogChanged.connect(self._catalog_loaded)
        context.settingsChanged.connect(lambda: rescale_headings(self))
        context.settingsChanged.connect(self._fit_nav)  # the text size may have changed
        context.problem.connect(self._show_problem)
        context.sectionRequested.connect(self.show_section)
        # Row 0 without its signal: Home is built just below, or, when a first run's Setup will cover
        # it in the first frame, by complete() just after the first paint (~10 ms sooner to the screen).
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(0)
        self.nav.blockSignals(False)
        if not defer or context.settings["setup_done"]:
            self.pages["home"]
        self.completed = False  # whether complete() has run
        self.retranslate()
        if not defer:
            self.complete()

    def complete(self) -> None:
        """The parts the first paint does not need: shortcuts and policies touch Qt's enum namespace,
        which Python builds on first use (~15 ms). The app calls this right after the first paint,
        before any key press or click is handled and before content loads: the keyboard shortcuts
        and the notice bar (which only content problems fill) are made here."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QAction, QKeySequence  # their Python types cost ~1 ms to make

        from family_guide.ui.notice import NoticeBar

        self.notice = NoticeBar()
        self._central_layout.insertWidget(1, self.notice)  # under the header, above the pages
        self.help_action = QAction(translate("MainWindow", "Get help now"), self)
        self.help_action.triggered.connect(self.open_help_now)
        self.section_actions = []
        for key in SECTIONS:
            action = QAction(self)
            action.triggered.connect(lambda _=False, k=key: self.show_section(k))
            self.section_actions.append(action)
        self.hide_action = QAction(translate("MainWindow", "Hide and lock the journal"), self)
        self.hide_action.triggered.connect(self.hide_and_lock)
        self.addActions([self.help_action, *self.section_actions, self.hide_action])
        self.help_action.setShortcut(QKeySequence("F1"))
        # F1 must work in every window, dialogs included, not only while the main window is active.
        self.help_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        # Hide and lock works from every screen and every dialog, like F1.
        self.hide_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.hide_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        for section, action in zip(SECTION_TABLE, self.section_actions, strict=True):
            action.setShortcut(QKeySequence(section.shortcut))
        # A modal dialog blocks the main window's shortcuts, so F1 and Hide-and-lock are also
        # caught as key presses anywhere in the app (only reached when no shortcut took them).
        from family_guide.ui.dialog_help import DialogHelpButtons
        from family_guide.ui.modal_keys import ModalKeys  # defining a QObject class costs ms: not before paint

        # Both watch the whole app only while a dialog blocks this window (every dialog of the app
        # is modal): an application-wide filter in Python runs for every event of every widget,
        # which costs the rest of the time for nothing (see event() below).
        self._modal_keys = ModalKeys(self)
        self._dialog_help = DialogHelpButtons(self)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.apply_icons()
        self.context.settingsChanged.connect(self.apply_icons)  # colours or text size may have changed
        self.pages["home"]  # already built unless a first run's Setup covered it in the first frame
        if self.setup_page is not None:
            self.setup_page.form.country.add_search()
        self.completed = True
        if self.context.content_loaded:
            self._catalog_loaded()

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.WindowBlocked or kind == QEvent.Type.WindowUnblocked:
            self._watch_dialogs(kind == QEvent.Type.WindowBlocked)
        return super().event(event)

    def _watch_dialogs(self, blocked: bool) -> None:
        """A modal dialog opened (or the last one closed): catch F1 and Hide-and-lock inside
        dialogs, and give every dialog its Get help now button."""
        app = QApplication.instance()
        if app is None:
            return
        app.removeEventFilter(self._modal_keys)  # never installed twice
        app.removeEventFilter(self._dialog_help)
        if blocked and self.isVisible():  # a closed window (one left from a test) leaves dialogs alone
            app.installEventFilter(self._modal_keys)
            app.installEventFilter(self._dialog_help)
            from PySide6.QtWidgets import QDialog

            from family_guide.ui.dialog_help import add_help_button

            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, QDialog):  # already shown: its Show event came before the block
                add_help_button(dialog, self.open_help_now)

    def apply_icons(self) -> None:
        """Section and header icons, in the theme's colours and as tall as a line of text.
        Set after the first paint: the SVG files are read and drawn on first use."""
        from PySide6.QtCore import QSize

        from family_guide.ui.icons import SECTION_ICONS, icon

        colours = self.context.theme.colours
        side = self.nav.fontMetrics().height() + 2
        self.nav.setIconSize(QSize(side, side))
        for row, key in enumerate(SECTIONS):
            self.nav.item(row).setIcon(icon(SECTION_ICONS[key]))
        self.help_button.setIcon(icon("life-buoy", colours.emergency_text))
        self.settings_button.setIcon(icon("settings"))
        for button in (self.help_button, self.settings_button):
            button.setIconSize(QSize(side - 2, side - 2))
        self._fit_nav()

    def page_built(self, key: str, page: QWidget) -> None:
        from family_guide.ui.theme import let_combos_shrink

        let_combos_shrink(page)
        if key == "home":
            from family_guide.ui.pages.home import HomePage  # already imported: it was just built

            assert isinstance(page, HomePage)
            page.sectionRequested.connect(self.show_section)

    def _row_changed(self, row: int) -> None:
        if row >= 0:
            self.pages[SECTIONS[row]]  # build it on first visit
            self.stack.setCurrentIndex(row)

    def retranslate(self) -> None:
        # A neutral title: never anything from the journal or about a child.
        self.setWindowTitle(translate("MainWindow", "Family Guide"))
        names = [translate("MainWindow", section.label) for section in SECTION_TABLE]
        for row, (name, section) in enumerate(zip(names, SECTION_TABLE, strict=True)):
            self.nav.item(row).setText(name)
            number = section.shortcut.removeprefix("Ctrl+")  # the tooltip's text has "Ctrl+" for translators
            self.nav.item(row).setToolTip(fill(translate("MainWindow", "%1 (Ctrl+%2)"), name, number))
        self.nav.setAccessibleName(translate("MainWindow", "Sections"))
        if self.home_scroll is not None:  # it can take the focus (arrow keys scroll): say what it holds
            self.home_scroll.setAccessibleName(names[0])
        self._fit_nav()
        self.help_button.setText(translate("MainWindow", "Get help now"))
        self.help_button.setToolTip(translate("MainWindow", "Emergency numbers and what to do now (F1)"))
        self.help_button.setAccessibleDescription(translate("MainWindow", "Emergency numbers and what to do now"))
        self.settings_button.setText(translate("MainWindow", "S&ettings"))
        if self.completed:  # the actions are made by complete()
            self.help_action.setText(translate("MainWindow", "Get help now"))
            self.hide_action.setText(translate("MainWindow", "Hide and lock the journal"))

    def _fit_nav(self) -> None:
        """The section list is never squeezed below its longest name (it would show "Jou...")."""
        width = max(self.nav.fontMetrics().horizontalAdvance(self.nav.item(r).text()) for r in range(self.nav.count()))
        width += 44 + self.nav.iconSize().width()  # the theme's list and item padding, the icon and its gap
        self.nav.setMinimumWidth(min(width, 300))
        self.nav.setMaximumWidth(max(220, min(width, 300)))

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
            from family_guide.ui.pages.conversations import ConversationsPage

            self.show_section("conversations")
            conversations = self.pages["conversations"]
            assert isinstance(conversations, ConversationsPage)
            conversations.show_module(module_id, fragment)
        elif module.kind == "checklist":
            from family_guide.ui.pages.warning_signs import WarningSignsPage

            self.show_section("warning_signs")
            signs = self.pages["warning_signs"]
            assert isinstance(signs, WarningSignsPage)
            signs.show_module(module_id)
        elif module.kind == "directory":
            self.show_section("get_help")
        elif module.kind == "workshop":
            from family_guide.ui.pages.workshops import WorkshopsPage

            self.show_section("workshops")
            workshops = self.pages["workshops"]
            assert isinstance(workshops, WorkshopsPage)
            workshops.select(module_id)

    def start_setup(self) -> None:
        from family_guide.ui.setup_page import SetupPage

        self.setup_page = SetupPage(self.context, search=self.completed)  # else complete() adds it
        self.stack.addWidget(self.setup_page)
        self.stack.setCurrentWidget(self.setup_page)
        self.nav.setEnabled(False)
        self.setup_page.finished.connect(self._setup_finished)
        self.setup_page.form.language.setFocus()

    def _setup_finished(self) -> None:
        page, self.setup_page = self.setup_page, None
        assert page is not None  # only connected while the setup page is shown
        self.stack.removeWidget(page)
        page.deleteLater()
        self.nav.setEnabled(True)
        self.nav.setCurrentRow(0)
        self.stack.setCurrentIndex(0)
        self.nav.setFocus()

    # ------------------------------------------------------------------ dialogs and notices

    def open_help_now(self, step: str = "danger") -> None:
        from family_guide.ui.help_now import HelpNowDialog

        dialog = HelpNowDialog(self.context, self, step=step or "danger")
        dialog.exec()
        dialog.deleteLater()

    def open_help_target(self, target: str) -> None:
        """Where a help: link in content leads: a Get help now step, or the help-line directory."""
        if target == "directory" and self.setup_page is None:
            self.show_section("get_help")
        else:
            self.open_help_now({"crisis": "crisis", "directory": "report"}.get(target, "danger"))

    def open_settings(self) -> None:
        from family_guide.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.context, self)
        dialog.exec()
        dialog.deleteLater()

    def hide_and_lock(self) -> None:
        """Lock the journal at once (no dialog), close any open dialog, and show Home."""
        from PySide6.QtWidgets import QApplication, QDialog

        session = self.context._journal_session
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        if session is not None:
            session.lock()
        if self.setup_page is None:
            self.nav.setCurrentRow(0)

    def _catalog_loaded(self) -> None:
        if not self.completed:
            return  # complete() makes the notice bar and calls this when content is already there
        catalog = self.context.catalog
        partial = [m for m in catalog.modules.values() if m.skipped_parts]
        details = "\n".join(str(p) for p in catalog.problems)
        self.notice.show_skipped(len(catalog.skipped) + len(partial), details, catalog.unread_count)

    def _show_problem(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, translate("MainWindow", "Something went wrong"), message)
