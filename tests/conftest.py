"""Fixtures shared by every test: an isolated app home, a qasync loop under pytest-qt, the local API."""

from __future__ import annotations

import asyncio
import gc
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings as hypothesis_settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Property tests are judged on their examples, not their speed: on a busy two-core machine one example can
# take longer than Hypothesis's default 200 ms deadline.
hypothesis_settings.register_profile("belugadesk", deadline=None)
# CI: the same examples on every run (a failure there is a regression, not a lucky draw); locally: fresh ones
hypothesis_settings.register_profile("belugadesk-ci", deadline=None, derandomize=True)
hypothesis_settings.load_profile("belugadesk-ci" if os.environ.get("CI") else "belugadesk")

pytest_plugins = ["tests.secret_service"]


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own BELUGADESK_HOME (config, data, cache, logs) and no key from the environment."""
    home = tmp_path / "belugadesk-home"
    monkeypatch.setenv("BELUGADESK_HOME", str(home))
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    return home


@pytest.fixture(autouse=True)
def collect_garbage_on_the_gui_thread() -> Iterator[None]:
    """Collect each test's garbage here, on the GUI thread.

    Left alone, Python's cycle collector may run on any thread that happens to allocate (the store's
    worker, an executor, uvicorn). A garbage QObject cycle (an app's view-models with their QTimers) is
    then destroyed off the GUI thread, its timers are never unregistered, and a later timer event
    crashes Qt (QCoreApplication::notifyInternal2 on a dead object).
    """
    gc.collect()
    # Objects alive now (the session's fixtures, imported modules, Qt wrappers) are moved out of the
    # collector's generations, so the collections inside and after the test only walk this test's objects.
    gc.freeze()
    yield
    gc.collect()


@pytest.fixture(autouse=True)
def restore_app_look() -> Iterator[None]:
    """A test that started the app (which applies its look: palette, style sheet, font) leaves the
    QApplication as it found it, so the next test's widgets do not depend on the order tests ran in."""
    widgets = sys.modules.get("PySide6.QtWidgets")
    app = widgets.QApplication.instance() if widgets is not None else None
    if app is None:
        yield
        return
    from PySide6.QtCore import Qt

    sheet, palette, font = app.styleSheet(), app.palette(), app.font()
    yield
    if app.styleSheet() != sheet or app.palette() != palette or app.font() != font:
        app.styleHints().setColorScheme(Qt.ColorScheme.Unknown)  # the platform's, as at start
        app.setStyleSheet(sheet)
        app.setPalette(palette)
        app.setFont(font)


@pytest.fixture(autouse=True)
def english_ui() -> Iterator[None]:
    """Widgets speak English (the source language, with its plural forms: "2 functions"), whatever the
    machine's locale; a test that switched the language (``install_translations``) switches it back."""
    widgets = sys.modules.get("PySide6.QtWidgets")
    app = widgets.QApplication.instance() if widgets is not None else None
    if app is None:
        yield
        return
    from PySide6.QtCore import QLocale

    from belugadesk.app.translations import install_translations

    if QLocale().name() != "en_US" or not app.property("belugadesk-english"):
        install_translations(app, "en_US")
        app.setProperty("belugadesk-english", True)
    yield
    if QLocale().name() != "en_US":
        install_translations(app, "en_US")


@pytest.fixture
def loop(qapp: Any) -> Iterator[asyncio.AbstractEventLoop]:
    """A qasync loop, set as the event loop and marked running; drive it with qtbot.waitUntil/waitSignal.

    Fails the test if a task died with an unhandled exception.
    """
    import qasync

    event_loop = qasync.QEventLoop(qapp)
    errors: list[dict[str, Any]] = []
    event_loop.set_exception_handler(lambda _loop, context: errors.append(context))
    asyncio.set_event_loop(event_loop)
    asyncio.events._set_running_loop(event_loop)
    # run_forever() would install these: async generators (the SDK's streams) are then closed on the loop
    old_hooks = sys.get_asyncgen_hooks()
    sys.set_asyncgen_hooks(
        firstiter=event_loop._asyncgen_firstiter_hook,  # type: ignore[attr-defined]
        finalizer=event_loop._asyncgen_finalizer_hook,  # type: ignore[attr-defined]
    )
    try:
        yield event_loop
    finally:
        for task in asyncio.all_tasks(event_loop):
            task.cancel()
        qapp.processEvents()
        sys.set_asyncgen_hooks(*old_hooks)
        asyncio.events._set_running_loop(None)
        event_loop.close()
        asyncio.set_event_loop(None)
    unhandled = [c for c in errors if not isinstance(c.get("exception"), asyncio.CancelledError)]
    assert not unhandled, f"unhandled errors in the event loop: {unhandled}"


@pytest.fixture(scope="session")
def local_api() -> Iterator[Any]:
    """The offline local API over real loopback HTTP, for the whole session."""
    from belugadesk.localapi import LocalApiConfig, LocalApiServer

    server = LocalApiServer(LocalApiConfig())
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def mcp_http_url() -> Iterator[str]:
    """A real MCP server (``tests/mcp_tool_server.py``) over streamable HTTP, for the whole session."""
    from tests.mcp_support import running_http_tool_server

    with running_http_tool_server() as url:
        yield url
