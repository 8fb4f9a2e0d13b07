"""Journal dialogs: set up, unlock, children, and "save to journal" (the recovery key has its own module)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from family_guide.core.journal.keys import WrongSecret, passphrase_problem
from family_guide.core.journal.records import Child, Entry
from family_guide.core.journal.store import REPLACED_KEEP_DAYS, JournalDamaged, JournalError
from family_guide.core.translatable import fill
from family_guide.ui.dates import follow_date_rule, to_minute
from family_guide.ui.i18n import translate
from family_guide.ui.journal import operations
from family_guide.ui.journal.recovery_key import RecoveryKeyDialog
from family_guide.ui.journal.session import forget_text
from family_guide.ui.widgets import fit_to_text, heading, wrapped

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


def _password_field() -> QLineEdit:
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
        self.passphrase = _password_field()
        self.repeat = _password_field()
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


class UnlockForm(QWidget):
    """Passphrase or recovery key, with a plain message when it is wrong."""

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.secret = _password_field()
        self.secret.setAccessibleName(translate("Journal", "Passphrase"))
        self.label = QLabel(translate("Journal", "&Passphrase:"))
        self.label.setBuddy(self.secret)
        self.use_recovery = QCheckBox(translate("Journal", "Use my recovery key &instead"))
        self.unlock_button = QPushButton(translate("Journal", "&Unlock"))
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
        text = translate("Journal", "Recovery &key:") if recovery else translate("Journal", "&Passphrase:")
        self.label.setText(text)
        self.secret.setAccessibleName(text.replace("&", "").rstrip(":"))
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


class ChildDialog(QDialog):
    def __init__(self, child: Child | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.child = child or Child("", datetime.now().year - 10)
        self.setWindowTitle(translate("Journal", "Child"))
        self.nickname = QLineEdit(self.child.nickname)
        self.nickname.setPlaceholderText(translate("Journal", "A nickname is enough"))
        self.birth_year = QSpinBox()
        self.birth_year.setRange(datetime.now().year - 25, datetime.now().year)
        self.birth_year.setValue(self.child.birth_year)
        self.apps = QLineEdit(", ".join(self.child.apps))
        self.apps.setPlaceholderText(translate("Journal", "For example: Roblox, TikTok, WhatsApp"))
        self.message = wrapped()
        form = QFormLayout()
        for text, field in (
            (translate("Journal", "&Nickname:"), self.nickname),
            (translate("Journal", "&Birth year:"), self.birth_year),
            (translate("Journal", "&Apps and games:"), self.apps),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if not self.nickname.text().strip():
            self.message.setText(translate("Journal", "Please give a nickname."))
            return
        self.child.nickname = self.nickname.text().strip()
        self.child.birth_year = self.birth_year.value()
        self.child.apps = [a.strip() for a in self.apps.text().split(",") if a.strip()]
        super().accept()


class ChildrenDialog(QDialog):
    """Add, change and remove child profiles."""

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(translate("Journal", "Children"))
        self.list = QListWidget()
        self.list.setAccessibleName(translate("Journal", "Children"))
        add = QPushButton(translate("Journal", "&Add child"))
        edit = QPushButton(translate("Journal", "&Change"))
        remove = QPushButton(translate("Journal", "&Remove"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.accept)
        buttons = QVBoxLayout()
        for button in (add, edit, remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(close)
        add.clicked.connect(self.add)
        edit.clicked.connect(self.edit)
        remove.clicked.connect(self.remove)
        self.list.itemActivated.connect(lambda _: self.edit())
        self._fill()

    def _fill(self) -> None:
        self.list.clear()
        for child in self.session.journal.children():
            item = QListWidgetItem(fill(translate("Journal", "%1 (born %2)"), child.nickname, str(child.birth_year)))
            item.setData(Qt.ItemDataRole.UserRole, child)
            self.list.addItem(item)

    def _save(self, child: Child) -> None:
        if operations.save_child(self.session, child, parent=self):
            self._fill()

    def add(self) -> None:
        dialog = ChildDialog(parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._save(dialog.child)

    def edit(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        dialog = ChildDialog(item.data(Qt.ItemDataRole.UserRole), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._save(dialog.child)

    def remove(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        child = item.data(Qt.ItemDataRole.UserRole)
        keep = translate("Journal", "Keep the entries")
        delete = translate("Journal", "Delete the entries too")
        choice, ok = QInputDialog.getItem(
            self,
            translate("Journal", "Remove child"),
            fill(
                translate("Journal", "Remove %1? What should happen to the journal entries about them?"), child.nickname
            ),
            [keep, delete],
            0,
            False,
        )
        if ok and operations.delete_child(self.session, child.id, choice == delete, parent=self):
            self._fill()


def child_combo(session, selected: int | None = None) -> QComboBox:
    combo = QComboBox()
    combo.addItem(translate("Journal", "No child chosen"), None)
    for child in session.journal.children():
        combo.addItem(child.nickname, child.id)
        if child.id == selected:
            combo.setCurrentIndex(combo.count() - 1)
    return combo


class SaveToJournalDialog(QDialog):
    """Records something from elsewhere in the app (a conversation, a checklist snapshot) with a note."""

    def __init__(self, session, entry: Entry, intro: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.entry = entry
        self.setWindowTitle(translate("Journal", "Save to journal"))
        self.child = child_combo(session, entry.child_id)
        self.child.setAccessibleName(translate("Journal", "Child"))
        add_child = QPushButton(translate("Journal", "Add a &child..."))
        add_child.clicked.connect(self._add_child)
        self.when = QDateTimeEdit(QDateTime(entry.occurred_at))  # type: ignore[call-overload]  # PySide6 takes a datetime; its stubs omit it
        self.when.setCalendarPopup(True)
        follow_date_rule(self.when)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(translate("Journal", "What was said, how it went, what to do next"))
        self.message = wrapped()
        child_row = QHBoxLayout()
        child_row.addWidget(self.child, 1)
        child_row.addWidget(add_child)
        form = QFormLayout()
        labels = (translate("Journal", "C&hild:"), translate("Journal", "&When:"), translate("Journal", "&Note:"))
        for text, field in zip(labels, (self.child, self.when, self.note), strict=True):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, child_row if field is self.child else field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped(intro))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        fit_to_text(self, 520)

    def _add_child(self) -> None:
        dialog = ChildDialog(parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and operations.save_child(
            self.session, dialog.child, show=self.message.setText
        ):
            self.child.addItem(dialog.child.nickname, dialog.child.id)
            self.child.setCurrentIndex(self.child.count() - 1)

    def accept(self) -> None:
        self.entry.child_id = self.child.currentData()
        self.entry.occurred_at = to_minute(self.when.dateTime())
        self.entry.body = self.note.toPlainText()
        if not operations.save_entry(self.session, self.entry, show=self.message.setText):
            return  # the note stays in the box, so nothing typed is lost
        super().accept()


class ChangePassphraseDialog(QDialog):
    """The old passphrase proves it is you; the key file is replaced atomically (old or new always works)."""

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(translate("Journal", "Change passphrase"))
        self.old = _password_field()
        self.new = _password_field()
        self.repeat = _password_field()
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
        self.secret = _password_field()
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
