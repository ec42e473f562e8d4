"""Two devices and one shared folder (``pair``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sync.devices import Device


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Device, Device]]:
    folder = tmp_path / "Sync"
    a, b = Device(tmp_path, folder, "laptop"), Device(tmp_path, folder, "desktop")
    yield a, b
    a.store.close()
    b.store.close()
