"""The app's one style sheet: rounded inputs and buttons, quiet borders, hover states, thin scroll bars.

It is built from the scheme's ``Colours`` and set on the application by ``theme.AppLook`` (nowhere else
sets an application style sheet). It colours the labels ``views.tone.set_tone`` gives a tone (an error,
a success, a hint) for the scheme in use, so they follow a theme change live.
"""

from __future__ import annotations

from belugadesk.views.settings.palette_design import Colours

RADIUS = 6


def app_style_sheet(c: Colours, images: dict[str, str]) -> str:
    """The sheet for ``c``; ``images`` are the paths of the icons it draws ("check", "chevron-down",
    "chevron-up"), in the scheme's colours."""
    check, down, up = images["check"], images["chevron-down"], images["chevron-up"]
    return f"""
* {{ dialogbuttonbox-buttons-have-icons: 0; }}
QWidget[tone="error"] {{ color: {c.error}; }}
QWidget[tone="success"] {{ color: {c.success}; }}
QWidget[tone="muted"] {{ color: {c.muted}; }}

QToolTip {{
    color: {c.text}; background: {c.tooltip}; border: 1px solid {c.border};
    border-radius: 4px; padding: 4px 6px;
}}

QPushButton {{
    background: {c.button}; color: {c.text}; border: 1px solid {c.border};
    border-radius: {RADIUS}px; padding: 5px 14px; min-height: 18px;
}}
QPushButton:hover {{ background: {c.hover}; }}
QPushButton:pressed {{ background: {c.border}; }}
QPushButton:default, QPushButton[primary="true"] {{
    background: {c.accent}; color: {c.on_accent}; border-color: {c.accent};
}}
QPushButton:default:hover, QPushButton[primary="true"]:hover {{ border-color: {c.text}; }}
QPushButton:disabled {{ color: {c.disabled_text}; background: {c.window}; border-color: {c.border}; }}
QPushButton:focus, QToolButton:focus {{ border: 1px solid {c.accent}; }}
QPushButton::menu-indicator {{ subcontrol-position: right center; right: 6px; }}

QToolButton {{
    background: transparent; color: {c.text}; border: 1px solid transparent;
    border-radius: {RADIUS}px; padding: 4px;
}}
QToolButton:hover {{ background: {c.hover}; }}
QToolButton:pressed, QToolButton:checked {{ background: {c.hover}; }}
QToolButton:checked {{ border-color: {c.muted}; }}
QToolButton#sectionHeader {{ padding: 4px 8px 4px 2px; }}
QToolButton#sectionHeader:checked {{ background: transparent; border-color: transparent; }}
QToolButton#sectionHeader:hover {{ background: {c.hover}; }}
QToolButton#sectionHeader:focus {{ border-color: {c.accent}; }}

QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QSpinBox, QDoubleSpinBox {{
    background: {c.base}; color: {c.text}; border: 1px solid {c.border};
    border-radius: {RADIUS}px; selection-background-color: {c.accent}; selection-color: {c.on_accent};
}}
QLineEdit, QComboBox, QSpinBox, QDoubleSpinBox {{ padding: 4px 8px; min-height: 18px; }}
QPlainTextEdit, QTextEdit {{ padding: 4px; }}
QLineEdit:hover, QPlainTextEdit:hover, QTextEdit:hover, QComboBox:hover,
QSpinBox:hover, QDoubleSpinBox:hover {{ border-color: {c.muted}; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus,
QSpinBox:focus, QDoubleSpinBox:focus {{ border: 1px solid {c.accent}; }}
QLineEdit:disabled, QPlainTextEdit:disabled, QComboBox:disabled {{
    color: {c.disabled_text}; background: {c.window};
}}
QComboBox::drop-down {{ border: none; width: 24px; }}
QComboBox::down-arrow {{ image: url({down}); width: 14px; height: 14px; }}
QSpinBox, QDoubleSpinBox {{ padding-right: 20px; }}
QSpinBox::up-button, QDoubleSpinBox::up-button, QSpinBox::down-button, QDoubleSpinBox::down-button {{
    subcontrol-origin: border; width: 20px; border: none; background: transparent;
}}
QSpinBox::up-button, QDoubleSpinBox::up-button {{ subcontrol-position: top right; }}
QSpinBox::down-button, QDoubleSpinBox::down-button {{ subcontrol-position: bottom right; }}
QSpinBox::up-button:hover, QDoubleSpinBox::up-button:hover,
QSpinBox::down-button:hover, QDoubleSpinBox::down-button:hover {{ background: {c.hover}; }}
QSpinBox::up-arrow, QDoubleSpinBox::up-arrow {{ image: url({up}); width: 10px; height: 10px; }}
QSpinBox::down-arrow, QDoubleSpinBox::down-arrow {{ image: url({down}); width: 10px; height: 10px; }}
QComboBox QAbstractItemView {{
    background: {c.base}; color: {c.text}; border: 1px solid {c.border};
    selection-background-color: {c.accent}; selection-color: {c.on_accent}; outline: none;
}}

QFrame#composer {{ background: {c.base}; border: 1px solid {c.border}; border-radius: 14px; }}
QFrame#composer:hover {{ border-color: {c.muted}; }}
QFrame#composer QPlainTextEdit, QFrame#composer QPlainTextEdit:focus, QFrame#composer QPlainTextEdit:hover {{
    border: none; background: {c.base}; padding: 2px;
}}
QComboBox#modelSwitcher {{ border-color: transparent; background: transparent; color: {c.muted}; }}
QComboBox#modelSwitcher:hover {{ background: {c.hover}; color: {c.text}; }}
QComboBox#modelSwitcher:focus {{ border: 1px solid {c.accent}; }}
QComboBox#modelSwitcher QAbstractItemView {{ color: {c.text}; }}
QLabel#toast {{ background: {c.text}; color: {c.base}; border-radius: 10px; padding: 6px 14px; }}
QLabel#dropHint {{
    background: {c.window}; color: {c.text}; border: 2px dashed {c.accent}; border-radius: 14px;
    font-size: 15px;
}}

QCheckBox, QRadioButton {{ spacing: 8px; }}
QCheckBox::indicator, QRadioButton::indicator {{
    width: 14px; height: 14px; background: {c.base}; border: 1px solid {c.muted};
}}
QCheckBox::indicator {{ border-radius: 4px; }}
QRadioButton::indicator {{ border-radius: 8px; }}
QCheckBox::indicator:hover, QRadioButton::indicator:hover {{ border-color: {c.accent}; }}
QCheckBox::indicator:checked {{ background: {c.accent}; border-color: {c.accent}; image: url({check}); }}
QCheckBox::indicator:indeterminate {{
    border-color: {c.accent};
    background: qlineargradient(x1: 0, y1: 0, x2: 0, y2: 1, stop: 0 {c.base}, stop: 0.36 {c.base},
        stop: 0.37 {c.accent}, stop: 0.63 {c.accent}, stop: 0.64 {c.base}, stop: 1 {c.base});
}}
QRadioButton::indicator:checked {{
    border-color: {c.accent};
    background: qradialgradient(cx: 0.5, cy: 0.5, radius: 0.5, fx: 0.5, fy: 0.5,
        stop: 0 {c.accent}, stop: 0.45 {c.accent}, stop: 0.55 {c.base}, stop: 1 {c.base});
}}
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{
    background: {c.window}; border-color: {c.border};
}}

QListView, QListWidget, QTreeView, QTableView, QTableWidget {{
    background: {c.base}; color: {c.text}; border: none; outline: none;
}}
QListView#settingsSections {{ background: {c.window}; padding: 4px; }}
QListView#settingsSections::item {{ padding: 6px 8px; border-radius: {RADIUS}px; color: {c.text}; }}
QListView#settingsSections::item:hover {{ background: {c.hover}; }}
QListView#settingsSections::item:selected {{ background: {c.accent}; color: {c.on_accent}; }}
QFrame#slashPicker {{ background: {c.base}; border: 1px solid {c.border}; border-radius: {RADIUS}px; }}
QListView#slashPickerList {{ padding: 3px; }}
QListView#slashPickerList::item {{ padding: 4px 8px; border-radius: 4px; color: {c.text}; }}
QListView#slashPickerList::item:selected {{ background: {c.accent}; color: {c.on_accent}; }}
QHeaderView::section {{
    background: {c.window}; color: {c.muted}; border: none; border-bottom: 1px solid {c.border};
    padding: 4px 6px;
}}

QGroupBox {{
    border: 1px solid {c.border}; border-radius: 8px; margin-top: 14px; padding: 10px 8px 6px 8px;
}}
QGroupBox::title {{
    subcontrol-origin: margin; subcontrol-position: top left; left: 10px; padding: 0 4px;
    color: {c.muted}; font-weight: 600;
}}

QMenu {{ background: {c.base}; color: {c.text}; border: 1px solid {c.border}; padding: 4px; }}
QMenu::item {{ padding: 5px 22px 5px 10px; border-radius: 4px; }}
QMenu::item:selected {{ background: {c.accent}; color: {c.on_accent}; }}
QMenu::separator {{ height: 1px; background: {c.border}; margin: 4px 6px; }}

QSplitter::handle {{ background: {c.border}; }}
QSplitter::handle:horizontal {{ width: 1px; }}
QSplitter::handle:vertical {{ height: 1px; }}

QScrollBar:vertical {{ background: transparent; width: 10px; margin: 0; }}
QScrollBar:horizontal {{ background: transparent; height: 10px; margin: 0; }}
QScrollBar::handle {{ background: {c.border}; border-radius: 4px; margin: 2px; }}
QScrollBar::handle:hover {{ background: {c.muted}; }}
QScrollBar::handle:vertical {{ min-height: 28px; }}
QScrollBar::handle:horizontal {{ min-width: 28px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; border: none; background: none; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
"""
