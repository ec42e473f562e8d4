"""What a drag over the chat (or a paste) carries that can be attached: local files (an image file among
them), or an image as data (from a browser, a screenshot tool), as PNG bytes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData
from PySide6.QtGui import QImage


def dropped_files(mime: QMimeData) -> list[Path]:
    """The local files ``mime`` names (none for text, remote links or other data)."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def dropped_image(mime: QMimeData) -> bytes | None:
    """The image ``mime`` carries as data, as PNG bytes; None when it carries none (or files: those win)."""
    if dropped_files(mime) or not mime.hasImage():
        return None
    image = mime.imageData()
    if not isinstance(image, QImage) or image.isNull():
        return None
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; only str works
    buffer.close()
    return bytes(data.data())


def attachable(mime: QMimeData) -> bool:
    return bool(dropped_files(mime)) or (mime.hasImage() and not mime.hasUrls())
