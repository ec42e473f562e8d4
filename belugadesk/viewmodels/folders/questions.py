"""What the folder flows ask the person (the view answers with its awaitable dialogs)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from belugadesk.domain.folders import Folder, FolderFilter


@dataclass(frozen=True)
class FolderSettings:
    """What the folder settings dialog edits."""

    name: str
    default_assistant_id: str | None
    extra_instructions: str


@dataclass(frozen=True)
class FolderChoice:
    """A place "Move to…" offers: "No folder" (``key`` NO_FOLDER) or a folder (its id)."""

    key: FolderFilter
    label: str
    depth: int = 0


class FolderQuestions(Protocol):
    async def folder_name(self, title: str, label: str, initial: str = "") -> str | None:
        """A folder's name as typed (None when cancelled)."""
        ...

    async def folder_settings(
        self, folder: Folder, assistants: list[tuple[str, str]]
    ) -> FolderSettings | None:
        """The folder's name, default assistant (of ``assistants``: (id, name)) and instructions."""
        ...

    async def pick_folder(self, choices: list[FolderChoice], current: FolderFilter) -> FolderFilter | None:
        """Where to move a thread (None when cancelled)."""
        ...

    async def confirm_destructive(
        self, title: str, text: str, detail: str, action: str, action_name: str
    ) -> bool:
        """Whether the person chose ``action`` over Cancel."""
        ...
