"""The shipped data files exist, are valid, and are found at run time."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from belugadesk import APP_ID
from belugadesk.viewmodels.resources_access import (
    ICON_SIZES,
    desktop_file_path,
    icon_path,
    metainfo_path,
    resource_path,
    resources_dir,
)

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == PNG_SIGNATURE, f"{path} is not a PNG"
    assert data[12:16] == b"IHDR"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def test_resources_dir_is_the_repository_resources_folder(repo_root: Path) -> None:
    assert resources_dir().resolve() == (repo_root / "resources").resolve()


@pytest.mark.parametrize("size", ICON_SIZES)
def test_icon_png_exists_at_every_size_with_the_right_dimensions(size: int, repo_root: Path) -> None:
    path = icon_path(size)
    assert path.name == f"{APP_ID}.png"
    assert path.parent.parent.name == f"{size}x{size}"
    assert _png_size(path) == (size, size)
    committed = repo_root / "resources" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    assert committed.is_file()


def test_icon_png_is_not_blank_and_has_transparent_corners() -> None:
    from PySide6.QtGui import QImage

    image = QImage(str(icon_path(64)))
    assert not image.isNull()
    assert image.pixelColor(0, 63).alpha() == 0  # outside the speech bubble
    centre_colours = {image.pixelColor(x, 32).name() for x in range(8, 56)}
    assert len(centre_colours) >= 3  # blue bubble, white whale, dark eye / antialiasing


def test_scalable_icon_is_the_master_svg_and_renders(repo_root: Path) -> None:
    from PySide6.QtSvg import QSvgRenderer

    svg = icon_path(None)
    master = repo_root / "resources" / "icons" / f"{APP_ID}.svg"
    assert svg.read_bytes() == master.read_bytes(), "run packaging/render_icons.py after editing the SVG"
    renderer = QSvgRenderer(str(svg))
    assert renderer.isValid()


def test_render_icons_script_reproduces_every_size(tmp_path: Path, repo_root: Path) -> None:
    spec = importlib.util.spec_from_file_location("render_icons", repo_root / "packaging" / "render_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)

    written = module.render(repo_root / "resources" / "icons" / f"{APP_ID}.svg", tmp_path / "hicolor")
    assert len(written) == len(ICON_SIZES) + 1
    for size in ICON_SIZES:
        assert _png_size(tmp_path / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png") == (size, size)


def test_icon_path_rejects_an_unknown_size_naming_the_valid_ones() -> None:
    with pytest.raises(ValueError, match="available sizes are 16, 24"):
        icon_path(20)


def test_resource_path_refuses_to_leave_the_resources_directory() -> None:
    with pytest.raises(ValueError, match="outside"):
        resource_path("../pyproject.toml")


def test_resource_path_names_a_missing_file() -> None:
    with pytest.raises(FileNotFoundError, match=re.escape("no-such-file.txt")):
        resource_path("no-such-file.txt")


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="needs desktop-file-utils")
def test_desktop_file_passes_desktop_file_validate() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(desktop_file_path())], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower()


def test_desktop_file_names_the_icon_launcher_and_window_class() -> None:
    text = desktop_file_path().read_text(encoding="utf-8")
    lines = set(text.splitlines())
    assert f"Icon={APP_ID}" in lines
    assert "Exec=belugadesk-gui" in lines  # no %U: the app opens no files or URLs
    assert "StartupWMClass=BelugaDesk" in lines  # == QApplication.applicationName() (X11 WM_CLASS)
    assert desktop_file_path().name == f"{APP_ID}.desktop"  # == QGuiApplication.desktopFileName()


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="needs appstream")
def test_metainfo_passes_appstreamcli_validate() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(metainfo_path())], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_launches_the_desktop_file_and_lists_release_0_1_0() -> None:
    import xml.etree.ElementTree as ET

    root = ET.parse(metainfo_path()).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == desktop_file_path().name
    assert {b.text for b in root.iter("binary")} == {"belugadesk", "belugadesk-gui"}
    assert [r.get("version") for r in root.iter("release")] == ["0.1.0"]
    image = root.find("screenshots/screenshot/image")
    assert image is not None and image.text is not None
    assert image.text.endswith("/docs/screenshots/main-window.png")
    assert root.find("content_rating") is not None
