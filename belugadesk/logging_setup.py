"""Application logging: a rotating log file, optional console output, and secret redaction.

Every record is passed through :func:`belugadesk.domain.redaction.redact` (registered secrets by value,
key-shaped strings by pattern) as it is created and again at each handler installed here — the message,
its arguments, the exception traceback text and the stack text. Python warnings are routed into logging too.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from belugadesk.domain.errors import BelugaError
from belugadesk.domain.redaction import redact

LOG_FILE_NAME = "belugadesk.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)-8s %(name)s: %(message)s"


class LoggingSetupError(BelugaError):
    """The log file cannot be created; the message names the directory."""


_exception_formatter = logging.Formatter()


def redact_record(record: logging.LogRecord) -> logging.LogRecord:
    """Rewrite ``record`` in place (message merged with its args, traceback and stack text redacted)."""
    try:
        message = record.getMessage()
    except Exception as exc:  # a broken %-format must not hide the record (or leak its args)
        message = f"{record.msg!r} (log arguments could not be formatted: {type(exc).__name__})"
    record.msg = redact(message)
    record.args = None
    if record.exc_info and not record.exc_text:
        record.exc_text = _exception_formatter.formatException(record.exc_info)
    if record.exc_text:
        record.exc_text = redact(record.exc_text)
    if record.stack_info:
        record.stack_info = redact(record.stack_info)
    return record


class RedactingFilter(logging.Filter):
    """Redacts each record passing a handler (see :func:`redact_record`). Never drops a record."""

    def filter(self, record: logging.LogRecord) -> bool:
        redact_record(record)
        return True


class _RedactingRecordFactory:
    """Wraps the process's log record factory so records are redacted as they are created, before
    any handler (ours, a library's, or a test harness's) can see them."""

    def __init__(self, inner: Callable[..., logging.LogRecord]) -> None:
        self.inner = inner

    def __call__(self, *args: Any, **kwargs: Any) -> logging.LogRecord:
        return redact_record(self.inner(*args, **kwargs))


def install_record_redaction() -> None:
    """Redact every log record at creation, process-wide. Idempotent; :func:`configure_logging` calls it."""
    current = logging.getLogRecordFactory()
    if not isinstance(current, _RedactingRecordFactory):
        logging.setLogRecordFactory(_RedactingRecordFactory(current))


def configure_logging(log_dir: Path, *, level: int = logging.INFO, console: bool = False) -> Path:
    """Send all logging (and Python warnings) to ``log_dir/belugadesk.log``; return that path.

    The file rotates at about 1 MB and keeps 5 old files. With ``console=True`` records also go to
    stderr. Calling this again replaces the handlers installed by the previous call.
    """
    log_file = Path(log_dir) / LOG_FILE_NAME
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        file_handler: logging.Handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
    except OSError as exc:
        raise LoggingSetupError(
            f"Cannot write the log file in {log_file.parent}: {exc.strerror or exc}. "
            "Check that the directory exists and is writable."
        ) from exc

    handlers: list[logging.Handler] = [file_handler]
    if console:
        handlers.append(logging.StreamHandler(sys.stderr))

    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "belugadesk_handler", False)]:
        root.removeHandler(old)
        old.close()

    formatter = logging.Formatter(FORMAT)
    redactor = RedactingFilter()
    for handler in handlers:
        handler.setFormatter(formatter)
        handler.addFilter(redactor)
        handler.belugadesk_handler = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    root.setLevel(level)
    install_record_redaction()
    logging.captureWarnings(True)
    return log_file
