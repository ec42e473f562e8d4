"""``/v1/vector_stores``: stores, their files, and file batches (indexing completes at once)."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from belugadesk.localapi.errors import invalid, not_found
from belugadesk.localapi.files import get_file
from belugadesk.localapi.ids import new_id, now
from belugadesk.localapi.records import ApiRecords
from belugadesk.localapi.request_models import (
    FileBatchCreate,
    VectorStoreCreate,
    VectorStoreFileCreate,
    VectorStoreUpdate,
)
from belugadesk.localapi.state import api
from belugadesk.localapi.validation import check_metadata, list_body, page_list, paging, parse_body, read_json

KIND = "vector_store"
BATCH_KIND = "vs_batch"
STATUSES = ("in_progress", "completed", "failed", "cancelled")


def file_kind(vector_store_id: str) -> str:
    """Vector-store files are keyed by file id, so each store gets its own kind."""
    return f"vs_file:{vector_store_id}"


def _get(store: ApiRecords, vector_store_id: str) -> dict[str, Any]:
    vs = store.get(KIND, vector_store_id)
    if vs is None:
        raise not_found("vector store", vector_store_id)
    return vs


def _refresh(store: ApiRecords, vs: dict[str, Any]) -> dict[str, Any]:
    files = store.all(file_kind(vs["id"]))
    counts = {s: sum(f["status"] == s for f in files) for s in STATUSES}
    vs["file_counts"] = {**counts, "total": len(files)}
    vs["usage_bytes"] = sum(f["usage_bytes"] for f in files)
    vs["last_active_at"] = now()
    days = (vs.get("expires_after") or {}).get("days")
    if isinstance(days, int):  # the only anchor is last_active_at
        vs["expires_at"] = vs["last_active_at"] + days * 86400
    return store.put(KIND, vs)


def _attach(store: ApiRecords, vs_id: str, file_id: str, attributes: Any = None) -> dict[str, Any]:
    meta = get_file(store, file_id)
    vs_file = {
        "id": file_id,
        "object": "vector_store.file",
        "usage_bytes": meta["bytes"],
        "created_at": now(),
        "vector_store_id": vs_id,
        "status": "completed",
        "last_error": None,
        "chunking_strategy": {
            "type": "static",
            "static": {"max_chunk_size_tokens": 800, "chunk_overlap_tokens": 400},
        },
        "attributes": attributes if isinstance(attributes, dict) else {},
    }
    return store.put(file_kind(vs_id), vs_file, parent=vs_id)


def _file_ids(value: Any, param: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise invalid(
            f"Invalid type for '{param}': expected an array of strings.", param=param, code="invalid_type"
        )
    return list(value)


def new_vector_store(
    store: ApiRecords,
    file_ids: list[str],
    *,
    name: str = "",
    expires_after: dict[str, Any] | None = None,
    metadata: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Create a vector store holding ``file_ids`` (checked to exist first); indexing completes at once."""
    for file_id in file_ids:
        get_file(store, file_id)
    stamp = now()
    vs: dict[str, Any] = {
        "id": new_id("vs_"),
        "object": "vector_store",
        "created_at": stamp,
        "name": name,
        "usage_bytes": 0,
        "file_counts": {},
        "status": "completed",
        "expires_at": None,
        "last_active_at": stamp,
        "metadata": metadata or {},
    }
    if expires_after is not None:
        vs["expires_after"] = expires_after
    store.put(KIND, vs)
    for file_id in file_ids:
        _attach(store, vs["id"], file_id)
    return _refresh(store, vs)


def add_files(store: ApiRecords, vector_store_id: str, file_ids: list[str]) -> dict[str, Any]:
    """Add files (already checked to exist) to an existing vector store; it becomes active again."""
    vs = _get(store, vector_store_id)
    for file_id in file_ids:
        if store.get(file_kind(vector_store_id), file_id) is None:
            _attach(store, vector_store_id, file_id)
    return _refresh(store, vs)


def exists(store: ApiRecords, vector_store_id: str) -> bool:
    return store.get(KIND, vector_store_id) is not None


async def create(request: Request) -> JSONResponse:
    store = api(request).store
    body = await read_json(request)
    parse_body(VectorStoreCreate, body)
    vs = new_vector_store(
        store,
        _file_ids(body.get("file_ids"), "file_ids"),
        name=body.get("name", ""),
        expires_after=body.get("expires_after"),
        metadata=check_metadata(body.get("metadata")),
    )
    return JSONResponse(vs)


async def list_stores(request: Request) -> JSONResponse:
    data, more = api(request).store.page(KIND, **paging(request))
    return JSONResponse(list_body(data, more))


async def retrieve(request: Request) -> JSONResponse:
    return JSONResponse(_get(api(request).store, request.path_params["vector_store_id"]))


async def update(request: Request) -> JSONResponse:
    store = api(request).store
    vs = _get(store, request.path_params["vector_store_id"])
    body = await read_json(request)
    parse_body(VectorStoreUpdate, body)
    if body.get("name") is not None:
        vs["name"] = body["name"]
    if "metadata" in body:
        vs["metadata"] = check_metadata(body["metadata"])
    if body.get("expires_after") is not None:
        vs["expires_after"] = body["expires_after"]
    return JSONResponse(_refresh(store, vs))  # a new expiry policy also moves expires_at


async def delete(request: Request) -> JSONResponse:
    store = api(request).store
    vs_id = request.path_params["vector_store_id"]
    _get(store, vs_id)
    store.delete(KIND, vs_id)
    store.delete_children(file_kind(vs_id), vs_id)
    return JSONResponse({"id": vs_id, "object": "vector_store.deleted", "deleted": True})


async def create_file(request: Request) -> JSONResponse:
    store = api(request).store
    vs = _get(store, request.path_params["vector_store_id"])
    body = await read_json(request)
    parse_body(VectorStoreFileCreate, body)
    vs_file = _attach(store, vs["id"], body["file_id"], body.get("attributes"))
    _refresh(store, vs)
    return JSONResponse(vs_file)


def _filtered(request: Request, files: list[dict[str, Any]]) -> JSONResponse:
    status = request.query_params.get("filter")
    if status is not None and status not in STATUSES:
        raise invalid(
            f"Invalid value: '{status}'. Supported values are: 'in_progress', 'completed', 'failed', and "
            "'cancelled'.",
            param="filter",
            code="invalid_value",
        )
    chosen = [f for f in files if status is None or f["status"] == status]
    data, more = page_list(chosen, **paging(request))
    return JSONResponse(list_body(data, more))


async def list_files(request: Request) -> JSONResponse:
    store = api(request).store
    vs = _get(store, request.path_params["vector_store_id"])
    return _filtered(request, store.all(file_kind(vs["id"])))


def _vs_file(store: ApiRecords, vs_id: str, file_id: str) -> dict[str, Any]:
    _get(store, vs_id)
    vs_file = store.get(file_kind(vs_id), file_id)
    if vs_file is None:
        raise not_found("file", file_id)
    return vs_file


async def retrieve_file(request: Request) -> JSONResponse:
    params = request.path_params
    return JSONResponse(_vs_file(api(request).store, params["vector_store_id"], params["file_id"]))


async def delete_file(request: Request) -> JSONResponse:
    store = api(request).store
    params = request.path_params
    _vs_file(store, params["vector_store_id"], params["file_id"])
    store.delete(file_kind(params["vector_store_id"]), params["file_id"])
    _refresh(store, _get(store, params["vector_store_id"]))
    return JSONResponse({"id": params["file_id"], "object": "vector_store.file.deleted", "deleted": True})


async def create_batch(request: Request) -> JSONResponse:
    store = api(request).store
    vs = _get(store, request.path_params["vector_store_id"])
    body = await read_json(request)
    parse_body(FileBatchCreate, body)
    file_ids = _file_ids(body.get("file_ids"), "file_ids")
    for i, entry in enumerate(body.get("files") or []):
        if not isinstance(entry, dict) or not isinstance(entry.get("file_id"), str):
            raise invalid(
                f"Missing required parameter: 'files[{i}].file_id'.",
                param=f"files[{i}].file_id",
                code="missing_required_parameter",
            )
        file_ids.append(entry["file_id"])
    if not file_ids:
        raise invalid(
            "Missing required parameter: one of 'file_ids' or 'files' must be provided.",
            param="file_ids",
            code="missing_required_parameter",
        )
    for file_id in file_ids:
        get_file(store, file_id)
    for file_id in file_ids:
        _attach(store, vs["id"], file_id, body.get("attributes"))
    _refresh(store, vs)
    counts = {
        "in_progress": 0,
        "completed": len(file_ids),
        "failed": 0,
        "cancelled": 0,
        "total": len(file_ids),
    }
    batch = {
        "id": new_id("vsfb_"),
        "object": "vector_store.files_batch",
        "created_at": now(),
        "vector_store_id": vs["id"],
        "status": "completed",
        "file_counts": counts,
        "file_ids": file_ids,
    }
    store.put(BATCH_KIND, batch, parent=vs["id"])
    return JSONResponse(_public_batch(batch))


def _public_batch(batch: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in batch.items() if k != "file_ids"}


def _batch(store: ApiRecords, vs_id: str, batch_id: str) -> dict[str, Any]:
    _get(store, vs_id)
    batch = store.get(BATCH_KIND, batch_id)
    if batch is None or batch["vector_store_id"] != vs_id:
        raise not_found("file batch", batch_id)
    return batch


async def retrieve_batch(request: Request) -> JSONResponse:
    params = request.path_params
    return JSONResponse(
        _public_batch(_batch(api(request).store, params["vector_store_id"], params["batch_id"]))
    )


async def cancel_batch(request: Request) -> JSONResponse:
    """Batches finish when created, so there is nothing left to cancel: the batch is returned as it is."""
    params = request.path_params
    return JSONResponse(
        _public_batch(_batch(api(request).store, params["vector_store_id"], params["batch_id"]))
    )


async def list_batch_files(request: Request) -> JSONResponse:
    store = api(request).store
    params = request.path_params
    batch = _batch(store, params["vector_store_id"], params["batch_id"])
    kind = file_kind(params["vector_store_id"])
    files = [f for f in (store.get(kind, i) for i in batch["file_ids"]) if f is not None]
    return _filtered(request, files)


_VS = "/vector_stores/{vector_store_id}"
routes = [
    Route("/vector_stores", create, methods=["POST"]),
    Route("/vector_stores", list_stores, methods=["GET"]),
    Route(_VS, retrieve, methods=["GET"]),
    Route(_VS, update, methods=["POST"]),
    Route(_VS, delete, methods=["DELETE"]),
    Route(_VS + "/files", create_file, methods=["POST"]),
    Route(_VS + "/files", list_files, methods=["GET"]),
    Route(_VS + "/files/{file_id}", retrieve_file, methods=["GET"]),
    Route(_VS + "/files/{file_id}", delete_file, methods=["DELETE"]),
    Route(_VS + "/file_batches", create_batch, methods=["POST"]),
    Route(_VS + "/file_batches/{batch_id}", retrieve_batch, methods=["GET"]),
    Route(_VS + "/file_batches/{batch_id}/cancel", cancel_batch, methods=["POST"]),
    Route(_VS + "/file_batches/{batch_id}/files", list_batch_files, methods=["GET"]),
]
