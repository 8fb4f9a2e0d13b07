"""The recovery key, shown once: whole at any text size, in groups easy to read aloud and copy
down by hand, with Copy and "Print this key" (to a paper printer only, never to a file).

The key is never stored in plain form, so it cannot be shown again. A PDF or print-to-file
copy would be exactly that: a plain copy on the computer, next to the journal it opens.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from family_guide.ui.i18n import translate
from family_guide.ui.widgets import fit_to_text, wrapped


def key_groups(recovery_key: str) -> list[str]:
    """The key's groups of five ("ABCDE-FGHJK-..." -> ["ABCDE", "FGHJK", ...])."""
    return [group for group in recovery_key.split("-") if group]


def spoken_form(recovery_key: str) -> str:
    """Groups apart by a space: the label wraps between groups, never inside one."""
    return " ".join(key_groups(recovery_key))


def paper_printer():
    """A printer that prints on paper, or None when none is set up.

    Output format native and no output file: a PDF "printer" would leave a plain copy of the key."""
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    if not QPrinterInfo.availablePrinters():
        return None
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
    printer.setOutputFileName("")
    return printer


def paper_print_dialog(printer, parent: QWidget | None):
    """Qt's print dialog without its "Print to file" choice."""
    from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog

    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
    return dialog


def prints_on_paper(printer) -> bool:
    from PySide6.QtPrintSupport import QPrinter

    return printer.outputFormat() == QPrinter.OutputFormat.NativeFormat and not printer.outputFileName()


def key_page_html(recovery_key: str) -> str:
    """The printed page: what it is, the key in large groups, and where to keep it."""
    title = escape(translate("Journal", "Recovery key for your Family Guide journal"))
    keep = escape(
        translate(
            "Journal", "Keep this paper somewhere safe, away from the computer. Anyone with it can open the journal."
        )
    )
    groups = "&nbsp;&nbsp;".join(escape(g) for g in key_groups(recovery_key))
    return (
        f"<h2>{title}</h2>"
        f'<p dir="ltr" style="font-family: monospace; font-size: 20pt; font-weight: bold">{groups}</p>'
        f"<p>{keep}</p>"
    )


class RecoveryKeyDialog(QDialog):
    """Shown once. The key is never stored in plain form, so it cannot be shown again."""

    def __init__(self, recovery_key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.recovery_key = recovery_key
        self.setWindowTitle(translate("Journal", "Your recovery key"))
        self.key = QLabel(spoken_form(recovery_key))
        self.key.setObjectName("RecoveryKey")
        self.key.setTextFormat(Qt.TextFormat.PlainText)
        self.key.setWordWrap(True)  # wraps between groups at large text sizes: always shown whole
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(self.font().pointSizeF() * 1.4)
        font.setBold(True)
        self.key.setFont(font)
        self.key.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.key.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # keyboard users can reach and select it
        self.key.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # the groups read left to right everywhere
        self.key.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
        self.key.setAccessibleName(translate("Journal", "Recovery key"))
        self.key.setAccessibleDescription(
            translate("Journal", "%n groups of five letters and digits", None, len(key_groups(recovery_key)))
        )
        self.copy_button = QPushButton(translate("Journal", "&Copy"))
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy_key)
        self.print_button = QPushButton(translate("Journal", "&Print this key..."))
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_key)
        self.status = wrapped()
        self.written = QCheckBox(translate("Journal", "I have &written it down"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled(False)
        self.written.toggled.connect(self.buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled)
        self.buttons.rejected.connect(self.accept)
        actions = QHBoxLayout()
        actions.addWidget(self.copy_button)
        actions.addWidget(self.print_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapped(
                translate(
                    "Journal",
                    "If you forget your passphrase, this key opens the journal. Write it on paper and keep it "
                    "somewhere safe, away from the computer. It is shown only this once.",
                )
            )
        )
        layout.addWidget(self.key)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(self.written)
        layout.addWidget(self.buttons)
        fit_to_text(self, 520)

    def reject(self) -> None:
        if self.written.isChecked():
            super().reject()

    def copy_key(self) -> None:
        """The key as the unlock box takes it (groups joined by dashes)."""
        QGuiApplication.clipboard().setText(self.recovery_key)
        self.status.setText(translate("Journal", "Copied."))

    def print_key(self) -> None:
        printer = paper_printer()
        if printer is None:
            QMessageBox.information(
                self,
                translate("Journal", "No printer"),
                translate("Journal", "No printer is set up on this computer. Write the key on paper instead."),
            )
            return
        dialog = paper_print_dialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_on(printer)

    def print_on(self, printer) -> bool:
        """Print the key page; refuses any printer that would write a file."""
        from PySide6.QtGui import QTextDocument

        if not prints_on_paper(printer):
            self.status.setText(translate("Journal", "The key can only be printed on paper, not saved to a file."))
            return False
        document = QTextDocument()
        document.setHtml(key_page_html(self.recovery_key))
        document.print_(printer)
        self.status.setText(translate("Journal", "Sent to the printer."))
        return True
