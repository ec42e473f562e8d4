"""Resuming a thread: show the cache at once, then reload the server's history and merge it in.

Also opens a thread by its remote id (history imported into a new local thread). A thread the server no
longer has is marked and stays readable; a thread of another profile is shown read-only, with the reason.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal

from belugadesk.core.titles import preview_from_markdown, title_from_text
from belugadesk.domain.errors import BelugaError, NotFound
from belugadesk.domain.i18n import QT_TRANSLATE_NOOP
from belugadesk.domain.models import LOCAL_THREAD_PREFIX, Backend, Message, Role, Thread, utcnow
from belugadesk.store import Store
from belugadesk.viewmodels.chat.chat_vm import ChatViewModel
from belugadesk.viewmodels.session import Session
from belugadesk.viewmodels.threads.list_vm import ThreadListViewModel
from belugadesk.viewmodels.threads.questions import ThreadQuestions
from belugadesk.viewmodels.view_model import ViewModel

REMOTE_GONE = QT_TRANSLATE_NOOP(
    "ThreadResumeViewModel", "This thread no longer exists on the server; the local copy is kept."
)
OTHER_PROFILE = QT_TRANSLATE_NOOP(
    "ThreadResumeViewModel",
    "This thread belongs to another profile, so it is shown read-only from the local copy: this profile's "
    "key cannot continue it. Switch to that profile to continue it.",
)
LOCAL_ONLY = QT_TRANSLATE_NOOP(
    "ThreadResumeViewModel",
    "This is a local copy with no thread on the server (for example an imported duplicate), so it can be "
    "read but not continued.",
)
OTHER_BACKEND = QT_TRANSLATE_NOOP(
    "ThreadResumeViewModel",
    "This thread was made with the {backend} API, so it is shown read-only from the local copy: the active "
    "profile uses the {active} API.",
)
ID_PREFIXES = {
    Backend.RESPONSES: "conv_",
    Backend.ASSISTANTS: "thread_",
    Backend.CHAT_COMPLETIONS: LOCAL_THREAD_PREFIX,
}
PAGE_SIZE = 100


def read_only_reason(thread: Thread, session: Session) -> str:
    """Why this profile cannot continue ``thread`` ("" when it can)."""
    if thread.remote_gone:
        return QCoreApplication.translate("ThreadResumeViewModel", REMOTE_GONE)
    if not thread.remote_id:
        return QCoreApplication.translate("ThreadResumeViewModel", LOCAL_ONLY)
    if thread.profile_id and thread.profile_id != session.profile_id:
        return QCoreApplication.translate("ThreadResumeViewModel", OTHER_PROFILE)
    if thread.backend is not session.backend_kind:
        return QCoreApplication.translate("ThreadResumeViewModel", OTHER_BACKEND).format(
            backend=thread.backend.label, active=session.backend_kind.label
        )
    return ""


def remote_id_problem(text: str, backend: Backend) -> str:
    """Why ``text`` is not a remote thread id for ``backend`` ("" when it looks right)."""
    prefix = ID_PREFIXES[backend]
    if not text:
        return QCoreApplication.translate("ThreadResumeViewModel", "Paste a thread id.")
    if any(ch.isspace() for ch in text):
        return QCoreApplication.translate("ThreadResumeViewModel", "A thread id has no spaces.")
    other = next((b for b, p in ID_PREFIXES.items() if b is not backend and text.startswith(p)), None)
    if other is not None:
        return QCoreApplication.translate(
            "ThreadResumeViewModel",
            "“{text}” is an id of the {other} API; the active profile uses the {active} API, whose thread "
            "ids "
            "start with “{prefix}”.",
        ).format(text=text, other=other.label, active=backend.label, prefix=prefix)
    if not text.startswith(prefix) or len(text) == len(prefix):
        return QCoreApplication.translate(
            "ThreadResumeViewModel",
            "A {api} API thread id starts with “{prefix}” (for example {prefix}abc123).",
        ).format(api=backend.label, prefix=prefix)
    return ""


class ThreadResumeViewModel(ViewModel):
    noticeChanged = Signal(str)  # a sentence about the open thread ("" when there is nothing to say)
    historyReloaded = Signal(str)  # thread id, after the server's history was merged into the cache
    messageFocusRequested = Signal(int)  # a row of the chat's message model to scroll to

    def __init__(
        self,
        session: Session,
        chat: ChatViewModel,
        threads: ThreadListViewModel,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.session = session
        self.chat = chat
        self.threads = threads
        self._notice = ""
        chat.threadChanged.connect(self._on_chat_thread_changed)

    @property
    def notice(self) -> str:
        return self._notice

    def _set_notice(self, text: str) -> None:
        if text != self._notice:
            self._notice = text
            self.noticeChanged.emit(text)

    def _on_chat_thread_changed(self, thread: Thread | None) -> None:
        # a notice is about the thread it was said of: ``open`` says the new one's after opening it (a
        # branch the chat opens itself has none)
        self._set_notice("")

    # --- resume -------------------------------------------------------------------------------------

    async def open(self, thread: Thread, message_id: str | None = None) -> None:
        """Show the cached thread now, then reload its history from the server and show the merge."""
        await self.chat.open_thread(thread)
        if self.chat.thread is None or self.chat.thread.id != thread.id:
            return  # the chat was busy streaming another reply
        reason = read_only_reason(thread, self.session)
        self.chat.set_read_only(reason)
        self._set_notice(reason)
        self._focus(message_id)
        if not reason:
            await self.reload(thread)
            self._focus(message_id)

    def _focus(self, message_id: str | None) -> None:
        if message_id:
            row = self.chat.messages.row_of(message_id)
            if row >= 0:
                self.messageFocusRequested.emit(row)

    async def reload(self, thread: Thread) -> bool:
        """Merge every page of the server's history into the cache; True when that worked (or when the cache
        is the thread's only copy, so there is nothing to reload)."""
        if not thread.remote_id:
            return False
        remote_id = thread.remote_id
        try:
            if (await self.session.backend()).history_in_store:
                return True
            remote = await self._fetch_all(remote_id)
        except NotFound:
            await self._mark_gone(thread)
            return False
        except BelugaError as exc:
            self._set_notice(
                self.tr(
                    "The history could not be reloaded from the server; showing the local copy. {error}"
                ).format(error=exc)
            )
            return False

        def merge(s: Store) -> list[Message]:
            s.messages.merge_remote(thread.id, remote)
            return s.messages.list(thread.id)

        merged = await self.run(
            lambda: self.session.store.run(merge), failure=self.tr("The history could not be saved.")
        )
        if merged is None:
            self._set_notice(self.tr("{error} Showing the local copy.").format(error=self.error))
            return False
        self.chat.show_messages(thread.id, merged)
        self.historyReloaded.emit(thread.id)
        return True

    async def _fetch_all(self, remote_id: str) -> list[Message]:
        backend = await self.session.backend()
        messages: list[Message] = []
        cursor: str | None = None
        while True:
            page = await backend.load_history(remote_id, cursor=cursor, limit=PAGE_SIZE)
            messages += page.messages
            if not page.has_more:
                return messages
            cursor = page.next_cursor

    async def _mark_gone(self, thread: Thread) -> None:
        def mark(s: Store) -> Thread | None:
            s.threads.set_remote_gone(thread.id, True)
            return s.threads.get(thread.id)

        updated = await self.run(lambda: self.session.store.run(mark))
        gone = updated or thread.model_copy(update={"remote_gone": True})
        if self.chat.thread is not None and self.chat.thread.id == thread.id:
            self.chat.thread = gone
            self.chat.set_read_only(self.tr(REMOTE_GONE))
        self._set_notice(self.tr(REMOTE_GONE))
        self.threads.thread_changed(gone)

    # --- open by id ---------------------------------------------------------------------------------

    def request_open_by_id(self, ask: ThreadQuestions, assistant_id: str | None) -> None:
        self.start(self.open_asked_id(ask, assistant_id))

    async def open_asked_id(self, ask: ThreadQuestions, assistant_id: str | None) -> Thread | None:
        """Ask for a remote thread id, then open it; a failure is shown to the person."""
        remote_id = await ask.remote_id(self.session.backend_kind)
        if remote_id is None:
            return None
        thread = await self.open_by_id(remote_id, assistant_id)
        if thread is None:
            await ask.show_problem(self.tr("Thread not opened"), str(self.error))
        return thread

    async def open_by_id(self, text: str, assistant_id: str | None) -> Thread | None:
        """Import a remote thread's history into a new local thread (or find the local one) and open it."""
        remote_id = text.strip()
        problem = remote_id_problem(remote_id, self.session.backend_kind)
        if problem:
            self.set_error(problem)
            return None
        self.clear_error()
        profile_id = self.session.profile_id
        existing = await self.run(
            lambda: self.session.store.run(
                lambda s: s.threads.get_by_remote_id(remote_id, profile_id=profile_id)
            )
        )
        if existing is not None:
            await self.open(existing)
            return existing
        thread = await self.run(
            lambda: self._import_remote(remote_id, assistant_id),
            failure=self.tr("The thread {remote_id} could not be opened.").format(remote_id=remote_id),
        )
        if thread is None:
            return None
        self.threads.thread_changed(thread)
        await self.open(thread)
        return thread

    async def _import_remote(self, remote_id: str, assistant_id: str | None) -> Thread:
        try:
            remote = await self._fetch_all(remote_id)
        except NotFound as exc:
            raise NotFound(f"The server has no thread {remote_id} for this profile.") from exc
        first_user = next((m.text for m in remote if m.role is Role.USER and m.text.strip()), "")
        last_text = next((m.text for m in reversed(remote) if m.text.strip()), "")
        thread = Thread(
            remote_id=remote_id,
            backend=self.session.backend_kind,
            profile_id=self.session.profile_id,
            assistant_id=assistant_id,
            title=title_from_text(first_user)
            if first_user
            else self.tr("Thread {remote_id}").format(remote_id=remote_id),
            updated_at=utcnow(),
            last_message_preview=preview_from_markdown(last_text),
        )

        def save(s: Store) -> Thread:
            with s.transaction():
                s.threads.create(thread)
                s.messages.merge_remote(thread.id, remote)
            stored = s.threads.get(thread.id)
            assert stored is not None
            return stored

        return await self.session.store.run(save)
