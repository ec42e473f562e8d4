"""Add or edit one profile: the profile form with Save and Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from belugadesk.viewmodels.settings.profile_form_vm import ProfileFormViewModel
from belugadesk.viewmodels.settings.profiles_vm import ProfilesViewModel
from belugadesk.views.settings.keyring_dialog import KeyringDialog, ask_session_only
from belugadesk.views.settings.profile_form import ProfileForm
from belugadesk.views.tone import set_tone


class ProfileEditorDialog(QDialog):
    def __init__(
        self, profiles: ProfilesViewModel, form: ProfileFormViewModel, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.profiles = profiles
        self.vm = form
        self.keyring_dialog: KeyringDialog | None = None
        title = (
            self.tr("New profile")
            if form.is_new
            else self.tr("Edit profile {name}").format(name=form.value("name"))
        )
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(540)
        self.form = ProfileForm(form, self)
        self.error_label = QLabel(self)
        self.error_label.setAccessibleName(self.tr("Error"))
        set_tone(self.error_label, "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(self.tr("Save profile"))
        self.save_button.setToolTip(self.tr("Validate, store the key in the keyring and save the profile"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(lambda: self._save(session_only=False))
        self.buttons.rejected.connect(self.reject)
        self.finished.connect(lambda _result: self.form.clear_key())  # no key lingers in a closed dialog
        form.keyringProblem.connect(self._on_keyring_problem)
        profiles.errorChanged.connect(self._on_error)
        profiles.editorSaved.connect(self._on_saved)
        form.errorChanged.connect(self._on_error)
        form.busyChanged.connect(self._on_busy)

    def _on_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)

    def _save(self, *, session_only: bool) -> None:
        self.profiles.request_save(self.vm, session_only=session_only)

    def _on_saved(self, profile_id: str) -> None:
        if profile_id == self.vm.profile_id:
            self.accept()

    def _on_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def _on_keyring_problem(self, message: str) -> None:
        self.keyring_dialog = ask_session_only(message, self, lambda: self._save(session_only=True))
