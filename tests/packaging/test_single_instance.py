"""A second launch hands off to the first one over a local socket (same process and across processes)."""

from __future__ import annotations

import gc
import os
import socket
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalServer

from belugadesk.single_instance import Command, SingleInstance, default_server_name, endpoint, lock_path

REPO_ROOT = Path(__file__).resolve().parents[2]

SECOND_PROCESS = """
import sys
from belugadesk.single_instance import SingleInstance
guard = SingleInstance()
print("acquired" if guard.try_acquire(sys.argv[1]) else "handed-off", flush=True)
"""

PRIMARY_PROCESS = """
import sys
from PySide6.QtCore import QCoreApplication, QTimer
from belugadesk.single_instance import SingleInstance
app = QCoreApplication([])
guard = SingleInstance()
if not guard.try_acquire(sys.argv[1]):
    print("not-primary", flush=True)
    sys.exit(2)
guard.activation_requested.connect(lambda: (print("activated", flush=True), app.quit()))
QTimer.singleShot(20000, lambda: (print("timeout", flush=True), app.exit(3)))
print("listening", flush=True)
sys.exit(app.exec())
"""


@pytest.fixture
def name() -> Iterator[str]:
    value = f"belugadesk-test-{uuid.uuid4().hex[:12]}"
    yield value
    QLocalServer.removeServer(endpoint(value))


def _child_env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(REPO_ROOT), QT_QPA_PLATFORM="offscreen")


def test_second_object_hands_off_and_first_is_activated(qtbot, name: str) -> None:
    first = SingleInstance()
    second = SingleInstance()
    assert first.try_acquire(name) is True
    assert first.is_primary and first.server_name == name

    with qtbot.waitSignal(first.activation_requested, timeout=5000):
        assert second.try_acquire(name) is False
    assert not second.is_primary

    with qtbot.waitSignal(first.activation_requested, timeout=5000):
        assert SingleInstance().try_acquire(name) is False
    first.release()


def test_release_lets_the_next_instance_become_primary(qtbot, name: str) -> None:
    first = SingleInstance()
    assert first.try_acquire(name)
    first.release()
    assert not first.is_primary
    second = SingleInstance()
    assert second.try_acquire(name) is True
    second.release()


def test_second_real_process_hands_off_to_this_one(qtbot, name: str) -> None:
    first = SingleInstance()
    assert first.try_acquire(name)
    with qtbot.waitSignal(first.activation_requested, timeout=15000):
        child = subprocess.Popen(
            [sys.executable, "-c", SECOND_PROCESS, name],
            env=_child_env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        out, err = child.communicate(timeout=30)
    assert child.returncode == 0, err
    assert out.strip() == "handed-off"
    first.release()


def test_this_process_hands_off_to_a_real_primary_process(name: str) -> None:
    primary = subprocess.Popen(
        [sys.executable, "-c", PRIMARY_PROCESS, name],
        env=_child_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert primary.stdout is not None
        assert primary.stdout.readline().strip() == "listening"
        assert SingleInstance().try_acquire(name) is False
        out, err = primary.communicate(timeout=30)
    finally:
        if primary.poll() is None:
            primary.kill()
            primary.wait()
    assert primary.returncode == 0, err
    assert out.strip() == "activated"


def test_stale_socket_left_by_a_crashed_instance_is_replaced(qtbot, name: str) -> None:
    if not hasattr(socket, "AF_UNIX"):
        pytest.skip("Unix domain sockets only")
    path = endpoint(name)
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(path)
    stale.close()  # the file stays, nobody listens: what a killed instance leaves behind
    assert os.path.exists(path)

    first = SingleInstance()
    assert first.try_acquire(name) is True
    with qtbot.waitSignal(first.activation_requested, timeout=5000):
        assert SingleInstance().try_acquire(name) is False
    first.release()


def test_lock_left_by_a_killed_primary_process_does_not_block_the_next_start(qtbot, name: str) -> None:
    primary = subprocess.Popen(
        [sys.executable, "-c", PRIMARY_PROCESS, name],
        env=_child_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert primary.stdout is not None
    assert primary.stdout.readline().strip() == "listening"
    primary.kill()
    primary.wait()
    primary.stdout.close()
    assert os.path.exists(endpoint(name))  # socket file left behind

    first = SingleInstance()
    assert first.try_acquire(name) is True
    with qtbot.waitSignal(first.activation_requested, timeout=5000):
        assert SingleInstance().try_acquire(name) is False
    first.release()


def test_primary_dropped_without_release_is_collected_safely(qtbot, name: str) -> None:
    first = SingleInstance()
    assert first.try_acquire(name)
    with qtbot.waitSignal(first.activation_requested, timeout=5000):
        assert SingleInstance().try_acquire(name) is False
    del first
    gc.collect()  # destroys the server and a still-open client socket
    qtbot.wait(50)
    second = SingleInstance()
    assert second.try_acquire(name) is True  # the lock went with the collected object
    second.release()


def test_socket_and_lock_live_in_a_directory_only_this_user_can_use(qtbot, name: str) -> None:
    first = SingleInstance()
    assert first.try_acquire(name)
    for path in (endpoint(name), lock_path(name)):
        assert os.path.exists(path)
        directory = os.stat(os.path.dirname(path))
        assert directory.st_uid == os.getuid()
        assert directory.st_mode & 0o077 == 0, oct(directory.st_mode)
    first.release()
    assert not os.path.exists(lock_path(name))


def test_unwritable_lock_directory_is_a_clear_error(name: str, monkeypatch, tmp_path: Path) -> None:
    readonly = tmp_path / "runtime"
    readonly.mkdir(mode=0o500)
    monkeypatch.setattr("belugadesk.single_instance._private_dir", lambda: str(readonly))
    if os.access(readonly, os.W_OK):  # root ignores permission bits
        readonly.rmdir()
        readonly.write_text("a file where the runtime directory should be", encoding="utf-8")
    with pytest.raises(RuntimeError, match="cannot create its instance lock"):
        SingleInstance().try_acquire(name)


def test_unknown_messages_are_ignored(qtbot, name: str) -> None:
    from PySide6.QtNetwork import QLocalSocket

    first = SingleInstance()
    assert first.try_acquire(name)
    client = QLocalSocket()
    client.connectToServer(endpoint(name))
    assert client.waitForConnected(2000)
    client.write(b"delete-everything\n")
    client.waitForBytesWritten(2000)
    with qtbot.assertNotEmitted(first.activation_requested, wait=300):
        client.disconnectFromServer()
    first.release()


def test_a_quick_ask_launch_sends_its_own_command(qtbot, name: str) -> None:
    first = SingleInstance()
    assert first.try_acquire(name)
    received: list[Command] = []
    first.command_received.connect(received.append)
    with (
        qtbot.assertNotEmitted(first.activation_requested, wait=300),
        qtbot.waitSignal(first.command_received, timeout=5000),
    ):
        assert SingleInstance().try_acquire(name, Command.QUICK_ASK) is False
    with qtbot.waitSignal(first.activation_requested, timeout=5000):
        assert SingleInstance().try_acquire(name) is False
    assert received == [Command.QUICK_ASK, Command.ACTIVATE]
    first.release()


def test_commands_sent_in_pieces_and_together_arrive_in_order(qtbot, name: str) -> None:
    from PySide6.QtNetwork import QLocalSocket

    first = SingleInstance()
    assert first.try_acquire(name)
    received: list[Command] = []
    first.command_received.connect(received.append)
    client = QLocalSocket()
    client.connectToServer(endpoint(name))
    assert client.waitForConnected(2000)
    client.write(b"quick-")
    client.flush()
    client.write(b"ask\nbogus\nactivate\n")
    client.waitForBytesWritten(2000)
    qtbot.waitUntil(lambda: len(received) == 2)
    client.disconnectFromServer()
    assert received == [Command.QUICK_ASK, Command.ACTIVATE], "the unknown line in between was ignored"
    first.release()


def test_server_name_depends_on_user_and_belugadesk_home(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.delenv("BELUGADESK_HOME", raising=False)
    plain = default_server_name()
    monkeypatch.setenv("BELUGADESK_HOME", str(tmp_path / "a"))
    home_a = default_server_name()
    monkeypatch.setenv("BELUGADESK_HOME", str(tmp_path / "b"))
    home_b = default_server_name()
    assert len({plain, home_a, home_b}) == 3
    monkeypatch.setenv("BELUGADESK_HOME", str(tmp_path / "a"))
    assert default_server_name() == home_a, "stable for the same environment"
    monkeypatch.setenv("USER", "someone-else")
    monkeypatch.setenv("LOGNAME", "someone-else")
    assert default_server_name() != home_a
    assert all(n.startswith("io.github.belugadesk.BelugaDesk-") and len(n) < 60 for n in (plain, home_a))
