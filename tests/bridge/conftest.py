"""Fixtures for bridge tests: each backend over the real ``openai.AsyncOpenAI`` against the local API.

Tests are plain functions that drive their coroutine with ``asyncio.run`` (no pytest-asyncio): every test
gets a fresh loop and a fresh client, so nothing leaks between tests.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import pytest

from belugadesk.domain.models import Backend

PROFILE_ID = "profile-test"
BACKENDS = [Backend.RESPONSES, Backend.ASSISTANTS]


def make_backend(
    kind: Backend, base_url: str, *, api_key: str = "sk-test", timeout: float = 10.0, retries: int = 0
) -> Any:
    """A backend over a real ``AsyncOpenAI`` pointed at ``base_url`` (no retries unless asked)."""
    from pydantic import SecretStr

    from belugadesk.bridge.factory import build_backend
    from belugadesk.domain.models import ConnectionConfig

    config = ConnectionConfig(
        base_url=base_url, api_key=SecretStr(api_key), timeout_s=timeout, max_retries=retries, backend=kind
    )
    return build_backend(config, profile_id=PROFILE_ID)


@pytest.fixture(params=BACKENDS, ids=[b.value for b in BACKENDS])
def backend_kind(request: pytest.FixtureRequest) -> Backend:
    return request.param  # type: ignore[no-any-return]


@pytest.fixture
def with_backend(local_api: Any, backend_kind: Backend) -> Callable[[Callable[[Any], Awaitable[Any]]], Any]:
    """``with_backend(async fn(backend))`` runs ``fn`` on a fresh loop with a fresh backend."""
    import asyncio

    def run(fn: Callable[[Any], Awaitable[Any]]) -> Any:
        async def main() -> Any:
            backend = make_backend(backend_kind, local_api.base_url)
            try:
                return await fn(backend)
            finally:
                await backend.aclose()

        return asyncio.run(main())

    return run


@pytest.fixture
def slow_api() -> Iterator[Any]:
    """A local API that pauses between streamed deltas, so a reply can be cancelled mid-stream."""
    from belugadesk.localapi import LocalApiConfig, LocalApiServer

    server = LocalApiServer(LocalApiConfig(delta_delay_s=0.02))
    server.start()
    try:
        yield server
    finally:
        server.stop()
