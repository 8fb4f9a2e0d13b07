"""Small Qt helpers shared by the pages."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget


class Retranslatable:
    """Mixin: call ``retranslate()`` whenever the UI language changes."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

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
        self.box.setAccessibleName(text)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setBuddy(self.box)
        self.label.mousePressEvent = lambda _event: self.box.toggle()
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


def fit_to_text(dialog: QWidget, width: int = 560) -> None:
    """Give a dialog of wrapped text a sensible width and the height that text needs.

    Top-level windows ignore a wrapped label's height-for-width, so without this the last
    lines of a long explanation are cut off."""
    dialog.setMinimumWidth(width)
    layout = dialog.layout()
    dialog.resize(
        width, layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else dialog.sizeHint().height()
    )
    dialog.setMinimumHeight(dialog.height())


def with_actions(view: QWidget, leading: QWidget, trailing: QWidget) -> QWidget:
    """A view with a row of two buttons under it, one at each end (reader and checklist result)."""
    from PySide6.QtWidgets import QVBoxLayout

    panel = QWidget()
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(view, 1)
    row = QHBoxLayout()
    row.addWidget(leading)
    row.addStretch(1)
    row.addWidget(trailing)
    layout.addLayout(row)
    return panel
