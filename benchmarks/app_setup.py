"""The app side of the in-process benchmarks: the local API server, a real SQLite store, a session and
fresh chat views, all on the qasync loop the app uses."""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("BELUGADESK_HOME", tempfile.mkdtemp(prefix="belugadesk-bench-"))

from PySide6.QtWidgets import QApplication

from belugadesk.domain.models import AssistantDefinition, Backend, ConnectionConfig
from benchmarks.harness import pump

if TYPE_CHECKING:
    from belugadesk.domain.backend import ConversationBackend
    from belugadesk.localapi import LocalApiServer
    from belugadesk.store import AsyncStore
    from belugadesk.viewmodels.chat.chat_vm import ChatViewModel
    from belugadesk.viewmodels.session import Session
    from belugadesk.views.chat.chat_view import ChatView

WIDTH, HEIGHT = 1000, 800
MODEL = "gpt-4.1-mini"
API_KEY = "sk-bench"
T = TypeVar("T")


class AppSide:
    """What every app-side measurement needs; :meth:`chat` makes a fresh, shown and painted chat view."""

    def __init__(self, server: LocalApiServer, store: AsyncStore, session: Session, folder: Path):
        self.server = server
        self.store = store
        self.session = session
        self.folder = folder
        self.assistant = AssistantDefinition(id="bench", name="Bench", model=MODEL)
        self._views: list[ChatView] = []

    @property
    def db_path(self) -> Path:
        return self.folder / "bench.sqlite3"

    async def backend(self) -> ConversationBackend:
        return await self.session.backend()

    def chat(self) -> tuple[ChatViewModel, ChatView]:
        from belugadesk.viewmodels.chat.chat_vm import ChatViewModel
        from belugadesk.views.chat.chat_view import ChatView

        self.close_views()
        vm = ChatViewModel(self.session)
        vm.set_assistant(self.assistant)
        view = ChatView(vm)
        view.resize(WIDTH, HEIGHT)
        view.show()
        view.repaint()
        pump(0.05)
        self._views.append(view)
        return vm, view

    def close_views(self) -> None:
        while self._views:
            view = self._views.pop()
            view.close()
            view.deleteLater()
        pump()


async def open_app_side() -> AppSide:
    from belugadesk.app.after_paint import freeze_when_done, warm_renderer
    from belugadesk.bridge.factory import build_backend
    from belugadesk.localapi import LocalApiConfig, LocalApiServer
    from belugadesk.store import AsyncStore
    from belugadesk.viewmodels.session import Session

    server = LocalApiServer(LocalApiConfig()).start()
    folder = Path(tempfile.mkdtemp(prefix="belugadesk-bench-db-"))
    store = await AsyncStore.open(folder / "bench.sqlite3")

    async def factory() -> ConversationBackend:
        return build_backend(ConnectionConfig(base_url=server.base_url, api_key=API_KEY), profile_id="bench")

    session = Session(
        store, factory, profile_id="bench", profile_name="Bench", backend_kind=Backend.RESPONSES
    )
    side = AppSide(server, store, session, folder)
    await store.run(lambda s: s.assistants.save(side.assistant))
    # what the app loads after its first paint, then the heap frozen, as the app does (app.after_paint)
    loads = [
        asyncio.ensure_future(session.backend()),
        asyncio.ensure_future(asyncio.to_thread(warm_renderer)),
    ]
    await freeze_when_done(loads)
    return side


async def close_app_side(side: AppSide) -> None:
    side.close_views()
    await side.session.aclose()
    await side.store.close()
    side.server.stop()


def run_on_qasync(main: Callable[[AppSide], Awaitable[T]]) -> T:
    """Run ``main(app_side)`` on a qasync loop over a QApplication, as the app runs."""
    import qasync

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)

    async def body() -> T:
        side = await open_app_side()
        try:
            return await main(side)
        finally:
            await close_app_side(side)

    with loop:
        return loop.run_until_complete(body())
