"""Restore a journal backup, asking for the secret that opened the journal when it was made."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from family_guide.core.journal.store import REPLACED_KEEP_DAYS, JournalError
from family_guide.core.translatable import fill
from family_guide.ui.i18n import translate
from family_guide.ui.journal import operations
from family_guide.ui.journal.passphrase import password_field
from family_guide.ui.journal.session import forget_text
from family_guide.ui.widgets import fit_to_text, wrapped


def _protected(session) -> bool:
    from family_guide.core.journal.store import Journal

    try:
        return session.exists() and Journal.key_file(session.folder).has_passphrase
    except JournalError:
        return False  # a damaged key file protects nothing


class RestoreDialog(QDialog):
    """Restore a backup: the secret that opened the journal when the backup was made."""

    def __init__(self, session, backup, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.backup = backup
        self.setWindowTitle(translate("Journal", "Restore a backup"))
        self.secret = password_field()
        self.secret.setAccessibleName(translate("Journal", "Passphrase"))
        self.use_recovery = QCheckBox(translate("Journal", "Use a recovery &key instead"))
        self.use_recovery.toggled.connect(
            lambda on: self.secret.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)
        )
        self.message = wrapped()
        label = QLabel(translate("Journal", "&Passphrase or recovery key of the backup:"))
        label.setBuddy(self.secret)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("Journal", "Restore"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapped(
                translate(
                    "Journal",
                    "The journal on this computer will be replaced by the backup. It is not deleted: it is kept in "
                    "the journal's backups folder.",
                )
            )
        )
        layout.addWidget(label)
        layout.addWidget(self.secret)
        layout.addWidget(self.use_recovery)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        fit_to_text(self, 520)

    def confirm_unprotected(self) -> bool:
        """A backup without a passphrase would leave the journal open to anyone using this computer."""
        from family_guide.core.journal.backup import BackupError, backup_has_passphrase

        try:
            unprotected = not backup_has_passphrase(self.backup)
        except BackupError:
            return True  # the restore itself explains what is wrong with the file
        if not unprotected or not _protected(self.session):
            return True
        answer = QMessageBox.warning(
            self,
            translate("Journal", "This backup has no passphrase"),
            translate(
                "Journal",
                "This backup was made when the journal had no passphrase, so it is not encrypted with one. After "
                "restoring it, anyone who can use this computer account can open the journal, until you set a "
                "passphrase again (More, Change passphrase). Restore it anyway?",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def accept(self) -> None:
        if not self.confirm_unprotected():
            return
        secret = self.secret.text()
        forget_text(self.secret)
        done = operations.restore(
            self.session, self.backup, secret, self.use_recovery.isChecked(), keep=self, show=self.message.setText
        )
        if not done:
            return
        kept = done.value
        super().accept()
        QMessageBox.information(
            self.parentWidget(),
            translate("Journal", "Backup restored"),
            fill(
                translate(
                    "Journal",
                    "Unlock the journal with the backup's passphrase. The journal it replaced is kept for %2 days, "
                    "then deleted. It is in:\n%1",
                ),
                str(kept),
                str(REPLACED_KEEP_DAYS),
            ),
        )
