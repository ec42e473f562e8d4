"""Installing and removing the desktop entry in a temporary XDG data directory."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from belugadesk import APP_ID
from belugadesk.desktop_integration import (
    DesktopIntegrationError,
    UnsupportedPlatform,
    exec_value,
    install_desktop_entry,
    installed_paths,
    launcher_command,
    refresh_caches,
    uninstall_desktop_entry,
)
from belugadesk.viewmodels.resources_access import ICON_SIZES, icon_path

HAS_VALIDATOR = shutil.which("desktop-file-validate") is not None


def _make_launcher(directory: Path, name: str = "belugadesk-gui") -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    launcher = directory / name
    launcher.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    launcher.chmod(0o755)
    return launcher


def _desktop_keys(path: Path) -> dict[str, str]:
    keys: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if "=" in line and not line.startswith(("#", "[")):
            key, value = line.split("=", 1)
            keys[key] = value
    return keys


def _validate(path: Path) -> None:
    result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_install_writes_entry_and_icons_then_uninstall_removes_exactly_them(tmp_path: Path) -> None:
    data_home = tmp_path / "share"
    launcher = _make_launcher(tmp_path / "venv" / "bin")
    unrelated = data_home / "applications" / "other.desktop"
    unrelated.parent.mkdir(parents=True)
    unrelated.write_text("[Desktop Entry]\n", encoding="utf-8")

    installed = install_desktop_entry(data_home=data_home, exec_path=str(launcher))

    assert installed == installed_paths(data_home)
    assert len(installed) == 1 + len(ICON_SIZES) + 1
    desktop = data_home / "applications" / f"{APP_ID}.desktop"
    keys = _desktop_keys(desktop)
    assert keys["Exec"] == str(launcher)
    assert keys["TryExec"] == str(launcher)
    assert keys["Icon"] == APP_ID
    for size in ICON_SIZES:
        png = data_home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png.read_bytes() == icon_path(size).read_bytes()
    svg = data_home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert svg.read_bytes() == icon_path(None).read_bytes()
    if HAS_VALIDATOR:
        _validate(desktop)

    removed = uninstall_desktop_entry(data_home=data_home)

    assert removed == installed
    assert not any(path.exists() for path in installed)
    assert unrelated.exists(), "uninstall must not touch other applications' files"
    assert uninstall_desktop_entry(data_home=data_home) == []


@pytest.mark.skipif(not HAS_VALIDATOR, reason="needs desktop-file-utils")
def test_exec_path_with_spaces_and_specials_is_quoted_per_the_spec(tmp_path: Path) -> None:
    launcher = _make_launcher(tmp_path / "My Apps $HOME (test) 100%" / "bin")
    data_home = tmp_path / "share"

    install_desktop_entry(data_home=data_home, exec_path=str(launcher))

    desktop = data_home / "applications" / f"{APP_ID}.desktop"
    exec_line = _desktop_keys(desktop)["Exec"]
    escaped_dir = str(launcher.parent).replace("$", "\\\\$").replace("%", "%%")
    assert exec_line == f'"{escaped_dir}/belugadesk-gui"'
    _validate(desktop)


def test_exec_value_escapes_quotes_backslashes_and_field_codes() -> None:
    assert exec_value(["/opt/beluga/bin/belugadesk-gui"]) == "/opt/beluga/bin/belugadesk-gui"
    assert exec_value(["/usr/bin/python3", "-m", "belugadesk"]) == "/usr/bin/python3 -m belugadesk"
    # Exec rule: "a\"b" ; then the string-value rule doubles the backslash.
    assert exec_value(['/x/a"b']) == '"/x/a\\\\"b"'
    assert exec_value(["/x/50%"]) == "/x/50%%"
    with pytest.raises(DesktopIntegrationError, match="absolute path"):
        exec_value(["belugadesk-gui"])
    with pytest.raises(DesktopIntegrationError, match="'='"):
        exec_value(["/opt/a=b/belugadesk-gui"])


def test_exec_path_given_as_a_name_is_looked_up_on_path(tmp_path: Path, monkeypatch) -> None:
    launcher = _make_launcher(tmp_path / "bin")
    monkeypatch.setenv("PATH", str(launcher.parent))
    install_desktop_entry(data_home=tmp_path / "share", exec_path="belugadesk-gui")
    assert _desktop_keys(tmp_path / "share" / "applications" / f"{APP_ID}.desktop")["Exec"] == str(launcher)


def test_unknown_launcher_name_is_a_clear_error(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(DesktopIntegrationError, match="'no-such-launcher' was not found on PATH"):
        install_desktop_entry(data_home=tmp_path / "share", exec_path="no-such-launcher")
    assert not (tmp_path / "share").exists()


def test_default_data_home_is_xdg_data_home(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    launcher = _make_launcher(tmp_path / "bin")
    installed = install_desktop_entry(exec_path=str(launcher))
    assert installed[0] == tmp_path / "xdg" / "applications" / f"{APP_ID}.desktop"
    assert uninstall_desktop_entry() == installed


def _launcher_from_python(python: Path, env_path: str) -> list[str]:
    code = "from belugadesk.desktop_integration import launcher_command; print(repr(launcher_command()))"
    env = dict(os.environ, PATH=env_path, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    out = subprocess.run([str(python), "-c", code], env=env, capture_output=True, text=True, check=True)
    return eval(out.stdout)  # a repr of a list of str written by the child


def test_launcher_defaults_to_belugadesk_gui_beside_the_interpreter(tmp_path: Path) -> None:
    bindir = tmp_path / "venv" / "bin"
    bindir.mkdir(parents=True)
    python = bindir / "python"
    python.symlink_to(sys.executable)
    launcher = _make_launcher(bindir)
    other = _make_launcher(tmp_path / "elsewhere")
    assert _launcher_from_python(python, str(other.parent)) == [str(launcher)]


def test_launcher_falls_back_to_path_then_to_python_m_belugadesk(tmp_path: Path) -> None:
    bindir = tmp_path / "venv" / "bin"
    bindir.mkdir(parents=True)
    python = bindir / "python"
    python.symlink_to(sys.executable)
    on_path = _make_launcher(tmp_path / "elsewhere")
    assert _launcher_from_python(python, str(on_path.parent)) == [str(on_path)]
    assert _launcher_from_python(python, str(tmp_path / "empty")) == [str(python), "-m", "belugadesk"]


def test_launcher_command_in_this_process_is_absolute() -> None:
    argv = launcher_command()
    assert Path(argv[0]).is_absolute()


@pytest.mark.skipif(shutil.which("gtk-update-icon-cache") is None, reason="needs gtk-update-icon-cache")
def test_existing_icon_cache_is_refreshed_and_none_is_created(tmp_path: Path) -> None:
    launcher = _make_launcher(tmp_path / "bin")
    fresh = tmp_path / "fresh"
    install_desktop_entry(data_home=fresh, exec_path=str(launcher))
    assert not (fresh / "icons" / "hicolor" / "icon-theme.cache").exists()
    assert not (fresh / "applications" / "mimeinfo.cache").exists()

    cached = tmp_path / "cached"
    hicolor = cached / "icons" / "hicolor"
    other_icon = hicolor / "16x16" / "apps" / "org.example.Other.png"
    other_icon.parent.mkdir(parents=True)
    shutil.copyfile(icon_path(16), other_icon)
    subprocess.run(["gtk-update-icon-cache", "-q", "-f", "-t", str(hicolor)], check=True)
    cache = hicolor / "icon-theme.cache"
    before = cache.read_bytes()
    install_desktop_entry(data_home=cached, exec_path=str(launcher))
    assert APP_ID.encode() in cache.read_bytes()
    assert cache.read_bytes() != before
    ran = refresh_caches(cached)
    assert any(cmd.startswith("gtk-update-icon-cache") for cmd in ran)


def test_non_linux_gets_a_clear_message(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    with pytest.raises(UnsupportedPlatform, match="Linux feature"):
        install_desktop_entry(data_home=tmp_path)
    with pytest.raises(UnsupportedPlatform, match="Linux feature"):
        uninstall_desktop_entry(data_home=tmp_path)
    assert not any(tmp_path.iterdir())


def test_inside_flatpak_there_is_nothing_to_install(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("FLATPAK_ID", APP_ID)
    with pytest.raises(DesktopIntegrationError, match="running as a Flatpak"):
        install_desktop_entry(data_home=tmp_path, exec_path=sys.executable)
    assert not any(tmp_path.iterdir())


def test_unwritable_data_home_is_a_clear_error(tmp_path: Path) -> None:
    launcher = _make_launcher(tmp_path / "bin")
    blocker = tmp_path / "share"
    blocker.write_text("a file where a directory should be", encoding="utf-8")
    with pytest.raises(DesktopIntegrationError, match="Could not install the desktop entry into"):
        install_desktop_entry(data_home=blocker, exec_path=str(launcher))
