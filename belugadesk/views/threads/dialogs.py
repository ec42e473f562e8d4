"""The thread list's questions (``ThreadQuestions``), asked through the shared awaitable dialogs
(``dialog_flow.Questions``: no nested event loop), so the view-models' flows can ask midway."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from belugadesk.domain.models import Backend, Thread
from belugadesk.viewmodels.threads.questions import ExportFormat
from belugadesk.viewmodels.threads.resume import ID_PREFIXES, remote_id_problem
from belugadesk.views.dialog_flow import Questions
from belugadesk.views.tone import set_tone

DELETE_LOCAL_ONLY = "Delete local copy only"
THREAD_FILTER = "BelugaDesk thread (*.json)"


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
        self.id_edit.setToolTip(f"A {backend.label} API thread id, e.g. {ID_PREFIXES[backend]}abc123")
        self.id_edit.setPlaceholderText(f"{ID_PREFIXES[backend]}…")
        prompt.setBuddy(self.id_edit)
        self.problem_label = QLabel(self)
        self.problem_label.setAccessibleName("Problem with the id")
        self.problem_label.setWordWrap(True)
        set_tone(self.problem_label, "error")
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


class ThreadDialogs(Questions):
    """The questions the thread list's flows ask; tests answer them through ``active``."""

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
        await self.ask(box)
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
        await self.ask(box)
        return box.clickedButton() is local

    async def remote_id(self, backend: Backend) -> str | None:
        dialog = OpenByIdDialog(backend, self.parent)
        code = await self.ask(dialog)
        return dialog.remote_id if code == QDialog.DialogCode.Accepted else None

    async def export_path(self, thread: Thread, fmt: ExportFormat) -> Path | None:
        suffix, kind = (".md", "Markdown (*.md)") if fmt == "markdown" else (".json", THREAD_FILTER)
        safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in thread.title).strip() or "thread"
        return await self.save_path("Export thread", Path.home() / f"{safe[:60]}{suffix}", kind, suffix[1:])

    async def import_path(self) -> Path | None:
        return await self.open_path("Import thread from JSON", THREAD_FILTER)
