"""Folders (projects) the person files threads in: one level of nesting, ordered by hand.

A folder may name a default assistant (preselected for New chat while it is selected) and extra
instructions added to every reply in its threads (a subfolder's come after its parent's).
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field

from .errors import BelugaError
from .models import Frozen, new_id, utcnow

#: the thread list's folder filter: every thread, the threads in no folder, or one folder's id
ALL_CHATS: Literal["all"] = "all"
NO_FOLDER: Literal["none"] = "none"
FolderFilter = str  # ALL_CHATS | NO_FOLDER | a folder id

NAME_MAX = 120
INSTRUCTIONS_MAX = 32_000


class FolderProblem(BelugaError):
    """A folder change the rules refuse (no name, nested too deep…), said as a sentence."""


class Folder(Frozen):
    id: str = Field(default_factory=new_id)
    name: str
    #: the folder this one is nested in (one level only: a parent has no parent)
    parent_id: str | None = None
    #: the order among its siblings (0 first)
    position: int = 0
    default_assistant_id: str | None = None
    extra_instructions: str = ""
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


def joined_instructions(*parts: str) -> str:
    """Instructions from several folders (outermost first) as one text; "" when none."""
    return "\n\n".join(p.strip() for p in parts if p.strip())
