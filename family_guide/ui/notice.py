"""A non-blocking notice across the top of the window, e.g. for content that was skipped."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from family_guide.ui.i18n import translate
from family_guide.ui.widgets import Retranslatable


class NoticeBar(Retranslatable, QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.backgroundRole().ToolTipBase)
        self.setForegroundRole(self.foregroundRole().ToolTipText)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.details_button = QPushButton()
        self.dismiss_button = QPushButton()
        layout = QHBoxLayout(self)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.details_button)
        layout.addWidget(self.dismiss_button)
        self.details_button.clicked.connect(self._show_details)
        self.dismiss_button.clicked.connect(self.hide)
        self._details = ""
        self._count = 0
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.details_button.setText(translate("NoticeBar", "&Details"))
        self.dismiss_button.setText(translate("NoticeBar", "Dis&miss"))
        self.setAccessibleName(translate("NoticeBar", "Notice"))
        if self._count:
            self.message.setText(
                translate(
                    "NoticeBar",
                    "%n content module(s) have mistakes, so what could not be read was left out. Everything else works.",
                    None,
                    self._count,
                )
            )

    def show_skipped(self, count: int, details: str) -> None:
        self._count, self._details = count, details
        self.retranslate()
        self.setVisible(count > 0)

    def _show_details(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(translate("NoticeBar", "Skipped content"))
        box.setText(
            translate("NoticeBar", "These modules have problems. Their authors can fix them with the details below.")
        )
        box.setDetailedText(self._details)
        box.exec()
