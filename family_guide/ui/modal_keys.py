"""F1 and Hide-and-lock inside modal dialogs, where the main window's shortcuts cannot reach."""

from __future__ import annotations

from PySide6.QtCore import QObject


class ModalKeys(QObject):
    """F1 and Ctrl+Shift+L inside modal dialogs, where the main window's shortcuts cannot reach."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched, event) -> bool:
        from PySide6.QtCore import QEvent, Qt
        from PySide6.QtWidgets import QApplication

        if event.type() != QEvent.Type.KeyPress or QApplication.activeModalWidget() is None:
            return False
        modifiers = event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.AltModifier
        )
        if event.key() == Qt.Key.Key_F1 and modifiers == Qt.KeyboardModifier.NoModifier:
            from family_guide.ui.help_now import HelpNowDialog

            if not isinstance(QApplication.activeModalWidget(), HelpNowDialog):
                self.window.open_help_now()
            return True
        if event.key() == Qt.Key.Key_L and modifiers == (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        ):
            self.window.hide_and_lock()
            return True
        return False
