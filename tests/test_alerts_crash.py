"""Killing `claimdesk run` (SIGKILL) in the middle of a fan-out loses no alert: after a restart every
chat has its alert, and only messages in flight at the kill may have arrived twice."""
from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections import Counter
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from fake_bot_api import Call, FakeBotApi
from telegram_articles import pokrovsk
from telegram_harness import TOKEN

from bot.sender import MAX_IN_FLIGHT
from store import Store, parse_query

CHATS = list(range(40001, 40201))  # 200 private chats, one alert each
KILL_AFTER = 70
PLATFORM_VARIABLES = ("TELEGRAM_BOT_TOKEN", "CLAIMDESK_TELEGRAM_BASE_URL", "MATRIX_HOMESERVER",
                      "MATRIX_USER", "MATRIX_PASSWORD", "MATRIX_ACCESS_TOKEN", "CLAIMDESK_DB")


@pytest.fixture
async def servers() -> AsyncIterator[tuple[FakeBotApi, FakeBotApi]]:
    """Two fake Bot API servers: one for the process that is killed, one for its successor, so
    each message is known to come from one or the other."""
    first, second = await FakeBotApi(TOKEN).start(), await FakeBotApi(TOKEN).start()
    yield first, second
    await first.stop()
    await second.stop()


async def start_claimdesk(api: FakeBotApi, db: Path, log: Path) -> asyncio.subprocess.Process:
    """`claimdesk run` in its own process against the fake server."""
    env = {k: v for k, v in os.environ.items() if k not in PLATFORM_VARIABLES}
    env.update(TELEGRAM_BOT_TOKEN=TOKEN, CLAIMDESK_DB=str(db), CLAIMDESK_TELEGRAM_BASE_URL=f"http://127.0.0.1:{api.port}")
    with open(log, "wb") as log_file:
        return await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot.cli", "run", cwd=db.parent, env=env, stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.DEVNULL, stderr=log_file)


def accepted(api: FakeBotApi) -> list[Call]:
    """Every message the server accepted so far."""
    return [c for c in api.calls_of("sendMessage") if "_result" in c.params]


async def received(api: FakeBotApi, count: int, timeout: float = 30) -> list[int]:
    """Chat ids of the next `count` messages the server accepts."""
    chats = []
    while len(chats) < count:
        call = await api.next_call("sendMessage", timeout=timeout)
        if "_result" in call.params:
            chats.append(call.params["chat_id"])
    return chats


async def test_a_fan_out_killed_midway_delivers_every_alert_after_a_restart(
        servers: tuple[FakeBotApi, FakeBotApi], tmp_path: Path) -> None:
    db = tmp_path / "claimdesk.db"
    store = await Store.open(db)
    query = parse_query("russia killed")
    for chat in CHATS:
        await store.subscriptions.add("telegram", str(chat), "russia killed", query, "killed · Russia · any time")
    await store.ingest(*pokrovsk())  # 200 alerts queued in the article's transaction
    await store.close()
    before, after = servers

    first = await start_claimdesk(before, db, tmp_path / "first.log")
    try:
        await received(before, KILL_AFTER)
        first.send_signal(signal.SIGKILL)
        await first.wait()
    finally:
        if first.returncode is None:
            first.kill()

    second = await start_claimdesk(after, db, tmp_path / "second.log")
    try:
        while {c.params["chat_id"] for c in accepted(before) + accepted(after)} != set(CHATS):
            await received(after, 1)
        second.send_signal(signal.SIGTERM)
        await asyncio.wait_for(second.wait(), timeout=10)
    finally:
        if second.returncode is None:
            second.kill()
            await second.wait()

    from_first = [c.params["chat_id"] for c in accepted(before)]
    counts = Counter(from_first + [c.params["chat_id"] for c in accepted(after)])
    twice = [chat for chat, n in counts.items() if n > 1]
    assert set(counts) == set(CHATS)
    assert max(counts.values()) <= 2
    assert set(twice) <= set(from_first)           # only messages the killed process sent repeat
    assert len(twice) <= MAX_IN_FLIGHT             # ... and at most those in flight at the kill
    assert len(from_first) < len(CHATS)            # the kill really came in the middle
