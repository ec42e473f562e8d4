"""The model switcher's state: the profile's models (listed from the server once per profile, then cached)
and the model chosen for the open thread ("" means the assistant's own)."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QObject, Signal

from belugadesk.domain.errors import BelugaError
from belugadesk.viewmodels.session import Session
from belugadesk.viewmodels.view_model import StartWork


class ModelChoice(QObject):
    """``modelsChanged(models, problem)``: the models to offer (the assistant's and the thread's always among
    them) and, when the server could not list its models, a sentence saying so. ``chosenChanged(model)``: the
    model the next reply uses."""

    modelsChanged = Signal(list, str)
    chosenChanged = Signal(str)

    def __init__(self, session: Session, start: StartWork, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self._start = start
        self._listed: dict[str, tuple[list[str], str]] = {}  # profile id -> (models, problem)
        self._loading: dict[str, asyncio.Task[None]] = {}
        self._choice = ""
        self._assistant_model = ""

    # --- the models of the profile ----------------------------------------------------------------------

    @property
    def models(self) -> list[str]:
        listed = self._listed.get(self.session.profile_id, ([], ""))[0]
        extra = [m for m in (self._assistant_model, self._choice) if m and m not in listed]
        return sorted({*listed, *extra})

    @property
    def problem(self) -> str:
        return self._listed.get(self.session.profile_id, ([], ""))[1]

    def request_models(self) -> None:
        """List the profile's models unless they are listed already or on their way (then say so again)."""
        profile = self.session.profile_id
        if profile in self._listed:
            self.modelsChanged.emit(self.models, self.problem)
        elif profile not in self._loading:
            task = self._start(self.list_models(profile))
            self._loading[profile] = task
            task.add_done_callback(lambda _: self._loading.pop(profile, None))

    async def list_models(self, profile: str) -> None:
        try:
            backend = await self.session.backend()
            self._listed[profile] = (await backend.list_models(), "")
        except BelugaError as exc:
            problem = self.tr(
                "The server's models could not be listed ({error}); the assistant's model is used."
            ).format(error=exc)
            self._listed[profile] = ([], problem)
        if profile == self.session.profile_id:
            self.modelsChanged.emit(self.models, self.problem)

    async def wait_listed(self) -> None:
        while self._loading:
            await asyncio.gather(*list(self._loading.values()), return_exceptions=True)

    # --- the thread's choice ------------------------------------------------------------------------------

    @property
    def choice(self) -> str:
        """The model chosen for the open thread; "" when it is the assistant's own."""
        return self._choice

    @property
    def assistant_model(self) -> str:
        return self._assistant_model

    @property
    def chosen(self) -> str:
        """The model the next reply uses."""
        return self._choice or self._assistant_model

    def show(self, choice: str, assistant_model: str) -> None:
        """The open thread's choice ("" for a new thread) and its assistant's model."""
        self._choice = "" if choice == assistant_model else choice
        self._assistant_model = assistant_model
        self.chosenChanged.emit(self.chosen)

    def choose(self, model: str) -> str:
        """Choose ``model`` for the open thread; returns the choice to keep ("": the assistant's)."""
        self._choice = "" if model == self._assistant_model else model
        self.chosenChanged.emit(self.chosen)
        return self._choice
