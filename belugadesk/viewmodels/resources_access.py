"""Locate the data files BelugaDesk ships (icons, desktop entry, AppStream metadata) at run time.

The files live in the repository's top-level ``resources/`` directory and are packaged as
``belugadesk/resources`` (a symbolic link in the checkout, a real directory in a wheel or a
PyInstaller bundle). This module finds them in all of those layouts; it imports nothing from Qt.
"""

from __future__ import annotations

from pathlib import Path

from belugadesk import APP_ID

ICON_SIZES: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256, 512)
DESKTOP_FILE_NAME = f"{APP_ID}.desktop"
METAINFO_FILE_NAME = f"{APP_ID}.metainfo.xml"

_PACKAGE_DIR = Path(__file__).resolve().parent.parent  # belugadesk/, this file is in belugadesk/viewmodels/


def resources_dir() -> Path:
    """Return the directory holding the shipped data files.

    Looks first inside the package (wheel, editable install, PyInstaller bundle, checkout where
    ``belugadesk/resources`` is a symbolic link), then next to the package (a checkout on a file system
    or git configuration without symbolic links, where the link is a plain text file).
    """
    candidates = (_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent / "resources")
    for candidate in candidates:
        if (candidate / "icons").is_dir():
            return candidate
    searched = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(
        f"BelugaDesk's data files are missing (looked in: {searched}). The installation is incomplete; "
        "reinstall BelugaDesk."
    )


def resource_path(relative: str) -> Path:
    """Return the absolute path of a shipped file, e.g. ``resource_path("icons/hicolor/16x16/apps/…")``.

    Raises ``ValueError`` for a path that leaves the resources directory and ``FileNotFoundError``
    (with the full path in the message) when the file does not exist.
    """
    base = resources_dir().resolve()
    path = (base / relative).resolve()
    if not path.is_relative_to(base):
        raise ValueError(f"{relative!r} is outside BelugaDesk's resources directory")
    if not path.exists():
        raise FileNotFoundError(f"BelugaDesk resource {relative!r} not found at {path}")
    return path


def icon_path(size: int | None = None) -> Path:
    """Return the app icon: the scalable SVG when ``size`` is None, else the ``size``×``size`` PNG.

    ``size`` must be one of :data:`ICON_SIZES`; anything else raises ``ValueError`` naming the valid sizes.
    """
    if size is None:
        return resource_path(f"icons/hicolor/scalable/apps/{APP_ID}.svg")
    if size not in ICON_SIZES:
        valid = ", ".join(str(s) for s in ICON_SIZES)
        raise ValueError(f"No {size}px BelugaDesk icon; available sizes are {valid} (or None for the SVG)")
    return resource_path(f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png")


def desktop_file_path() -> Path:
    """Return the shipped freedesktop ``.desktop`` template."""
    return resource_path(DESKTOP_FILE_NAME)


def metainfo_path() -> Path:
    """Return the shipped AppStream metainfo file."""
    return resource_path(METAINFO_FILE_NAME)
