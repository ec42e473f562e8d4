"""Said when the key cannot go into a secure keyring: why, how to fix it, and the session-only choice."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget


class KeyringDialog(QMessageBox):
    """Opened window-modal with :meth:`open`; ``accepted`` means "use the key for this session only"."""

    def __init__(self, message: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("API key not saved"))
        self.setAccessibleName(self.tr("API key not saved: no usable secure keyring"))
        self.setText(self.tr("The API key could not be saved in a secure keyring."))
        self.setInformativeText(
            self.tr(
                "{message}\n\nBelugaDesk never writes API keys to a plain file. A key for this session "
                "only stays in memory and is forgotten when BelugaDesk quits."
            ).format(message=message)
        )
        self.session_button: QPushButton = self.addButton(
            self.tr("Use for this &session only"), QMessageBox.ButtonRole.AcceptRole
        )
        self.session_button.setAccessibleName(self.tr("Use the key for this session only"))
        self.session_button.setToolTip(
            self.tr("Keep the key in memory until BelugaDesk quits; nothing is written")
        )
        self.cancel_button: QPushButton = self.addButton(QMessageBox.StandardButton.Cancel)
        self.cancel_button.setToolTip(self.tr("Go back without using the key"))
        self.setDefaultButton(self.cancel_button)
        self.setEscapeButton(self.cancel_button)

    @property
    def chose_session(self) -> bool:
        return self.clickedButton() is self.session_button


def ask_session_only(message: str, parent: QWidget, use_for_session: Callable[[], None]) -> KeyringDialog:
    """Open the dialog window-modal; ``use_for_session()`` runs if the person chose the session-only key."""
    dialog = KeyringDialog(message, parent)
    dialog.finished.connect(lambda _result: use_for_session() if dialog.chose_session else None)
    dialog.open()
    return dialog
