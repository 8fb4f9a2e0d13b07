"""The entry editor: autosaves as you type, and keeps your text on screen if a save fails."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from family_guide.core.journal.records import CONCERN_LEVELS, INCIDENT_FIELDS, Entry
from family_guide.ui.dates import follow_date_rule, to_minute
from family_guide.ui.i18n import translate
from family_guide.ui.journal import operations
from family_guide.ui.journal.labels import concern_label, incident_field_label, kind_label, no_images_text
from family_guide.ui.journal.session import forget_text
from family_guide.ui.widgets import heading, lines_edit, wrapped

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent

DEBOUNCE_MS = 700
NARROW_CHARS = 40  # a pane narrower than this many average characters puts labels above their fields
MAX_UNSAVED_SECONDS = 3.0


class EntryEditor(QWidget):
    saved = Signal(int)  # entry id
    deleteRequested = Signal(int)

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.entry: Entry | None = None
        self.dirty_since: float | None = None
        self.kind_heading = heading(level=2)
        self.title = QLineEdit()
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.child = QComboBox()
        self.concern = QComboBox()
        self.tags = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.body.setMinimumHeight(self.body.fontMetrics().lineSpacing() * 7)
        self.details = wrapped()  # read-only facts of a conversation or checklist snapshot
        self.incident: dict[str, QPlainTextEdit] = {}
        self.status = wrapped()
        self.status.setObjectName("SaveStatus")
        self.delete_button = QPushButton()
        self.no_images = wrapped()
        # Short facts beside their labels; the texts (the incident template, the notes) with the
        # label above, so long labels never squeeze the boxes people write in.
        self.form = QFormLayout()
        self.texts = QVBoxLayout()
        self.labels: dict[str, QLabel] = {}
        for key, field in (
            ("title", self.title),
            ("when", self.when),
            ("child", self.child),
            ("concern", self.concern),
            ("tags", self.tags),
        ):
            label = QLabel()
            label.setBuddy(field)
            self.labels[key] = label
            self.form.addRow(label, field)
        for name in INCIDENT_FIELDS:
            field = lines_edit(5 if name == "what_happened" else 2)
            self.incident[name] = field
            self._add_text(name, field)
        self._add_text("body", self.body)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.delete_button)
        # The fields scroll (an incident has many, and text may be 200%); status and Delete stay in view.
        fields = QWidget()
        inner = QVBoxLayout(fields)
        inner.addWidget(self.kind_heading)
        inner.addWidget(self.details)
        inner.addLayout(self.form)
        inner.addLayout(self.texts)
        inner.addWidget(self.no_images)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(fields)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.save)
        for widget in (self.title, self.tags):
            widget.textEdited.connect(self._changed)
        self.body.textChanged.connect(self._changed)
        for box in self.incident.values():
            box.textChanged.connect(self._changed)
        self.when.dateTimeChanged.connect(self._changed)
        self.child.currentIndexChanged.connect(self._changed)
        self.concern.currentIndexChanged.connect(self._changed)
        self.delete_button.clicked.connect(
            lambda: self.entry and self.entry.id and self.deleteRequested.emit(self.entry.id)
        )
        self._loading = False
        self.retranslate()
        self.show_entry(None)

    def _add_text(self, key: str, field: QWidget) -> None:
        label = QLabel()
        label.setWordWrap(True)
        label.setBuddy(field)
        self.labels[key] = label
        self.texts.addWidget(label)
        self.texts.addWidget(field)

    def retranslate(self) -> None:
        texts = {
            "title": translate("Journal", "&Title:"),
            "when": translate("Journal", "&When:"),
            "child": translate("Journal", "C&hild:"),
            "concern": translate("Journal", "C&oncern:"),
            "tags": translate("Journal", "Ta&gs:"),
            "body": translate("Journal", "Note&s:"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        for name in INCIDENT_FIELDS:
            self.labels[name].setText(incident_field_label(name) + ":")
            self.incident[name].setAccessibleName(incident_field_label(name))
        self.tags.setPlaceholderText(translate("Journal", "Words to find this again, separated by commas"))
        self.delete_button.setText(translate("Journal", "&Delete entry"))
        self.no_images.setText(no_images_text())
        self.when.blockSignals(True)  # a new display format is not an edit: nothing to autosave
        follow_date_rule(self.when)
        self.when.blockSignals(False)
        # The drop-downs' words, in place: renaming an item changes no choice (and saves nothing).
        if self.child.count() and self.child.itemData(0) is None:
            self.child.setItemText(0, translate("Journal", "No child chosen"))
        for index in range(self.concern.count()):
            self.concern.setItemText(index, concern_label(self.concern.itemData(index)))
        if self.entry is not None:
            self.kind_heading.setText(kind_label(self.entry.kind))
        else:
            self.kind_heading.setText(translate("Journal", "Choose an entry, or start a new one"))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Labels above their fields when the pane is narrow for its text size (200% text on a small
        screen): beside them, the drop-downs got too little width and cut their words."""
        super().resizeEvent(event)
        narrow = event.size().width() < self.fontMetrics().averageCharWidth() * NARROW_CHARS
        policy = QFormLayout.RowWrapPolicy.WrapAllRows if narrow else QFormLayout.RowWrapPolicy.DontWrapRows
        if self.form.rowWrapPolicy() != policy:
            self.form.setRowWrapPolicy(policy)

    # -- showing ---------------------------------------------------------------

    def _fill_choices(self, entry: Entry) -> None:
        self.child.clear()
        self.child.addItem(translate("Journal", "No child chosen"), None)
        for child in self.session.journal.children():
            self.child.addItem(child.nickname, child.id)
        self.child.setCurrentIndex(max(0, self.child.findData(entry.child_id)))
        self.concern.clear()
        for level in CONCERN_LEVELS:
            self.concern.addItem(concern_label(level), level)
        self.concern.setCurrentIndex(entry.concern)

    def show_entry(self, entry: Entry | None, details_html: str = "") -> None:
        """Show an entry (None: nothing). Saves the one being left first."""
        self.flush()
        if entry is None:
            self.clear_text()
            return
        self._loading = True
        self.entry = entry
        self._set_fields(entry.kind)
        self.kind_heading.setText(kind_label(entry.kind))
        self._fill_choices(entry)
        self.title.setText(entry.title)
        self.when.setDateTime(QDateTime(entry.occurred_at))  # type: ignore[call-overload]  # PySide6 takes a datetime; its stubs omit it
        self.tags.setText(", ".join(entry.tags))
        self.body.setPlainText(entry.body)
        for name in INCIDENT_FIELDS:
            self.incident[name].setPlainText(str(entry.details.get(name, "")))
        self.details.setText(details_html)
        self.details.setVisible(bool(details_html))
        self.status.clear()
        self._loading = False

    def _set_fields(self, kind: str | None) -> None:
        """Fields are usable only while an entry is shown: typing with no entry would be lost."""
        for widget in (self.title, self.when, self.child, self.concern, self.tags, self.body, self.delete_button):
            widget.setEnabled(kind is not None)
        for name in INCIDENT_FIELDS:
            self.incident[name].setVisible(kind == "incident")
            self.labels[name].setVisible(kind == "incident")

    def clear_text(self) -> None:
        """Show no entry, and drop every piece of entry text from the widgets with their undo history
        (on lock, and when nothing is chosen). After an unlock the editor starts from here."""
        self.timer.stop()
        self._loading = True
        self.entry = None
        self.dirty_since = None
        self._set_fields(None)
        self.kind_heading.setText(translate("Journal", "Choose an entry, or start a new one"))
        texts: list[QLineEdit | QPlainTextEdit] = [self.title, self.tags, self.body, *self.incident.values()]
        for text in texts:
            forget_text(text)
        self.child.clear()
        self.details.clear()
        self.details.setVisible(False)
        self.status.clear()
        self._loading = False

    # -- saving ----------------------------------------------------------------

    def _changed(self, *_) -> None:
        if self._loading or self.entry is None:
            return
        now = time.monotonic()
        if self.dirty_since is None:
            self.dirty_since = now
        if now - self.dirty_since >= MAX_UNSAVED_SECONDS:
            self.save()  # typing without a pause still reaches the disk every few seconds
        else:
            self.timer.start()

    def collect(self) -> Entry:
        entry = self.entry
        assert entry is not None  # collected only while an entry is shown (_changed checks)
        entry.title = self.title.text().strip() or translate("Journal", "Untitled")
        entry.occurred_at = to_minute(self.when.dateTime())
        entry.child_id = self.child.currentData()
        entry.concern = self.concern.currentData() or 0
        entry.tags = [t.strip() for t in self.tags.text().split(",") if t.strip()]
        entry.body = self.body.toPlainText()
        if entry.kind == "incident":
            for name in INCIDENT_FIELDS:
                entry.details[name] = self.incident[name].toPlainText()
        return entry

    def flush(self) -> bool:
        """Save now if anything is unsaved. False if the save failed (the text stays on screen)."""
        if self.dirty_since is None or self.entry is None:
            return True
        return self.save()

    def save(self) -> bool:
        self.timer.stop()
        if self.entry is None or self.session.journal is None:
            return True
        # Autosave does not announce a change to the whole app (filters, other pages) every few
        # seconds; the page updates the entry's row from ``saved``.
        done = operations.save_entry(self.session, self.collect(), notify=False, show=self.status.setText)
        if not done:
            return False  # the text stays in the fields; typing again retries
        self.dirty_since = None
        self.status.setText(translate("Journal", "Saved"))
        self.saved.emit(done.value)
        return True
