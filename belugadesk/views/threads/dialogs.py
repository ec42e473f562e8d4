"""The thread list's dialogs. Each is awaited (``dialog_flow.shown``: no nested event loop), so async flows
can ask a question midway. ``active`` is the dialog on screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from belugadesk.domain.models import Backend, Thread
from belugadesk.viewmodels.threads.resume import ID_PREFIXES, remote_id_problem
from belugadesk.views.dialog_flow import shown

DELETE_LOCAL_ONLY = "Delete local copy only"


class OpenByIdDialog(QDialog):
    """Asks for a remote thread id and says what is wrong with it while it is typed."""

    def __init__(self, backend: Backend, parent: QWidget | None = None):
        super().__init__(parent)
        self.backend = backend
        self.setWindowTitle("Open thread by id")
        self.setAccessibleName("Open thread by id")
        prompt = QLabel(
            f"Paste the id of a thread on the server (it starts with “{ID_PREFIXES[backend]}”). "
            "Its history is loaded into a new local thread.",
            self,
        )
        prompt.setWordWrap(True)
        self.id_edit = QLineEdit(self)
        self.id_edit.setAccessibleName("Remote thread id")
        self.id_edit.setToolTip(f"A {backend.value} API thread id, e.g. {ID_PREFIXES[backend]}abc123")
        self.id_edit.setPlaceholderText(f"{ID_PREFIXES[backend]}…")
        prompt.setBuddy(self.id_edit)
        self.problem_label = QLabel(self)
        self.problem_label.setAccessibleName("Problem with the id")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #b3261e;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.id_edit)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.id_edit.textChanged.connect(self._check)
        self._check("")

    def _check(self, text: str) -> None:
        problem = remote_id_problem(text.strip(), self.backend) if text.strip() else ""
        self.problem_label.setText(problem)
        self.problem_label.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(
            bool(text.strip()) and not problem
        )

    @property
    def remote_id(self) -> str:
        return self.id_edit.text().strip()


class ThreadDialogs:
    """The questions the thread list asks; tests answer them through ``active``."""

    def __init__(self, parent: QWidget):
        self.parent = parent
        self.active: QDialog | None = None

    async def _ask(self, dialog: QDialog) -> int:
        self.active = dialog
        try:
            return await shown(dialog)
        finally:
            self.active = None
            dialog.deleteLater()

    async def confirm_delete(self, thread: Thread) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning, "Delete thread", f"Delete “{thread.title}”?", parent=self.parent
        )
        where = (
            "on the server and on this computer" if thread.remote_id and not thread.remote_gone else "here"
        )
        box.setInformativeText(
            f"The thread is deleted {where}. This cannot be undone; Archive keeps it instead."
        )
        delete = box.addButton("Delete", QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        await self._ask(box)
        return box.clickedButton() is delete

    async def offer_local_delete(self, thread: Thread, reason: str) -> bool:
        """The server refused; True when the person chose to delete the local copy only."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "Thread not deleted",
            f"“{thread.title}” could not be deleted on the server; the local copy was kept.",
            parent=self.parent,
        )
        box.setInformativeText(reason)
        local = box.addButton(DELETE_LOCAL_ONLY, QMessageBox.ButtonRole.DestructiveRole)
        box.addButton("Keep", QMessageBox.ButtonRole.RejectRole)
        await self._ask(box)
        return box.clickedButton() is local

    async def show_problem(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self.parent)
        await self._ask(box)

    async def remote_id(self, backend: Backend) -> str | None:
        dialog = OpenByIdDialog(backend, self.parent)
        code = await self._ask(dialog)
        return dialog.remote_id if code == QDialog.DialogCode.Accepted else None

    async def export_path(self, thread: Thread, fmt: str) -> Path | None:
        suffix, kind = (
            (".md", "Markdown (*.md)") if fmt == "markdown" else (".json", "BelugaDesk thread (*.json)")
        )
        safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in thread.title).strip() or "thread"
        dialog = QFileDialog(self.parent, "Export thread", str(Path.home() / f"{safe[:60]}{suffix}"), kind)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(suffix.lstrip("."))
        if await self._ask(dialog) != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])

    async def import_path(self) -> Path | None:
        dialog = QFileDialog(
            self.parent, "Import thread from JSON", str(Path.home()), "BelugaDesk thread (*.json)"
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        if await self._ask(dialog) != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])
