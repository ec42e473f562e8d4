"""Writing a file so that a reader, a crash or a full disk never finds half of it.

The one ``atomic_write`` of the app (settings, thread and assistant exports, cached images, the desktop entry
and its icons). It sits in the bottom layer, beside ``domain`` (which does no I/O), so every layer that writes
files may import it; it imports only the standard library.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def atomic_write(path: Path, data: str | bytes, *, mode: int | None = None) -> None:
    """Replace ``path``'s content with ``data`` (a ``str`` is written as UTF-8, newlines as given).

    The data goes to a temporary file in the same folder, which is flushed and fsynced, then renamed over
    ``path`` and the folder fsynced, so ``path`` holds either its old content or all of ``data``. On any
    failure the temporary file is removed and the exception (an ``OSError`` for the disk's refusals) is
    raised. The new file has ``mode`` (``0o600``, readable by the owner only, when not given). The parent
    folder must exist.
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(tmp_name, mode)
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    _fsync_folder(path.parent)


def _fsync_folder(folder: Path) -> None:
    """Make the rename durable where the platform allows it (POSIX; Windows cannot open a folder)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
