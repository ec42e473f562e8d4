"""The composition root: builds the qasync loop, the services, the view-models and the views.

Only this module (and ``cli``) may import ``localapi``: for ``--demo`` it starts the offline API on a free
loopback port. ``openai`` is imported after the window is shown, on a worker thread.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import signal
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from belugadesk import APP_ID, APP_NAME, __version__
from belugadesk.domain.errors import BelugaError
from belugadesk.domain.models import AssistantDefinition
from belugadesk.logging_setup import configure_logging
from belugadesk.viewmodels.about_info import collect_versions
from belugadesk.viewmodels.view_model import ViewModel

if TYPE_CHECKING:
    from pydantic import SecretStr

    from belugadesk.bridge.protocol import ConversationBackend
    from belugadesk.credentials import ApiKeys
    from belugadesk.localapi import LocalApiServer
    from belugadesk.settings import AppPaths, AppSettings, Profile, SettingsFile
    from belugadesk.store import AsyncStore, Store
    from belugadesk.viewmodels.main_vm import MainViewModel
    from belugadesk.viewmodels.settings.profile_services import AsyncKeys
    from belugadesk.viewmodels.settings.state import SettingsState
    from belugadesk.views.database_dialog import DatabaseChoice
    from belugadesk.views.main_window import MainWindow

log = logging.getLogger(__name__)

DEMO_ASSISTANT = AssistantDefinition(
    id="demo-beluga-guide",
    name="Beluga Guide",
    model="gpt-4.1-mini",
    description="A friendly guide to BelugaDesk (offline demo).",
    instructions="You are Beluga Guide, a concise and friendly assistant. Answer in Markdown.",
)


DEMO_DELTA_DELAY_S = 0.015  # the demo types like a fast model, so streaming is visible


class DemoServer:
    """The offline local API, started on first use on a worker thread so start-up never waits for it."""

    def __init__(self, db_path: Path | None):
        self._db_path = db_path
        self._server: LocalApiServer | None = None
        self._lock = asyncio.Lock()

    async def base_url(self) -> str:
        async with self._lock:
            if self._server is None:
                loop = asyncio.get_running_loop()
                self._server = await loop.run_in_executor(None, self._start)
            return self._server.base_url

    def _start(self) -> LocalApiServer:
        from belugadesk.localapi import LocalApiConfig, LocalApiServer

        server = LocalApiServer(LocalApiConfig(db_path=self._db_path, delta_delay_s=DEMO_DELTA_DELAY_S))
        server.start()
        return server

    def stop(self) -> None:
        if self._server is not None:
            self._server.stop()
            self._server = None


async def build_backend_for(
    profile: Profile, paths: AppPaths, demo: DemoServer | None, keys: ApiKeys | None = None
) -> ConversationBackend:
    """Resolve the profile's key and endpoint, then build its backend (this imports ``openai``).

    ``keys`` is the app's one ApiKeys (it holds session-only keys); a fresh one is used when None.
    """
    from belugadesk.bridge.factory import build_backend
    from belugadesk.credentials import ApiKeys

    if profile.kind == "demo":
        assert demo is not None
        config = profile.connection_config(None, base_url=await demo.base_url())
    else:
        api_keys = keys if keys is not None else ApiKeys()
        lookup = await asyncio.get_running_loop().run_in_executor(None, api_keys.get_key, profile.id)
        config = profile.connection_config(lookup.key)
    return build_backend(config, profile_id=profile.id)


class ProfileSwitcher:
    """Makes a profile active without a restart: a new backend, then the thread list and chat for it."""

    def __init__(self, app: Application):
        self.app = app

    async def __call__(self, profile: Profile) -> None:
        app = self.app
        assert app.vm is not None and app.paths is not None
        if profile.kind == "demo" and app.demo_server is None:
            app.demo_server = DemoServer(app.paths.data_dir / "demo-server.sqlite3")
        chat = app.vm.chat
        if chat.streaming:
            await chat.stop()
        factory = functools.partial(build_backend_for, profile, app.paths, app.demo_server, app.api_keys)
        await app.vm.session.switch_profile(
            factory, profile_id=profile.id, profile_name=profile.name, backend_kind=profile.backend
        )
        chat.new_thread()
        await app.vm.threads.refresh()


class ConnectionTester:
    """Settings' "Test connection": a backend for a draft profile and key lists the models, then closes."""

    def __init__(self, app: Application):
        self.app = app

    async def __call__(self, profile: Profile, key: SecretStr | None) -> list[str]:
        from belugadesk.bridge.factory import build_backend
        from belugadesk.viewmodels.session import warm_openai_import

        await warm_openai_import()
        profile = profile.model_copy(update={"max_retries": 0})  # answer now; a retry loop only delays it
        if profile.kind == "demo":
            app = self.app
            if app.demo_server is None:
                assert app.paths is not None
                app.demo_server = DemoServer(app.paths.data_dir / "demo-server.sqlite3")
            config = profile.connection_config(None, base_url=await app.demo_server.base_url())
        else:
            config = profile.connection_config(key)
        backend = build_backend(config, profile_id=profile.id)
        try:
            return await backend.list_models()
        finally:
            await backend.aclose()


async def seed_demo_assistant(store: AsyncStore) -> None:
    """A first run has one assistant to talk to."""

    def seed(s: Store) -> None:
        if not s.assistants.list():
            s.assistants.save(DEMO_ASSISTANT)

    await store.run(seed)


class Application:
    """Owns everything that lives as long as the window."""

    def __init__(
        self, qapp: QApplication, *, demo: bool, screenshot: Path | None, api_keys: ApiKeys | None = None
    ):
        self.qapp = qapp
        self.api_keys = api_keys
        self.paths: AppPaths | None = None
        self.keys: AsyncKeys | None = None
        self.settings_state: SettingsState | None = None
        self.onboarding: object | None = None  # the first-run dialog while it is open
        self.settings_dialog: object | None = None
        self.demo_requested = demo
        self.screenshot = screenshot
        self.exit_code = 0
        self.window: MainWindow | None = None
        self.vm: MainViewModel | None = None
        self.store: AsyncStore | None = None
        self.demo_server: DemoServer | None = None
        self.finished = asyncio.Event()
        #: asks what to do with a database that cannot be used (tests may replace it)
        self.ask_database: Callable[[BelugaError], Awaitable[DatabaseChoice]] | None = None

    async def start(self) -> None:
        from belugadesk.settings import DEMO_PROFILE_ID, AppPaths, SettingsFile, demo_profile
        from belugadesk.viewmodels.main_vm import MainViewModel
        from belugadesk.viewmodels.session import Session
        from belugadesk.views.main_window import MainWindow

        paths = self.paths = AppPaths.default().ensure()
        configure_logging(paths.log_dir)
        log.info("%s %s starting", APP_NAME, __version__)
        settings_file = SettingsFile(paths)
        settings = settings_file.load()
        self._init_settings(settings_file, settings)
        profile = settings.active_profile
        if self.demo_requested or profile is None:
            profile = settings.profile(DEMO_PROFILE_ID) or demo_profile()
        if profile.kind == "demo":
            self.demo_server = DemoServer(paths.data_dir / "demo-server.sqlite3")
        self.store = await self._open_store(paths.database_path)
        if self.store is None:
            self.exit_code = 1
            self.finished.set()
            return
        await seed_demo_assistant(self.store)
        factory = functools.partial(build_backend_for, profile, paths, self.demo_server, self.api_keys)
        session = Session(
            self.store,
            factory,
            profile_id=profile.id,
            profile_name=profile.name,
            backend_kind=profile.backend,
        )
        self.vm = MainViewModel(session)
        self.vm.chat.set_prices(settings.prices)
        self.vm.chat.set_cache_dir(paths.cache_dir / "images")
        self.window = MainWindow(self.vm)
        self.window.set_help_resources(log_dir=paths.log_dir, versions=collect_versions())
        self.window.closed.connect(self.finished.set)
        self._wire_settings_into_window()
        painted = asyncio.get_running_loop().create_future()
        self.window.firstPainted.connect(lambda: None if painted.done() else painted.set_result(None))
        self.window.show()
        await self.vm.load()
        try:
            await asyncio.wait_for(asyncio.shield(painted), timeout=5)
        except TimeoutError:
            log.warning("The main window was not painted within 5 s")
        self.vm.request_network()
        await self._first_run_onboarding()
        if self.screenshot is not None:
            QTimer.singleShot(300, self._save_screenshot)

    async def _open_store(self, path: Path) -> AsyncStore | None:
        """Open the database; if it is unusable, ask whether to set it aside and start fresh (None: quit)."""
        from belugadesk.domain.errors import DatabaseTooNew, DatabaseUnreadable
        from belugadesk.store import AsyncStore, set_aside_and_start_fresh
        from belugadesk.views.database_dialog import DatabaseChoice, ask_database_choice

        try:
            return await AsyncStore.open(path)
        except (DatabaseUnreadable, DatabaseTooNew) as exc:
            if await (self.ask_database or ask_database_choice)(exc) is not DatabaseChoice.FRESH:
                return None
        aside = await asyncio.get_running_loop().run_in_executor(None, set_aside_and_start_fresh, path)
        log.warning("The unusable database was moved to %s; starting a fresh one", aside)
        return await AsyncStore.open(path)

    # --- settings, onboarding, profile switching (see viewmodels/settings_*.py, views/settings_*.py) ---

    def _init_settings(self, settings_file: SettingsFile, settings: AppSettings) -> None:
        from belugadesk.credentials import ApiKeys
        from belugadesk.viewmodels.settings.profile_services import AsyncKeys
        from belugadesk.viewmodels.settings.state import SettingsState
        from belugadesk.views.settings.theme import apply_appearance

        if self.api_keys is None:
            self.api_keys = ApiKeys()
        self.keys = AsyncKeys(self.api_keys)
        self.settings_state = SettingsState(settings_file, settings)
        apply_appearance(settings.appearance.color_scheme, settings.appearance.font_size)
        self.settings_state.appearanceChanged.connect(apply_appearance)

    def _wire_settings_into_window(self) -> None:
        assert self.window is not None and self.settings_state is not None
        self.window.set_enter_sends(self.settings_state.enter_sends)
        self.settings_state.enterSendsChanged.connect(self.window.set_enter_sends)
        if self.vm is not None:
            self.settings_state.pricesChanged.connect(self.vm.chat.set_prices)
        self.window.settingsRequested.connect(self.open_settings)

    async def _first_run_onboarding(self) -> None:
        """No usable profile and not ``--demo``: offer to connect a provider or use the demo."""
        from belugadesk.viewmodels.settings.onboarding_vm import OnboardingViewModel, needs_onboarding
        from belugadesk.views.settings.onboarding_dialog import OnboardingDialog

        assert self.settings_state is not None and self.keys is not None
        if self.demo_requested or not await needs_onboarding(self.settings_state.settings, self.keys):
            return
        vm = OnboardingViewModel(
            self.settings_state, self.keys, ConnectionTester(self), ProfileSwitcher(self), parent=self.window
        )
        dialog = OnboardingDialog(vm, self.window)
        self.onboarding = dialog
        dialog.open()
        await vm.form.refresh_key_status()

    def open_settings(self) -> None:
        """The Settings dialog (Ctrl+,); one at a time."""
        from belugadesk.viewmodels.settings.settings_vm import SettingsViewModel
        from belugadesk.views.settings.settings_dialog import SettingsDialog

        assert self.settings_state is not None and self.keys is not None
        if isinstance(self.settings_dialog, SettingsDialog):
            if self.settings_dialog.isVisible():
                self.settings_dialog.raise_()
                self.settings_dialog.activateWindow()
                return
            self.settings_dialog.deleteLater()  # a closed one is rebuilt with fresh state
        vm = SettingsViewModel(self.settings_state, self.keys, ConnectionTester(self), ProfileSwitcher(self))
        dialog = SettingsDialog(vm, self.window)
        vm.setParent(dialog)
        self.settings_dialog = dialog
        dialog.show()
        vm.request_refresh()

    def _save_screenshot(self) -> None:
        assert self.window is not None and self.screenshot is not None
        self.screenshot.parent.mkdir(parents=True, exist_ok=True)
        ok = self.window.grab().save(str(self.screenshot), "PNG")
        if not ok:
            print(f"belugadesk: could not save the screenshot to {self.screenshot}", file=sys.stderr)
            self.exit_code = 1
        self.finished.set()

    async def shutdown(self) -> None:
        if self.window is not None:  # the view-models of the Settings and onboarding dialogs
            for dialog_vm in self.window.findChildren(ViewModel):
                await dialog_vm.aclose()
        if self.vm is not None:
            await self.vm.aclose()
        if self.store is not None:
            await self.store.close()
        if self.demo_server is not None:
            await asyncio.get_running_loop().run_in_executor(None, self.demo_server.stop)
        if self.keys is not None:
            self.keys.close()


def make_qapplication(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    qapp = QApplication(argv or [sys.argv[0]])
    qapp.setApplicationName(APP_NAME)
    qapp.setApplicationVersion(__version__)
    qapp.setOrganizationName(APP_NAME)
    QGuiApplication.setDesktopFileName(APP_ID)
    icon = _app_icon()
    if icon is not None:
        qapp.setWindowIcon(icon)
    return qapp


def _app_icon() -> QIcon | None:
    from belugadesk.viewmodels.resources_access import icon_path

    path = icon_path()
    return QIcon(str(path)) if path.exists() else None


def _activate(window: MainWindow) -> None:
    log.info("A second launch asked this window to come to the front")
    window.bring_to_front()


def _stop_on_signals(loop: asyncio.AbstractEventLoop, finished: asyncio.Event) -> None:
    """Ctrl+C or SIGTERM close the app in order (store closed, demo server stopped)."""

    def request_stop(_signum: int, _frame: object) -> None:
        loop.call_soon_threadsafe(finished.set)

    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, request_stop)
    # Python runs signal handlers only when it gets control: let it in a few times a second.
    timer = QTimer(QApplication.instance())
    timer.setInterval(250)
    timer.timeout.connect(lambda: None)
    timer.start()


def run_gui(*, demo: bool, screenshot: Path | None) -> int:
    """Run the app until its window closes; returns the exit code."""
    import qasync

    from belugadesk.single_instance import SingleInstance, default_server_name

    qapp = make_qapplication()
    guard = None
    if screenshot is None:  # a screenshot run is a one-off render: it never hands over to a running window
        guard = SingleInstance(qapp)
        if not guard.try_acquire(default_server_name()):
            print(f"{APP_NAME} is already running; its window was brought to the front.")
            return 0
    qapp.setQuitOnLastWindowClosed(False)  # the loop ends after an orderly shutdown instead
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    app = Application(qapp, demo=demo, screenshot=screenshot)

    async def main() -> None:
        qapp.aboutToQuit.connect(app.finished.set)
        try:
            await app.start()
            if guard is not None and app.window is not None:
                guard.activation_requested.connect(functools.partial(_activate, app.window))
        except Exception as exc:
            log.exception("Start-up failed")
            print(f"belugadesk: could not start: {exc}", file=sys.stderr)
            app.exit_code = 1
            await app.shutdown()
            return
        await app.finished.wait()
        if app.window is not None:
            app.window.hide()
        await app.shutdown()

    _stop_on_signals(loop, app.finished)
    with loop:
        loop.run_until_complete(main())
    if guard is not None:
        guard.release()
    return app.exit_code
