"""The Folders section's view-model: the folders with their counts, the one selected (which filters the
thread list), and the flows that change them: create, rename, nest, reorder, settings, delete (threads go
to "No folder"), and moving threads in (drag and drop, or "Move to…")."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from belugadesk.domain.folders import ALL_CHATS, NO_FOLDER, Folder, FolderFilter
from belugadesk.domain.models import Thread
from belugadesk.store import Store
from belugadesk.viewmodels.folders.list_model import FolderListModel
from belugadesk.viewmodels.folders.questions import FolderChoice, FolderQuestions
from belugadesk.viewmodels.session import Session
from belugadesk.viewmodels.threads.list_vm import ThreadListViewModel
from belugadesk.viewmodels.view_model import ViewModel

T = TypeVar("T")

__all__ = ["ALL_CHATS", "NO_FOLDER", "FolderListModel", "FoldersViewModel"]


class FoldersViewModel(ViewModel):
    #: the folder filter now in effect: ALL_CHATS, NO_FOLDER or a folder id
    selectionChanged = Signal(str)
    #: a sentence for the status bar once a flow is done
    statusMessage = Signal(str)

    def __init__(self, session: Session, threads: ThreadListViewModel, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.threads = threads
        self.model = FolderListModel(self)
        self.selected: FolderFilter = ALL_CHATS
        self.model.threadsDropped.connect(lambda ids, key: self.start(self.move_threads(ids, key)))
        self.model.folderDropped.connect(lambda dragged, onto: self.start(self.move_onto(dragged, onto)))
        session.profileChanged.connect(self._on_profile_changed)  # a method: disconnected with this object

    # --- state --------------------------------------------------------------------------------------

    async def refresh(self) -> None:
        """Reload the folders and their counts (of the profile's unarchived threads)."""
        profile = self.session.profile_id

        def load(s: Store) -> tuple[list[Folder], dict[str | None, int]]:
            return s.folders.list(), s.folders.thread_counts(profile_id=profile)

        loaded = await self.run(
            lambda: self.session.store.run(load), failure=self.tr("The folders could not be loaded.")
        )
        if loaded is None:
            return
        self.model.show(*loaded)
        if self.selected not in (ALL_CHATS, NO_FOLDER) and self.model.folder(self.selected) is None:
            self.select(ALL_CHATS)  # the selected folder is gone
        else:  # its subfolders may have changed
            self.threads.set_folder_filter(self.folder_ids(self.selected))

    def _on_profile_changed(self, _name: str) -> None:
        self.start(self.refresh())  # the counts are the profile's

    def select(self, key: FolderFilter) -> None:
        """Show only the threads of ``key`` in the thread list (a folder: with its subfolders')."""
        self.selected = key
        self.threads.set_folder_filter(self.folder_ids(key))
        self.selectionChanged.emit(key)

    def folder_ids(self, key: FolderFilter) -> list[str] | None:
        """The thread list's filter for ``key``: None (every thread), [] (no folder), or folder ids."""
        if key == ALL_CHATS:
            return None
        if key == NO_FOLDER:
            return []
        return [key, *(f.id for f in self.model.folders() if f.parent_id == key)]

    @property
    def selected_folder(self) -> Folder | None:
        return self.model.folder(self.selected)

    def default_assistant_id(self) -> str | None:
        """The assistant New chat preselects while the selected folder (or its parent) names one."""
        folder = self.selected_folder
        if folder is None:
            return None
        parent = self.model.folder(folder.parent_id)
        return folder.default_assistant_id or (parent.default_assistant_id if parent else None)

    def choices(self) -> list[FolderChoice]:
        """The places "Move to…" offers: "No folder", then every folder."""
        none = FolderChoice(NO_FOLDER, self.tr("No folder"))
        return [
            none,
            *(FolderChoice(f.id, self._path(f), 1 if f.parent_id else 0) for f in self.model.folders()),
        ]

    def _path(self, folder: Folder) -> str:
        """A subfolder's name after its parent's: "Work › Reports"."""
        parent = self.model.folder(folder.parent_id)
        return folder.name if parent is None else f"{parent.name} › {folder.name}"

    # --- flows (slots start them; they ask through the view's questions) -----------------------------

    def request_create(self, ask: FolderQuestions, parent_id: str | None = None) -> None:
        self.start(self.create_asking(ask, parent_id))

    async def create_asking(self, ask: FolderQuestions, parent_id: str | None = None) -> Folder | None:
        parent = self.model.folder(parent_id)
        title = self.tr("New subfolder") if parent else self.tr("New folder")
        label = (
            self.tr("Name of the subfolder in “{parent}”:").format(parent=parent.name)
            if parent
            else self.tr("Name of the folder:")
        )
        name = await ask.folder_name(title, label)
        if name is None:
            return None
        created = await self._change(lambda s: s.folders.create(name, parent_id=parent_id))
        return created[0] if created else None

    def request_rename(self, folder: Folder, ask: FolderQuestions) -> None:
        self.start(self.rename_asking(folder, ask))

    async def rename_asking(self, folder: Folder, ask: FolderQuestions) -> bool:
        name = await ask.folder_name(self.tr("Rename folder"), self.tr("New name:"), folder.name)
        if name is None or name.strip() == folder.name:
            return False
        return await self.rename(folder.id, name)

    async def rename(self, folder_id: str, name: str) -> bool:
        return await self._change(lambda s: s.folders.rename(folder_id, name)) is not None

    def request_settings(self, folder: Folder, ask: FolderQuestions) -> None:
        self.start(self.settings_asking(folder, ask))

    async def settings_asking(self, folder: Folder, ask: FolderQuestions) -> bool:
        assistants = await self.run(
            lambda: self.session.store.run(lambda s: [(a.id, a.name) for a in s.assistants.list()]),
            failure=self.tr("The assistants could not be listed."),
        )
        if assistants is None:
            return False
        answer = await ask.folder_settings(folder, assistants)
        if answer is None:
            return False

        def save(s: Store) -> None:
            if " ".join(answer.name.split()) != folder.name:
                s.folders.rename(folder.id, answer.name)
            s.folders.set_defaults(folder.id, answer.default_assistant_id, answer.extra_instructions)

        return await self._change(save) is not None

    def request_delete(self, folder: Folder, ask: FolderQuestions) -> None:
        self.start(self.delete_asking(folder, ask))

    async def delete_asking(self, folder: Folder, ask: FolderQuestions) -> bool:
        """Delete after asking, saying how many threads go to "No folder" (none is deleted)."""
        own = await self.run(
            lambda: self.session.store.run(lambda s: s.folders.threads_in(folder.id)),
            failure=self.tr("The folder could not be deleted."),
        )
        if own is None:
            return False
        children = [f.name for f in self.model.folders() if f.parent_id == folder.id]
        detail = self.tr("%n thread(s) in it move to “No folder”; no thread is deleted.", "", own)
        if children:
            detail += " " + self.tr("Its subfolders ({names}) move to the top level.").format(
                names=", ".join(children)
            )
        confirmed = await ask.confirm_destructive(
            self.tr("Delete folder"),
            self.tr("Delete the folder “{name}”?").format(name=folder.name),
            detail,
            self.tr("Delete folder"),
            self.tr("Delete the folder {name}").format(name=folder.name),
        )
        if not confirmed:
            return False
        deleted = await self._change(lambda s: s.folders.delete(folder.id))
        if deleted is None:
            return False
        moved = deleted[0]
        if self.selected == folder.id:
            self.select(ALL_CHATS)
        await self.threads.refresh()  # the threads it held now show "No folder"
        self.statusMessage.emit(
            self.tr("Deleted the folder “{name}”; %n thread(s) moved to “No folder”.", "", moved).format(
                name=folder.name
            )
        )
        return True

    # --- order and nesting --------------------------------------------------------------------------

    def request_move_by(self, folder: Folder, step: int) -> None:
        """Move up (-1) or down (+1) among its siblings."""
        siblings = [f.id for f in self.model.folders() if f.parent_id == folder.parent_id]
        index = siblings.index(folder.id) + step if folder.id in siblings else -1
        if 0 <= index < len(siblings):
            self.start(self._change(lambda s: s.folders.move(folder.id, index)))

    async def move_onto(self, dragged_id: str, onto_id: str) -> None:
        """A folder dropped on a sibling takes its place."""
        onto = self.model.folder(onto_id)
        dragged = self.model.folder(dragged_id)
        if onto is None or dragged is None or onto.parent_id != dragged.parent_id:
            return
        siblings = [f.id for f in self.model.folders() if f.parent_id == onto.parent_id]
        index = siblings.index(onto_id)
        await self._change(lambda s: s.folders.move(dragged_id, index))

    def request_nest(self, folder: Folder, parent_id: str | None) -> None:
        """Put the folder inside ``parent_id`` (a top-level folder), or back at the top level (None)."""
        self.start(self._change(lambda s: s.folders.set_parent(folder.id, parent_id)))

    # --- threads ------------------------------------------------------------------------------------

    def request_move_to(self, thread: Thread, ask: FolderQuestions) -> None:
        self.start(self.move_to_asking(thread, ask))

    async def move_to_asking(self, thread: Thread, ask: FolderQuestions) -> bool:
        """ "Move to…": the person picks a folder (or "No folder") for the thread."""
        key = await ask.pick_folder(self.choices(), thread.folder_id or NO_FOLDER)
        if key is None:
            return False
        return await self.move_threads([thread.id], key)

    async def move_threads(self, thread_ids: Sequence[str], key: FolderFilter) -> bool:
        """File the threads in the folder ``key`` (NO_FOLDER: in none)."""
        folder_id = None if key == NO_FOLDER else key
        if key == ALL_CHATS or not thread_ids:
            return False

        def move(s: Store) -> list[Thread]:
            with s.transaction():
                s.folders.move_threads(thread_ids, folder_id)
            return [t for t in (s.threads.get(i) for i in thread_ids) if t is not None]

        moved = await self.run(
            lambda: self.session.store.run(move), failure=self.tr("The thread could not be moved.")
        )
        if moved is None:
            return False
        for thread in moved:
            self.threads.thread_changed(thread)
        await self.refresh()
        target = self.model.folder(folder_id)
        where = target.name if target is not None else None
        self.statusMessage.emit(
            self.tr("Moved %n thread(s) to “{folder}”.", "", len(moved)).format(
                folder=where or self.tr("No folder")
            )
        )
        return True

    # --- helpers ------------------------------------------------------------------------------------

    async def _change(self, change: Callable[[Store], T]) -> tuple[T] | None:
        """Apply ``change`` in one transaction, then show the folders again: its result (in a tuple), or
        None when it failed (its sentence is the view-model's error)."""

        def apply(s: Store) -> tuple[T]:
            with s.transaction():
                return (change(s),)

        self.clear_error()
        result = await self.run(
            lambda: self.session.store.run(apply), failure=self.tr("The folders could not be changed.")
        )
        await self.refresh()
        return result
