"""The file-search part of the assistant form: the account's vector stores, creating one, adding files."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal

from belugadesk.viewmodels.questions import FileQuestions, TextQuestions
from belugadesk.viewmodels.session import Session
from belugadesk.viewmodels.view_model import ViewModel

if TYPE_CHECKING:
    from belugadesk.domain.backend import VectorStoreInfo


class StoreQuestions(FileQuestions, TextQuestions, Protocol):
    """What creating and filling a vector store asks: a name, the files."""


class VectorStoresViewModel(ViewModel):
    """Lists vector stores (loaded on demand) and creates/fills them; ``status`` is a line for the view."""

    storesChanged = Signal()
    statusChanged = Signal(str)
    created = Signal(str)  # the id of a vector store just created

    def __init__(self, session: Session, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.stores: list[VectorStoreInfo] = []
        self.loaded = False
        self._status = ""

    @property
    def error_text(self) -> str:
        return self._error

    @property
    def status(self) -> str:
        return self._status

    def _set_status(self, text: str) -> None:
        if text != self._status:
            self._status = text
            self.statusChanged.emit(text)

    def label_of(self, vector_store_id: str) -> str:
        found = next((s for s in self.stores if s.id == vector_store_id), None)
        return found.label if found else vector_store_id

    def _put(self, info: VectorStoreInfo) -> None:
        self.stores = [info, *(s for s in self.stores if s.id != info.id)]
        self.storesChanged.emit()

    async def load(self) -> bool:
        self._set_status(self.tr("Loading vector stores…"))
        self.clear_error()

        async def fetch() -> list[VectorStoreInfo]:
            return await (await self.session.backend()).list_vector_stores()

        stores = await self.run(fetch, failure=self.tr("Could not list vector stores."))
        if stores is None:
            self._set_status("")
            return False
        self.stores = stores
        self.loaded = True
        self._set_status("" if stores else self.tr("No vector stores yet: create one."))
        self.storesChanged.emit()
        return True

    async def create(self, name: str) -> VectorStoreInfo | None:
        name = name.strip()
        if not name:
            self.set_error(self.tr("Name the new vector store."))
            return None
        self.clear_error()
        self._set_status(self.tr("Creating “{name}”…").format(name=name))

        async def make() -> VectorStoreInfo:
            return await (await self.session.backend()).create_vector_store(name)

        info = await self.run(make, failure=self.tr("Could not create the vector store."))
        if info is None:
            self._set_status("")
            return None
        self._put(info)
        self._set_status(self.tr("Created {label}.").format(label=info.label))
        self.created.emit(info.id)
        return info

    # --- slots the file-search editor calls; those that ask do it through ``ask`` midway ---------------

    def request_load(self) -> None:
        """List the vector stores in the background."""
        self.start(self.load())

    def request_create(self, ask: StoreQuestions) -> None:
        self.start(self.create_asking(ask))

    def request_add_files(self, vector_store_id: str, ask: StoreQuestions) -> None:
        self.start(self.add_files_asking(vector_store_id, ask))

    async def create_asking(self, ask: StoreQuestions) -> VectorStoreInfo | None:
        name = await ask.text(self.tr("New vector store"), self.tr("Name of the new vector store:"))
        return await self.create(name) if name and name.strip() else None

    async def add_files_asking(self, vector_store_id: str, ask: StoreQuestions) -> VectorStoreInfo | None:
        paths = await ask.open_paths(self.tr("Add files to the vector store"))
        return await self.add_files(vector_store_id, paths) if paths else None

    async def add_files(self, vector_store_id: str, paths: list[Path]) -> VectorStoreInfo | None:
        if not vector_store_id:
            self.set_error(self.tr("Choose or create a vector store first."))
            return None
        if not paths:
            return None
        self.clear_error()
        self._set_status(self.tr("Uploading %n file(s)…", "", len(paths)))

        async def upload() -> VectorStoreInfo:
            return await (await self.session.backend()).add_files_to_vector_store(vector_store_id, paths)

        info = await self.run(upload, failure=self.tr("Could not add the files."))
        if info is None:
            self._set_status("")
            return None
        self._put(info)
        self._set_status(
            self.tr("Added %n file(s) to {store}.", "", len(paths)).format(store=info.name or info.id)
        )
        return info
