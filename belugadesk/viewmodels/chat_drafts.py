"""The unsent text of each thread, kept in the store (debounced while typing, flushed on a switch)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from belugadesk.viewmodels.session import Session

SAVE_DELAY_MS = 400


class ChatDrafts(QObject):
    """``edit(key, text)`` on every change; ``loaded(text)`` after ``load(key)``. ``key`` None = a new thread."""

    loaded = Signal(str)

    def __init__(self, session: Session, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self._pending: tuple[str | None, str] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self._save_soon)
        self._saving: set[object] = set()

    def edit(self, key: str | None, text: str) -> None:
        self._pending = (key, text)
        self._timer.start()

    def _save_soon(self) -> None:
        import asyncio

        task = asyncio.get_event_loop().create_task(self.flush())
        self._saving.add(task)
        task.add_done_callback(self._saving.discard)

    async def flush(self) -> None:
        """Write the latest edit now (before switching threads, on shutdown)."""
        self._timer.stop()
        if self._pending is None:
            return
        key, text = self._pending
        self._pending = None
        await self.session.store.run(lambda s: s.drafts.set(key, text))

    async def load(self, key: str | None) -> str:
        await self.flush()
        text = await self.session.store.run(lambda s: s.drafts.get(key))
        self.loaded.emit(text)
        return text

    async def clear(self, *keys: str | None) -> None:
        self._timer.stop()
        self._pending = None

        def clear_all(s) -> None:  # type: ignore[no-untyped-def]
            for key in keys:
                s.drafts.clear(key)

        await self.session.store.run(clear_all)
