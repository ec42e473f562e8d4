"""Fixtures for the assistant view-model and view tests: a real store file, a session on the local API.

Named ``test_…`` to sit with the files this feature owns; it holds fixtures and helpers, no tests. Import
``store_fixture, session_fixture`` to use the ``store`` and ``session`` fixtures.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr

from belugadesk.domain.models import Backend, ConnectionConfig
from belugadesk.store import AsyncStore
from belugadesk.viewmodels.session import Session
from tests.support import run_coro


@pytest.fixture(name="store")
def store_fixture(qtbot: Any, loop: Any, tmp_path: Path) -> Iterator[AsyncStore]:
    opened = run_coro(qtbot, AsyncStore.open(tmp_path / "assistants.sqlite3"))
    yield opened
    run_coro(qtbot, opened.close())


def make_session(
    store: AsyncStore,
    base_url: str,
    *,
    backend: Backend = Backend.RESPONSES,
    profile_id: str = "profile-1",
) -> Session:
    """A session whose backend is built by ``bridge.factory`` over the real SDK against ``base_url``."""

    async def factory() -> Any:
        from belugadesk.bridge.factory import build_backend

        config = ConnectionConfig(
            base_url=base_url, api_key=SecretStr("sk-test"), backend=backend, max_retries=0
        )
        return build_backend(config, profile_id=profile_id)

    return Session(store, factory, profile_id=profile_id, profile_name="Test profile", backend_kind=backend)


@pytest.fixture(name="session")
def session_fixture(qtbot: Any, store: AsyncStore, local_api: Any) -> Iterator[Session]:
    made = make_session(store, local_api.base_url)
    yield made
    run_coro(qtbot, made.aclose())
