"""A visible "Get help now" button in every dialog of the app, not only the F1 key.

Added when a dialog is first shown, by an application-wide event filter, so every dialog
(our own, message boxes, the file dialog) gets it without each one having to remember.
The button sits at the start of the dialog's button row.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QPushButton, QWidget

from family_guide.ui.i18n import translate

BUTTON_NAME = "DialogGetHelpNow"


class DialogHelpButtons(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog):
            add_help_button(watched, self.window.open_help_now)
        return False


def add_help_button(dialog: QDialog, open_help) -> QPushButton | None:
    """Put a Get help now button at the start of the dialog's button row (once); None if it has none.

    The button goes beside the button box, not into it: a QMessageBox takes any click inside its
    box as the answer to its question, and Get help now must never answer a question."""
    from family_guide.ui.help_now import HelpNowDialog

    existing = dialog.findChild(QPushButton, BUTTON_NAME)
    if isinstance(dialog, HelpNowDialog) or existing is not None:
        return existing
    boxes = [b for b in dialog.findChildren(QDialogButtonBox) if b.window() is dialog]
    if not boxes or dialog.layout() is None:
        return None
    box = boxes[-1]
    box_hidden = box.isHidden()
    row = QWidget()
    button = QPushButton(translate("MainWindow", "Get help now"), row)
    button.setObjectName(BUTTON_NAME)
    button.setAutoDefault(False)  # Enter must keep pressing the dialog's own default button
    button.setToolTip(translate("MainWindow", "Emergency numbers and what to do now (F1)"))
    button.clicked.connect(lambda: open_help())
    layout = dialog.layout()
    assert layout is not None  # the button box was found inside the dialog's layout
    if layout.replaceWidget(box, row) is None:
        row.deleteLater()
        return None
    line = QHBoxLayout(row)
    line.setContentsMargins(0, 0, 0, 0)
    line.addWidget(button)
    line.addStretch(1)
    line.addWidget(box)
    box.setHidden(box_hidden)  # reparenting hides a widget; children added to a shown dialog start hidden
    row.show()
    # A dialog fitted to its text (widgets.fit_to_text) carries its own minimum width, which its
    # layout then never raises: the row squeezed the button and cut its words ("Obtenir de l'aide
    # maintenant" in French at 200% text). Make room for the row as it is now.
    layout.activate()
    wanted = layout.minimumSize().width()
    if dialog.minimumWidth() < wanted:
        dialog.setMinimumWidth(wanted)
    return button
