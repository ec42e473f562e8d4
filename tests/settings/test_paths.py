"""AppPaths: platformdirs by default, one folder under BELUGADESK_HOME."""

from __future__ import annotations

from pathlib import Path

from platformdirs import PlatformDirs

from belugadesk.settings import HOME_ENV_VAR, AppPaths


def test_belugadesk_home_puts_everything_under_it(tmp_path: Path) -> None:
    paths = AppPaths.default({HOME_ENV_VAR: str(tmp_path / "home")})
    root = tmp_path / "home"
    assert paths.config_dir == root / "config"
    assert paths.data_dir == root / "data"
    assert paths.cache_dir == root / "cache"
    assert paths.log_dir == root / "logs"
    assert paths.database_path == root / "data" / "belugadesk.sqlite3"
    assert paths.settings_path.parent == root / "config"
    assert not root.exists()  # nothing is created until ensure()
    assert paths.ensure() is paths
    assert all(folder.is_dir() for folder in paths.all_dirs())
    paths.ensure()  # idempotent


def test_without_the_variable_platformdirs_decides(monkeypatch) -> None:
    monkeypatch.delenv(HOME_ENV_VAR, raising=False)
    dirs = PlatformDirs("BelugaDesk", appauthor=False)
    for paths in (AppPaths.default({}), AppPaths.default({HOME_ENV_VAR: "  "}), AppPaths.default()):
        assert paths.config_dir == Path(dirs.user_config_dir)
        assert paths.data_dir == Path(dirs.user_data_dir)
        assert paths.cache_dir == Path(dirs.user_cache_dir)
        assert paths.log_dir == Path(dirs.user_log_dir)
        assert "BelugaDesk" in str(paths.data_dir)


def test_environment_variable_is_read_from_os_environ(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv(HOME_ENV_VAR, str(tmp_path))
    assert AppPaths.default().data_dir == tmp_path / "data"
