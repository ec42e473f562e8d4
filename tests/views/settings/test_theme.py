"""The app's look: a designed palette for light and dark that follows the platform live, an override and an
accent; text that passes WCAG AA on every background it is drawn on; icons drawn in the palette; the
bundled font with its emoji fallback."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontInfo,
    QGuiApplication,
    QIcon,
    QPalette,
    QRawFont,
    QTextLayout,
)
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from belugadesk.domain.models import Role
from belugadesk.viewmodels.settings.prefs_vm import ACCENTS
from belugadesk.views.chat.markdown_render import DARK as CODE_DARK
from belugadesk.views.chat.markdown_render import LIGHT as CODE_LIGHT
from belugadesk.views.chat.message_resources import bubble_colour
from belugadesk.views.icons import icon, icon_colour
from belugadesk.views.settings.fonts import COLOUR_EMOJI_FAMILY, EMOJI_FAMILY, UI_FAMILY
from belugadesk.views.settings.palette_design import AA_TEXT, Colours, colours_for, contrast_ratio
from belugadesk.views.settings.theme import AppLook, effective_color_scheme
from belugadesk.views.tone import set_tone


@pytest.fixture
def look(qapp: Any) -> Iterator[AppLook]:
    hints = QGuiApplication.styleHints()
    platform = hints.colorScheme()
    look = AppLook()
    yield look
    look.close()
    hints.colorSchemeChanged.emit(platform)


def window_colour() -> str:
    return QApplication.palette().color(QPalette.ColorRole.Window).name()


def platform_changes_to(scheme: Qt.ColorScheme) -> None:
    """What the platform theme plugin does when the person switches the desktop to light or dark."""
    QGuiApplication.styleHints().colorSchemeChanged.emit(scheme)


def test_system_follows_the_platform_scheme_live(qtbot: Any, look: AppLook) -> None:
    look.apply("system", 11)
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    platform_changes_to(Qt.ColorScheme.Dark)
    assert effective_color_scheme() == "dark"
    assert window_colour() == colours_for("dark", "blue").window
    qtbot.waitUntil(
        lambda: field.palette().color(QPalette.ColorRole.Base).name() == colours_for("dark", "blue").base
    )
    platform_changes_to(Qt.ColorScheme.Light)
    assert window_colour() == colours_for("light", "blue").window
    qtbot.waitUntil(lambda: field.palette().color(QPalette.ColorRole.Base).name() == "#ffffff")


def test_an_override_ignores_the_platform_until_system_is_chosen_again(look: AppLook) -> None:
    look.apply("light", 11)
    platform_changes_to(Qt.ColorScheme.Dark)
    assert effective_color_scheme() == "light", "the person chose light"
    look.apply("dark", 11)
    assert effective_color_scheme() == "dark"
    platform_changes_to(Qt.ColorScheme.Light)
    assert effective_color_scheme() == "dark"
    look.apply("system", 11)
    platform_changes_to(Qt.ColorScheme.Light)
    assert effective_color_scheme() == "light"


def test_the_accent_colours_selection_links_and_the_default_button(look: AppLook) -> None:
    look.apply("light", 11, "green")
    green = colours_for("light", "green")
    palette = QApplication.palette()
    assert palette.color(QPalette.ColorRole.Highlight).name() == green.accent
    assert palette.color(QPalette.ColorRole.Link).name() == green.link
    assert green.accent in QApplication.instance().styleSheet()  # type: ignore[union-attr]
    look.apply("light", 11, "violet")
    assert (
        QApplication.palette().color(QPalette.ColorRole.Highlight).name()
        == colours_for("light", "violet").accent
    )
    assert colours_for("light", "green").accent != colours_for("light", "violet").accent


def text_pairs(c: Colours) -> list[tuple[str, str, str]]:
    """Every (what, text, background) the app draws, for the scheme ``c``."""
    palette = c.palette()
    code = CODE_DARK if c.scheme == "dark" else CODE_LIGHT
    bubbles = {role.value: bubble_colour(palette, role).name() for role in (Role.USER, Role.ASSISTANT)}
    pairs = [
        ("text on window", c.text, c.window),
        ("text on base", c.text, c.base),
        ("text on alternate rows", c.text, c.alternate),
        ("text on a hovered row", c.text, c.hover),
        ("button text", c.text, c.button),
        ("tooltip", c.text, c.tooltip),
        ("selected text", c.on_accent, c.accent),
        ("default button", c.on_accent, c.accent),
        ("muted on window", c.muted, c.window),
        ("muted on base", c.muted, c.base),
        ("muted on alternate", c.muted, c.alternate),
        ("link on base", c.link, c.base),
        ("link on window", c.link, c.window),
        ("link on alternate", c.link, c.alternate),
        ("error on window", c.error, c.window),
        ("error on base", c.error, c.base),
        ("success on window", c.success, c.window),
        ("success on base", c.success, c.base),
        ("code label on a code block", code.muted, code.code_background),
    ]
    for role, bubble in bubbles.items():
        pairs += [
            (f"text in a {role} bubble", c.text, bubble),
            (f"muted text in a {role} bubble", code.muted, bubble),
            (f"link in a {role} bubble", c.link, bubble),
            (f"error in a {role} bubble", code.error, bubble),
        ]
    return pairs


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("accent", ACCENTS)
def test_every_text_passes_wcag_aa(qapp: Any, scheme: str, accent: str) -> None:
    failing = [
        f"{what}: {text} on {background} is {contrast_ratio(text, background):.2f}:1"
        for what, text, background in text_pairs(colours_for(scheme, accent))
        if contrast_ratio(text, background) < AA_TEXT
    ]
    assert not failing, "\n".join(failing)


def test_contrast_ratio_matches_wcag() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio(QColor("#ffffff"), QColor("#ffffff")) == pytest.approx(1.0)


def darkest_pixel(pixmap_icon: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> QColor:
    """The most opaque pixel of the icon drawn at 24 px: its stroke colour."""
    image = pixmap_icon.pixmap(24, 24, mode).toImage()
    best = QColor(0, 0, 0, 0)
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            if colour.alpha() > best.alpha():
                best = colour
    assert best.alpha() == 255, "the icon drew nothing"
    return best


def test_icons_are_drawn_in_the_palette_of_each_scheme(qtbot: Any, look: AppLook) -> None:
    send = icon("arrow-up")
    button = QPushButton()
    qtbot.addWidget(button)
    button.setIcon(send)
    look.apply("light", 11)
    assert darkest_pixel(button.icon()).name() == colours_for("light", "blue").text
    look.apply("dark", 11)
    assert darkest_pixel(button.icon()).name() == colours_for("dark", "blue").text, "no need to set it again"
    assert darkest_pixel(send, QIcon.Mode.Selected).name() == colours_for("dark", "blue").on_accent
    assert darkest_pixel(send, QIcon.Mode.Disabled).name() == colours_for("dark", "blue").disabled_text
    assert darkest_pixel(icon("plus", accent=True)).name() == colours_for("dark", "blue").link
    assert icon_colour(QIcon.Mode.Normal).name() == colours_for("dark", "blue").text


def test_an_unknown_icon_fails_where_it_is_asked_for() -> None:
    with pytest.raises(FileNotFoundError, match="no-such-icon"):
        icon("no-such-icon")


def test_tones_follow_the_scheme(qtbot: Any, look: AppLook) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    look.apply("light", 11)
    set_tone(field, "error")
    field.show()
    qtbot.waitUntil(
        lambda: field.palette().color(QPalette.ColorRole.Text).name() == colours_for("light", "blue").error
    )
    look.apply("dark", 11)
    qtbot.waitUntil(
        lambda: field.palette().color(QPalette.ColorRole.Text).name() == colours_for("dark", "blue").error
    )


def test_the_bundled_font_and_its_emoji_fallback(qtbot: Any, look: AppLook) -> None:
    look.apply("system", 13)
    assert QFontDatabase.hasFamily(UI_FAMILY) and QFontDatabase.hasFamily(EMOJI_FAMILY)
    font = QGuiApplication.font()
    assert font.families()[0] == UI_FAMILY and font.families()[-1] == EMOJI_FAMILY
    assert font.pointSize() == 13
    assert QFontInfo(font).family() == UI_FAMILY
    assert not QRawFont.fromFont(QFont(UI_FAMILY)).supportsCharacter(ord("🐳")), "the UI font has no emoji"
    for text in ("😀", "🐳", "👍", "🎉"):
        layout = QTextLayout(f"Hi {text}", font)
        layout.beginLayout()
        layout.createLine()
        layout.endLayout()
        runs = layout.glyphRuns()
        families = {run.rawFont().familyName() for run in runs}
        assert families & {EMOJI_FAMILY, COLOUR_EMOJI_FAMILY}, f"{text} would be a tofu box ({families})"
        assert all(index != 0 for run in runs for index in run.glyphIndexes()), "glyph 0 is the tofu box"


def test_applying_again_registers_no_font_twice(look: AppLook) -> None:
    assert AppLook().fonts == [], "the families are already in the font database"
