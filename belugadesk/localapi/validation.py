"""Request bodies read and checked against their models (``request_models``) with OpenAI's 400 sentences
(missing, unknown, wrongly typed, out-of-range parameters), and paging arguments."""

from __future__ import annotations

import json
from collections.abc import Mapping
from types import UnionType
from typing import Any, TypeVar, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails
from starlette.requests import Request

from belugadesk.localapi.errors import ApiError, invalid
from belugadesk.localapi.records import Order

M = TypeVar("M", bound=BaseModel)
_JSON_TYPES: tuple[tuple[type, str], ...] = (
    (bool, "a boolean"),  # before int: a bool is an int to Python, not to JSON
    (int, "an integer"),
    (float, "a decimal"),
    (str, "a string"),
    (dict, "an object"),
    (list, "an array"),
)
_RANGE_ERRORS = {"less_than_equal", "greater_than_equal"}


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


def parse_body(model: type[M], body: Mapping[str, Any], *, prefix: str = "") -> M:
    """``body`` as ``model``, or OpenAI's 400 for its first problem (``prefix`` names where it sits,
    e.g. ``messages[0].``): a required parameter missing or null, an unknown one, a wrong type, a value
    out of range. Parameters are looked at in the order the body gives them, as OpenAI does."""
    try:
        return model.model_validate(body)
    except ValidationError as exc:
        raise _first_problem(model, body, exc.errors(), prefix) from None


def _first_problem(
    model: type[BaseModel], body: Mapping[str, Any], errors: list[ErrorDetails], prefix: str
) -> ApiError:
    fields = model.model_fields
    required = [name for name, field in fields.items() if field.is_required() and body.get(name) is None]
    if required:
        param = f"{prefix}{required[0]}"
        message = f"Missing required parameter: '{param}'."
        return invalid(message, param=param, code="missing_required_parameter")
    order = {name: i for i, name in enumerate(body)}
    error = min(errors, key=lambda e: order.get(str(e["loc"][0]), len(order)))
    name = str(error["loc"][0])
    param = f"{prefix}{name}"
    if error["type"] == "extra_forbidden":
        return invalid(f"Unknown parameter: '{param}'.", param=param, code="unknown_parameter")
    if error["type"] in _RANGE_ERRORS:
        return _out_of_range(param, error)
    expected = " or ".join(_json_type_names(fields[name].annotation))
    return invalid(
        f"Invalid type for '{param}': expected {expected}, but got {_json_type(body[name])} instead.",
        param=param,
        code="invalid_type",
    )


def _out_of_range(param: str, error: ErrorDetails) -> ApiError:
    bound = error.get("ctx") or {}
    got = f"but got {error['input']} instead"
    if error["type"] == "less_than_equal":
        message = f"decimal above maximum value. Expected a value <= {bound['le']:g}, {got}."
        code = "decimal_above_max_value"
    else:
        message = f"decimal below minimum value. Expected a value >= {bound['ge']:g}, {got}."
        code = "decimal_below_min_value"
    return invalid(f"Invalid '{param}': {message}", param=param, code=code)


def _json_type_names(annotation: Any) -> list[str]:
    """The JSON types a field's annotation allows, as OpenAI names them ("a string", "an object"…)."""
    origin = get_origin(annotation)
    if origin in (Union, UnionType):
        return [name for arg in get_args(annotation) for name in _json_type_names(arg)]
    kind = origin or annotation
    return [name for json_kind, name in _JSON_TYPES if kind is json_kind]


def _json_type(value: Any) -> str:
    return next((name for kind, name in _JSON_TYPES if isinstance(value, kind)), "null")


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
