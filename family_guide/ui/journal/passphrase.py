"""Journal passphrase dialogs: set up, unlock (and open-on-demand), change the passphrase."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from family_guide.core.journal.keys import WrongSecret, passphrase_problem
from family_guide.core.journal.store import JournalDamaged, JournalError
from family_guide.core.translatable import fill
from family_guide.ui.i18n import translate
from family_guide.ui.journal import operations
from family_guide.ui.journal.recovery_key import RecoveryKeyDialog
from family_guide.ui.journal.session import forget_text
from family_guide.ui.widgets import Retranslatable, fit_to_text, heading, wrapped

MIN_PASSPHRASE = 8


def limits_text() -> str:
    return translate(
        "Journal",
        "The lock keeps your notes unreadable to someone who opens the files or uses this app while it is "
        "locked. It cannot protect against monitoring software on this computer, or against someone who "
        "manages it (an administrator). If you think someone watches this computer, use a safer one.",
    )


def weak_passphrase_text(passphrase: str) -> str:
    """Why a new passphrase is refused, in plain words ("" if it is fine). The core refuses the
    same ones (PassphraseRefused); checking here lets the dialog say it in the user's language."""
    if len(passphrase) < MIN_PASSPHRASE:
        return fill(
            translate("Journal", "Use at least %1 characters. A short sentence is easy to remember."),
            str(MIN_PASSPHRASE),
        )
    if passphrase_problem(passphrase):
        return translate(
            "Journal",
            "That passphrase is one of the most common ones, which anyone guessing tries first. Choose another: "
            "a short sentence you can remember works well.",
        )
    return ""


def password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText)
    return field


class SetupJournalDialog(QDialog):
    """First use: a passphrase (on by default), an optional recovery key, or an explicit no-passphrase choice."""

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.recovery_key: str | None = None
        self.setWindowTitle(translate("Journal", "Set up your private journal"))
        intro = wrapped(
            translate(
                "Journal",
                "Your journal stays on this computer, encrypted. Choose a passphrase that others in your home "
                "cannot guess. You need it each time you open the journal.",
            )
        )
        self.passphrase = password_field()
        self.repeat = password_field()
        self.passphrase.setAccessibleName(translate("Journal", "Passphrase"))
        self.repeat.setAccessibleName(translate("Journal", "Repeat the passphrase"))
        self.with_recovery = QCheckBox(
            translate("Journal", "Also make a recovery &key, in case I forget the passphrase")
        )
        self.with_recovery.setChecked(True)
        self.no_passphrase = QCheckBox(translate("Journal", "&Use no passphrase"))
        self.warning = wrapped(
            translate(
                "Journal",
                "Without a passphrase, anyone who can use this computer account can open the journal and read it.",
            )
        )
        self.understood = QCheckBox(translate("Journal", "I understand, and choose no passphrase"))
        self.message = wrapped()
        self.message.setObjectName("JournalMessage")
        self.form = form = QFormLayout()
        label1, label2 = QLabel(translate("Journal", "&Passphrase:")), QLabel(translate("Journal", "&Repeat it:"))
        label1.setBuddy(self.passphrase)
        label2.setBuddy(self.repeat)
        form.addRow(label1, self.passphrase)
        form.addRow(label2, self.repeat)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("Journal", "Create journal"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("Journal", "Set up your private journal"), level=2))
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.with_recovery)
        layout.addWidget(self.no_passphrase)
        layout.addWidget(self.warning)
        layout.addWidget(self.understood)
        layout.addWidget(wrapped(limits_text()))
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.no_passphrase.toggled.connect(self._mode_changed)
        self._mode_changed(False)
        fit_to_text(self, 560)

    def _mode_changed(self, no_passphrase: bool) -> None:
        for widget in (self.passphrase, self.repeat, self.with_recovery):
            widget.setEnabled(not no_passphrase)
        # Hidden too, not only greyed out: the warning takes their place, so the dialog still
        # fits a small screen at large text sizes.
        for row in range(self.form.rowCount()):
            self.form.setRowVisible(row, not no_passphrase)
        self.with_recovery.setVisible(not no_passphrase)
        self.warning.setVisible(no_passphrase)
        self.understood.setVisible(no_passphrase)
        self.understood.setChecked(False)
        fit_to_text(self, 560)  # the warning adds lines: make room so no text is cut off

    def problem(self) -> str:
        if self.no_passphrase.isChecked():
            if not self.understood.isChecked():
                return translate("Journal", "Tick \u201cI understand\u201d to use the journal without a passphrase.")
            return ""
        weak = weak_passphrase_text(self.passphrase.text())
        if weak:
            return weak
        if self.passphrase.text() != self.repeat.text():
            return translate("Journal", "The two passphrases are not the same.")
        return ""

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.message.setText(problem)
            return
        try:
            if self.no_passphrase.isChecked():
                self.recovery_key = self.session.create(None, with_recovery=False)
            else:
                self.recovery_key = self.session.create(self.passphrase.text(), self.with_recovery.isChecked())
        except (OSError, JournalError) as error:
            self.message.setText(fill(translate("Journal", "The journal could not be created: %1"), str(error)))
            return
        self.passphrase.clear()
        self.repeat.clear()
        super().accept()
        if self.recovery_key:
            RecoveryKeyDialog(self.recovery_key, self.parentWidget()).exec()


class UnlockForm(Retranslatable, QWidget):
    """Passphrase or recovery key, with a plain message when it is wrong."""

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.secret = password_field()
        self.label = QLabel()
        self.label.setBuddy(self.secret)
        self.use_recovery = QCheckBox()
        self.unlock_button = QPushButton()
        self.unlock_button.setProperty("role", "primary")  # the locked screen's one primary action
        self.unlock_button.setDefault(True)
        self.message = wrapped()
        self.message.setObjectName("JournalMessage")
        row = QHBoxLayout()
        row.addWidget(self.label)
        row.addWidget(self.secret, 1)
        row.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.use_recovery)
        layout.addWidget(self.message)
        self.use_recovery.toggled.connect(self._mode)
        self.unlock_button.clicked.connect(self.unlock)
        self.secret.returnPressed.connect(self.unlock)
        session.damaged.connect(self.show_damaged)  # found by the page check just after unlocking
        self.retranslate()

    def retranslate(self) -> None:
        """The locked journal's form lives as long as the page: it follows a language chosen in Settings."""
        self.use_recovery.setText(translate("Journal", "Use my recovery key &instead"))
        self.unlock_button.setText(translate("Journal", "&Unlock"))
        self._label_mode(self.use_recovery.isChecked())

    def _label_mode(self, recovery: bool) -> None:
        text = translate("Journal", "Recovery &key:") if recovery else translate("Journal", "&Passphrase:")
        self.label.setText(text)
        name = text.replace("&", "").rstrip(":\u00a0\u202f ") if recovery else translate("Journal", "Passphrase")
        self.secret.setAccessibleName(name)

    def show_damaged(self, detail: str) -> None:
        self.message.setText(
            fill(
                translate(
                    "Journal",
                    "The journal file is damaged and cannot be opened (%1). Your backups are in the journal folder; "
                    "use Restore backup in the Journal section.",
                ),
                detail,
            )
        )

    def _mode(self, recovery: bool) -> None:
        self.secret.clear()
        self.secret.setEchoMode(QLineEdit.EchoMode.Normal if recovery else QLineEdit.EchoMode.Password)
        self._label_mode(recovery)
        self.message.clear()

    def unlock(self) -> bool:
        secret = self.secret.text()
        self.message.clear()
        try:
            if self.use_recovery.isChecked():
                self.session.unlock(recovery_key=secret)
            else:
                self.session.unlock(passphrase=secret)
        except WrongSecret:
            if self.use_recovery.isChecked():
                self.message.setText(
                    translate(
                        "Journal",
                        "That recovery key does not open this journal. Check each group of letters. If you are sure "
                        "it is right, the key file may be damaged: restore a backup.",
                    )
                )
            else:
                # A flipped bit in the key file looks exactly like a wrong passphrase; say both.
                self.message.setText(
                    translate(
                        "Journal",
                        "That passphrase does not open this journal. Check Caps Lock and try again. If you are sure "
                        "it is right, the key file may be damaged: use your recovery key, or restore a backup.",
                    )
                )
            self.secret.selectAll()
            return False
        except (JournalDamaged, OSError) as error:
            self.show_damaged(str(error))
            return False
        finally:
            self.secret.clear()
        return self.session.is_open  # showing the list may have met damage and locked again


class UnlockDialog(QDialog):
    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("Journal", "Unlock your journal"))
        self.form = UnlockForm(session)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        self.form.unlock_button.clicked.disconnect()
        self.form.secret.returnPressed.disconnect()
        self.form.unlock_button.clicked.connect(self._try)
        self.form.secret.returnPressed.connect(self._try)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        fit_to_text(self, 480)
        # "Recovery key:" is longer than "Passphrase:" in some languages: make room when it shows.
        self.form.use_recovery.toggled.connect(lambda _: fit_to_text(self, 480))

    def _try(self) -> None:
        if self.form.unlock():
            self.accept()


def ensure_open(session, parent: QWidget) -> bool:
    """Open the journal for a save: unlock it, or offer to set one up. False if the user declines."""
    if session.is_open:
        return True
    if not session.exists():
        answer = QMessageBox.question(
            parent,
            translate("Journal", "Set up a private journal?"),
            translate(
                "Journal",
                "To save this you need a private journal. It stays on this computer, locked with a passphrase. "
                "Set one up now?",
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return SetupJournalDialog(session, parent).exec() == QDialog.DialogCode.Accepted
    return UnlockDialog(session, parent).exec() == QDialog.DialogCode.Accepted


class ChangePassphraseDialog(QDialog):
    """The old passphrase proves it is you; the key file is replaced atomically (old or new always works)."""

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(translate("Journal", "Change passphrase"))
        self.old = password_field()
        self.new = password_field()
        self.repeat = password_field()
        self.message = wrapped()
        form = QFormLayout()
        for text, field in (
            (translate("Journal", "&Current passphrase:"), self.old),
            (translate("Journal", "&New passphrase:"), self.new),
            (translate("Journal", "&Repeat it:"), self.repeat),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            field.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(label, field)
        self.rekey = QCheckBox(translate("Journal", "Also change the &encryption key (makes a new recovery key)"))
        self.rekey.setChecked(True)
        if not session.journal.has_passphrase:
            self.old.setEnabled(False)
            self.rekey.setEnabled(False)  # the old key lay in plain form: it must change
        self.old_backups = wrapped(
            translate(
                "Journal",
                "Backups made before this change still open with the old passphrase or recovery key. Delete old "
                "backups you no longer need.",
            )
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.rekey)
        layout.addWidget(self.old_backups)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        fit_to_text(self, 520)

    def accept(self) -> None:
        from family_guide.core.journal.store import Journal

        journal = self.session.journal
        if journal is None:  # locked meanwhile
            self.message.setText(operations.failure_text(None))
            return
        if journal.has_passphrase:
            try:
                Journal.key_file(journal.folder).open_with_passphrase(self.old.text())
            except WrongSecret:
                self.message.setText(translate("Journal", "The current passphrase is not right."))
                return
        weak = weak_passphrase_text(self.new.text())
        if weak:
            self.message.setText(weak)
            return
        if self.new.text() != self.repeat.text():
            self.message.setText(translate("Journal", "The two passphrases are not the same."))
            return
        done = operations.change_passphrase(
            self.session, self.new.text(), rekey=self.rekey.isChecked(), show=self.message.setText
        )
        if not done:
            return  # the key file is replaced atomically: the old passphrase still works
        for field in (self.old, self.new, self.repeat):
            forget_text(field)
        super().accept()
        if done.value:  # a new database key comes with a new recovery key, shown once
            RecoveryKeyDialog(done.value, self.parentWidget()).exec()
