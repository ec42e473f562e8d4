"""The prompt library: the saved prompts, their search and tag filter, editing, inserting a prompt (its
``{{variables}}`` filled in a form first) and the library's import and export."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from belugadesk.core import prompt_io
from belugadesk.core.prompt_match import rank
from belugadesk.core.prompt_template import fill, variables
from belugadesk.domain.errors import BelugaError
from belugadesk.domain.prompts import PromptFileInvalid, SavedPrompt
from belugadesk.files import atomic_write
from belugadesk.store import Store
from belugadesk.viewmodels.prompts.questions import PromptQuestions
from belugadesk.viewmodels.session import Session
from belugadesk.viewmodels.view_model import ViewModel

MAX_IMPORT_BYTES = 16 * 1024 * 1024


class PromptFileProblem(BelugaError):
    """A library file could not be read or written."""


def _write(path: Path, text: str) -> None:
    try:
        atomic_write(path, text)
    except OSError as exc:
        raise PromptFileProblem(
            QCoreApplication.translate(
                "PromptLibrary", "The file {path} could not be written ({reason})."
            ).format(path=path, reason=exc.strerror or exc)
        ) from exc


def _read(path: Path) -> str:
    try:
        if path.stat().st_size > MAX_IMPORT_BYTES:
            raise PromptFileInvalid(
                QCoreApplication.translate(
                    "PromptLibrary", "The file {name} is too large to be a prompt library."
                ).format(name=path.name)
            )
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise PromptFileInvalid(
            QCoreApplication.translate(
                "PromptLibrary", "The file {name} is not a BelugaDesk prompt library: it is not UTF-8 text."
            ).format(name=path.name)
        ) from exc
    except OSError as exc:
        raise PromptFileProblem(
            QCoreApplication.translate(
                "PromptLibrary", "The file {path} could not be read ({reason})."
            ).format(path=path, reason=exc.strerror or exc)
        ) from exc


def _matches(prompt: SavedPrompt, words: Sequence[str]) -> bool:
    haystack = " ".join((prompt.title, prompt.body, *prompt.tags)).casefold()
    return all(word in haystack for word in words)


class PromptLibraryViewModel(ViewModel):
    promptsChanged = Signal()  # the library or the filter changed: read ``visible`` and ``tags``
    statusMessage = Signal(str)  # a sentence once an import or export is done

    def __init__(self, session: Session, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.prompts: list[SavedPrompt] = []
        self.loaded = False
        self.query = ""
        self.tag = ""  # "" : every tag

    # --- what the views show ------------------------------------------------------------------------

    @property
    def tags(self) -> list[str]:
        return sorted({tag for prompt in self.prompts for tag in prompt.tags})

    @property
    def visible(self) -> list[SavedPrompt]:
        """The prompts whose title, body or tags hold every word of the search, with the chosen tag."""
        words = self.query.casefold().split()
        return [p for p in self.prompts if (not self.tag or self.tag in p.tags) and _matches(p, words)]

    def set_query(self, query: str) -> None:
        if query != self.query:
            self.query = query
            self.promptsChanged.emit()

    def set_tag(self, tag: str) -> None:
        if tag != self.tag:
            self.tag = tag
            self.promptsChanged.emit()

    def picks(self, query: str) -> Sequence[SavedPrompt]:
        """The `/` picker's list for what follows the `/`: fuzzy over titles and tags, best first."""
        return rank(query, self.prompts)

    # --- loading ------------------------------------------------------------------------------------

    def request_refresh(self) -> None:
        self.start(
            self.refresh(),
            failure=QCoreApplication.translate("PromptLibrary", "The prompt library could not be read."),
        )

    async def refresh(self) -> None:
        self._show(await self.session.store.run(lambda s: s.prompts.list()))

    def _show(self, prompts: list[SavedPrompt]) -> None:
        self.prompts = prompts
        self.loaded = True
        if self.tag and self.tag not in self.tags:
            self.tag = ""
        self.promptsChanged.emit()

    # --- editing ------------------------------------------------------------------------------------

    def request_edit(self, prompt: SavedPrompt | None, ask: PromptQuestions) -> None:
        """Edit ``prompt`` (None: add a new one) in the form, then save it."""
        self.start(
            self.edit(prompt, ask),
            failure=QCoreApplication.translate("PromptLibrary", "The prompt was not saved."),
        )

    async def edit(self, prompt: SavedPrompt | None, ask: PromptQuestions) -> SavedPrompt | None:
        edited = await ask.edit_prompt(prompt, self.tags)
        if edited is None:
            return None
        saved = await self.session.store.run(lambda s: s.prompts.save(edited))
        await self.refresh()
        return saved

    def request_delete(self, prompt: SavedPrompt, ask: PromptQuestions) -> None:
        self.start(
            self.delete(prompt, ask),
            failure=QCoreApplication.translate("PromptLibrary", "The prompt was not deleted."),
        )

    async def delete(self, prompt: SavedPrompt, ask: PromptQuestions) -> bool:
        if not await ask.confirm_delete(prompt):
            return False
        await self.session.store.run(lambda s: s.prompts.delete(prompt.id))
        await self.refresh()
        return True

    # --- inserting ----------------------------------------------------------------------------------

    def request_insert(
        self, prompt: SavedPrompt, ask: PromptQuestions, insert: Callable[[str], None]
    ) -> None:
        """Fill ``prompt``'s variables (asking for them, if it has any), hand the text to ``insert`` and
        count the use."""
        self.start(
            self.insert(prompt, ask, insert),
            failure=QCoreApplication.translate("PromptLibrary", "The prompt could not be inserted."),
        )

    async def insert(self, prompt: SavedPrompt, ask: PromptQuestions, insert: Callable[[str], None]) -> bool:
        wanted = variables(prompt.body)
        values: dict[str, str] = {}
        if wanted:
            answer = await ask.fill_variables(prompt, wanted)
            if answer is None:
                return False
            values = answer
        insert(fill(prompt.body, values))
        used = await self.session.store.run(lambda s: s.prompts.mark_used(prompt.id))
        self._show([used if p.id == used.id else p for p in self.prompts])
        return True

    # --- import and export --------------------------------------------------------------------------

    def request_export(self, ask: PromptQuestions) -> None:
        self.start(
            self.export_asking(ask),
            failure=QCoreApplication.translate("PromptLibrary", "The prompts were not exported."),
        )

    async def export_asking(self, ask: PromptQuestions) -> bool:
        path = await ask.export_path()
        if path is None:
            return False
        text = prompt_io.export_text(self.prompts)
        try:
            await asyncio.get_running_loop().run_in_executor(None, _write, path, text)
        except BelugaError as exc:
            await ask.show_problem(
                QCoreApplication.translate("PromptLibrary", "Prompts not exported"), str(exc)
            )
            return False
        self.statusMessage.emit(
            self.tr("Exported %n prompt(s) to {path}", "", len(self.prompts)).format(path=path)
        )
        return True

    def request_import(self, ask: PromptQuestions) -> None:
        self.start(
            self.import_asking(ask),
            failure=QCoreApplication.translate("PromptLibrary", "The prompts were not imported."),
        )

    async def import_asking(self, ask: PromptQuestions) -> prompt_io.ImportPlan | None:
        """Ask which file, then merge it into the library; a wrong file is refused whole, with a sentence."""
        path = await ask.import_path()
        if path is None:
            return None
        try:
            text = await asyncio.get_running_loop().run_in_executor(None, _read, path)
            incoming = prompt_io.parse(
                text,
                source=QCoreApplication.translate("PromptLibrary", "The file {name}").format(name=path.name),
            )
        except BelugaError as exc:
            await ask.show_problem(
                QCoreApplication.translate("PromptLibrary", "Prompts not imported"), str(exc)
            )
            return None

        def merge(store: Store) -> prompt_io.ImportPlan:
            with store.transaction():
                plan = prompt_io.plan_import(store.prompts.list(), incoming)
                store.prompts.add_all(plan.added)
            return plan

        plan = await self.session.store.run(merge)
        await self.refresh()
        added = self.tr("Added %n prompt(s)", "", len(plan.added))
        skipped = self.tr("skipped %n already in the library", "", len(plan.skipped))
        self.statusMessage.emit(f"{added}; {skipped}." if plan.skipped else f"{added}.")
        return plan
