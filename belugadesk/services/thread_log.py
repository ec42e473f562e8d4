"""The app's store read as a ``domain.backend.ThreadLog``: where the Chat Completions backend finds its
threads (the store is their only copy)."""

from __future__ import annotations

from collections.abc import Sequence

from belugadesk.domain.models import Message
from belugadesk.store import AsyncStore, Store


class StoreThreadLog:
    def __init__(self, store: AsyncStore):
        self._store = store

    async def messages(self, remote_id: str) -> Sequence[Message] | None:
        def read(store: Store) -> list[Message] | None:
            thread = store.threads.get_by_remote_id(remote_id)
            return None if thread is None else store.messages.list(thread.id)

        return await self._store.run(read)
