"""Compare: one prompt to two to four assistants at once, each answering in a thread of its own.

Each column is a :class:`ChatViewModel` (the one way a reply runs: sending, streaming, Stop, Retry, usage and
cost), whose threads carry the comparison's id (``Thread.compare_group``, store step 11), so the thread list
and search leave them out until a choice is made. "Continue with this one" makes that column's thread an
ordinary thread and deletes the others (server, then store); "Keep all" makes every one ordinary. A
comparison left undecided when the app ends becomes ordinary threads at the next start
(``release_undecided``), so no reply is ever lost.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping, Sequence
from enum import Enum
from functools import partial
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from belugadesk.core.chat_footer import Price
from belugadesk.core.chat_tools import LocalTools
from belugadesk.domain.models import AssistantDefinition, Message, Role, Thread, new_id
from belugadesk.store import Store
from belugadesk.viewmodels.chat.chat_vm import ChatViewModel
from belugadesk.viewmodels.session import Session
from belugadesk.viewmodels.threads.actions import delete_remote_copy
from belugadesk.viewmodels.view_model import ViewModel

MIN_COLUMNS = 2
MAX_COLUMNS = 4


class Undecided(Enum):
    """What to do with a comparison's threads when its window closes before one was chosen."""

    KEEP_ALL = "keep_all"
    DISCARD = "discard"


class CompareQuestions(Protocol):
    async def close_undecided(self, threads: int) -> Undecided | None:
        """Keep every thread, discard them, or (None) go back to the comparison."""
        ...


class CompareViewModel(ViewModel):
    columnsChanged = Signal()  # the assistants compared changed: the view rebuilds its columns
    streamingChanged = Signal(bool)  # whether any column is writing a reply
    kept = Signal(object)  # Thread: the one continued with, an ordinary thread now (the main chat opens it)
    decided = Signal()  # the comparison is over (kept, all kept or discarded): the window may close

    def __init__(
        self,
        session: Session,
        parent: QObject | None = None,
        *,
        prices: Mapping[str, Price] | None = None,
        cache_dir: Path | None = None,
        local_tools: LocalTools | None = None,
        session_for: Callable[[AssistantDefinition], Session] | None = None,
    ):
        super().__init__(parent)
        self.session = session
        self.group = new_id()  # the comparison's id, carried by each of its threads
        self.prompt = ""
        self.columns: list[ChatViewModel] = []
        self._prices = dict(prices) if prices is not None else None
        self._cache_dir = cache_dir
        self._local_tools = local_tools
        self._session_for = session_for or (lambda _assistant: session)
        self._streaming = False
        self._decided = False
        self._closing: asyncio.Task[bool | None] | None = None
        self._price_source: ChatViewModel | None = None

    # --- the assistants --------------------------------------------------------------------------------

    def choose_problem(self, assistants: Sequence[AssistantDefinition]) -> str:
        """Why these assistants cannot be compared ("" when they can)."""
        if self.sent:
            return self.tr("This comparison has been sent; start a new one to compare other assistants.")
        if not MIN_COLUMNS <= len({a.id for a in assistants}) <= MAX_COLUMNS or len(assistants) > MAX_COLUMNS:
            return self.tr("Choose two to four different assistants.")
        return ""

    def choose(self, assistants: Sequence[AssistantDefinition]) -> bool:
        """Compare ``assistants`` (two to four, in this order): one column each."""
        problem = self.choose_problem(assistants)
        self.set_error(problem)
        if problem:
            return False
        for column in self.columns:
            column.deleteLater()
        self.columns = [self._column(assistant) for assistant in assistants]
        self.columnsChanged.emit()
        return True

    def _column(self, assistant: AssistantDefinition) -> ChatViewModel:
        column = ChatViewModel(
            self._session_for(assistant), self, cache_dir=self._cache_dir, local_tools=self._local_tools
        )
        if self._prices is not None:
            column.set_prices(self._prices)
        column.compare_group = self.group
        column.set_assistant(assistant)
        column.streamingChanged.connect(self._on_column_streaming)
        return column

    def set_prices(self, prices: Mapping[str, Price]) -> None:
        self._prices = dict(prices)
        for column in self.columns:
            column.set_prices(prices)

    def follow_prices(self, chat: ChatViewModel) -> None:
        """Price the replies as ``chat`` does, now and whenever its price table changes (Settings)."""
        self._price_source = chat
        self.set_prices(chat.prices)
        chat.footersChanged.connect(self._on_prices_changed)

    def _on_prices_changed(self) -> None:
        if self._price_source is not None:
            self.set_prices(self._price_source.prices)

    # --- state -----------------------------------------------------------------------------------------

    @property
    def sent(self) -> bool:
        return bool(self.prompt)

    @property
    def streaming(self) -> bool:
        return self._streaming

    def _on_column_streaming(self) -> None:
        streaming = any(column.streaming for column in self.columns)
        if streaming != self._streaming:
            self._streaming = streaming
            self.streamingChanged.emit(streaming)

    def threads(self) -> list[Thread]:
        """The comparison's threads the server took (a column whose question was refused has none)."""
        return [column.thread for column in self.columns if column.thread is not None]

    @property
    def undecided(self) -> bool:
        """Replies were asked for and no choice was made yet."""
        return not self._decided and bool(self.threads())

    def summary(self, index: int) -> str:
        """The column's last reply's model, usage and cost (as the chat's footer reads it)."""
        column = self.columns[index]
        reply = _last_reply(column.messages.messages)
        return column.footer_for(reply) if reply is not None else ""

    # --- sending, stopping, asking again ---------------------------------------------------------------

    def can_send(self) -> tuple[bool, str]:
        if len(self.columns) < MIN_COLUMNS:
            return False, self.tr("Choose two to four assistants to compare.")
        if self.sent:
            return False, self.tr("Each column continues on its own; keep one to go on with it.")
        return True, ""

    def request_send(self, text: str) -> None:
        self.start(self.send(text))

    async def send(self, text: str) -> bool:
        """Send ``text`` to every column at once; True when every server took it."""
        text = text.strip()
        ok, why = self.can_send()
        if not text or not ok:
            self.set_error(why)
            return False
        self.clear_error()
        self.prompt = text
        sent = await asyncio.gather(*(column.send(text) for column in self.columns))
        return all(sent)

    def request_stop(self, index: int) -> None:
        """Stop the reply of column ``index`` only; the others go on."""
        self.columns[index].request_stop()

    def can_ask_again(self, index: int) -> bool:
        column = self.columns[index]
        return self.sent and not column.streaming and not self._decided

    def request_ask_again(self, index: int) -> None:
        self.start(self.ask_again(index))

    async def ask_again(self, index: int) -> bool:
        """Column ``index`` answers again: a reply that did not complete is retried, a complete one
        regenerated, and a question its server never took is sent again."""
        if not self.can_ask_again(index):
            return False
        column = self.columns[index]
        if column.thread is None:
            return await column.send(self.prompt)
        reply = _last_reply(column.messages.messages)
        if reply is not None and column.can_retry(reply.id):
            return await column.retry(reply.id)
        return await column.regenerate()

    # --- the choice ------------------------------------------------------------------------------------

    def request_keep(self, index: int) -> None:
        self.start(self.keep(index), failure=self.tr("The comparison could not be settled."))

    async def keep(self, index: int) -> Thread | None:
        """Continue with column ``index``: its thread becomes an ordinary one, the others are deleted."""
        chosen = self.columns[index]
        if chosen.streaming or chosen.thread is None:
            self.set_error(
                self.tr("Wait for this reply to finish, or stop it, before continuing with it.")
                if chosen.streaming
                else self.tr("This assistant has no reply to continue with; ask it again first.")
            )
            return None
        await self._stop_all()
        thread = chosen.thread
        for column in self.columns:
            if column is not chosen and column.thread is not None:
                await self._delete(column)
        kept = thread.model_copy(update={"compare_group": None})
        await chosen.session.store.run(lambda s: s.threads.set_compare_group(kept.id, None))
        self.kept.emit(kept)
        self._decide()
        return kept

    async def keep_all(self) -> list[Thread]:
        """Every thread becomes an ordinary one (listed, each with its prompt and reply)."""
        await self._stop_all()
        kept = self.threads()
        for column in self.columns:
            if column.thread is not None:
                await column.session.store.run(partial(_release, thread_id=column.thread.id))
        self._decide()
        return [t.model_copy(update={"compare_group": None}) for t in kept]

    async def discard(self) -> None:
        """Delete every thread of the comparison (server, then store)."""
        await self._stop_all()
        for column in self.columns:
            if column.thread is not None:
                await self._delete(column)
        self._decide()

    def request_close(self, ask: CompareQuestions) -> None:
        """The window is closing (once: a second request while the person is asked changes nothing)."""
        if self._closing is None or self._closing.done():
            self._closing = self.start(
                self.close_asking(ask), failure=self.tr("The comparison could not be settled.")
            )

    async def close_asking(self, ask: CompareQuestions) -> bool:
        """The window is closing: undecided, the person says what becomes of the threads (or goes back)."""
        if not self.undecided:
            await self._stop_all()
            self._decide()
            return True
        choice = await ask.close_undecided(len(self.threads()))
        if choice is None:
            return False
        if choice is Undecided.KEEP_ALL:
            await self.keep_all()
        else:
            await self.discard()
        return True

    def _decide(self) -> None:
        self._decided = True
        self.decided.emit()

    async def _stop_all(self) -> None:
        for column in self.columns:
            await column.stop()
        for column in self.columns:
            await column.wait_idle()  # the reply's end, and the server's clean-up after a stop

    async def _delete(self, column: ChatViewModel) -> None:
        """Delete a column's thread on its server, then here; a server that refuses keeps it listed."""
        thread = column.thread
        assert thread is not None
        problem = await delete_remote_copy(column.session, thread) if thread.remote_id else ""
        if problem:  # the server kept it: the person can see (and delete) it like any other thread
            self.set_error(
                self.tr("{name}'s thread was kept: the server could not delete it ({problem}).").format(
                    name=column.assistant.name if column.assistant else "", problem=problem
                )
            )
            await column.session.store.run(partial(_release, thread_id=thread.id))
            return
        await column.session.store.run(lambda s: s.threads.delete(thread.id))
        column.thread = None


def _last_reply(messages: Sequence[Message]) -> Message | None:
    return next((m for m in reversed(messages) if m.role is Role.ASSISTANT), None)


def _release(store: Store, *, thread_id: str) -> None:
    store.threads.set_compare_group(thread_id, None)


def release_undecided(store: Store) -> int:
    """Comparisons left undecided (the app ended meanwhile) become ordinary threads; how many."""
    with store.transaction():
        return store.threads.release_compare_groups()
