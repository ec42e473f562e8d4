"""The session builds the active profile's backend once, however many callers ask at the same time, and a
profile switch during a build closes what that build made (real SDK over loopback HTTP to the local API)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import keyring.backends.fail

from belugadesk.credentials import ApiKeys
from belugadesk.domain.backend import ConversationBackend
from belugadesk.services.connections import Connections
from belugadesk.services.demo_server import DemoServer
from belugadesk.settings import Profile
from belugadesk.store import AsyncStore
from belugadesk.viewmodels.session import Session
from tests.support import run_coro


def profile_for(server: Any, name: str) -> Profile:
    return Profile(name=name, kind="compatible", base_url=server.base_url, max_retries=0)


class CountingFactory:
    """The app's backend factory for ``profile`` (the real one), counting the backends it built."""

    def __init__(self, profile: Profile):
        keys = ApiKeys(keyring.backends.fail.Keyring(), environ={"OPENAI_API_KEY": "sk-session-test"})
        self._build: Callable[[], Awaitable[ConversationBackend]] = Connections(
            keys, DemoServer(None)
        ).factory_for(profile)
        self.built: list[ConversationBackend] = []

    async def __call__(self) -> ConversationBackend:
        backend = await self._build()
        self.built.append(backend)
        return backend


def open_session(qtbot: Any, tmp_path: Path, factory: CountingFactory, profile: Profile) -> Session:
    store = run_coro(qtbot, AsyncStore.open(tmp_path / "belugadesk.sqlite3"))
    return Session(
        store, factory, profile_id=profile.id, profile_name=profile.name, backend_kind=profile.backend
    )


def close(qtbot: Any, session: Session) -> None:
    run_coro(qtbot, session.aclose())
    run_coro(qtbot, session.store.close())


def is_closed(backend: ConversationBackend) -> bool:
    return bool(backend._client.is_closed())  # type: ignore[attr-defined]


def test_concurrent_calls_build_one_backend(qtbot: Any, loop: Any, tmp_path: Path, local_api: Any) -> None:
    profile = profile_for(local_api, "Local")
    factory = CountingFactory(profile)
    session = open_session(qtbot, tmp_path, factory, profile)
    first, second = run_coro(qtbot, asyncio.gather(session.backend(), session.backend()), timeout=20_000)
    assert first is second
    assert len(factory.built) == 1, "a second backend was built and would never be closed"
    assert run_coro(qtbot, session.backend()) is first
    close(qtbot, session)
    assert is_closed(first)


def test_a_switch_during_a_build_closes_that_backend_and_uses_the_new_profile(
    qtbot: Any, loop: Any, tmp_path: Path, local_api: Any
) -> None:
    old_profile, new_profile = profile_for(local_api, "Old"), profile_for(local_api, "New")
    old, new = CountingFactory(old_profile), CountingFactory(new_profile)
    session = open_session(qtbot, tmp_path, old, old_profile)

    async def build_then_switch() -> ConversationBackend:
        building = asyncio.ensure_future(session.backend())
        await asyncio.sleep(0)  # the build has started (it waits on a worker thread)
        await session.switch_profile(
            new, profile_id=new_profile.id, profile_name=new_profile.name, backend_kind=new_profile.backend
        )
        return await building

    built_for_old = run_coro(qtbot, build_then_switch(), timeout=20_000)
    assert old.built == [built_for_old]
    assert is_closed(built_for_old), "the backend built for the old profile was left open"
    current = run_coro(qtbot, session.backend(), timeout=20_000)
    assert new.built == [current] and current is not built_for_old
    assert session.profile_name == "New"
    close(qtbot, session)
