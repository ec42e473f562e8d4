"""``/v1/files``: upload (multipart), list, retrieve, delete, download content."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from belugadesk.localapi.errors import ApiError, invalid
from belugadesk.localapi.ids import new_id, now
from belugadesk.localapi.multipart import parse_form
from belugadesk.localapi.records import ApiRecords
from belugadesk.localapi.state import api
from belugadesk.localapi.validation import list_body, page_list, paging

KIND = "file"
PURPOSES = ("assistants", "batch", "fine-tune", "vision", "user_data", "evals")
MAX_LIST = 10000
_MEDIA = {".png": "image/png", ".txt": "text/plain", ".md": "text/markdown", ".json": "application/json"}


def get_file(store: ApiRecords, file_id: str) -> dict[str, Any]:
    meta = store.get(KIND, file_id)
    if meta is None:
        raise ApiError(404, f"No such File object: {file_id}", param="id")
    return meta


def save_file(store: ApiRecords, filename: str, data: bytes, purpose: str) -> dict[str, Any]:
    meta: dict[str, Any] = {
        "id": new_id("file-"),
        "object": "file",
        "bytes": len(data),
        "created_at": now(),
        "filename": filename,
        "purpose": purpose,
        "status": "processed",
    }
    store.put_blob(meta["id"], data)
    return store.put(KIND, meta)


async def upload(request: Request) -> JSONResponse:
    fields = parse_form(request.headers.get("content-type", ""), await request.body())
    for name in fields:
        if name not in ("file", "purpose", "expires_after[anchor]", "expires_after[seconds]"):
            raise invalid(f"Unknown parameter: '{name}'.", param=name, code="unknown_parameter")
    for name in ("file", "purpose"):
        if name not in fields:
            raise invalid(
                f"Missing required parameter: '{name}'.", param=name, code="missing_required_parameter"
            )
    purpose = fields["purpose"].text()
    if purpose not in PURPOSES:
        raise invalid(
            f"Invalid value: '{purpose}'. Supported values are: "
            + ", ".join(f"'{p}'" for p in PURPOSES)
            + ".",
            param="purpose",
            code="invalid_value",
        )
    upload = fields["file"]
    if upload.filename is None:
        raise invalid("Invalid 'file': expected a file upload.", param="file", code="invalid_type")
    return JSONResponse(save_file(api(request).store, upload.filename, upload.value, purpose))


async def list_files(request: Request) -> JSONResponse:
    store = api(request).store
    args = paging(request, default_limit=MAX_LIST, max_limit=MAX_LIST)
    purpose = request.query_params.get("purpose")
    if purpose:
        everything = [f for f in store.all(KIND) if f["purpose"] == purpose]
        data, more = page_list(everything, **args)
    else:
        data, more = store.page(KIND, **args)
    return JSONResponse(list_body(data, more))


async def retrieve(request: Request) -> JSONResponse:
    return JSONResponse(get_file(api(request).store, request.path_params["file_id"]))


async def delete(request: Request) -> JSONResponse:
    store = api(request).store
    file_id = request.path_params["file_id"]
    get_file(store, file_id)
    store.delete(KIND, file_id)
    store.delete_blob(file_id)
    return JSONResponse({"id": file_id, "object": "file", "deleted": True})


async def content(request: Request) -> Response:
    store = api(request).store
    meta = get_file(store, request.path_params["file_id"])
    suffix = meta["filename"][meta["filename"].rfind(".") :].lower() if "." in meta["filename"] else ""
    return Response(
        store.get_blob(meta["id"]) or b"", media_type=_MEDIA.get(suffix, "application/octet-stream")
    )


routes = [
    Route("/files", upload, methods=["POST"]),
    Route("/files", list_files, methods=["GET"]),
    Route("/files/{file_id}", retrieve, methods=["GET"]),
    Route("/files/{file_id}", delete, methods=["DELETE"]),
    Route("/files/{file_id}/content", content, methods=["GET"]),
]
