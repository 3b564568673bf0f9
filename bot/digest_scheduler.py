"""The digest scheduler: turns due digest schedules into outbox messages.

Schedules live in the database, so nothing needs registering at start-up beyond starting this
loop: its first pass runs at once and sends each digest that fell due while the bot was down —
once, however many periods were missed, because the next due time is computed from now.
Due-ness is judged by the injectable clock; the loop itself only wakes up every few seconds.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from handlers.digests import MAX_FIGURES, digest_reply
from handlers.schedules import Schedule, next_run
from store.alert_records import DigestSchedule
from store.clock import Clock

if TYPE_CHECKING:
    from store.store import Store

log = logging.getLogger(__name__)



class DigestScheduler:
    """Queues the digests of one platform when they fall due."""

    def __init__(self, store: Store, platform: str, *, clock: Clock, on_queued: Callable[[], None] = lambda: None,
                 poll_interval: float = 5.0) -> None:
        self.store = store
        self.platform = platform
        self.clock = clock
        self.on_queued = on_queued
        self.poll_interval = poll_interval
        self._wake = asyncio.Event()
        self._stopping = False
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        """Run in the background: a pass now, then one every `poll_interval` seconds."""
        self._task = asyncio.create_task(self.run(), name=f"{self.platform}-digests")

    def wake(self) -> None:
        """Check the schedules now (e.g. after the clock was moved in a test)."""
        self._wake.set()

    async def run(self) -> None:
        while not self._stopping:
            try:
                await self.run_due()
            except Exception:  # noqa: BLE001 - one failing pass must not end the digests
                log.exception("checking digest schedules failed; trying again shortly")
            try:
                await asyncio.wait_for(self._wake.wait(), self.poll_interval)
            except TimeoutError:
                pass
            self._wake.clear()

    async def stop(self) -> None:
        self._stopping = True
        self._wake.set()
        if self._task is not None:
            await asyncio.gather(self._task, return_exceptions=True)

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
