"""Facts for the About dialog and bug reports: app version, homepage, licence, component versions.

No Qt at import time and never ``import openai``: versions come from ``importlib.metadata``, so
showing them costs nothing and works before (or without) the heavy packages being loaded.
"""

from __future__ import annotations

import platform
import sys

from belugadesk import APP_NAME, __version__

HOMEPAGE = "https://github.com/belugadesk/belugadesk"
LICENSE_NAME = "MIT"
NOT_INSTALLED = "not installed"

# Display name -> distribution names to try, in order.
_DISTRIBUTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("PySide6", ("PySide6-Essentials", "PySide6")),
    ("openai", ("openai",)),
    ("httpx2", ("httpx2",)),
    ("pydantic", ("pydantic",)),
    ("qasync", ("qasync",)),
    ("keyring", ("keyring",)),
    ("platformdirs", ("platformdirs",)),
    ("starlette", ("starlette",)),
    ("uvicorn", ("uvicorn",)),
    ("markdown-it-py", ("markdown-it-py",)),
    ("Pygments", ("Pygments",)),
)


def distribution_version(*names: str) -> str:
    """Version of the first installed distribution among ``names``, or ``"not installed"``."""
    from importlib import metadata  # ~13 ms: imported when the About dialog asks, not at start-up

    for name in names:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return NOT_INSTALLED


def qt_runtime_version() -> str:
    """The version of the Qt libraries actually loaded by PySide6 (may differ from PySide6's own)."""
    try:
        from PySide6.QtCore import qVersion
    except ImportError:
        return NOT_INSTALLED
    return str(qVersion())


def collect_versions() -> dict[str, str]:
    """Versions of BelugaDesk, Python, the OS, Qt and the libraries it depends on, in display order."""
    versions = {
        APP_NAME: __version__,
        "Python": f"{platform.python_version()} ({platform.python_implementation()})",
        "Platform": platform.platform(),
        "Qt": qt_runtime_version(),
    }
    for label, names in _DISTRIBUTIONS:
        versions[label] = distribution_version(*names)
    if getattr(sys, "frozen", False):
        versions["Bundle"] = "PyInstaller"
    return versions


def format_versions(versions: dict[str, str]) -> str:
    """Plain text for a bug report: one ``name: version`` line per entry."""
    width = max((len(name) for name in versions), default=0)
    return "\n".join(f"{name + ':':<{width + 1}} {value}" for name, value in versions.items()) + "\n"
