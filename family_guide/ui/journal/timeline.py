"""The timeline dialog: one child's entries oldest first, with print and PDF export behind a warning."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from family_guide.ui.content_view import ContentView
from family_guide.ui.file_dialogs import save_file_name
from family_guide.ui.i18n import translate
from family_guide.ui.journal.report import export_warning, report_html, write_pdf


class TimelineDialog(QDialog):
    def __init__(self, context, child_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.session = context.journal_session
        self.setWindowTitle(translate("Report", "Timeline"))  # neutral: no name in the title
        self.child = QComboBox()
        self.child.addItem(translate("Report", "All children"), None)
        for child in self.session.journal.children():
            self.child.addItem(child.nickname, child.id)
        self.child.setCurrentIndex(max(0, self.child.findData(child_id)))
        label = QLabel(translate("Report", "&Child:"))
        label.setBuddy(self.child)
        self.view = ContentView()
        self.view.set_reading_width(90)
        self.view.setAccessibleName(translate("Report", "Timeline"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.pdf_button = self.buttons.addButton(
            translate("Report", "Save as P&DF..."), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button = self.buttons.addButton(
            translate("Report", "&Print..."), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.buttons.rejected.connect(self.reject)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_report)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.child, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.child.currentIndexChanged.connect(self.refresh)
        self.session.aboutToLock.connect(self.reject)  # nothing of the journal stays open after a lock
        self.resize(900, 700)
        self.refresh()

    def refresh(self, *_) -> None:
        self.html = report_html(self.context, self.session.journal, self.child.currentData())
        self.view.show_html(self.html)

    def confirm_plain_copy(self) -> bool:
        answer = QMessageBox.warning(
            self,
            translate("Report", "A copy outside the locked journal"),
            export_warning(),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Ok

    def choose_pdf_path(self) -> str:
        # Qt's own dialog (native ones may add the file to recent files), leaving no folder history.
        path = save_file_name(
            self,
            translate("Report", "Save the report"),
            str(Path.home() / "report.pdf"),
            translate("Report", "PDF files (*.pdf)"),
        )
        return path

    def save_pdf(self) -> None:
        if not self.confirm_plain_copy():
            return
        path = self.choose_pdf_path()
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            write_pdf(self.html, Path(path))
        except OSError as error:
            QMessageBox.warning(self, translate("Report", "Not saved"), str(error))

    def print_report(self) -> None:
        if not self.confirm_plain_copy():
            return
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            document = QTextDocument()
            document.setHtml(self.html)
            document.print_(printer)
