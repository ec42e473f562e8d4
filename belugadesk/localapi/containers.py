"""``/v1/containers``: the code interpreter's sandboxes and the files it writes (Responses API)."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from belugadesk.localapi.errors import not_found
from belugadesk.localapi.ids import new_id, now
from belugadesk.localapi.png import bar_chart_png
from belugadesk.localapi.records import ApiRecords
from belugadesk.localapi.state import api
from belugadesk.localapi.validation import list_body, paging

KIND = "container"
FILE_KIND = "container_file"
CHART_FILENAME = "chart.png"


def ensure_container(store: ApiRecords, container_id: str | None) -> dict[str, Any]:
    """The named container (created if this server has not seen it) or a new one."""
    if container_id:
        existing = store.get(KIND, container_id)
        if existing is not None:
            return existing
    created = now()
    container = {
        "id": container_id or new_id("cntr_"),
        "object": "container",
        "name": "Code Interpreter container",
        "created_at": created,
        "status": "running",
        "last_active_at": created,
        "expires_after": {"anchor": "last_active_at", "minutes": 20},
        "memory_limit": "1g",
    }
    return store.put(KIND, container)


def write_chart(store: ApiRecords, container_id: str) -> dict[str, Any]:
    """The scripted code run's output: a real PNG saved as a container file."""
    data = bar_chart_png()
    container_file: dict[str, Any] = {
        "id": new_id("cfile_"),
        "object": "container.file",
        "container_id": container_id,
        "created_at": now(),
        "bytes": len(data),
        "path": f"/mnt/data/{CHART_FILENAME}",
        "source": "assistant",
    }
    store.put(FILE_KIND, container_file, parent=container_id)
    store.put_blob(container_file["id"], data)
    return container_file


def _container(store: ApiRecords, container_id: str) -> dict[str, Any]:
    container = store.get(KIND, container_id)
    if container is None:
        raise not_found("container", container_id)
    return container


def _container_file(store: ApiRecords, container_id: str, file_id: str) -> dict[str, Any]:
    _container(store, container_id)
    item = store.get(FILE_KIND, file_id)
    if item is None or item["container_id"] != container_id:
        raise not_found("file", file_id)
    return item


async def retrieve(request: Request) -> JSONResponse:
    return JSONResponse(_container(api(request).store, request.path_params["container_id"]))


async def list_files(request: Request) -> JSONResponse:
    store = api(request).store
    container_id = request.path_params["container_id"]
    _container(store, container_id)
    args = paging(request)
    data, more = store.page(FILE_KIND, parent=container_id, **args)
    return JSONResponse(list_body(data, more))


async def retrieve_file(request: Request) -> JSONResponse:
    params = request.path_params
    return JSONResponse(_container_file(api(request).store, params["container_id"], params["file_id"]))


async def file_content(request: Request) -> Response:
    store = api(request).store
    params = request.path_params
    item = _container_file(store, params["container_id"], params["file_id"])
    data = store.get_blob(item["id"]) or b""
    media = "image/png" if item["path"].endswith(".png") else "application/octet-stream"
    return Response(data, media_type=media)


routes = [
    Route("/containers/{container_id}", retrieve, methods=["GET"]),
    Route("/containers/{container_id}/files", list_files, methods=["GET"]),
    Route("/containers/{container_id}/files/{file_id}", retrieve_file, methods=["GET"]),
    Route("/containers/{container_id}/files/{file_id}/content", file_content, methods=["GET"]),
]
