"""Read aloud: a bar of controls that reads a page sentence by sentence, highlighting the sentence.

The page is read as it is shown (core/read_aloud.py decides the order and what is left out): a
guide, the checklist's signs and next steps, the help lines. Each sentence is spoken in the
language it is written in; a language with no voice on this computer is said so, and only
English text is offered to the English voice (never Spanish read by an English voice).

Few Qt calls per sentence on purpose: with PySide6 6.12.0 on Python 3.11, every call of a Qt method
that returns nothing takes a reference from None, and None's count falling to zero aborts Python
("deallocating None"). pyproject.toml keeps 6.12 out and tests/ui/test_qt_binding.py watches for it;
reading a page aloud makes thousands of such calls, so it stays frugal in case another release does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from family_guide.core import read_aloud
from family_guide.core.constants import SOURCE_LANGUAGE
from family_guide.core.translatable import fill
from family_guide.ui.i18n import native_name, translate
from family_guide.ui.speech import SpeechEngine


@dataclass(frozen=True)
class Part:
    """A sentence to read and how to show it being read (``show(True)``) or no longer (``show(False)``);
    ``target``: what shows it (a view, a widget), so moving on within one target skips the un-showing."""

    sentence: read_aloud.Sentence
    show: Callable[[bool], None]
    target: object = None


def document_blocks(view: QTextEdit, ui_language: str) -> list[read_aloud.Block]:
    """The blocks of a shown page with their language and kind, from the marks content_html puts
    on them; a block without a language mark is the app's own words (in the UI language)."""
    blocks = []
    block = view.document().begin()
    while block.isValid():
        kind, language = read_aloud.parse_state(block.userState())
        if block.text().strip():
            blocks.append(
                read_aloud.Block(block.position(), block.text(), language or ui_language, kind or read_aloud.TEXT)
            )
        block = block.next()
    return blocks


def document_parts(view: QTextEdit, ui_language: str, words_only: bool) -> list[Part]:
    """A page's sentences, each highlighted in the view (and scrolled to) while it is read."""

    def show(sentence: read_aloud.Sentence) -> Callable[[bool], None]:
        def apply(on: bool) -> None:
            if not on:
                view.setExtraSelections([])
                return
            cursor = QTextCursor(view.document())
            cursor.setPosition(sentence.start)
            cursor.setPosition(sentence.end, QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            fmt = QTextCharFormat()  # the palette's own selection colours: right in dark and high contrast
            fmt.setBackground(view.palette().color(QPalette.ColorRole.Highlight))
            fmt.setForeground(view.palette().color(QPalette.ColorRole.HighlightedText))
            selection.format = fmt
            view.setExtraSelections([selection])
            _scroll_to(view, cursor)

        return apply

    sentences = read_aloud.reading_order(document_blocks(view, ui_language), words_only)
    return [Part(s, show(s), view) for s in sentences]


def _scroll_to(view: QTextEdit, cursor: QTextCursor) -> None:
    """Bring the sentence into view (the reading follows the voice) without moving the user's cursor."""
    end = QTextCursor(cursor)
    end.setPosition(cursor.selectionEnd())
    top, bottom = view.cursorRect(QTextCursor(view.document().findBlock(cursor.selectionStart()))), view.cursorRect(end)
    bar = view.verticalScrollBar()
    if top.top() < 0:
        bar.setValue(bar.value() + top.top() - 6)
    elif bottom.bottom() > view.viewport().height():
        bar.setValue(bar.value() + min(top.top(), bottom.bottom() - view.viewport().height()) + 6)


def widget_parts(rows: list[tuple[QWidget, str, str]], scroll: Callable[[QWidget], None]) -> list[Part]:
    """Sentences of texts shown in widgets (a checklist's signs): ``(widget, text, language)``; the
    widget is highlighted with the palette's selection colour while one of its sentences is read."""

    def show(widget: QWidget) -> Callable[[bool], None]:
        def apply(on: bool) -> None:
            widget.setAutoFillBackground(on)
            widget.setBackgroundRole(QPalette.ColorRole.Highlight if on else QPalette.ColorRole.Window)
            widget.setForegroundRole(QPalette.ColorRole.HighlightedText if on else QPalette.ColorRole.WindowText)
            if on:
                scroll(widget)

        return apply

    parts = []
    for widget, text, language in rows:
        for start, end in read_aloud.split_sentences(text):
            sentence = read_aloud.Sentence(start, end, text[start:end], language, read_aloud.TEXT)
            parts.append(Part(sentence, show(widget), widget))
    return parts


class ReadAloudBar(QWidget):
    """Read aloud / Pause / Stop, the speed, and (for guides) "only the words to say".

    ``parts_for(words_only)`` gives the page's sentences when reading starts, so the page is read as
    it is at that moment. Reading stops when the page changes (call ``stop()``)."""

    stateChanged = Signal(str)  # "playing", "paused" or "stopped"

    def __init__(
        self,
        engine_factory: Callable[[], SpeechEngine],
        parts_for: Callable[[bool], list[Part]],
        ui_language: Callable[[], str],
        words_option: bool = False,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._engine_factory = engine_factory
        self._engine: SpeechEngine | None = None  # asked for when first used: no work at start-up
        self._parts_for = parts_for
        self._ui_language = ui_language
        self.parts: list[Part] = []
        self.index = -1
        self.state = "stopped"
        self.play = QPushButton()
        self.stop_button = QPushButton()
        self.speed = QComboBox()
        # As wide as its longest choice in every language ("Velocidade normal" was cut short: the
        # width measured for the first text shown was kept after the words changed).
        self.speed.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.words = QCheckBox()
        self.words.setVisible(words_option)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.english = QPushButton()  # offered when a language has no voice and English text can be read
        self.english.hide()
        # The controls on one line; what read-aloud has to say (no voice, nothing to read) on its own
        # line under them, so a long message never squeezes the buttons at large text sizes.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        from family_guide.ui.flow_layout import FlowLayout

        row = FlowLayout()  # the controls wrap onto a second line at large text sizes, never cut
        for widget in (self.play, self.stop_button, self.speed, self.words):
            row.addWidget(widget)
        message = QHBoxLayout()
        message.addWidget(self.status, 1)
        message.addWidget(self.english)
        layout.addLayout(row)
        layout.addLayout(message)
        self.status.hide()
        self.play.clicked.connect(self.toggle)
        self.stop_button.clicked.connect(self.stop)
        self.english.clicked.connect(self._read_english_only)
        self.speed.currentIndexChanged.connect(self._speed_changed)
        self.retranslate()
        self._update()

    # -- text ---------------------------------------------------------------------

    def retranslate(self) -> None:
        self.stop_button.setText(translate("ReadAloud", "Stop"))
        self.stop_button.setAccessibleName(translate("ReadAloud", "Stop reading aloud"))
        self.speed.setAccessibleName(translate("ReadAloud", "Reading speed"))
        self.speed.setToolTip(translate("ReadAloud", "Reading speed"))
        current = self.speed.currentIndex()
        self.speed.blockSignals(True)
        self.speed.clear()
        self.speed.addItem(translate("ReadAloud", "Slower"), read_aloud.SLOWER)
        self.speed.addItem(translate("ReadAloud", "Normal speed"), read_aloud.NORMAL)
        self.speed.addItem(translate("ReadAloud", "Faster"), read_aloud.FASTER)
        self.speed.setCurrentIndex(current if current >= 0 else 1)
        self.speed.blockSignals(False)
        self.words.setText(translate("ReadAloud", "Only the words to say"))
        self.words.setToolTip(
            translate("ReadAloud", "Read only the lines to say to your child, never the notes for you")
        )
        self.english.setText(translate("ReadAloud", "Read the English text"))
        self._update()

    def _update(self) -> None:
        label = translate("ReadAloud", "Pause") if self.state == "playing" else translate("ReadAloud", "Read aloud")
        if self.state == "paused":
            label = translate("ReadAloud", "Resume")
        self.play.setText(label)
        self.play.setAccessibleName(label)
        self.stop_button.setEnabled(self.state != "stopped")

    # -- reading ------------------------------------------------------------------

    @property
    def engine(self) -> SpeechEngine:
        if self._engine is None:
            self._engine = self._engine_factory()
            self._engine.setParent(self)
            self._engine.finished.connect(self._next)
        return self._engine

    @property
    def rate(self) -> float:
        return float(self.speed.currentData() or 0.0)

    def toggle(self) -> None:
        if self.state == "playing":
            self.pause()
        elif self.state == "paused":
            self._set_state("playing")
            self._speak()  # the sentence that was interrupted, from its start
        else:
            self.start()

    def start(self, english_only: bool = False) -> None:
        self.stop()
        parts = self._parts_for(self.words.isChecked())
        missing = read_aloud.languages_without_voice([p.sentence for p in parts], self.engine.has_voice)
        self.english.hide()
        if missing and not english_only:
            names = ", ".join(native_name(lang) for lang in missing)
            english = [p for p in parts if p.sentence.language == SOURCE_LANGUAGE]
            message = translate("ReadAloud", "This computer has no voice for %1, so that text cannot be read aloud.")
            self._say_status(fill(message, names))
            # Only English text goes to the English voice: it would read other languages wrongly.
            self.english.setVisible(bool(english) and self.engine.has_voice(SOURCE_LANGUAGE))
            return
        if english_only:
            parts = [p for p in parts if p.sentence.language == SOURCE_LANGUAGE]
        self._say_status("")
        if not parts:
            self._say_status(translate("ReadAloud", "There is nothing to read aloud here."))
            return
        self.parts, self.index = parts, 0
        self._set_state("playing")
        self._speak()

    def _say_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _read_english_only(self) -> None:
        self.start(english_only=True)

    def pause(self) -> None:
        if self.state == "playing":
            self.engine.stop()
            self._set_state("paused")

    def stop(self) -> None:
        if self.state != "stopped":
            self.engine.stop()
        if 0 <= self.index < len(self.parts):
            self.parts[self.index].show(False)
        self.parts, self.index = [], -1
        self._set_state("stopped")

    def _speak(self) -> None:
        part = self.parts[self.index]
        part.show(True)
        self.engine.say(part.sentence.text, part.sentence.language, self.rate)

    def _next(self) -> None:
        if self.state != "playing":
            return
        done = self.parts[self.index]
        self.index += 1
        if self.index >= len(self.parts):
            self.stop()
            done.show(False)
            return
        if self.parts[self.index].target is not done.target or done.target is None:
            done.show(False)  # the next sentence's highlight replaces it in the same view
        self._speak()

    def _speed_changed(self) -> None:
        if self.state == "playing":  # the new speed from the start of the current sentence
            self.engine.stop()
            self._speak()

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self._update()
            self.stateChanged.emit(state)

    @property
    def current_sentence(self) -> str | None:
        return self.parts[self.index].sentence.text if 0 <= self.index < len(self.parts) else None

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.state != "stopped":
            self.stop()  # Esc in the bar stops reading
            return
        super().keyPressEvent(event)
