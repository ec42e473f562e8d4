"""Finds user-visible string literals that do not go through Qt's translation system.

A literal (or f-string) is user-visible when it is an argument of a call that puts text on screen or in a
screen reader: a Qt setter (``setText``, ``setToolTip``, ``setAccessibleName``…), a widget or action
built with its text (``QPushButton("…")``, ``QAction("…")``), a menu or dialog call (``addAction``,
``show_problem``…), or one of the app's own helpers that take a label, a tip or a sentence for the person
(``set_error``, ``failure=``…). Wrapped text is an argument of ``self.tr(…)`` /
``QCoreApplication.translate(…)`` and so is never the direct argument of the sink."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# Calls whose every string argument is shown to the person.
SINKS = frozenset(
    {
        # Qt setters
        "setText",
        "setWindowTitle",
        "setToolTip",
        "setPlaceholderText",
        "setAccessibleName",
        "setAccessibleDescription",
        "setStatusTip",
        "setWhatsThis",
        "setTitle",
        "setLabelText",
        "setInformativeText",
        "setDetailedText",
        "setTabText",
        "setItemText",
        "setHeaderLabels",
        "setSuffix",
        "setPrefix",
        "setSpecialValueText",
        "setOkButtonText",
        "setCancelButtonText",
        "setButtonText",
        "showMessage",
        "setHtml",
        "setPlainText",
        "setTabToolTip",
        "setItemData",
        # building a widget, an action or a menu with its text
        "QAction",
        "QPushButton",
        "QLabel",
        "QCheckBox",
        "QRadioButton",
        "QGroupBox",
        "QToolButton",
        "QMenu",
        "QMessageBox",
        "QProgressDialog",
        "QCommandLinkButton",
        "addAction",
        "addMenu",
        "addButton",
        "addRow",
        "addTab",
        "insertTab",
        "addItem",
        "addItems",
        "insertItem",
        "addSection",
        # the app's own helpers that take the person's text
        "show_problem",
        "confirm_destructive",
        "save_path",
        "open_path",
        "open_paths",
        "set_error",
        "set_notice",
        "_set_status",
        "_on_status",
        "_action",
        "_button",
        "_section",
        "_heading",
        "_hint",
        "_check",
        "_row",
        "_label",
        "Collapsible",
        "CollapsibleSection",
        "_set_notice",
        "_set_details",
        "SchemaEditor",
        "VariablesEditor",
        "SamplingControl",
        "FileProblem",
        "set_tip",
        "_field",
        "PairTable",
    }
)
# Keyword arguments that carry the person's text whatever the call.
TEXT_KEYWORDS = frozenset(
    {
        "text",
        "title",
        "tip",
        "tooltip",
        "toolTip",
        "label",
        "placeholder",
        "failure",
        "accessible_name",
        "accessibleName",
        "hint",
        "caption",
        "message",
        "detail",
        "action_name",
        "name_filter",
    }
)
# Sinks where only some positional arguments are text (the others are keys).
TEXT_POSITIONS: dict[str, tuple[int, ...]] = {
    "_field": (1, 4),  # (form, label, key, widget, name)
    "save_path": (0,),  # (title, suggested path, name filter, suffix)
    "open_path": (0,),
    "open_paths": (0,),
}
# Calls whose text-like keywords are not the person's text (colours, keys).
NOT_TEXT = frozenset({"Colours"})
# Calls that are the translation itself.
TRANSLATORS = frozenset({"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"})


@dataclass(frozen=True)
class Literal:
    path: Path
    line: int
    call: str
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.call}({self.text!r})"


def call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


_TAG = re.compile(r"<[^<>]*>")
_KEY_SEQUENCE = re.compile(r"^((Ctrl|Shift|Alt|Meta)\+)+\S+$|^(Esc|Del|F\d{1,2})$")


def is_prose(text: str) -> bool:
    """Text a person reads: it has at least two letters (not a symbol like "…", "×" or "+"), and it is not an
    address or an icon's name (a lower-case word with no space). Markup (``<a href="{…}">{…}</a>``) is not
    text: only what is left outside its tags counts."""
    text = _TAG.sub("", text)
    if _KEY_SEQUENCE.match(text):
        return False
    if "://" in text or (text.isascii() and text.islower() and " " not in text and "&" not in text):
        return False
    return sum(ch.isalpha() for ch in text) >= 2


def leaves(node: ast.AST) -> Iterator[ast.Constant | ast.JoinedStr]:
    """The string literals an argument may evaluate to (through ``a if c else b`` and ``x or "default"``)."""
    if (isinstance(node, ast.Constant) and isinstance(node.value, str)) or isinstance(node, ast.JoinedStr):
        yield node
    elif isinstance(node, ast.IfExp):
        yield from leaves(node.body)
        yield from leaves(node.orelse)
    elif isinstance(node, ast.BoolOp):
        for value in node.values:
            yield from leaves(value)
    elif isinstance(node, (ast.List, ast.Tuple)):
        for element in node.elts:
            yield from leaves(element)


def literal_text(node: ast.Constant | ast.JoinedStr) -> str:
    if isinstance(node, ast.Constant):
        return str(node.value)
    return "".join(str(part.value) if isinstance(part, ast.Constant) else "{…}" for part in node.values)


def unwrapped_in_call(node: ast.Call) -> Iterator[tuple[str, ast.Constant | ast.JoinedStr]]:
    name = call_name(node)
    if name in TRANSLATORS or name in NOT_TEXT:
        return
    arguments: list[ast.AST] = []
    if name in SINKS:
        positions = TEXT_POSITIONS.get(name)
        arguments.extend(a for i, a in enumerate(node.args) if positions is None or i in positions)
    arguments.extend(k.value for k in node.keywords if k.arg in TEXT_KEYWORDS)
    for argument in arguments:
        for leaf in leaves(argument):
            if is_prose(literal_text(leaf)):
                yield name, leaf


def unwrapped(path: Path) -> list[Literal]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            for name, leaf in unwrapped_in_call(node):
                found.append(Literal(path, leaf.lineno, name, literal_text(leaf)))
    return sorted(found, key=lambda lit: lit.line)


def scan(root: Path, folders: tuple[str, ...] = ("views", "viewmodels", "app")) -> list[Literal]:
    found: list[Literal] = []
    for folder in folders:
        for path in sorted((root / folder).rglob("*.py")):
            found.extend(unwrapped(path))
    return found


if __name__ == "__main__":
    import sys

    hits = scan(Path(sys.argv[1] if len(sys.argv) > 1 else "belugadesk"))
    for hit in hits:
        print(hit)
    print(len(hits), "unwrapped", file=sys.stderr)


def _translated_literal(node: ast.AST) -> str | None:
    """The source text of ``self.tr("…")`` / ``QCoreApplication.translate(ctx, "…")``, else None."""
    if not isinstance(node, ast.Call) or call_name(node) not in ("tr", "translate"):
        return None
    index = 0 if call_name(node) == "tr" else 1
    if len(node.args) > index:
        argument = node.args[index]
        if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
            return argument.value
    return None


def format_mismatches(path: Path) -> list[str]:
    """``tr("… {name} …").format(other=…)``: the fields of the text and the keywords given differ."""
    import string

    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        if node.func.attr != "format":
            continue
        text = _translated_literal(node.func.value)
        if text is None:
            continue
        fields = {
            name.split(".")[0].split("[")[0] for _, name, _, _ in string.Formatter().parse(text) if name
        }
        given = {k.arg for k in node.keywords if k.arg is not None}
        if fields != given or node.args:
            found.append(
                f"{path}:{node.lineno}: {text!r} has {sorted(fields)}, .format gives {sorted(given)}"
            )
    return found
