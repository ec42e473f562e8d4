"""API failures become domain errors with a human sentence and the request id, never the key."""

from __future__ import annotations

import asyncio
import logging
import re
import socket
import warnings
from collections.abc import Iterator
from typing import Any

import openai
import pytest

from belugadesk.domain.errors import (
    ApiError,
    AuthenticationFailed,
    BadRequest,
    ConnectionFailed,
    NotFound,
    PermissionDenied,
    RateLimited,
    ServerError,
    TimedOut,
)
from belugadesk.domain.events import RunStatus
from belugadesk.domain.models import Backend
from tests.bridge.conftest import make_backend
from tests.bridge.helpers import assistant, collect, of_kind
from tests.support import eventually

FAKE_KEY = "sk-" + "proj-BELUGA-FAKE-KEY-4f8a2c9e7b1d3f5a6c8e0b2d4f6a8c0e"
CREATE_THREAD = r"^/v1/(conversations|threads)$"


@pytest.fixture
def faults(local_api: Any) -> Iterator[Any]:
    local_api.faults.clear()
    yield local_api.faults
    assert local_api.faults.pending == 0, "a fault was never triggered"
    local_api.faults.clear()


def _with_request_id(sentence: str, error: ApiError) -> str:
    """The sentence as the error shows it: the server (like OpenAI) sends an ``x-request-id`` every time."""
    assert error.request_id is not None and re.fullmatch(r"req_[0-9a-f]{32}", error.request_id)
    return f"{sentence} (request id {error.request_id})"


def _create_thread_error(backend_kind: Backend, base_url: str, **options: Any) -> ApiError:
    async def scenario() -> ApiError:
        backend = make_backend(backend_kind, base_url, **options)
        try:
            await backend.create_thread(assistant())
        except ApiError as exc:
            return exc
        finally:
            await backend.aclose()
        raise AssertionError("the call did not fail")

    return asyncio.run(scenario())


def test_rate_limit_with_retry_after(local_api: Any, faults: Any, backend_kind: Backend) -> None:
    faults.add("POST", CREATE_THREAD, 429, headers={"retry-after": "7", "x-request-id": "req_rate1"})
    error = _create_thread_error(backend_kind, local_api.base_url)
    assert isinstance(error, RateLimited) and error.retry_after_s == 7.0
    assert str(error) == "The server is limiting requests (429). Try again in 7 s. (request id req_rate1)"
    assert error.request_id == "req_rate1" and error.status_code == 429


def test_quota_used_up(local_api: Any, faults: Any, backend_kind: Backend) -> None:
    body = {
        "error": {
            "message": "You exceeded your current quota, please check your plan and billing details.",
            "type": "insufficient_quota",
            "param": None,
            "code": "insufficient_quota",
        }
    }
    faults.add("POST", CREATE_THREAD, 429, body=body)
    error = _create_thread_error(backend_kind, local_api.base_url)
    assert isinstance(error, RateLimited) and error.retry_after_s is None
    assert str(error) == _with_request_id(
        "Your API quota is used up (429). Check your plan and billing.", error
    )


@pytest.mark.parametrize("status", [500, 503])
def test_server_errors(local_api: Any, faults: Any, backend_kind: Backend, status: int) -> None:
    faults.add("POST", CREATE_THREAD, status, headers={"x-request-id": f"req_{status}"})
    error = _create_thread_error(backend_kind, local_api.base_url)
    assert isinstance(error, ServerError)
    assert str(error) == (
        f"The server had an internal error ({status}). Try again in a moment. (request id req_{status})"
    )


def test_bad_request_quotes_the_server(local_api: Any, faults: Any, backend_kind: Backend) -> None:
    body = {"error": {"message": "Invalid 'metadata': too many keys.", "type": "invalid_request_error"}}
    faults.add("POST", CREATE_THREAD, 400, body=body)
    error = _create_thread_error(backend_kind, local_api.base_url)
    assert isinstance(error, BadRequest)
    assert str(error) == _with_request_id(
        "The server rejected the request (400): Invalid 'metadata': too many keys. Check the assistant's "
        "settings (model, tools, files), then try again.",
        error,
    )


def test_unprocessable_is_a_bad_request(local_api: Any, faults: Any, backend_kind: Backend) -> None:
    faults.add("POST", CREATE_THREAD, 422, body={"error": {"message": "Unprocessable entity"}})
    error = _create_thread_error(backend_kind, local_api.base_url)
    assert isinstance(error, BadRequest) and error.status_code == 422
    assert str(error) == _with_request_id(
        "The server rejected the request (422): Unprocessable entity. Check the assistant's settings "
        "(model, tools, files), then try again.",
        error,
    )


def test_permission_denied(local_api: Any, faults: Any, backend_kind: Backend) -> None:
    faults.add("POST", CREATE_THREAD, 403)
    error = _create_thread_error(backend_kind, local_api.base_url)
    assert isinstance(error, PermissionDenied)
    assert str(error) == _with_request_id(
        "The API key is not allowed to do this (403): You are not allowed to sample from this model. "
        "Check the key's project and organization.",
        error,
    )


def test_not_found_names_the_thing(with_backend: Any, backend_kind: Backend) -> None:
    missing = "conv_0000" if backend_kind is Backend.RESPONSES else "thread_0000"

    async def scenario(backend: Any) -> None:
        with pytest.raises(NotFound) as err:
            await backend.load_history(missing)
        thing = "conversation" if backend_kind is Backend.RESPONSES else "thread"
        assert str(err.value) == _with_request_id(
            f"The {thing} was not found on the server (404). It may have been deleted there; check that "
            "the profile points at the server that holds it.",
            err.value,
        )

    with_backend(scenario)


def test_unknown_model_says_so(with_backend: Any) -> None:
    definition = assistant(model="gpt-nonexistent")

    async def scenario(backend: Any) -> None:
        thread_id = await backend.create_thread(definition)
        with pytest.raises(NotFound) as err:
            await collect(backend.stream_reply(thread_id, definition, "hello"))
        assert str(err.value).startswith("The model is not available to this key (")
        assert "Choose another model for the assistant." in str(err.value)
        assert "gpt-nonexistent" in str(err.value)

    with_backend(scenario)


def test_wrong_key_is_rejected_and_never_shown(
    backend_kind: Backend, caplog: pytest.LogCaptureFixture
) -> None:
    from belugadesk.localapi import LocalApiConfig, LocalApiServer

    caplog.set_level(logging.DEBUG)
    with LocalApiServer(LocalApiConfig(api_key="sk-" + "the-right-key-0123456789abcdef")) as server:
        error = _create_thread_error(backend_kind, server.base_url, api_key=FAKE_KEY)
    assert isinstance(error, AuthenticationFailed) and error.status_code == 401
    assert str(error) == _with_request_id(
        "The API key was rejected (401). Check the key in Settings → Profiles.", error
    )
    assert caplog.records, "nothing was logged at DEBUG: the check below would prove nothing"
    for text in (str(error), repr(error), caplog.text, *(str(a) for a in error.args)):
        assert FAKE_KEY not in text and "FAKE-KEY" not in text


def test_connection_refused(backend_kind: Backend) -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there now
    error = _create_thread_error(backend_kind, f"http://127.0.0.1:{port}/v1")
    assert isinstance(error, ConnectionFailed)
    assert str(error) == (
        f"Could not reach 127.0.0.1:{port}. Check your network connection and the profile's base URL."
    )


def test_timeout_mid_stream_ends_the_run(backend_kind: Backend) -> None:
    from belugadesk.localapi import LocalApiConfig, LocalApiServer

    definition = assistant(tools=())

    async def scenario(base_url: str) -> list[Any]:
        backend = make_backend(backend_kind, base_url, timeout=0.4)
        try:
            thread_id = await backend.create_thread(definition)
            events = await collect(backend.stream_reply(thread_id, definition, "hello"))
            if backend_kind is Backend.ASSISTANTS:
                # the broken stream's run was cancelled, so it does not keep the thread busy
                client = openai.AsyncOpenAI(base_url=base_url, api_key="sk-test")
                status = ""

                async def settled() -> bool:  # the run settles at its next delta (1.5 s here)
                    nonlocal status
                    with warnings.catch_warnings():
                        warnings.simplefilter("ignore", DeprecationWarning)
                        run = await client.beta.threads.runs.retrieve(events[0].run_ref, thread_id=thread_id)
                    status = run.status
                    return status in ("cancelled", "completed", "failed", "expired", "incomplete")

                await eventually(settled, "the broken stream's run settled")
                await client.close()
                assert status == "cancelled"
            return events
        finally:
            await backend.aclose()

    with LocalApiServer(LocalApiConfig(delta_delay_s=1.5)) as server:
        events = asyncio.run(scenario(server.base_url))
    (error,) = of_kind(events, "error")
    assert error.message.startswith("The server stopped sending the reply")
    assert events[-1].status is RunStatus.FAILED


def test_timeout_before_an_answer(backend_kind: Backend) -> None:
    """A listening socket that never answers: the request times out."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(1)
    try:
        error = _create_thread_error(
            backend_kind, f"http://127.0.0.1:{sock.getsockname()[1]}/v1", timeout=0.3
        )
    finally:
        sock.close()
    assert isinstance(error, TimedOut)
    assert str(error) == (
        "The server did not answer in time. Check your connection, or raise the request timeout in "
        "Settings → Profiles."
    )


def test_redact_removes_key_shaped_strings_from_quoted_messages() -> None:
    from belugadesk.domain.redaction import REDACTED, redact

    text = f"Incorrect API key provided: {FAKE_KEY}; header was Bearer {FAKE_KEY}"
    cleaned = redact(text)
    assert FAKE_KEY not in cleaned and "FAKE" not in cleaned and cleaned.count(REDACTED) == 2


def test_a_refused_reply_leaves_no_stray_message(with_backend: Any, faults: Any) -> None:
    definition = assistant(tools=())

    async def scenario(backend: Any) -> None:
        thread_id = await backend.create_thread(definition)
        await backend.sync_assistant(definition)
        faults.add("POST", r"^/v1/(responses|threads/[^/]+/runs)$", 429, headers={"retry-after": "1"})
        with pytest.raises(RateLimited):
            await collect(backend.stream_reply(thread_id, definition, "hello"))
        assert (await backend.load_history(thread_id)).messages == ()
        events = await collect(backend.stream_reply(thread_id, definition, "hello"))  # the retry
        assert events[-1].status is RunStatus.COMPLETED
        history = (await backend.load_history(thread_id)).messages
        assert [m.text for m in history][:1] == ["hello"] and len(history) == 2

    with_backend(scenario)
