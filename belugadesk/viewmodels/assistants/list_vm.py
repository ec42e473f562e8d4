"""The assistant library in the left pane: search, sort, and the actions on one assistant."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from belugadesk.core import assistant_io
from belugadesk.core.assistant_validation import from_definition, validate
from belugadesk.domain.i18n import QT_TRANSLATE_NOOP
from belugadesk.domain.models import (
    AssistantDefinition,
    CodeInterpreterTool,
    FileSearchTool,
    FunctionTool,
    Thread,
    utcnow,
)
from belugadesk.viewmodels.assistants.form_vm import AssistantFormViewModel, metadata_rules_for
from belugadesk.viewmodels.assistants.questions import AssistantQuestions
from belugadesk.viewmodels.session import Session
from belugadesk.viewmodels.view_model import ViewModel

if TYPE_CHECKING:
    from belugadesk.store import Store

ModelIndex = QModelIndex | QPersistentModelIndex
SortKey = Literal["name", "last_used"]
SORT_LABELS: dict[SortKey, str] = {
    "name": QT_TRANSLATE_NOOP("AssistantListViewModel", "Name"),
    "last_used": QT_TRANSLATE_NOOP("AssistantListViewModel", "Last used"),
}


def tool_summary(assistant: AssistantDefinition) -> tuple[bool, bool, int]:
    """(code interpreter, file search, number of functions)."""
    tools = assistant.tools
    return (
        any(isinstance(t, CodeInterpreterTool) for t in tools),
        any(isinstance(t, FileSearchTool) for t in tools),
        sum(isinstance(t, FunctionTool) for t in tools),
    )


class AssistantListModel(QAbstractListModel):
    AssistantRole = Qt.ItemDataRole.UserRole + 1
    ModelNameRole = Qt.ItemDataRole.UserRole + 2
    CodeInterpreterRole = Qt.ItemDataRole.UserRole + 3
    FileSearchRole = Qt.ItemDataRole.UserRole + 4
    FunctionCountRole = Qt.ItemDataRole.UserRole + 5

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._assistants: list[AssistantDefinition] = []

    @property
    def assistants(self) -> list[AssistantDefinition]:
        return list(self._assistants)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._assistants)

    def tools_sentence(self, assistant: AssistantDefinition) -> str:
        code, search, functions = tool_summary(assistant)
        parts = ([self.tr("code interpreter")] if code else []) + ([self.tr("file search")] if search else [])
        if functions:
            parts.append(self.tr("%n function(s)", "", functions))
        return ", ".join(parts) if parts else self.tr("no tools")

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._assistants):
            return None
        assistant = self._assistants[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return assistant.name
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{assistant.name}, {assistant.model}, {self.tools_sentence(assistant)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [
                f"{assistant.name} · {assistant.model}",
                assistant.description,
                self.tr("Tools: {tools}").format(tools=self.tools_sentence(assistant)),
            ]
            return "\n".join(line for line in lines if line)
        if role == self.AssistantRole:
            return assistant
        if role == self.ModelNameRole:
            return assistant.model
        code, search, functions = tool_summary(assistant)
        if role == self.CodeInterpreterRole:
            return code
        if role == self.FileSearchRole:
            return search
        if role == self.FunctionCountRole:
            return functions
        return None

    def reset(self, assistants: list[AssistantDefinition]) -> None:
        self.beginResetModel()
        self._assistants = list(assistants)
        self.endResetModel()

    def assistant_at(self, row: int) -> AssistantDefinition | None:
        return self._assistants[row] if 0 <= row < len(self._assistants) else None

    def row_of(self, assistant_id: str) -> int:
        return next((i for i, a in enumerate(self._assistants) if a.id == assistant_id), -1)


def _matches(assistant: AssistantDefinition, words: list[str]) -> bool:
    haystack = f"{assistant.name}\n{assistant.description}\n{assistant.model}".casefold()
    return all(word in haystack for word in words)


def _sorted(assistants: list[AssistantDefinition], key: SortKey) -> list[AssistantDefinition]:
    by_name = sorted(assistants, key=lambda a: (a.name.casefold(), a.created_at))
    if key == "name":
        return by_name
    used = sorted(
        (a for a in by_name if a.last_used_at), key=lambda a: a.last_used_at or a.created_at, reverse=True
    )
    return used + [a for a in by_name if a.last_used_at is None]


class AssistantListViewModel(ViewModel):
    currentChanged = Signal(object)  # AssistantDefinition | None
    newThreadRequested = Signal(object)  # AssistantDefinition: start a new thread with it
    noticeChanged = Signal(str)  # a line under the list: what just happened, or what went wrong

    def __init__(self, session: Session, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.model = AssistantListModel(self)
        self.current: AssistantDefinition | None = None
        self._all: list[AssistantDefinition] = []
        self._search = ""
        self._sort: SortKey = "name"
        self._notice = ""
        self.errorChanged.connect(lambda message: self.set_notice(message) if message else None)

    # --- state ---------------------------------------------------------------------------------------

    @property
    def search_text(self) -> str:
        return self._search

    @property
    def sort_key(self) -> SortKey:
        return self._sort

    @property
    def notice(self) -> str:
        return self._notice

    @property
    def notice_is_error(self) -> bool:
        return bool(self._notice) and self._notice == self._error

    @property
    def all_assistants(self) -> list[AssistantDefinition]:
        return list(self._all)

    def set_notice(self, text: str) -> None:
        if text != self._notice:
            self._notice = text
            self.noticeChanged.emit(text)

    def set_search(self, text: str) -> None:
        if text != self._search:
            self._search = text
            self._apply()

    def set_sort(self, key: SortKey) -> None:
        if key not in SORT_LABELS:
            raise ValueError(key)
        if key != self._sort:
            self._sort = key
            self._apply()

    def _apply(self) -> None:
        words = self._search.casefold().split()
        shown = _sorted([a for a in self._all if _matches(a, words)], self._sort)
        self.model.reset(shown)
        keep = self.current.id if self.current else None
        row = self.model.row_of(keep) if keep else -1
        if row >= 0 or not shown:
            self.select_row(row)
        elif self.current is None or self.current.id not in {a.id for a in self._all}:
            self.select_row(0)

    def request_refresh(self, select_id: str | None = None) -> None:
        """Slot for the view: reload the list (then select ``select_id``) in the background."""
        self.start(self.refresh(select_id=select_id))

    async def refresh(self, *, select_id: str | None = None) -> None:
        assistants = await self.run(lambda: self.session.store.run(lambda s: s.assistants.list()))
        if assistants is None:
            return
        self._all = list(assistants)
        self._apply()  # a changed definition of the current assistant is announced again (currentChanged)
        if select_id:
            self.select_id(select_id)
        elif self.current is None or self.model.row_of(self.current.id) < 0:
            self.select_row(0)

    def select_row(self, row: int) -> None:
        assistant = self.model.assistant_at(row)
        if assistant is None and self.current is not None and self.current.id in {a.id for a in self._all}:
            return  # filtered out of view, but still chosen
        if assistant != self.current:
            self.current = assistant
            self.currentChanged.emit(assistant)

    def select_id(self, assistant_id: str | None) -> None:
        if assistant_id:
            row = self.model.row_of(assistant_id)
            if row >= 0:
                self.select_row(row)

    def start_thread(self, row: int) -> None:
        """ "New thread with this assistant": choose it and ask for a fresh thread."""
        assistant = self.model.assistant_at(row)
        if assistant is not None:
            self.select_row(row)
            self.newThreadRequested.emit(assistant)

    def thread_saved(self, thread: Thread) -> None:
        """A thread with an assistant was used: remember when (for "sort by last used")."""
        assistant_id = thread.assistant_id
        if not assistant_id or assistant_id not in {a.id for a in self._all}:
            return
        now = utcnow()
        self._all = [
            a.model_copy(update={"last_used_at": now}) if a.id == assistant_id else a for a in self._all
        ]
        self.start(
            self.session.store.run(lambda s: s.assistants.mark_used(assistant_id)),
            failure=self.tr("The assistant's last use could not be saved."),
        )
        if self._sort == "last_used":
            self._apply()

    # --- the form -----------------------------------------------------------------------------------

    def new_form(self) -> AssistantFormViewModel:
        return self._form(None)

    def edit_form(self, row: int) -> AssistantFormViewModel | None:
        assistant = self.model.assistant_at(row)
        return self._form(assistant) if assistant is not None else None

    def _form(self, assistant: AssistantDefinition | None) -> AssistantFormViewModel:
        form = AssistantFormViewModel(self.session, assistant, self)
        form.saved.connect(lambda stored: self._after_save(form, stored))
        return form

    def _after_save(self, form: AssistantFormViewModel, stored: AssistantDefinition) -> None:
        if form.remote_error:
            self.set_error(form.remote_error)
        else:
            self.clear_error()
            self.set_notice(
                self.tr("Saved “{name}” (version {version}).").format(
                    name=stored.name, version=stored.version
                )
            )
        self.start(self.refresh(select_id=stored.id))

    # --- the flows the list starts; those that ask the person do it through ``ask`` midway -----------

    def request_duplicate(self, row: int) -> None:
        self.start(self.duplicate(row))

    def request_delete(self, row: int, ask: AssistantQuestions) -> None:
        assistant = self.model.assistant_at(row)
        if assistant is not None:
            self.start(self.delete_asking(assistant, ask))

    def request_export(self, row: int, ask: AssistantQuestions) -> None:
        self.start(self.export_asking(row, ask))

    def request_import(self, ask: AssistantQuestions) -> None:
        self.start(self.import_asking(ask))

    def imported_from_server(self, stored: list[AssistantDefinition]) -> None:
        self.start(self.refresh(select_id=stored[0].id if stored else None))
        self.set_notice(self.tr("Imported %n assistant(s) from the server.", "", len(stored)))

    async def delete_asking(self, assistant: AssistantDefinition, ask: AssistantQuestions) -> bool:
        """Say how many threads use it, ask, then delete."""
        threads = await self.run(
            lambda: self.thread_count(assistant.id),
            failure=self.tr("“{name}” was not deleted.").format(name=assistant.name),
        )
        if threads is None or not await ask.confirm_delete(self.delete_question(assistant, threads)):
            return False
        return await self.delete(assistant.id)

    async def export_asking(self, row: int, ask: AssistantQuestions) -> bool:
        assistant = self.model.assistant_at(row)
        if assistant is None:
            return False
        path = await ask.export_path(self.suggested_file_name(assistant))
        return path is not None and self.export_to(row, path)

    async def import_asking(self, ask: AssistantQuestions) -> AssistantDefinition | None:
        path = await ask.import_path()
        return None if path is None else await self.import_from(path)

    # --- actions --------------------------------------------------------------------------------------

    async def duplicate(self, row: int) -> AssistantDefinition | None:
        assistant = self.model.assistant_at(row)
        if assistant is None:
            return None
        copy = await self.run(lambda: self.session.store.run(lambda s: s.assistants.duplicate(assistant.id)))
        if copy is not None:
            self.set_notice(self.tr("Created “{name}”.").format(name=copy.name))
            await self.refresh(select_id=copy.id)
        return copy

    async def thread_count(self, assistant_id: str) -> int:
        def count(s: Store) -> int:
            return len(s.threads.list(assistant_id=assistant_id, include_archived=True))

        return await self.session.store.run(count)

    def delete_question(self, assistant: AssistantDefinition, threads: int) -> str:
        if threads == 0:
            used = self.tr("No thread uses it.")
        else:
            used = self.tr("%n thread(s) use it; they keep their messages.", "", threads)
        question = self.tr("Delete the assistant “{name}”?").format(name=assistant.name)
        return f"{question} {used}"

    async def delete(self, assistant_id: str) -> bool:
        name = next((a.name for a in self._all if a.id == assistant_id), self.tr("the assistant"))
        deleted = await self.run(lambda: self.session.store.run(lambda s: s.assistants.delete(assistant_id)))
        if not deleted:
            return False
        if self.current is not None and self.current.id == assistant_id:
            self.current = None
        self.set_notice(self.tr("Deleted “{name}”.").format(name=name))
        await self.refresh()
        return True

    def export_to(self, row: int, path: Path) -> bool:
        assistant = self.model.assistant_at(row)
        if assistant is None:
            return False
        self.clear_error()
        try:
            assistant_io.write_file(path, assistant)
        except assistant_io.AssistantFileError as exc:
            self.set_error(str(exc))
            return False
        self.set_notice(self.tr("Exported “{name}” to {file}.").format(name=assistant.name, file=path.name))
        return True

    @staticmethod
    def suggested_file_name(assistant: AssistantDefinition) -> str:
        safe = "".join(c if c.isalnum() or c in "-_ " else "_" for c in assistant.name).strip() or "assistant"
        return f"{safe}.assistant.json"

    async def import_from(self, path: Path) -> AssistantDefinition | None:
        """Store an exported file as a new assistant; a bad file sets ``error`` and changes nothing."""
        self.clear_error()
        try:
            definition = assistant_io.read_file(path)
        except assistant_io.AssistantFileError as exc:
            self.set_error(str(exc))
            return None
        problems = validate(from_definition(definition), metadata_rules_for(self.session.backend_kind))
        if problems:
            key, message = next(iter(problems.items()))
            self.set_error(
                self.tr("{name} cannot be imported: {key}: {message}").format(
                    name=path.name, key=key.replace("_", " "), message=message
                )
            )
            return None
        stored = await self.run(lambda: self.session.store.run(lambda s: s.assistants.save(definition)))
        if stored is not None:
            self.set_notice(self.tr("Imported “{name}”.").format(name=stored.name))
            await self.refresh(select_id=stored.id)
        return stored
