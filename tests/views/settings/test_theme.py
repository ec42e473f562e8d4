"""The app's look is an object the app holds; it gives the platform's palette back only if it set its own."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from belugadesk.views.settings.theme import AppLook, effective_color_scheme


@pytest.fixture
def platform_look(qapp: Any) -> Iterator[int]:
    font_pt = QGuiApplication.font().pointSize()
    yield font_pt
    AppLook(own_palette=True).apply("system", font_pt)


def test_dark_then_system_gives_the_platform_palette_back(platform_look: int) -> None:
    platform_window = QApplication.palette().color(QPalette.ColorRole.Window)
    look = AppLook()
    look.apply("dark", platform_look + 2)
    assert effective_color_scheme() == "dark" and look.own_palette
    assert QGuiApplication.font().pointSize() == platform_look + 2
    look.apply("system", platform_look)
    assert not look.own_palette
    assert QApplication.palette().color(QPalette.ColorRole.Window) == platform_window
    assert QGuiApplication.font().pointSize() == platform_look


def test_each_look_keeps_its_own_state(platform_look: int) -> None:
    mine, other = AppLook(), AppLook()
    mine.apply("dark", platform_look)
    assert mine.own_palette and not other.own_palette
    other.apply("system", platform_look)
    assert effective_color_scheme() == "dark", "a look that set no palette leaves the one in use alone"
    mine.apply("system", platform_look)
    assert effective_color_scheme() == "light"
