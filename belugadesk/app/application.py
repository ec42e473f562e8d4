"""The composition root: ``Application`` builds the services (``belugadesk.services``, once), the store,
the view-models and the window, wires Settings and onboarding to them, and shuts them down in order.
``openai`` is imported and the keyring chosen after the window is shown, on worker threads.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from belugadesk import APP_NAME, __version__
from belugadesk.app.after_paint import freeze_when_done, warm_renderer
from belugadesk.app.translations import install_translations
from belugadesk.domain.errors import BelugaError
from belugadesk.domain.models import AssistantDefinition
from belugadesk.logging_setup import configure_logging
from belugadesk.viewmodels.about_info import collect_versions
from belugadesk.viewmodels.view_model import ViewModel

if TYPE_CHECKING:
    from belugadesk.credentials import ApiKeys
    from belugadesk.services.connections import Connections
    from belugadesk.services.demo_server import DemoServer
    from belugadesk.services.mcp_tools import McpTools
    from belugadesk.services.profile_switch import ProfileSwitcher
    from belugadesk.settings import AppPaths, AppSettings, SettingsFile
    from belugadesk.store import AsyncStore, Store
    from belugadesk.viewmodels.main_vm import MainViewModel
    from belugadesk.viewmodels.settings.profile_services import AsyncKeys
    from belugadesk.viewmodels.settings.state import SettingsState
    from belugadesk.viewmodels.sync_session import SyncSession
    from belugadesk.views.database_dialog import DatabaseChoice
    from belugadesk.views.main_window import MainWindow
    from belugadesk.views.quick_ask import QuickAskWindow
    from belugadesk.views.settings.theme import AppLook

log = logging.getLogger(__name__)


DEMO_ASSISTANT = AssistantDefinition(
    id="demo-beluga-guide",
    name="Beluga Guide",
    model="gpt-4.1-mini",
    description="A friendly guide to BelugaDesk (offline demo).",
    instructions="You are Beluga Guide, a concise and friendly assistant. Answer in Markdown.",
    starters=(
        "What can you do?",
        "Show me a table of whales",
        "Write a small Python example",
        "Give me a long reply to stop with Esc",
    ),
)


async def seed_demo_assistant(store: AsyncStore) -> None:
    """A first run has one assistant to talk to."""

    def seed(s: Store) -> None:
        if not s.assistants.list():
            s.assistants.save(DEMO_ASSISTANT)

    await store.run(seed)


class Application:
    """Owns everything that lives as long as the window."""

    def __init__(
        self,
        qapp: QApplication,
        *,
        demo: bool,
        screenshot: Path | None,
        api_keys: ApiKeys | None = None,
        quick_ask: bool = False,
        locale: str = "",
    ):
        self.qapp = qapp
        self.api_keys = api_keys
        self.paths: AppPaths | None = None
        self.keys: AsyncKeys | None = None
        self.settings_state: SettingsState | None = None
        self.look: AppLook | None = None  # the colour scheme, accent, font and font size applied
        self.onboarding: object | None = None  # the first-run dialog while it is open
        self.settings_dialog: object | None = None
        self.demo_requested = demo
        self.screenshot = screenshot
        self.locale = locale  # --locale: the UI language over the one in the settings
        self.exit_code = 0
        self.window: MainWindow | None = None
        self.quick_ask_requested = quick_ask  # show the quick-ask window once started (--quick-ask)
        self.quick_window: QuickAskWindow | None = None  # built on first use
        self.vm: MainViewModel | None = None
        self.store: AsyncStore | None = None
        self.demo_server: DemoServer | None = None
        self.connections: Connections | None = None
        self.mcp_tools: McpTools | None = None  # the MCP servers, started on first use
        self.switch_profile: ProfileSwitcher | None = None
        self.sync: SyncSession | None = None  # sync through the user's folder (Settings → Sync)
        self.finished = asyncio.Event()
        #: asks what to do with a database that cannot be used (tests may replace it)
        self.ask_database: Callable[[BelugaError], Awaitable[DatabaseChoice]] | None = None

    async def start(self) -> None:
        from belugadesk.credentials import McpSecrets
        from belugadesk.services.connections import Connections
        from belugadesk.services.demo_server import DemoServer
        from belugadesk.services.mcp_tools import McpTools
        from belugadesk.services.profile_switch import ProfileSwitcher
        from belugadesk.services.thread_log import StoreThreadLog
        from belugadesk.settings import DEMO_PROFILE_ID, AppPaths, SettingsFile, demo_profile
        from belugadesk.viewmodels.main_vm import MainViewModel
        from belugadesk.viewmodels.session import Session
        from belugadesk.views.main_window import MainWindow

        paths = self.paths = AppPaths.default().ensure()
        configure_logging(paths.log_dir)
        log.info("%s %s starting", APP_NAME, __version__)
        settings_file = SettingsFile(paths)
        settings = settings_file.load()
        install_translations(self.qapp, self.locale or settings.appearance.language)
        if self.demo_requested:  # both offline demos are offered (Settings → Profiles switches between them)
            settings = settings.with_demo_profiles()
        self._init_settings(settings_file, settings)
        profile = settings.active_profile
        if self.demo_requested or profile is None:
            profile = settings.profile(DEMO_PROFILE_ID) or demo_profile()
        assert self.api_keys is not None
        self.demo_server = DemoServer(paths.data_dir / "demo-server.sqlite3")
        self.connections = Connections(self.api_keys, self.demo_server)
        self.mcp_tools = McpTools(McpSecrets(self.api_keys), settings.mcp_servers)
        restore_problem = await self._restore_if_asked(paths.database_path)
        self.store = await self._open_store(paths.database_path)
        if self.store is None:
            self.exit_code = 1
            self.finished.set()
            return
        await seed_demo_assistant(self.store)
        session = Session(
            self.store,
            self.connections.factory_for(profile, StoreThreadLog(self.store)),
            profile_id=profile.id,
            profile_name=profile.name,
            backend_kind=profile.backend,
            mcp=self.mcp_tools,
        )
        self.vm = MainViewModel(session)
        if restore_problem:
            self.vm.set_error(restore_problem)
        self.switch_profile = ProfileSwitcher(self.vm, self.connections)
        self.vm.chat.set_prices(settings.prices)
        self.vm.chat.set_cache_dir(paths.cache_dir / "images")
        self.window = MainWindow(self.vm)
        self.window.set_help_resources(log_dir=paths.log_dir, versions=collect_versions)
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
        assert self.keys is not None
        loads = (
            self.vm.start(
                self.connections.prepare(),
                failure=QCoreApplication.translate("Application", "The network client could not be loaded."),
            ),
            self.vm.start(
                self.keys.resolve(),
                failure=QCoreApplication.translate("Application", "The keyring could not be opened."),
            ),
            self.vm.start(
                asyncio.to_thread(warm_renderer),
                failure=QCoreApplication.translate(
                    "Application", "The message renderer could not be loaded."
                ),
            ),
        )
        settled = self.vm.start(freeze_when_done(loads))
        self._after_paint_data(paths.database_path, settings.backups.keep_days)
        await self._first_run_onboarding()
        if self.quick_ask_requested and self.onboarding is None:
            self.toggle_quick_ask()
        if self.screenshot is not None:  # the window as it is once what loads after the paint has loaded
            settled.add_done_callback(lambda _: QTimer.singleShot(300, self._save_screenshot))

    async def _restore_if_asked(self, path: Path) -> str:
        """The restore chosen in Settings → Data last time, before the database opens ("" or a sentence)."""
        from belugadesk.domain.errors import StoreError
        from belugadesk.store.backup import apply_pending_restore

        try:
            result = await asyncio.to_thread(apply_pending_restore, path)
        except StoreError as exc:
            log.warning("The backup chosen for restoring was not restored: %s", exc)
            return QCoreApplication.translate(
                "Application", "The backup chosen in Settings → Data was not restored. {reason}"
            ).format(reason=str(exc))
        if result is not None:
            log.info("Restored a backup; the previous database is kept at %s", result.set_aside)
        return ""

    def _after_paint_data(self, db_path: Path, keep_days: int) -> None:
        """The daily backup (when the newest is a day old) and sync start once the window is shown (sync's
        pycrdt import and file watcher cost ~80 ms that the first paint does not wait for)."""
        from belugadesk.store.backup import daily_backup
        from belugadesk.viewmodels.sync_session import SyncSession

        assert self.vm is not None and self.store is not None and self.settings_state is not None
        self.vm.start(
            asyncio.to_thread(daily_backup, db_path, keep_days),
            failure=QCoreApplication.translate("Application", "The daily backup was not made."),
        )
        self.sync = SyncSession(self.store, self.settings_state, self.vm)
        self.sync.storeChanged.connect(
            lambda changed: self.vm.start(self.vm.store_changed(changed)) if self.vm else None
        )
        self.sync.begin()

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
        from belugadesk.views.settings.theme import AppLook

        if self.api_keys is None:
            self.api_keys = ApiKeys()
        self.keys = AsyncKeys(self.api_keys)
        self.settings_state = SettingsState(settings_file, settings)
        self.look = AppLook()
        appearance = settings.appearance
        self.look.apply(appearance.color_scheme, appearance.font_size, appearance.accent)
        self.settings_state.appearanceChanged.connect(self.look.apply)

    def _wire_settings_into_window(self) -> None:
        assert self.window is not None and self.settings_state is not None
        self.window.set_enter_sends(self.settings_state.enter_sends)
        self.settings_state.enterSendsChanged.connect(self.window.set_enter_sends)
        if self.vm is not None:
            self.settings_state.pricesChanged.connect(self.vm.chat.set_prices)
        self.window.settingsRequested.connect(self.open_settings)
        self.window.quickAskRequested.connect(self.toggle_quick_ask)

    async def _first_run_onboarding(self) -> None:
        """No usable profile and not ``--demo``: offer to connect a provider or use the demo."""
        from belugadesk.viewmodels.settings.onboarding_vm import OnboardingViewModel, needs_onboarding
        from belugadesk.views.settings.onboarding_dialog import OnboardingDialog

        assert self.settings_state is not None and self.keys is not None
        assert self.connections is not None and self.switch_profile is not None
        if self.demo_requested or not await needs_onboarding(self.settings_state.settings, self.keys):
            return
        vm = OnboardingViewModel(
            self.settings_state, self.keys, self.connections.test, self.switch_profile, parent=self.window
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
        assert self.connections is not None and self.switch_profile is not None
        assert self.mcp_tools is not None
        if isinstance(self.settings_dialog, SettingsDialog):
            if self.settings_dialog.isVisible():
                self.settings_dialog.raise_()
                self.settings_dialog.activateWindow()
                return
            self.settings_dialog.deleteLater()  # a closed one is rebuilt with fresh state
        vm = SettingsViewModel(
            self.settings_state,
            self.keys,
            self.connections.test,
            self.switch_profile,
            self.mcp_tools,
            db_path=self.store.path if self.store is not None else None,
            sync=self.sync,
        )
        dialog = SettingsDialog(vm, self.window)
        vm.setParent(dialog)
        self.settings_dialog = dialog
        dialog.show()
        vm.request_refresh()

    def toggle_quick_ask(self) -> QuickAskWindow | None:
        """``--quick-ask`` (here or from a later launch): show the quick-ask window, or hide it when it is
        the window in use. None before the main view-model exists (start-up failed)."""
        if self.vm is None or self.settings_state is None:
            return None
        if self.quick_window is None:
            from belugadesk.viewmodels.quick_ask import QuickAskViewModel
            from belugadesk.views.quick_ask import QuickAskWindow

            vm = QuickAskViewModel(self.vm)
            if self.paths is not None:
                vm.chat.set_cache_dir(self.paths.cache_dir / "images")
            self.settings_state.pricesChanged.connect(vm.chat.set_prices)
            window = QuickAskWindow(vm)
            window.set_enter_sends(self.settings_state.enter_sends)
            self.settings_state.enterSendsChanged.connect(window.set_enter_sends)
            self.quick_window = window
        self.quick_window.toggle()
        log.info("quick-ask window %s", "shown" if self.quick_window.isVisible() else "hidden")
        return self.quick_window

    def _save_screenshot(self) -> None:
        assert self.window is not None and self.screenshot is not None
        self.screenshot.parent.mkdir(parents=True, exist_ok=True)
        ok = self.window.grab().save(str(self.screenshot), "PNG")
        if not ok:
            print(f"belugadesk: could not save the screenshot to {self.screenshot}", file=sys.stderr)
            self.exit_code = 1
        self.finished.set()

    async def shutdown(self) -> None:
        if self.quick_window is not None:
            self.quick_window.hide()
            self.quick_window.deleteLater()
            self.quick_window = None
        if self.window is not None:  # the view-models of the Settings and onboarding dialogs
            for dialog_vm in self.window.findChildren(ViewModel):
                await dialog_vm.aclose()
        if self.sync is not None:  # its timer stops before the store closes
            await self.sync.aclose()
        if self.vm is not None:
            await self.vm.aclose()
        if self.store is not None:
            await self.store.close()
        if self.demo_server is not None:
            await self.demo_server.aclose()
        if self.mcp_tools is not None:
            await self.mcp_tools.aclose()
        if self.keys is not None:
            self.keys.close()
        if self.look is not None:
            self.look.close()
