"""``x-request-id`` on every response (results, errors of every origin, SSE), read through the openai SDK."""

from __future__ import annotations

import re
from collections.abc import Iterator

import openai
import pytest
from localapi_support import API_KEY
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route

from belugadesk.localapi import LocalApiConfig, LocalApiServer

MODEL = "gpt-4.1-mini"
REQUEST_ID = re.compile(r"^req_[0-9a-f]{32}$")


def _is_request_id(value: str | None) -> bool:
    return value is not None and REQUEST_ID.match(value) is not None


def test_results_carry_a_fresh_request_id(client: openai.OpenAI) -> None:
    model = client.models.retrieve(MODEL)
    response = client.responses.create(model=MODEL, input="hello")
    ids = [model._request_id, response._request_id]
    assert all(_is_request_id(i) for i in ids) and len(set(ids)) == 2
    raw = client.conversations.with_raw_response.create()
    assert _is_request_id(raw.request_id) and raw.headers["x-request-id"] == raw.request_id


def test_streams_carry_a_request_id(client: openai.OpenAI) -> None:
    with client.responses.create(model=MODEL, input="hello", stream=True) as stream:
        assert _is_request_id(stream.response.headers.get("x-request-id"))
        assert [e.type for e in stream][-1] == "response.completed"
    assistant = client.beta.assistants.create(model=MODEL)
    thread = client.beta.threads.create(messages=[{"role": "user", "content": "hi"}])
    with client.beta.threads.runs.create(thread_id=thread.id, assistant_id=assistant.id, stream=True) as run:
        assert _is_request_id(run.response.headers.get("x-request-id"))
        assert [e.event for e in run][-1] == "thread.run.completed"


def test_api_errors_carry_a_request_id(client: openai.OpenAI) -> None:
    with pytest.raises(openai.NotFoundError) as missing:
        client.responses.retrieve("resp_doesnotexist")
    with pytest.raises(openai.BadRequestError) as invalid:
        client.responses.create(model=MODEL, input="hi", temperature=7)
    with pytest.raises(openai.NotFoundError) as no_route:
        client.get("/no/such/route", cast_to=object)
    ids = [missing.value.request_id, invalid.value.request_id, no_route.value.request_id]
    assert all(_is_request_id(i) for i in ids) and len(set(ids)) == 3


def test_auth_and_injected_faults_carry_a_request_id(server: LocalApiServer) -> None:
    with (
        openai.OpenAI(base_url=server.base_url, api_key="sk-wrong-key-0000", max_retries=0) as bad,
        pytest.raises(openai.AuthenticationError) as unauthorized,
    ):
        bad.models.list()
    assert _is_request_id(unauthorized.value.request_id)
    server.faults.add("GET", r"/v1/models$", 429)
    with (
        openai.OpenAI(base_url=server.base_url, api_key=API_KEY, max_retries=0) as c,
        pytest.raises(openai.RateLimitError) as limited,
    ):
        c.models.list()
    assert _is_request_id(limited.value.request_id)


@pytest.fixture
def crashing_server() -> Iterator[LocalApiServer]:
    """A local API with one extra route that raises, to reach Starlette's own 500 handler."""

    async def boom(request: Request) -> Response:
        raise RuntimeError("a bug in a route handler")

    srv = LocalApiServer(LocalApiConfig(api_key=API_KEY))
    (v1,) = [r for r in srv.app.routes if isinstance(r, Mount)]
    v1.routes.append(Route("/boom", boom, methods=["GET"]))
    with srv:
        yield srv


def test_an_unhandled_server_error_carries_a_request_id(crashing_server: LocalApiServer) -> None:
    with (
        openai.OpenAI(base_url=crashing_server.base_url, api_key=API_KEY, max_retries=0) as c,
        pytest.raises(openai.InternalServerError) as crashed,
    ):
        c.get("/boom", cast_to=object)
    assert crashed.value.status_code == 500 and _is_request_id(crashed.value.request_id)
    assert isinstance(crashed.value.body, dict) and crashed.value.body["type"] == "server_error"
