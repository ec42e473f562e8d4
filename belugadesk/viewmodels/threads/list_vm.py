"""The thread index in the left pane: filters, live search, and rename / pin / archive.

Neither API can list threads, so this list comes from the app's own store, always through AsyncStore (off
the UI thread). Search is debounced: typing restarts a short timer, and only the latest query's results are
shown.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from belugadesk.core.thread_groups import group_of
from belugadesk.domain.models import Thread, utcnow
from belugadesk.store import SearchHit, Store
from belugadesk.viewmodels.session import Session
from belugadesk.viewmodels.threads.list_model import ThreadListModel
from belugadesk.viewmodels.view_model import ViewModel

__all__ = ["SEARCH_DEBOUNCE_MS", "ThreadListModel", "ThreadListViewModel"]

SEARCH_DEBOUNCE_MS = 150
CLOCK_TICK_MS = 60_000  # relative times ("5 min") and groups (after midnight) are refreshed this often
SEARCH_LIMIT = 50


class ThreadListViewModel(ViewModel):
    threadActivated = Signal(object)  # Thread
    hitActivated = Signal(object, str)  # Thread, message id: open the thread at that message
    threadUpdated = Signal(object)  # Thread: its title, pin, archive or remote state changed
    searchFinished = Signal(str)  # the query whose results are now shown

    def __init__(
        self, session: Session, parent: QObject | None = None, *, clock: Callable[[], datetime] = utcnow
    ):
        super().__init__(parent)
        self.session = session
        self.model = ThreadListModel(self, clock=clock)
        self.model.renameRequested.connect(lambda thread_id, title: self.start(self.rename(thread_id, title)))
        self.assistant_filter: str | None = None
        #: only the threads in these folders (an empty list: in no folder; None: every thread)
        self.folder_filter: list[str] | None = None
        self.show_archived = False
        self.query = ""
        self._threads: list[Thread] = []
        self._search_generation = 0
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(lambda: self.start(self.search_now()))
        self._shown_day = clock().astimezone().date()
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(CLOCK_TICK_MS)
        self._clock_timer.timeout.connect(self.tick)
        self._clock_timer.start()

    # --- loading and filters ------------------------------------------------------------------------

    async def refresh(self) -> None:
        assistant_id, archived, folders = self.assistant_filter, self.show_archived, self.folder_filter
        threads = await self.run(
            lambda: self.session.store.run(
                lambda s: s.threads.list(
                    assistant_id=assistant_id, include_archived=archived, folder_ids=folders
                )
            ),
            failure=self.tr("The thread list could not be loaded."),
        )
        if threads is None:
            return
        self._threads = [t for t in threads if t.profile_id == self.session.profile_id]  # per profile
        if self.query.strip():
            await self.search_now()
        else:
            self.model.show_threads(self._threads)

    def set_assistant_filter(self, assistant_id: str | None) -> None:
        if assistant_id != self.assistant_filter:
            self.assistant_filter = assistant_id
            self.start(self.refresh())

    def set_folder_filter(self, folder_ids: list[str] | None) -> None:
        """List (and search) only the threads in ``folder_ids`` ([]: in no folder; None: every thread)."""
        if folder_ids != self.folder_filter:
            self.folder_filter = folder_ids
            self.start(self.refresh())

    def _in_folder_filter(self, thread: Thread) -> bool:
        folders = self.folder_filter
        if folders is None:
            return True
        return thread.folder_id in folders if folders else thread.folder_id is None

    def set_show_archived(self, show: bool) -> None:
        if show != self.show_archived:
            self.show_archived = show
            self.start(self.refresh())

    def _matches_filters(self, thread: Thread) -> bool:
        if thread.archived and not self.show_archived:
            return False
        if not self._in_folder_filter(thread):
            return False
        return self.assistant_filter is None or thread.assistant_id == self.assistant_filter

    def threads(self) -> list[Thread]:
        """The threads the list holds (filtered), in the store's order."""
        return list(self._threads)

    def thread_by_id(self, thread_id: str) -> Thread | None:
        return next((t for t in self._threads if t.id == thread_id), None)

    def tick(self) -> None:
        """Time passed: refresh the relative times, and regroup once the day changed."""
        today = self.model.clock().astimezone().date()
        if today != self._shown_day and not self.model.searching:
            self._shown_day = today
            self.model.show_threads(self._threads)
        else:
            self.model.refresh_times()

    # --- search -------------------------------------------------------------------------------------

    def set_query(self, text: str) -> None:
        """Live search: restart the debounce timer; an empty query shows the thread list again at once."""
        self.query = text
        self._search_generation += 1
        if text.strip():
            self._search_timer.start()
        else:
            self._search_timer.stop()
            self.model.show_threads(self._threads)
            self.searchFinished.emit("")

    async def search_now(self) -> None:
        """Run the current query on the store's thread; drop the results if the query changed meanwhile."""
        self._search_timer.stop()
        query, generation = self.query, self._search_generation
        if not query.strip():
            return
        assistant_id, archived, folders = self.assistant_filter, self.show_archived, self.folder_filter

        def find(s: Store) -> list[tuple[SearchHit, Thread]]:
            found = []
            threads: dict[str, Thread | None] = {}
            for hit in s.search(query, assistant_id=assistant_id, folder_ids=folders, limit=SEARCH_LIMIT):
                if hit.thread_id not in threads:
                    threads[hit.thread_id] = s.threads.get(hit.thread_id)
                thread = threads[hit.thread_id]
                if thread is not None and (archived or not thread.archived):
                    found.append((hit, thread))
            return found

        hits = await self.run(lambda: self.session.store.run(find), failure=self.tr("Search failed."))
        if hits is None or generation != self._search_generation:
            return
        self.model.show_hits(hits, query.strip())
        self.searchFinished.emit(query)

    # --- activation ---------------------------------------------------------------------------------

    def activate_row(self, row: int) -> None:
        thread = self.model.thread_at(row)
        if thread is None:
            return
        message_id = self.model.message_id_at(row)
        if message_id:
            self.hitActivated.emit(thread, message_id)
        else:
            self.threadActivated.emit(thread)

    # --- changes ------------------------------------------------------------------------------------

    def thread_saved(self, thread: Thread) -> None:
        """The chat created or touched a thread: put it where the store's order puts it.

        For a thread the list already holds, only the time, preview and remote id are taken from ``thread``:
        the chat's copy may predate a rename or a pin made here.
        """
        known = self.thread_by_id(thread.id)
        if known is not None:
            thread = known.model_copy(
                update={
                    "updated_at": thread.updated_at,
                    "last_message_preview": thread.last_message_preview,
                    "remote_id": thread.remote_id,
                }
            )
        self._put(thread)

    def thread_changed(self, thread: Thread) -> None:
        """Show a thread changed elsewhere (remote state, import, …) and tell the others."""
        self._put(thread)
        self.threadUpdated.emit(thread)

    def thread_removed(self, thread_id: str) -> None:
        self._threads = [t for t in self._threads if t.id != thread_id]
        self._reshow()

    def _put(self, thread: Thread) -> None:
        before = [t.id for t in self._threads]
        old = self.thread_by_id(thread.id)
        self._threads = [t for t in self._threads if t.id != thread.id]
        if self._matches_filters(thread):
            self._threads.append(thread)
            self._threads.sort(key=lambda t: (t.pinned, t.updated_at), reverse=True)
        now = self.model.clock()
        same_place = (
            old is not None
            and before == [t.id for t in self._threads]
            and group_of(old, now) == group_of(thread, now)
        )
        if same_place and not self.model.searching:
            self.model.replace_thread(thread)  # no reset: long lists stay put, and so does the selection
        else:
            self._reshow(thread)

    def _reshow(self, changed: Thread | None = None) -> None:
        if not self.model.searching:
            self.model.show_threads(self._threads)
        elif changed is not None:
            self.model.replace_thread(changed)
        else:
            self.start(self.search_now())

    async def _update(self, thread_id: str, change: Callable[[Store], None]) -> Thread | None:
        def apply(s: Store) -> Thread | None:
            with s.transaction():
                change(s)
                return s.threads.get(thread_id)

        updated = await self.run(
            lambda: self.session.store.run(apply), failure=self.tr("The thread could not be changed.")
        )
        if updated is None:
            self._reshow()  # undo an optimistic inline edit
            return None
        self.thread_changed(updated)
        return updated

    async def rename(self, thread_id: str, title: str) -> Thread | None:
        title = " ".join(title.split())
        if not title:
            self.set_error(self.tr("A thread needs a title."))
            return None
        return await self._update(thread_id, lambda s: s.threads.rename(thread_id, title))

    async def set_pinned(self, thread_id: str, pinned: bool) -> Thread | None:
        return await self._update(thread_id, lambda s: s.threads.set_pinned(thread_id, pinned))

    async def set_archived(self, thread_id: str, archived: bool) -> Thread | None:
        return await self._update(thread_id, lambda s: s.threads.set_archived(thread_id, archived))

    def toggle_pinned(self, thread: Thread) -> None:
        self.start(self.set_pinned(thread.id, not thread.pinned))

    def toggle_archived(self, thread: Thread) -> None:
        self.start(self.set_archived(thread.id, not thread.archived))
