"""The sender: delivers the outbox through a chat platform within its flood limits, losing nothing.

It polls the outbox (every `poll_interval` seconds, or at once when woken), so rows queued by any
process — the bot itself or a `claimdesk ingest` run elsewhere — go out within seconds. Each chat
gets one message for all its pending alerts (up to what fits), one chat at a time per chat.

Delivery guarantee: a row is marked sent only after the platform accepted its message, and at
most `max_in_flight` messages are ever sent but not yet marked. Killing the process at any moment
therefore loses nothing: after a restart every pending row is delivered, and only the messages in
flight at the kill (at most `max_in_flight`) can arrive twice.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING

from bot.rate_limits import FloodLimits
from handlers.alerts import MAX_PER_MESSAGE, alert_reply
from handlers.reply import Reply
from store.alert_records import OutboxItem
from bot.polling import PollingLoop
from store.clock import Clock

if TYPE_CHECKING:
    from store.store import Store

log = logging.getLogger(__name__)

MAX_BACKOFF = 300.0      # seconds between attempts, at most
MAX_ATTEMPTS = 8         # for failures that are not network trouble
PAGE = 1000              # outbox rows read per query
MAX_IN_FLIGHT = 8        # messages sent but not yet marked, at most (the duplicate window after a crash)

Deliver = Callable[[str, Reply], Awaitable[bool]]


class DeliveryError(Exception):
    """A message did not go out. Passing trouble (network, flood limits) is retried with backoff;
    `permanent` failures (the platform refused the message itself) are given up after a few tries."""

    def __init__(self, message: str, *, permanent: bool = False, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.permanent = permanent
        self.retry_after = retry_after


def backoff(attempts: int, retry_after: float | None = None) -> float:
    """Seconds to wait before the next attempt: what the platform asked for, else doubling from 2 s."""
    if retry_after is not None:
        return max(retry_after, 0.0)
    return min(2.0 ** (attempts + 1), MAX_BACKOFF)


class Sender(PollingLoop):
    """Delivers one platform's outbox rows with `deliver(chat_id, reply) -> sent?` (False: the chat
    blocked the bot)."""

    failure_message = "reading the outbox failed; trying again shortly"

    def __init__(self, store: Store, platform: str, deliver: Deliver, *, clock: Clock,
                 is_group: Callable[[str], bool] = lambda chat_id: False, limits: FloodLimits | None = None,
                 poll_interval: float = 1.0, max_in_flight: int = MAX_IN_FLIGHT) -> None:
        super().__init__()
        self.task_name = f"{platform}-sender"
        self.store = store
        self.platform = platform
        self.deliver = deliver
        self.clock = clock
        self.is_group = is_group
        self.limits = limits or FloodLimits()
        self.poll_interval = poll_interval
        self.max_in_flight = max_in_flight
        self.messages_sent = 0
        self._slots = asyncio.Semaphore(max_in_flight)
        self._busy: set[str] = set()
        self._tasks: set[asyncio.Task[None]] = set()

    # ── running ─────────────────────────────────────────────────────────────────────────────────

    async def step(self) -> int:
        return await self.deliver_pending()

    async def stop(self, timeout: float = 5.0) -> None:
        """Stop polling, let messages being sent finish (up to `timeout` seconds), then cancel the rest."""
        await super().stop()
        if self._tasks:
            _, late = await asyncio.wait(set(self._tasks), timeout=timeout)
            for task in late:
                task.cancel()
            await asyncio.gather(*late, return_exceptions=True)

    async def idle(self) -> None:
        """Wait until no chat is being delivered to (for tests and benchmarks)."""
        while self._tasks:
            await asyncio.gather(*set(self._tasks), return_exceptions=True)

    # ── one pass ────────────────────────────────────────────────────────────────────────────────

    async def deliver_pending(self) -> int:
        """Start delivering to every chat that has pending rows and is not being delivered to already;
        returns how many chats were started."""
        by_chat: dict[str, list[OutboxItem]] = {}
        after = 0
        while True:
            rows = await self.store.outbox.pending(self.platform, self.clock(), PAGE, after)
            for row in rows:
                if row.chat_id not in self._busy:
                    by_chat.setdefault(row.chat_id, []).append(row)
            if len(rows) < PAGE or len(by_chat) >= PAGE:
                break
            after = rows[-1].id
        for chat_id, items in by_chat.items():
            self._busy.add(chat_id)
            task = asyncio.create_task(self._deliver_chat(chat_id, items), name=f"deliver-{chat_id}")
            self._tasks.add(task)
            task.add_done_callback(lambda t, chat_id=chat_id: self._finished(t, chat_id))
        return len(by_chat)

    def _finished(self, task: asyncio.Task[None], chat_id: str) -> None:
        self._tasks.discard(task)
        self._busy.discard(chat_id)
        if not task.cancelled() and task.exception() is not None:
            log.error("delivering to chat %s failed", chat_id, exc_info=task.exception())
        self._wake.set()  # rows that arrived for this chat meanwhile can go now

    # ── one chat ────────────────────────────────────────────────────────────────────────────────

    async def _next_message(self, items: list[OutboxItem]) -> tuple[Reply | None, list[OutboxItem]]:
        """The next message for a chat's pending rows and the rows it carries (None: rows to drop)."""
        first = items[0]
        if first.kind == "digest":
            try:
                return Reply.model_validate_json(first.payload or ""), [first]
            except ValueError:
                log.error("outbox row %s holds no readable digest; dropping it", first.id)
                return None, [first]
        alerts: list[OutboxItem] = []
        for item in items:
            if item.kind != "alert" or len(alerts) == MAX_PER_MESSAGE:
                break
            alerts.append(item)
        groups = await self.store.outbox.groups([a.group_id for a in alerts])
        gone = [a for a in alerts if a.group_id not in groups]
        if gone:  # a revised article took the figure away before it was announced
            return None, gone
        reply, shown = alert_reply([groups[a.group_id] for a in alerts], [a.description or "" for a in alerts])
        return reply, alerts[:max(shown, 1)]

    async def _deliver_chat(self, chat_id: str, items: list[OutboxItem]) -> None:
        """Send the chat's pending rows, oldest first, one message at a time."""
        is_group = self.is_group(chat_id)
        while items and not self._stopping:
            reply, carried = await self._next_message(items)
            carried_ids = {c.id for c in carried}
            items = [i for i in items if i.id not in carried_ids]
            if reply is None:
                await self.store.outbox.drop(sorted(carried_ids), self.clock())
                continue
            await self.limits.chat_turn(chat_id, is_group)
            async with self._slots:
                if self._stopping:
                    return
                await self.limits.slot()
                try:
                    delivered = await self.deliver(chat_id, reply)
                except DeliveryError as error:
                    await self._failed(chat_id, carried, error)
                    return
                except Exception as error:  # noqa: BLE001 - an unexpected failure is retried, then given up
                    log.exception("unexpected failure sending to chat %s", chat_id)
                    await self._failed(chat_id, carried, DeliveryError(str(error), permanent=True))
                    return
                self.limits.sent(chat_id, is_group)
                if not delivered:
                    log.warning("chat %s blocked the bot: its alerts are paused", chat_id)
                    await self.store.deactivate_chat(self.platform, chat_id)
                    return
                # Marked inside the slot: at most `max_in_flight` messages are sent but unmarked.
                await self.store.outbox.mark_sent(sorted(carried_ids), self.clock())
                self.messages_sent += 1

    async def _failed(self, chat_id: str, carried: Sequence[OutboxItem], error: DeliveryError) -> None:
        ids = [c.id for c in carried]
        attempts = max(c.attempts for c in carried) + 1
        if error.permanent and attempts >= MAX_ATTEMPTS:
            log.error("giving up on %d message row(s) for chat %s after %d attempts: %s",
                      len(ids), chat_id, attempts, error)
            await self.store.outbox.give_up(ids, self.clock())
            return
        wait = backoff(attempts - 1, error.retry_after)
        log.warning("sending to chat %s failed (%s); retrying in %.0f s", chat_id, error, wait)
        await self.store.outbox.retry_later(ids, self.clock() + dt.timedelta(seconds=wait))
