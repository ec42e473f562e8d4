"""Making a branch: a new thread holding a thread's history up to a message, on the server (the backend's
``fork``) and in the store (the thread, linked to its original, with a copy of the cached messages)."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject

from belugadesk.core.titles import preview_from_markdown
from belugadesk.domain.backend import LeftOut
from belugadesk.domain.errors import BelugaError
from belugadesk.domain.models import AssistantDefinition, Message, Thread, new_id, utcnow
from belugadesk.store import Store
from belugadesk.viewmodels.session import Session

log = logging.getLogger(__name__)


def branch_title(title: str) -> str:
    return QCoreApplication.translate("Branching", "{title} (branch)").format(title=title)


def left_out_sentence(left: LeftOut) -> str:
    """What the new thread on the server does not hold ("" when it holds everything)."""
    if not left:
        return ""
    words = _LeftOutWords()
    kinds = [
        text
        for count, text in (
            (left.tool_calls, words.tool_calls(left.tool_calls)),
            (left.images, words.images(left.images)),
            (left.files, words.files(left.files)),
        )
        if count
    ]
    return QCoreApplication.translate(
        "Branching",
        "The branch shows the whole history, but this API could not copy {items} into the new thread, "
        "so the assistant will not see them there.",
    ).format(items=", ".join(kinds))


class Branching:
    """Makes branches for the chat: the server's copy first, then the store's, in one transaction."""

    def __init__(self, session: Session):
        self.session = session

    async def make(
        self,
        thread: Thread,
        assistant: AssistantDefinition,
        history: Sequence[Message],
        *,
        last_id: str | None,
    ) -> tuple[Thread, LeftOut]:
        """A branch of ``thread`` holding ``history`` (its messages up to ``last_id``, the last one kept),
        stored and linked; and what the server's copy left out. If it cannot be stored, the server's copy
        is deleted again and the store's error raised."""
        backend = await self.session.backend()
        fork = await backend.fork(thread.remote_id or "", assistant, history)
        last_text = next((m.text for m in reversed(history) if m.text.strip()), "")
        now = utcnow()
        branch = Thread(
            remote_id=fork.remote_id,
            backend=thread.backend,
            profile_id=self.session.profile_id,
            assistant_id=thread.assistant_id,
            assistant_version=thread.assistant_version,
            title=branch_title(thread.title),
            created_at=now,
            updated_at=now,
            last_message_preview=preview_from_markdown(last_text),
            model=thread.model,
            branched_from_thread_id=thread.id,
            branched_from_message_id=last_id,
        )
        # new ids; no remote ids: reopening the branch merges the server's items into them by role and text
        copies = [
            m.model_copy(update={"id": new_id(), "thread_id": branch.id, "remote_id": None}) for m in history
        ]

        def save(s: Store) -> None:
            with s.transaction():
                s.threads.create(branch)
                s.messages.append_many(branch.id, copies)

        try:
            await self.session.store.run(save)
        except BaseException:
            try:
                await backend.delete_thread(fork.remote_id)
            except BelugaError as exc:
                log.info("Could not delete the unsaved branch %s: %s", fork.remote_id, exc)
            raise
        return branch, fork.left_out


class _LeftOutWords(QObject):
    """Plurals must come from ``self.tr`` in a QObject for lupdate to extract them as plurals."""

    def tool_calls(self, n: int) -> str:
        return self.tr("%n tool call(s)", "", n)

    def images(self, n: int) -> str:
        return self.tr("%n image(s) made by a tool", "", n)

    def files(self, n: int) -> str:
        return self.tr("%n attached file(s)", "", n)
