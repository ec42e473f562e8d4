"""Deleting, exporting and importing threads.

Delete removes the server's copy first and the local one after; when the server refuses, the local copy
stays and the sentence says why (the view then offers to delete the local copy only). A 404 means the
server copy is already gone, which counts as deleted. Files are read and written off the UI thread.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from belugadesk.core import thread_export
from belugadesk.domain.errors import BelugaError, NotFound
from belugadesk.domain.i18n import QT_TRANSLATE_NOOP
from belugadesk.domain.models import Backend, Thread
from belugadesk.files import atomic_write
from belugadesk.store import Store
from belugadesk.viewmodels.chat.chat_vm import ChatViewModel
from belugadesk.viewmodels.session import Session
from belugadesk.viewmodels.threads.list_vm import ThreadListViewModel
from belugadesk.viewmodels.threads.questions import ExportFormat, ThreadQuestions
from belugadesk.viewmodels.view_model import ViewModel

MAX_IMPORT_BYTES = 64 * 1024 * 1024
OTHER_PROFILE_DELETE = QT_TRANSLATE_NOOP(
    "ThreadActionsViewModel",
    "This thread belongs to another profile, so its server copy can only be deleted with that profile's key.",
)


class FileProblem(BelugaError):
    """A file could not be read or written."""


@dataclass(frozen=True)
class DeleteOutcome:
    deleted: bool
    #: why the server's copy could not be deleted (the local copy was kept); "" when deleted
    remote_error: str = ""


def _write_text(path: Path, text: str) -> None:
    try:
        atomic_write(path, text)
    except OSError as exc:
        raise FileProblem(
            QCoreApplication.translate(
                "ThreadFiles", "The file {path} could not be written ({error})."
            ).format(path=path, error=exc.strerror or exc)
        ) from exc


def _read_text(path: Path) -> str:
    try:
        if path.stat().st_size > MAX_IMPORT_BYTES:
            raise FileProblem(
                QCoreApplication.translate(
                    "ThreadFiles", "The file {path} is too large to be a thread export."
                ).format(path=path)
            )
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise thread_export.ThreadFileInvalid(
            f"The file {path.name} is not a BelugaDesk thread: it is not UTF-8 text."
        ) from exc
    except OSError as exc:
        raise FileProblem(
            QCoreApplication.translate("ThreadFiles", "The file {path} could not be read ({error}).").format(
                path=path, error=exc.strerror or exc
            )
        ) from exc


class ThreadActionsViewModel(ViewModel):
    threadDeleted = Signal(str)  # local thread id
    threadImported = Signal(object)  # Thread
    exported = Signal(str)  # the path written
    statusMessage = Signal(str)  # a sentence for the status bar once a flow below is done

    def __init__(
        self,
        session: Session,
        threads: ThreadListViewModel,
        chat: ChatViewModel,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.session = session
        self.threads = threads
        self.chat = chat

    # --- the flows the thread list starts: each asks the person through ``ask`` midway ----------------

    def request_delete(self, thread: Thread | None, ask: ThreadQuestions) -> None:
        if thread is not None:
            self.start(self.delete_asking(thread, ask))

    def request_export(self, thread: Thread, fmt: ExportFormat, ask: ThreadQuestions) -> None:
        self.start(self.export_asking(thread, fmt, ask))

    def request_import(self, ask: ThreadQuestions) -> None:
        self.start(self.import_asking(ask))

    async def delete_asking(self, thread: Thread, ask: ThreadQuestions) -> bool:
        """Confirm, delete; when the server refuses, offer to delete the local copy only."""
        problem = self.can_delete(thread)
        if problem:
            await ask.show_problem(self.tr("Thread not deleted"), problem)
            return False
        if not await ask.confirm_delete(thread):
            return False
        outcome = await self.delete(thread)
        if outcome.remote_error and await ask.offer_local_delete(thread, outcome.remote_error):
            outcome = await self.delete(thread, local_only=True)
        if outcome.deleted:
            self.statusMessage.emit(self.tr("Deleted “{title}”").format(title=thread.title))
        return outcome.deleted

    async def export_asking(self, thread: Thread, fmt: ExportFormat, ask: ThreadQuestions) -> bool:
        """Ask where, then export; a failure is shown to the person."""
        path = await ask.export_path(thread, fmt)
        if path is None:
            return False
        if not await self.export(thread, path, fmt):
            await ask.show_problem(self.tr("Thread not exported"), str(self.error))
            return False
        self.statusMessage.emit(self.tr("Exported “{title}” to {path}").format(title=thread.title, path=path))
        return True

    async def import_asking(self, ask: ThreadQuestions) -> Thread | None:
        """Ask which file, then import it; a wrong file is explained to the person."""
        path = await ask.import_path()
        if path is None:
            return None
        thread = await self.import_file(path)
        if thread is None:
            await ask.show_problem(self.tr("Thread not imported"), str(self.error))
        return thread

    # --- delete -------------------------------------------------------------------------------------

    def can_delete(self, thread: Thread) -> str:
        """Why ``thread`` cannot be deleted right now ("" when it can)."""
        if self.chat.streaming and self.chat.thread is not None and self.chat.thread.id == thread.id:
            return self.tr("Stop the reply being written before deleting this thread.")
        return ""

    async def delete(self, thread: Thread, *, local_only: bool = False) -> DeleteOutcome:
        """Delete the server's copy (unless ``local_only``), then the local one."""
        problem = self.can_delete(thread)
        if problem:
            self.set_error(problem)
            return DeleteOutcome(deleted=False)
        self.clear_error()
        if not local_only and thread.remote_id and not thread.remote_gone:
            remote_error = await self._delete_remote(thread)
            if remote_error:
                return DeleteOutcome(deleted=False, remote_error=remote_error)
        removed = await self.run(
            lambda: self.session.store.run(lambda s: s.threads.delete(thread.id)),
            failure=self.tr("The local copy could not be deleted."),
        )
        if removed is None:
            return DeleteOutcome(deleted=False)
        self.threads.thread_removed(thread.id)
        if self.chat.thread is not None and self.chat.thread.id == thread.id:
            self.chat.new_thread()
        self.threadDeleted.emit(thread.id)
        return DeleteOutcome(deleted=True)

    async def _delete_remote(self, thread: Thread) -> str:
        return await delete_remote_copy(self.session, thread)

    # --- export -------------------------------------------------------------------------------------

    async def export(self, thread: Thread, path: Path, fmt: ExportFormat) -> bool:
        """Write the thread (every cached message) to ``path`` as Markdown or JSON."""

        def render(s: Store) -> str:
            messages = s.messages.list(thread.id)
            if fmt == "json":
                return thread_export.to_json(thread, messages)
            assistant = s.assistants.get(thread.assistant_id) if thread.assistant_id else None
            return thread_export.to_markdown(
                thread, messages, assistant_name=assistant.name if assistant else None
            )

        async def write() -> bool:
            text = await self.session.store.run(render)
            await asyncio.get_running_loop().run_in_executor(None, _write_text, path, text)
            return True

        self.clear_error()
        if not await self.run(write, failure=self.tr("The thread was not exported.")):
            return False
        self.exported.emit(str(path))
        return True

    # --- import -------------------------------------------------------------------------------------

    async def import_file(self, path: Path) -> Thread | None:
        """Import an exported JSON thread as a new local thread; None (and ``error`` set) for a wrong file.

        On a Chat Completions profile the thread becomes one of its own threads, whatever API it was made
        with, so it can be continued (the store is such a thread's only copy)."""
        adopt = self.session.backend_kind is Backend.CHAT_COMPLETIONS
        profile_id = self.session.profile_id

        async def load() -> Thread:
            text = await asyncio.get_running_loop().run_in_executor(None, _read_text, path)
            document = thread_export.from_json(text)
            if adopt:
                document = thread_export.as_local_chat(document, profile_id)
            return await self.session.store.run(lambda s: _save_import(s, document))

        self.clear_error()
        thread = await self.run(load, failure=self.tr("{name} was not imported.").format(name=path.name))
        if thread is None:
            return None
        self.threads.thread_changed(thread)
        self.threadImported.emit(thread)
        return thread


def _save_import(s: Store, document: thread_export.ThreadDocument) -> Thread:
    """Store an imported thread; it keeps its remote ids only if no local thread has that remote id yet."""
    thread, messages = document.thread, list(document.messages)
    with s.transaction():
        if thread.remote_id and s.threads.get_by_remote_id(thread.remote_id) is not None:
            thread = thread.model_copy(update={"remote_id": None, "remote_gone": False})
            messages = [m.model_copy(update={"remote_id": None}) for m in messages]
        s.threads.create(thread)
        s.messages.append_many(thread.id, messages)
    stored = s.threads.get(thread.id)
    assert stored is not None
    return stored


async def delete_remote_copy(session: Session, thread: Thread) -> str:
    """Delete the server's copy of ``thread``: "" when it is gone (or was already), else why not."""
    if thread.profile_id and thread.profile_id != session.profile_id:
        return QCoreApplication.translate("ThreadActionsViewModel", OTHER_PROFILE_DELETE)
    try:
        backend = await session.backend()
        await backend.delete_thread(thread.remote_id or "")
    except NotFound:
        return ""  # already gone on the server: nothing left to delete there
    except BelugaError as exc:
        return str(exc)
    return ""
