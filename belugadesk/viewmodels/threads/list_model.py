"""The rows of the thread list: group headers and threads, or search results.

One flat list model (a QListView virtualizes over it). Header rows ("Pinned", "Today", …) are neither
selectable nor enabled, so the keyboard steps over them. In search mode the rows are hits from the store's
full-text search, each naming its thread and, for a message hit, the message.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)

from belugadesk.core.thread_groups import Group, ThreadGroup, TimeWords, full_time, grouped, relative_time
from belugadesk.domain.i18n import QT_TRANSLATE_NOOP
from belugadesk.domain.models import Thread, utcnow
from belugadesk.store import SearchHit, split_highlights

ModelIndex = QModelIndex | QPersistentModelIndex

REMOTE_GONE_NOTE = QT_TRANSLATE_NOOP("ThreadListModel", "Deleted on the server; the local copy is kept.")
#: the MIME type of threads dragged from the list: their local ids, one per line (UTF-8)
THREAD_IDS_MIME = "application/x-belugadesk-thread-ids"


def thread_ids_from(mime: QMimeData) -> list[str]:
    """The thread ids a drag carries (none for any other data)."""
    if not mime.hasFormat(THREAD_IDS_MIME):
        return []
    return [line for line in bytes(mime.data(THREAD_IDS_MIME).data()).decode().splitlines() if line]


@dataclass(frozen=True)
class Row:
    kind: str  # "header" | "thread" | "hit"
    text: str = ""  # header text
    group: ThreadGroup | None = None
    thread: Thread | None = None
    hit: SearchHit | None = None


class ThreadListModel(QAbstractListModel):
    KindRole = Qt.ItemDataRole.UserRole + 1
    ThreadRole = Qt.ItemDataRole.UserRole + 2
    PreviewRole = Qt.ItemDataRole.UserRole + 3
    TimeRole = Qt.ItemDataRole.UserRole + 4
    PinnedRole = Qt.ItemDataRole.UserRole + 5
    RemoteGoneRole = Qt.ItemDataRole.UserRole + 6
    HighlightRole = Qt.ItemDataRole.UserRole + 7  # list of (text, is_match) for a search hit
    MessageIdRole = Qt.ItemDataRole.UserRole + 8
    GroupRole = Qt.ItemDataRole.UserRole + 9

    #: an inline edit (F2) asked for a new title: (thread id, title); the view-model persists it
    renameRequested = Signal(str, str)

    def __init__(self, parent: QObject | None = None, *, clock: Callable[[], datetime] = utcnow):
        super().__init__(parent)
        self._rows: list[Row] = []
        self.clock = clock
        self.searching = False

    # --- Qt model API -------------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        row = self._row(index)
        if row is None or row.kind == "header":
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if row.kind == "thread":
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags | Qt.ItemFlag.ItemIsDragEnabled  # a thread (or a hit's thread) drags onto a folder

    def mimeTypes(self) -> list[str]:
        return [THREAD_IDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        ids = dict.fromkeys(t.id for t in (self.thread_at(i.row()) for i in indexes) if t is not None)
        mime.setData(THREAD_IDS_MIME, QByteArray("\n".join(ids).encode()))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self._row(index)
        if row is None:
            return None
        if row.kind == "header":
            return self._header_data(row, role)
        thread = row.thread
        assert thread is not None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return thread.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._accessible_text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = thread.title + "\n" + self.tr("Updated {time}").format(time=full_time(thread.updated_at))
            return tip + ("\n" + self.tr(REMOTE_GONE_NOTE) if thread.remote_gone else "")
        if role == self.KindRole:
            return row.kind
        if role == self.ThreadRole:
            return thread
        if role == self.PreviewRole:
            message_hit = row.hit is not None and row.hit.message_id is not None
            return self._snippet_text(row) if message_hit else thread.last_message_preview
        if role == self.TimeRole:
            return relative_time(thread.updated_at, self.clock(), self._time_words())
        if role == self.PinnedRole:
            return thread.pinned
        if role == self.RemoteGoneRole:
            return thread.remote_gone
        if role == self.HighlightRole:
            return split_highlights(row.hit.snippet) if row.hit else []
        if role == self.MessageIdRole:
            return row.hit.message_id if row.hit else None
        if role == self.GroupRole:
            return row.group.kind.value if row.group else None
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self._row(index)
        if role != Qt.ItemDataRole.EditRole or row is None or row.kind != "thread" or row.thread is None:
            return False
        title = " ".join(str(value).split())
        if not title or title == row.thread.title:
            return False
        self.renameRequested.emit(row.thread.id, title)
        return True

    def roleNames(self) -> dict[int, QByteArray]:
        names = {
            Qt.ItemDataRole.DisplayRole: b"title",
            self.KindRole: b"kind",
            self.ThreadRole: b"thread",
            self.PreviewRole: b"preview",
            self.TimeRole: b"time",
            self.PinnedRole: b"pinned",
            self.RemoteGoneRole: b"remoteGone",
            self.HighlightRole: b"highlight",
            self.MessageIdRole: b"messageId",
            self.GroupRole: b"group",
        }
        return {int(role): QByteArray(name) for role, name in names.items()}

    # --- contents (the view-model only) -------------------------------------------------------------

    def show_threads(self, threads: list[Thread]) -> None:
        """Group the threads (already in the store's order) under their headers."""
        rows: list[Row] = []
        now = self.clock()
        for group, members in grouped(threads, now):
            rows.append(Row(kind="header", text=self._group_label(group, now), group=group))
            rows += [Row(kind="thread", thread=t, group=group) for t in members]
        self._reset(rows, searching=False)

    def _group_label(self, group: ThreadGroup, now: datetime) -> str:
        """The group's heading in the UI language (month names from the locale)."""
        label = group.label(now, QLocale().standaloneMonthName)
        return label if group.kind is Group.MONTH else QCoreApplication.translate("ThreadGroup", label)

    def _time_words(self) -> TimeWords:
        locale = QLocale()

        def as_qt(when: datetime) -> QDateTime:
            return QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute))

        return TimeWords(
            now=self.tr("now"),
            minutes=self.tr("{n} min"),
            hours=self.tr("{n} h"),
            yesterday=QCoreApplication.translate("ThreadGroup", "Yesterday"),
            weekday=lambda when: locale.toString(as_qt(when), "ddd"),
            # TRANSLATORS: a Qt date format (MMM = the month's short name, d = the day): "Nov 3"
            month_day=lambda when: locale.toString(as_qt(when), self.tr("MMM d")),
        )

    def show_hits(self, hits: list[tuple[SearchHit, Thread]], query: str) -> None:
        """Search results, best first, under one header that says how many there are."""
        count = len(hits)
        text = (
            self.tr("No matches for “{query}”").format(query=query)
            if not count
            else self.tr("%n match(es)", "", count)
        )
        rows = [Row(kind="header", text=text)]
        rows += [Row(kind="hit", thread=t, hit=h) for h, t in hits]
        self._reset(rows, searching=True)

    def replace_thread(self, thread: Thread) -> None:
        """Update the rows showing ``thread`` in place (same group and order)."""
        for i, row in enumerate(self._rows):
            if row.thread is not None and row.thread.id == thread.id:
                self._rows[i] = Row(kind=row.kind, text=row.text, group=row.group, thread=thread, hit=row.hit)
                self.dataChanged.emit(self.index(i), self.index(i))

    def refresh_times(self) -> None:
        """Repaint every row's relative time (the clock moved on)."""
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1), [self.TimeRole])

    def row_of(self, thread_id: str, message_id: str | None = None) -> int:
        """The first row showing the thread (and, for search hits, that message if given); -1 if none."""
        for i, row in enumerate(self._rows):
            same_thread = row.thread is not None and row.thread.id == thread_id
            same_message = message_id is None or (row.hit is not None and row.hit.message_id == message_id)
            if same_thread and same_message:
                return i
        return -1

    def thread_at(self, row: int) -> Thread | None:
        return self._rows[row].thread if 0 <= row < len(self._rows) else None

    def message_id_at(self, row: int) -> str | None:
        if 0 <= row < len(self._rows) and self._rows[row].hit is not None:
            return self._rows[row].hit.message_id  # type: ignore[union-attr]
        return None

    def is_header(self, row: int) -> bool:
        return 0 <= row < len(self._rows) and self._rows[row].kind == "header"

    def headers(self) -> list[str]:
        return [r.text for r in self._rows if r.kind == "header"]

    def threads_in(self, group: Group) -> list[Thread]:
        return [
            r.thread
            for r in self._rows
            if r.kind == "thread" and r.group and r.group.kind is group and r.thread
        ]

    def thread_rows(self) -> list[int]:
        return [i for i, r in enumerate(self._rows) if r.kind != "header"]

    # --- helpers ------------------------------------------------------------------------------------

    def _row(self, index: ModelIndex) -> Row | None:
        if not index.isValid() or index.parent().isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]

    def _reset(self, rows: list[Row], *, searching: bool) -> None:
        self.beginResetModel()
        self._rows = rows
        self.searching = searching
        self.endResetModel()

    def _header_data(self, row: Row, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.text
        if role == self.KindRole:
            return "header"
        if role == self.GroupRole:
            return row.group.kind.value if row.group else None
        return None

    @staticmethod
    def _snippet_text(row: Row) -> str:
        assert row.hit is not None
        return "".join(text for text, _ in split_highlights(row.hit.snippet))

    def _accessible_text(self, row: Row) -> str:
        thread = row.thread
        assert thread is not None
        parts = [thread.title]
        if row.hit is not None and row.hit.message_id is not None:
            parts.append(self.tr("match: {snippet}").format(snippet=self._snippet_text(row)))
        elif row.hit is not None:
            parts.append(self.tr("title matches"))
        elif thread.last_message_preview:
            parts.append(thread.last_message_preview)
        parts.append(
            self.tr("updated {time}").format(
                time=relative_time(thread.updated_at, self.clock(), self._time_words())
            )
        )
        if thread.pinned:
            parts.append(self.tr("pinned"))
        if thread.remote_gone:
            parts.append(self.tr("deleted on the server"))
        return ", ".join(parts)
