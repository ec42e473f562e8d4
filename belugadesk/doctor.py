"""``belugadesk doctor``: one line per check of the set-up, non-zero exit when one fails. Never prints a key.

Checks: the Qt platform plugin (in a child process, since a broken plugin aborts the process that loads
it), the app's folders, the keyring, and every profile's endpoint with the app's own connection test (the
demo's local API is started here).
"""

from __future__ import annotations

import argparse
import asyncio
import ctypes.util
import functools
import os
import subprocess
import sys
from collections.abc import Mapping, Sequence

from belugadesk.doctor_checks import CheckResult, check_data_dir_writable, check_endpoint, check_keyring

QT_PROBE_TIMEOUT_S = 30.0
_QT_PROBE = (
    "import sys\n"
    "from PySide6.QtGui import QGuiApplication\n"
    "app = QGuiApplication(sys.argv[:1])\n"
    "print(app.platformName(), flush=True)\n"
)


def _qt_failure(stderr: str, env: Mapping[str, str]) -> str:
    """What went wrong when Qt could not start, and what to do: no display is said as such (Qt's own
    message then blames libxcb-cursor0 even when it is installed), a missing library only when it is."""
    platform = env.get("QT_QPA_PLATFORM", "").split(":")[0]
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    if sys.platform.startswith("linux") and (platform in ("", "xcb") or platform.startswith("wayland")):
        display, wayland = env.get("DISPLAY"), env.get("WAYLAND_DISPLAY")
        if not display and not wayland:
            return (
                "there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set). Run BelugaDesk in a "
                "desktop session, or set QT_QPA_PLATFORM=offscreen to check everything else without a window."
            )
        if any("could not connect to display" in line for line in lines) and not wayland:
            return (
                f"the display {display} cannot be reached. Check that the X server is running and that "
                "this user may use it (xhost, XAUTHORITY), or set QT_QPA_PLATFORM=offscreen."
            )
        if ctypes.util.find_library("xcb-cursor") is None and platform in ("", "xcb"):
            return (
                "libxcb-cursor is missing. Install it (libxcb-cursor0 on Debian/Ubuntu, xcb-util-cursor "
                "on Fedora)."
            )
    reason = next((line for line in lines if "plugin" in line.lower()), lines[-1] if lines else "")
    return (
        f"{reason[:300]}. Install the X11/Wayland libraries it names, or set QT_QPA_PLATFORM to one of the "
        "platforms Qt lists (wayland, xcb, or offscreen without a display)."
    )


def check_qt_platform(
    timeout: float = QT_PROBE_TIMEOUT_S, env: Mapping[str, str] | None = None
) -> CheckResult:
    """Start a QGuiApplication in a child process (with ``env``, default this process's environment) and
    report the platform plugin it loaded."""
    name = "Qt platform plugin"
    environ = dict(os.environ if env is None else env)
    try:
        done = subprocess.run(
            [sys.executable, "-c", _QT_PROBE],
            capture_output=True,
            text=True,
            timeout=timeout,
            env=environ,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return CheckResult(name, False, f"Starting Qt did not finish within {timeout:g} s.")
    except OSError as exc:
        return CheckResult(name, False, f"Could not start Python to test Qt: {exc}.")
    platform = done.stdout.strip().splitlines()[-1:] if done.stdout.strip() else []
    if done.returncode == 0 and platform:
        return CheckResult(name, True, platform[0])
    detail = f"Qt could not start (exit code {done.returncode}): {_qt_failure(done.stderr, environ)}"
    return CheckResult(name, False, detail)


async def check_profiles() -> list[CheckResult]:
    """Every profile's endpoint with its key (never shown), tested as the app tests a connection; the demo's
    local API is started for its check."""
    from belugadesk.credentials import ApiKeys, KeyLookup
    from belugadesk.domain.errors import CredentialsError
    from belugadesk.services.connections import Connections
    from belugadesk.services.demo_server import DemoServer
    from belugadesk.settings import AppPaths, SettingsFile

    settings = SettingsFile(AppPaths.default()).load()
    keys = ApiKeys()
    demo_server = DemoServer(None)
    connections = Connections(keys, demo_server)
    results: list[CheckResult] = []
    loop = asyncio.get_running_loop()
    try:
        for profile in settings.profiles:
            if not profile.takes_key:  # the demo, Ollama: no key is looked up or sent
                lookup = KeyLookup(None, "none")
            else:
                try:
                    lookup = await loop.run_in_executor(
                        None,
                        functools.partial(
                            keys.get_key, profile.id, environment=profile.reads_environment_key
                        ),
                    )
                except CredentialsError as exc:
                    results.append(CheckResult(f"Endpoint ({profile.name})", False, str(exc)))
                    continue
            results.append(await check_endpoint(profile, lookup, connections))
    finally:
        await demo_server.aclose()
    return results


def run_checks() -> list[CheckResult]:
    from belugadesk.settings import AppPaths

    results = [check_qt_platform(), check_data_dir_writable(AppPaths.default()), check_keyring()]
    results.extend(asyncio.run(check_profiles()))
    return results


def format_result(result: CheckResult) -> str:
    """One line per check, then its table (if any) indented under it."""
    first = f"{'ok' if result.ok else 'FAIL':<6}{result.name}: {result.detail}"
    width = max((len(label) for label, _ in result.table), default=0)
    return "\n".join([first, *(f"      {label:<{width}}  {value}" for label, value in result.table)])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="belugadesk doctor",
        description="Check BelugaDesk's set-up: Qt, the data folders, the keyring and each profile's server.",
    )
    parser.parse_args(list(argv or []))
    results = run_checks()
    for result in results:
        print(format_result(result), flush=True)
    failed = sum(not r.ok for r in results)
    print(
        f"\n{len(results) - failed} passed, {failed} failed."
        if failed
        else f"\nAll {len(results)} checks passed."
    )
    return 1 if failed else 0
