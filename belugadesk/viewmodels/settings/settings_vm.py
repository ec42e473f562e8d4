"""The Settings dialog's view-model: one page view-model per concern."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from belugadesk.viewmodels.mcp_servers import McpServerAccess
from belugadesk.viewmodels.settings.data_vm import DataViewModel
from belugadesk.viewmodels.settings.mcp_servers_vm import McpServersViewModel
from belugadesk.viewmodels.settings.prefs_vm import PreferencesViewModel
from belugadesk.viewmodels.settings.prices_vm import PricesViewModel
from belugadesk.viewmodels.settings.profile_services import AsyncKeys, ConnectionTest, ProfileSwitch
from belugadesk.viewmodels.settings.profiles_vm import ProfilesViewModel
from belugadesk.viewmodels.settings.state import SettingsState
from belugadesk.viewmodels.sync_session import SyncSession
from belugadesk.viewmodels.view_model import ViewModel


class SettingsViewModel(ViewModel):
    def __init__(
        self,
        state: SettingsState,
        keys: AsyncKeys,
        tester: ConnectionTest,
        switch: ProfileSwitch,
        mcp: McpServerAccess,
        parent: QObject | None = None,
        *,
        db_path: Path | None = None,
        sync: SyncSession | None = None,
    ):
        super().__init__(parent)
        self.state = state
        self.keys = keys
        self.profiles = ProfilesViewModel(state, keys, tester, switch, self)
        self.preferences = PreferencesViewModel(state, self)
        self.prices = PricesViewModel(state, self)
        self.tools = McpServersViewModel(state, mcp, self)
        #: Settings → Data (backups of the database at ``db_path``) and Sync, when the app has them
        self.data = DataViewModel(state, db_path, self) if db_path is not None else None
        self.sync = sync

    @property
    def keyring_text(self) -> str:
        return self.keys.api_keys.describe().message

    def request_refresh(self) -> None:
        self.profiles.request_refresh()

    async def wait_all(self) -> None:
        for vm in (self, self.profiles, self.preferences, self.prices, self.tools, self.data, self.sync):
            if vm is not None:
                await vm.wait_idle()
