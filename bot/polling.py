"""A background loop that does one pass now, then one every few seconds or when woken."""
from __future__ import annotations

import asyncio
import logging

log = logging.getLogger(__name__)


class PollingLoop:
    """Runs `step()` until stopped; a failing pass is logged and the loop goes on.

    Subclasses set `poll_interval`, `task_name` and `failure_message` and implement `step()`.
    """

    poll_interval: float = 1.0
    task_name = "poller"
    failure_message = "a background pass failed; trying again shortly"

    def __init__(self) -> None:
        self._wake = asyncio.Event()
        self._stopping = False
        self._loop_task: asyncio.Task[None] | None = None

    async def step(self) -> object:
        raise NotImplementedError

    def start(self) -> None:
        """Start the loop in the background."""
        self._loop_task = asyncio.create_task(self.run(), name=self.task_name)

    def wake(self) -> None:
        """Do the next pass now instead of at the next poll."""
        self._wake.set()

    async def run(self) -> None:
        """Pass after pass until `stop()`."""
        while not self._stopping:
            try:
                await self.step()
            except Exception:  # noqa: BLE001 - one failing pass (say, a busy disk) must not end the loop
                log.exception(self.failure_message)
            try:
                await asyncio.wait_for(self._wake.wait(), self.poll_interval)
            except TimeoutError:
                pass
            self._wake.clear()

    async def stop(self) -> None:
        """Finish the pass under way and stop."""
        self._stopping = True
        self._wake.set()
        if self._loop_task is not None:
            await asyncio.gather(self._loop_task, return_exceptions=True)
