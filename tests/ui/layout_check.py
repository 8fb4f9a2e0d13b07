"""Layout checks shared by the layout tests: does a screen fit, and is every text shown whole?

A text is clipped when the room a widget got from its layout is smaller than what its text
needs, measured with the widget's own font (QFontMetrics), word wrap taken into account:
a wrapped label needs the height of its text at its width, and room for its longest word.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText lives in QtGui's Qt namespace
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QWidget,
)

MAX_MINIMUM = QSize(1024, 640)  # the smallest screen the app promises to fit (a small laptop)
SLACK = 1  # rounding between text measurement and layout


def plain(text: str) -> str:
    """The text a user sees: no mnemonic ampersands (a doubled one shows as one)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def carries_meaning(text: str) -> bool:
    return bool(re.search(r"\w", text))


def too_big(widget: QWidget, limit: QSize = MAX_MINIMUM) -> str | None:
    """Why ``widget`` cannot fit on a ``limit``-sized screen, or None."""
    hint = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    if hint.width() > limit.width() or hint.height() > limit.height():
        return f"minimum size {hint.width()}x{hint.height()} exceeds {limit.width()}x{limit.height()}"
    return None


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.width() > 0 and widget.height() > 0


def _label_needs(label: QLabel) -> tuple[int, int]:
    """Width and height a label's text needs at the label's current width."""
    room = label.contentsRect().width() - 2 * max(label.margin(), 0) - max(label.indent(), 0)
    if label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(label.text())
    ):
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(label.text())
        if label.wordWrap():
            document.setTextWidth(room)
            return int(document.idealWidth()), int(document.size().height())
        return int(document.idealWidth()), int(document.size().height())
    metrics = QFontMetrics(label.font())
    text = plain(label.text()) if label.buddy() is not None else label.text()
    if label.wordWrap():
        words = [w for line in text.splitlines() for w in line.split()]
        widest = max((metrics.horizontalAdvance(w) for w in words), default=0)
        return widest, label.heightForWidth(label.width()) - 2 * label.frameWidth()
    lines = text.splitlines() or [""]
    return max(metrics.horizontalAdvance(line) for line in lines), metrics.height() * len(lines)


def _button_needs(button: QAbstractButton) -> QSize:
    """The size a push button's text and icon need inside the style's padding."""
    metrics = QFontMetrics(button.font())
    text = plain(button.text())
    width = metrics.horizontalAdvance(text)
    height = metrics.height()
    if not button.icon().isNull():
        width += button.iconSize().width() + 4
        height = max(height, button.iconSize().height())
    option = QStyleOptionButton()
    option.initFrom(button)
    option.text = button.text()
    option.icon = button.icon()
    option.iconSize = button.iconSize()
    if isinstance(button, QPushButton) and button.isDefault():
        option.features |= QStyleOptionButton.ButtonFeature.DefaultButton
    padded = button.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, option, QSize(width, height), button)
    return padded


def clipped(root: QWidget) -> list[str]:
    """Every shown label, button, check box and radio button of ``root`` whose text does not fit."""
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget, root):
            continue
        if isinstance(widget, QLabel):
            text = widget.text()
            if not carries_meaning(text):  # an image or an empty label
                continue
            need_w, need_h = _label_needs(widget)
            room = widget.contentsRect()
            if need_w > room.width() + SLACK or need_h > room.height() + SLACK:
                problems.append(_describe(widget, text, need_w, need_h, room.width(), room.height()))
        elif isinstance(widget, QPushButton):
            if not carries_meaning(widget.text()):
                continue
            # The style's padding decides the width; the height only has to hold one line of text
            # (a style's preferred height is a wish, not a need).
            need = QSize(_button_needs(widget).width(), QFontMetrics(widget.font()).height())
            if need.width() > widget.width() + SLACK or need.height() > widget.height() + SLACK:
                problems.append(
                    _describe(widget, widget.text(), need.width(), need.height(), widget.width(), widget.height())
                )
        elif isinstance(widget, (QCheckBox, QRadioButton)):
            if not carries_meaning(widget.text()):
                continue
            need = widget.sizeHint()
            if need.width() > widget.width() + SLACK or need.height() > widget.height() + SLACK:
                problems.append(
                    _describe(widget, widget.text(), need.width(), need.height(), widget.width(), widget.height())
                )
        elif isinstance(widget, QComboBox) and not widget.isEditable():
            # A combo box elides the chosen item when squeezed ("All chi..."): the choice is unreadable.
            text = widget.currentText()
            if not carries_meaning(text):
                continue
            option = QStyleOptionComboBox()
            option.initFrom(widget)
            option.currentText = text
            field = widget.style().subControlRect(
                QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, widget
            )
            need = QFontMetrics(widget.font()).horizontalAdvance(text)
            if need > field.width() + SLACK:
                problems.append(_describe(widget, text, need, field.height(), field.width(), field.height()))
    return problems


def out_of_sight(root: QWidget) -> list[str]:
    """Every shown button, check box, drop-down and labelled text that lies (partly) outside what its
    parents show: a layout that placed it past their edge (a wrapped row of buttons below a pane
    too short for it). Widgets in a scroll area are skipped: scrolling brings them into sight."""
    problems = []
    kinds = (QAbstractButton, QComboBox, QLabel)
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, kinds) or not _shown(widget, root):
            continue
        if isinstance(widget, QLabel) and not carries_meaning(widget.text()):
            continue
        if isinstance(widget, QAbstractButton) and not carries_meaning(widget.text()):
            continue
        rect = QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())
        seen = QRect(rect)
        parent = widget.parentWidget()
        scrolls = False
        while parent is not None and parent is not root:
            if isinstance(parent, QAbstractScrollArea):
                scrolls = True
                break
            seen = seen.intersected(QRect(parent.mapTo(root, QPoint(0, 0)), parent.size()))
            parent = parent.parentWidget()
        seen = seen.intersected(root.rect())
        lost = rect.width() - seen.width() > SLACK + 1 or rect.height() - seen.height() > SLACK + 1
        if not scrolls and (seen.isEmpty() or lost):  # a pixel or two: rounding, right to left
            text = widget.currentText() if isinstance(widget, QComboBox) else widget.text()
            shown = f"{seen.width()}x{seen.height()}" if not seen.isEmpty() else "nothing"
            problems.append(
                f"{type(widget).__name__} {plain(text)[:60]!r} out of sight: {shown} of its "
                f"{rect.width()}x{rect.height()} shown"
            )
    return problems


def _describe(widget: QWidget, text: str, need_w: int, need_h: int, has_w: int, has_h: int) -> str:
    short = plain(text).replace("\n", " ")
    short = short if len(short) <= 50 else short[:47] + "..."
    return f"{type(widget).__name__} {short!r} needs {need_w}x{need_h}, has {has_w}x{has_h}"


def mnemonic(text: str) -> str | None:
    """The letter of a text's &-mnemonic ("Se&ttings" -> "t"), or None."""
    import re

    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def mnemonic_clashes(root: QWidget) -> list[str]:
    """Letters that two shown widgets of ``root`` both claim (Alt+letter then reaches only one),
    and the same within each of its menus."""
    from PySide6.QtWidgets import QGroupBox, QMenu

    groups: list[list[str]] = [[]]
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QMenu):
            groups.append([a.text() for a in widget.actions() if a.isVisible()])
            continue
        if not _shown(widget, root):
            continue
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            groups[0].append(widget.text())
        elif isinstance(widget, QGroupBox):
            groups[0].append(widget.title())
    problems = []
    for texts in groups:
        by_letter: dict[str, list[str]] = {}
        for text in texts:
            letter = mnemonic(text)
            if letter:
                by_letter.setdefault(letter, []).append(plain(text))
        problems += [
            f"&{letter} on {' / '.join(map(repr, claims))}" for letter, claims in by_letter.items() if len(claims) > 1
        ]
    return problems
