"""Files attached to a Responses conversation for file search.

The Responses API cannot attach a file to one message for file search, so each conversation that gets one
has its own vector store. Its id is kept in the conversation's metadata (so it survives a restart) and
cached here. A file is searchable once its file batch is processed: the SDK's ``create_and_poll`` waits for it
(at the pace the server asks for), for a bounded time.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from belugadesk.bridge.errors import map_sdk_error
from belugadesk.domain.errors import ApiError, TimedOut

if TYPE_CHECKING:
    from openai import AsyncOpenAI

log = logging.getLogger(__name__)

METADATA_KEY = "belugadesk_vector_store"


class ThreadFiles:
    def __init__(self, client: AsyncOpenAI, *, index_timeout_s: float = 120.0) -> None:
        self._client = client
        self._index_timeout_s = index_timeout_s
        self._stores: dict[str, str | None] = {}  # conversation id -> its vector store id (None: has none)
        self._code_files: dict[
            str, list[str]
        ] = {}  # conversation id -> files attached for the code interpreter

    def code_files(self, conversation_id: str, attached: Sequence[str] = ()) -> list[str]:
        """Files attached for the code interpreter in this conversation so far (this session): each request
        gets a fresh container, so every one of them goes into it."""
        known = self._code_files.setdefault(conversation_id, [])
        known.extend(f for f in attached if f not in known)
        return list(known)

    def created(self, conversation_id: str) -> None:
        """A conversation made in this session has no vector store yet (saves looking it up)."""
        self._stores[conversation_id] = None

    async def vector_store_ids(self, conversation_id: str) -> list[str]:
        """The conversation's vector store, as a list (empty when no file was attached to it yet)."""
        if conversation_id not in self._stores:
            metadata = await self._metadata(conversation_id)
            self._stores[conversation_id] = metadata.get(METADATA_KEY) or None
        found = self._stores[conversation_id]
        return [found] if found else []

    async def attach(self, conversation_id: str, file_ids: Sequence[str]) -> str:
        """Add the files to the conversation's vector store (creating it) and wait until they are indexed."""
        existing = await self.vector_store_ids(conversation_id)
        try:
            if existing:
                store_id = existing[0]
            else:
                store = await self._client.vector_stores.create(
                    name=f"BelugaDesk {conversation_id}"[:256], metadata={"conversation": conversation_id}
                )
                store_id = store.id
                metadata = await self._metadata(conversation_id)
                await self._client.conversations.update(
                    conversation_id, metadata={**metadata, METADATA_KEY: store_id}
                )
                self._stores[conversation_id] = store_id
        except ApiError:
            raise
        except Exception as exc:
            raise map_sdk_error(exc, what="The conversation or file") from exc
        await self._index(store_id, file_ids)
        return store_id

    async def _index(self, store_id: str, file_ids: Sequence[str]) -> None:
        """Add the files to the vector store as one batch; wait (at most the timeout) until it is indexed."""
        batches = self._client.vector_stores.file_batches
        try:
            async with asyncio.timeout(self._index_timeout_s):
                batch = await batches.create_and_poll(store_id, file_ids=list(file_ids))
        except TimeoutError:
            raise TimedOut(
                "The attached file is still being indexed for search. Try sending your message again in "
                "a minute."
            ) from None
        except Exception as exc:
            raise map_sdk_error(exc, what="The attached file") from exc
        if batch.status != "completed" or batch.file_counts.failed:
            raise ApiError(
                "The attached file could not be indexed for search "
                f"({batch.status}, {batch.file_counts.failed} failed). Try another file format."
            )

    async def forget(self, conversation_id: str) -> None:
        """Delete the conversation's vector store (best effort: the conversation is going away)."""
        try:
            ids = await self.vector_store_ids(conversation_id)
            for store_id in ids:
                await self._client.vector_stores.delete(store_id)
        except Exception as exc:  # the files stay listed in the account; deleting the thread still works
            log.info("Could not delete the vector store of %s: %s", conversation_id, type(exc).__name__)
        self._stores.pop(conversation_id, None)
        self._code_files.pop(conversation_id, None)

    async def _metadata(self, conversation_id: str) -> dict[str, str]:
        try:
            conversation = await self._client.conversations.retrieve(conversation_id)
        except Exception as exc:
            raise map_sdk_error(exc, what="The conversation") from exc
        return dict(getattr(conversation, "metadata", None) or {})
