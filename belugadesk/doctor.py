"""``belugadesk doctor``: one line per check of the set-up, non-zero exit when one fails. Never prints a key.

Checks: the Qt platform plugin (in a child process, since a broken plugin aborts the process that loads
it), the app's folders, the keyring, and every profile's endpoint with the app's own connection test (the
demo's local API is started here).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
from collections.abc import Sequence

from belugadesk.doctor_checks import CheckResult, check_data_dir_writable, check_endpoint, check_keyring

QT_PROBE_TIMEOUT_S = 30.0
_QT_PROBE = (
    "import sys\n"
    "from PySide6.QtGui import QGuiApplication\n"
    "app = QGuiApplication(sys.argv[:1])\n"
    "print(app.platformName(), flush=True)\n"
)


def check_qt_platform(timeout: float = QT_PROBE_TIMEOUT_S) -> CheckResult:
    """Start a QGuiApplication in a child process and report the platform plugin it loaded."""
    name = "Qt platform plugin"
    try:
        done = subprocess.run(
            [sys.executable, "-c", _QT_PROBE],
            capture_output=True,
            text=True,
            timeout=timeout,
            env=os.environ.copy(),
            check=False,
        )
    except subprocess.TimeoutExpired:
        return CheckResult(name, False, f"Starting Qt did not finish within {timeout:g} s.")
    except OSError as exc:
        return CheckResult(name, False, f"Could not start Python to test Qt: {exc}.")
    platform = done.stdout.strip().splitlines()[-1:] if done.stdout.strip() else []
    if done.returncode == 0 and platform:
        return CheckResult(name, True, platform[0])
    lines = [line.strip() for line in done.stderr.splitlines() if line.strip()]
    reason = next((line for line in lines if "plugin" in line.lower()), lines[-1] if lines else "")
    hint = (
        " Install the missing X11/Wayland libraries (e.g. libxcb-cursor0 on Debian/Ubuntu), or set "
        "QT_QPA_PLATFORM (wayland, xcb, or offscreen without a display)."
    )
    return CheckResult(
        name, False, f"Qt could not start (exit code {done.returncode}): {reason[:300]}.{hint}"
    )


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
            if profile.kind == "demo":
                lookup = KeyLookup(None, "none")
            else:
                try:
                    lookup = await loop.run_in_executor(None, keys.get_key, profile.id)
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
    return f"{'ok' if result.ok else 'FAIL':<6}{result.name}: {result.detail}"


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
