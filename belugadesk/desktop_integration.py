"""Install BelugaDesk into the user's application menu on Linux (freedesktop.org desktop entry + icons).

``belugadesk --install-desktop-entry`` calls :func:`install_desktop_entry`, which writes

    $XDG_DATA_HOME/applications/io.github.belugadesk.BelugaDesk.desktop
    $XDG_DATA_HOME/icons/hicolor/<N>x<N>/apps/io.github.belugadesk.BelugaDesk.png   (every shipped size)
    $XDG_DATA_HOME/icons/hicolor/scalable/apps/io.github.belugadesk.BelugaDesk.svg

with ``Exec=`` pointing at the launcher that is actually installed. :func:`uninstall_desktop_entry`
removes exactly those files. No Qt here: this runs from the command line before any window exists.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from belugadesk import APP_ID
from belugadesk.domain.errors import BelugaError
from belugadesk.files import atomic_write
from belugadesk.viewmodels.resources_access import DESKTOP_FILE_NAME, ICON_SIZES, desktop_file_path, icon_path

log = logging.getLogger(__name__)

GUI_LAUNCHER = "belugadesk-gui"
CONSOLE_LAUNCHER = "belugadesk"

# Desktop Entry Specification, "The Exec key": an argument containing any of these must be quoted.
_EXEC_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
# Inside a quoted argument these must be escaped with a backslash.
_EXEC_ESCAPED_IN_QUOTES = set('"`$\\')


class DesktopIntegrationError(BelugaError):
    """The desktop entry cannot be installed or removed; the message says why and what to do."""


class UnsupportedPlatform(DesktopIntegrationError):
    """Desktop entries are a Linux (freedesktop.org) feature."""


def is_supported_platform(platform: str | None = None) -> bool:
    """True where freedesktop.org desktop entries apply (Linux)."""
    return (platform or sys.platform).startswith("linux")


def _require_linux() -> None:
    if not is_supported_platform():
        raise UnsupportedPlatform(
            "Installing a desktop entry is a Linux feature (freedesktop.org application menus). "
            f"This system is {sys.platform!r}: on Windows use the BelugaDesk installer, on macOS drag "
            "BelugaDesk.app into Applications."
        )
    if os.environ.get("FLATPAK_ID"):
        raise DesktopIntegrationError(
            "BelugaDesk is running as a Flatpak, which already puts it in the application menu; "
            "there is nothing to install."
        )


def default_data_home() -> Path:
    """``$XDG_DATA_HOME`` if set to an absolute path (as the XDG spec requires), else ``~/.local/share``."""
    value = os.environ.get("XDG_DATA_HOME", "")
    if value and os.path.isabs(value):
        return Path(value)
    return Path.home() / ".local" / "share"


def installed_paths(data_home: Path) -> list[Path]:
    """Every file :func:`install_desktop_entry` writes under ``data_home`` (desktop file first)."""
    hicolor = data_home / "icons" / "hicolor"
    paths = [data_home / "applications" / DESKTOP_FILE_NAME]
    paths += [hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png" for size in ICON_SIZES]
    paths.append(hicolor / "scalable" / "apps" / f"{APP_ID}.svg")
    return paths


def launcher_command() -> list[str]:
    """The command that starts this installation of BelugaDesk, as absolute-path argv.

    In order: a frozen (PyInstaller) executable; ``belugadesk-gui`` next to the running interpreter
    (the same virtual environment); ``belugadesk-gui`` on ``PATH``; the launcher this process was
    started with (``sys.argv[0]``); finally ``<python> -m belugadesk``.
    """
    if getattr(sys, "frozen", False):
        return [os.path.abspath(sys.executable)]
    beside_python = Path(os.path.abspath(sys.executable)).parent / GUI_LAUNCHER
    if beside_python.is_file() and os.access(beside_python, os.X_OK):
        return [str(beside_python)]
    on_path = shutil.which(GUI_LAUNCHER)
    if on_path:
        return [os.path.abspath(on_path)]
    argv0 = sys.argv[0] if sys.argv else ""
    if (
        argv0
        and Path(argv0).name in (GUI_LAUNCHER, CONSOLE_LAUNCHER)
        and os.path.isfile(argv0)
        and os.access(argv0, os.X_OK)
    ):
        return [os.path.abspath(argv0)]
    return [os.path.abspath(sys.executable), "-m", "belugadesk"]


def _quote_exec_argument(arg: str) -> str:
    if arg and not any(ch in _EXEC_RESERVED for ch in arg):
        return arg
    escaped = "".join("\\" + ch if ch in _EXEC_ESCAPED_IN_QUOTES else ch for ch in arg)
    return f'"{escaped}"'


def exec_value(argv: Sequence[str]) -> str:
    """Encode ``argv`` as the value of an ``Exec=`` key, ready to write into a desktop file.

    Applies the Exec quoting rules (arguments with reserved characters in double quotes, with
    ``"`$\\`` escaped), doubles ``%`` (field codes), then applies the string-value escaping of the key
    file format (backslash doubled, control characters as ``\\n``, ``\\t``, ``\\r``).
    """
    if not argv:
        raise DesktopIntegrationError("The launcher command is empty.")
    program = argv[0]
    if not os.path.isabs(program):
        raise DesktopIntegrationError(f"The launcher must be an absolute path, not {program!r}.")
    if "=" in program:
        raise DesktopIntegrationError(
            f"The launcher path {program!r} contains '=', which desktop entries do not allow in Exec. "
            "Install BelugaDesk in a directory without '=' in its path."
        )
    command = " ".join(_quote_exec_argument(arg).replace("%", "%%") for arg in argv)
    return _escape_string_value(command)


def _escape_string_value(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")


def render_desktop_entry(template: str, argv: Sequence[str]) -> str:
    """Return ``template`` with ``Exec=`` set to ``argv`` and ``TryExec=`` to its program."""
    exec_line = f"Exec={exec_value(argv)}"
    try_exec_line = f"TryExec={_escape_string_value(argv[0])}"
    lines: list[str] = []
    in_main_group = False
    for line in template.splitlines():
        if line.startswith("["):
            in_main_group = line.strip() == "[Desktop Entry]"
        if in_main_group and line.startswith("Exec="):
            line = exec_line
        elif in_main_group and line.startswith("TryExec="):
            line = try_exec_line
        lines.append(line)
    return "\n".join(lines) + "\n"


def _install_file(target: Path, content: str | bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(target, content, mode=0o644)


def refresh_caches(data_home: Path) -> list[str]:
    """Best-effort refresh of the desktop and icon caches under ``data_home``; never raises.

    A tool runs only when its cache file already exists there (a missing cache means the desktop
    reads the directories directly, and creating one would leave a file behind that uninstall does
    not own). Returns the commands that ran successfully.
    """
    applications = data_home / "applications"
    hicolor = data_home / "icons" / "hicolor"
    jobs: list[tuple[Path, list[str]]] = [
        (applications / "mimeinfo.cache", ["update-desktop-database", "-q", str(applications)]),
        (hicolor / "icon-theme.cache", ["gtk-update-icon-cache", "-q", "-f", "-t", str(hicolor)]),
    ]
    ran: list[str] = []
    for cache, command in jobs:
        if not cache.exists():
            continue
        tool = shutil.which(command[0])
        if tool is None:
            log.info("%s is not installed; the desktop will pick the change up on its own", command[0])
            continue
        try:
            result = subprocess.run([tool, *command[1:]], capture_output=True, text=True, timeout=60)
        except (OSError, subprocess.SubprocessError) as exc:
            log.warning("could not run %s: %s", command[0], exc)
            continue
        if result.returncode == 0:
            ran.append(" ".join(command))
        else:
            log.warning("%s failed (%s): %s", command[0], result.returncode, result.stderr.strip())
    if hicolor.is_dir():
        # Icon lookups compare the theme directory's mtime against their caches.
        os.utime(hicolor)
    return ran


def install_desktop_entry(*, data_home: Path | None = None, exec_path: str | None = None) -> list[Path]:
    """Install the desktop entry and icons for the current user; return the files written.

    ``data_home`` defaults to ``$XDG_DATA_HOME`` (``~/.local/share``). ``exec_path`` is the launcher to
    run (absolute path, or a name looked up on ``PATH``); by default the launcher of this installation
    (see :func:`launcher_command`). Raises :class:`UnsupportedPlatform` outside Linux and
    :class:`DesktopIntegrationError` when the launcher or a file cannot be written.
    """
    _require_linux()
    home = data_home if data_home is not None else default_data_home()
    if exec_path is None:
        argv = launcher_command()
    else:
        found = exec_path if os.path.isabs(exec_path) else shutil.which(exec_path)
        if not found:
            raise DesktopIntegrationError(f"The launcher {exec_path!r} was not found on PATH.")
        argv = [found]

    targets = installed_paths(home)
    try:
        template = desktop_file_path().read_text(encoding="utf-8")
        _install_file(targets[0], render_desktop_entry(template, argv))
        icons = [*(icon_path(size) for size in ICON_SIZES), icon_path(None)]
        for source, target in zip(icons, targets[1:], strict=True):
            _install_file(target, source.read_bytes())
    except OSError as exc:
        raise DesktopIntegrationError(
            f"Could not install the desktop entry into {home}: {exc.strerror or exc}."
        ) from exc
    refresh_caches(home)
    log.info("installed desktop entry %s (Exec: %s)", targets[0], " ".join(argv))
    return targets


def uninstall_desktop_entry(*, data_home: Path | None = None) -> list[Path]:
    """Remove the files :func:`install_desktop_entry` writes; return those that existed and were removed."""
    _require_linux()
    home = data_home if data_home is not None else default_data_home()
    removed: list[Path] = []
    for path in installed_paths(home):
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise DesktopIntegrationError(f"Could not remove {path}: {exc.strerror or exc}.") from exc
        removed.append(path)
    refresh_caches(home)
    log.info("removed %d desktop integration files from %s", len(removed), home)
    return removed
