"""The counselor's details for handouts, in Settings: organisation, contact line, logo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from family_guide.core.handouts.counselor import MAX_CONTACT, MAX_ORGANISATION, LogoProblem, clean_line
from family_guide.ui.context import AppContext
from family_guide.ui.handouts.logo import remove_logo, store_logo, stored_logo
from family_guide.ui.i18n import translate
from family_guide.ui.widgets import Retranslatable


class CounselorForm(Retranslatable, QGroupBox):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.organisation = QLineEdit(context.settings["handout_organisation"])
        self.contact = QLineEdit(context.settings["handout_contact"])
        self.organisation_label = QLabel()
        self.organisation_label.setBuddy(self.organisation)
        self.contact_label = QLabel()
        self.contact_label.setBuddy(self.contact)
        self.logo_state = QLabel()
        self.logo_button = QPushButton()
        self.remove_button = QPushButton()
        self.message = QLabel()  # what went wrong or was cut, in plain words
        self.message.setWordWrap(True)
        self.message.setObjectName("CounselorMessage")
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_state, 1)
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.remove_button)
        self.logo_label = QLabel()
        self.logo_label.setBuddy(self.logo_button)
        form = QFormLayout(self)
        form.addRow(self.organisation_label, self.organisation)
        form.addRow(self.contact_label, self.contact)
        form.addRow(self.logo_label, logo_row)
        form.addRow(self.message)
        self.organisation.textChanged.connect(self._check_lengths)
        self.contact.textChanged.connect(self._check_lengths)
        self.logo_button.clicked.connect(self.choose_logo)
        self.remove_button.clicked.connect(self.clear_logo)
        self.retranslate()
        self._check_lengths()

    def retranslate(self) -> None:
        self.setTitle(translate("CounselorForm", "Your details on handouts"))
        self.organisation_label.setText(translate("CounselorForm", "&Organisation:"))
        self.contact_label.setText(translate("CounselorForm", "Contact li&ne:"))
        self.logo_label.setText(translate("CounselorForm", "Logo:"))
        self.logo_button.setText(translate("CounselorForm", "Choose lo&go..."))
        self.remove_button.setText(translate("CounselorForm", "Remo&ve logo"))
        self.logo_button.setAccessibleName(translate("CounselorForm", "Choose a logo (PNG or JPEG, up to 2 MB)"))
        self._show_logo_state()

    def _show_logo_state(self) -> None:
        has_logo = stored_logo(self.context.paths.data_dir) is not None
        self.logo_state.setText(
            translate("CounselorForm", "A logo is set.") if has_logo else translate("CounselorForm", "No logo.")
        )
        self.remove_button.setEnabled(has_logo)

    def _check_lengths(self) -> None:
        messages = []
        if len(self.organisation.text()) > MAX_ORGANISATION:
            messages.append(
                translate("CounselorForm", "The organisation name will be cut to %1 characters.").replace(
                    "%1", str(MAX_ORGANISATION)
                )
            )
        if len(self.contact.text()) > MAX_CONTACT:
            messages.append(
                translate("CounselorForm", "The contact line will be cut to %1 characters.").replace(
                    "%1", str(MAX_CONTACT)
                )
            )
        self.message.setText(" ".join(messages))

    def choose_logo(self) -> None:
        from family_guide.ui.file_dialogs import open_file_name

        path = open_file_name(
            self,
            translate("CounselorForm", "Choose a logo"),
            "",
            translate("CounselorForm", "Pictures (*.png *.jpg *.jpeg)"),
        )
        if path:
            self.use_logo(Path(path))

    def use_logo(self, path: Path) -> bool:
        """Store a copy of the picked logo; a bad file gets a plain message and changes nothing."""
        try:
            store_logo(path, self.context.paths.data_dir)
        except LogoProblem as problem:
            self.message.setText(str(problem))
            return False
        except OSError as error:
            self.message.setText(str(error.strerror or error))
            return False
        self.message.setText(translate("CounselorForm", "The logo was saved."))
        self._show_logo_state()
        return True

    def clear_logo(self) -> None:
        remove_logo(self.context.paths.data_dir)
        self._show_logo_state()

    def values(self) -> dict:
        """The settings to save: each line cut to what a handout prints."""
        return {
            "handout_organisation": clean_line(self.organisation.text(), MAX_ORGANISATION)[0],
            "handout_contact": clean_line(self.contact.text(), MAX_CONTACT)[0],
        }
