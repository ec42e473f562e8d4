"""The checks packaging/build_bundle.py applies to a built bundle and its screenshot."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from belugadesk import APP_ID
from tests.support import load_script

REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def build_bundle() -> ModuleType:
    return load_script("packaging/build_bundle.py")


def _save(image: QImage, path: Path) -> Path:
    assert image.save(str(path))
    return path


def test_a_real_window_screenshot_passes(build_bundle: ModuleType, tmp_path: Path, qapp) -> None:
    image = QImage(640, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("#f0f0f0"))
    painter = QPainter(image)
    painter.drawImage(
        QPoint(20, 20),
        QImage(str(REPO_ROOT / "resources" / "icons" / "hicolor" / "128x128" / "apps" / f"{APP_ID}.png")),
    )
    painter.setPen(Qt.GlobalColor.black)
    painter.drawText(200, 80, "BelugaDesk — a conversation")
    painter.end()
    width, height, colours = build_bundle.check_screenshot(_save(image, tmp_path / "ok.png"))
    assert (width, height) == (640, 400)
    assert colours >= build_bundle.MIN_DISTINCT_COLOURS


def test_a_blank_screenshot_fails(build_bundle: ModuleType, tmp_path: Path, qapp) -> None:
    image = QImage(640, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    with pytest.raises(build_bundle.BuildFailed, match="looks blank"):
        build_bundle.check_screenshot(_save(image, tmp_path / "blank.png"))


def test_a_tiny_or_fake_screenshot_fails(build_bundle: ModuleType, tmp_path: Path, qapp) -> None:
    tiny = QImage(str(REPO_ROOT / "resources" / "icons" / "hicolor" / "64x64" / "apps" / f"{APP_ID}.png"))
    with pytest.raises(build_bundle.BuildFailed, match="only 64x64"):
        build_bundle.check_screenshot(_save(tiny, tmp_path / "tiny.png"))
    fake = tmp_path / "fake.png"
    fake.write_bytes(b"GIF89a not a png")
    with pytest.raises(build_bundle.BuildFailed, match="is not a PNG"):
        build_bundle.check_screenshot(fake)
    with pytest.raises(build_bundle.BuildFailed, match="did not write"):
        build_bundle.check_screenshot(tmp_path / "missing.png")


def test_bundle_contents_check(build_bundle: ModuleType, tmp_path: Path) -> None:
    bundle = tmp_path / "belugadesk"
    shutil.copytree(REPO_ROOT / "resources", bundle / "_internal" / "belugadesk" / "resources")
    build_bundle.check_contents(bundle)
    expected = sum(
        os.path.getsize(os.path.join(d, f)) for d, _, files in os.walk(REPO_ROOT / "resources") for f in files
    )
    assert build_bundle.directory_size(bundle) == expected

    (bundle / "_internal" / "PySide6" / "Qt" / "lib").mkdir(parents=True)
    (bundle / "_internal" / "PySide6" / "Qt" / "lib" / "libQt6Quick.so.6").write_bytes(b"\0")
    with pytest.raises(build_bundle.BuildFailed, match="libQt6Quick"):
        build_bundle.check_contents(bundle)

    (bundle / "_internal" / "PySide6" / "Qt" / "lib" / "libQt6Quick.so.6").unlink()
    translations = bundle / "_internal" / "PySide6" / "Qt" / "translations"
    translations.mkdir()
    (translations / "qtbase_de.qm").write_bytes(b"\0")
    build_bundle.check_contents(bundle)
    (translations / "qtbase_ru.qm").write_bytes(b"\0")
    with pytest.raises(build_bundle.BuildFailed, match=r"qtbase_ru\.qm"):
        build_bundle.check_contents(bundle)
    (translations / "qtbase_ru.qm").unlink()
    (bundle / "_internal" / "hypothesis").mkdir()
    with pytest.raises(build_bundle.BuildFailed, match="hypothesis"):
        build_bundle.check_contents(bundle)

    shutil.rmtree(bundle / "_internal" / "belugadesk" / "resources" / "icons")
    with pytest.raises(build_bundle.BuildFailed, match="lacks belugadesk/resources/icons"):
        build_bundle.check_contents(bundle)
