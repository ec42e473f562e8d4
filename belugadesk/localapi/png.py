"""A small real PNG (a bar chart) built with zlib + struct: what the scripted code interpreter 'plots'."""

from __future__ import annotations

import struct
import zlib

_BARS = (0.35, 0.6, 0.45, 0.8, 0.95)
_BAR_RGB = (0x1F, 0x77, 0xB4)
_AXIS_RGB = (0x33, 0x33, 0x33)


def _chunk(kind: bytes, data: bytes) -> bytes:
    return (
        struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    )


def bar_chart_png(width: int = 160, height: int = 100) -> bytes:
    """An RGB bar chart of five fixed values with an axis, deterministic byte for byte."""
    pixels = [[(255, 255, 255)] * width for _ in range(height)]
    margin = 8
    base = height - margin
    slot = (width - 2 * margin) // len(_BARS)
    for i, value in enumerate(_BARS):
        left = margin + i * slot + slot // 5
        right = margin + (i + 1) * slot - slot // 5
        top = base - int(value * (height - 2 * margin))
        for y in range(top, base):
            for x in range(left, right):
                pixels[y][x] = _BAR_RGB
    for x in range(margin, width - margin):
        pixels[base][x] = _AXIS_RGB
    for y in range(margin, base + 1):
        pixels[y][margin] = _AXIS_RGB
    raw = b"".join(b"\x00" + bytes(c for px in row for c in px) for row in pixels)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(raw, 9))
        + _chunk(b"IEND", b"")
    )
