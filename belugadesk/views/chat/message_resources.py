"""What a bubble's rich text needs from the view: theme, footers, images (loaded once), expanded blocks, and
which tool calls wait for the user; plus the bubble colours."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage, QPalette, QTextDocument

from belugadesk.domain.models import ImagePart, Message, Role
from belugadesk.viewmodels.chat.chat_vm import ChatViewModel
from belugadesk.views.chat.message_html import IMAGE_SCHEME


class MessageResources:
    """Implements :class:`~belugadesk.views.chat.message_html.RenderContext` for the chat's delegate."""

    def __init__(self, vm: ChatViewModel):
        self.vm = vm
        self.dark = False
        self.expanded_calls: set[tuple[str, str]] = set()
        self._images: dict[str, QImage] = {}

    def footer(self, message: Message) -> str:
        return self.vm.footer_for(message)

    def image(self, part: ImagePart) -> QImage | None:
        """The image if it is in the cache folder (else its download is started and None returned)."""
        image = self._images.get(part.file_id)
        if image is not None:
            return image
        path = self.vm.images.path_for(part.file_id)
        if path is None:
            self.vm.images.request(part)
            return None
        image = QImage(str(path))
        if image.isNull():
            return None
        self._images[part.file_id] = image
        return image

    def image_size(self, part: ImagePart) -> tuple[int, int] | None:
        image = self.image(part)
        return None if image is None else (image.width(), image.height())

    def image_problem(self, file_id: str) -> str:
        return self.vm.images.failures.get(file_id, "")

    def expanded(self, message_id: str, call_id: str) -> bool:
        return (message_id, call_id) in self.expanded_calls

    def toggle(self, message_id: str, call_id: str) -> None:
        self.expanded_calls.symmetric_difference_update({(message_id, call_id)})

    def tool_pending(self, call_id: str) -> bool:
        return call_id in self.vm.pending_tool_calls

    def add_resources(self, doc: QTextDocument, message: Message) -> None:
        """Give ``doc`` the images ``message`` shows (its HTML names them ``belugaimg:<file id>``)."""
        for part in message.parts:
            if isinstance(part, ImagePart) and part.file_id in self._images:
                doc.addResource(
                    QTextDocument.ResourceType.ImageResource.value,
                    QUrl(f"{IMAGE_SCHEME}:{part.file_id}"),
                    self._images[part.file_id],
                )


def bubble_colour(palette: QPalette, role: Role) -> QColor:
    """Bubbles take their colours from the palette, so light and dark themes both read well."""
    base = palette.color(QPalette.ColorRole.Base)
    dark = base.lightness() < 128
    if role is Role.USER:
        highlight = palette.color(QPalette.ColorRole.Highlight)
        mix = 0.28 if dark else 0.16
        return QColor(
            int(base.red() + (highlight.red() - base.red()) * mix),
            int(base.green() + (highlight.green() - base.green()) * mix),
            int(base.blue() + (highlight.blue() - base.blue()) * mix),
        )
    return palette.color(QPalette.ColorRole.AlternateBase) if not dark else base.lighter(135)
