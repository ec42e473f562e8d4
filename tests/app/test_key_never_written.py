"""The API key lives in the OS keyring and nowhere else: after a real conversation through the real app,
no file under BELUGADESK_HOME (settings, SQLite + WAL, cache, logs) and no log record contains it."""

from __future__ import annotations

import logging
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from belugadesk.app import Application, make_qapplication
from belugadesk.credentials import SERVICE_NAME, ApiKeys
from belugadesk.localapi import LocalApiConfig, LocalApiServer
from belugadesk.settings import AppPaths, AppSettings, Profile, SettingsFile, demo_profile
from belugadesk.views.settings.settings_dialog import SettingsDialog
from tests.support import run_coro

pytestmark = pytest.mark.keyring
KEY = "sk-leakcheck-" + secrets.token_hex(20)
DEBUG_LOGGERS = ("", "openai", "httpx", "httpx2", "httpcore", "httpcore2", "belugadesk", "keyring", "asyncio")


@pytest.fixture
def server() -> Iterator[LocalApiServer]:
    with LocalApiServer(LocalApiConfig(api_key=KEY)) as running:
        yield running


@pytest.fixture
def file_log(isolated_home: Path) -> Iterator[Path]:
    """A DEBUG log file in the app's log folder, without any redaction: whatever is logged lands there."""
    paths = AppPaths.default().ensure()
    path = paths.log_dir / "belugadesk-test.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setLevel(logging.DEBUG)
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield path
    finally:
        root.removeHandler(handler)
        handler.close()


def files_containing(root: Path, needle: bytes) -> list[str]:
    """Every file under ``root`` whose bytes contain ``needle`` (SQLite pages, WAL and journals included)."""
    found = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and needle in path.read_bytes():
            found.append(str(path.relative_to(root)))
    return found


def test_the_key_is_never_written_anywhere(
    qtbot: Any,
    loop: Any,
    secret_service: Any,
    isolated_home: Path,
    server: LocalApiServer,
    caplog: pytest.LogCaptureFixture,
    file_log: Path,
) -> None:
    from keyring.backends.SecretService import Keyring

    for name in DEBUG_LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name or None)
    profile = Profile(name="Leak check", kind="compatible", base_url=server.base_url)
    SettingsFile(AppPaths.default().ensure()).save(
        AppSettings(profiles=(demo_profile(), profile), active_profile_id=profile.id)
    )
    keys = ApiKeys(Keyring(), environ={})
    keys.set_key(profile.id, KEY)
    app = Application(make_qapplication(), demo=False, screenshot=None, api_keys=keys)
    try:
        run_coro(qtbot, app.start(), timeout=20_000)
        assert app.window is not None and app.vm is not None
        qtbot.addWidget(app.window)
        assert app.onboarding is None, "a real profile with a key in the keyring: no onboarding"
        chat = app.vm.chat
        box = app.window.chat_view.input
        for text in ("Remember the number 42.", "What number did I ask you to remember?"):
            qtbot.keyClicks(box, text)
            with qtbot.waitSignal(chat.replyFinished, timeout=20_000) as finished:
                qtbot.keyClick(box, Qt.Key.Key_Return)
            assert finished.args == ["completed"], chat.error
        assert len(chat.messages.messages) == 4

        # the settings show where the key is, never the key; the editor's test connection uses it
        app.open_settings()
        dialog = app.settings_dialog
        assert isinstance(dialog, SettingsDialog)
        run_coro(qtbot, dialog.vm.wait_all())
        page = dialog.profiles_page
        page.select(profile.id)
        assert "API key: Stored in Secret Service" in page.details.text()
        editor = page.open_editor(profile.id)
        run_coro(qtbot, editor.vm.wait_idle())
        assert (
            editor.form.key_edit.text() == "" and editor.form.key_status.text() == "Stored in Secret Service"
        )
        with qtbot.waitSignal(editor.vm.testFinished, timeout=20_000) as tested:
            qtbot.mouseClick(editor.form.test_button, Qt.MouseButton.LeftButton)
        assert tested.args[0] is True, tested.args
        editor.reject()
        dialog.close()

        # while the app runs, the WAL holds the newest pages
        assert list(isolated_home.rglob("*.sqlite3-wal")), "the store runs in WAL mode"
        assert files_containing(isolated_home, KEY.encode()) == []
        assert files_containing(isolated_home, b"Remember the number 42"), (
            "the search can find what was written"
        )
    finally:
        if app.window is not None:
            app.window.close()
        run_coro(qtbot, app.shutdown(), timeout=20_000)
        secret_service.run("secret-tool", "clear", "service", SERVICE_NAME, "username", profile.id)

    for needle in (KEY, KEY[len("sk-leakcheck-") :]):
        assert files_containing(isolated_home, needle.encode()) == []
        assert files_containing(isolated_home, needle.encode("utf-16-le")) == []
        assert needle not in caplog.text
        for record in caplog.records:
            assert needle not in record.getMessage() and needle not in str(record.exc_text or "")
    assert KEY not in file_log.read_text(encoding="utf-8")
    names = {record.name.split(".")[0] for record in caplog.records}
    assert {"openai", "httpx2"} & names or {"openai", "httpx"} & names, f"debug logging was on: {names}"
    assert file_log.stat().st_size > 0
