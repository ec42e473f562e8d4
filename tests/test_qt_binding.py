"""Guards against a Qt binding that would crash the app after enough painting."""

from __future__ import annotations

import sys

from PySide6.QtGui import QImage, QPainter


def test_void_qt_calls_do_not_leak_references_to_none(qapp: object) -> None:
    """PySide6 6.12.0 on Python 3.11 drops a reference to None per void call (then aborts): pinned out."""
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        before = sys.getrefcount(None)
        for _ in range(2_000):
            painter.save()
            painter.restore()
        after = sys.getrefcount(None)
    finally:
        painter.end()
    assert abs(after - before) < 100, f"None lost {before - after} references"
