"""The runtime dependencies are complete: a plain ``pip install`` of the checkout (no extras) into a fresh
venv runs every window and dialog, and every third-party import of the package is a declared dependency."""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
import tomllib
import venv
from collections.abc import Iterator
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("open_every_window.py")


def _requirement_name(requirement: str) -> str:
    name = re.match(r"[A-Za-z0-9._-]+", requirement)
    assert name is not None, requirement
    return re.sub(r"[-_.]+", "-", name.group(0)).lower()


def _runtime_dependencies() -> set[str]:
    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {_requirement_name(r) for r in project["dependencies"]}


def _top_level_imports(package: Path) -> set[str]:
    names: set[str] = set()
    for source in package.rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    return names - set(sys.stdlib_module_names) - {"belugadesk"}


def test_every_third_party_import_is_a_runtime_dependency() -> None:
    distributions = packages_distributions()
    declared = _runtime_dependencies()
    missing = {
        module: distributions.get(module, ["(not installed)"])
        for module in _top_level_imports(REPO_ROOT / "belugadesk")
        if not {_requirement_name(d) for d in distributions.get(module, [])} & declared
    }
    assert not missing, f"imported by belugadesk but not in [project].dependencies: {missing}"


@pytest.fixture
def fresh_venv(tmp_path: Path) -> Iterator[Path]:
    """An empty venv (with pip), removed afterwards: an installed Qt takes hundreds of megabytes."""
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    yield env_dir
    shutil.rmtree(env_dir, ignore_errors=True)


@pytest.mark.timeout(480)  # a pip install and every window, on a loaded two-core machine
def test_plain_install_opens_every_window_and_dialog(tmp_path: Path, fresh_venv: Path) -> None:
    env_dir = fresh_venv
    python = str(env_dir / "bin" / "python")
    # a real install from the checkout, dependencies resolved by pip (the local index and cache serve them)
    subprocess.run(
        [python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(REPO_ROOT)],
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    )
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        BELUGADESK_HOME=str(home),
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",  # no Secret Service needed
        PYTHONNOUSERSITE="1",
    )
    result = subprocess.run(
        [python, str(DRIVER)], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=240
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0 and "ALL OPENED" in result.stdout, output
    where = subprocess.run(
        [python, "-c", "import belugadesk; print(belugadesk.__file__)"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert str(env_dir) in where, f"the driver used the installed package, not the checkout: {where}"
    assert "bundled fonts shipped and usable: True" in result.stdout, output
    for opened in (
        "MainWindow",
        "AssistantFormDialog: New assistant",
        "function editor",
        "AssistantFormDialog: Edit “Forecaster”",
        "SettingsDialog",
        "settings page: Prices",
        "ProfileEditorDialog",
        "OnboardingDialog",
        "AboutDialog",
        "ShortcutSheet: Keyboard shortcuts",
        "QuickAskWindow",
        "QMessageBox: Open this link?",
        "DatabaseDialog",
        "OpenByIdDialog",
        "CompareWindow",
        "QMessageBox: Close the comparison?",
        "PromptLibraryDialog: Prompt library",
        "PromptEditDialog: New prompt",
        "VariablesForm: Fill in the prompt",
        "QMessageBox: Delete prompt",
    ):
        assert f"opened: {opened}" in result.stdout, output
