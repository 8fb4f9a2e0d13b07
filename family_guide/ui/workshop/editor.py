"""Adapt a plan: reorder (drag, or Alt+Up/Down), hide and edit slides and their notes, add a slide,
change the agenda's minutes, and save it all as your own plan (a user content module checked by
the same checker as every module). The bundled plan is never changed. The help-line slide can be
moved but never hidden; the safeguarding page is not a slide and stays in every plan."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from family_guide.core.translatable import fill
from family_guide.core.workshop.custom import CustomPlanError, custom_id, save_custom_plan
from family_guide.core.workshop.plan import PlanDraft, PlanEditError
from family_guide.ui.i18n import native_name, translate
from family_guide.ui.widgets import lines_edit, wrapped


class SlideList(QListWidget):
    """The slides in order: drag to reorder, Alt+Up/Down to move the current one, tick to show."""

    moveRequested = Signal(int)  # -1 up, +1 down

    def __init__(self) -> None:
        super().__init__()
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setWordWrap(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() == Qt.KeyboardModifier.AltModifier and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.moveRequested.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        super().keyPressEvent(event)


class PlanEditor(QDialog):
    saved = Signal(str)  # the saved plan's module id
    presentRequested = Signal(object)  # the draft, to present without saving

    def __init__(self, context, draft: PlanDraft, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.draft = draft
        self.current: str | None = None
        self.setWindowTitle(translate("PlanEditor", "Adapt a plan"))
        self.language = QComboBox()
        for lang in draft.languages:
            self.language.addItem(native_name(lang), lang)
        here = context.language if context.language in draft.languages else "en"
        self.language.setCurrentIndex(max(0, self.language.findData(here)))
        self.slides = SlideList()
        self.up = QPushButton(translate("PlanEditor", "Move &up"))
        self.down = QPushButton(translate("PlanEditor", "Move do&wn"))
        self.add = QPushButton(translate("PlanEditor", "A&dd a slide"))
        self.title = QLineEdit()
        self.body = lines_edit(6)
        self.notes = lines_edit(6)
        self.questions = lines_edit(3)
        self.section = QComboBox()
        for section in draft.sections:
            self.section.addItem("", section.id)
        self.minutes: dict[str, QSpinBox] = {}
        self.total = QLabel()
        self.name = QLineEdit()
        self.save_button = QPushButton(translate("PlanEditor", "&Save as my plan"))
        self.present_button = QPushButton(translate("PlanEditor", "&Present without saving..."))
        self.close_button = QPushButton(translate("PlanEditor", "Close"))
        self.message = wrapped()
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.slides.setAccessibleName(
            translate("PlanEditor", "Slides in order (tick to show; Alt+Up or Alt+Down to move)")
        )
        self.title.setAccessibleName(translate("PlanEditor", "Slide title"))
        self.body.setAccessibleName(translate("PlanEditor", "What the room sees"))
        self.notes.setAccessibleName(translate("PlanEditor", "Your notes, one point a line"))
        self.questions.setAccessibleName(translate("PlanEditor", "Questions, one a line"))
        self.section.setAccessibleName(translate("PlanEditor", "Agenda section"))
        self.name.setAccessibleName(translate("PlanEditor", "Name of your plan"))
        self.language.setAccessibleName(translate("PlanEditor", "Language of the words you edit"))
        title = draft.field_text(here, "title") or ""
        self.name.setText(title if draft.origin == "user" else fill(translate("PlanEditor", "My plan: %1"), title))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(QLabel(translate("PlanEditor", "Slides (tick to show, drag to reorder)")))
        left_layout.addWidget(self.slides, 1)
        moves = QHBoxLayout()
        moves.addWidget(self.up)
        moves.addWidget(self.down)
        moves.addWidget(self.add)
        left_layout.addLayout(moves)
        form = QFormLayout()
        form.addRow(translate("PlanEditor", "Language"), self.language)
        form.addRow(translate("PlanEditor", "Title"), self.title)
        form.addRow(translate("PlanEditor", "What the room sees"), self.body)
        form.addRow(translate("PlanEditor", "Your notes (one point a line)"), self.notes)
        form.addRow(translate("PlanEditor", "Questions (one a line)"), self.questions)
        form.addRow(translate("PlanEditor", "Agenda section"), self.section)
        timings = QGroupBox(translate("PlanEditor", "Minutes for each part of the agenda"))
        timing_form = QFormLayout(timings)
        for section in draft.sections:
            box = QSpinBox()
            box.setRange(1, 240)
            box.setValue(section.minutes)
            box.setSuffix(" " + translate("PlanEditor", "min"))
            box.valueChanged.connect(lambda value, sid=section.id: self._set_minutes(sid, value))
            self.minutes[section.id] = box
            timing_form.addRow(QLabel(), box)
        timing_form.addRow(self.total)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addLayout(form)
        right_layout.addWidget(timings)
        right_layout.addWidget(
            wrapped(translate("PlanEditor", "The safeguarding page and the help-line slide stay in every plan."))
        )
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        name_row = QHBoxLayout()
        name_label = QLabel(translate("PlanEditor", "Name of your plan"))
        name_label.setBuddy(self.name)
        name_row.addWidget(name_label)
        name_row.addWidget(self.name, 1)
        for button in (self.save_button, self.present_button, self.close_button):
            button.setAutoDefault(False)  # Enter in a text box must not save or close
        buttons = QDialogButtonBox()  # a button box: every dialog gets its Get help now button beside it
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.present_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        layout.addLayout(name_row)
        layout.addWidget(buttons)
        self.message.hide()
        self.resize(1100, 760)

        self.slides.currentItemChanged.connect(self._selected)
        self.slides.itemChanged.connect(self._ticked)
        self.slides.model().rowsMoved.connect(self._dropped)
        self.slides.moveRequested.connect(self.move_current)
        self.up.clicked.connect(lambda: self.move_current(-1))
        self.down.clicked.connect(lambda: self.move_current(1))
        self.add.clicked.connect(self.add_slide)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.save_button.clicked.connect(self.save)
        self.present_button.clicked.connect(self._present)
        self.close_button.clicked.connect(self.reject)
        self._label_sections()
        self._fill()

    # ---------------------------------------------------------------- list

    def lang(self) -> str:
        return self.language.currentData()

    def _label_sections(self) -> None:
        for index, section in enumerate(self.draft.sections):
            heading = self.draft.section_heading(self.lang(), section.id)
            self.section.setItemText(index, heading)
            # Each minutes box sits in a QFormLayout with its label; the stubs allow None and a QLayout.
            form = self.minutes[section.id].parentWidget().layout()  # type: ignore[union-attr]
            form.labelForField(self.minutes[section.id]).setText(heading)  # type: ignore[union-attr]
        self.total.setText(fill(translate("PlanEditor", "In all: %1 minutes"), str(self.draft.minutes)))

    def _fill(self, keep: str | None = None) -> None:
        keep = keep or self.current
        self.slides.blockSignals(True)
        self.slides.clear()
        for slide in self.draft.slides:
            words, _ = slide.text(self.lang())
            item = QListWidgetItem(words.get("title", slide.id))
            item.setData(Qt.ItemDataRole.UserRole, slide.id)
            flags = item.flags() | Qt.ItemFlag.ItemIsDragEnabled
            if slide.removable:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
                item.setFlags(flags)
                item.setCheckState(Qt.CheckState.Unchecked if slide.hidden else Qt.CheckState.Checked)
            else:
                item.setFlags(flags & ~Qt.ItemFlag.ItemIsUserCheckable)
                item.setText(fill(translate("PlanEditor", "%1 (always shown)"), item.text()))
            self.slides.addItem(item)
        self.slides.blockSignals(False)
        ids = [s.id for s in self.draft.slides]
        self.current = None
        self.slides.setCurrentRow(ids.index(keep) if keep in ids else 0)

    def _selected(self, item: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        self.commit()
        self.current = item.data(Qt.ItemDataRole.UserRole) if item else None
        if self.current is None:
            return
        slide = self.draft.slide(self.current)
        words, _ = slide.text(self.lang())
        own = slide.words.get(self.lang(), {})
        self.title.setText(own.get("title", words.get("title", "")))
        self.body.setPlainText(own.get("body", words.get("body", "")))
        self.notes.setPlainText("\n".join(own.get("notes", words.get("notes", []))))
        self.questions.setPlainText("\n".join(own.get("questions", words.get("questions", []))))
        self.section.setCurrentIndex(self.section.findData(slide.section))

    def commit(self) -> None:
        """Write the fields into the draft for the slide being edited."""
        if self.current is None:
            return
        slide = self.draft.slide(self.current)
        words, _ = slide.text(self.lang())
        fields = {
            "title": self.title.text(),
            "body": self.body.toPlainText(),
            "notes": self.notes.toPlainText().splitlines(),
            "questions": self.questions.toPlainText().splitlines(),
        }
        changed = {k: v for k, v in fields.items() if v != words.get(k, "" if k in ("title", "body") else [])}
        if changed:
            self.draft.edit(self.current, self.lang(), **changed)
        if self.section.currentData() and self.section.currentData() != slide.section:
            self.draft.set_section(self.current, self.section.currentData())

    def _ticked(self, item: QListWidgetItem) -> None:
        slide_id = item.data(Qt.ItemDataRole.UserRole)
        try:
            self.draft.set_hidden(slide_id, item.checkState() != Qt.CheckState.Checked)
        except PlanEditError as exc:
            self._say(str(exc))

    def _dropped(self, *_args) -> None:
        order = [self.slides.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.slides.count())]
        self.draft.slides.sort(key=lambda s: order.index(s.id))

    def move_current(self, steps: int) -> None:
        if self.current is None:
            return
        self.commit()
        self.draft.move(self.current, steps)
        self._fill(self.current)
        self.slides.setFocus()

    def add_slide(self) -> None:
        self.commit()
        slide = self.draft.add(self.current, self.lang(), translate("PlanEditor", "New slide"), "...")
        self._fill(slide.id)
        self.title.setFocus()
        self.title.selectAll()

    def _set_minutes(self, section_id: str, value: int) -> None:
        self.draft.set_minutes(section_id, value)
        self._label_sections()

    def _language_changed(self) -> None:
        self.commit()
        keep, self.current = self.current, None
        self._label_sections()
        self._fill(keep)

    # ---------------------------------------------------------------- save

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def save(self) -> str | None:
        """Save as the user's own plan; returns its module id, or None with the reason shown."""
        self.commit()
        name = self.name.text().strip()
        if not name:
            self._say(translate("PlanEditor", "Give your plan a name first."))
            self.name.setFocus()
            return None
        catalog = self.context.catalog
        if self.draft.origin == "user":
            module_id = self.draft.module_id  # saving your own plan again replaces it
        else:
            module_id = custom_id(name, set(catalog.modules) | {s.folder.name for s in catalog.skipped})
        try:
            save_custom_plan(self.draft, self.context.paths.user_modules_dir, module_id, name)
        except CustomPlanError as exc:
            details = "\n".join(
                f"\u2022 {p.field}: {p.message}" if p.field else f"\u2022 {p.message}" for p in exc.problems
            )
            text = translate("PlanEditor", "Your plan was not saved:") + "\n" + details
            self._say(text)
            QMessageBox.warning(self, translate("PlanEditor", "Not saved"), text)
            return None
        self._say(fill(translate("PlanEditor", "Saved as \u201c%1\u201d. It is listed under Workshops."), name))
        self.draft.module_id, self.draft.origin = module_id, "user"
        self.saved.emit(module_id)
        return module_id

    def _present(self) -> None:
        self.commit()
        self.accept()
        self.presentRequested.emit(self.draft)
