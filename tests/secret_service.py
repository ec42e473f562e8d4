"""pytest plugin: a real, private Secret Service (gnome-keyring on its own D-Bus session bus).

Load it from the top-level conftest with ``pytest_plugins = ["tests.secret_service"]``. The
session-scoped fixture ``secret_service`` starts ``dbus-daemon`` (a throwaway bus with no service
activation) and ``gnome-keyring-daemon --unlock --components=secrets`` fed a throwaway password, which
creates and unlocks the "login" collection and makes it the default. HOME and the XDG folders point
into a temporary directory, ``DBUS_SESSION_BUS_ADDRESS`` is set for the test process, and both
daemons are stopped at the end of the session. Without the binaries the tests are skipped, naming the
Debian packages to install.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

DEBIAN_PACKAGES = "gnome-keyring dbus dbus-x11 libsecret-tools"
_BUS_NAME = "org.freedesktop.secrets"
_START_TIMEOUT_S = 15.0

_BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


LOGIN_COLLECTION = "/org/freedesktop/secrets/collection/login"


@dataclass(frozen=True)
class SecretServiceSession:
    """A running private Secret Service: its bus address and the environment to reach it."""

    bus_address: str
    env: dict[str, str]
    root: Path
    login_password: str = field(repr=False)

    def unlock_login(self) -> None:
        """Unlock the "login" collection without a prompt (gnome-keyring's own unlock call)."""
        import secretstorage
        from jeepney import DBusAddress, new_method_call
        from secretstorage.util import format_secret, open_session

        conn = secretstorage.dbus_init()
        try:
            session = open_session(conn)
            secret = format_secret(session, self.login_password.encode(), "text/plain")
            internal = DBusAddress(
                "/org/freedesktop/secrets",
                bus_name=_BUS_NAME,
                interface="org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface",
            )
            call = new_method_call(
                internal, "UnlockWithMasterPassword", "o(oayays)", (LOGIN_COLLECTION, secret)
            )
            conn.send_and_get_reply(call, timeout=10)
            if secretstorage.Collection(conn, LOGIN_COLLECTION).is_locked():
                raise RuntimeError("the login collection is still locked")
        finally:
            conn.close()

    def run(self, *args: str, input: str | None = None) -> subprocess.CompletedProcess[str]:
        """Run a command (e.g. ``secret-tool``) against this Secret Service."""
        return subprocess.run(
            list(args), input=input, env=self.env, capture_output=True, text=True, timeout=30, check=False
        )


def _stop(proc: subprocess.Popen[str] | subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)


def _wait_for_secrets(address: str, daemon: subprocess.Popen[bytes], log_path: Path) -> None:
    """Wait until gnome-keyring owns org.freedesktop.secrets on our bus (NameHasOwner never activates)."""
    from jeepney import DBus
    from jeepney.io.blocking import open_dbus_connection

    deadline = time.monotonic() + _START_TIMEOUT_S
    with open_dbus_connection(bus=address) as conn:
        proxy = DBus()
        while time.monotonic() < deadline:
            if daemon.poll() is not None:
                raise RuntimeError(
                    f"gnome-keyring-daemon exited with {daemon.returncode}: "
                    f"{log_path.read_text(errors='replace')[-2000:]}"
                )
            reply = conn.send_and_get_reply(proxy.NameHasOwner(_BUS_NAME), timeout=5)
            if reply.body[0]:
                return
            time.sleep(0.05)
    raise RuntimeError(f"gnome-keyring-daemon did not register {_BUS_NAME} within {_START_TIMEOUT_S} s")


def _check_login_collection() -> None:
    """The default collection must exist and be unlocked, or keyring would need a (GUI) prompt."""
    import secretstorage

    conn = secretstorage.dbus_init()
    try:
        collection = secretstorage.get_default_collection(conn)
        if collection.is_locked():
            raise RuntimeError("the default Secret Service collection is locked")
    finally:
        conn.close()


@pytest.fixture(scope="session")
def secret_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SecretServiceSession]:
    missing = [b for b in ("dbus-daemon", "gnome-keyring-daemon") if shutil.which(b) is None]
    if missing:
        pytest.skip(
            f"a real Secret Service needs {', '.join(missing)}: install the Debian packages "
            f"{DEBIAN_PACKAGES} (apt-get install -y {DEBIAN_PACKAGES})"
        )
    pytest.importorskip("secretstorage", reason="keyring's SecretService backend needs SecretStorage")

    root = tmp_path_factory.mktemp("secret-service")
    dirs = {name: root / name for name in ("home", "data", "config", "cache", "runtime")}
    for folder in dirs.values():
        folder.mkdir(mode=0o700)
    socket = dirs["runtime"] / "bus"
    config = root / "session-bus.conf"
    config.write_text(_BUS_CONFIG.format(socket=socket))

    env = dict(os.environ)
    env.update(
        HOME=str(dirs["home"]),
        XDG_DATA_HOME=str(dirs["data"]),
        XDG_CONFIG_HOME=str(dirs["config"]),
        XDG_CACHE_HOME=str(dirs["cache"]),
        XDG_RUNTIME_DIR=str(dirs["runtime"]),
    )
    env.pop("GNOME_KEYRING_CONTROL", None)

    bus = subprocess.Popen(
        ["dbus-daemon", f"--config-file={config}", "--nofork", "--nopidfile", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
    )
    daemon: subprocess.Popen[bytes] | None = None
    saved_address = os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    try:
        assert bus.stdout is not None
        address = bus.stdout.readline().strip()
        if not address:
            raise RuntimeError(f"dbus-daemon did not start (exit code {bus.poll()})")
        env["DBUS_SESSION_BUS_ADDRESS"] = address

        log_path = root / "gnome-keyring.log"
        with log_path.open("wb") as log_file:
            daemon = subprocess.Popen(
                ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
                stdin=subprocess.PIPE,
                stdout=log_file,
                stderr=subprocess.STDOUT,
                env=env,
            )
        assert daemon.stdin is not None
        # A throwaway password: --unlock creates the "login" keyring with it and unlocks it.
        password = os.urandom(12).hex()
        daemon.stdin.write(password.encode())
        daemon.stdin.close()
        _wait_for_secrets(address, daemon, log_path)

        os.environ["DBUS_SESSION_BUS_ADDRESS"] = address
        _check_login_collection()
        yield SecretServiceSession(bus_address=address, env=env, root=root, login_password=password)
    finally:
        if saved_address is None:
            os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)
        else:
            os.environ["DBUS_SESSION_BUS_ADDRESS"] = saved_address
        if daemon is not None:
            _stop(daemon)
        _stop(bus)
        if bus.stdout is not None:
            bus.stdout.close()
