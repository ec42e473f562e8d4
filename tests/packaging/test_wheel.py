"""The data files ship inside the package: in a built wheel, an editable install, and a checkout
without symbolic links. These build and install for real (pip, with build isolation)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from belugadesk import APP_ID
from belugadesk.viewmodels.resources_access import ICON_SIZES
from belugadesk.views.icons import ICON_DIR
from belugadesk.views.settings.fonts import FONT_FILES

REPO_ROOT = Path(__file__).resolve().parents[2]

LOCATE = (
    "from belugadesk.viewmodels.resources_access import "
    "icon_path, desktop_file_path, metainfo_path, resources_dir; "
    "print(resources_dir()); print(icon_path(48)); print(icon_path()); print(desktop_file_path()); "
    "print(metainfo_path())"
)


def _copy_project(target: Path) -> Path:
    """Copy what a source distribution holds (pyproject, package, resources, README) to ``target``."""
    target.mkdir()
    shutil.copy2(REPO_ROOT / "pyproject.toml", target)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(REPO_ROOT / "belugadesk", target / "belugadesk", symlinks=True, ignore=ignore)
    shutil.copytree(REPO_ROOT / "resources", target / "resources", ignore=ignore)
    readme = REPO_ROOT / "README.md"
    if readme.exists():
        shutil.copy2(readme, target)
    else:  # pyproject names README.md as the long description; the project README is written elsewhere
        (target / "README.md").write_text("# BelugaDesk\n", encoding="utf-8")
    return target


def _locate(python: str, cwd: Path, pythonpath: Path | None = None) -> list[Path]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    if pythonpath is not None:
        env["PYTHONPATH"] = str(pythonpath)
    out = subprocess.run(
        [python, "-c", LOCATE], cwd=cwd, env=env, capture_output=True, text=True, check=True
    ).stdout
    return [Path(line) for line in out.splitlines()]


def _expected_members() -> set[str]:
    hicolor = "belugadesk/resources/icons/hicolor"
    members = {f"{hicolor}/{s}x{s}/apps/{APP_ID}.png" for s in ICON_SIZES}
    members |= {
        f"{hicolor}/scalable/apps/{APP_ID}.svg",
        f"belugadesk/resources/{APP_ID}.desktop",
        f"belugadesk/resources/{APP_ID}.metainfo.xml",
        "belugadesk/resources/fonts/OFL.txt",
    }
    members |= {f"belugadesk/resources/fonts/{name}" for name in FONT_FILES}
    members |= {
        f"belugadesk/resources/{ICON_DIR}/{svg.name}"
        for svg in (REPO_ROOT / "resources" / ICON_DIR).glob("*.svg")
    }
    catalogues = sorted((REPO_ROOT / "resources" / "i18n").glob("belugadesk_*.qm"))
    assert len(catalogues) >= 6, (
        "the compiled translations (en plurals, de, es, fr, ja, zh_CN) are in the checkout"
    )
    members |= {f"belugadesk/resources/i18n/{qm.name}" for qm in catalogues}
    return members


def test_wheel_ships_resources_and_finds_them_when_installed(tmp_path: Path) -> None:
    project = _copy_project(tmp_path / "project")
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(project)],
        check=True,
        capture_output=True,
    )
    (wheel,) = dist.glob("belugadesk-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        missing = _expected_members() - names
        assert not missing, f"not in the wheel: {sorted(missing)}"
        site = tmp_path / "site"
        archive.extractall(site)  # a pure-Python wheel installs by unpacking

    located = _locate(sys.executable, cwd=tmp_path, pythonpath=site)
    assert located[0] == site / "belugadesk" / "resources"
    assert all(path.is_relative_to(site) and path.is_file() for path in located[1:])
    assert located[1].name == f"{APP_ID}.png" and located[1].parent.parent.name == "48x48"


def test_editable_install_finds_resources_in_the_checkout(tmp_path: Path) -> None:
    project = _copy_project(tmp_path / "project")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    if not python.exists():
        pytest.skip("POSIX virtual environment layout expected")
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", "-e", str(project)],
        check=True,
        capture_output=True,
    )
    located = _locate(str(python), cwd=tmp_path)
    assert located[0].resolve() == (project / "resources").resolve()
    assert (
        located[1].resolve()
        == (project / "resources" / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").resolve()
    )


def test_checkout_without_symlinks_falls_back_to_the_top_level_resources(tmp_path: Path) -> None:
    project = _copy_project(tmp_path / "project")
    link = project / "belugadesk" / "resources"
    link.unlink()
    link.write_text("../resources", encoding="utf-8")  # what git writes with core.symlinks=false
    located = _locate(sys.executable, cwd=tmp_path, pythonpath=project)
    assert located[0] == project / "resources"
    assert located[1].is_file()
