"""The digest scheduler: turns due digest schedules into outbox messages.

Schedules live in the database, so nothing needs registering at start-up beyond starting this
loop: its first pass runs at once and sends each digest that fell due while the bot was down —
once, however many periods were missed, because the next due time is computed from now.
Due-ness is judged by the injectable clock; the loop itself only wakes up every few seconds.
"""
from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from handlers.digests import MAX_FIGURES, digest_reply
from handlers.schedules import Schedule, next_run
from store.alert_records import DigestSchedule
from bot.polling import PollingLoop
from store.clock import Clock

if TYPE_CHECKING:
    from store.store import Store

log = logging.getLogger(__name__)



class DigestScheduler(PollingLoop):
    """Queues the digests of one platform when they fall due."""

    failure_message = "checking digest schedules failed; trying again shortly"

    def __init__(self, store: Store, platform: str, *, clock: Clock, on_queued: Callable[[], None] = lambda: None,
                 poll_interval: float = 5.0) -> None:
        super().__init__()
        self.task_name = f"{platform}-digests"
        self.store = store
        self.platform = platform
        self.clock = clock
        self.on_queued = on_queued
        self.poll_interval = poll_interval

    async def step(self) -> list[DigestSchedule]:
        return await self.run_due()

    async def run_due(self) -> list[DigestSchedule]:
        """Handle every schedule due now; returns those whose digest was queued (not the empty ones)."""
        now = self.clock()
        queued = []
        for schedule in await self.store.digests.due(self.platform, now):
            if await self._run_one(schedule, now):
                queued.append(schedule)
        if queued:
            self.on_queued()
        return queued

    async def _run_one(self, schedule: DigestSchedule, now: dt.datetime) -> bool:
        groups, newest, total = await self.store.digests.new_groups(
            schedule.covered_claim_id, limit=MAX_FIGURES)
        rule = Schedule(frequency=schedule.frequency, weekday=schedule.weekday, at_time=schedule.at_time,
                        timezone=schedule.timezone)
        payload = None
        if groups:
            reply = digest_reply(groups, total, schedule.last_sent_at, schedule.timezone)
            payload = reply.model_dump_json()
        moved = await self.store.digests.advance(schedule, next_run(rule, now), newest, payload, now)
        if moved and payload:
            log.info("digest queued for chat %s (%d figures)", schedule.chat_id, total)
        return bool(moved and payload)
