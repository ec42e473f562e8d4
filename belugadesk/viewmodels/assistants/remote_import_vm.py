"""“Import from server…”: page through the profile's remote assistants, tick some, import them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from belugadesk.domain.models import AssistantDefinition
from belugadesk.viewmodels.session import Session
from belugadesk.viewmodels.view_model import ViewModel

if TYPE_CHECKING:
    from belugadesk.store import Store

ModelIndex = QModelIndex | QPersistentModelIndex
_NO_PARENT = QModelIndex()


class RemoteAssistantModel(QAbstractListModel):
    """Remote assistants with a check box each; ones already imported are shown but cannot be ticked."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list[AssistantDefinition] = []
        self.checked: set[int] = set()
        self.already: set[int] = set()

    def rowCount(self, parent: ModelIndex = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = index.row()
        assistant = self.rows[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = f"{assistant.name or self.tr('(unnamed)')} · {assistant.model}"
            return (
                self.tr("{assistant} — already imported").format(assistant=text)
                if row in self.already
                else text
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return assistant.description or assistant.name
        if role == Qt.ItemDataRole.CheckStateRole:
            checked = row in self.checked or row in self.already
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.row() in self.already:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.row() in self.already:
            return False
        state = value if isinstance(value, Qt.CheckState) else Qt.CheckState(value)
        if state == Qt.CheckState.Checked:
            self.checked.add(index.row())
        else:
            self.checked.discard(index.row())
        self.dataChanged.emit(index, index, [role])
        return True

    def append(self, assistants: list[AssistantDefinition], already: set[int]) -> None:
        start = len(self.rows)
        if not assistants:
            return
        self.beginInsertRows(_NO_PARENT, start, start + len(assistants) - 1)
        self.rows.extend(assistants)
        self.already.update(start + i for i in already)
        self.endInsertRows()

    def clear(self) -> None:
        self.beginResetModel()
        self.rows, self.checked, self.already = [], set(), set()
        self.endResetModel()


class RemoteImportViewModel(ViewModel):
    pageLoaded = Signal()
    hasMoreChanged = Signal(bool)
    imported = Signal(list)  # the stored definitions

    PAGE_SIZE = 20

    def __init__(self, session: Session, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.model = RemoteAssistantModel(self)
        self._cursor: str | None = None
        self._has_more = False
        self._loaded_once = False
        self._known_remote_ids: set[str] | None = None

    @property
    def error_text(self) -> str:
        return self._error

    @property
    def has_more(self) -> bool:
        return self._has_more

    @property
    def loaded_once(self) -> bool:
        return self._loaded_once

    def _set_has_more(self, value: bool) -> None:
        if value != self._has_more:
            self._has_more = value
            self.hasMoreChanged.emit(value)

    async def _known(self) -> set[str]:
        profile_id = self.session.profile_id

        def collect(s: Store) -> set[str]:
            return {a.remote_ids[profile_id] for a in s.assistants.list() if profile_id in a.remote_ids}

        return await self.session.store.run(collect)

    def request_more(self) -> None:
        self.start(self.load_more())

    def request_import(self) -> None:
        """Import the checked assistants; ``imported`` says when they are stored."""
        self.start(self.import_checked())

    async def load_more(self) -> bool:
        """Fetch the next page (the first page on the first call)."""
        if self._loaded_once and not self._has_more:
            return False
        self.clear_error()
        cursor = self._cursor

        async def fetch() -> tuple[list[AssistantDefinition], str | None]:
            if self._known_remote_ids is None:
                self._known_remote_ids = await self._known()
            backend = await self.session.backend()
            return await backend.list_remote_assistants(cursor=cursor, limit=self.PAGE_SIZE)

        page = await self.run(fetch, failure=self.tr("Could not list the server's assistants."))
        if page is None:
            return False
        assistants, next_cursor = page
        known = self._known_remote_ids or set()
        profile_id = self.session.profile_id
        already = {i for i, a in enumerate(assistants) if a.remote_ids.get(profile_id) in known}
        self.model.append(assistants, already)
        self._cursor = next_cursor
        self._loaded_once = True
        self._set_has_more(next_cursor is not None)
        self.pageLoaded.emit()
        return True

    def set_checked(self, row: int, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.model.setData(self.model.index(row), state, Qt.ItemDataRole.CheckStateRole)

    @property
    def checked_count(self) -> int:
        return len(self.model.checked)

    async def import_checked(self) -> list[AssistantDefinition]:
        """Store the ticked assistants as local definitions that keep their remote id for this profile."""
        chosen = [self.model.rows[i] for i in sorted(self.model.checked)]
        if not chosen:
            return []
        profile_id = self.session.profile_id

        def store_all(s: Store) -> list[AssistantDefinition]:
            known = {a.remote_ids[profile_id] for a in s.assistants.list() if profile_id in a.remote_ids}
            stored = []
            with s.transaction():
                for definition in chosen:
                    if definition.remote_ids.get(profile_id) in known:
                        continue
                    stored.append(s.assistants.save(definition))
            return stored

        stored = await self.run(
            lambda: self.session.store.run(store_all), failure=self.tr("Could not import.")
        )
        if stored is None:
            return []
        self.imported.emit(stored)
        return stored
