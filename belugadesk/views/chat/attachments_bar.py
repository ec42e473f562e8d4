"""The files attached to the next message, above the input: state, tool choice, remove, retry."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from belugadesk.domain.capabilities import image_type
from belugadesk.viewmodels.chat.attachments import (
    TOOL_LABELS,
    Attachment,
    ChatAttachments,
    UploadState,
    human_size,
)


class AttachmentRow(QWidget):
    def __init__(self, item: Attachment, attachments: ChatAttachments, parent: QWidget | None = None):
        super().__init__(parent)
        self.key = item.key
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(f"{item.name} ({human_size(item.size)})", self)
        self.label.setToolTip(str(item.path))
        layout.addWidget(self.label, 1)
        self.tool: QComboBox | None = None
        if not attachments.images_only:  # a picture goes with the message: there is no tool to choose
            self.tool = self._tool_choice(item, attachments)
            layout.addWidget(self.tool)
        self.state = QLabel(self)
        self.state.setTextFormat(Qt.TextFormat.PlainText)  # an upload error quotes the server
        self.state.setAccessibleName(self.tr("Upload state of {name}").format(name=item.name))
        if item.state is UploadState.UPLOADING:
            progress = QProgressBar(self)
            progress.setRange(0, 0)  # the SDK cannot report bytes sent: indeterminate
            progress.setMaximumWidth(90)
            progress.setAccessibleName(self.tr("Uploading {name}").format(name=item.name))
            layout.addWidget(progress)
            self.state.setText(self.tr("Uploading…"))
        elif item.state is UploadState.UPLOADED:
            self.state.setText(self.tr("Ready"))
        else:
            self.state.setText(self.tr("Failed: {error}").format(error=item.error))
            self.state.setWordWrap(True)
            retry = QPushButton(self.tr("Retry"), self)
            retry.setAccessibleName(self.tr("Retry uploading {name}").format(name=item.name))
            retry.setToolTip(self.tr("Upload this file again"))
            retry.clicked.connect(lambda: attachments.retry(self.key))
            layout.addWidget(retry)
        layout.addWidget(self.state)
        self.remove_button = QPushButton("✕", self)
        self.remove_button.setAccessibleName(self.tr("Remove {name}").format(name=item.name))
        self.remove_button.setToolTip(self.tr("Remove {name} from the message").format(name=item.name))
        self.remove_button.setFixedWidth(32)
        self.remove_button.clicked.connect(lambda: attachments.remove(self.key))
        layout.addWidget(self.remove_button)

    def _tool_choice(self, item: Attachment, attachments: ChatAttachments) -> QComboBox:
        tool = QComboBox(self)
        for value, label in TOOL_LABELS.items():
            if value != "vision" or image_type(item.path.name):  # only an image can go in the message
                tool.addItem(QCoreApplication.translate("ChatAttachments", label), value)
        tool.setCurrentIndex(tool.findData(item.tool))
        tool.setAccessibleName(self.tr("Use {name} with").format(name=item.name))
        tool.setToolTip(
            self.tr(
                "An image in the message is seen by the model; file search reads the file to answer; "
                "the code interpreter can run code on it"
            )
        )
        tool.currentIndexChanged.connect(lambda _i: attachments.set_tool(self.key, tool.currentData()))
        return tool


class AttachmentsBar(QWidget):
    def __init__(self, attachments: ChatAttachments, parent: QWidget | None = None):
        super().__init__(parent)
        self.attachments = attachments
        self.setAccessibleName(self.tr("Attachments"))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.rows: list[AttachmentRow] = []
        attachments.changed.connect(self.rebuild)
        self.rebuild()

    def rebuild(self) -> None:
        for row in self.rows:
            row.hide()
            row.deleteLater()
        self.rows = [AttachmentRow(item, self.attachments, self) for item in self.attachments.model.items]
        for row in self.rows:
            self._layout.addWidget(row)
        self.setVisible(bool(self.rows))
