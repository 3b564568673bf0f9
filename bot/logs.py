"""Logging for the service: secrets never written, library network failures kept to one line.

Both filters sit on the handler (not on a logger), so they also see records that propagate up
from library loggers such as `httpx`, `telegram` and `apscheduler`.
"""
from __future__ import annotations

import logging
import sys
from collections.abc import Iterable
from typing import TextIO

MASK = "[REDACTED]"

# Loggers that print request URLs (and with them the token) at INFO or DEBUG.
_NOISY = ("httpx", "httpcore")


class RedactSecrets(logging.Filter):
    """Replace every secret in a record's message, exception and stack text with a mask."""

    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__()
        self.secrets = sorted({s for s in secrets if s}, key=len, reverse=True)

    def _scrub(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, MASK)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.secrets:
            return True
        record.msg = self._scrub(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self._scrub(record.exc_text)
        if record.stack_info:
            record.stack_info = self._scrub(record.stack_info)
        return True


class ShortNetworkErrors(logging.Filter):
    """python-telegram-bot logs every failed network attempt with a long traceback; keep its last line."""

    def filter(self, record: logging.LogRecord) -> bool:
        if (record.name.startswith("telegram") and record.exc_info and record.exc_info[1] is not None
                and "Network Retry Loop" in record.getMessage()):
            error = record.exc_info[1]
            record.msg = f"{record.getMessage()} ({type(error).__name__}: {error})"
            record.args = None
            record.exc_info = None
            record.exc_text = None
        return True


def configure_logging(level: str, secrets: Iterable[str], stream: TextIO | None = None) -> logging.Handler:
    """Log to stderr at `level`, secrets masked, URL-logging HTTP clients kept at WARNING.

    At DEBUG the library's full tracebacks are kept, for whoever is digging.
    """
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    if level != "DEBUG":
        handler.addFilter(ShortNetworkErrors())
    handler.addFilter(RedactSecrets(secrets))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    for name in _NOISY:
        logging.getLogger(name).setLevel(logging.WARNING)
    return handler
