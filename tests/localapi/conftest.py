"""A real local API over loopback HTTP, shared by the whole session, and real openai SDK clients."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import openai
import pytest

# the helper modules next to this file (localapi_support, localapi_spec) import by name in any import mode
sys.path.insert(0, str(Path(__file__).parent))

from localapi_support import API_KEY

from belugadesk.localapi import LocalApiConfig, LocalApiServer


@pytest.fixture(scope="session")
def server() -> Iterator[LocalApiServer]:
    srv = LocalApiServer(LocalApiConfig(api_key=API_KEY))
    srv.start()
    yield srv
    srv.stop()


@pytest.fixture(autouse=True)
def _no_leftover_faults(server: LocalApiServer) -> Iterator[None]:
    server.faults.clear()
    yield
    server.faults.clear()


@pytest.fixture
def client(server: LocalApiServer) -> Iterator[openai.OpenAI]:
    with openai.OpenAI(base_url=server.base_url, api_key=API_KEY, max_retries=0) as c:
        yield c


@pytest.fixture
def aclient(server: LocalApiServer) -> openai.AsyncOpenAI:
    return openai.AsyncOpenAI(base_url=server.base_url, api_key=API_KEY, max_retries=0)
