"""The `/` picker: a `/` typed at the start of a message box opens a list of saved prompts under or above
the cursor. Typing filters it (fuzzy, over titles and tags; best match first, then the most recently used),
Up/Down move, Enter or Tab chooses (Shift+Enter is still a new line), Esc closes it and leaves the text as
typed. The chosen prompt (its variables filled in a form first) replaces the `/…` text; nothing is sent.

It attaches to any ``QPlainTextEdit`` (the chat's ``MessageInput``, the quick-ask box): it only watches the
box's text and keys."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QVBoxLayout

from belugadesk.domain.prompts import SavedPrompt
from belugadesk.viewmodels.prompts.library_vm import PromptLibraryViewModel
from belugadesk.viewmodels.prompts.questions import PromptQuestions
from belugadesk.views.prompts.insertion import insert_prompt
from belugadesk.views.prompts.prompt_list import PromptList

VISIBLE_ROWS = 8
_CHOOSE = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)
_HANDLED = (
    *_CHOOSE,
    Qt.Key.Key_Escape,
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
)


def _label(prompt: SavedPrompt) -> str:
    tags = "  ·  ".join(prompt.tags)
    return f"{prompt.title}    {tags}" if tags else prompt.title


class SlashPicker(QFrame):
    def __init__(self, box: QPlainTextEdit, vm: PromptLibraryViewModel, ask: PromptQuestions):
        super().__init__(box.window())
        self.box = box
        self.vm = vm
        self.ask = ask
        self.dismissed = False  # Esc closed it: stays closed until the `/` is gone
        self.setObjectName("slashPicker")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list = PromptList(self)
        self.list.setObjectName("slashPickerList")
        self.list.setAccessibleName(self.tr("Saved prompts"))
        self.list.setAccessibleDescription(self.tr("Up and Down choose, Enter inserts, Esc closes"))
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.itemClicked.connect(lambda _item: self.choose())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.list)
        self.hide()
        box.textChanged.connect(self._follow)
        box.cursorPositionChanged.connect(self._follow)
        box.installEventFilter(self)
        vm.promptsChanged.connect(self._follow)

    # --- what the box holds -------------------------------------------------------------------------

    def query(self) -> str | None:
        """What follows the `/` up to the cursor, or None when the picker does not apply."""
        text = self.box.toPlainText()
        position = self.box.textCursor().position()
        if not text.startswith("/") or position < 1:
            return None
        typed = text[1:position]
        return None if "\n" in typed else typed

    def _follow(self) -> None:
        query = self.query()
        if not self.box.toPlainText().startswith("/"):
            self.dismissed = False
        if query is None or self.dismissed or not self.box.hasFocus():
            self.hide()
            return
        if not self.vm.loaded:
            self.vm.request_refresh()  # promptsChanged brings us back here
            return
        self._fill(self.vm.picks(query))

    def _fill(self, prompts: Sequence[SavedPrompt]) -> None:
        self.list.set_prompts(prompts, _label, keep=False)  # what was typed ranks afresh: the best is first
        if self.list.count() == 0:
            self.hide()
            return
        self._place()
        self.show()
        self.raise_()

    def current(self) -> SavedPrompt | None:
        return self.list.current_prompt()

    def titles(self) -> list[str]:
        return self.list.titles()

    def _place(self) -> None:
        """Under the cursor when it fits in the window, otherwise above it."""
        window = self.box.window()
        if self.parentWidget() is not window:
            self.setParent(window)
        self.ensurePolished()
        self.list.ensurePolished()
        rows = min(self.list.count(), VISIBLE_ROWS)
        row_height = max(self.list.sizeHintForRow(0), self.list.fontMetrics().height() + 8)
        margins = self.list.contentsMargins()
        chrome = margins.top() + margins.bottom() + 2 * self.list.frameWidth() + 2 * self.frameWidth() + 2
        height = rows * row_height + chrome
        width = min(max(self.box.width() // 2, 320), window.width() - 16)
        cursor = self.box.cursorRect()
        below = self.box.mapTo(window, QPoint(cursor.left(), cursor.bottom() + 4))
        above = self.box.mapTo(window, QPoint(cursor.left(), cursor.top() - 4 - height))
        spot = below if below.y() + height <= window.height() or above.y() < 0 else above
        x = max(0, min(spot.x(), window.width() - width))
        self.setGeometry(x, max(0, spot.y()), width, height)

    # --- keys ---------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.box and self.isVisible():
            kind = event.type()
            if (
                kind == QEvent.Type.ShortcutOverride
                and isinstance(event, QKeyEvent)
                and event.key() in _HANDLED
            ):
                event.accept()  # the window's Esc (Stop) and Enter shortcuts wait while the picker is open
                return True
            if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and self._key(event):
                return True
            if kind == QEvent.Type.FocusOut:
                self.hide()
        return super().eventFilter(watched, event)

    def _key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in _CHOOSE and event.modifiers() & Qt.KeyboardModifier.ShiftModifier and key != Qt.Key.Key_Tab:
            return False  # Shift+Enter: a new line, which ends the query and closes the picker
        if key in _CHOOSE:
            self.choose()
            return True
        if key == Qt.Key.Key_Escape:
            self.dismissed = True
            self.hide()
            return True
        steps = {
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_PageUp: -VISIBLE_ROWS,
            Qt.Key.Key_PageDown: VISIBLE_ROWS,
        }
        if key in steps:
            row = max(0, min(self.list.currentRow() + steps[Qt.Key(key)], self.list.count() - 1))
            self.list.setCurrentRow(row)
            return True
        return False

    def choose(self) -> None:
        """Insert the current prompt in place of the `/…` text (after its variables' form, if any)."""
        prompt = self.current()
        query = self.query()
        self.hide()
        if prompt is None or query is None:
            return
        typed = "/" + query
        box = self.box
        self.vm.request_insert(prompt, self.ask, lambda text: insert_prompt(box, text, replacing=typed))
