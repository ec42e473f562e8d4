"""The thread list's questions (``ThreadQuestions``), asked through the shared awaitable dialogs
(``dialog_flow.Questions``: no nested event loop), so the view-models' flows can ask midway."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from belugadesk.domain.i18n import QT_TRANSLATE_NOOP
from belugadesk.domain.models import Backend, Thread
from belugadesk.viewmodels.threads.questions import ExportFormat
from belugadesk.viewmodels.threads.resume import ID_PREFIXES, remote_id_problem
from belugadesk.views.dialog_flow import Questions
from belugadesk.views.tone import set_tone

DELETE_LOCAL_ONLY = QT_TRANSLATE_NOOP("ThreadDialogs", "Delete local copy only")
THREAD_FILTER = QT_TRANSLATE_NOOP("ThreadDialogs", "BelugaDesk thread (*.json)")


class OpenByIdDialog(QDialog):
    """Asks for a remote thread id and says what is wrong with it while it is typed."""

    def __init__(self, backend: Backend, parent: QWidget | None = None):
        super().__init__(parent)
        self.backend = backend
        self.setWindowTitle(self.tr("Open thread by id"))
        self.setAccessibleName(self.tr("Open thread by id"))
        prompt = QLabel(
            self.tr(
                "Paste the id of a thread on the server (it starts with “{id_prefixes}”). Its history is "
                "loaded into a new local thread."
            ).format(id_prefixes=ID_PREFIXES[backend]),
            self,
        )
        prompt.setWordWrap(True)
        self.id_edit = QLineEdit(self)
        self.id_edit.setAccessibleName(self.tr("Remote thread id"))
        self.id_edit.setToolTip(
            self.tr("A {label} API thread id, e.g. {id_prefixes}abc123").format(
                label=backend.label, id_prefixes=ID_PREFIXES[backend]
            )
        )
        self.id_edit.setPlaceholderText(f"{ID_PREFIXES[backend]}…")
        prompt.setBuddy(self.id_edit)
        self.problem_label = QLabel(self)
        self.problem_label.setAccessibleName(self.tr("Problem with the id"))
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
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("ThreadDialogs", "Delete thread"),
            QCoreApplication.translate("ThreadDialogs", "Delete “{title}”?").format(title=thread.title),
            parent=self.parent,
        )
        where = (
            QCoreApplication.translate("ThreadDialogs", "on the server and on this computer")
            if thread.remote_id and not thread.remote_gone
            else QCoreApplication.translate("ThreadDialogs", "here")
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "ThreadDialogs",
                "The thread is deleted {where}. This cannot be undone; Archive keeps it instead.",
            ).format(where=where)
        )
        delete = box.addButton(
            QCoreApplication.translate("ThreadDialogs", "Delete"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        await self.ask(box)
        return box.clickedButton() is delete

    async def offer_local_delete(self, thread: Thread, reason: str) -> bool:
        """The server refused; True when the person chose to delete the local copy only."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("ThreadDialogs", "Thread not deleted"),
            QCoreApplication.translate(
                "ThreadDialogs", "“{title}” could not be deleted on the server; the local copy was kept."
            ).format(title=thread.title),
            parent=self.parent,
        )
        box.setInformativeText(reason)
        local = box.addButton(
            QCoreApplication.translate("ThreadDialogs", DELETE_LOCAL_ONLY),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.addButton(QCoreApplication.translate("ThreadDialogs", "Keep"), QMessageBox.ButtonRole.RejectRole)
        await self.ask(box)
        return box.clickedButton() is local

    async def remote_id(self, backend: Backend) -> str | None:
        dialog = OpenByIdDialog(backend, self.parent)
        code = await self.ask(dialog)
        return dialog.remote_id if code == QDialog.DialogCode.Accepted else None

    async def export_path(self, thread: Thread, fmt: ExportFormat) -> Path | None:
        suffix, kind = (
            (".md", QCoreApplication.translate("ThreadDialogs", "Markdown (*.md)"))
            if fmt == "markdown"
            else (".json", QCoreApplication.translate("ThreadDialogs", THREAD_FILTER))
        )
        safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in thread.title).strip() or "thread"
        return await self.save_path(
            QCoreApplication.translate("ThreadDialogs", "Export thread"),
            Path.home() / f"{safe[:60]}{suffix}",
            kind,
            suffix[1:],
        )

    async def import_path(self) -> Path | None:
        return await self.open_path(
            QCoreApplication.translate("ThreadDialogs", "Import thread from JSON"),
            QCoreApplication.translate("ThreadDialogs", THREAD_FILTER),
        )
