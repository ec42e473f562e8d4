"""One BelugaDesk window per user (and per ``BELUGADESK_HOME``): a second launch activates the first.

The first process to call :meth:`SingleInstance.try_acquire` takes a lock file and listens on a local
socket (QLocalServer: a Unix domain socket in the user's runtime directory, or a named pipe on
Windows). A later process finds the lock taken, connects, sends its :class:`Command` (one line:
``activate``, or ``quick-ask`` for ``belugadesk --quick-ask``) and gets ``False`` back, so it can exit;
the first process emits :attr:`SingleInstance.command_received` with it (and, for ``activate``,
:attr:`SingleInstance.activation_requested`) and raises its window or the quick-ask window. A socket
file left behind by a crashed instance is removed, because whoever holds the lock owns the name.

Typical use in the composition root::

    guard = SingleInstance(app)
    if not guard.try_acquire(default_server_name()):
        return 0                       # the running instance was asked to show itself
    guard.activation_requested.connect(window.bring_to_front)
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import os
import sys
import time
from enum import StrEnum

from PySide6.QtCore import QDir, QLockFile, QObject, QStandardPaths, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from belugadesk import APP_ID

log = logging.getLogger(__name__)


class Command(StrEnum):
    """What a second launch asks the running instance to do (the line it sends)."""

    ACTIVATE = "activate"  # bring the main window to the front
    QUICK_ASK = "quick-ask"  # show (or hide again) the quick-ask window

    @property
    def message(self) -> bytes:
        return f"{self.value}\n".encode()


ACTIVATE_MESSAGE = Command.ACTIVATE.message
_MAX_MESSAGE_BYTES = 1024
_CONNECT_TIMEOUT_MS = 1000
_WRITE_TIMEOUT_MS = 1000
# How long a second instance keeps trying to reach a first one that holds the lock but is not
# listening yet (it may be between taking the lock and calling listen()).
_HANDOFF_DEADLINE_S = 3.0


def _user_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return str(os.getuid()) if hasattr(os, "getuid") else "user"


def _private_dir() -> str:
    """A directory only this user can write: ``$XDG_RUNTIME_DIR`` (Qt creates a 0700 fallback)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.RuntimeLocation)
    if location and os.path.isdir(location):
        return location
    return QDir.tempPath()


def endpoint(name: str) -> str:
    """Where the server for ``name`` listens: a socket in the user's runtime directory on Unix (so other
    users cannot squat on it), the plain pipe name on Windows."""
    if sys.platform == "win32":
        return name
    return os.path.join(_private_dir(), name)


def lock_path(name: str) -> str:
    """The lock file that marks the primary instance for ``name``."""
    return os.path.join(_private_dir(), f"{name}.lock")


def default_server_name(app_id: str = APP_ID) -> str:
    """The local server name for this user and data directory.

    Derived from the app id, the user name and ``BELUGADESK_HOME`` (when set), hashed to stay short
    (Unix socket paths are limited to ~100 bytes) and free of characters a file name cannot hold.
    Two users, or two ``BELUGADESK_HOME`` directories (tests, demos), never share an instance.
    """
    home = os.environ.get("BELUGADESK_HOME", "")
    digest = hashlib.sha256(f"{app_id}\0{_user_name()}\0{home}".encode()).hexdigest()[:16]
    return f"{app_id}-{digest}"


def take_lock(name: str) -> QLockFile | None:
    """The instance lock for ``name`` if no BelugaDesk holds it (hold it while changing the data under the
    app's feet, e.g. a restore; ``unlock()`` when done), or None while BelugaDesk runs."""
    lock = QLockFile(lock_path(name))
    lock.setStaleLockTime(0)
    return lock if lock.tryLock(0) else None


class SingleInstance(QObject):
    """Owns the single-instance lock and local server for one process. See the module docstring."""

    activation_requested = Signal()
    command_received = Signal(object)  # Command: every request of a later launch, activate included

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server: QLocalServer | None = None
        self._lock: QLockFile | None = None
        self._name: str | None = None
        self._buffers: dict[QLocalSocket, bytes] = {}

    @property
    def is_primary(self) -> bool:
        """True after :meth:`try_acquire` returned True, until :meth:`release`."""
        return self._server is not None

    @property
    def server_name(self) -> str | None:
        """The name passed to the successful :meth:`try_acquire`, or None."""
        return self._name if self.is_primary else None

    def try_acquire(self, name: str, command: Command = Command.ACTIVATE) -> bool:
        """Become the primary instance for ``name`` (True), or hand off to the running one (False).

        On False the running instance has been sent ``command``. Raises ``RuntimeError`` with the Qt
        error text if this process holds the lock but cannot listen (e.g. the temp directory is not
        writable), because running without the guard would silently allow two writers.
        """
        if self._server is not None:
            return True
        lock = QLockFile(lock_path(name))
        lock.setStaleLockTime(0)  # only a dead owner makes the lock stale, never its age
        deadline = time.monotonic() + _HANDOFF_DEADLINE_S
        while True:
            if lock.tryLock(0):
                self._listen(name, lock)
                return True
            if lock.error() != QLockFile.LockError.LockFailedError:
                raise RuntimeError(
                    f"BelugaDesk cannot create its instance lock {lock_path(name)!r} "
                    f"({lock.error().name}); check that the directory is writable."
                )
            if self._send(name, command):
                return False
            if time.monotonic() >= deadline:
                log.warning(
                    "another BelugaDesk instance holds the lock for %s but does not answer; not starting a "
                    "second one",
                    name,
                )
                return False
            time.sleep(0.05)

    def release(self) -> None:
        """Stop listening and release the lock (also done when the object is destroyed)."""
        for socket in list(self._buffers):
            self._drop(socket)
        if self._server is not None:
            self._server.newConnection.disconnect(self._on_new_connection)
            self._server.close()
            self._server.deleteLater()
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    # -- primary side --------------------------------------------------------------------------
    # Connections use bound slots of this QObject (not lambdas), so Qt cuts them when it is destroyed
    # and a client socket dying later cannot call back into a half-destroyed object.

    def _listen(self, name: str, lock: QLockFile) -> None:
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # We hold the lock, so any socket file with this name was left by a crashed instance.
        QLocalServer.removeServer(endpoint(name))
        if not server.listen(endpoint(name)):
            error = server.errorString()
            server.deleteLater()
            lock.unlock()
            raise RuntimeError(f"BelugaDesk cannot listen on local socket {name!r}: {error}")
        server.newConnection.connect(self._on_new_connection)
        self._server = server
        self._lock = lock
        self._name = name
        log.debug("single instance: listening on %s", server.fullServerName())

    @Slot()
    def _on_new_connection(self) -> None:
        server = self._server
        if server is None:
            return
        while server.hasPendingConnections():
            socket = server.nextPendingConnection()
            if socket is None:
                break
            self._buffers[socket] = b""
            socket.readyRead.connect(self._on_ready_read)
            socket.disconnected.connect(self._on_disconnected)
            if socket.bytesAvailable():
                self._read(socket)
            if socket.state() == QLocalSocket.LocalSocketState.UnconnectedState:
                self._finish(socket)

    @Slot()
    def _on_ready_read(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    @Slot()
    def _on_disconnected(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._finish(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if socket not in self._buffers:
            return
        data = self._buffers[socket] + bytes(socket.readAll().data())
        while b"\n" in data:
            line, data = data.split(b"\n", 1)
            self._handle(line + b"\n")
        if len(data) > _MAX_MESSAGE_BYTES:
            log.warning("single instance: dropping an oversized message from a local client")
            self._drop(socket)
            return
        self._buffers[socket] = data

    def _finish(self, socket: QLocalSocket) -> None:
        self._read(socket)
        self._drop(socket)

    def _drop(self, socket: QLocalSocket) -> None:
        if socket not in self._buffers:
            return
        del self._buffers[socket]
        socket.readyRead.disconnect(self._on_ready_read)
        socket.disconnected.disconnect(self._on_disconnected)
        socket.abort()
        socket.deleteLater()

    def _handle(self, message: bytes) -> None:
        try:
            command = Command(message.decode("ascii").strip())
        except (UnicodeDecodeError, ValueError):
            log.warning("single instance: ignoring unknown message %r", message[:80])
            return
        log.info("single instance: another launch asked for %s", command.value)
        self.command_received.emit(command)
        if command is Command.ACTIVATE:
            self.activation_requested.emit()

    # -- secondary side ------------------------------------------------------------------------

    @staticmethod
    def _send(name: str, command: Command) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(endpoint(name))
        if not socket.waitForConnected(_CONNECT_TIMEOUT_MS):
            return False
        socket.write(command.message)
        written = socket.waitForBytesWritten(_WRITE_TIMEOUT_MS) or socket.bytesToWrite() == 0
        socket.disconnectFromServer()
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            socket.waitForDisconnected(_WRITE_TIMEOUT_MS)
        return written
