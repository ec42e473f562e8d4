"""Open every window and dialog of the installed app, offscreen, on the demo; print each one's title.

Run by ``test_plain_install.py`` with the python of a fresh venv that has only ``pip install <checkout>``
(no extras): any runtime import the dependencies do not cover fails here. It imports nothing from the
checkout or the tests, only the installed ``belugadesk`` and its dependencies.
"""

from __future__ import annotations

import asyncio
import sys
import traceback
from collections.abc import Awaitable, Callable

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from belugadesk.app import Application, make_qapplication
from belugadesk.viewmodels.resources_access import resource_path
from belugadesk.views.settings.fonts import FONT_FILES

TIMEOUT_S = 20.0


async def until(condition: Callable[[], object], what: str) -> None:
    """Wait (without sleeping the UI) until ``condition()`` holds."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + TIMEOUT_S
    while not condition():
        if loop.time() > deadline:
            raise TimeoutError(f"gave up waiting for {what}")
        await asyncio.sleep(0.01)


def opened(widget: QWidget) -> None:
    # posted events only: processEvents() inside a task would run qasync's callbacks re-entrantly, and a
    # task started just before would never take its first step (it could then never be closed either)
    QApplication.sendPostedEvents()
    if not widget.isVisible():
        raise AssertionError(f"{type(widget).__name__} did not open")
    print(f"opened: {type(widget).__name__}: {widget.windowTitle()}", flush=True)


def close(dialog: QWidget) -> None:
    if isinstance(dialog, QDialog):
        dialog.done(QDialog.DialogCode.Rejected)
    else:
        dialog.close()
    QApplication.sendPostedEvents()


async def answered(question: Awaitable[object], dialog: Callable[[], QWidget | None]) -> None:
    """Start an awaitable dialog flow, check its dialog is on screen, close it and let the flow end."""
    task = asyncio.ensure_future(question)
    await until(lambda: (shown := dialog()) is not None and shown.isVisible(), "the dialog")
    shown = dialog()
    assert shown is not None
    opened(shown)
    QTimer.singleShot(0, lambda: close(shown))  # as a person would: from the event loop, not this task
    await asyncio.wait_for(task, TIMEOUT_S)


async def assistant_form(app: Application) -> None:
    window = app.window
    pane = window.side_pane.assistants_pane
    form = pane.new()
    opened(form)
    form.format_combo.setCurrentIndex(form.format_combo.findData("json_schema"))
    form.schema_editor.template_button.click()
    form.schema_editor.validate_button.click()
    assert form.schema_editor.result.text() == "✓ The schema is valid.", form.schema_editor.result.text()
    form.functions.add_button.click()  # "Add function": the function editor
    form.functions.name_edit.setText("get_weather")
    QApplication.sendPostedEvents()
    print(f"opened: function editor: {form.functions.name_edit.text()}", flush=True)
    close(form)

    # editing an assistant that has a function tool and a JSON-schema response format
    from belugadesk.domain.models import AssistantDefinition, FunctionTool, JsonSchemaFormat, ResponseFormat

    definition = AssistantDefinition(
        id="asst-with-function",
        name="Forecaster",
        model="gpt-4.1-mini",
        tools=[FunctionTool(name="get_weather", parameters={"type": "object", "properties": {}})],
        response_format=ResponseFormat(
            type="json_schema",
            json_schema=JsonSchemaFormat(
                name="answer",
                schema_={
                    "type": "object",
                    "properties": {"a": {"type": "string"}},
                    "required": ["a"],
                    "additionalProperties": False,
                },
            ),
        ),
    )
    vm = pane.vm
    await vm.session.store.run(lambda store: store.assistants.save(definition))
    await vm.refresh(select_id=definition.id)
    edit = pane.edit(vm.model.row_of(definition.id))
    assert edit is not None, "the assistant with a function tool opens for editing"
    opened(edit)
    close(edit)

    remote = pane.import_from_server()
    opened(remote)
    close(remote)


async def settings(app: Application) -> None:
    app.open_settings()
    dialog = app.settings_dialog
    opened(dialog)
    for title in ("Profiles", "Appearance", "Behaviour", "Prices"):
        dialog.show_page(title)
        QApplication.sendPostedEvents()
        print(f"opened: settings page: {title}", flush=True)
    editor = dialog.profiles_page.open_editor(None)
    opened(editor)
    close(editor)
    close(dialog)


async def onboarding(app: Application) -> None:
    from belugadesk.viewmodels.settings.onboarding_vm import OnboardingViewModel
    from belugadesk.views.settings.keyring_dialog import KeyringDialog
    from belugadesk.views.settings.onboarding_dialog import OnboardingDialog

    vm = OnboardingViewModel(
        app.settings_state,
        app.keys,
        app.connections.test,
        app.switch_profile,
        parent=app.window,
    )
    dialog = OnboardingDialog(vm, app.window)
    dialog.open()
    opened(dialog)
    keyring = KeyringDialog("No secure keyring is available.", dialog)
    keyring.open()
    opened(keyring)
    close(keyring)
    close(dialog)


async def other_dialogs(app: Application) -> None:
    from belugadesk.domain.errors import DatabaseUnreadable
    from belugadesk.domain.models import Backend, Thread, ToolCallPart
    from belugadesk.views import database_dialog
    from belugadesk.views.chat.link_confirmation import link_confirmation

    window = app.window
    opened_about = window.show_about()
    opened(opened_about)
    close(opened_about)

    shortcuts = window.chat_view.chat_actions.show_shortcuts()
    opened(shortcuts)
    close(shortcuts)

    quick = app.toggle_quick_ask()
    assert quick is not None
    opened(quick)
    close(quick)  # closing hides it
    if quick.isVisible():
        raise AssertionError("the quick-ask window did not hide on close")

    window.chat_view.show_tool_dialog(ToolCallPart(call_id="call_1", name="get_weather", arguments="{}"))
    opened(window.chat_view.tool_dialog)
    close(window.chat_view.tool_dialog)

    question, _open_button = link_confirmation(QUrl("https://example.com/page"), window)
    question.open()
    opened(question)
    close(question)

    database = database_dialog.DatabaseDialog(DatabaseUnreadable("not a database"), window)
    database.open()
    opened(database)
    close(database)

    dialogs = window.side_pane.threads_panel.dialogs
    thread = Thread(title="A thread", assistant_id="demo-beluga-guide")
    await answered(dialogs.confirm_delete(thread), lambda: dialogs.active)
    await answered(dialogs.offer_local_delete(thread, "The server said no."), lambda: dialogs.active)
    await answered(dialogs.show_problem("Thread not exported", "The disk is full."), lambda: dialogs.active)
    await answered(dialogs.remote_id(Backend.RESPONSES), lambda: dialogs.active)
    await answered(dialogs.export_path(thread, "markdown"), lambda: dialogs.active)
    await answered(dialogs.import_path(), lambda: dialogs.active)

    compare = window.open_comparison()
    opened(compare)
    await answered(compare.questions.close_undecided(2), lambda: compare.questions.active)
    close(compare)  # nothing was sent: it closes without asking
    await until(lambda: window.compare_window is None, "the Compare window to close")


async def prompt_library(app: Application) -> None:
    from belugadesk.domain.prompts import SavedPrompt, Variable

    library = app.window.show_prompt_library()
    opened(library)
    dialogs = library.ask
    prompt = SavedPrompt(title="Greet", body="Hello {{name}}")
    await answered(dialogs.edit_prompt(None, ["writing"]), lambda: dialogs.active)
    await answered(dialogs.fill_variables(prompt, [Variable("name", "you")]), lambda: dialogs.active)
    await answered(dialogs.confirm_delete(prompt), lambda: dialogs.active)
    close(library)


async def drive(app: Application) -> None:
    await app.start()
    window = app.window
    assert window is not None, "the main window opened"
    shipped = all(resource_path(f"fonts/{name}").is_file() for name in FONT_FILES)
    usable = all(QFontDatabase.hasFamily(family) for family in set(FONT_FILES.values()))
    print(f"bundled fonts shipped and usable: {shipped and usable}", flush=True)
    opened(window)
    for step in (assistant_form, settings, onboarding, other_dialogs, prompt_library):
        await step(app)
    print("ALL OPENED", flush=True)


def main() -> int:
    import qasync

    qapp = make_qapplication()
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    app = Application(qapp, demo=True, screenshot=None)
    failed = False

    async def run() -> None:
        nonlocal failed
        try:
            await drive(app)
        except BaseException:
            traceback.print_exc()
            failed = True
        finally:
            if app.window is not None:
                app.window.hide()
            await app.shutdown()

    with loop:
        loop.run_until_complete(run())
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
