"""Build the PyInstaller one-folder bundle from this checkout and smoke-test it.

    python packaging/build_bundle.py [--dist DIR] [--work DIR] [--keep]

Steps: run PyInstaller on packaging/pyinstaller/belugadesk.spec; start the built
``belugadesk --demo --screenshot OUT.png`` with ``QT_QPA_PLATFORM=offscreen`` and a throwaway
``BELUGADESK_HOME``; check that OUT.png is a real, non-blank PNG; print the build time and the bundle
size. Exits non-zero (with the reason) when any step fails. Needs PyInstaller and PySide6 in the
running interpreter (``pip install pyinstaller``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from array import array
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
SPEC = Path("packaging") / "pyinstaller" / "belugadesk.spec"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MIN_SIDE = 200
MIN_DISTINCT_COLOURS = 16
SMOKE_TIMEOUT_S = 180
APP_ID = "io.github.belugadesk.BelugaDesk"
# Names that must not appear in the bundle: Qt modules BelugaDesk does not use (see the spec).
UNWANTED_IN_BUNDLE = (
    "Qt6Qml", "Qt6Quick", "Qt6WebEngine", "Qt6Pdf", "Qt6Multimedia", "Qt6Designer", "Qt6Sql", "Qt6Test",
    "QtQml.", "QtQuick", "QtWebEngine", "QtPdf", "QtMultimedia", "QtDesigner", "QtSql.", "QtTest.",
    "libqgtk3", "hypothesis", "qt_help_", "libqevdev", "libqnetworkmanager", "libqtiff",
)  # fmt: skip
# Qt's own translations are bundled only for the languages the app ships in (the spec keeps these).
SHIPPED_LOCALES = ("ar", "de", "es", "fr", "ja", "zh_CN")
QT_TRANSLATIONS = {f"{catalogue}_{locale}.qm" for catalogue in ("qt", "qtbase") for locale in SHIPPED_LOCALES}


class BuildFailed(Exception):
    """A step failed; the message says which and why."""


def directory_size(path: Path) -> int:
    """Total size in bytes of the regular files under ``path`` (symbolic links not followed)."""
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def build(source: Path, dist: Path, work: Path) -> tuple[Path, float]:
    """Run PyInstaller; return the bundle directory and the build time in seconds."""
    spec = source / SPEC
    if not spec.is_file():
        raise BuildFailed(f"spec file not found: {spec}")
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
        "--distpath", str(dist), "--workpath", str(work), str(spec),
    ]  # fmt: skip
    print("+", " ".join(command), flush=True)
    started = time.monotonic()
    result = subprocess.run(command, cwd=source)
    elapsed = time.monotonic() - started
    if result.returncode != 0:
        raise BuildFailed(f"PyInstaller failed with exit code {result.returncode}")
    bundle = dist / "belugadesk"
    executable = bundle / ("belugadesk.exe" if sys.platform == "win32" else "belugadesk")
    if not executable.is_file():
        raise BuildFailed(f"PyInstaller finished but {executable} does not exist")
    return bundle, elapsed


def check_contents(bundle: Path) -> None:
    """The bundle carries the app's data files and none of the Qt modules, plugins, translations and
    test packages the spec excludes."""
    internal = bundle / "_internal" if (bundle / "_internal").is_dir() else bundle
    resources = internal / "belugadesk" / "resources"
    for relative in (
        f"icons/hicolor/256x256/apps/{APP_ID}.png",
        f"icons/hicolor/scalable/apps/{APP_ID}.svg",
        f"{APP_ID}.desktop",
        f"{APP_ID}.metainfo.xml",
        "fonts/NotoSans-Variable.ttf",
        "fonts/NotoEmoji-Variable.ttf",
        "fonts/OFL.txt",
        "icons/ui/arrow-up.svg",
        *(f"i18n/belugadesk_{locale}.qm" for locale in ("en", *SHIPPED_LOCALES)),
    ):
        if not (resources / relative).is_file():
            raise BuildFailed(f"the bundle lacks belugadesk/resources/{relative}")
    unwanted = [
        str(path.relative_to(bundle))
        for path in bundle.rglob("*")
        if any(fragment in path.name for fragment in UNWANTED_IN_BUNDLE)
    ]
    unwanted += [
        str(path.relative_to(bundle))
        for path in bundle.rglob("PySide6/Qt/translations/*.qm")
        if path.name not in QT_TRANSLATIONS
    ]
    if unwanted:
        raise BuildFailed("the bundle contains excluded parts: " + ", ".join(sorted(unwanted)[:10]))


def check_screenshot(png: Path) -> tuple[int, int, int]:
    """Verify ``png`` is a plausible, non-blank screenshot; return (width, height, distinct colours)."""
    if not png.is_file():
        raise BuildFailed(f"the app did not write the screenshot {png}")
    with png.open("rb") as handle:
        if handle.read(len(PNG_SIGNATURE)) != PNG_SIGNATURE:
            raise BuildFailed(f"{png} is not a PNG file")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    if image.isNull():
        raise BuildFailed(f"{png} could not be decoded as an image")
    width, height = image.width(), image.height()
    if width < MIN_SIDE or height < MIN_SIDE:
        raise BuildFailed(f"{png} is only {width}x{height} pixels; expected a window screenshot")
    rgb = image.convertToFormat(QImage.Format.Format_RGB32)
    pixels = array("I")
    stride = rgb.bytesPerLine()
    raw = bytes(rgb.constBits())
    for row in range(height):
        pixels.frombytes(raw[row * stride : row * stride + width * 4])
    colours = len(set(pixels))
    if colours < MIN_DISTINCT_COLOURS:
        raise BuildFailed(f"{png} looks blank: only {colours} distinct colours")
    return width, height, colours


def smoke_test(bundle: Path, out_png: Path, home: Path) -> None:
    """Start the bundle in demo mode and make it save a screenshot to ``out_png``."""
    executable = bundle / ("belugadesk.exe" if sys.platform == "win32" else "belugadesk")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BELUGADESK_HOME=str(home))
    command = [str(executable), "--demo", "--screenshot", str(out_png)]
    print("+", " ".join(command), flush=True)
    try:
        result = subprocess.run(command, env=env, timeout=SMOKE_TIMEOUT_S, capture_output=True, text=True)
    except subprocess.TimeoutExpired as exc:
        raise BuildFailed(f"the bundled app did not exit within {SMOKE_TIMEOUT_S} s") from exc
    if result.returncode != 0:
        raise BuildFailed(
            f"the bundled app exited with code {result.returncode}:\n{result.stdout}\n{result.stderr}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--source", type=Path, default=REPO_ROOT, help="checkout to build (default: this one)"
    )
    parser.add_argument("--dist", type=Path, help="where the bundle goes (default: a temporary directory)")
    parser.add_argument("--work", type=Path, help="PyInstaller work directory (default: temporary)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directories")
    args = parser.parse_args(argv)

    scratch = Path(tempfile.mkdtemp(prefix="belugadesk-bundle-"))
    dist = (args.dist or scratch / "dist").resolve()
    work = (args.work or scratch / "build").resolve()
    try:
        bundle, seconds = build(args.source.resolve(), dist, work)
        check_contents(bundle)
        home = scratch / "home"
        home.mkdir()
        screenshot = scratch / "screenshot.png"
        smoke_test(bundle, screenshot, home)
        width, height, colours = check_screenshot(screenshot)
    except BuildFailed as exc:
        print(f"build_bundle: FAILED: {exc}", file=sys.stderr)
        print(f"build_bundle: files kept in {scratch}", file=sys.stderr)
        return 1
    size_mb = directory_size(bundle) / 1_000_000
    print(f"build_bundle: screenshot {width}x{height}, {colours} distinct colours")
    print(f"build_bundle: build took {seconds:.0f} s")
    print(f"build_bundle: bundle {bundle} is {size_mb:.1f} MB")
    if args.keep or args.dist:
        print(f"build_bundle: kept {scratch}")
    else:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
