"""Which APIs a server speaks, found with cheap requests that create nothing.

``/models`` is listed; ``/assistants`` is listed (one item); Responses, Conversations and Chat Completions
get a POST with a body that is deliberately incomplete or malformed: a server that speaks the API answers 400
(or a 404 about the model), one that does not answers 404/405 for the route. A server that cannot be reached,
or that rejects the key, raises the same ``ApiError`` as any other request.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from belugadesk.bridge.client import make_async_client
from belugadesk.bridge.errors import map_sdk_error
from belugadesk.domain.capabilities import ApiFamily, ProbeReport
from belugadesk.domain.models import ConnectionConfig

if TYPE_CHECKING:
    from openai import AsyncOpenAI

PROBE_MODEL = "belugadesk-probe"  # no server has it; a server that checks it first answers 404 about a model
_NO_ROUTE = (404, 405, 501)
_ASSISTANTS_HEADERS = {"OpenAI-Beta": "assistants=v2"}

# method, path, JSON body (None for GET), query
_REQUESTS: dict[ApiFamily, tuple[str, str, dict[str, Any] | None, dict[str, Any] | None]] = {
    ApiFamily.RESPONSES: ("post", "/responses", {"model": PROBE_MODEL}, None),  # no input: 400
    ApiFamily.CONVERSATIONS: ("post", "/conversations", {"items": "not a list"}, None),  # 400
    ApiFamily.ASSISTANTS: ("get", "/assistants", None, {"limit": 1}),
    ApiFamily.CHAT_COMPLETIONS: (
        "post",
        "/chat/completions",
        {"model": PROBE_MODEL},
        None,
    ),  # no messages: 400
}


def _error_text(body: object) -> str:
    if isinstance(body, dict):
        inner = body.get("error", body)
        if isinstance(inner, dict):
            return str(inner.get("message") or inner.get("code") or "")
        return str(inner)
    return str(body or "")


def _answer_of(status: int, body: object) -> bool | None:
    """Does a server that answered ``status`` with ``body`` speak the route's API? None: cannot tell."""
    if status < 300:
        # LM Studio answers an unknown route with 200 and {"error": "Unexpected endpoint or method…"}
        return not (isinstance(body, dict) and "error" in body and "object" not in body and "id" not in body)
    if status in _NO_ROUTE:
        text = _error_text(body).lower()
        # the route exists when the server complains about the model (Ollama) or the deployment (Azure)
        return not text.startswith("invalid url") and ("model" in text or "deployment" in text)
    if status in (400, 409, 422):
        return True
    return None  # 401/403 on one route (a key scoped to some APIs), 429, 5xx: no verdict


async def _ask(client: AsyncOpenAI, api: ApiFamily) -> bool | None:
    import openai

    method, path, body, query = _REQUESTS[api]
    options: Any = {"params": query or {}}  # the SDK's RequestOptions
    if api is ApiFamily.ASSISTANTS:
        options["headers"] = _ASSISTANTS_HEADERS
    try:
        if method == "get":
            answer = await client.get(path, cast_to=object, options=options)
        else:
            answer = await client.post(path, body=body, cast_to=object, options=options)
    except openai.APIStatusError as exc:
        return _answer_of(exc.status_code, exc.body)
    except openai.APIError:
        return None
    return _answer_of(200, answer)


async def _list_models(client: AsyncOpenAI) -> tuple[bool | None, tuple[str, ...]]:
    """``/models``: (spoken, model ids). A rejected key or an unreachable server raises its ``ApiError``."""
    import openai

    try:
        page = await client.models.list()
    except openai.APIStatusError as exc:
        if exc.status_code in _NO_ROUTE:
            return False, ()
        raise map_sdk_error(exc, what="The model list") from exc
    except openai.APIError as exc:
        raise map_sdk_error(exc, what="The model list") from exc
    return True, tuple(sorted(model.id for model in page.data))


async def probe_server(config: ConnectionConfig) -> ProbeReport:
    """Ask the server of ``config`` which APIs it speaks (``/models`` first: is it reachable at all?)."""
    client = make_async_client(config)
    try:
        models_spoken, models = await _list_models(client)
        others = [api for api in ApiFamily if api is not ApiFamily.MODELS]
        answers = await asyncio.gather(*(_ask(client, api) for api in others))
    finally:
        await client.close()
    return ProbeReport(
        apis={ApiFamily.MODELS: models_spoken, **dict(zip(others, answers, strict=True))}, models=models
    )
