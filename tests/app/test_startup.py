"""Start-up: the window paints before ``openai`` is imported, the keyring is chosen or any process is
spawned; ``--screenshot`` renders a real window."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


def _env(home: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["BELUGADESK_HOME"] = str(home)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    env.pop("OPENAI_API_KEY", None)
    env.update(extra)
    return env


def _first_paint_report(tmp_path: Path) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-m", "tests.app.startup_probe", str(tmp_path / "shot.png")],
        env=_env(tmp_path / "home", QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    report: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["first_paint"] is not None, "the main window never painted"
    return report


def test_window_paints_before_openai_is_imported(tmp_path: Path) -> None:
    first_paint = _first_paint_report(tmp_path)["first_paint"]
    assert isinstance(first_paint, dict)
    assert first_paint["openai_imported"] is False
    assert first_paint["bridge_imported"] is False
    assert first_paint["mcp_imported"] is False
    print(f"first paint after {first_paint['first_paint_s']} s")


def test_window_paints_before_the_keyring_is_chosen_or_any_process_runs(tmp_path: Path) -> None:
    """keyring's backend probe (ldconfig, gcc, ld) and ``uname -p`` wait until the window is shown."""
    report = _first_paint_report(tmp_path)
    first_paint = report["first_paint"]
    assert isinstance(first_paint, dict)
    assert first_paint["keyring_resolved"] is False
    assert first_paint["spawned"] == []
    assert report["keyring_resolved"] is True, "the keyring is chosen after the first paint"


def test_window_paints_before_the_heavy_modules_that_it_does_not_need_are_imported(tmp_path: Path) -> None:
    """keyring (~25 ms, ~8 MB) and markdown-it load after the first paint, and pygments never loads in the
    app's process (code is highlighted in the renderer's worker process, started after the paint)."""
    report = _first_paint_report(tmp_path)
    first_paint = report["first_paint"]
    assert isinstance(first_paint, dict)
    assert first_paint["deferred_imported"] == []
    after = report["deferred_imported"]
    assert isinstance(after, list)
    assert {"keyring", "markdown_it"} <= set(after), "warmed after the first paint"
    assert "pygments" not in after, "code is highlighted in the renderer's worker process"


def test_the_heap_is_frozen_once_what_loads_after_the_first_paint_has_loaded(tmp_path: Path) -> None:
    """Start-up's objects, the SDK's and the renderer's live as long as the app: frozen out of the garbage
    collector's reach, full collections (which stall the UI) walk only what came later."""
    report = _first_paint_report(tmp_path)
    gc_frozen = report["gc_frozen"]
    assert isinstance(gc_frozen, int) and gc_frozen > 100_000


def test_window_paints_before_sync_loads(tmp_path: Path) -> None:
    """Sync (pycrdt, a file watcher: ~80 ms) starts after the first paint."""
    report = _first_paint_report(tmp_path)
    first_paint = report["first_paint"]
    assert isinstance(first_paint, dict)
    assert "pycrdt" not in first_paint["deferred_imported"]
    after = report["deferred_imported"]
    assert isinstance(after, list) and "pycrdt" in after, "sync starts once the window is shown"


def test_pyside_import_hook_does_not_read_every_module_into_linecache(tmp_path: Path) -> None:
    """PySide6's check of each imported module (does it mention PySide6?) no longer goes through
    ``inspect.getsource``, which kept the source of every module start-up imports (~450) in linecache."""
    first_paint = _first_paint_report(tmp_path)["first_paint"]
    assert isinstance(first_paint, dict)
    kept = first_paint["sources_read_into_linecache"]
    assert isinstance(kept, list)
    app_sources = [path for path in kept if "belugadesk" in path and not path.endswith("import_costs.py")]
    assert app_sources == []


def _distinct_colours(image: QImage, step: int = 7) -> int:
    colours = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            colours.add(image.pixel(x, y))
    return len(colours)


@pytest.mark.xvfb
@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="Xvfb is not installed (Debian: xvfb xauth)")
def test_demo_screenshot_under_xvfb_is_a_real_window(tmp_path: Path) -> None:
    shot = tmp_path / "main-window.png"
    env = _env(tmp_path / "home")
    env.pop("QT_QPA_PLATFORM", None)  # the real xcb platform plugin, on the virtual screen
    result = subprocess.run(
        [
            "xvfb-run",
            "-a",
            "-s",
            "-screen 0 1280x800x24",
            sys.executable,
            "-m",
            "belugadesk",
            "--demo",
            "--screenshot",
            str(shot),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(shot))
    assert not image.isNull(), "the screenshot is not a readable PNG"
    assert (image.width(), image.height()) == (1100, 720), "the main window's default size"
    assert _distinct_colours(image) > 20, "the screenshot looks blank"
