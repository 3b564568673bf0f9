"""What every handler may use: the store, the clock, and who the bot is."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from store.clock import Clock, utc_now

if TYPE_CHECKING:
    from store.store import Store


@dataclass
class Context:
    """Shared by all handlers of one running bot (or one console, or one `ask`)."""

    store: Store  # opened by the caller
    clock: Clock = field(default=utc_now)
    bot_name: str = "claimdesk"
