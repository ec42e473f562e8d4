"""The demo's local API service: one server however many ask at once, stopped on close, even when the
caller that started it gave up while it started."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
from pathlib import Path

import pytest

from belugadesk.services.demo_server import DemoServer


def test_the_demo_server_is_started_once_and_stopped(tmp_path: Path) -> None:
    async def twice() -> tuple[str, str, str]:
        demo = DemoServer(tmp_path / "demo.sqlite3")
        first, second = await asyncio.gather(demo.base_url(), demo.base_url())
        await demo.aclose()
        again = await demo.base_url()  # a stopped server starts again when asked for
        await demo.aclose()
        return first, second, again

    first, second, again = asyncio.run(twice())
    assert first == second, "two callers at once share one server"
    port = int(first.split(":")[2].split("/")[0])
    with pytest.raises(ConnectionRefusedError):  # stopped: nothing listens there any more
        socket.create_connection(("127.0.0.1", port), timeout=5).close()
    assert again.startswith("http://127.0.0.1:")


def test_a_demo_server_whose_caller_gave_up_while_it_started_is_still_stopped() -> None:
    def server_threads() -> set[threading.Thread]:
        return {t for t in threading.enumerate() if t.name.startswith("localapi-")}

    before = server_threads()

    async def cancel_then_close() -> None:
        demo = DemoServer(None)
        asking = asyncio.ensure_future(demo.base_url())
        await asyncio.sleep(0)  # the start is under way on a worker thread
        asking.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await asking
        await demo.aclose()

    asyncio.run(cancel_then_close())
    assert server_threads() == before, "the server started for the cancelled caller is still running"
