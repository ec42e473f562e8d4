"""The main window's view-model: composes the assistant list, the thread list and the chat."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from belugadesk.domain.models import AssistantDefinition, Backend, Thread
from belugadesk.viewmodels.assistants.list_vm import AssistantListViewModel
from belugadesk.viewmodels.chat.chat_vm import ChatViewModel
from belugadesk.viewmodels.compare.compare_vm import CompareViewModel, release_undecided
from belugadesk.viewmodels.folders.folders_vm import FoldersViewModel
from belugadesk.viewmodels.prompts.library_vm import PromptLibraryViewModel
from belugadesk.viewmodels.session import Session
from belugadesk.viewmodels.threads.actions import ThreadActionsViewModel
from belugadesk.viewmodels.threads.branches import BranchLinksViewModel
from belugadesk.viewmodels.threads.list_vm import ThreadListViewModel
from belugadesk.viewmodels.threads.resume import ThreadResumeViewModel
from belugadesk.viewmodels.view_model import ViewModel


class MainViewModel(ViewModel):
    profileNameChanged = Signal(str)

    def __init__(self, session: Session, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.assistants = AssistantListViewModel(session, self)
        self.threads = ThreadListViewModel(session, self)
        self.chat = ChatViewModel(session, self)
        self.prompts = PromptLibraryViewModel(session, self)
        self.resume = ThreadResumeViewModel(session, self.chat, self.threads, self)
        self.thread_actions = ThreadActionsViewModel(session, self.threads, self.chat, self)
        self.branches = BranchLinksViewModel(session, self.chat, self)
        self.branches.openRequested.connect(self._on_thread_activated)
        self.thread_actions.threadDeleted.connect(self.branches.thread_deleted)
        self.folders = FoldersViewModel(session, self.threads, self)
        self.folders.selectionChanged.connect(self._on_folder_selected)
        # the counts follow threads created, changed (archived…), deleted or imported
        self.chat.threadSaved.connect(self._recount)
        self.threads.threadUpdated.connect(self._recount)
        self.thread_actions.threadDeleted.connect(self._recount)
        self.thread_actions.threadImported.connect(self._recount)
        self.threads.hitActivated.connect(self._on_thread_activated)
        self.threads.threadUpdated.connect(self._on_thread_updated)
        self.thread_actions.threadImported.connect(self._on_thread_activated)
        self.assistants.currentChanged.connect(self._on_assistant_changed)
        self.threads.threadActivated.connect(self._on_thread_activated)
        self.chat.threadSaved.connect(self.threads.thread_saved)
        self.chat.threadSaved.connect(self.assistants.thread_saved)
        self.assistants.newThreadRequested.connect(self._on_new_thread_with)
        # "Always allow this tool" changed an assistant's grants: the list (and its form) show the saved one
        self.chat.assistantSaved.connect(lambda _saved: self.assistants.request_refresh())
        session.profileChanged.connect(self.profileNameChanged)

    @property
    def profile_name(self) -> str:
        return self.session.profile_name

    async def load(self) -> None:
        """Fill the lists from the store (a comparison the app ended before a choice was made is listed)."""
        await self.session.store.run(release_undecided)
        await self.assistants.refresh()
        await self.threads.refresh()
        await self.prompts.refresh()
        await self.folders.refresh()

    async def store_changed(self, collections: set[str]) -> None:
        """Another device changed the store (sync): the lists again, and the open chat's messages when
        it is a thread whose messages are shared (Chat Completions: the store is the thread)."""
        await self.load()
        thread = self.chat.thread
        if "messages" in collections and thread is not None and thread.backend == Backend.CHAT_COMPLETIONS:
            messages = await self.session.store.run(lambda s: s.messages.list(thread.id))
            self.chat.show_messages(thread.id, messages)

    def new_comparison(self) -> CompareViewModel:
        """A comparison of the active profile's assistants, priced and cached as the chat is; the thread
        continued with opens in the chat."""
        chat = self.chat
        compare = CompareViewModel(
            self.session, self, cache_dir=chat.images.cache_dir, local_tools=chat.local_tools
        )
        compare.follow_prices(chat)  # Settings → Prices changes the columns' costs too
        compare.kept.connect(self._on_comparison_kept)
        return compare

    def _on_comparison_kept(self, thread: Thread) -> None:
        self.threads.thread_saved(thread)
        self._on_thread_activated(thread)

    def new_thread(self) -> None:
        """A new chat; while a folder is selected it goes in that folder, with its default assistant."""
        self._preselect_folder_assistant()
        self.chat.new_thread()

    def open_thread(self, thread: Thread) -> None:
        """Open ``thread`` in the main chat, as choosing it in the thread list does."""
        self._on_thread_activated(thread)

    def _on_folder_selected(self, _key: str) -> None:
        folder = self.folders.selected_folder
        self.chat.new_thread_folder = folder.id if folder is not None else None
        if self.chat.thread is None:  # an empty new chat takes the folder's assistant at once
            self._preselect_folder_assistant()

    def _preselect_folder_assistant(self) -> None:
        assistant_id = self.folders.default_assistant_id()
        if assistant_id and not self.chat.streaming:
            self.assistants.select_id(assistant_id)

    def _recount(self, *_args: object) -> None:
        self.start(self.folders.refresh())

    def _on_assistant_changed(self, assistant: AssistantDefinition | None) -> None:
        self.chat.set_assistant(assistant)
        if (
            self.chat.thread is not None
            and assistant is not None
            and self.chat.thread.assistant_id != assistant.id
        ):
            self.chat.new_thread()

    def _on_new_thread_with(self, assistant: AssistantDefinition) -> None:
        """ "New thread with this assistant": the thread records the assistant and its version."""
        self.chat.set_assistant(assistant)
        self.chat.new_thread()

    def _on_thread_activated(self, thread: Thread, message_id: str | None = None) -> None:
        """Open ``thread`` (at ``message_id``, when given and not "")."""
        if self.chat.streaming:
            return
        self.assistants.select_id(thread.assistant_id)
        self.start(
            self.resume.open(thread, message_id or None), failure=self.tr("The thread could not be opened.")
        )

    def _on_thread_updated(self, thread: Thread) -> None:
        """Keep the chat's copy of the open thread current (title, pin, remote state; the chat's model
        choice, which the list does not follow, stays)."""
        if self.chat.thread is not None and self.chat.thread.id == thread.id:
            self.chat.thread = thread.model_copy(update={"model": self.chat.thread.model})

    async def aclose(self) -> None:
        """Keep the text being typed for the next start, end every view-model's work, close the backend."""
        for chat in self.findChildren(ChatViewModel):  # the main chat, the quick-ask one, compare columns
            await chat.drafts.close()
        await super().aclose()
        await self.session.aclose()
