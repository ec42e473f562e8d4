"""The screenshot scripts show the app as it looks: each runs on the runner they share
(``make_main_window.run_on_qt``) and takes the app's own look — ``Application`` or ``AppLook``: its palette
and its fonts (Noto Sans with the emoji fallback, so emoji are not boxes) — never a palette, font, style or
event loop of its own."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

FOLDER = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
RUNNER = "make_main_window.py"  # defines run_on_qt
SCRIPTS = sorted(path for path in FOLDER.glob("make_*.py") if path.name != RUNNER)
OWN_SET_UP = {"QEventLoop", "setPalette", "setFont", "setStyle", "QApplication"}


def _names(tree: ast.AST) -> set[str]:
    return {
        node.attr if isinstance(node, ast.Attribute) else node.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Name | ast.Attribute)
    }


def _called(tree: ast.AST) -> set[str]:
    calls = (node.func for node in ast.walk(tree) if isinstance(node, ast.Call))
    return {
        f.attr if isinstance(f, ast.Attribute) else f.id
        for f in calls
        if isinstance(f, ast.Attribute | ast.Name)
    }


def test_there_are_screenshot_scripts() -> None:
    assert len(SCRIPTS) >= 5 and any(p.name == "make_chat_screenshots.py" for p in SCRIPTS)


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda path: path.name)
def test_a_screenshot_script_runs_on_the_shared_runner_with_the_apps_look(script: Path) -> None:
    tree = ast.parse(script.read_text(encoding="utf-8"))
    names = _names(tree)
    assert "run_on_qt" in names, f"{script.name} runs on make_main_window.run_on_qt"
    assert names & {"Application", "AppLook"}, f"{script.name} takes the app's look (fonts included)"
    own = _called(tree) & OWN_SET_UP
    assert not own, f"{script.name} sets up Qt itself: {sorted(own)}"
