"""What the thread flows ask the person. The view answers with its awaitable dialogs; a flow in a
view-model awaits the answer midway, so the flow itself stays out of the view."""

from __future__ import annotations

from pathlib import Path
from typing import Literal, Protocol

from belugadesk.domain.models import Backend, Thread

ExportFormat = Literal["markdown", "json"]


class ThreadQuestions(Protocol):
    async def confirm_delete(self, thread: Thread) -> bool:
        """True when the person confirmed deleting ``thread``."""
        ...

    async def offer_local_delete(self, thread: Thread, reason: str) -> bool:
        """The server refused to delete (``reason``); True when the person chose to delete the local copy."""
        ...

    async def show_problem(self, title: str, text: str) -> None:
        """Tell the person what went wrong, and wait until they have read it."""
        ...

    async def remote_id(self, backend: Backend) -> str | None:
        """The remote thread id the person typed (None when they cancelled)."""
        ...

    async def export_path(self, thread: Thread, fmt: ExportFormat) -> Path | None:
        """Where to export ``thread`` (None when the person cancelled)."""
        ...

    async def import_path(self) -> Path | None:
        """Which exported thread to import (None when the person cancelled)."""
        ...
