"""The one atomic write: a failure at any step leaves the old content and no stray file behind."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from belugadesk import files
from belugadesk.files import atomic_write


def test_writes_text_as_utf8_and_bytes_as_given(tmp_path: Path) -> None:
    text_file, data_file = tmp_path / "a.json", tmp_path / "b.img"
    atomic_write(text_file, "héllo\nwörld\n")
    atomic_write(data_file, b"\x00\xff\r\n")
    assert text_file.read_bytes() == "héllo\nwörld\n".encode()
    assert data_file.read_bytes() == b"\x00\xff\r\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json", "b.img"]


def test_the_new_file_is_private_unless_a_mode_is_given(tmp_path: Path) -> None:
    atomic_write(tmp_path / "private", "x")
    atomic_write(tmp_path / "shared", "x", mode=0o644)
    assert stat.S_IMODE((tmp_path / "private").stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "shared").stat().st_mode) == 0o644


@pytest.mark.parametrize("failing_step", ["fsync", "replace"])
def test_a_failure_mid_write_keeps_the_old_content(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing_step: str
) -> None:
    target = tmp_path / "settings.json"
    target.write_text("old content", encoding="utf-8")
    written: list[Path] = []
    real_fsync = os.fsync

    def disk_full(*args: object) -> None:
        written.extend(p for p in tmp_path.iterdir() if p != target)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, failing_step, disk_full)
    with pytest.raises(OSError, match="No space left"):
        atomic_write(target, "new content " * 1000)
    monkeypatch.setattr(files.os, "fsync", real_fsync)

    assert written, "the data went to a temporary file beside the target first"
    assert target.read_text(encoding="utf-8") == "old content"
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_the_file_and_its_folder_are_fsynced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    synced: list[str] = []
    real_fsync = os.fsync

    def recording_fsync(fd: int) -> None:
        synced.append("folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file")
        real_fsync(fd)

    monkeypatch.setattr(files.os, "fsync", recording_fsync)
    atomic_write(tmp_path / "x.txt", "data")
    assert synced == ["file", "folder"]
