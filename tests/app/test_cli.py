"""The launcher as a user runs it: version, desktop entry, and one window per user."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from belugadesk import __version__

ROOT = Path(__file__).resolve().parents[2]


def _env(home: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(BELUGADESK_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    env.update(extra)
    return env


def _belugadesk(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "belugadesk", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )


def test_version(tmp_path: Path) -> None:
    result = _belugadesk("--version", env=_env(tmp_path))
    assert result.returncode == 0
    assert result.stdout.strip() == f"BelugaDesk {__version__}"


def test_install_and_uninstall_desktop_entry(tmp_path: Path) -> None:
    data_home = tmp_path / "xdg-data"
    env = _env(tmp_path / "home", XDG_DATA_HOME=str(data_home))
    installed = _belugadesk("--install-desktop-entry", env=env)
    assert installed.returncode == 0, installed.stderr
    entry = data_home / "applications" / "io.github.belugadesk.BelugaDesk.desktop"
    assert entry.is_file()
    assert "Exec=" in entry.read_text()
    assert (
        data_home / "icons" / "hicolor" / "48x48" / "apps" / "io.github.belugadesk.BelugaDesk.png"
    ).is_file()
    assert str(entry) in installed.stdout

    removed = _belugadesk("--uninstall-desktop-entry", env=env)
    assert removed.returncode == 0, removed.stderr
    assert not entry.exists()


def test_second_launch_hands_over_to_the_running_window(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = _env(home)
    log_file = home / "logs" / "belugadesk.log"
    first = subprocess.Popen(
        [sys.executable, "-m", "belugadesk", "--demo"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        deadline = time.monotonic() + 30
        while not (log_file.exists() and "starting" in log_file.read_text()):
            assert first.poll() is None, first.communicate()[1]
            assert time.monotonic() < deadline, "the first instance did not start"
            time.sleep(0.1)
        second = _belugadesk("--demo", env=env)
        assert second.returncode == 0, second.stderr
        assert "already running" in second.stdout
        deadline = time.monotonic() + 30  # the handover's own time (a loaded machine starts Python slowly)
        while "second launch asked this window" not in log_file.read_text():
            assert time.monotonic() < deadline, "the first instance was not asked to come to the front"
            time.sleep(0.1)
    finally:
        first.terminate()
        _out, err = first.communicate(timeout=30)
    assert first.returncode == 0, err


def _wait_for_log(log_file: Path, text: str, process: subprocess.Popen[str], deadline: float) -> None:
    while not (log_file.exists() and text in log_file.read_text()):
        assert process.poll() is None, process.communicate()[1]
        assert time.monotonic() < deadline, f"the log never said {text!r}"
        time.sleep(0.1)


def test_quick_ask_shows_its_window_in_the_running_instance_or_starts_one(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = _env(home)
    log_file = home / "logs" / "belugadesk.log"
    first = subprocess.Popen(
        [sys.executable, "-m", "belugadesk", "--demo", "--quick-ask"],  # nothing runs yet: it starts
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        deadline = time.monotonic() + 40
        _wait_for_log(log_file, "quick-ask window shown", first, deadline)
        second = _belugadesk("--demo", "--quick-ask", env=env)  # handed over through the single instance
        assert second.returncode == 0, second.stderr
        assert "quick-ask window was shown" in second.stdout
        _wait_for_log(log_file, "another launch asked for quick-ask", first, deadline)
        while log_file.read_text().count("quick-ask window ") < 2:  # the running one toggled its window
            assert time.monotonic() < deadline, "the running instance did not show or hide its window"
            time.sleep(0.1)
    finally:
        first.terminate()
        _out, err = first.communicate(timeout=30)
    assert first.returncode == 0, err
