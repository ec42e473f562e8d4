"""Links from model output: which ones may be opened at all, and the question that shows where one really
goes before it is opened (the full address, its host emphasised and in its ASCII form, which cannot pass for
another)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from belugadesk.domain.i18n import QT_TRANSLATE_NOOP
from belugadesk.domain.mcp_approval import ApprovalAnswer, ApprovalRequest
from belugadesk.views.chat.tool_approval import ToolApprovalDialog
from belugadesk.views.dialog_flow import Questions

WEB_SCHEMES = ("http", "https")
OPENABLE_SCHEMES = (*WEB_SCHEMES, "mailto")
OPEN_LINK = QT_TRANSLATE_NOOP("LinkConfirmation", "Open link")


def link_problem(url: QUrl) -> str:
    """Why a link from a reply will not be opened, or "" when it may be offered (after confirmation)."""
    if not url.isValid() or not url.scheme():
        return QCoreApplication.translate(
            "LinkConfirmation", "This link was not opened: it is not a valid web address."
        )
    if url.scheme().lower() not in OPENABLE_SCHEMES:
        return QCoreApplication.translate(
            "LinkConfirmation",
            "This link was not opened: BelugaDesk opens only web (http, https) and e-mail (mailto) links "
            "from replies, not “{scheme}:” links.",
        ).format(scheme=url.scheme())
    if url.scheme().lower() in WEB_SCHEMES and not url.host():
        return QCoreApplication.translate(
            "LinkConfirmation", "This link was not opened: it names no web site."
        )
    return ""


def _target_html(url: QUrl) -> str:
    """The whole address, percent-encoded and with the host in its ASCII (punycode) form, host in bold."""
    encoded = QUrl.ComponentFormattingOption.FullyEncoded
    full = url.toString(encoded)
    if url.scheme().lower() == "mailto":
        return f"<b>{html.escape(full)}</b>"
    host, user = url.host(encoded), url.userInfo(encoded)
    at = full.find(host, full.find("//") + 2 + (len(user) + 1 if user else 0))
    if at < 0:
        return html.escape(full)
    end = at + len(host)
    return f"{html.escape(full[:at])}<b>{html.escape(full[at:end])}</b>{html.escape(full[end:])}"


def link_confirmation(url: QUrl, parent: QWidget | None) -> tuple[QMessageBox, QAbstractButton]:
    """The "Open this link?" box (not yet shown) and its Open button; Cancel is the default."""
    mail = url.scheme().lower() == "mailto"
    where = (
        QCoreApplication.translate("LinkConfirmation", "your e-mail program, to write to")
        if mail
        else QCoreApplication.translate("LinkConfirmation", "your web browser at {host}").format(
            host=html.escape(url.host(QUrl.ComponentFormattingOption.FullyEncoded))
        )
    )
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("LinkConfirmation", "Open this link?"),
        "",
        parent=parent,
    )
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(
        QCoreApplication.translate(
            "LinkConfirmation",
            "The reply links to:<br><br>{target_html}<br><br>It opens in {where}. The text shown for a "
            "link can differ from where it goes; open it only if you trust this address.",
        ).format(target_html=_target_html(url), where=where)
    )
    box.setAccessibleName(QCoreApplication.translate("LinkConfirmation", "Open this link?"))
    open_button = box.addButton(
        QCoreApplication.translate("LinkConfirmation", OPEN_LINK), QMessageBox.ButtonRole.AcceptRole
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    return box, open_button


class ChatQuestions(Questions):
    """What the chat's flows ask: files to attach, where to save an image, whether to open a link, whether
    an MCP tool call may run."""

    async def approve_tool_call(self, request: ApprovalRequest) -> ApprovalAnswer | None:
        dialog = ToolApprovalDialog(request, self.parent)
        await self.ask(dialog)
        return dialog.answer

    async def confirm_link(self, url: QUrl) -> bool:
        box, open_button = link_confirmation(url, self.parent)
        await self.ask(box)
        return box.clickedButton() is open_button
