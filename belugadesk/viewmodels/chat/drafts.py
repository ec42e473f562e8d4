"""The unsent text of each thread, kept in the store (debounced while typing, flushed on a switch)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from belugadesk.domain.errors import BelugaError
from belugadesk.viewmodels.session import Session
from belugadesk.viewmodels.view_model import StartWork

if TYPE_CHECKING:
    from belugadesk.store import Store

log = logging.getLogger(__name__)
SAVE_DELAY_MS = 400


class ChatDrafts(QObject):
    """``edit(key, text)`` on every change (saved shortly after); ``key`` None is the new-thread composer.

    Saves run as work of the owning view-model (``start``): a failed save is its error sentence.
    """

    def __init__(self, session: Session, start: StartWork, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self._start = start
        self._pending: dict[str | None, str] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self._save_soon)
        self._closed = False

    def edit(self, key: str | None, text: str) -> None:
        if self._closed:  # shutting down: the store is closing (a widget torn down may still say it changed)
            return
        self._pending[key] = text
        self._timer.start()

    def _save_soon(self) -> None:
        self._start(
            self.flush(), failure=self.tr("The draft could not be saved; its text is still in the box.")
        )

    async def close(self) -> None:
        """Save what is pending and stop saving (before the store closes; no one is left to tell of a
        failure, so it is logged)."""
        self._timer.stop()
        try:
            await self.flush()
        except BelugaError as exc:
            log.warning("Could not save the draft: %s", exc)

    async def flush(self) -> None:
        """Write every pending edit now (before switching threads, on shutdown)."""
        self._timer.stop()
        if not self._pending:
            return
        pending, self._pending = self._pending, {}

        def save_all(s: Store) -> None:
            for key, text in pending.items():
                s.drafts.set(key, text)

        await self.session.store.run(save_all)

    async def load(self, key: str | None) -> str:
        await self.flush()
        return str(await self.session.store.run(lambda s: s.drafts.get(key)))

    async def clear(self, *keys: str | None) -> None:
        for key in keys:
            self._pending.pop(key, None)

        def clear_all(s: Store) -> None:
            for key in keys:
                s.drafts.clear(key)

        await self.session.store.run(clear_all)
