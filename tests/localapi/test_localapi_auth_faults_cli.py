"""API-key checks, fault injection, request validation errors, and the serve-local-api command."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
from pathlib import Path

import openai
import pytest
from localapi_support import API_KEY

from belugadesk.localapi import LocalApiConfig, LocalApiServer
from belugadesk.localapi.auth import mask_key

ROOT = Path(__file__).resolve().parents[2]


def test_wrong_key_gets_openai_401_without_echoing_the_key(server: LocalApiServer) -> None:
    wrong = "sk-" + "wrong-key-1234567890abcdefXYZ"
    with (
        openai.OpenAI(base_url=server.base_url, api_key=wrong, max_retries=0) as bad,
        pytest.raises(openai.AuthenticationError) as err,
    ):
        bad.models.list()
    body = err.value.body
    assert (
        isinstance(body, dict)
        and body["code"] == "invalid_api_key"
        and body["type"] == "invalid_request_error"
    )
    assert body["param"] is None
    assert wrong not in body["message"] and "sk-" in body["message"] and "XYZ" in body["message"]
    assert body["message"].startswith("Incorrect API key provided: ")
    assert body["message"].endswith(
        "You can find your API key at https://platform.openai.com/account/api-keys."
    )


def test_mask_key_hides_the_middle_and_short_keys() -> None:
    assert mask_key("sk-" + "abcdefghijklmnopxyz") == "sk-" + "*" * 16 + "xyz"
    assert mask_key("short") == "*****"


def test_missing_key_is_rejected(server: LocalApiServer) -> None:
    import httpx2

    reply = httpx2.get(server.base_url + "/models")
    assert reply.status_code == 401 and "didn't provide an API key" in reply.json()["error"]["message"]


def test_rate_limit_fault_with_retry_after_is_retried_by_the_sdk(server: LocalApiServer) -> None:
    server.faults.add("GET", r"/v1/models$", 429, headers={"retry-after": "0"}, times=2)
    with openai.OpenAI(base_url=server.base_url, api_key=API_KEY, max_retries=2) as c:
        assert len(c.models.list().data) > 0
    assert server.faults.pending == 0


def test_fault_bodies_map_to_sdk_errors(client: openai.OpenAI, server: LocalApiServer) -> None:
    server.faults.add("POST", r"/v1/responses$", 500)
    with pytest.raises(openai.InternalServerError) as err500:
        client.responses.create(model="gpt-4.1", input="hi")
    assert err500.value.body["type"] == "server_error"  # type: ignore[index]
    server.faults.add("POST", r"/v1/responses$", 429, headers={"retry-after": "7"})
    with pytest.raises(openai.RateLimitError) as err429:
        client.responses.create(model="gpt-4.1", input="hi")
    assert err429.value.response.headers["retry-after"] == "7"
    conv = client.conversations.create()
    server.faults.add("DELETE", rf"/v1/conversations/{conv.id}$", 500)
    with pytest.raises(openai.InternalServerError):
        client.conversations.delete(conv.id)
    assert client.conversations.retrieve(conv.id).id == conv.id  # the failed delete removed nothing
    custom = {"error": {"message": "Nope.", "type": "invalid_request_error", "param": "input", "code": "x"}}
    server.faults.add("POST", r"/v1/responses$", 400, body=custom)
    with pytest.raises(openai.BadRequestError) as err400:
        client.responses.create(model="gpt-4.1", input="hi")
    assert err400.value.body == custom["error"] and (err400.value.param, err400.value.code) == ("input", "x")
    assert client.responses.create(model="gpt-4.1", input="hi").status == "completed"


@pytest.mark.parametrize(
    ("body", "param", "code"),
    [
        ({"input": "hi"}, "model", "missing_required_parameter"),
        ({"model": "gpt-4.1", "input": "hi", "temperature": "warm"}, "temperature", "invalid_type"),
        ({"model": "gpt-4.1", "input": "hi", "temperature": 3}, "temperature", "decimal_above_max_value"),
        ({"model": "gpt-4.1", "input": 5}, "input", "invalid_type"),
        (
            {"model": "gpt-4.1", "input": [{"role": "user", "content": [{"type": "input_text"}]}]},
            "input[0].content[0].text",
            "missing_required_parameter",
        ),
        ({"model": "gpt-4.1", "input": [{"role": "bot", "content": "x"}]}, "input[0].role", "invalid_value"),
        ({"model": "gpt-5-nonexistent", "input": "x"}, "model", "model_not_found"),
        ({"model": "gpt-4.1", "input": "hi", "tools": [{"type": "function"}]}, "tools[0].name", None),
    ],
)
def test_responses_request_validation(
    client: openai.OpenAI, body: dict[str, object], param: str, code: str
) -> None:
    with pytest.raises(openai.BadRequestError) as err:
        client.post("/responses", body=body, cast_to=object)
    assert err.value.param == param
    if code:
        assert err.value.code == code
    assert set(err.value.body) == {"message", "type", "param", "code"}  # type: ignore[arg-type]


def test_unknown_ids_and_routes_get_openai_404(client: openai.OpenAI) -> None:
    with pytest.raises(openai.NotFoundError) as err:
        client.responses.retrieve("resp_missing")
    assert err.value.body == {  # type: ignore[comparison-overlap]
        "message": "No response found with id 'resp_missing'.",
        "type": "invalid_request_error",
        "param": None,
        "code": None,
    }
    with pytest.raises(openai.NotFoundError) as route:
        client.get("/nothing-here", cast_to=object)
    assert "Invalid URL" in route.value.message


def test_state_persists_in_sqlite_file(tmp_path: Path) -> None:
    db = tmp_path / "state.sqlite3"
    with (
        LocalApiServer(LocalApiConfig(db_path=db)) as first,
        openai.OpenAI(base_url=first.base_url, api_key="any", max_retries=0) as c,
    ):
        conv_id = c.conversations.create(metadata={"kept": "yes"}).id
    with (
        LocalApiServer(LocalApiConfig(db_path=db)) as second,
        openai.OpenAI(base_url=second.base_url, api_key="any", max_retries=0) as c2,
    ):
        assert c2.conversations.retrieve(conv_id).metadata == {"kept": "yes"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _cli(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    code = "import sys; from belugadesk.localapi.cli import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_cli_serves_until_sigint() -> None:
    port = _free_port()
    proc = _cli("--port", str(port), "--api-key", "cli-key-0123456789")
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.strip() == f"Local API listening at http://127.0.0.1:{port}/v1"
        with openai.OpenAI(base_url=f"http://127.0.0.1:{port}/v1", api_key="cli-key-0123456789") as c:
            assert "gpt-4.1" in [m.id for m in c.models.list()]
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=10) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_cli_refuses_remote_bind_without_key() -> None:
    proc = _cli("--host", "0.0.0.0")
    _, err = proc.communicate(timeout=20)
    assert proc.returncode == 2 and "--allow-remote" in err and "--api-key" in err
    proc = _cli("--host", "0.0.0.0", "--allow-remote")
    _, err = proc.communicate(timeout=20)
    assert proc.returncode == 2


def test_server_stop_leaves_no_thread_or_socket() -> None:
    srv = LocalApiServer().start()
    port = srv.port
    srv.stop()
    with socket.socket() as s:
        assert s.connect_ex(("127.0.0.1", port)) != 0
    assert not any(t.name == f"localapi-{port}" for t in threading.enumerate())
