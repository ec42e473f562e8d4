"""The links between a thread and its branches, both ways: the open thread's original ("Branched from …",
which may have been deleted since) and the branches made from it; following a link opens that thread."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from belugadesk.domain.models import Thread
from belugadesk.store import Store
from belugadesk.viewmodels.chat.chat_vm import ChatViewModel
from belugadesk.viewmodels.session import Session
from belugadesk.viewmodels.view_model import ViewModel


@dataclass(frozen=True)
class BranchLinks:
    """The open thread's links. ``origin_id`` set with ``origin`` None: the original was deleted."""

    thread_id: str = ""
    origin_id: str | None = None
    origin: Thread | None = None
    origin_message_id: str | None = None
    branches: tuple[Thread, ...] = ()

    @property
    def empty(self) -> bool:
        return self.origin_id is None and not self.branches


def _links(s: Store, thread: Thread) -> BranchLinks:
    origin_id = thread.branched_from_thread_id
    return BranchLinks(
        thread_id=thread.id,
        origin_id=origin_id,
        origin=s.threads.get(origin_id) if origin_id else None,
        origin_message_id=thread.branched_from_message_id,
        branches=tuple(s.threads.branches_of(thread.id)),
    )


class BranchLinksViewModel(ViewModel):
    linksChanged = Signal(object)  # BranchLinks of the open thread
    openRequested = Signal(object, str)  # Thread, the message to show ("" for none)

    def __init__(self, session: Session, chat: ChatViewModel, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.chat = chat
        self._links = BranchLinks()
        chat.threadChanged.connect(self._on_thread_changed)

    @property
    def links(self) -> BranchLinks:
        return self._links

    def origin_text(self) -> str:
        """The line a branch shows at its top ("" for a thread that is no branch)."""
        links = self._links
        if links.origin_id is None:
            return ""
        if links.origin is None:
            return self.tr("Branched from a thread that has been deleted")
        return self.tr("Branched from “{title}”").format(title=links.origin.title)

    def branches_text(self) -> str:
        """What an original shows of its branches ("" when it has none)."""
        count = len(self._links.branches)
        return self.tr("Branches (%n):", "", count) if count else ""

    def _on_thread_changed(self, thread: Thread | None) -> None:
        self.start(self.load(thread), failure=self.tr("The branches of this thread could not be read."))

    async def load(self, thread: Thread | None) -> BranchLinks:
        """Read the links of ``thread`` (None: none) and show them if it is still the open thread."""
        links = BranchLinks() if thread is None else await self.session.store.run(lambda s: _links(s, thread))
        current = self.chat.thread
        if (current.id if current is not None else "") == links.thread_id:
            self._links = links
            self.linksChanged.emit(links)
        return links

    def thread_deleted(self, thread_id: str) -> None:
        """A thread was deleted: if the open thread links to it, its links read again."""
        links = self._links
        if thread_id == links.origin_id or any(b.id == thread_id for b in links.branches):
            self.start(self.load(self.chat.thread))

    def open_origin(self) -> None:
        """Open the original thread at the message the branch starts after."""
        self.start(self._open(self._links.origin_id, self._links.origin_message_id or ""))

    def open_branch(self, thread_id: str) -> None:
        self.start(self._open(thread_id, ""))

    async def _open(self, thread_id: str | None, message_id: str) -> None:
        """Open ``thread_id`` as the store has it now; one deleted meanwhile is said in the links instead."""
        if not thread_id:
            return
        thread = await self.session.store.run(lambda s: s.threads.get(thread_id))
        if thread is None:
            await self.load(self.chat.thread)
            return
        self.openRequested.emit(thread, message_id)
