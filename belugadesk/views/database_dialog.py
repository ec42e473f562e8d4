"""Shown at start-up when the local database cannot be used (unreadable, or from a newer BelugaDesk).

It says what happened, that the file was kept untouched, and offers to start a fresh database (the app
then sets the old file aside, byte for byte) or to quit. The dialog itself touches no file.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from belugadesk import APP_NAME
from belugadesk.domain.errors import BelugaError, DatabaseTooNew
from belugadesk.domain.i18n import QT_TRANSLATE_NOOP
from belugadesk.views.dialog_flow import shown

KEPT = QT_TRANSLATE_NOOP(
    "DatabaseProblemDialog", "The file was kept untouched: nothing in it was changed or deleted."
)
FRESH_EXPLAINED = QT_TRANSLATE_NOOP(
    "DatabaseProblemDialog",
    "“Start a fresh database” moves the file aside (renamed beside it, so it can still be recovered) and "
    "starts with an empty database. “Quit” leaves everything as it is.",
)


class DatabaseChoice(Enum):
    FRESH = "fresh"
    QUIT = "quit"


class DatabaseDialog(QDialog):
    def __init__(self, error: BelugaError, parent: QWidget | None = None):
        super().__init__(parent)
        self.choice = DatabaseChoice.QUIT
        self.setWindowTitle(
            self.tr("{app_name}: the local database cannot be used").format(app_name=APP_NAME)
        )
        self.setAccessibleName(self.tr("Database problem"))
        self.setModal(True)
        heading = (
            self.tr("The database was written by a newer version")
            if isinstance(error, DatabaseTooNew)
            else self.tr("The database cannot be read")
        )
        self.heading = QLabel(self.tr("<b>{heading}</b>").format(heading=heading), self)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.message = QLabel(str(error), self)
        self.message.setAccessibleName(self.tr("What happened"))
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kept = QLabel(self.tr(KEPT), self)
        self.kept.setWordWrap(True)
        self.explained = QLabel(self.tr(FRESH_EXPLAINED), self)
        self.explained.setWordWrap(True)

        self.buttons = QDialogButtonBox(self)
        self.fresh_button = QPushButton(self.tr("Start a fresh database"), self)
        self.fresh_button.setAccessibleName(self.tr("Start a fresh database"))
        self.fresh_button.setToolTip(self.tr("Move the old file aside and start with an empty database"))
        self.quit_button = QPushButton(self.tr("Quit"), self)
        self.quit_button.setAccessibleName(self.tr("Quit"))
        self.quit_button.setToolTip(
            self.tr("Close {app_name} and leave the file as it is").format(app_name=APP_NAME)
        )
        self.buttons.addButton(self.fresh_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.quit_button.setDefault(True)
        self.fresh_button.clicked.connect(lambda: self._choose(DatabaseChoice.FRESH))
        self.quit_button.clicked.connect(lambda: self._choose(DatabaseChoice.QUIT))

        layout = QVBoxLayout(self)
        for widget in (self.heading, self.message, self.kept, self.explained):
            layout.addWidget(widget)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def _choose(self, choice: DatabaseChoice) -> None:
        self.choice = choice
        if choice is DatabaseChoice.FRESH:
            self.accept()
        else:
            self.reject()


async def ask_database_choice(error: BelugaError, parent: QWidget | None = None) -> DatabaseChoice:
    """Show the dialog (without a nested event loop) and wait for the choice; closing it means Quit."""
    dialog = DatabaseDialog(error, parent)
    try:
        await shown(dialog)
        return dialog.choice
    finally:
        dialog.deleteLater()
