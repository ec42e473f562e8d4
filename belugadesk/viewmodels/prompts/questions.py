"""What the prompt library's flows ask the person; the view answers with its awaitable dialogs."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from belugadesk.domain.prompts import SavedPrompt, Variable


class PromptQuestions(Protocol):
    async def edit_prompt(self, prompt: SavedPrompt | None, tags: Sequence[str]) -> SavedPrompt | None:
        """The prompt as the person edited it (``prompt`` None: a new one), or None when cancelled;
        ``tags`` are the library's tags, offered for completion."""
        ...

    async def confirm_delete(self, prompt: SavedPrompt) -> bool:
        """True when the person confirmed deleting ``prompt``."""
        ...

    async def fill_variables(
        self, prompt: SavedPrompt, variables: Sequence[Variable]
    ) -> dict[str, str] | None:
        """A value for each variable (the form opens with the defaults), or None when cancelled."""
        ...

    async def export_path(self) -> Path | None:
        """Where to write the library (None when cancelled)."""
        ...

    async def import_path(self) -> Path | None:
        """Which library file to import (None when cancelled)."""
        ...

    async def show_problem(self, title: str, text: str) -> None:
        """Tell the person what went wrong, and wait until they have read it."""
        ...
