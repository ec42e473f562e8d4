"""Load and save :class:`AppSettings` as JSON in the config folder: atomically, and never losing a file."""

from __future__ import annotations

import json
import logging
import os
from datetime import UTC, datetime
from pathlib import Path

from pydantic import ValidationError

from belugadesk.domain.errors import BelugaError
from belugadesk.files import atomic_write

from .app_settings import AppSettings
from .paths import AppPaths
from .profiles import field_errors

log = logging.getLogger(__name__)


class SettingsSaveError(BelugaError):
    """The settings file could not be written; the previous file is untouched."""


class SettingsFile:
    """Reads and writes ``settings.json`` in ``paths.config_dir``.

    :meth:`load` never raises: a missing file gives the defaults; an unreadable or invalid one is
    renamed aside (``settings.json.broken-<timestamp>``) and the defaults are used, and
    :attr:`load_problem` says what happened so the UI can tell the user.
    """

    def __init__(self, paths: AppPaths) -> None:
        self.paths = paths
        self.load_problem: str | None = None

    @property
    def path(self) -> Path:
        return self.paths.settings_path

    def load(self) -> AppSettings:
        self.load_problem = None
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return AppSettings()
        except OSError as exc:
            # Cannot read it (permissions, I/O): leave it where it is, do not overwrite it blindly.
            self.load_problem = (
                f"The settings file {self.path} could not be read ({exc.strerror or exc}); "
                "default settings are in use."
            )
            log.warning("%s", self.load_problem)
            return AppSettings()
        try:
            return AppSettings.model_validate(json.loads(raw.decode("utf-8")))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            reason = f"it is not valid JSON ({exc})"
        except ValidationError as exc:
            details = "; ".join(f"{field}: {msg}" for field, msg in field_errors(exc).items())
            reason = f"it has invalid values ({details})"
        kept = self._set_aside()
        if kept is None:
            self.load_problem = (
                f"The settings file {self.path} could not be used because {reason}; it could not be "
                "renamed either, so it was left in place. Default settings are in use."
            )
        else:
            self.load_problem = (
                f"The settings file could not be used because {reason}. It was kept as {kept}; "
                "default settings are in use."
            )
        log.warning("%s", self.load_problem)
        return AppSettings()

    def save(self, settings: AppSettings) -> None:
        """Write ``settings`` atomically: the file holds the old settings or the new ones, never a part."""
        text = json.dumps(settings.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"
        try:
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            atomic_write(self.path, text)
        except OSError as exc:
            raise SettingsSaveError(
                f"The settings could not be saved to {self.path} ({exc.strerror or exc}). "
                "The previous settings file is unchanged."
            ) from exc

    def _set_aside(self) -> Path | None:
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        for n in range(1000):
            suffix = f".broken-{stamp}" + (f"-{n}" if n else "")
            target = self.path.with_name(self.path.name + suffix)
            if target.exists():
                continue
            try:
                os.replace(self.path, target)
            except OSError:
                log.exception("Could not rename the unusable settings file %s", self.path)
                return None
            return target
        return None
