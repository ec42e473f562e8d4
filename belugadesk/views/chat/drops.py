"""What a drag over the chat carries that can be attached: local files (an image file among them)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData


def dropped_files(mime: QMimeData) -> list[Path]:
    """The local files ``mime`` names (none for text, remote links or other data)."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
