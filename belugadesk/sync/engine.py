"""``SyncEngine``: the store's shared rows kept in one pycrdt document, exchanged through update files.

One :meth:`SyncEngine.cycle` (run on the store's worker thread) does three things in order:

1. **receive** — update files not read yet (other devices', and this one's when the engine starts) are
   read; each goes into the document once what it builds on is there (its device's earlier updates and
   the other devices' updates its writer had), so files may arrive in any order, twice or late; partial
   files are skipped until they are whole.
2. **push** — rows changed here since the last cycle (compared with ``sync_shadow``, what this device last
   knew) go into the document, one key per column (``<id>/<column>``), so a rename here and a pin there
   are two keys and both survive; rows deleted here become tombstones (``deleted["<collection>/<id>"]``,
   which win over any edit: a deletion is final). The new part of the document is written as this
   device's next update file.
3. **pull** — the store is made equal to the document: rows written or updated, tombstoned rows deleted
   (a backup first when a row edited here is deleted by a device that had not seen that edit).

The document is rebuilt from the files when the engine starts, so nothing but the files is needed to
resume; the shadow tells local edits from remote ones.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from pycrdt import Doc, Map, merge_updates

from belugadesk.store import Store, backup
from belugadesk.store.sync_rows import Fields, SyncedTable, SyncShadow
from belugadesk.sync.collections import COLLECTIONS
from belugadesk.sync.update_log import Update, UpdateFile, UpdateLog

log = logging.getLogger(__name__)

#: own update files kept before they are merged into one
COMPACT_AFTER = 50
TOMBSTONES = "deleted"
_SEP = "/"


@dataclass
class CycleReport:
    sent: int = 0  # rows changed or deleted here, written to the folder
    received: int = 0  # rows written here from other devices
    deleted: int = 0  # rows deleted here because another device deleted them
    files_applied: int = 0
    files_waiting: int = 0  # update files not whole yet (still arriving): read again next time
    backup: Path | None = None  # made before deleting rows edited here
    changed_collections: set[str] = field(default_factory=set)

    @property
    def store_changed(self) -> bool:
        return bool(self.received or self.deleted)


class SyncEngine:
    def __init__(
        self, folder: Path, device: str, name: str, tables: tuple[SyncedTable, ...] = COLLECTIONS
    ) -> None:
        self.log = UpdateLog(folder, device)
        self.device = device
        self.name = name
        self.tables = tables
        #: this device's profiles, id -> name: a thread is shared under its profile's name and listed on
        #: another device under that device's profile of the same name
        self.profile_names: dict[str, str] = {}
        self._reset()

    def _reset(self) -> None:
        """A fresh document, filled from the files at the next cycle."""
        #: every whole update file read, by "<device>/<file name>"
        self.read: dict[str, Update] = {}
        #: those in the document: each only once what it builds on is (its device's earlier updates and
        #: its ``deps``), so nothing in the document waits for a missing part
        self.used: set[str] = set()
        #: per device, the updates in the document (1..n)
        self.seen: dict[str, int] = {}
        self.client_id: int | None = None
        #: the store connection's change count after the last cycle (unchanged and no new file: skip)
        self._changes_seen = -1
        self._profiles_seen: dict[str, str] = {}
        #: rows edited here that another device deleted (found by the push; the pull backs them up)
        self._edited_deleted: set[tuple[str, str]] = set()
        self._rebuild()

    def _rebuild(self) -> None:
        """The document from the updates in use, merged in one. The same client id goes on: every
        change it made is in the files."""
        self.doc: Doc[Map] = Doc() if self.client_id is None else Doc(client_id=self.client_id)
        self.client_id = self.doc.client_id
        self.maps = {t.name: self.doc.get(t.name, type=Map) for t in self.tables}
        self.tombs = self.doc.get(TOMBSTONES, type=Map)
        if self.used:
            self.doc.apply_update(merge_updates(*(self.read[k].payload for k in sorted(self.used))))

    # --- the cycle ------------------------------------------------------------------------------------

    def cycle(self, store: Store) -> CycleReport:
        """Push, receive, pull. On any failure the document is rebuilt from the files next time (so no
        change can exist in it without being in a file) and the store is as it was."""
        try:
            return self._cycle(store)
        except BaseException:
            self._reset()
            raise

    def _cycle(self, store: Store) -> CycleReport:
        report = CycleReport()
        self.log.ensure()
        new_files = self._read_files(self.log.files(), report)
        if new_files:
            self._rebuild()
        elif store.conn.total_changes == self._changes_seen and self.profile_names == self._profiles_seen:
            return report  # nothing new here or there: an idle check costs a folder listing
        with store.transaction():
            shadow = SyncShadow(store.conn)
            known = shadow.all()
            edits = self._push(store, known, report)
            self._pull(store, shadow, known, edits, report)
        self._compact()
        self._changes_seen = store.conn.total_changes
        self._profiles_seen = dict(self.profile_names)
        return report

    def _push(self, store: Store, known: dict, report: CycleReport) -> dict[tuple[str, str], int]:
        seq = self.log.next_seq()
        edits: dict[tuple[str, str], int] = {}
        self._edited_deleted = set()
        before = self.doc.get_state()
        with self.doc.transaction():
            for table in self.tables:
                doc_map = self.maps[table.name]
                local = {i: self._shared(table, f) for i, f in table.rows(store.conn).items()}
                pristine = table.pristine_seeds(store.conn)
                for item_id, fields in local.items():
                    last = known.get((table.name, item_id))
                    if self._tombstone(table.name, item_id) is not None:
                        # deleted on another device: the pull deletes it here (an edit here: backup first)
                        if (last is None and item_id not in pristine) or (
                            last is not None and last.fields != fields
                        ):
                            self._edited_deleted.add((table.name, item_id))
                        continue
                    if last is None and item_id in pristine:
                        continue  # a first row still as made: every device has it (an edit elsewhere stands)
                    for column, value in fields.items():
                        key = item_id + _SEP + column
                        changed_here = last is None or last.fields.get(column) != value or key not in doc_map
                        if changed_here and doc_map.get(key) != value:
                            doc_map[key] = value
                            edits[(table.name, item_id)] = seq
                gone = [i for n, i in known if n == table.name and i not in local]
                gone += [i for i in table.seeds if i not in local and (table.name, i) not in known]
                for item_id in gone:  # deleted here (a first row too, even before it was ever shared)
                    if self._tombstone(table.name, item_id) is None:
                        self._bury(table, item_id, seq)
                        edits[(table.name, item_id)] = seq
        if edits:
            deps = {d: n for d, n in self.seen.items() if d != self.device}
            update = Update(seq, seq, deps, self.doc.get_update(before))
            path = self.log.write(update, name=self.name)
            key = f"{self.device}/{path.name}"
            self.read[key] = update
            self.used.add(key)
            self.seen[self.device] = seq
            report.sent = len(edits)
        return edits

    def _bury(self, table: SyncedTable, item_id: str, seq: int) -> None:
        """A tombstone for a row deleted here; its columns leave the document."""
        stone = {"at": datetime.now(UTC).isoformat(), "seen": {**self.seen, self.device: seq}}
        self.tombs[table.name + _SEP + item_id] = json.dumps(stone)
        for column in table.columns:
            self.maps[table.name].pop(item_id + _SEP + column, None)

    def _read_files(self, files: list[UpdateFile], report: CycleReport) -> bool:
        """Read the whole update files not read yet and put in use those whose prerequisites are;
        True if the document must be rebuilt."""
        for file in files:
            if file.key in self.read:
                continue
            update = self.log.read(file)
            if update is None:
                report.files_waiting += 1
                continue
            try:
                Doc().apply_update(update.payload)  # whole, but is it an update? (one that is not is skipped)
            except ValueError:
                log.warning("Sync: the update file %s could not be read; it is skipped", file.path)
                update = Update(update.first, update.last, update.deps, merge_updates())
            self.read[file.key] = update
        added = False
        progress = True
        while progress:
            progress = False
            for key, update in self.read.items():
                device = key.partition("/")[0]
                if key in self.used or update.first > self.seen.get(device, 0) + 1:
                    continue
                if any(self.seen.get(d, 0) < n for d, n in update.deps.items()):
                    continue
                self.used.add(key)
                self.seen[device] = max(self.seen.get(device, 0), update.last)
                report.files_applied += 1
                added = progress = True
        waiting = len(self.read) - len(self.used)
        report.files_waiting += waiting
        return added

    def _pull(
        self,
        store: Store,
        shadow: SyncShadow,
        known: dict,
        edits: dict[tuple[str, str], int],
        report: CycleReport,
    ) -> None:
        conn = store.conn
        doomed: list[tuple[SyncedTable, str]] = []
        for table in self.tables:
            updates = []
            for item_id, fields in self._in_order(table, self._doc_items(table)):
                if self._tombstone(table.name, item_id) is not None:
                    continue
                local = table.get(conn, item_id)
                here = self._local(table, fields)
                if local != here:
                    wanted = here if local is None else {c: v for c, v in here.items() if local.get(c) != v}
                    if not table.upsert(conn, item_id, wanted):
                        continue  # waits for the row it belongs to, or for the rest of its columns
                    report.received += 1
                    report.changed_collections.add(table.name)
                last = known.get((table.name, item_id))
                edited = edits.get((table.name, item_id))
                if last is None or last.fields != fields or edited is not None:
                    updates.append((table.name, item_id, fields, edited))
            shadow.put(updates)
            for key in list(self.tombs.keys()):
                name, _, item_id = key.partition(_SEP)
                if name == table.name and ((name, item_id) in known or table.get(conn, item_id) is not None):
                    doomed.append((table, item_id))
        self._delete(store, shadow, known, edits, doomed, report)

    def _delete(
        self,
        store: Store,
        shadow: SyncShadow,
        known: dict,
        edits: dict[tuple[str, str], int],
        doomed: list,
        report: CycleReport,
    ) -> None:
        conn = store.conn
        unseen_edits = []
        for table, item_id in doomed:
            last = known.get((table.name, item_id))
            edited = edits.get((table.name, item_id)) or (last.edited_seq if last is not None else None)
            stone = self._tombstone(table.name, item_id) or {}
            seen_here = int(stone.get("seen", {}).get(self.device, 0))
            unseen = (edited and edited > seen_here) or (table.name, item_id) in self._edited_deleted
            if unseen and table.get(conn, item_id) is not None:
                unseen_edits.append((table.name, item_id))
        if unseen_edits and store.path is not None:
            report.backup = backup.back_up(store.path)
            log.warning(
                "Sync: %d item(s) edited here were deleted on another device; the edits are in the backup %s",
                len(unseen_edits),
                report.backup,
            )
        for table, item_id in doomed:
            if table.delete(conn, item_id):
                report.deleted += 1
                report.changed_collections.add(table.name)
        shadow.drop([(t.name, i) for t, i in doomed])

    # --- the document ---------------------------------------------------------------------------------

    def _shared(self, table: SyncedTable, fields: Fields) -> Fields:
        """A row as shared: its profile ids as the profiles' names."""
        out = dict(fields)
        for column in table.profile_columns:
            value = json.loads(out.get(column, "null"))
            if isinstance(value, str) and value in self.profile_names:
                out[column] = json.dumps(self.profile_names[value], ensure_ascii=False)
        return out

    def _local(self, table: SyncedTable, fields: Fields) -> Fields:
        """A shared row as stored here: a profile's name as this device's profile of that name."""
        out = dict(fields)
        if table.profile_columns:
            by_name = {name: profile_id for profile_id, name in self.profile_names.items()}
            for column in table.profile_columns:
                value = json.loads(out.get(column, "null"))
                if isinstance(value, str) and value in by_name and value not in self.profile_names:
                    out[column] = json.dumps(by_name[value], ensure_ascii=False)
        return out

    def _tombstone(self, collection: str, item_id: str) -> dict | None:
        raw = self.tombs.get(collection + _SEP + item_id)
        if raw is None:
            return None
        try:
            stone = json.loads(raw)
        except (TypeError, ValueError):
            return {}
        return stone if isinstance(stone, dict) else {}

    @staticmethod
    def _in_order(table: SyncedTable, items: dict[str, Fields]) -> list[tuple[str, Fields]]:
        """Rows that refer to a row of their own table (a subfolder's parent) after those that do not,
        so the row it refers to is written first (not found, the reference would be written as NULL)."""
        own = [c for c, target in table.references.items() if target == table.table]
        if not own:
            return list(items.items())
        return sorted(items.items(), key=lambda item: sum(item[1].get(c, "null") != "null" for c in own))

    def _doc_items(self, table: SyncedTable) -> dict[str, Fields]:
        items: dict[str, Fields] = {}
        columns = set(table.columns)
        for key, value in self.maps[table.name].items():
            item_id, _, column = key.rpartition(_SEP)
            if column in columns and isinstance(value, str):
                items.setdefault(item_id, {})[column] = value
        return items

    def _compact(self) -> None:
        """Many own files: one new file with all of them merged replaces them."""
        own = self.log.files(self.device)
        if len(own) <= COMPACT_AFTER:
            return
        keys = [f.key for f in own if f.key in self.used]
        if len(keys) != len(own):
            return  # an own file not readable: keep them all
        parts = [self.read[k] for k in keys]
        deps: dict[str, int] = {}
        for part in parts:
            for d, n in part.deps.items():
                deps[d] = max(deps.get(d, 0), n)
        seq = own[-1].seq + 1
        merged = Update(min(p.first for p in parts), seq, deps, merge_updates(*(p.payload for p in parts)))
        self.log.replace_upto(merged, name=self.name)
        key = f"{self.device}/{seq:08d}.update"
        self.read[key] = merged
        self.used.add(key)
        self.seen[self.device] = seq

    def state(self) -> dict[str, dict[str, Fields]]:
        """The shared rows as the document holds them (for tests and diagnostics)."""
        return {
            t.name: {i: f for i, f in self._doc_items(t).items() if self._tombstone(t.name, i) is None}
            for t in self.tables
        }


def leave_sync(store: Store) -> None:
    """Leave sync: this device forgets what it shared (its rows stay; the folder keeps what was written,
    for the other devices). Joining again later shares every row anew."""
    with store.transaction():
        SyncShadow(store.conn).clear()
