"""The line above the chat linking a branch and its original both ways: "Branched from “…”" (opens the
original at the message the branch starts after) and the original's branches (each opens it)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from belugadesk.viewmodels.threads.branches import BranchLinks, BranchLinksViewModel
from belugadesk.views.tone import set_tone

ORIGIN = "origin"
BRANCH = "branch:"


def _link_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setAccessibleName(name)
    label.setTextFormat(Qt.TextFormat.RichText)  # titles are escaped: they are the person's or a model's
    label.setWordWrap(True)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    )
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return label


class BranchBar(QWidget):
    def __init__(self, vm: BranchLinksViewModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.vm = vm
        self.origin_label = _link_label(self, self.tr("Branched from"))
        self.branches_label = _link_label(self, self.tr("Branches of this thread"))
        set_tone(self.branches_label, "muted")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 2)
        layout.addWidget(self.origin_label, 1)
        layout.addWidget(self.branches_label, 1)
        for label in (self.origin_label, self.branches_label):
            label.linkActivated.connect(self.follow)
        vm.linksChanged.connect(self.show_links)
        self.show_links(vm.links)

    def show_links(self, links: BranchLinks) -> None:
        origin = self.vm.origin_text()
        if links.origin is not None:
            self.origin_label.setText(f'<a href="{ORIGIN}">{escape(origin)}</a>')
        else:
            self.origin_label.setText(escape(origin))
        self.origin_label.setAccessibleDescription(origin)
        self.origin_label.setVisible(bool(origin))
        branches = self.vm.branches_text()
        listed = ", ".join(f'<a href="{BRANCH}{escape(b.id)}">{escape(b.title)}</a>' for b in links.branches)
        self.branches_label.setText(f"{escape(branches)} {listed}" if branches else "")
        self.branches_label.setAccessibleDescription(
            f"{branches} {', '.join(b.title for b in links.branches)}" if branches else ""
        )
        self.branches_label.setVisible(bool(branches))
        self.setVisible(not links.empty)

    def follow(self, href: str) -> None:
        if href == ORIGIN:
            self.vm.open_origin()
        elif href.startswith(BRANCH):
            self.vm.open_branch(href.removeprefix(BRANCH))
