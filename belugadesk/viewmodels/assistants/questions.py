"""What the assistant list's flows ask the person; the view answers with its awaitable dialogs."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol


class AssistantQuestions(Protocol):
    async def confirm_delete(self, question: str) -> bool:
        """True when the person confirmed ``question`` (which says what deleting changes)."""
        ...

    async def export_path(self, suggested_name: str) -> Path | None:
        """Where to export an assistant (None when the person cancelled)."""
        ...

    async def import_path(self) -> Path | None:
        """Which exported assistant to import (None when the person cancelled)."""
        ...
