"""One profile being typed in (onboarding and the profile editor): fields, per-field errors, the key, a
connection test. Nothing is saved here except the key, and only when :meth:`submit` is called."""

from __future__ import annotations

import logging
from typing import Any

from pydantic import SecretStr
from PySide6.QtCore import QObject, Signal

from belugadesk.credentials import KeyLookup
from belugadesk.domain.capabilities import BACKEND_LABELS, ProbeReport
from belugadesk.domain.errors import BelugaError, CredentialsError
from belugadesk.domain.i18n import QT_TRANSLATE_NOOP
from belugadesk.domain.models import Backend, new_id
from belugadesk.domain.redaction import register_secret
from belugadesk.settings import (
    AZURE_API_VERSIONS,
    AZURE_DEFAULT_API_VERSION,
    PRESETS,
    PRESETS_BY_ID,
    KeyPolicy,
    Preset,
    Profile,
    validate_profile_fields,
)

# The view shows the smallest budget; it reads it here, never from the settings.
from belugadesk.settings import MIN_CONTEXT_BUDGET as MIN_CONTEXT_BUDGET
from belugadesk.settings.presets import DEFAULT_PRESET_BY_KIND
from belugadesk.viewmodels.pair_table import PairTableModel
from belugadesk.viewmodels.settings.profile_services import AsyncKeys, ConnectionTest
from belugadesk.viewmodels.view_model import ViewModel

log = logging.getLogger(__name__)

# The provider choice: one entry per preset (``settings.presets``), in the presets' order.
PROVIDERS: tuple[tuple[str, str], ...] = tuple((preset.id, preset.label) for preset in PRESETS)
BACKENDS: tuple[tuple[str, str], ...] = tuple((backend.value, BACKEND_LABELS[backend]) for backend in Backend)
# The names the form fills in itself (replaced when another preset is chosen; a typed name is kept).
DEFAULT_NAMES = {preset.default_name for preset in PRESETS} | {"Demo"}
# The inputs each kind of profile needs, in form order ("key" is dropped when the preset takes none).
FIELDS_BY_KIND: dict[str, tuple[str, ...]] = {
    "openai": ("name", "key", "backend", "base_url", "organization", "project", "proxy"),
    "azure": ("name", "key", "azure_endpoint", "api_version", "deployments", "backend", "proxy"),
    "compatible": ("name", "key", "base_url", "backend", "proxy"),
    "demo": ("name",),
}
# Shown only while the form's backend keeps the thread itself and trims it to a budget (Chat Completions).
BUDGET_FIELD = "context_budgets"
TEXT_FIELDS = (
    "name",
    "base_url",
    "azure_endpoint",
    "api_version",
    "deployments",
    "organization",
    "project",
    "proxy",
)
KEY_REQUIRED = QT_TRANSLATE_NOOP("ProfileFormViewModel", "Paste the API key for this profile.")
# only an OpenAI profile reads the environment's OpenAI key (``Profile.reads_environment_key``)
KEY_REQUIRED_OPENAI = QT_TRANSLATE_NOOP(
    "ProfileFormViewModel",
    "Paste the API key for this profile (or set the OPENAI_API_KEY environment variable before starting).",
)
KEY_OPTIONAL = QT_TRANSLATE_NOOP(
    "ProfileFormViewModel", "Optional: needed only if the server was started with a key"
)


def _deployments_text(mapping: dict[str, str]) -> str:
    return "\n".join(f"{model} = {deployment}" for model, deployment in mapping.items())


def parse_deployments(text: str) -> dict[str, str]:
    """``model = deployment`` per line (``:`` works too); raises ValueError naming the bad line."""
    result: dict[str, str] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        for sep in ("=", ":"):
            model, found, deployment = line.partition(sep)
            if found:
                break
        if not found or not model.strip() or not deployment.strip():
            raise ValueError(f"Line {number}: write each deployment as 'model = deployment-name'.")
        result[model.strip()] = deployment.strip()
    return result


class BudgetTableModel(PairTableModel):
    """The profile's context budgets: one row a model, its token budget as typed."""

    HEADERS = (
        QT_TRANSLATE_NOOP("PairTableModel", "Model"),
        QT_TRANSLATE_NOOP("PairTableModel", "Budget (tokens)"),
    )


def parse_budgets(pairs: list[tuple[str, str]]) -> dict[str, int]:
    """The budgets the table's rows name; raises ValueError with a sentence naming the bad row."""
    result: dict[str, int] = {}
    for number, (model, tokens) in enumerate(pairs, start=1):
        model, tokens = model.strip(), tokens.strip().replace(",", "").replace("_", "")
        if not model:
            raise ValueError(f"Row {number}: enter a model name (or remove the row).")
        if model in result:
            first = list(result).index(model) + 1
            raise ValueError(f"Row {number}: {model} has a budget already (row {first}).")
        if not tokens.isdigit():
            raise ValueError(f"Row {number}: the budget of {model} must be a whole number of tokens.")
        if int(tokens) < MIN_CONTEXT_BUDGET:
            raise ValueError(
                f"Row {number}: the budget of {model} is {int(tokens)} tokens; give it at least "
                f"{MIN_CONTEXT_BUDGET}."
            )
        result[model] = int(tokens)
    return result


class ProfileFormViewModel(ViewModel):
    presetChanged = Signal(str)  # a preset was chosen: name, base URL, backend, key policy may change
    backendChanged = Signal(str)  # the form chose a backend itself (a preset, or the best one a test found)
    probeFinished = Signal(object)  # the ProbeReport of a connection test (the table of APIs)
    fieldErrorsChanged = Signal(dict)  # {field: message}; "__all__" for errors that name no input
    keyStatusChanged = Signal(str)
    testFinished = Signal(bool, str)  # ok, sentence
    keyringProblem = Signal(str)  # the key could not be saved in the keyring: offer session-only use

    def __init__(
        self,
        keys: AsyncKeys,
        tester: ConnectionTest,
        base: Profile | None = None,
        *,
        is_new: bool | None = None,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.keys = keys
        self.tester = tester
        self.base = base or Profile(id=new_id(), name=PRESETS_BY_ID["openai"].default_name)
        self.is_new = base is None if is_new is None else is_new
        self._kind: str = self.base.kind
        self._preset: Preset | None = self.base.preset_info
        self._backend: str = self.base.backend.value
        self._backend_chosen = not self.is_new  # an existing profile keeps its backend unless changed here
        base_url = self.base.base_url if self.base.kind == "compatible" else None
        if (
            self.base.kind == "openai"
            and self.base.base_url
            and not self.base.base_url.startswith("https://api.openai.com")
        ):
            base_url = self.base.base_url
        self._values: dict[str, str] = {
            "name": self.base.name,
            "base_url": base_url or "",
            "azure_endpoint": self.base.azure_endpoint or "",
            "api_version": self.base.api_version or AZURE_DEFAULT_API_VERSION,
            "deployments": _deployments_text(self.base.deployments),
            "organization": self.base.organization or "",
            "project": self.base.project or "",
            "proxy": self.base.proxy or "",
        }
        self._key = ""
        self._lookup = KeyLookup(None, "none")
        self._errors: dict[str, str] = {}
        self.last_models: list[str] = []
        self.last_probe: ProbeReport | None = None
        self.budgets = BudgetTableModel(lambda _pairs: self._drop_error(BUDGET_FIELD), self)
        self.budgets.reset([(model, str(tokens)) for model, tokens in self.base.context_budgets.items()])

    # --- fields -------------------------------------------------------------------------------------

    @property
    def profile_id(self) -> str:
        return self.base.id

    @property
    def kind(self) -> str:
        return self._kind

    @property
    def preset_id(self) -> str:
        """The chosen preset's id ("" for the demo, which has none)."""
        return self._preset.id if self._preset else ""

    @property
    def key_policy(self) -> KeyPolicy:
        """Whether the chosen server needs a key: required, optional or none (the demo's is the app's)."""
        return self._preset.key if self._preset else "none"

    @property
    def backend(self) -> str:
        return self._backend

    @property
    def api_versions(self) -> tuple[str, ...]:
        return AZURE_API_VERSIONS

    @property
    def errors(self) -> dict[str, str]:
        return dict(self._errors)

    def visible_fields(self) -> tuple[str, ...]:
        fields = FIELDS_BY_KIND[self._kind]
        if self._kind != "demo" and self._backend == Backend.CHAT_COMPLETIONS.value:
            fields = (*fields, BUDGET_FIELD)
        return tuple(f for f in fields if f != "key") if self.key_policy == "none" else fields

    def value(self, name: str) -> str:
        return self._values[name]

    def set_kind(self, kind: str) -> None:
        """Choose the generic preset of ``kind`` ("openai", "azure", "compatible")."""
        if kind != self._kind and kind in DEFAULT_PRESET_BY_KIND:
            self.set_preset(DEFAULT_PRESET_BY_KIND[kind])

    def set_preset(self, preset_id: str) -> None:
        """Fill the form from a preset: its kind, base URL, key policy, name (unless typed) and backend
        (unless chosen by hand)."""
        preset = PRESETS_BY_ID[preset_id]
        if self._kind == "demo" or preset is self._preset:
            return
        previous = self._preset
        if self._values["name"].strip() in DEFAULT_NAMES | {""}:
            self._values["name"] = preset.default_name
        if preset.kind == "compatible":
            typed = self._values["base_url"].strip()
            if preset.base_url is not None or (previous is not None and typed == previous.base_url):
                self._values["base_url"] = preset.base_url or ""
        elif preset.kind == "openai" and previous is not None and previous.kind == "compatible":
            self._values["base_url"] = ""  # the public API; a custom address is typed afresh
        if not self._backend_chosen and self._backend != preset.backend.value:
            self._backend = preset.backend.value
            self.backendChanged.emit(self._backend)
        self._preset = preset
        self._kind = preset.kind
        self.last_probe = None
        self._set_errors({})
        self.presetChanged.emit(preset.id)
        self.keyStatusChanged.emit(self.key_status)

    def set_backend(self, backend: str) -> None:
        """The person chose a backend: a later connection test no longer replaces it."""
        value = Backend(backend).value
        if value == self._backend:
            return
        self._backend = value
        self._backend_chosen = True
        self._drop_error("backend")
        self._drop_error(BUDGET_FIELD)

    def set_value(self, name: str, text: str) -> None:
        if name not in TEXT_FIELDS:
            raise KeyError(name)
        self._values[name] = text
        self._drop_error(name)

    def set_key(self, text: str) -> None:
        self._key = text
        self._drop_error("key")
        self.keyStatusChanged.emit(self.key_status)

    @property
    def typed_key(self) -> bool:
        return bool(self._key.strip())

    @property
    def key_status(self) -> str:
        if self._kind == "demo":
            return self.tr("The offline demo needs no key")
        if self.key_policy == "none":
            if self._preset is None:
                return self.tr("This server needs no key")
            return self.tr("{server} needs no key").format(server=self._preset.label)
        if self.typed_key:
            if self.keys.is_secure():
                return self.tr("Will be stored in {keyring} when you save").format(
                    keyring=self.keys.backend_name()
                )
            return self.tr("No secure keyring: the key can be used for this session only")
        if self.key_policy == "optional" and not self._lookup.found:
            return self.tr(KEY_OPTIONAL)
        return self.keys.source_text(self._lookup)

    def request_key_status(self) -> None:
        """Slot for the view: find out in the background whether the keyring holds this profile's key."""
        self.start(self.refresh_key_status())

    async def refresh_key_status(self) -> None:
        """Look up where this profile's key comes from now (keyring, environment, session, none)."""
        edited = self.base.model_copy(update={"kind": self._kind})  # the environment's key: OpenAI only
        lookup = await self.run(lambda: self.keys.get(edited))
        if lookup is not None:
            self._lookup = lookup
            self.keyStatusChanged.emit(self.key_status)

    # --- validation ---------------------------------------------------------------------------------

    def _set_errors(self, errors: dict[str, str]) -> None:
        if errors != self._errors:
            self._errors = dict(errors)
            self.fieldErrorsChanged.emit(dict(errors))

    def _drop_error(self, name: str) -> None:
        if name in self._errors:
            self._set_errors({k: v for k, v in self._errors.items() if k != name})

    def _data(self) -> dict[str, Any]:
        visible = set(self.visible_fields())
        data = self.base.model_dump()
        data.update(kind=self._kind, backend=self._backend, preset=self._preset.id if self._preset else None)
        for name in ("base_url", "azure_endpoint", "api_version", "organization", "project", "proxy"):
            data[name] = self._values[name] if name in visible else None
        data["name"] = self._values["name"]
        data["deployments"] = {}
        return data

    def build(self, *, require_key: bool = True) -> Profile | None:
        """The profile the form describes, or None with ``errors`` set (one message per input)."""
        data = self._data()
        errors: dict[str, str] = {}
        if "deployments" in self.visible_fields():
            try:
                data["deployments"] = parse_deployments(self._values["deployments"])
            except ValueError as exc:
                errors["deployments"] = str(exc)
        if BUDGET_FIELD in self.visible_fields():  # else the profile keeps the budgets it had
            try:
                data[BUDGET_FIELD] = parse_budgets(self.budgets.pairs)
            except ValueError as exc:
                errors[BUDGET_FIELD] = str(exc)
        errors = {**validate_profile_fields(data), **errors}
        visible = set(self.visible_fields())
        for name in list(errors):
            if name not in visible and name != "__all__":
                errors.setdefault("__all__", f"{name.replace('_', ' ')}: {errors[name]}")
                del errors[name]
        if "key" in visible:
            if self.typed_key and any(ch.isspace() for ch in self._key.strip()):
                errors["key"] = self.tr(
                    "The API key contains spaces or line breaks; paste only the key itself."
                )
            elif (
                require_key
                and self.key_policy == "required"
                and not self.typed_key
                and not self._lookup.found
            ):
                errors["key"] = self.tr(KEY_REQUIRED_OPENAI if self._kind == "openai" else KEY_REQUIRED)
        self._set_errors(errors)
        if errors:
            return None
        return Profile.model_validate(data)

    def _key_for_use(self) -> SecretStr | None:
        """The typed key (registered for redaction before it is sent anywhere), else the stored one."""
        if self.key_policy == "none":
            return None
        if not self.typed_key:
            return self._lookup.key
        register_secret(self._key)
        return SecretStr(self._key.strip())

    # --- actions ------------------------------------------------------------------------------------

    def request_test(self) -> None:
        self.start(self.test_connection())

    async def test_connection(self) -> bool:
        """Ask the server which APIs it speaks, with the typed (or stored) key: ``probeFinished`` gives the
        table, ``testFinished`` the sentence. Unless the person chose a backend here, the best one the server
        speaks is chosen (``backendChanged``). True when the profile's backend works on this server."""
        profile = self.build()
        if profile is None:
            self.testFinished.emit(False, self.tr("Fix the fields marked above first."))
            return False
        key = self._key_for_use()
        self.clear_error()
        report: ProbeReport | None = await self.run(lambda: self.tester(profile, key))
        if report is None:
            message = self.error  # said once, next to the Test connection button
            self.clear_error()
            self.testFinished.emit(False, message)
            return False
        self.last_probe = report
        self.last_models = list(report.models)
        best = report.best_backend
        if best is not None and not self._backend_chosen and best.value != self._backend:
            self._backend = best.value
            self.backendChanged.emit(self._backend)
        self.probeFinished.emit(report)
        models = report.models
        shown = ", ".join(models[:6]) + (", …" if len(models) > 6 else "")
        connected = (
            self.tr("Connected: %n model(s) available ({models}).", "", len(models)).format(models=shown)
            if models
            else self.tr("Connected.")
        )
        ok = report.speaks(Backend(self._backend))
        self.testFinished.emit(ok, f"{connected} {report.summary(Backend(self._backend))}")
        return ok

    async def submit(self, *, session_only: bool = False) -> Profile | None:
        """Validate, then store a typed key (keyring, or memory when ``session_only``). None on failure.

        If the keyring cannot take the key, ``keyringProblem`` says why and None is returned; call again
        with ``session_only=True`` when the user accepts using the key for this session only.
        """
        profile = self.build()
        if profile is None:
            return None
        if not self.typed_key or profile.kind == "demo":
            return profile
        key = self._key_for_use()
        assert key is not None  # typed_key
        try:
            if session_only:
                await self.keys.set_session(profile.id, key)
            else:
                await self.keys.set(profile.id, key)
        except CredentialsError as exc:
            if session_only:
                self._set_errors({**self._errors, "key": str(exc)})
            else:
                self.keyringProblem.emit(str(exc))
            return None
        except BelugaError as exc:
            self._set_errors({**self._errors, "key": str(exc)})
            return None
        self._key = ""
        await self.refresh_key_status()
        return profile
