"""Keeps the stored copy of the reply being streamed close to what is shown, so a crash loses little.

The assistant row is written when the reply starts; while it streams, its latest state is written at most
every ``SAVE_INTERVAL_MS`` (coalesced, on the store's worker thread), and once more when it ends.
"""

from __future__ import annotations

import asyncio
import logging

from PySide6.QtCore import QObject, QTimer

from belugadesk.domain.errors import BelugaError
from belugadesk.domain.models import Message
from belugadesk.store import AsyncStore
from belugadesk.viewmodels.view_model import StartWork

log = logging.getLogger(__name__)

SAVE_INTERVAL_MS = 500


class ReplySaver(QObject):
    """Writes run as work of the owning view-model (``start``), so closing it cancels them."""

    def __init__(self, start: StartWork, parent: QObject | None = None):
        super().__init__(parent)
        self._start = start
        self._store: AsyncStore | None = None
        self._latest: Message | None = None
        self._writing: asyncio.Task[None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_INTERVAL_MS)
        self._timer.timeout.connect(self._write_latest)

    async def start(self, store: AsyncStore, thread_id: str, reply: Message) -> None:
        """Write the new reply's row (in progress) at the end of the thread."""
        await self.finish()
        self._store = store
        await store.run(lambda s: s.messages.append(thread_id, reply))

    def changed(self, reply: Message) -> None:
        """The reply changed on screen: its row is rewritten within ``SAVE_INTERVAL_MS``."""
        if self._store is None:
            return
        self._latest = reply
        if not self._timer.isActive():
            self._timer.start()

    async def finish(self, reply: Message | None = None) -> None:
        """Write ``reply`` (the final state) after any write under way; later changes are not saved."""
        self._timer.stop()
        self._latest = None
        store, self._store = self._store, None
        writing, self._writing = self._writing, None
        if writing is not None:
            await asyncio.gather(writing, return_exceptions=True)
        if store is not None and reply is not None:
            await store.run(lambda s: s.messages.update(reply))

    def _write_latest(self) -> None:
        reply, self._latest = self._latest, None
        store = self._store
        if reply is None or store is None:
            return
        if self._writing is not None and not self._writing.done():
            self._latest = reply  # one write at a time: try again after the interval
            self._timer.start()
            return
        self._writing = self._start(self._write(store, reply))

    @staticmethod
    async def _write(store: AsyncStore, reply: Message) -> None:
        try:
            await store.run(lambda s: s.messages.update(reply))
        except BelugaError as exc:  # the final write says it; a partial save is only a safety net
            log.warning("The partial reply could not be saved: %s", exc)
