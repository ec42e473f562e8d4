"""Render the BelugaDesk app icon into the freedesktop "hicolor" layout.

The master artwork is ``resources/icons/io.github.belugadesk.BelugaDesk.svg``. This script writes

    resources/icons/hicolor/scalable/apps/io.github.belugadesk.BelugaDesk.svg   (a copy of the master)
    resources/icons/hicolor/<N>x<N>/apps/io.github.belugadesk.BelugaDesk.png   for every N in SIZES

using Qt's own SVG renderer (PySide6.QtSvg, part of PySide6-Essentials), so no extra tool is needed.
Run it from the repository root after editing the SVG, and commit the results:

    QT_QPA_PLATFORM=offscreen python packaging/render_icons.py
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

APP_ID = "io.github.belugadesk.BelugaDesk"
SIZES: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256, 512)
REPO_ROOT = Path(__file__).resolve().parent.parent
ICONS_DIR = REPO_ROOT / "resources" / "icons"


def render(svg_path: Path, hicolor_dir: Path, sizes: tuple[int, ...] = SIZES) -> list[Path]:
    """Render ``svg_path`` at every size into ``hicolor_dir``; return the files written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg_path))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {svg_path} is not a valid SVG file")

    written: list[Path] = []
    scalable = hicolor_dir / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg_path, scalable)
    written.append(scalable)

    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        renderer.render(painter)
        painter.end()
        out = hicolor_dir / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        # Straight (non-premultiplied) alpha is what PNG stores.
        if not image.convertToFormat(QImage.Format.Format_ARGB32).save(str(out)):
            raise SystemExit(f"render_icons: could not write {out}")
        written.append(out)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--svg", type=Path, default=ICONS_DIR / f"{APP_ID}.svg", help="master SVG file")
    parser.add_argument("--out", type=Path, default=ICONS_DIR / "hicolor", help="hicolor directory to fill")
    args = parser.parse_args(argv)
    for path in render(args.svg, args.out):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
