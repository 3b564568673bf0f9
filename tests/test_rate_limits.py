"""Pacing bulk sends within Telegram's flood limits, measured on a controlled monotonic clock."""
from __future__ import annotations

from bot.rate_limits import FloodLimits, Limits


class Time:
    """A monotonic clock that only moves when someone sleeps."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += seconds


async def send_times(limits: Limits, chats: list[tuple[str, bool]]) -> list[float]:
    time = Time()
    flood = FloodLimits(limits, clock=time, sleep=time.sleep)
    times = []
    for chat, is_group in chats:
        await flood.wait(chat, is_group)
        times.append(time.now - 1000.0)
    return times


async def test_messages_to_different_chats_go_at_the_overall_rate():
    times = await send_times(Limits(per_second=30), [(str(c), False) for c in range(31)])
    assert round(times[30], 6) == 1.0


async def test_messages_to_one_chat_go_once_a_second():
    times = await send_times(Limits(), [("501", False)] * 3)
    assert [round(t, 6) for t in times] == [0.0, 1.0, 2.0]


async def test_a_group_gets_at_most_twenty_messages_a_minute():
    times = await send_times(Limits(), [("-100777", True)] * 21)
    assert round(times[19], 6) == 19.0 and round(times[20], 6) == 60.0
