"""``belugadesk backup`` and ``belugadesk restore`` as a user runs them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from belugadesk.domain.models import Thread
from belugadesk.settings import AppPaths
from belugadesk.single_instance import default_server_name, take_lock
from belugadesk.store import Store

ROOT = Path(__file__).resolve().parents[2]


def _run(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, BELUGADESK_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    return subprocess.run(
        [sys.executable, "-m", "belugadesk", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )


def _titles(path: Path) -> list[str]:
    store = Store.open(path)
    try:
        return [t.title for t in store.threads.list()]
    finally:
        store.close()


def test_backup_then_restore_brings_the_state_back(tmp_path: Path) -> None:
    db = AppPaths.under(tmp_path).database_path
    store = Store.open(db)
    store.threads.create(Thread(title="Kept"))
    store.close()

    made = _run(tmp_path, "backup", str(tmp_path / "copy.sqlite3"))
    assert made.returncode == 0, made.stderr
    assert f"Backed up to {tmp_path / 'copy.sqlite3'}" in made.stdout
    store = Store.open(db)
    store.threads.create(Thread(title="A mistake"))
    store.close()

    restored = _run(tmp_path, "restore", str(tmp_path / "copy.sqlite3"))

    assert restored.returncode == 0, restored.stderr
    assert "Backed up the current state first, to " in restored.stdout
    assert "is kept at " in restored.stdout
    assert _titles(db) == ["Kept"]


def test_restore_refuses_while_the_app_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = AppPaths.under(tmp_path).database_path
    Store.open(db).close()
    assert _run(tmp_path, "backup").returncode == 0
    copy = next((db.parent / "backups").iterdir())
    monkeypatch.setenv("BELUGADESK_HOME", str(tmp_path))
    lock = take_lock(default_server_name())  # what the running app holds
    assert lock is not None
    try:
        refused = _run(tmp_path, "restore", str(copy))
    finally:
        lock.unlock()
    assert refused.returncode == 1
    assert "BelugaDesk is running; close it, then restore again." in refused.stderr
    assert not any("before-restore" in p.name for p in db.parent.iterdir())


def test_a_missing_backup_is_a_sentence(tmp_path: Path) -> None:
    result = _run(tmp_path, "restore", str(tmp_path / "nope.sqlite3"))
    assert result.returncode == 1
    assert "There is no backup file at" in result.stderr
