"""Vector stores for the file-search tool: the same calls on both backends (Responses and Assistants v2).

Backends mix in ``VectorStoreOperations``; it needs only ``self._client`` (an ``AsyncOpenAI``).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from belugadesk.bridge.errors import map_sdk_error
from belugadesk.bridge.files import unreadable_file
from belugadesk.domain.backend import VectorStoreInfo
from belugadesk.domain.errors import ApiError

if TYPE_CHECKING:
    from openai import AsyncOpenAI


def _info(vs: Any) -> VectorStoreInfo:
    counts = getattr(vs, "file_counts", None)
    return VectorStoreInfo(id=vs.id, name=vs.name or "", file_count=getattr(counts, "total", 0) or 0)


class VectorStoreOperations:
    _client: AsyncOpenAI

    async def list_vector_stores(self, *, limit: int = 100) -> list[VectorStoreInfo]:
        """The account's vector stores, newest first (at most ``limit``)."""
        found: list[VectorStoreInfo] = []
        try:
            async for vs in self._client.vector_stores.list(limit=min(limit, 100), order="desc"):
                found.append(_info(vs))
                if len(found) >= limit:
                    break
        except Exception as exc:
            raise map_sdk_error(exc) from exc
        return found

    async def create_vector_store(self, name: str) -> VectorStoreInfo:
        try:
            vs = await self._client.vector_stores.create(name=name)
        except Exception as exc:
            raise map_sdk_error(exc) from exc
        return _info(vs)

    async def add_files_to_vector_store(self, vector_store_id: str, paths: Sequence[Path]) -> VectorStoreInfo:
        """Upload ``paths`` and add them to the store in one batch; waits until the batch is processed."""
        file_ids: list[str] = []
        for path in paths:
            try:
                with path.open("rb") as handle:
                    created = await self._client.files.create(file=(path.name, handle), purpose="assistants")
            except OSError as exc:
                raise unreadable_file(path, exc) from exc
            except Exception as exc:
                raise map_sdk_error(exc) from exc
            file_ids.append(created.id)
        try:
            if file_ids:
                batch = await self._client.vector_stores.file_batches.create_and_poll(
                    vector_store_id=vector_store_id, file_ids=file_ids
                )
                if batch.file_counts.failed:
                    failed = batch.file_counts.failed
                    raise ApiError(
                        f"{failed} of {len(file_ids)} files were not added to the vector store. Check that "
                        "their formats can be searched (PDF, text, Markdown, code…), then add them again."
                    )
            vs = await self._client.vector_stores.retrieve(vector_store_id)
        except ApiError:
            raise
        except Exception as exc:
            raise map_sdk_error(exc, what="The vector store") from exc
        return _info(vs)
