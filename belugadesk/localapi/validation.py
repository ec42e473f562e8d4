"""Request checks with OpenAI's 400 messages (missing, unknown, wrongly typed parameters) and paging args."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from starlette.requests import Request

from belugadesk.localapi.errors import ApiError, invalid
from belugadesk.localapi.records import Order

# type names as the spec spells them; "null" allowed via "string|null" etc.
_CHECKS: dict[str, Any] = {
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "null": lambda v: v is None,
    "any": lambda v: True,
}
_WORDS = {
    "string": "a string",
    "integer": "an integer",
    "number": "a decimal",
    "boolean": "a boolean",
    "object": "an object",
    "array": "an array",
}


def _got(value: Any) -> str:
    for name in ("boolean", "integer", "number", "string", "object", "array"):
        if _CHECKS[name](value):
            return _WORDS[name]
    return "null"


def unsupported_content_type(content_type: str) -> ApiError:
    """OpenAI's 400 for a JSON endpoint given another content type (e.g. JSON sent as ``text/plain``)."""
    return ApiError(
        400,
        f"Unsupported content type: '{content_type}'. This API method only accepts 'application/json' "
        f"requests, but you specified the header 'Content-Type: {content_type}'. Please try again with a "
        "supported content type.",
        code="unsupported_content_type",
    )


async def read_json(request: Request) -> dict[str, Any]:
    raw = await request.body()
    if not raw.strip():
        return {}
    content_type = request.headers.get("content-type", "")
    if content_type.split(";", 1)[0].strip().lower() != "application/json":
        raise unsupported_content_type(content_type)
    try:
        body = json.loads(raw)
    except ValueError:
        raise invalid(
            "We could not parse the JSON body of your request. (HINT: This likely means you aren't using "
            "your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not "
            "valid JSON.)"
        ) from None
    if not isinstance(body, dict):
        raise invalid("Invalid body: expected an object.", code="invalid_type")
    return body


def check(
    body: Mapping[str, Any],
    fields: Mapping[str, str],
    *,
    required: Iterable[str] = (),
    closed: bool = True,
    prefix: str = "",
) -> None:
    """``fields`` maps each allowed parameter to its type(s), e.g. ``"string|null"``.

    ``closed`` rejects parameters not listed (the spec's ``additionalProperties: false``).
    """
    for name in required:
        if body.get(name) is None:
            raise invalid(
                f"Missing required parameter: '{prefix}{name}'.",
                param=f"{prefix}{name}",
                code="missing_required_parameter",
            )
    for name, value in body.items():
        kinds = fields.get(name)
        if kinds is None:
            if closed:
                raise invalid(
                    f"Unknown parameter: '{prefix}{name}'.", param=f"{prefix}{name}", code="unknown_parameter"
                )
            continue
        options = kinds.split("|")
        if not any(_CHECKS[k](value) for k in options):
            expected = " or ".join(_WORDS.get(k, k) for k in options if k != "null")
            raise invalid(
                f"Invalid type for '{prefix}{name}': expected {expected}, but got {_got(value)} instead.",
                param=f"{prefix}{name}",
                code="invalid_type",
            )


def check_range(body: Mapping[str, Any], name: str, low: float, high: float) -> None:
    value = body.get(name)
    if value is None or low <= value <= high:
        return
    if value > high:
        message = f"decimal above maximum value. Expected a value <= {high}, but got {value} instead."
        code = "decimal_above_max_value"
    else:
        message = f"decimal below minimum value. Expected a value >= {low}, but got {value} instead."
        code = "decimal_below_min_value"
    raise invalid(f"Invalid '{name}': {message}", param=name, code=code)


def check_metadata(value: Any, param: str = "metadata") -> dict[str, str]:
    """At most 16 string pairs, keys up to 64 and values up to 512 characters."""
    if value is None:
        return {}
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise invalid(
            f"Invalid type for '{param}': expected an object with string values.",
            param=param,
            code="invalid_type",
        )
    if len(value) > 16:
        raise invalid(f"Invalid '{param}': too many properties. Expected at most 16.", param=param)
    for key, item in value.items():
        if len(key) > 64 or len(item) > 512:
            raise invalid(f"Invalid '{param}': key or value too long.", param=param)
    return dict(value)


def paging(
    request: Request, *, default_order: Order = "desc", default_limit: int = 20, max_limit: int = 100
) -> dict[str, Any]:
    """``limit`` (1–max, default 20), ``order`` (asc|desc), ``after``, ``before`` from the query string."""
    query = request.query_params
    raw_limit = query.get("limit", str(default_limit))
    try:
        limit = int(raw_limit)
    except ValueError:
        raise invalid(
            "Invalid type for 'limit': expected an integer, but got a string instead.",
            param="limit",
            code="invalid_type",
        ) from None
    if not 1 <= limit <= max_limit:
        raise invalid(
            "Invalid 'limit': integer out of range. "
            f"Expected a value between 1 and {max_limit}, but got {limit} instead.",
            param="limit",
            code="integer_out_of_range",
        )
    order = query.get("order", default_order)
    if order not in ("asc", "desc"):
        raise invalid(
            f"Invalid value: '{order}'. Supported values are: 'asc' and 'desc'.",
            param="order",
            code="invalid_value",
        )
    return {"limit": limit, "order": order, "after": query.get("after"), "before": query.get("before")}


def list_body(data: list[dict[str, Any]], has_more: bool) -> dict[str, Any]:
    """OpenAI's cursor-list envelope."""
    return {
        "object": "list",
        "data": data,
        "first_id": data[0]["id"] if data else None,
        "last_id": data[-1]["id"] if data else None,
        "has_more": has_more,
    }


def page_list(
    items: list[dict[str, Any]],
    *,
    order: Order = "desc",
    after: str | None = None,
    before: str | None = None,
    limit: int = 20,
) -> tuple[list[dict[str, Any]], bool]:
    """Cursor paging over an in-memory list given oldest first (for filtered listings)."""
    ordered = items if order == "asc" else list(reversed(items))
    ids = [i["id"] for i in ordered]
    for cursor, name in ((after, "after"), (before, "before")):
        if cursor is not None and cursor not in ids:
            raise invalid(f"Invalid '{name}': no object found with id '{cursor}'.", param=name)
    start = ids.index(after) + 1 if after else 0
    stop = ids.index(before) if before else len(ordered)
    window = ordered[start:stop]
    if before is not None and after is None:
        return window[-limit:], len(window) > limit
    return window[:limit], len(window) > limit
