"""Azure OpenAI's clients: a dated api-version goes through ``AsyncAzureOpenAI`` (the SDK puts the deployment
in the path and ``api-version`` in the query); the v1 API ("v1", "preview") is OpenAI's own shape under
``/openai/v1``. Azure cannot be reached from the tests: the clients' addresses are checked."""

from __future__ import annotations

import asyncio

import openai
from pydantic import SecretStr

from belugadesk.bridge.client import make_async_client
from belugadesk.domain.models import ConnectionConfig

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
