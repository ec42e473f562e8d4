"""The create/edit assistant form: all of its state and validation. The dialog only binds widgets to it."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal

from belugadesk.core.assistant_schema import (
    FUNCTION_PARAMETERS_TEMPLATE,
    RESPONSE_SCHEMA_TEMPLATE,
    SchemaProblem,
    check_schema_text,
    pretty,
)

# The view shows these limits and field names; it reads them here, never from the core.
from belugadesk.core.assistant_validation import DESCRIPTION_MAX as DESCRIPTION_MAX
from belugadesk.core.assistant_validation import (
    FIELD_ORDER,
    METADATA_MAX_PAIRS,
    FormDraft,
    FunctionDraft,
    MetadataRules,
    from_definition,
    function_field,
    to_definition,
    validate,
)
from belugadesk.core.assistant_validation import NAME_MAX as NAME_MAX
from belugadesk.core.assistant_validation import STARTERS_MAX as STARTERS_MAX
from belugadesk.core.remote_mcp_entry import RemoteEntry as RemoteEntry
from belugadesk.core.remote_mcp_entry import entry_for as entry_for
from belugadesk.core.remote_mcp_entry import remote_server
from belugadesk.domain.backend import LOCAL_ID_KEY, VERSION_KEY
from belugadesk.domain.capabilities import Feature, unsupported_reason
from belugadesk.domain.errors import BelugaError
from belugadesk.domain.models import REASONING_EFFORTS, AssistantDefinition, Backend
from belugadesk.viewmodels.assistants.form_models import FunctionListModel, MetadataTableModel
from belugadesk.viewmodels.assistants.mcp_grants_vm import McpGrantsViewModel
from belugadesk.viewmodels.assistants.vector_stores_vm import VectorStoresViewModel
from belugadesk.viewmodels.session import Session
from belugadesk.viewmodels.view_model import ViewModel

if TYPE_CHECKING:
    from belugadesk.store import Store

_SIMPLE_FIELDS = {
    "mcp_tools",
    "remote_mcp",
    "name",
    "description",
    "starters_text",
    "model",
    "instructions",
    "temperature",
    "top_p",
    "stop_text",
    "seed_text",
    "reasoning_effort",
    "response_type",
    "schema_name",
    "schema_strict",
    "schema_text",
    "code_interpreter",
    "file_search",
    "file_search_max_results",
}
_FUNCTION_PARTS = {"name", "description", "parameters_text", "strict"}
# The form's fields that only some backends can run (``domain.capabilities``): greyed, with the reason.
BACKEND_BOUND_FIELDS: dict[str, Feature] = {
    "code_interpreter": Feature.CODE_INTERPRETER,
    "file_search": Feature.FILE_SEARCH,
    "stop_text": Feature.STOP_SEQUENCES,
    "seed_text": Feature.SEED,
    "remote_mcp": Feature.REMOTE_MCP,
}
# The reasoning efforts the form offers, after "the model's default" (None).
REASONING_EFFORT_CHOICES = REASONING_EFFORTS


def translated(text: str) -> str:
    """A sentence of the form's checks (``core.assistant_validation``) in the person's language."""
    return QCoreApplication.translate("AssistantValidation", text)


def metadata_rules_for(backend: Backend) -> MetadataRules:
    """On the Assistants backend two metadata keys tie the remote assistant to the local one."""
    if backend is Backend.ASSISTANTS:
        reserved = (LOCAL_ID_KEY, VERSION_KEY)
        return MetadataRules(max_pairs=METADATA_MAX_PAIRS - len(reserved), reserved=reserved)
    return MetadataRules()


class SchemaCheck(NamedTuple):
    ok: bool
    message: str
    line: int | None = None
    column: int | None = None


class DiscardQuestion(Protocol):
    async def confirm_discard(self) -> bool:
        """True when the person chose to discard the form's unsaved changes."""
        ...


class AssistantFormViewModel(ViewModel):
    """Holds a ``FormDraft``; validates on every change; saves locally and (Assistants backend) remotely.

    A field's error shows once it was edited, or for every field after an attempted save (``visible_errors``).
    """

    loaded = Signal()  # the whole draft was replaced: views re-read every field
    fieldChanged = Signal(str)  # a field's value changed (views update a widget whose value differs)
    errorsChanged = Signal()
    validChanged = Signal(bool)
    dirtyChanged = Signal(bool)
    modelsChanged = Signal()
    functionsChanged = Signal()
    focusRequested = Signal(str)  # field key of the first invalid field after an attempted save
    savingChanged = Signal(bool)
    saved = Signal(object)  # the stored AssistantDefinition
    closeApproved = Signal()  # leaving the form loses nothing, or the person chose to discard

    def __init__(
        self, session: Session, definition: AssistantDefinition | None = None, parent: QObject | None = None
    ):
        super().__init__(parent)
        self.session = session
        self.base = definition
        self.metadata_rules = metadata_rules_for(session.backend_kind)
        self.draft = from_definition(definition) if definition else FormDraft()
        self._initial = copy.deepcopy(self.draft)
        self.errors: dict[str, str] = validate(self.draft, self.metadata_rules, translated)
        self._touched: set[str] = set()
        self._show_all = False
        self._dirty = False
        self._saving = False
        self.remote_error = ""
        self.models: list[str] = []
        self.models_state = "idle"  # idle | loading | ready | failed
        self.models_error = ""
        self.metadata = MetadataTableModel(self._on_metadata_changed, self)
        self.metadata.reset(self.draft.metadata)
        self.functions = FunctionListModel(self)
        self.vector_stores = VectorStoresViewModel(session, self)
        self.vector_stores.created.connect(lambda vs_id: self.set_field("vector_store_id", vs_id))
        self.mcp = McpGrantsViewModel(session.mcp, self.draft.mcp_tools, self)
        self.mcp.grantsChanged.connect(lambda grants: self.set_field("mcp_tools", grants))
        self._refresh_functions(reset=True)

    # --- state ---------------------------------------------------------------------------------------

    @property
    def error_text(self) -> str:
        """The form-level error (a failed save); field errors are in ``errors``."""
        return self._error

    @property
    def is_new(self) -> bool:
        return self.base is None

    @property
    def title(self) -> str:
        if self.base is None:
            return self.tr("New assistant")
        return self.tr("Edit “{name}”").format(name=self.base.name)

    @property
    def valid(self) -> bool:
        return not self.errors

    @property
    def dirty(self) -> bool:
        return self._dirty

    @property
    def saving(self) -> bool:
        return self._saving

    @property
    def uses_remote(self) -> bool:
        return self.session.backend_kind is Backend.ASSISTANTS

    @property
    def vector_store_id(self) -> str:
        return self.draft.vector_store_ids[0] if self.draft.vector_store_ids else ""

    def value(self, key: str) -> Any:
        if key == "vector_store_id":
            return self.vector_store_id
        return getattr(self.draft, key)

    def visible_errors(self) -> dict[str, str]:
        if self._show_all:
            return dict(self.errors)
        shown = {}
        for key, message in self.errors.items():
            root = "functions" if key.startswith("functions") else key
            if root in self._touched or key in self._touched:
                shown[key] = message
        return shown

    def error_for(self, key: str) -> str:
        return self.visible_errors().get(key, "")

    def first_error(self) -> str:
        """The first problem in form order: the hint next to a disabled Save button."""
        key = self.first_invalid_field()
        return self.errors.get(key, "") if key else ""

    def first_invalid_field(self) -> str | None:
        for key in FIELD_ORDER:
            if key in self.errors:
                return key
        return None

    def unavailable_reason(self, key: str) -> str:
        """Why field ``key`` cannot be used with this profile's backend (shown beside it), or ""."""
        feature = BACKEND_BOUND_FIELDS.get(key)
        return unsupported_reason(self.session.backend_kind, feature) if feature else ""

    def instructions_count(self) -> str:
        return self.tr("{count} / {limit} characters").format(
            count=QLocale().toString(len(self.draft.instructions)), limit=QLocale().toString(256_000)
        )

    # --- editing -------------------------------------------------------------------------------------

    def set_field(self, key: str, value: Any) -> None:
        """The one way views change a simple field (see ``_SIMPLE_FIELDS``, plus ``vector_store_id``)."""
        if key == "vector_store_id":
            ids = [value] if value else []
            if ids == self.draft.vector_store_ids:
                return
            self.draft.vector_store_ids = ids
            self._touched.add("file_search")
        else:
            if key not in _SIMPLE_FIELDS:
                raise KeyError(key)
            if getattr(self.draft, key) == value:
                return
            setattr(self.draft, key, value)
            self._touched.add(key)
            if key == "response_type":
                self._touched.update({"schema_name", "schema_text"})
            if key == "schema_strict":
                self._touched.add("schema_text")
        self._changed()
        self.fieldChanged.emit(key)

    def save_remote_server(self, entry: RemoteEntry, index: int | None = None) -> str:
        """Add the remote MCP server ``entry`` describes (``index`` None) or replace the one at ``index``;
        "" when done, else the sentence that says what to fix (nothing changes)."""
        servers = list(self.draft.remote_mcp)
        others = tuple(s.server_label for i, s in enumerate(servers) if i != index)
        server, problem = remote_server(entry, others)
        if server is None:
            return problem
        if index is None:
            servers.append(server)
        elif 0 <= index < len(servers):
            servers[index] = server
        self.set_field("remote_mcp", tuple(servers))
        return ""

    def remove_remote_server(self, index: int) -> None:
        servers = list(self.draft.remote_mcp)
        if 0 <= index < len(servers):
            del servers[index]
            self.set_field("remote_mcp", tuple(servers))

    def insert_template(self, key: str, index: int = -1) -> None:
        """Put an example schema in ``schema_text`` or in the parameters of function ``index``."""
        if key == "schema_text":
            self.draft.schema_text = pretty(RESPONSE_SCHEMA_TEMPLATE)
            self._touched.add("schema_text")
            self._changed()
            self.fieldChanged.emit("schema_text")
        elif 0 <= index < len(self.draft.functions):
            self.draft.functions[index].parameters_text = pretty(FUNCTION_PARAMETERS_TEMPLATE)
            self._touched.add("functions")
            self._changed()
            self.fieldChanged.emit(function_field(index, "parameters"))

    def check_schema(self, key: str, index: int = -1) -> SchemaCheck:
        """The Validate button: whether the schema is usable, a sentence, and where the problem is."""
        if key == "schema_text":
            text, strict = self.draft.schema_text, self.draft.schema_strict
            self._touched.add("schema_text")
        else:
            fn = self.draft.functions[index]
            text, strict = fn.parameters_text, fn.strict
            self._touched.add("functions")
        self.errorsChanged.emit()
        try:
            check_schema_text(text, strict=strict)
        except SchemaProblem as exc:
            return SchemaCheck(False, str(exc), exc.line, exc.column)
        return SchemaCheck(True, self.tr("The schema is valid."))

    def _on_metadata_changed(self, pairs: list[tuple[str, str]]) -> None:
        self.draft.metadata = pairs
        self._touched.add("metadata")
        self._changed()

    def add_metadata_row(self) -> int:
        return self.metadata.add_row()

    def remove_metadata_row(self, row: int) -> None:
        self.metadata.remove_row(row)

    def add_function(self) -> int:
        existing = {f.name for f in self.draft.functions}
        n = len(self.draft.functions) + 1
        name = f"function_{n}"
        while name in existing:
            n += 1
            name = f"function_{n}"
        self.draft.functions.append(FunctionDraft(name=name))
        self._touched.add("functions")
        self._changed(reset_functions=True)
        return len(self.draft.functions) - 1

    def remove_function(self, index: int) -> None:
        if 0 <= index < len(self.draft.functions):
            del self.draft.functions[index]
            self._touched.add("functions")
            self._changed(reset_functions=True)

    def set_function_field(self, index: int, part: str, value: Any) -> None:
        if part not in _FUNCTION_PARTS or not 0 <= index < len(self.draft.functions):
            raise KeyError(f"{index}.{part}")
        fn = self.draft.functions[index]
        if getattr(fn, part) == value:
            return
        setattr(fn, part, value)
        self._touched.add("functions")
        self._changed()
        self.fieldChanged.emit(function_field(index, "parameters" if part == "parameters_text" else part))

    def _refresh_functions(self, *, reset: bool = False) -> None:
        invalid = {int(k.split(".")[1]) for k in self.errors if k.startswith("functions.")}
        if reset:
            self.functions.reset(self.draft.functions, invalid)
            self.functionsChanged.emit()
        else:
            self.functions.refresh(self.draft.functions, invalid)

    def _changed(self, *, reset_functions: bool = False) -> None:
        was_valid = self.valid
        self.errors = validate(self.draft, self.metadata_rules, translated)
        self._refresh_functions(reset=reset_functions)
        self.errorsChanged.emit()
        if was_valid != self.valid:
            self.validChanged.emit(self.valid)
        dirty = self.draft != self._initial
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirtyChanged.emit(dirty)

    # --- leaving ---------------------------------------------------------------------------------------

    def request_close(self, ask: DiscardQuestion) -> None:
        """Leave the form: at once when nothing would be lost, else after the person agreed to discard."""
        if not self.dirty or self.saving:
            self.closeApproved.emit()
        else:
            self.start(self.close_asking(ask))

    async def close_asking(self, ask: DiscardQuestion) -> bool:
        if not await ask.confirm_discard():
            return False
        self.closeApproved.emit()
        return True

    # --- models --------------------------------------------------------------------------------------

    def request_models(self) -> None:
        """Slot for the view: load the model names in the background."""
        self.start(self.load_models())

    async def load_models(self) -> None:
        """Fill the model list from the profile's ``/models`` (the SDK call runs on the event loop)."""
        self.models_state, self.models_error = "loading", ""
        self.modelsChanged.emit()
        try:
            backend = await self.session.backend()
            models = await backend.list_models()
        except BelugaError as exc:
            self.models_state = "failed"
            self.models_error = self.tr(
                "Could not load the model list: {error} You can still type a model name."
            ).format(error=exc)
        else:
            self.models = models
            self.models_state = "ready"
        self.modelsChanged.emit()

    # --- saving --------------------------------------------------------------------------------------

    def attempt_save(self) -> bool:
        """Save if valid (in the background); else reveal every error and focus the first invalid field."""
        if self._saving:
            return False
        if not self.valid:
            self._show_all = True
            self.errorsChanged.emit()
            first = self.first_invalid_field()
            if first:
                self.focusRequested.emit(first)
            return False
        self.start(self.save())
        return True

    async def save(self) -> AssistantDefinition | None:
        """Store the definition (the store bumps its version); then create/update the server copy if any."""
        self.errors = validate(self.draft, self.metadata_rules, translated)
        if self.errors:
            self._show_all = True
            self.errorsChanged.emit()
            return None
        self._set_saving(True)
        try:
            return await self._save()
        finally:
            self._set_saving(False)

    async def _save(self) -> AssistantDefinition | None:
        definition = to_definition(self.draft, self.base)
        previous_version = self.base.version if self.base else 0
        self.clear_error()
        self.remote_error = ""
        stored = await self.run(
            lambda: self.session.store.run(lambda s: s.assistants.save(definition)),
            failure=self.tr("Could not save the assistant."),
        )
        if stored is None:
            return None
        profile_id = self.session.profile_id
        needs_sync = stored.version != previous_version or profile_id not in stored.remote_ids
        if self.uses_remote and needs_sync:
            stored = await self._sync_remote(stored)
        self.base = stored
        self._initial = copy.deepcopy(self.draft)
        self._dirty = False
        self.dirtyChanged.emit(False)
        self.saved.emit(stored)
        return stored

    async def _sync_remote(self, stored: AssistantDefinition) -> AssistantDefinition:
        profile_id = self.session.profile_id
        creating = profile_id not in stored.remote_ids
        try:
            backend = await self.session.backend()
            remote_id = await backend.sync_assistant(stored)
        except BelugaError as exc:
            self.remote_error = (
                self.tr(
                    "Saved on this computer, but the assistant could not be created on the server: {error}"
                )
                if creating
                else self.tr(
                    "Saved on this computer, but the assistant could not be updated on the server: {error}"
                )
            ).format(error=exc)
            self.set_error(self.remote_error)
            return stored
        if remote_id and stored.remote_ids.get(profile_id) != remote_id:
            local_id = stored.id

            def record(s: Store) -> None:
                s.assistants.set_remote_id(local_id, profile_id, remote_id)

            await self.session.store.run(record)
            stored = stored.model_copy(update={"remote_ids": {**stored.remote_ids, profile_id: remote_id}})
        return stored

    def _set_saving(self, value: bool) -> None:
        if value != self._saving:
            self._saving = value
            self.savingChanged.emit(value)
