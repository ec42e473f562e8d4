# ruff: noqa: F811  (pytest fixtures imported from thread_helpers are used as parameters)
"""The thread list view-model over a real SQLite store: groups, pins, archive, filter, search, rename."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt

from belugadesk.store import AsyncStore
from belugadesk.viewmodels.session import Session
from belugadesk.viewmodels.threads.list_model import ThreadListModel
from belugadesk.viewmodels.threads.list_vm import ThreadListViewModel
from tests.support import run_coro
from tests.viewmodels.threads.thread_helpers import (  # noqa: F401  (fixtures)
    OTHER_ASSISTANT,
    add_thread,
    days_ago,
    session,
    store,
)


def month_label(when: datetime) -> str:
    """What a month's header reads: "October" this year, "October 2025" before."""
    local = when.astimezone()
    return local.strftime("%B") + ("" if local.year == datetime.now().astimezone().year else f" {local.year}")


def titles(model: ThreadListModel) -> list[str]:
    return [model.data(model.index(r)) for r in range(model.rowCount())]


def loaded(qtbot: Any, session: Session) -> ThreadListViewModel:
    vm = ThreadListViewModel(session)
    run_coro(qtbot, vm.refresh())
    return vm


def test_threads_land_in_today_yesterday_previous_7_and_30_days(
    qtbot: Any, store: AsyncStore, session: Session, qtmodeltester: Any
) -> None:
    add_thread(qtbot, store, "Old whales", updated=days_ago(30))
    add_thread(qtbot, store, "Five days", updated=days_ago(5))
    add_thread(qtbot, store, "Yesterday's", updated=days_ago(1))
    add_thread(qtbot, store, "Fresh", updated=days_ago(0))
    vm = loaded(qtbot, session)
    model = vm.model
    qtmodeltester.check(model)

    assert titles(model) == [
        "Today", "Fresh", "Yesterday", "Yesterday's", "Previous 7 days", "Five days",
        "Previous 30 days", "Old whales",
    ]  # fmt: skip
    for header_row in (0, 2, 4, 6):
        assert model.flags(model.index(header_row)) == Qt.ItemFlag.NoItemFlags, "headers cannot be selected"
    assert model.flags(model.index(1)) & Qt.ItemFlag.ItemIsSelectable
    assert model.data(model.index(1), ThreadListModel.TimeRole) == "now"
    assert model.data(model.index(3), ThreadListModel.TimeRole) == "Yesterday"
    assert model.thread_rows() == [1, 3, 5, 7]


def test_pinned_threads_come_first_under_pinned(
    qtbot: Any, store: AsyncStore, session: Session, qtmodeltester: Any
) -> None:
    old = add_thread(qtbot, store, "Old but important", updated=days_ago(40))
    add_thread(qtbot, store, "Fresh", updated=days_ago(0))
    vm = loaded(qtbot, session)
    assert vm.model.headers() == ["Today", month_label(days_ago(40))]

    run_coro(qtbot, vm.set_pinned(old.id, True))
    qtmodeltester.check(vm.model)
    assert titles(vm.model) == ["Pinned", "Old but important", "Today", "Fresh"]
    assert vm.model.data(vm.model.index(1), ThreadListModel.PinnedRole) is True
    stored = run_coro(qtbot, store.run(lambda s: s.threads.get(old.id)))
    assert stored.pinned, "the pin is saved"

    run_coro(qtbot, vm.set_pinned(old.id, False))
    assert vm.model.headers() == ["Today", month_label(days_ago(40))]


def test_archived_threads_hide_until_show_archived(qtbot: Any, store: AsyncStore, session: Session) -> None:
    add_thread(qtbot, store, "Keep")
    gone = add_thread(qtbot, store, "Put away")
    vm = loaded(qtbot, session)
    run_coro(qtbot, vm.set_archived(gone.id, True))
    assert titles(vm.model) == ["Today", "Keep"]

    vm.set_show_archived(True)
    run_coro(qtbot, vm.wait_idle())
    assert titles(vm.model) == ["Today", "Keep", "Archived", "Put away"]

    run_coro(qtbot, vm.set_archived(gone.id, False))
    assert vm.model.headers() == ["Today"]
    assert sorted(titles(vm.model)[1:]) == ["Keep", "Put away"]


def test_assistant_filter_shows_one_assistants_threads(
    qtbot: Any, store: AsyncStore, session: Session
) -> None:
    add_thread(qtbot, store, "About whales")
    add_thread(qtbot, store, "About code", assistant_id=OTHER_ASSISTANT.id)
    vm = loaded(qtbot, session)
    assert len(vm.model.thread_rows()) == 2

    vm.set_assistant_filter(OTHER_ASSISTANT.id)
    run_coro(qtbot, vm.wait_idle())
    assert titles(vm.model) == ["Today", "About code"]

    vm.set_assistant_filter(None)
    run_coro(qtbot, vm.wait_idle())
    assert len(vm.model.thread_rows()) == 2


def test_search_is_debounced_and_highlights_the_match(
    qtbot: Any, store: AsyncStore, session: Session, qtmodeltester: Any
) -> None:
    add_thread(qtbot, store, "Ocean trip", texts=("Where do belugas live?", "Belugas live in arctic waters."))
    target = add_thread(qtbot, store, "Garden", texts=("How do I grow tomatoes?", "Give them sun and water."))
    vm = loaded(qtbot, session)

    with qtbot.waitSignal(vm.searchFinished, timeout=3000) as finished:
        vm.set_query("tom")
        vm.set_query("tomatoes")  # typing on: only the last query runs
    assert finished.args == ["tomatoes"]
    qtmodeltester.check(vm.model)
    model = vm.model
    assert model.searching
    assert model.headers() == ["1 match"]
    row = model.thread_rows()[0]
    assert model.thread_at(row) == target
    pieces = model.data(model.index(row), ThreadListModel.HighlightRole)
    assert ("tomatoes", True) in pieces, pieces
    assert "tomatoes" in model.data(model.index(row), ThreadListModel.PreviewRole)
    message_id = model.message_id_at(row)
    assert message_id is not None

    activated: list[tuple[Any, str]] = []
    vm.hitActivated.connect(lambda thread, mid: activated.append((thread.id, mid)))
    vm.activate_row(row)
    assert activated == [(target.id, message_id)]

    with qtbot.waitSignal(vm.searchFinished, timeout=3000):
        vm.set_query("penguins")
    assert model.headers() == ["No matches for “penguins”"] and model.thread_rows() == []

    vm.set_query("")
    assert not model.searching and model.headers() == ["Today"]


def test_rename_through_the_model_is_saved(qtbot: Any, store: AsyncStore, session: Session) -> None:
    thread = add_thread(qtbot, store, "Untitled")
    vm = loaded(qtbot, session)
    with qtbot.waitSignal(vm.threadUpdated, timeout=3000) as updated:
        assert vm.model.setData(vm.model.index(1), "  Beluga   songs ", Qt.ItemDataRole.EditRole)
    assert updated.args[0].title == "Beluga songs"
    assert vm.model.data(vm.model.index(1)) == "Beluga songs"
    stored = run_coro(qtbot, store.run(lambda s: s.threads.get(thread.id)))
    assert stored.title == "Beluga songs"
    assert not vm.model.setData(vm.model.index(1), "   ", Qt.ItemDataRole.EditRole), (
        "an empty title is refused"
    )


def test_a_saved_thread_keeps_a_newer_title(qtbot: Any, store: AsyncStore, session: Session) -> None:
    thread = add_thread(qtbot, store, "First title", updated=days_ago(3))
    vm = loaded(qtbot, session)
    run_coro(qtbot, vm.rename(thread.id, "Renamed"))
    # the chat still holds the old copy and reports a new reply
    vm.thread_saved(thread.model_copy(update={"updated_at": days_ago(0), "last_message_preview": "hi"}))
    assert titles(vm.model) == ["Today", "Renamed"]
    assert vm.model.data(vm.model.index(1), ThreadListModel.PreviewRole) == "hi"


def test_a_reply_in_the_top_thread_updates_its_row_without_a_reset(
    qtbot: Any, store: AsyncStore, session: Session
) -> None:
    top = add_thread(qtbot, store, "Top")
    below = add_thread(qtbot, store, "Below", updated=days_ago(0.0001))
    vm = loaded(qtbot, session)
    assert titles(vm.model) == ["Today", "Top", "Below"]
    resets: list[bool] = []
    vm.model.modelReset.connect(lambda: resets.append(True))
    vm.thread_saved(top.model_copy(update={"last_message_preview": "new reply"}))
    assert resets == [] and vm.model.data(vm.model.index(1), ThreadListModel.PreviewRole) == "new reply"
    vm.thread_saved(below.model_copy(update={"updated_at": days_ago(-0.0001)}))
    assert resets == [True] and titles(vm.model) == ["Today", "Below", "Top"], "a newer reply moves up"


def test_the_clock_moving_on_updates_times_and_regroups_after_midnight(
    qtbot: Any, store: AsyncStore, session: Session
) -> None:
    from datetime import timedelta

    from belugadesk.domain.models import utcnow

    now = [utcnow()]
    add_thread(qtbot, store, "Morning chat", updated=now[0])
    vm = ThreadListViewModel(session, clock=lambda: now[0])
    run_coro(qtbot, vm.refresh())
    assert titles(vm.model) == ["Today", "Morning chat"]
    assert vm.model.data(vm.model.index(1), ThreadListModel.TimeRole) == "now"

    now[0] += timedelta(minutes=5)
    with qtbot.waitSignal(vm.model.dataChanged):
        vm.tick()
    assert vm.model.data(vm.model.index(1), ThreadListModel.TimeRole) == "5 min"

    now[0] += timedelta(days=1)
    vm.tick()
    assert vm.model.headers() == ["Yesterday"]
