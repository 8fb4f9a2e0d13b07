"""Small Qt helpers shared by the pages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from family_guide.core.bidi import without_isolates

if TYPE_CHECKING:  # types only: making their Python types costs time before the first paint
    from PySide6.QtGui import QResizeEvent
    from PySide6.QtWidgets import QLayout


class Retranslatable:
    """Mixin: call ``retranslate()`` whenever the UI language changes."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]  # a mixin: the QWidget it is mixed into has it

    def retranslate(self) -> None:
        raise NotImplementedError


def heading(text: str = "", level: int = 1, parent: QWidget | None = None) -> QLabel:
    """A heading label whose size follows the user's text size (relative, not fixed)."""
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * {1: 1.5, 2: 1.2}.get(level, 1.0))
    label.setFont(font)
    label.setWordWrap(True)
    label.setProperty("headingLevel", level)
    return label


def rescale_headings(root: QWidget) -> None:
    """Headings carry explicit fonts, so re-derive them after the app font changes."""
    from PySide6.QtWidgets import QApplication

    base = QApplication.font()
    for label in root.findChildren(QLabel):
        level = label.property("headingLevel")
        if level:
            font = label.font()
            font.setPointSizeF(base.pointSizeF() * {1: 1.5, 2: 1.2}.get(level, 1.0))
            label.setFont(font)


def wrapped(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


class WrappingCheckBox(QWidget):
    """A check box whose text wraps (QCheckBox's own text never does, which forces
    sideways scrolling at large text sizes). The box keeps the focus and carries the
    text as its accessible name; clicking the text toggles it too."""

    toggled = Signal(bool)

    def __init__(self, text: str, parent: QWidget | None = None):
        from PySide6.QtCore import Qt  # not at import: this module is loaded before the first paint

        from family_guide.ui.tick_box import TickBox  # drawn from the theme, as tall as the text

        super().__init__(parent)
        self.box = TickBox()
        self.box.setAccessibleName(without_isolates(text))  # the isolates that order Latin words are not words
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setBuddy(self.box)
        # A click on the label ticks the box; an instance override is simpler than a QLabel subclass.
        self.label.mousePressEvent = lambda _event: self.box.toggle()  # type: ignore[method-assign]
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.box.toggled.connect(self.toggled)
        self.setFocusProxy(self.box)

    def isChecked(self) -> bool:
        return self.box.isChecked()

    def setChecked(self, checked: bool) -> None:
        self.box.setChecked(checked)

    def text(self) -> str:
        return self.label.text()


def lines_edit(lines: int):
    """A plain-text box sized to ``lines`` lines of the current font (so it grows with the text size)."""
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy

    class LinesEdit(QPlainTextEdit):
        def sizeHint(self) -> QSize:
            hint = super().sizeHint()
            margins = self.contentsMargins()
            height = self.fontMetrics().lineSpacing() * lines + margins.top() + margins.bottom() + 10
            return QSize(hint.width(), height)

        def minimumSizeHint(self) -> QSize:
            return self.sizeHint()

    edit = LinesEdit()
    edit.setTabChangesFocus(True)
    edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return edit


FIT_WIDTH, FIT_HEIGHT = 960, 600  # the most a dialog takes on a 1024 x 640 screen, with room for its frame


def fit_to_text(dialog: QWidget, width: int = 560) -> None:
    """Give a dialog of wrapped text a sensible width and the height that text needs.

    Top-level windows ignore a wrapped label's height-for-width, so without this the last
    lines of a long explanation are cut off. At large text sizes the dialog grows wider
    (up to what a 1024 x 640 screen allows) rather than taller than the screen. Call it
    again when the dialog shows or hides a part."""
    # A text changed before the dialog is shown does not reach the dialog's layout (hidden
    # widgets skip layout requests): drop every cached size so the layout measures afresh.
    from PySide6.QtWidgets import QLayout

    for child in dialog.findChildren(QWidget):
        child.updateGeometry()
    for inner in dialog.findChildren(QLayout):
        inner.invalidate()
    layout = dialog.layout()
    assert layout is not None  # every dialog this fits has a layout
    layout.invalidate()
    layout.activate()
    width = max(width, layout.minimumSize().width())

    def height_at(w: int) -> int:
        return layout.totalHeightForWidth(w) if layout.hasHeightForWidth() else dialog.sizeHint().height()

    while height_at(width) > FIT_HEIGHT and width < FIT_WIDTH:
        width = min(FIT_WIDTH, width + 40)
    dialog.setMinimumWidth(width)
    dialog.setMinimumHeight(0)
    dialog.resize(max(width, dialog.width() if dialog.isVisible() else 0), height_at(width))
    dialog.setMinimumHeight(dialog.height())


def with_actions(view: QWidget, leading: QWidget, *trailing: QWidget) -> QWidget:
    """A view with a row of buttons under it: ``leading`` at the start, the last of ``trailing`` at
    the end when they fit on one line (reader and checklist result); they wrap when they do not."""
    from PySide6.QtWidgets import QVBoxLayout

    from family_guide.ui.flow_layout import FlowLayout

    row = FlowLayout(last_at_end=True)  # one above the other when a narrow panel or large text needs it
    row.addWidget(leading)
    for widget in trailing:  # each its own item, so each can move to the next line on its own
        row.addWidget(widget)
    panel = _ActionsPanel(view, row)
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(view, 1)
    layout.addLayout(row)
    return panel


class _ActionsPanel(QWidget):
    """``with_actions``' panel, which is never shorter than its buttons' rows at its width.

    A QSplitter sizes its parts by their minimum sizes and never asks a part for its height at a
    given width: when the buttons wrapped onto a second row (large text, a narrow pane) the panel
    got one row's height and the second row fell outside it, out of sight ("Save to journal..."
    under Warning signs at 200% text on a 1024 x 640 screen)."""

    def __init__(self, view: QWidget, row: QLayout) -> None:
        super().__init__()
        self._view = view
        self._row = row

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        layout = self.layout()
        assert layout is not None  # with_actions gives the panel its layout before it is shown
        need = self._view.minimumSizeHint().height() + layout.spacing() + self._row.heightForWidth(event.size().width())
        if need != self.minimumHeight():
            self.setMinimumHeight(need)  # the splitter moves its handle to make the room
