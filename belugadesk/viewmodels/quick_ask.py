"""The quick-ask window's view-model: a chat of its own with the assistant New chat would use, whose
thread is listed like any other and can be moved over to the main window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal

from belugadesk.domain.models import Thread
from belugadesk.viewmodels.chat.chat_vm import ChatViewModel
from belugadesk.viewmodels.main_vm import MainViewModel
from belugadesk.viewmodels.view_model import ViewModel

QUICK_ASK_DRAFT = "quick-ask"  # the drafts key of the quick window's new thread


class QuickAskViewModel(ViewModel):
    """Owned by the main view-model (closed with it). ``chat`` streams the replies; ``open_in_main`` hands
    the thread to the main window and starts over."""

    movedToMain = Signal(object)  # Thread: now open in the main window

    def __init__(self, main: MainViewModel, parent: QObject | None = None):
        super().__init__(parent if parent is not None else main)
        self.main = main
        self.chat = ChatViewModel(main.session, self, prices=main.chat.prices, new_draft_key=QUICK_ASK_DRAFT)
        self.chat.threadSaved.connect(main.threads.thread_saved)
        self.chat.threadSaved.connect(main.assistants.thread_saved)
        main.assistants.currentChanged.connect(self._on_default_changed)
        main.session.profileChanged.connect(self._on_profile_changed)
        self.chat.set_assistant(main.assistants.current)

    @property
    def assistant_name(self) -> str:
        assistant = self.chat.assistant
        return assistant.name if assistant is not None else ""

    def _on_default_changed(self, _assistant: object) -> None:
        self.prepare()

    def _on_profile_changed(self, _name: str) -> None:
        """Another profile (another server): the thread of the last one cannot go on here."""
        self.start(
            self._start_over(),
            failure=QCoreApplication.translate(
                "QuickAskViewModel", "The quick-ask window could not start over."
            ),
        )

    async def _start_over(self) -> None:
        if self.chat.streaming:
            await self.chat.stop()
        self.chat.new_thread()
        self.prepare()

    def prepare(self) -> None:
        """Before the window shows: a chat not started yet talks to the assistant New chat would use."""
        chat = self.chat
        if chat.thread is None and not chat.streaming and chat.messages.rowCount() == 0:
            chat.set_assistant(self.main.assistants.current)

    def can_open_in_main(self) -> bool:
        return self.chat.thread is not None and not self.chat.streaming

    def open_in_main(self) -> Thread | None:
        """Show this thread in the main window and start over here (None: nothing to move yet, or a reply
        is still being written, here or there: the error says so)."""
        thread = self.chat.thread
        if thread is None:
            self.chat.set_error(
                QCoreApplication.translate(
                    "QuickAskViewModel", "Ask something first: there is no conversation to move yet."
                )
            )
            return None
        if self.chat.streaming or self.main.chat.streaming:
            self.chat.set_error(
                QCoreApplication.translate(
                    "QuickAskViewModel",
                    "Wait until the reply is written (or stop it), then open the thread in the main window.",
                )
            )
            return None
        self.chat.clear_error()
        self.main.open_thread(thread)
        self.chat.new_thread()
        self.prepare()
        self.movedToMain.emit(thread)
        return thread
