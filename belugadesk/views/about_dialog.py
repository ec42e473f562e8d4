"""The About dialog: name, icon, version, homepage, licence and a copyable table of component versions."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from belugadesk import APP_NAME, __version__
from belugadesk.viewmodels.about_info import HOMEPAGE, LICENSE_NAME, format_versions
from belugadesk.viewmodels.resources_access import icon_path

ICON_SIZE = 96


class AboutDialog(QDialog):
    """Shows what BelugaDesk is and which versions it runs on. Esc or Close dismisses it.

    ``versions`` is usually :func:`belugadesk.viewmodels.about_info.collect_versions`; the dialog only
    displays it.
    """

    versions_copied = Signal(str)

    def __init__(
        self,
        versions: dict[str, str],
        parent: QWidget | None = None,
        *,
        version: str = __version__,
        homepage: str = HOMEPAGE,
        license_name: str = LICENSE_NAME,
    ) -> None:
        super().__init__(parent)
        self._versions = dict(versions)
        self.setWindowTitle(self.tr("About {app_name}").format(app_name=APP_NAME))
        self.setAccessibleName(self.tr("About {app_name}").format(app_name=APP_NAME))

        self.icon_label = QLabel(self)
        pixmap = QPixmap(str(icon_path(128)))
        self.icon_label.setPixmap(
            pixmap.scaled(
                ICON_SIZE,
                ICON_SIZE,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        self.icon_label.setAccessibleName(self.tr("{app_name} icon").format(app_name=APP_NAME))

        self.title_label = QLabel(self.tr("<h2>{app_name}</h2>").format(app_name=APP_NAME), self)
        self.title_label.setAccessibleName(self.tr("Application name"))
        self.version_label = QLabel(self.tr("Version {version}").format(version=version), self)
        self.version_label.setAccessibleName(self.tr("Application version"))
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_label = QLabel(self.tr("Conversations with AI assistants, on your desktop."), self)
        self.summary_label.setAccessibleName(self.tr("Description"))
        self.summary_label.setWordWrap(True)

        self.homepage_label = QLabel(
            self.tr('<a href="{homepage}">{homepage}</a>').format(homepage=homepage), self
        )
        self.homepage_label.setAccessibleName(self.tr("Homepage"))
        self.homepage_label.setToolTip(self.tr("Open the project's homepage in your web browser"))
        self.homepage_label.setTextFormat(Qt.TextFormat.RichText)
        self.homepage_label.setOpenExternalLinks(True)
        self.homepage_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.homepage_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.license_label = QLabel(
            self.tr("Released under the {license_name} licence.").format(license_name=license_name), self
        )
        self.license_label.setAccessibleName(self.tr("Licence"))

        self.versions_table = QTableWidget(len(self._versions), 2, self)
        self.versions_table.setAccessibleName(self.tr("Component versions"))
        self.versions_table.setAccessibleDescription(
            self.tr("The versions of BelugaDesk and the software it uses")
        )
        self.versions_table.setHorizontalHeaderLabels([self.tr("Component"), self.tr("Version")])
        self.versions_table.verticalHeader().setVisible(False)
        self.versions_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.versions_table.setTabKeyNavigation(False)  # Tab leaves the table instead of walking its cells
        self.versions_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.versions_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.versions_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.versions_table.horizontalHeader().setStretchLastSection(True)
        for row, (name, value) in enumerate(self._versions.items()):
            self.versions_table.setItem(row, 0, QTableWidgetItem(name))
            self.versions_table.setItem(row, 1, QTableWidgetItem(value))

        self.copy_button = QPushButton(self.tr("&Copy versions"), self)
        self.copy_button.setAccessibleName(self.tr("Copy versions"))
        self.copy_button.setToolTip(self.tr("Copy the versions to the clipboard, to paste into a bug report"))
        self.copy_button.clicked.connect(self.copy_versions)
        self.copied_label = QLabel("", self)
        self.copied_label.setAccessibleName(self.tr("Copy status"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close_button.setAccessibleName(self.tr("Close"))
        self.buttons.rejected.connect(self.reject)

        heading = QVBoxLayout()
        heading.addWidget(self.title_label)
        heading.addWidget(self.version_label)
        heading.addWidget(self.summary_label)
        heading.addWidget(self.homepage_label)
        heading.addWidget(self.license_label)
        top = QHBoxLayout()
        top.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.copy_button)
        copy_row.addWidget(self.copied_label, 1)
        copy_row.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.versions_table, 1)
        layout.addLayout(copy_row)
        self.resize(520, 460)
        close_button.setDefault(True)
        close_button.setFocus()

    def versions_text(self) -> str:
        """The text the Copy button puts on the clipboard."""
        return format_versions(self._versions)

    def copy_versions(self) -> None:
        """Copy the versions table, as plain text, to the clipboard."""
        text = self.versions_text()
        QGuiApplication.clipboard().setText(text)
        self.copied_label.setText(self.tr("Copied to the clipboard."))
        self.versions_copied.emit(text)
