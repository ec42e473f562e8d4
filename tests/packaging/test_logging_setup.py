"""Logging goes to a rotating file, and secrets never reach it."""

from __future__ import annotations

import logging
import logging.handlers
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from belugadesk.domain.redaction import REDACTED, redact, register_secret, unregister_secret
from belugadesk.logging_setup import (
    BACKUP_COUNT,
    LOG_FILE_NAME,
    MAX_BYTES,
    LoggingSetupError,
    configure_logging,
)
from tests.support import logging_restored

REGISTERED = "my-keyring-secret-0123"


@pytest.fixture
def restore_logging() -> Iterator[None]:
    register_secret(REGISTERED)
    with logging_restored():
        yield
    unregister_secret(REGISTERED)


def _flush() -> None:
    for handler in logging.getLogger().handlers:
        handler.flush()


def test_log_file_is_written_with_time_level_and_logger(tmp_path: Path, restore_logging: None) -> None:
    path = configure_logging(tmp_path / "logs")
    assert path == tmp_path / "logs" / LOG_FILE_NAME
    logging.getLogger("belugadesk.test").info("hello %s", "world")
    _flush()
    line = path.read_text(encoding="utf-8").strip().splitlines()[-1]
    assert line.endswith("INFO     belugadesk.test: hello world")
    assert line[:4].isdigit()  # starts with the date


def test_rotating_handler_limits(tmp_path: Path, restore_logging: None) -> None:
    configure_logging(tmp_path)
    ours = [h for h in logging.getLogger().handlers if getattr(h, "belugadesk_handler", False)]
    assert len(ours) == 1
    handler = ours[0]
    assert isinstance(handler, logging.handlers.RotatingFileHandler)
    assert handler.maxBytes == MAX_BYTES == 1_000_000
    assert handler.backupCount == BACKUP_COUNT == 5


def test_file_rotates_and_keeps_five_backups(tmp_path: Path, restore_logging: None) -> None:
    configure_logging(tmp_path)
    log = logging.getLogger("belugadesk.bulk")
    chunk = "x" * 10_000
    for _ in range(700):  # ~7 MB: more than 1 MB x (1 + 5)
        log.info(chunk)
    _flush()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [LOG_FILE_NAME] + [f"{LOG_FILE_NAME}.{i}" for i in range(1, 6)]
    assert all(p.stat().st_size <= MAX_BYTES + 20_000 for p in tmp_path.iterdir())


def test_secrets_are_redacted_from_message_args_and_tracebacks(tmp_path: Path, restore_logging: None) -> None:
    path = configure_logging(tmp_path)
    log = logging.getLogger("belugadesk.secrets")
    openai_key = "sk-" + "proj-AbCdEf0123456789xyz"
    log.info("using key %s", openai_key)
    log.warning("headers: %r", {"Authorization": "Bearer eyJhbGciOi.secret-token"})
    log.error("keyring returned %s for profile %s", REGISTERED, "work")
    log.info("config api_key=plainsecret42; other=fine")
    try:
        raise RuntimeError(f"request failed with key {openai_key} and {REGISTERED}")
    except RuntimeError:
        log.exception("call failed")
    log.info("stack check %s", REGISTERED, stack_info=True)
    _flush()

    text = path.read_text(encoding="utf-8")
    for secret in (openai_key, "eyJhbGciOi", "secret-token", REGISTERED, "plainsecret42"):
        assert secret not in text
    assert "using key [REDACTED]" in text
    assert "Bearer [REDACTED]" in text
    assert f"keyring returned {REDACTED} for profile work" in text
    assert "other=fine" in text
    assert "Traceback (most recent call last)" in text
    assert f"RuntimeError: request failed with key {REDACTED} and {REDACTED}" in text


def test_redaction_also_applies_to_the_console(tmp_path: Path, restore_logging: None, capsys) -> None:
    configure_logging(tmp_path, console=True, level=logging.DEBUG)
    logging.getLogger("belugadesk.console").debug("key is " + "sk-" + "live-0123456789abcdef")
    _flush()
    err = capsys.readouterr().err
    assert "key is [REDACTED]" in err
    assert "0123456789abcdef" not in err


def test_configuring_twice_does_not_duplicate_lines(tmp_path: Path, restore_logging: None) -> None:
    configure_logging(tmp_path)
    path = configure_logging(tmp_path)
    logging.getLogger("belugadesk.once").warning("only once")
    _flush()
    assert path.read_text(encoding="utf-8").count("only once") == 1


def test_python_warnings_are_logged(tmp_path: Path, restore_logging: None) -> None:
    path = configure_logging(tmp_path)
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.warn("deprecated thing with sk-warn-0123456789", DeprecationWarning, stacklevel=1)
    _flush()
    text = path.read_text(encoding="utf-8")
    assert "py.warnings" in text
    assert "DeprecationWarning: deprecated thing with [REDACTED]" in text


def test_badly_formatted_record_is_kept_without_leaking_args(tmp_path: Path, restore_logging: None) -> None:
    path = configure_logging(tmp_path)
    logging.getLogger("belugadesk.bad").error("two %s %s", REGISTERED)
    _flush()
    text = path.read_text(encoding="utf-8")
    assert "log arguments could not be formatted" in text
    assert REGISTERED not in text


def test_records_are_redacted_before_any_handler_sees_them(
    tmp_path: Path, restore_logging: None, caplog: pytest.LogCaptureFixture
) -> None:
    configure_logging(tmp_path)
    with caplog.at_level(logging.INFO):
        logging.getLogger("belugadesk.other").info("token %s", "sk-" + "abcdef0123456789")
    assert caplog.records[-1].getMessage() == f"token {REDACTED}"
    assert caplog.records[-1].args is None


def test_unwritable_log_dir_is_a_clear_error(tmp_path: Path, restore_logging: None) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory", encoding="utf-8")
    with pytest.raises(LoggingSetupError, match="Cannot write the log file in"):
        configure_logging(blocker / "logs")


def test_redact_prefers_the_longest_registered_secret(restore_logging: None) -> None:
    register_secret("abcdefgh")
    register_secret("abcdefgh-long")
    try:
        assert redact("x abcdefgh-long y abcdefgh z") == f"x {REDACTED} y {REDACTED} z"
    finally:
        unregister_secret("abcdefgh")
        unregister_secret("abcdefgh-long")
    assert redact("plain text stays") == "plain text stays"
