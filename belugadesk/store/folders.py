"""Folders (projects) for threads: one level of nesting, ordered by hand; see ``domain.folders``.

Deleting a folder never deletes a thread: its threads go to "No folder" and its subfolders to the top
level (the foreign keys say the same; it is done here too, so the counts come back in one step).
"""

from __future__ import annotations

import builtins
import sqlite3
from collections.abc import Collection

from belugadesk.domain.folders import INSTRUCTIONS_MAX, NAME_MAX, Folder, FolderProblem, joined_instructions
from belugadesk.domain.models import utcnow
from belugadesk.store import codec, errors

_COLUMNS = "id, name, parent_id, position, default_assistant_id, extra_instructions, created_at, updated_at"


def clean_name(name: str) -> str:
    """The name on one line; raises FolderProblem for an empty or too long one."""
    name = " ".join(name.split())
    if not name:
        raise FolderProblem("A folder needs a name.")
    if len(name) > NAME_MAX:
        raise FolderProblem(f"A folder's name can be at most {NAME_MAX} characters long.")
    return name


class FolderRepository:
    def __init__(self, conn: sqlite3.Connection):
        self._conn = conn

    def list(self) -> builtins.list[Folder]:
        """Every folder in the sidebar's order: each top-level folder followed by its subfolders."""
        rows = [self._from_row(r) for r in self._conn.execute(f"SELECT {_COLUMNS} FROM folders")]
        order = sorted(rows, key=lambda f: (f.position, f.name.casefold(), f.id))
        ordered: builtins.list[Folder] = []
        for top in (f for f in order if f.parent_id is None):
            ordered.append(top)
            ordered += [f for f in order if f.parent_id == top.id]
        return ordered

    def get(self, folder_id: str) -> Folder | None:
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM folders WHERE id = ?", (folder_id,)).fetchone()
        return None if row is None else self._from_row(row)

    def _existing(self, folder_id: str) -> Folder:
        folder = self.get(folder_id)
        if folder is None:
            raise errors.missing("folder", folder_id)
        return folder

    def create(self, name: str, *, parent_id: str | None = None) -> Folder:
        """A new folder at the end of its siblings (inside ``parent_id``, a top-level folder)."""
        self._check_parent(None, parent_id)
        now = utcnow()
        folder = Folder(
            name=clean_name(name),
            parent_id=parent_id,
            position=self._next_position(parent_id),
            created_at=now,
            updated_at=now,
        )
        self._conn.execute(
            f"INSERT INTO folders ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                folder.id,
                folder.name,
                folder.parent_id,
                folder.position,
                folder.default_assistant_id,
                folder.extra_instructions,
                codec.ts(folder.created_at),
                codec.ts(folder.updated_at),
            ),
        )
        return folder

    def rename(self, folder_id: str, name: str) -> None:
        self._set(folder_id, name=clean_name(name))

    def set_defaults(self, folder_id: str, default_assistant_id: str | None, extra_instructions: str) -> None:
        """The assistant preselected for New chat in the folder, and the instructions added to its replies."""
        if len(extra_instructions) > INSTRUCTIONS_MAX:
            raise FolderProblem(
                f"A folder's instructions can be at most {INSTRUCTIONS_MAX:,} characters long."
            )
        self._set(
            folder_id,
            default_assistant_id=default_assistant_id,
            extra_instructions=extra_instructions.strip(),
        )

    def set_parent(self, folder_id: str, parent_id: str | None) -> None:
        """Nest the folder in ``parent_id`` (or move it to the top level), at the end of its new siblings."""
        folder = self._existing(folder_id)
        if folder.parent_id == parent_id:
            return
        self._check_parent(folder, parent_id)
        self._set(folder_id, parent_id=parent_id, position=self._next_position(parent_id))
        self._renumber(folder.parent_id)

    def move(self, folder_id: str, index: int) -> None:
        """Put the folder at ``index`` among its siblings (clamped), the others keeping their order."""
        folder = self._existing(folder_id)
        siblings = [f.id for f in self.list() if f.parent_id == folder.parent_id and f.id != folder_id]
        siblings.insert(max(0, min(index, len(siblings))), folder_id)
        self._renumber(folder.parent_id, siblings)

    def delete(self, folder_id: str) -> int:
        """Delete the folder; its threads go to "No folder", its subfolders to the top level.
        Returns how many threads moved."""
        self._existing(folder_id)
        moved = self._conn.execute(
            "UPDATE threads SET folder_id = NULL WHERE folder_id = ?", (folder_id,)
        ).rowcount
        for child in [f for f in self.list() if f.parent_id == folder_id]:
            self._set(child.id, parent_id=None, position=self._next_position(None))
        self._conn.execute("DELETE FROM folders WHERE id = ?", (folder_id,))
        self._renumber(None)
        return int(moved)

    def thread_counts(self, *, profile_id: str | None = None) -> dict[str | None, int]:
        """How many unarchived threads each folder holds (the key None: in no folder)."""
        sql = "SELECT folder_id, count(*) FROM threads WHERE archived = 0"
        params: builtins.list[object] = []
        if profile_id is not None:
            sql += " AND profile_id = ?"
            params.append(profile_id)
        return {row[0]: int(row[1]) for row in self._conn.execute(sql + " GROUP BY folder_id", params)}

    def threads_in(self, folder_id: str) -> int:
        """How many threads the folder itself holds (of every profile, archived ones included)."""
        row = self._conn.execute("SELECT count(*) FROM threads WHERE folder_id = ?", (folder_id,)).fetchone()
        return int(row[0])

    def move_threads(self, thread_ids: Collection[str], folder_id: str | None) -> None:
        """File the threads in ``folder_id`` (None: "No folder")."""
        if folder_id is not None:
            self._existing(folder_id)
        for thread_id in thread_ids:
            cur = self._conn.execute("UPDATE threads SET folder_id = ? WHERE id = ?", (folder_id, thread_id))
            if cur.rowcount == 0:
                raise errors.missing("thread", thread_id)

    def instructions_for(self, folder_id: str | None) -> str:
        """The extra instructions of a thread in ``folder_id``: its parent's, then its own ("" for none)."""
        folder = self.get(folder_id) if folder_id else None
        if folder is None:
            return ""
        parent = self.get(folder.parent_id) if folder.parent_id else None
        return joined_instructions(parent.extra_instructions if parent else "", folder.extra_instructions)

    def default_assistant_for(self, folder_id: str | None) -> str | None:
        """The folder's default assistant, else its parent's (None for none)."""
        folder = self.get(folder_id) if folder_id else None
        if folder is None:
            return None
        if folder.default_assistant_id or folder.parent_id is None:
            return folder.default_assistant_id
        parent = self.get(folder.parent_id)
        return parent.default_assistant_id if parent else None

    # --- helpers ------------------------------------------------------------------------------------

    def _check_parent(self, folder: Folder | None, parent_id: str | None) -> None:
        """One level of nesting: the parent is a top-level folder; a folder with subfolders stays on top."""
        if parent_id is None:
            return
        parent = self._existing(parent_id)
        if parent.parent_id is not None:
            raise FolderProblem(f"“{parent.name}” is a subfolder already; folders nest one level only.")
        if folder is None:
            return
        if parent_id == folder.id:
            raise FolderProblem("A folder cannot be put inside itself.")
        has_children = self._conn.execute(
            "SELECT 1 FROM folders WHERE parent_id = ? LIMIT 1", (folder.id,)
        ).fetchone()
        if has_children:
            raise FolderProblem(
                f"“{folder.name}” has subfolders, so it stays at the top level; folders nest one level only."
            )

    def _next_position(self, parent_id: str | None) -> int:
        row = self._conn.execute(
            "SELECT max(position) FROM folders WHERE parent_id IS ?", (parent_id,)
        ).fetchone()
        return 0 if row[0] is None else int(row[0]) + 1

    def _renumber(self, parent_id: str | None, order: builtins.list[str] | None = None) -> None:
        """Positions 0, 1, 2… among the children of ``parent_id``, in ``order`` (default: the current one)."""
        if order is None:
            order = [f.id for f in self.list() if f.parent_id == parent_id]
        for position, folder_id in enumerate(order):
            self._conn.execute("UPDATE folders SET position = ? WHERE id = ?", (position, folder_id))

    def _set(self, folder_id: str, **values: object) -> None:
        columns = ", ".join(f"{column} = ?" for column in values)
        cur = self._conn.execute(
            f"UPDATE folders SET {columns}, updated_at = ? WHERE id = ?",
            (*values.values(), codec.ts(utcnow()), folder_id),
        )
        if cur.rowcount == 0:
            raise errors.missing("folder", folder_id)

    @staticmethod
    def _from_row(row: sqlite3.Row) -> Folder:
        return Folder(
            id=row["id"],
            name=row["name"],
            parent_id=row["parent_id"],
            position=row["position"],
            default_assistant_id=row["default_assistant_id"],
            extra_instructions=row["extra_instructions"],
            created_at=codec.parse_ts(row["created_at"]),
            updated_at=codec.parse_ts(row["updated_at"]),
        )
