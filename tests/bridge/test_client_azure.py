"""Azure OpenAI's clients: a dated api-version goes through ``AsyncAzureOpenAI`` (the SDK puts the deployment
in the path and ``api-version`` in the query); the v1 API ("v1", "preview") is OpenAI's own shape under
``/openai/v1``. Azure cannot be reached from the tests: the clients' addresses are checked."""

from __future__ import annotations

import asyncio
import http.server
import json
import threading
from collections.abc import Iterator
from typing import Any, ClassVar

import openai
import pytest
from pydantic import SecretStr

from belugadesk.bridge.client import make_async_client
from belugadesk.domain.models import Backend, ConnectionConfig
from belugadesk.settings import Profile

ENDPOINT = "https://my-resource.openai.azure.com"


def client_for(api_version: str) -> openai.AsyncOpenAI:
    config = ConnectionConfig(
        azure_endpoint=ENDPOINT, azure_api_version=api_version, api_key=SecretStr("k-1")
    )
    return make_async_client(config)


def address(client: openai.AsyncOpenAI) -> tuple[str, dict[str, object]]:
    try:
        return str(client.base_url), client.default_query
    finally:
        asyncio.run(client.close())


def test_a_dated_api_version_uses_the_azure_client() -> None:
    client = client_for("2024-10-21")
    assert isinstance(client, openai.AsyncAzureOpenAI)
    assert address(client) == (f"{ENDPOINT}/openai/", {"api-version": "2024-10-21"})


def test_the_v1_api_is_openais_shape_under_openai_v1() -> None:
    v1 = client_for("v1")
    assert not isinstance(v1, openai.AsyncAzureOpenAI)
    assert address(v1) == (f"{ENDPOINT}/openai/v1/", {})
    assert address(client_for("preview")) == (f"{ENDPOINT}/openai/v1/", {"api-version": "preview"})


class Recorder(http.server.BaseHTTPRequestHandler):
    """Plays Azure: records each request's path and JSON body, answers a minimal chat completion."""

    seen: ClassVar[list[tuple[str, dict[str, Any]]]] = []

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.seen.append((self.path, body))
        answer = json.dumps(
            {
                "id": "chatcmpl-1",
                "object": "chat.completion",
                "created": 0,
                "model": body["model"],
                "choices": [],
            }
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def azure_like() -> Iterator[str]:
    Recorder.seen.clear()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize(
    ("api_version", "path"),
    [
        ("2024-10-21", "/openai/deployments/prod-4o/chat/completions?api-version=2024-10-21"),
        ("v1", "/openai/v1/chat/completions"),
    ],
)
def test_the_profiles_deployment_is_sent_for_its_model(azure_like: str, api_version: str, path: str) -> None:
    profile = Profile(
        name="Azure",
        kind="azure",
        azure_endpoint="https://placeholder.openai.azure.com",
        api_version=api_version,
        backend=Backend.CHAT_COMPLETIONS,
        deployments={"gpt-4o": "prod-4o"},
    )
    # the profile is https-only; the recorder listens on loopback http
    config = profile.connection_config(SecretStr("k-1")).model_copy(update={"azure_endpoint": azure_like})

    async def ask(model: str) -> None:
        client = make_async_client(config)
        try:
            await client.chat.completions.create(model=model, messages=[{"role": "user", "content": "hi"}])
        finally:
            await client.close()

    asyncio.run(ask("gpt-4o"))
    asyncio.run(ask("gpt-4.1"))
    [(sent_path, sent), (_, other)] = Recorder.seen
    assert sent_path == path and sent["model"] == "prod-4o"
    assert other["model"] == "gpt-4.1", "a model without a deployment is sent as it is"
