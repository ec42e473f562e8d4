"""Test connection's capability probe through the real SDK against the local API playing different servers,
and a proxy failure told apart from an endpoint failure."""

from __future__ import annotations

import asyncio
import socket
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import keyring.backends.fail
import pytest
from pydantic import SecretStr

from belugadesk.bridge.probe import _answer_of
from belugadesk.credentials import ApiKeys
from belugadesk.domain.capabilities import ApiFamily, ProbeReport
from belugadesk.domain.errors import AuthenticationFailed, ConnectionFailed
from belugadesk.domain.models import Backend
from belugadesk.localapi import LocalApiConfig, LocalApiServer
from belugadesk.localapi.app import ROUTE_GROUPS
from belugadesk.services.connections import Connections
from belugadesk.services.demo_server import DemoServer
from belugadesk.settings import Profile

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def probe(base_url: str, key: str | None = None, **extra: object) -> ProbeReport:
    profile = Profile.model_validate({"name": "Probe", "kind": "compatible", "base_url": base_url, **extra})
    connections = Connections(ApiKeys(keyring.backends.fail.Keyring(), environ={}), DemoServer(None))
    return asyncio.run(connections.test(profile, SecretStr(key) if key else None))


def served(apis: frozenset[str] | None) -> ProbeReport:
    with LocalApiServer(LocalApiConfig(apis=apis)) as server:
        return probe(server.base_url)


def test_a_full_server_speaks_everything_and_responses_is_best() -> None:
    report = served(None)
    assert report.apis[ApiFamily.MODELS] and report.apis[ApiFamily.RESPONSES]
    assert report.apis[ApiFamily.CONVERSATIONS] and report.apis[ApiFamily.ASSISTANTS]
    # the probe says what the server serves: Chat Completions exactly when the local API has that group
    assert report.apis[ApiFamily.CHAT_COMPLETIONS] is ("chat_completions" in ROUTE_GROUPS)
    assert report.best_backend is Backend.RESPONSES
    assert report.models == tuple(sorted(LocalApiConfig().models))


def test_probing_creates_nothing_on_the_server(tmp_path: Path) -> None:
    db = tmp_path / "api.sqlite3"
    with LocalApiServer(LocalApiConfig(db_path=db)) as server:
        report = probe(server.base_url)
    assert report.best_backend is Backend.RESPONSES
    with sqlite3.connect(db) as stored:
        assert stored.execute("SELECT kind, id FROM objects").fetchall() == []


def test_a_server_with_responses_but_no_conversations_gets_assistants() -> None:
    report = served(frozenset({"models", "responses", "assistants"}))
    assert report.apis[ApiFamily.RESPONSES] is True and report.apis[ApiFamily.CONVERSATIONS] is False
    assert report.best_backend is Backend.ASSISTANTS


def test_a_server_without_models_or_assistants() -> None:
    report = served(frozenset({"responses", "conversations"}))
    assert report.apis[ApiFamily.MODELS] is False and report.models == ()
    assert report.apis[ApiFamily.ASSISTANTS] is False
    assert report.best_backend is Backend.RESPONSES


def test_a_server_that_speaks_none_of_them() -> None:
    report = served(frozenset({"models", "files"}))
    assert report.best_backend is None
    assert report.summary(Backend.RESPONSES).startswith("This server speaks none of the APIs BelugaDesk uses")


def test_a_route_that_hangs_is_could_not_tell_and_the_rest_still_answers() -> None:
    with LocalApiServer(LocalApiConfig()) as server:
        server.faults.add_cut("POST", r"/v1/responses$", "hang")
        report = probe(server.base_url, timeout_s=1.0)
    assert report.apis[ApiFamily.RESPONSES] is None
    assert report.apis[ApiFamily.ASSISTANTS] is True and report.best_backend is Backend.ASSISTANTS
    assert dict(report.rows())["Responses"] == "could not tell"


def test_a_rejected_key_is_said_once_not_probed_further() -> None:
    rejected = pytest.raises(AuthenticationFailed, match=r"The API key was rejected \(401\)")
    with LocalApiServer(LocalApiConfig(api_key="sk-right-" + "1" * 24)) as server, rejected:
        probe(server.base_url, "sk-wrong-" + "0" * 24)


@pytest.mark.parametrize(
    ("status", "body", "spoken"),
    [
        (400, {"error": {"message": "Missing required parameter: 'input'."}}, True),
        (404, {"error": {"message": "Invalid URL (POST /v1/responses)"}}, False),
        (404, "404 page not found", False),  # Ollama's router for a route it lacks
        (404, {"error": {"message": "model 'belugadesk-probe' not found"}}, True),  # Ollama's chat route
        (404, {"error": {"code": "DeploymentNotFound", "message": "The API deployment ..."}}, True),  # Azure
        (200, {"error": "Unexpected endpoint or method. (POST /v1/responses)"}, False),  # LM Studio
        (200, {"object": "list", "data": []}, True),
        (405, None, False),
        (500, {"error": {"message": "boom"}}, None),
        (401, {"error": {"message": "no"}}, None),
    ],
)
def test_how_answers_are_read(status: int, body: object, spoken: bool | None) -> None:
    assert _answer_of(status, body) is spoken


def test_a_proxy_that_refuses_is_blamed_not_the_server() -> None:
    port = closed_port()
    with LocalApiServer(LocalApiConfig()) as server, pytest.raises(ConnectionFailed) as failure:
        probe(server.base_url, proxy=f"http://127.0.0.1:{port}")
    assert str(failure.value) == (
        f"The proxy 127.0.0.1:{port} refused the connection. Check the proxy field of this profile, "
        "or clear it to connect directly."
    )


@pytest.fixture
def hanging_up_proxy() -> Iterator[int]:
    """A proxy that accepts each connection and closes it at once."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.05)
    port = int(listener.getsockname()[1])
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield port
    finally:
        stop.set()
        thread.join(5)
        listener.close()


def test_a_reachable_proxy_that_fails_the_request_is_named_as_the_way(hanging_up_proxy: int) -> None:
    with pytest.raises(ConnectionFailed) as failure:
        probe("http://api.example.invalid/v1", proxy=f"http://127.0.0.1:{hanging_up_proxy}")
    text = str(failure.value)
    assert text.endswith(
        f"(The request went through the proxy 127.0.0.1:{hanging_up_proxy}, which accepts connections: "
        "the server, or the proxy's way to it, failed.)"
    ), text
    assert "refused" not in text


def test_a_server_that_refuses_behind_no_proxy_is_the_server() -> None:
    port = closed_port()
    with pytest.raises(ConnectionFailed) as failure:
        probe(f"http://127.0.0.1:{port}/v1")
    assert str(failure.value).startswith(f"Could not reach 127.0.0.1:{port}.")
    assert "proxy" not in str(failure.value)


def test_a_server_that_takes_no_key_is_never_sent_one() -> None:
    """The OPENAI_API_KEY fallback goes to OpenAI profiles only: not to Ollama, nor to any other
    third-party server (a key-checking server shows it)."""
    key = "sk-env-" + "7" * 24
    keys = ApiKeys(keyring.backends.fail.Keyring(), environ={"OPENAI_API_KEY": key})
    connections = Connections(keys, DemoServer(None))

    async def list_models(profile: Profile) -> list[str]:
        backend = await connections.backend_for(profile)
        try:
            return await backend.list_models()
        finally:
            await backend.aclose()

    with LocalApiServer(LocalApiConfig(api_key=key)) as server:
        ollama = Profile(name="Ollama", kind="compatible", preset="ollama", base_url=server.base_url)
        with pytest.raises(AuthenticationFailed):
            asyncio.run(list_models(ollama.model_copy(update={"max_retries": 0})))
        vllm = ollama.model_copy(update={"preset": "vllm", "max_retries": 0})
        with pytest.raises(AuthenticationFailed):  # a third-party server: the OpenAI key is not its key
            asyncio.run(list_models(vllm))
        openai_proxy = Profile(name="Proxy to OpenAI", kind="openai", base_url=server.base_url, max_retries=0)
        assert asyncio.run(list_models(openai_proxy)), "an OpenAI profile gets the environment's OpenAI key"
