"""The app's designed colours for light and dark, the accent presets, and the ``QPalette`` built from them.

Every text colour is checked against the backgrounds it is drawn on (WCAG 2 contrast, ``contrast_ratio``);
the accent is adjusted per scheme so that links and selected rows stay readable whichever preset is chosen.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtGui import QColor, QPalette

from belugadesk.viewmodels.settings.prefs_vm import ACCENTS

#: the accent presets (Settings → Appearance), as drawn before any contrast adjustment
ACCENT_COLOURS: dict[str, str] = {
    "blue": "#2f6fdf",
    "teal": "#0f8b8d",
    "green": "#2e8540",
    "violet": "#7c4ddb",
    "pink": "#c8377a",
    "orange": "#d2691e",
    "graphite": "#5b6470",
}
assert tuple(ACCENT_COLOURS) == ACCENTS

AA_TEXT = 4.5  # WCAG 2 level AA for body text
#: the most accent a surface is tinted with (the user's bubbles: 16 % light, 28 % dark); links read on it
ACCENT_TINT = 0.3


@dataclass(frozen=True)
class Colours:
    """One scheme's colours, accent included; ``palette()`` turns them into a ``QPalette``."""

    scheme: str  # "light" | "dark"
    window: str  # the window behind panes
    base: str  # inputs, lists, the conversation
    alternate: str  # alternate rows, assistant bubbles, hovered rows
    button: str
    text: str
    muted: str  # secondary text: previews, hints, placeholders, dates
    border: str  # quiet borders around inputs and panes
    hover: str  # a hovered row or button
    accent: str  # selection background, the default button, focus rings
    on_accent: str  # text on ``accent``
    link: str  # the accent as text (links) on base, window and alternate
    error: str
    success: str
    tooltip: str
    disabled_text: str

    def palette(self) -> QPalette:
        palette = QPalette()
        role = QPalette.ColorRole
        for each, value in (
            (role.Window, self.window),
            (role.WindowText, self.text),
            (role.Base, self.base),
            (role.AlternateBase, self.alternate),
            (role.Text, self.text),
            (role.Button, self.button),
            (role.ButtonText, self.text),
            (role.BrightText, self.on_accent),
            (role.Highlight, self.accent),
            (role.HighlightedText, self.on_accent),
            (role.Accent, self.accent),
            (role.Link, self.link),
            (role.LinkVisited, self.link),
            (role.PlaceholderText, self.muted),
            (role.ToolTipBase, self.tooltip),
            (role.ToolTipText, self.text),
            (role.Light, _mix(self.button, "#ffffff", 0.5)),
            (role.Midlight, self.hover),
            (role.Mid, self.border),
            (role.Dark, _mix(self.border, "#000000", 0.3)),
            (role.Shadow, "#000000"),
        ):
            palette.setColor(each, QColor(value))
        for each in (role.WindowText, role.Text, role.ButtonText):
            palette.setColor(QPalette.ColorGroup.Disabled, each, QColor(self.disabled_text))
        palette.setColor(QPalette.ColorGroup.Inactive, role.Highlight, QColor(self.accent))
        palette.setColor(QPalette.ColorGroup.Inactive, role.HighlightedText, QColor(self.on_accent))
        return palette


LIGHT = Colours(
    scheme="light",
    window="#f4f5f7",
    base="#ffffff",
    alternate="#f0f2f5",
    button="#ffffff",
    text="#1c2026",
    muted="#5c6570",
    border="#d5d9df",
    hover="#e8ebef",
    accent=ACCENT_COLOURS["blue"],
    on_accent="#ffffff",
    link=ACCENT_COLOURS["blue"],
    error="#b3261e",
    success="#1b6e2d",
    tooltip="#ffffff",
    disabled_text="#9aa1aa",
)

DARK = Colours(
    scheme="dark",
    window="#17191c",
    base="#1f2226",
    alternate="#272a2f",
    button="#2a2e33",
    text="#e6e8eb",
    muted="#a1a9b3",
    border="#3a3f46",
    hover="#30343a",
    accent=ACCENT_COLOURS["blue"],
    on_accent="#ffffff",
    link="#8ab4ff",
    error="#ff8a80",
    success="#7fd18b",
    tooltip="#2a2e33",
    disabled_text="#6b727b",
)


def colours_for(scheme: str, accent: str) -> Colours:
    """The colours of ``scheme`` ("light" or "dark") with the ``accent`` preset, made readable."""
    base = DARK if scheme == "dark" else LIGHT
    wanted = QColor(ACCENT_COLOURS.get(accent, ACCENT_COLOURS["blue"]))
    fill = _readable(wanted, QColor("#ffffff"), darker=True)  # white text on the selection
    surfaces = (base.base, base.window, base.alternate, _mix(base.base, fill.name(), ACCENT_TINT))
    link = _readable(wanted, [QColor(c) for c in surfaces], darker=scheme == "light")
    return replace(base, accent=fill.name(), link=link.name())


def relative_luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(first: QColor | str, second: QColor | str) -> float:
    """WCAG 2 contrast ratio between two opaque colours, from 1 to 21."""
    lighter, darker = sorted(
        (relative_luminance(QColor(first)), relative_luminance(QColor(second))), reverse=True
    )
    return (lighter + 0.05) / (darker + 0.05)


def _readable(colour: QColor, against: QColor | list[QColor], *, darker: bool) -> QColor:
    """``colour`` made darker (or lighter) in small steps until it reads at AA on every background."""
    backgrounds = against if isinstance(against, list) else [against]
    current = QColor(colour)
    for _ in range(40):
        if all(contrast_ratio(current, b) >= AA_TEXT for b in backgrounds):
            return current
        step = -8 if darker else 8
        lightness = max(0, min(255, current.lightness() + step))
        current = QColor.fromHsl(max(current.hslHue(), 0), current.hslSaturation(), lightness)
    return current


def _mix(first: str, second: str, amount: float) -> str:
    a, b = QColor(first), QColor(second)
    return QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    ).name()
