"""The keyboard shortcut sheet (F1 or Ctrl+/), generated from the window itself so it cannot drift: every
QAction with a shortcut, grouped by the menu it is in (menu bar order) or else by the area (the named
widget) it belongs to, plus the keys that widgets handle themselves and list through ``keys_help()``.

``shortcut_conflicts`` finds two actions answering the same keys where both can fire (the test suite
checks every window has none)."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

WINDOW_WIDE = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)


@dataclass(frozen=True)
class ShortcutEntry:
    group: str  # the menu, or the area of the window
    action: str
    keys: str  # native text, alternatives joined with " or "
    where: str = ""  # the widget it works in ("" for the whole window)


def clean_text(text: str) -> str:
    """A menu text as read aloud: no mnemonic ampersand, no trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").rstrip(".").strip()


def keys_text(sequences: Iterable[QKeySequence]) -> str:
    return QCoreApplication.translate("ShortcutSheet", " or ").join(
        s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences
    )


def _scope_widgets(action: QAction) -> list[QWidget]:
    """The widgets a widget-context action is bound to (the menus it also sits in do not count)."""
    return [w for w in action.associatedObjects() if isinstance(w, QWidget) and not isinstance(w, QMenu)]


def _where(action: QAction) -> str:
    if action.shortcutContext() in WINDOW_WIDE:
        return ""
    names = [w.accessibleName() or w.objectName() for w in _scope_widgets(action)]
    return ", ".join(dict.fromkeys(n for n in names if n))


def _area(action: QAction, window: QWidget) -> str:
    """The nearest named widget the action was added to, or that owns it."""
    candidates: list[QObject | None] = [*_scope_widgets(action), action.parent()]
    for start in candidates:
        widget: QObject | None = start
        while isinstance(widget, QWidget) and widget is not window:
            if widget.accessibleName():
                return widget.accessibleName()
            widget = widget.parentWidget()
    return window.accessibleName() or QCoreApplication.translate("ShortcutSheet", "Window")


def _menu_actions(menu: QMenu) -> Iterator[tuple[str, QAction]]:
    title = clean_text(menu.title())
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            yield from _menu_actions(sub)
        elif not action.isSeparator():
            yield title, action


def window_actions(window: QWidget) -> list[tuple[str, QAction]]:
    """(group, action) for every action of ``window`` that has a shortcut: the menu bar's first, in
    order, then the window's own, then the rest by area."""
    out: list[tuple[str, QAction]] = []
    seen: set[int] = set()
    if isinstance(window, QMainWindow):
        for top in window.menuBar().actions():
            menu = top.menu()
            if isinstance(menu, QMenu):
                for group, action in _menu_actions(menu):
                    if action.shortcuts() and id(action) not in seen:
                        seen.add(id(action))
                        out.append((group, action))
    rest: list[tuple[str, QAction]] = []
    for action in window.findChildren(QAction):
        if action.shortcuts() and id(action) not in seen and not action.isSeparator():
            seen.add(id(action))
            rest.append((_area(action, window), action))
    own = window.accessibleName() or QCoreApplication.translate("ShortcutSheet", "Window")
    rest.sort(key=lambda entry: entry[0] != own)  # the window's own actions first, then by area
    return out + rest


def window_entries(window: QWidget) -> list[ShortcutEntry]:
    """What the sheet lists for ``window``: its actions, then the keys its widgets handle themselves."""
    entries = [
        ShortcutEntry(group, clean_text(action.text()), keys_text(action.shortcuts()), _where(action))
        for group, action in window_actions(window)
    ]
    for widget in [window, *window.findChildren(QWidget)]:
        keys_help = getattr(widget, "keys_help", None)
        if callable(keys_help) and widget.window() is window:
            group = widget.accessibleName() or QCoreApplication.translate("ShortcutSheet", "Window")
            entries.extend(ShortcutEntry(group, text, keys) for text, keys in keys_help())
    return entries


# --- conflicts -------------------------------------------------------------------------------------------


def _overlap(a: QAction, b: QAction) -> bool:
    """Whether there is a focus where both actions' shortcuts are live."""
    if a.shortcutContext() in WINDOW_WIDE or b.shortcutContext() in WINDOW_WIDE:
        return True

    def covers(action: QAction, scope: QWidget, other: QWidget) -> bool:
        if scope is other:
            return True
        return (
            action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
            and scope.isAncestorOf(other)
        )

    return any(covers(a, wa, wb) or covers(b, wb, wa) for wa in _scope_widgets(a) for wb in _scope_widgets(b))


def shortcut_conflicts(window: QWidget) -> list[tuple[str, str, str]]:
    """(keys, action, action) for two actions of ``window`` bound to the same keys in one context."""
    actions = [a for _group, a in window_actions(window)]
    found: list[tuple[str, str, str]] = []
    for a, b in itertools.combinations(actions, 2):
        shared = {s.toString() for s in a.shortcuts()} & {s.toString() for s in b.shortcuts()}
        if shared and _overlap(a, b):
            found.extend((keys, clean_text(a.text()), clean_text(b.text())) for keys in sorted(shared))
    return found


# --- the sheet -------------------------------------------------------------------------------------------


class ShortcutSheet(QDialog):
    """The shortcuts of ``window`` as a tree of groups; the filter box narrows it as you type."""

    def __init__(self, window: QWidget, parent: QWidget | None = None):
        super().__init__(parent if parent is not None else window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.filter_box = QLineEdit(self)
        self.filter_box.setAccessibleName(self.tr("Filter shortcuts"))
        self.filter_box.setPlaceholderText(self.tr("Filter by action or key"))
        self.filter_box.setClearButtonEnabled(True)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Shortcuts"))
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys"), self.tr("Where")])
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self._groups: dict[str, QTreeWidgetItem] = {}
        for entry in window_entries(window):
            group = self._groups.get(entry.group)
            if group is None:
                group = self._groups[entry.group] = QTreeWidgetItem(self.tree, [entry.group])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFirstColumnSpanned(True)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            QTreeWidgetItem(group, [entry.action, entry.keys, entry.where])
        self.tree.expandAll()
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.filter_box.textChanged.connect(self.apply_filter)
        self.setTabOrder(self.filter_box, self.tree)
        self.resize(620, 560)

    @staticmethod
    def _rows(group: QTreeWidgetItem) -> list[QTreeWidgetItem]:
        return [item for row in range(group.childCount()) if (item := group.child(row)) is not None]

    def apply_filter(self, text: str) -> None:
        needle = text.strip().lower()
        for group in self._groups.values():
            shown = 0
            for item in self._rows(group):
                hit = not needle or any(needle in item.text(c).lower() for c in range(3))
                item.setHidden(not hit)
                shown += hit
            group.setHidden(shown == 0)

    def entries(self) -> list[tuple[str, str, str]]:
        """(group, action, keys) of the rows shown."""
        out: list[tuple[str, str, str]] = []
        for name, group in self._groups.items():
            if group.isHidden():
                continue
            for item in self._rows(group):
                if not item.isHidden():
                    out.append((name, item.text(0), item.text(1)))
        return out
