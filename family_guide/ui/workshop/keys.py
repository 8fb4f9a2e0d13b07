"""Which key does what while presenting (every common convention, clickers included)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent

from family_guide.ui.i18n import translate

K = Qt.Key
ACTIONS: dict[Qt.Key, str] = {
    K.Key_Right: "next",
    K.Key_Down: "next",
    K.Key_PageDown: "next",  # what clickers send
    K.Key_Space: "next",
    K.Key_Return: "enter",
    K.Key_Enter: "enter",
    K.Key_Left: "previous",
    K.Key_Up: "previous",
    K.Key_PageUp: "previous",
    K.Key_Backspace: "previous",
    K.Key_P: "previous",
    K.Key_Home: "first",
    K.Key_End: "last",
    K.Key_B: "black",
    K.Key_Period: "black",
    K.Key_W: "white",
    K.Key_Comma: "white",
    K.Key_Escape: "escape",
    K.Key_Question: "keys",
    K.Key_N: "notes",
    K.Key_Y: "leave-yes",
    K.Key_F1: "help",
}


def action_for(event: QKeyEvent) -> str | None:
    """The presenter action of a key press, or None (keys with Ctrl or Alt are the app's shortcuts)."""
    mods = event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
    if mods:
        return None
    key = event.key()
    if K.Key_0 <= key <= K.Key_9:
        return f"digit:{key - K.Key_0}"
    if event.text() == "?":
        return "keys"
    return ACTIONS.get(Qt.Key(key)) if key in ACTIONS else None


def claims(event: QEvent) -> bool:
    """Whether a ShortcutOverride is one of ours: F1 and digits must reach the presenter, not the
    main window's shortcuts (F1 there would open Get help now on the audience's screen)."""
    return isinstance(event, QKeyEvent) and action_for(event) is not None


def key_list() -> list[tuple[str, str]]:
    """(keys, what they do) for the ? panel and the F1 help."""
    return [
        (translate("Presenter", "Right, Down, Page Down, Space, Enter"), translate("Presenter", "Next slide")),
        (translate("Presenter", "Left, Up, Page Up, Backspace, P"), translate("Presenter", "Previous slide")),
        (translate("Presenter", "Home, End"), translate("Presenter", "First slide, last slide")),
        (translate("Presenter", "A number, then Enter"), translate("Presenter", "Go to that slide")),
        (
            translate("Presenter", "B or ."),
            translate("Presenter", "Black screen (any move key returns to the same slide)"),
        ),
        (translate("Presenter", "W or ,"), translate("Presenter", "White screen")),
        (translate("Presenter", "N"), translate("Presenter", "Show or hide the notes (one screen)")),
        (translate("Presenter", "Esc"), translate("Presenter", "Cancel a blank or a number; then asks before leaving")),
        (translate("Presenter", "?"), translate("Presenter", "Show or hide this list")),
        (translate("Presenter", "F1"), translate("Presenter", "Get help now, on the presenter's screen")),
    ]
