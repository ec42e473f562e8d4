"""The one way a view-model starts work: ``start`` tracks the task, turns a failure into the ``error``
sentence, is silent on cancellation; ``aclose`` cancels and awaits the tasks of the view-model and of every
view-model below it."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import pytest
from PySide6.QtCore import QObject

from belugadesk.domain.errors import StoreError
from belugadesk.viewmodels.view_model import ViewModel
from tests.support import run_coro


async def _forever() -> None:
    await asyncio.Event().wait()


def test_started_work_is_tracked_until_it_ends(qtbot: Any, loop: Any) -> None:
    vm = ViewModel()
    release = asyncio.Event()

    async def work() -> str:
        await release.wait()
        return "done"

    task = vm.start(work())
    qtbot.waitUntil(lambda: vm.pending_tasks() == [task])
    release.set()
    qtbot.waitUntil(task.done)
    assert task.result() == "done"
    assert vm.pending_tasks() == []
    assert vm.error == ""


@pytest.mark.parametrize(
    ("failure", "raised", "sentence"),
    [
        ("The draft was not saved.", StoreError("Disk full."), "The draft was not saved. Disk full."),
        ("", StoreError("Disk full."), "Disk full."),
        ("The list was not loaded.", KeyError("row"), "The list was not loaded. Unexpected error: 'row'"),
    ],
)
def test_a_failure_becomes_the_error_sentence(
    qtbot: Any, loop: Any, failure: str, raised: Exception, sentence: str
) -> None:
    vm = ViewModel()

    async def work() -> None:
        raise raised

    with qtbot.waitSignal(vm.errorChanged, timeout=5_000) as signal:
        task = vm.start(work(), failure=failure)
    assert signal.args == [sentence]
    assert vm.error == sentence
    assert task.result() is None  # the failure is the sentence, not an exception left in the task


def test_cancellation_is_silent(qtbot: Any, loop: Any, caplog: pytest.LogCaptureFixture) -> None:
    vm = ViewModel()
    task = vm.start(_forever(), failure="Not shown.")
    qtbot.waitUntil(lambda: vm.pending_tasks() == [task])
    with caplog.at_level(logging.DEBUG):
        task.cancel()
        qtbot.waitUntil(task.done)
    assert task.cancelled()
    assert vm.error == ""
    assert vm.pending_tasks() == []
    assert [r for r in caplog.records if r.levelno >= logging.WARNING] == []


def test_aclose_cancels_and_awaits_the_tasks_of_every_view_model_below(qtbot: Any, loop: Any) -> None:
    parent = ViewModel()
    child = ViewModel(parent)
    grandchild = ViewModel(QObject(child))  # below a plain QObject, still below the parent
    tasks = [vm.start(_forever()) for vm in (parent, child, grandchild)]
    qtbot.waitUntil(lambda: len(parent.pending_tasks()) == 3)

    run_coro(qtbot, parent.aclose())

    assert all(task.cancelled() for task in tasks)
    assert parent.pending_tasks() == [] and child.pending_tasks() == [] and grandchild.pending_tasks() == []
    assert parent.error == child.error == grandchild.error == ""


def test_aclose_also_ends_work_started_while_closing(qtbot: Any, loop: Any) -> None:
    vm = ViewModel()
    later: list[asyncio.Task[Any]] = []

    async def starts_more_when_cancelled() -> None:
        try:
            await _forever()
        finally:
            later.append(vm.start(_forever()))

    vm.start(starts_more_when_cancelled())
    qtbot.waitUntil(lambda: len(vm.pending_tasks()) == 1)
    run_coro(qtbot, vm.aclose())
    assert len(later) == 1 and later[0].cancelled()
    assert vm.pending_tasks() == []
