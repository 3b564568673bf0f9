"""What every handler may use: the store, the clock, and who the bot is."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


def utc_now() -> dt.datetime:
    """The real clock; tests inject their own."""
    return dt.datetime.now(dt.timezone.utc)


@dataclass
class Context:
    """Shared by all handlers of one running bot (or one console, or one `ask`)."""

    store: Any  # store.Store, opened by the caller
    clock: Callable[[], dt.datetime] = field(default=utc_now)
    bot_name: str = "claimdesk"
