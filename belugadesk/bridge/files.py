"""Calls both backends share: upload and download files, list models."""

from __future__ import annotations

import asyncio
import io
from pathlib import Path
from typing import TYPE_CHECKING, Any

from belugadesk.bridge.errors import map_sdk_error
from belugadesk.domain.errors import ApiError
from belugadesk.domain.models import UploadedFile

if TYPE_CHECKING:
    from openai import AsyncOpenAI


def unreadable_file(path: Path, exc: OSError) -> ApiError:
    """The sentence for a local file that cannot be read before an upload (nothing was sent)."""
    return ApiError(
        f"Could not read {path.name}: {exc.strerror or exc}. Check that the file still exists and that you "
        "may read it, then attach it again."
    )


async def upload(client: AsyncOpenAI, path: Path, *, purpose: Any) -> UploadedFile:
    """Upload a local file. An unreadable file raises ``ApiError`` naming it (nothing is sent).

    The file is read on a worker thread, and handed to the SDK as a stream it sends in small pieces: reading
    hundreds of megabytes, or queueing them for the socket in one piece, on the event loop's thread (the UI
    thread) would freeze the window."""
    try:
        data = await asyncio.to_thread(path.read_bytes)
    except OSError as exc:
        raise unreadable_file(path, exc) from exc
    try:
        created = await client.files.create(file=(path.name, io.BytesIO(data)), purpose=purpose)
    except Exception as exc:
        raise map_sdk_error(exc) from exc
    return UploadedFile(
        id=created.id, filename=created.filename, bytes=created.bytes, purpose=created.purpose
    )


async def download(client: AsyncOpenAI, file_id: str, *, container_id: str | None = None) -> bytes:
    """A file's bytes; code-interpreter files of the Responses API live in a container."""
    try:
        if container_id:
            response = await client.containers.files.content.retrieve(file_id, container_id=container_id)
        else:
            response = await client.files.content(file_id)
    except Exception as exc:
        raise map_sdk_error(exc, what="The file") from exc
    return response.read()


async def list_models(client: AsyncOpenAI) -> list[str]:
    try:
        return sorted([m.id async for m in client.models.list()])
    except Exception as exc:
        raise map_sdk_error(exc) from exc
