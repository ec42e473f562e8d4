"""The questions any flow may ask the person (which files to read, where to write one, a line of text). A
view answers them with its awaitable dialogs (``views.dialog_flow.Questions``); a flow awaits the answer
midway."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QUrl


class FileQuestions(Protocol):
    async def save_path(self, title: str, suggested: Path, name_filter: str, suffix: str = "") -> Path | None:
        """Where to write (None when the person cancelled)."""
        ...

    async def open_paths(self, title: str, name_filter: str = "", start: Path | None = None) -> list[Path]:
        """Existing files to read (empty when the person cancelled)."""
        ...


class TextQuestions(Protocol):
    async def text(self, title: str, label: str) -> str | None:
        """A line the person typed (None when they cancelled)."""
        ...


class LinkQuestion(Protocol):
    async def confirm_link(self, url: QUrl) -> bool:
        """True when the person, shown where ``url`` really goes, chose to open it."""
        ...
