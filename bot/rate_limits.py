"""Flood limits for bulk sending: so many messages a second overall, one a second per chat, and so
many a minute per group. `wait(chat, is_group)` returns when a message to that chat may go.

Telegram's limits are the defaults (about 30/s overall, 1/s per chat, 20/min per group). Time is
measured with a monotonic clock: this paces real sending, it does not decide what is due.
"""
from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Awaitable, Callable

from pydantic import BaseModel


class Limits(BaseModel):
    """How fast a platform lets a bot send."""

    per_second: float = 30.0
    per_chat_interval: float = 1.0
    per_group_minute: int = 20


TELEGRAM = Limits()


class FloodLimits:
    """Paces sends to stay within `Limits`; one instance per bot, shared by all its senders."""

    def __init__(self, limits: Limits = TELEGRAM, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], Awaitable[None]] = asyncio.sleep) -> None:
        self.limits = limits
        self._clock = clock
        self._sleep = sleep
        self._next_overall = 0.0
        self._chat_last: dict[str, float] = {}
        self._group_sent: dict[str, deque[float]] = {}

    def _chat_ready(self, chat_id: str, is_group: bool) -> float:
        """The earliest time the chat's own limits allow its next message."""
        ready = self._chat_last.get(chat_id, float("-inf")) + self.limits.per_chat_interval
        if is_group:
            sent = self._group_sent.get(chat_id)
            if sent is not None and len(sent) >= self.limits.per_group_minute:
                ready = max(ready, sent[0] + 60.0)
        return ready

    async def chat_turn(self, chat_id: str, is_group: bool = False) -> None:
        """Sleep until the chat's own limits (per chat, per group) allow its next message."""
        ready = self._chat_ready(chat_id, is_group)
        now = self._clock()
        if ready > now:
            await self._sleep(ready - now)

    async def slot(self) -> None:
        """Sleep until the overall budget allows one more message, and take it."""
        now = self._clock()
        slot = max(now, self._next_overall)
        self._next_overall = slot + 1.0 / self.limits.per_second
        if slot > now:
            await self._sleep(slot - now)

    def sent(self, chat_id: str, is_group: bool = False) -> None:
        """Count a message to the chat as sent now."""
        sent_at = self._clock()
        self._chat_last[chat_id] = sent_at
        if is_group:
            sent = self._group_sent.setdefault(chat_id, deque(maxlen=self.limits.per_group_minute))
            sent.append(sent_at)
        if len(self._chat_last) > 10_000:
            self._forget(sent_at)

    async def wait(self, chat_id: str, is_group: bool = False) -> None:
        """Sleep until a message to `chat_id` may be sent, and count it as sent. The chat's own turn
        comes first, so a chat waiting for its turn does not hold up the overall budget."""
        await self.chat_turn(chat_id, is_group)
        await self.slot()
        self.sent(chat_id, is_group)

    def _forget(self, now: float) -> None:
        """Drop chats whose limits no longer constrain anything (keeps memory bounded)."""
        self._chat_last = {c: t for c, t in self._chat_last.items() if now - t < self.limits.per_chat_interval}
        self._group_sent = {c: d for c, d in self._group_sent.items() if d and now - d[-1] < 60.0}
