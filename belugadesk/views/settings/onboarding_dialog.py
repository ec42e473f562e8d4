"""The first-run dialog: connect a provider with an API key, or try the offline demo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from belugadesk.domain.i18n import QT_TRANSLATE_NOOP
from belugadesk.viewmodels.settings.onboarding_vm import OnboardingViewModel
from belugadesk.views.settings.keyring_dialog import KeyringDialog, ask_session_only
from belugadesk.views.settings.profile_form import ProfileForm
from belugadesk.views.tone import set_tone

INTRO = QT_TRANSLATE_NOOP(
    "OnboardingDialog",
    "<h2>Welcome to BelugaDesk</h2>"
    "<p>Connect to your AI provider with an API key. The key is kept in your system keyring "
    "and nowhere else. No key at hand? Try the offline demo: it runs entirely on this computer.</p>",
)


class OnboardingDialog(QDialog):
    def __init__(self, vm: OnboardingViewModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.vm = vm
        self.keyring_dialog: KeyringDialog | None = None
        self.setWindowTitle(self.tr("Welcome to BelugaDesk"))
        self.setAccessibleName(self.tr("Welcome to BelugaDesk"))
        self.setMinimumWidth(560)
        intro = QLabel(self.tr(INTRO), self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        self.form = ProfileForm(vm.form, self)
        self.error_label = QLabel(self)
        self.error_label.setAccessibleName(self.tr("Error"))
        set_tone(self.error_label, "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.demo_button = QPushButton(self.tr("Try the offline &demo"), self)
        self.demo_button.setAccessibleName(self.tr("Try the offline demo"))
        self.demo_button.setToolTip(self.tr("Use the built-in demo server: no key and no network needed"))
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setAccessibleName(self.tr("Save profile"))
        self.save_button.setToolTip(
            self.tr("Store the key in the keyring, save the profile and start using it")
        )
        self.save_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self.save_button.clicked.connect(lambda: vm.request_save())
        self.demo_button.clicked.connect(vm.request_demo)
        vm.form.keyringProblem.connect(self._on_keyring_problem)
        vm.errorChanged.connect(self._on_error)
        vm.busyChanged.connect(self._on_busy)
        vm.form.busyChanged.connect(self._on_busy)
        vm.finished.connect(self._on_finished)
        self.form.inputs["key"].setFocus()

    def _on_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.demo_button.setEnabled(not busy)

    def _on_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def _on_keyring_problem(self, message: str) -> None:
        self.keyring_dialog = ask_session_only(message, self, lambda: self.vm.request_save(session_only=True))

    def _on_finished(self, _outcome: str) -> None:
        self.form.clear_key()
        self.accept()
