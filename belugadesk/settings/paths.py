"""Where BelugaDesk keeps its files: platformdirs, or one folder when ``BELUGADESK_HOME`` is set."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from platformdirs import PlatformDirs

from belugadesk import APP_NAME

HOME_ENV_VAR = "BELUGADESK_HOME"
DATABASE_FILENAME = "belugadesk.sqlite3"


@dataclass(frozen=True)
class AppPaths:
    """The app's four folders. Nothing is created until :meth:`ensure` is called."""

    config_dir: Path
    data_dir: Path
    cache_dir: Path
    log_dir: Path

    @classmethod
    def default(cls, environ: Mapping[str, str] | None = None) -> AppPaths:
        """The platform's folders, or ``$BELUGADESK_HOME/{config,data,cache,logs}`` when that is set."""
        env = os.environ if environ is None else environ
        home = env.get(HOME_ENV_VAR, "").strip()
        if home:
            return cls.under(Path(home).expanduser())
        dirs = PlatformDirs(APP_NAME, appauthor=False)
        return cls(
            config_dir=Path(dirs.user_config_dir),
            data_dir=Path(dirs.user_data_dir),
            cache_dir=Path(dirs.user_cache_dir),
            log_dir=Path(dirs.user_log_dir),
        )

    @classmethod
    def under(cls, root: Path) -> AppPaths:
        """All four folders inside ``root`` (what ``BELUGADESK_HOME`` and ``--demo`` isolation use)."""
        root = root.absolute()
        return cls(
            config_dir=root / "config",
            data_dir=root / "data",
            cache_dir=root / "cache",
            log_dir=root / "logs",
        )

    @property
    def database_path(self) -> Path:
        return self.data_dir / DATABASE_FILENAME

    @property
    def settings_path(self) -> Path:
        return self.config_dir / "settings.json"

    def all_dirs(self) -> tuple[Path, ...]:
        return (self.config_dir, self.data_dir, self.cache_dir, self.log_dir)

    def ensure(self) -> AppPaths:
        """Create the folders (user-only permissions for new ones) and return ``self``."""
        for folder in self.all_dirs():
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        return self
