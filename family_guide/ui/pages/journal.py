"""Journal: the private, encrypted notebook. Set up, unlock, write, find, and lock.

Three states in one stack: no journal yet (an offer to set one up), locked (passphrase),
and open (filters, the entry list and the editor). Locking clears every widget that
showed journal text before the database closes.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QSize, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from family_guide.core.journal.records import CONCERN_LEVELS, KINDS, Entry, EntryFilter
from family_guide.core.translatable import fill
from family_guide.ui.combo_refill import refill_combo
from family_guide.ui.context import AppContext
from family_guide.ui.dates import format_datetime
from family_guide.ui.file_dialogs import open_file_name, save_file_name
from family_guide.ui.i18n import translate
from family_guide.ui.journal import operations
from family_guide.ui.journal.dialogs import ChildrenDialog, SetupJournalDialog, limits_text
from family_guide.ui.journal.entry_model import EntryIdRole
from family_guide.ui.journal.labels import concern_label, kind_label
from family_guide.ui.journal.operations import reads_journal
from family_guide.ui.journal.session import forget_text
from family_guide.ui.journal.views import EntriesView, LockedView, WelcomeView
from family_guide.ui.widgets import Retranslatable, heading

HIDE_AND_LOCK_KEY = "Ctrl+Shift+L"
PERIODS = (None, 7, 30, 365)  # days back; None = any time


class JournalPage(Retranslatable, QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.session = context.journal_session
        self.title = heading(level=1)
        self.stack = QStackedWidget()

        self.welcome = WelcomeView()
        self.welcome_text, self.setup_button, self.welcome_limits = (
            self.welcome.text,
            self.welcome.setup_button,
            self.welcome.limits,
        )
        self.locked_view = LockedView(self.session)
        self.locked_text, self.unlock_form, self.locked_limits, self.restore_button = (
            self.locked_view.text,
            self.locked_view.unlock_form,
            self.locked_view.limits,
            self.locked_view.restore_button,
        )
        self.open_view = EntriesView(self.session, self._describe, self._concern_icon)
        entries = self.open_view
        # The page's own names for the open view's widgets (callers and tests use them).
        self.new_note, self.new_incident, self.children_button = (
            entries.new_note,
            entries.new_incident,
            entries.children_button,
        )
        self.more, self.more_menu, self.search = entries.more, entries.more_menu, entries.search
        self.child_filter, self.kind_filter, self.concern_filter = (
            entries.child_filter,
            entries.kind_filter,
            entries.concern_filter,
        )
        self.tag_filter, self.period_filter = entries.tag_filter, entries.period_filter
        self.model, self.list, self.count_label, self.editor = (
            entries.model,
            entries.list,
            entries.count_label,
            entries.editor,
        )
        self.lock_button = QPushButton()
        self.lock_button.setObjectName("HideAndLock")
        self._fit_list()
        context.settingsChanged.connect(self._fit_list)  # the text size may have changed

        for view in (self.welcome, self.locked_view, self.open_view):
            self.stack.addWidget(view)
        title_row = QHBoxLayout()  # Hide and lock sits by the title: always in the same place
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.lock_button)
        layout = QVBoxLayout(self)
        layout.addLayout(title_row)
        layout.addWidget(self.stack, 1)

        self.setup_button.clicked.connect(self.set_up)
        self.restore_button.clicked.connect(self.restore_backup)
        self.new_note.clicked.connect(lambda: self.new_entry("note"))
        self.new_incident.clicked.connect(lambda: self.new_entry("incident"))
        self.children_button.clicked.connect(self.edit_children)
        self.lock_button.clicked.connect(self.hide_and_lock)
        self.search.textChanged.connect(self.reload)
        for combo in self.open_view.filter_combos():
            combo.currentIndexChanged.connect(self.reload)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.editor.saved.connect(self._entry_saved)
        self.editor.deleteRequested.connect(self.delete_entry)
        self.session.opened.connect(self.opened)
        self.session.aboutToLock.connect(self._locking)
        self.session.changed.connect(self.refill_filters)
        self.retranslate()
        self._show_state()

    # -- text -------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(translate("JournalPage", "Private journal"))
        self.welcome_text.setText(
            translate(
                "JournalPage",
                "The journal is a private place to write down what you notice: dates, usernames, what was said, "
                "and what you did. It stays on this computer, encrypted and locked with your passphrase. "
                "It can become a clear report if you go to the police or a counselor.",
            )
        )
        self.setup_button.setText(translate("JournalPage", "&Set up a private journal"))
        self.locked_text.setText(translate("JournalPage", "The journal is locked."))
        for label in (self.welcome_limits, self.locked_limits):
            label.setText(limits_text())
        self.new_note.setText(translate("JournalPage", "New &note"))
        self.new_incident.setText(translate("JournalPage", "New &incident"))
        self.children_button.setText(translate("JournalPage", "&Children..."))
        self.more.setText(translate("JournalPage", "&More"))
        self.lock_button.setText(translate("JournalPage", "Hide and &lock"))
        self.lock_button.setToolTip(
            fill(translate("JournalPage", "Lock the journal at once and go to the home screen (%1)"), HIDE_AND_LOCK_KEY)
        )
        self.search.setPlaceholderText(translate("JournalPage", "Search all entries"))
        self.search.setAccessibleName(translate("JournalPage", "Search all entries"))
        self.list.setAccessibleName(translate("JournalPage", "Entries"))
        self.child_filter.setAccessibleName(translate("JournalPage", "Show entries about"))
        self.kind_filter.setAccessibleName(translate("JournalPage", "Kind of entry"))
        self.concern_filter.setAccessibleName(translate("JournalPage", "Concern"))
        self.tag_filter.setAccessibleName(translate("JournalPage", "Tag"))
        self.period_filter.setAccessibleName(translate("JournalPage", "When"))
        self.more_menu.clear()
        self.more_menu.addAction(translate("JournalPage", "&Timeline and report..."), self.show_timeline)
        self.more_menu.addSeparator()
        self.more_menu.addAction(translate("JournalPage", "Make a &backup..."), self.make_backup)
        self.more_menu.addAction(translate("JournalPage", "&Restore a backup..."), self.restore_backup)
        self.more_menu.addSeparator()
        self.more_menu.addAction(translate("JournalPage", "Change &passphrase..."), self.change_passphrase)
        self.restore_button.setText(translate("JournalPage", "&Restore a backup..."))
        self.editor.retranslate()
        self.refill_filters()

    def _fit_list(self) -> None:
        """The concern icon grows with the text, and the list keeps room for about 14 characters of
        each title (the editor beside it would otherwise take nearly all the width at 200%)."""
        metrics = self.list.fontMetrics()
        side = metrics.height() * 3 // 2
        self.list.setIconSize(QSize(side, side))
        self.list.setMinimumWidth(side + metrics.averageCharWidth() * 14 + 32)

    def _describe(self, row) -> str:
        # Two lines (title first, so a screen reader hears it first); every row the same height.
        # The date leads the second line (the list is a timeline); then the concern level in words
        # (its icon alone, or a colour, would not say it) and the kind.
        parts = [format_datetime(row.occurred_at, long=False), concern_label(row.concern), kind_label(row.kind)]
        return row.title + "\n" + " · ".join(parts)

    def _concern_icon(self, row):
        from family_guide.ui.icons import CONCERN_ICONS, icon

        return icon(CONCERN_ICONS.get(row.concern, "signal-zero"))

    # -- states -----------------------------------------------------------------

    def _show_state(self) -> None:
        self.lock_button.setVisible(self.session.is_open)
        if self.session.is_open:
            self.stack.setCurrentWidget(self.open_view)
        elif self.session.exists():
            self.stack.setCurrentWidget(self.locked_view)
        else:
            self.stack.setCurrentWidget(self.welcome)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._show_state()
        if self.stack.currentWidget() is self.locked_view:
            self.unlock_form.secret.setFocus()

    def set_up(self) -> None:
        dialog = SetupJournalDialog(self.session, self)
        dialog.exec()
        dialog.deleteLater()
        self._show_state()

    @reads_journal
    def opened(self) -> None:
        """The journal was unlocked: fill the filters and the list, and show the open view."""
        self.refill_filters()
        self.reload()
        self._show_state()

    def _locking(self) -> None:
        """Before the database closes: save what is typed, then drop every piece of journal text."""
        self.editor.flush()
        self.editor.clear_text()
        self.model.clear()
        forget_text(self.search)  # with its undo history: Ctrl+Z must not bring a search back
        for combo in (self.child_filter, self.tag_filter):
            combo.blockSignals(True)
            combo.clear()
            combo.blockSignals(False)
        self.count_label.clear()
        self.stack.setCurrentWidget(self.locked_view)

    def hide_and_lock(self) -> None:
        """No dialog, no question: lock now and leave nothing of the journal on screen."""
        self.session.lock()
        self.context.sectionRequested.emit("home")

    # -- filters and list -------------------------------------------------------

    def refill_filters(self) -> None:
        """Fill the filter combos again (children and tags change; texts change with the language)."""
        journal = self.session.journal
        children = [(child.nickname, child.id) for child in journal.children()] if journal is not None else []
        tags = [(tag, tag) for tag in journal.tags()] if journal is not None else []
        refill_combo(self.child_filter, [(translate("JournalPage", "All children"), None), *children])
        kinds = [(kind_label(kind), kind) for kind in KINDS]
        refill_combo(self.kind_filter, [(translate("JournalPage", "All kinds"), None), *kinds])
        levels = [(fill(translate("JournalPage", "%1 or more"), concern_label(n)), n) for n in CONCERN_LEVELS[1:]]
        refill_combo(self.concern_filter, [(translate("JournalPage", "Any concern"), None), *levels])
        refill_combo(self.tag_filter, [(translate("JournalPage", "All tags"), None), *tags])
        periods = (
            translate("JournalPage", "Any time"),
            translate("JournalPage", "Last 7 days"),
            translate("JournalPage", "Last 30 days"),
            translate("JournalPage", "Last year"),
        )
        refill_combo(self.period_filter, zip(periods, PERIODS, strict=True))

    def current_filter(self) -> EntryFilter:
        days = self.period_filter.currentData()
        return EntryFilter(
            child_id=self.child_filter.currentData(),
            kind=self.kind_filter.currentData(),
            min_concern=self.concern_filter.currentData(),
            tag=self.tag_filter.currentData(),
            since=datetime.now() - timedelta(days=days) if days else None,
            text=self.search.text(),
        )

    @reads_journal
    def reload(self, *_) -> None:
        journal = self.session.journal
        if journal is None:
            return
        keep = self.editor.entry.id if self.editor.entry else None
        flt = self.current_filter()
        self.model.load(journal, flt)
        # The first page shows at once; the count (a full pass over the matches) right after.
        self._count_filter = flt
        QTimer.singleShot(0, self._update_count)
        if keep is not None:
            self.select(keep)

    @reads_journal
    def _update_count(self) -> None:
        journal, flt = self.session.journal, getattr(self, "_count_filter", None)
        if journal is None or flt is None or flt != self.model.filter:
            return  # locked, or a newer search has started
        self.count_label.setText(translate("JournalPage", "%n entry(s)", None, journal.count(flt)))

    def select(self, entry_id: int) -> None:
        row = self.model.row_of(entry_id)
        if row >= 0:
            index = self.model.index(row)
            self.list.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    @reads_journal
    def _current_changed(self, current, _previous) -> None:
        entry_id = current.data(EntryIdRole) if current.isValid() else None
        if entry_id is None or (self.editor.entry and self.editor.entry.id == entry_id):
            return
        entry = self.session.journal.entry(entry_id)
        self.editor.show_entry(entry, self.details_html(entry))

    def details_html(self, entry: Entry) -> str:
        """What a conversation or checklist snapshot recorded, in words (ids are looked up in the content)."""
        from family_guide.ui.journal.snapshots import details_html

        return details_html(self.context, self.session.journal, entry)

    # -- actions ----------------------------------------------------------------

    def new_entry(self, kind: str) -> None:
        if not self.editor.flush():
            return
        title = translate("JournalPage", "New incident") if kind == "incident" else translate("JournalPage", "New note")
        entry = Entry(kind, title, child_id=self.child_filter.currentData())
        if not operations.save_entry(self.session, entry, parent=self):
            return
        self.editor.show_entry(entry)
        self.reload()
        self.select(entry.id)  # type: ignore[arg-type]  # save_entry gave the new entry its id
        self.editor.title.setFocus()
        self.editor.title.selectAll()

    @reads_journal
    def _entry_saved(self, entry_id: int) -> None:
        row = self.model.row_of(entry_id)
        if row >= 0:
            self.model.rows[row] = self.session.journal.row(entry_id)
            self.model.dataChanged.emit(self.model.index(row), self.model.index(row))

    def delete_entry(self, entry_id: int) -> None:
        answer = QMessageBox.question(
            self,
            translate("JournalPage", "Delete this entry?"),
            translate("JournalPage", "The entry is deleted for good. It cannot be brought back."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if not self.editor.flush() or not operations.delete_entry(self.session, entry_id, parent=self):
            return  # nothing deleted; the entry stays on screen
        self.editor.show_entry(None)
        self.reload()

    def edit_children(self) -> None:
        dialog = ChildrenDialog(self.session, self)
        dialog.exec()
        dialog.deleteLater()
        self.reload()

    def change_passphrase(self) -> None:
        from family_guide.ui.journal.dialogs import ChangePassphraseDialog

        dialog = ChangePassphraseDialog(self.session, self)
        dialog.exec()
        dialog.deleteLater()

    def show_timeline(self) -> None:
        from family_guide.ui.journal.timeline import TimelineDialog

        if not self.editor.flush():
            return
        dialog = TimelineDialog(self.context, self.child_filter.currentData(), self)
        dialog.exec()
        dialog.deleteLater()

    def make_backup(self) -> None:
        from family_guide.core.journal.backup import BACKUP_SUFFIX

        if not self.editor.flush():
            return
        name = f"family-guide-journal-{datetime.now():%Y-%m-%d}{BACKUP_SUFFIX}"
        path = save_file_name(
            self,
            translate("JournalPage", "Save a backup"),
            str(Path.home() / name),
            fill(translate("JournalPage", "Family Guide backups (*%1)"), BACKUP_SUFFIX),
        )
        if not path:
            return
        if not path.endswith(BACKUP_SUFFIX):
            path += BACKUP_SUFFIX
        if not operations.write_backup(self.session, Path(path), parent=self):
            return
        if self.session.journal is not None and not self.session.journal.has_passphrase:
            # Its key is inside it in plain form: never call such a backup encrypted.
            made = translate(
                "JournalPage",
                "The journal has no passphrase, so this backup is not protected: anyone who has the file can open "
                "it. Keep it where only you can reach it, or set a passphrase first and make a new backup.",
            )
        else:
            made = translate(
                "JournalPage",
                "The backup is encrypted. To restore it you need the passphrase or recovery key that opens the "
                "journal now. Keep it somewhere safe, away from this computer.",
            )
        QMessageBox.information(self, translate("JournalPage", "Backup made"), made)

    def restore_backup(self) -> None:
        from family_guide.core.journal.backup import BACKUP_SUFFIX
        from family_guide.ui.journal.dialogs import RestoreDialog

        path = open_file_name(
            self,
            translate("JournalPage", "Choose a backup"),
            str(Path.home()),
            fill(translate("JournalPage", "Family Guide backups (*%1)"), BACKUP_SUFFIX),
        )
        if not path:
            return
        dialog = RestoreDialog(self.session, Path(path), self)
        dialog.exec()
        dialog.deleteLater()
        self._show_state()
