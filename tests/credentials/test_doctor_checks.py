"""doctor checks: folders, keyring, and the endpoint check against a real loopback HTTP server."""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import keyring.backends.fail
import pytest
from pydantic import SecretStr

from belugadesk.credentials import KeyLookup
from belugadesk.doctor_checks import (
    CheckResult,
    check_data_dir_writable,
    check_endpoint,
    check_keyring,
    models_request,
)
from belugadesk.settings import AppPaths, Profile, demo_profile
from tests.credentials.helpers import fake_key

pytest_plugins = ["tests.secret_service"]

GOOD_KEY = fake_key()


class ModelsHandler(BaseHTTPRequestHandler):
    """A tiny OpenAI-ish server: GET /v1/models with the right key lists two models."""

    seen: ClassVar[list[dict[str, str]]] = []

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass

    def _send(self, code: int, body: object) -> None:
        data = json.dumps(body).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up (timeout test)
            self.wfile.write(data)

    def do_GET(self) -> None:
        ModelsHandler.seen.append({"path": self.path, **{k.lower(): v for k, v in self.headers.items()}})
        auth = self.headers.get("Authorization", "")
        if self.path.startswith("/slow/"):
            time.sleep(1.5)
        if self.path.startswith("/boom/"):
            self._send(503, {"error": {"message": "overloaded"}})
        elif self.path.startswith("/html/"):
            data = b"<html>hello</html>"
            self.send_response(200)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        elif not self.path.endswith("/v1/models"):
            self._send(404, {"error": {"message": "not found"}})
        elif auth != f"Bearer {GOOD_KEY}":
            # like some servers, echo what was received: the check must not pass it on
            self._send(401, {"error": {"message": f"Incorrect API key provided: {auth}"}})
        else:
            self._send(200, {"object": "list", "data": [{"id": "gpt-4o"}, {"id": "gpt-4o-mini"}]})


@pytest.fixture
def server(monkeypatch) -> Iterator[str]:
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(var, raising=False)
    ModelsHandler.seen = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), ModelsHandler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


def compatible(base_url: str, **extra: object) -> Profile:
    return Profile.model_validate({"name": "Local", "kind": "compatible", "base_url": base_url, **extra})


def run(profile: Profile, lookup: KeyLookup, timeout: float = 5.0, **kwargs: object) -> CheckResult:
    return asyncio.run(check_endpoint(profile, lookup, timeout, **kwargs))  # type: ignore[arg-type]


def test_endpoint_ok(server: str) -> None:
    profile = compatible(f"{server}/v1", organization="org-7", project="proj_7")
    result = run(profile, KeyLookup(SecretStr(GOOD_KEY), "keyring"))
    assert result.ok, result
    assert result.name == "Endpoint (Local)"
    assert "2 models" in result.detail and "keyring" in result.detail
    assert GOOD_KEY not in result.detail
    request = ModelsHandler.seen[-1]
    assert request["path"] == "/v1/models"
    assert request["authorization"] == f"Bearer {GOOD_KEY}"
    assert (request["openai-organization"], request["openai-project"]) == ("org-7", "proj_7")


def test_endpoint_rejects_the_key(server: str) -> None:
    wrong = fake_key()
    result = run(compatible(f"{server}/v1"), KeyLookup(SecretStr(wrong), "environment"))
    assert not result.ok
    assert "HTTP 401" in result.detail and "OPENAI_API_KEY" in result.detail
    assert wrong not in result.detail and GOOD_KEY not in result.detail


def test_endpoint_wrong_path(server: str) -> None:
    result = run(compatible(f"{server}/api"), KeyLookup(SecretStr(GOOD_KEY), "session"))
    assert not result.ok and "HTTP 404" in result.detail and "/api/models" in result.detail


def test_endpoint_server_error_and_non_json(server: str) -> None:
    lookup = KeyLookup(SecretStr(GOOD_KEY), "keyring")
    boom = run(compatible(f"{server}/boom/v1"), lookup)
    assert not boom.ok and "HTTP 503" in boom.detail
    html = run(compatible(f"{server}/html/v1"), lookup)
    assert not html.ok and "not with a model list" in html.detail


def test_endpoint_timeout(server: str) -> None:
    started = time.monotonic()
    result = run(compatible(f"{server}/slow/v1"), KeyLookup(SecretStr(GOOD_KEY), "keyring"), timeout=0.3)
    assert not result.ok and "within 0.3 s" in result.detail
    assert time.monotonic() - started < 1.4


def test_endpoint_connection_refused() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    key = fake_key()
    result = run(compatible(f"http://127.0.0.1:{port}/v1"), KeyLookup(SecretStr(key), "keyring"))
    assert not result.ok
    assert result.detail.startswith(f"Could not connect to 127.0.0.1:{port}")
    assert key not in result.detail


def test_endpoint_without_a_key_does_not_call() -> None:
    result = run(compatible("http://127.0.0.1:9/v1"), KeyLookup(None, "none"))
    assert not result.ok and "No API key" in result.detail


def test_demo_endpoint_uses_the_run_time_address(server: str) -> None:
    result = run(demo_profile(), KeyLookup(None, "none"), base_url=f"{server}/v1")
    assert not result.ok and "HTTP 401" in result.detail  # the server only knows GOOD_KEY
    assert ModelsHandler.seen[-1]["authorization"].startswith("Bearer ")
    ok = run(demo_profile(), KeyLookup(SecretStr(GOOD_KEY), "session"), base_url=f"{server}/v1")
    assert ok.ok
    missing = run(demo_profile(), KeyLookup(None, "none"))
    assert not missing.ok and "address" in missing.detail


@pytest.mark.parametrize(
    ("version", "url"),
    [
        ("2025-04-01-preview", "https://c.openai.azure.com/openai/models?api-version=2025-04-01-preview"),
        ("v1", "https://c.openai.azure.com/openai/v1/models"),
        ("preview", "https://c.openai.azure.com/openai/v1/models?api-version=preview"),
    ],
)
def test_azure_request(version: str, url: str) -> None:
    profile = Profile.model_validate(
        {
            "name": "Az",
            "kind": "azure",
            "azure_endpoint": "https://c.openai.azure.com",
            "api_version": version,
        }
    )
    got_url, headers = models_request(profile, "k")
    assert got_url == url
    assert headers["api-key"] == "k" and "Authorization" not in headers


def test_data_dirs_writable(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path / "home")
    result = check_data_dir_writable(paths)
    assert result.ok and str(paths.data_dir) in result.detail
    assert all(list(folder.iterdir()) == [] for folder in paths.all_dirs())  # probes cleaned up


def test_data_dirs_not_writable(tmp_path: Path) -> None:
    blocker = tmp_path / "home"
    blocker.write_text("not a folder")
    result = check_data_dir_writable(AppPaths.under(blocker))
    assert not result.ok and result.detail.startswith("Cannot write to")


def test_check_keyring_without_a_secure_keyring() -> None:
    result = check_keyring(keyring.backends.fail.Keyring())
    assert result == CheckResult("Keyring", False, result.detail)
    assert "No secure keyring" in result.detail and "GNOME Keyring" in result.detail


@pytest.mark.keyring
def test_check_keyring_with_the_real_secret_service(secret_service) -> None:
    from keyring.backends.SecretService import Keyring

    result = check_keyring(Keyring())
    assert result.ok and "Secret Service" in result.detail
