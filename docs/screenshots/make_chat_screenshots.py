"""Screenshots of a rich conversation in the real main window (light and dark), against the offline local API.

    xvfb-run -a -s "-screen 0 1280x800x24" python docs/screenshots/make_chat_screenshots.py [out_dir]

It sends real messages through the real bridge and SDK: a markdown reply, a function call answered by the user
(the dialog is driven), a code-interpreter chart, and a file-search citation from an attached document. One
hand-written assistant message shows a code block and a table.
"""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

MARKDOWN_SAMPLE = """Here is a **small example** with `inline code`, a [link](https://example.com) and a list:

- Belugas are *Arctic* whales.
- They are known as "sea canaries".

```python
def greet(name: str) -> str:
    return f"Hello, {name}!"  # highlighted by pygments
```

| Species | Length | Weight |
|---|---|---|
| Beluga | 4–5.5 m | 1,100–1,600 kg |
| Narwhal | 4–5.5 m | 800–1,600 kg |
"""

DOCUMENT = "Belugas live in Arctic and sub-Arctic waters. They are social, vocal, and can swim backwards.\n"


async def wait_for(predicate, timeout: float = 20.0) -> None:  # type: ignore[no-untyped-def]
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while not predicate():
        if loop.time() > end:
            raise TimeoutError("the conversation did not get there in time")
        await asyncio.sleep(0.05)


async def main() -> int:
    from PySide6.QtWidgets import QApplication

    from belugadesk.app.translations import install_translations
    from belugadesk.bridge.factory import build_backend
    from belugadesk.domain.models import (
        AssistantDefinition,
        Backend,
        CodeInterpreterTool,
        ConnectionConfig,
        FileSearchTool,
        FunctionTool,
        Message,
    )
    from belugadesk.localapi import LocalApiConfig, LocalApiServer
    from belugadesk.settings import AppPaths
    from belugadesk.store import AsyncStore
    from belugadesk.viewmodels.main_vm import MainViewModel
    from belugadesk.viewmodels.session import Session
    from belugadesk.views.chat.message_html import SOURCES
    from belugadesk.views.main_window import MainWindow
    from belugadesk.views.settings.theme import AppLook

    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    install_translations(qapp, "en_US")  # the English plurals ("1 source")
    look = AppLook()  # the app's own look: its palette and its fonts (Noto Sans, emoji included)
    look.apply("light", 11)

    server = LocalApiServer(LocalApiConfig(delta_delay_s=0.004)).start()
    paths = AppPaths.default().ensure()
    store = await AsyncStore.open(paths.database_path)
    guide = AssistantDefinition(
        id="shots",
        name="Beluga Guide",
        model="gpt-4.1-mini",
        tools=(
            FunctionTool(
                name="get_weather",
                description="Weather in a city",
                parameters={"type": "object", "properties": {"city": {"type": "string"}}},
            ),
            CodeInterpreterTool(),
            FileSearchTool(),
        ),
    )
    await store.run(lambda s: s.assistants.save(guide))

    async def factory():  # type: ignore[no-untyped-def]
        config = ConnectionConfig(base_url=server.base_url, api_key="sk-demo", max_retries=0)
        return build_backend(config, profile_id="shots")

    session = Session(
        store, factory, profile_id="shots", profile_name="Offline demo", backend_kind=Backend.RESPONSES
    )
    vm = MainViewModel(session)
    vm.chat.set_cache_dir(paths.cache_dir / "images")
    window = MainWindow(vm)
    window.resize(1180, 900)
    window.show()
    await vm.load()
    chat = vm.chat
    view = window.chat_view

    def answer_dialog() -> None:
        dialog = view.tool_dialog
        if dialog is not None:
            dialog.output.setPlainText('{"city": "Paris", "temperature": 21, "sky": "sunny"}')
            OUT.mkdir(parents=True, exist_ok=True)
            dialog.grab().save(str(OUT / "chat-tool-dialog.png"))
            dialog.send_button.click()

    chat.toolCallPending.connect(lambda _call: asyncio.get_event_loop().call_later(0.2, answer_dialog))
    await chat.send("What is the weather in Paris? call get_weather")
    await chat.send("Run code to plot a chart of the sightings")
    doc = Path(os.environ["BELUGADESK_HOME"]) / "belugas.txt"
    doc.write_text(DOCUMENT, encoding="utf-8")
    chat.attachments.add_files([doc])
    await chat.attachments.wait_uploaded()
    await chat.send("Search the document: where do belugas live?")
    assert chat.thread is not None
    sample = Message.assistant(MARKDOWN_SAMPLE, thread_id=chat.thread.id, model="gpt-4.1-mini")
    await store.run(lambda s: s.messages.append(chat.thread.id, Message.user("Show me some markdown")))  # type: ignore[union-attr]
    await store.run(lambda s: s.messages.append(chat.thread.id, sample))  # type: ignore[union-attr]
    await chat.open_thread(chat.thread)
    await chat.images.wait_idle()
    last_code = next(
        (m.id, p.call_id)
        for m in chat.messages.messages
        for p in m.parts
        if getattr(p, "kind", "") == "code_interpreter"
    )
    view.delegate.toggle_expanded(*last_code)
    cited = next(m.id for m in chat.messages.messages if any(getattr(p, "annotations", ()) for p in m.parts))
    view.delegate.toggle_expanded(cited, SOURCES)  # the reply's sources, opened
    await asyncio.sleep(1.0)  # the loop paints meanwhile (processEvents here would re-enter its tasks)

    OUT.mkdir(parents=True, exist_ok=True)
    view.message_list.scrollToTop()
    await asyncio.sleep(0.3)
    window.grab().save(str(OUT / "chat-light-top.png"))
    view.jump_to_latest()
    await asyncio.sleep(0.3)
    window.grab().save(str(OUT / "chat-light-bottom.png"))
    streaming = chat.start(chat.send("Now a long reply, please"))
    await wait_for(lambda: chat.streaming and len(chat.messages.messages[-1].text) > 3000)
    bar = view.message_list.verticalScrollBar()
    bar.setSliderPosition(bar.maximum() - 700)
    bar.triggerAction(bar.SliderAction.SliderMove)  # the user scrolls up a little while it streams
    await asyncio.sleep(0.2)
    window.grab().save(str(OUT / "chat-light-streaming.png"))
    await chat.stop()
    await streaming
    view.jump_to_latest()
    await asyncio.sleep(0.2)
    window.grab().save(str(OUT / "chat-light-stopped.png"))
    view.input.setPlainText("A draft that is\nthree lines\nlong")
    look.apply("dark", 11)
    await asyncio.sleep(0.5)
    view.message_list.scrollToTop()
    await asyncio.sleep(0.3)
    window.grab().save(str(OUT / "chat-dark-top.png"))
    view.jump_to_latest()
    await asyncio.sleep(0.3)
    window.grab().save(str(OUT / "chat-dark-bottom.png"))
    window.close()
    await vm.aclose()
    await store.close()
    server.stop()
    look.close()
    print(f"screenshots written to {OUT}")
    return 0


def run() -> int:
    from make_main_window import run_on_qt  # beside this script: the runner the screenshot scripts share

    return run_on_qt(main)


if __name__ == "__main__":
    raise SystemExit(run())
