"""``belugadesk --locale LANG`` shows the window in that language and text direction (here as the
screenshot the app itself takes, which is how docs/screenshots/ shows German and Arabic)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


def _screenshot(tmp_path: Path, locale: str) -> QImage:
    out = tmp_path / f"{locale or 'default'}.png"
    env = dict(os.environ, BELUGADESK_HOME=str(tmp_path / f"home-{locale}"), QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    args = ["--demo", "--screenshot", str(out), *(["--locale", locale] if locale else [])]
    result = subprocess.run(
        [sys.executable, "-m", "belugadesk", *args], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert not image.isNull()
    return image


def test_help_names_the_option() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "belugadesk", "--help"], capture_output=True, text=True, timeout=60, cwd=ROOT
    )
    assert "--locale LANG" in result.stdout


def _accent(image: QImage, x: int, y: int) -> bool:
    """The New chat button's accent (blue) at this pixel."""
    colour = image.pixelColor(x, y)
    return colour.blue() > 150 and colour.red() < 120


def test_a_right_to_left_locale_mirrors_the_screenshot(tmp_path: Path, qapp: object) -> None:
    english, arabic = _screenshot(tmp_path, "en"), _screenshot(tmp_path, "ar")
    assert english.size() == arabic.size()
    y, left, right = 95, 100, english.width() - 100  # across the New chat button at the side pane's top
    assert _accent(english, left, y) and not _accent(english, right, y), (
        "English: the side pane is on the left"
    )
    assert _accent(arabic, right, y) and not _accent(arabic, left, y), "Arabic: the side pane is on the right"
