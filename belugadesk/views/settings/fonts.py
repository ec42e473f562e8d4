"""The bundled UI font (Noto Sans) and its emoji fallback (Noto Emoji), so no text shows as tofu boxes.

The files are in ``resources/fonts/`` (SIL Open Font License, ``OFL.txt`` beside them). Registering them
costs a few milliseconds (``benchmarks/bench_startup.py``), so it is done before the window is built and
the first paint already uses them.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase

from belugadesk.viewmodels.resources_access import resource_path

log = logging.getLogger(__name__)

UI_FAMILY = "Noto Sans"
EMOJI_FAMILY = "Noto Emoji"
COLOUR_EMOJI_FAMILY = "Noto Color Emoji"  # used first where the system has it
#: each bundled file and the family it adds
FONT_FILES = {
    "NotoSans-Variable.ttf": UI_FAMILY,
    "NotoSans-Italic-Variable.ttf": UI_FAMILY,
    "NotoEmoji-Variable.ttf": EMOJI_FAMILY,
}


def register_bundled_fonts() -> list[str]:
    """Add the bundled fonts to the application's font database; return the families added.

    A family the database already has (installed, or registered before) is not added again. A font file
    that is missing or unreadable is logged and skipped: the platform's font is used instead.
    """
    present = {family for family in set(FONT_FILES.values()) if QFontDatabase.hasFamily(family)}
    registered: list[str] = []
    for name, family in FONT_FILES.items():
        if family in present:
            continue
        try:
            path = resource_path(f"fonts/{name}")
        except FileNotFoundError as exc:
            log.warning("The bundled font %s is missing: %s", name, exc)
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("The bundled font %s could not be read", path)
            continue
        registered.extend(QFontDatabase.applicationFontFamilies(font_id))
    return registered


def ui_font(point_size: int) -> QFont:
    """The app's font: Noto Sans at ``point_size``, then a colour emoji font if installed, then Noto Emoji."""
    families = [UI_FAMILY]
    if QFontDatabase.hasFamily(COLOUR_EMOJI_FAMILY):
        families.append(COLOUR_EMOJI_FAMILY)
    families.append(EMOJI_FAMILY)
    font = QFont()
    font.setFamilies(families)
    font.setPointSize(point_size)
    return font
