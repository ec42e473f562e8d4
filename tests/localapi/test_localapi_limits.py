"""Request-size limits and content types, answered as OpenAI does (413 / 400 with its error body)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx2
import openai
import pytest
from localapi_support import API_KEY

from belugadesk.localapi import LocalApiConfig, LocalApiServer

MODEL = "gpt-4.1-mini"
JSON_LIMIT = 4_000
UPLOAD_LIMIT = 64_000


@pytest.fixture(scope="module")
def small_server() -> Iterator[LocalApiServer]:
    config = LocalApiConfig(api_key=API_KEY, max_json_bytes=JSON_LIMIT, max_upload_bytes=UPLOAD_LIMIT)
    with LocalApiServer(config) as srv:
        yield srv


@pytest.fixture
def small_client(small_server: LocalApiServer) -> Iterator[openai.OpenAI]:
    with openai.OpenAI(base_url=small_server.base_url, api_key=API_KEY, max_retries=0) as c:
        yield c


def test_defaults_allow_openai_sized_uploads_and_payloads() -> None:
    config = LocalApiConfig()
    assert config.max_upload_bytes > 512 * 1024 * 1024  # one file as large as OpenAI takes
    assert config.max_json_bytes == 50 * 1024 * 1024  # OpenAI's payload limit per request


def test_a_json_body_over_the_limit_gets_413_in_openais_shape(small_client: openai.OpenAI) -> None:
    with pytest.raises(openai.APIStatusError) as caught:
        small_client.responses.create(model=MODEL, input="x" * (JSON_LIMIT + 1))
    assert caught.value.status_code == 413
    body = caught.value.body
    assert isinstance(body, dict)
    assert body["type"] == "invalid_request_error" and body["code"] == "request_too_large"
    assert str(JSON_LIMIT) in body["message"]
    small_client.responses.create(model=MODEL, input="a question that fits")  # the server is fine


def test_a_chunked_body_over_the_limit_is_refused_as_it_arrives(small_server: LocalApiServer) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"model": "' + MODEL.encode() + b'", "input": "'
        for _ in range(JSON_LIMIT // 100 + 1):
            yield b"x" * 100
        yield b'"}'

    headers = {"Authorization": f"Bearer {API_KEY}", "Content-Type": "application/json"}
    reply = httpx2.post(f"{small_server.base_url}/responses", content=chunks(), headers=headers)
    assert reply.status_code == 413
    assert reply.json()["error"]["code"] == "request_too_large"


def test_uploads_use_the_larger_upload_limit(small_client: openai.OpenAI, tmp_path: Path) -> None:
    fits = tmp_path / "fits.txt"
    fits.write_bytes(b"y" * (JSON_LIMIT * 4))  # over the JSON limit, under the upload limit
    assert small_client.files.create(file=fits, purpose="assistants").bytes == JSON_LIMIT * 4
    too_big = tmp_path / "too-big.txt"
    too_big.write_bytes(b"y" * (UPLOAD_LIMIT + 1))
    with pytest.raises(openai.APIStatusError) as caught:
        small_client.files.create(file=too_big, purpose="assistants")
    assert caught.value.status_code == 413


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", None])
def test_json_sent_with_another_content_type_is_refused(
    server: LocalApiServer, content_type: str | None
) -> None:
    headers = {"Authorization": f"Bearer {API_KEY}"}
    if content_type is not None:
        headers["Content-Type"] = content_type
    body = b'{"model": "' + MODEL.encode() + b'", "input": "hi"}'
    reply = httpx2.post(f"{server.base_url}/responses", content=body, headers=headers)
    assert reply.status_code == 400
    error = reply.json()["error"]
    assert error["type"] == "invalid_request_error" and error["code"] == "unsupported_content_type"
    assert "application/json" in error["message"]


def test_json_with_a_charset_is_accepted(server: LocalApiServer) -> None:
    headers = {"Authorization": f"Bearer {API_KEY}", "Content-Type": "application/json; charset=utf-8"}
    body = b'{"model": "' + MODEL.encode() + b'", "input": "hi"}'
    reply = httpx2.post(f"{server.base_url}/responses", content=body, headers=headers)
    assert reply.status_code == 200, reply.text
