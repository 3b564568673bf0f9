"""Digests end to end with a controlled clock: set by chat command, sent when due through the outbox,
never sent empty, and sent once (not once per missed day) after the bot was down."""
from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from alert_articles import ODESA_DISPLACED, POKROVSK, TORETSK, Clock, write
from fake_bot_api import FakeBotApi
from telegram_harness import TOKEN, Harness, running_bot

from bot.digest_scheduler import DigestScheduler
from bot.ingest_cli import ingest_paths
from bot.telegram import ADAPTER
from handlers.context import Context
from store import Store

UTC = dt.timezone.utc
START = dt.datetime(2025, 9, 3, 6, 0, tzinfo=UTC)           # 09:00 in Kyiv
FIRST_DUE = dt.datetime(2025, 9, 4, 5, 0, tzinfo=UTC)       # 08:00 in Kyiv the next morning


@pytest.fixture
def clock() -> Clock:
    return Clock(START)


@pytest.fixture
async def store(tmp_path: Path, clock: Clock) -> AsyncIterator[Store]:
    opened = await Store.open(tmp_path / "claimdesk.db", clock=clock)
    yield opened
    await opened.close()


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    server = await FakeBotApi(TOKEN).start()
    yield server
    await server.stop()


@pytest.fixture
async def bot(store: Store, clock: Clock, api: FakeBotApi) -> AsyncIterator[Harness]:
    async with running_bot(Context(store=store, clock=clock), alerts=True, api=api) as harness:
        yield harness


def scheduler(harness: Harness) -> DigestScheduler:
    return harness.app.bot_data[ADAPTER].alerts.digests


async def load(store: Store, folder: Path, **articles: str) -> None:
    await ingest_paths(store, [str(write(folder, name, text)) for name, text in articles.items()])


async def test_setting_a_digest_says_when_the_next_one_is_due(bot: Harness) -> None:
    reply = await bot.ask("/digest daily 08:00 Europe/Kyiv")
    assert "every day at 08:00 (Europe/Kyiv)" in reply.params["text"]
    assert "Thu 4 Sep 08:00" in reply.params["text"]


async def test_a_due_digest_lists_the_new_figures_by_category_and_side(
        bot: Harness, store: Store, clock: Clock, tmp_path: Path) -> None:
    await bot.ask("/digest daily 08:00 Europe/Kyiv")
    await load(store, tmp_path / "articles", toretsk=TORETSK, odesa=ODESA_DISPLACED)
    clock.now = FIRST_DUE + dt.timedelta(seconds=30)
    scheduler(bot).wake()
    digest = (await bot.api.next_call("sendMessage", timeout=10)).params["text"]
    assert digest.startswith("<b>Digest</b>")
    assert digest.index("<b>Killed · Russia</b>") < digest.index("1,070") < digest.index("<b>Displaced · Ukraine</b>")
    assert "according to General Staff" in digest and "Steppe Courier" in digest and "Harbour Post" in digest


async def test_a_digest_lists_only_figures_indexed_since_the_previous_one(
        bot: Harness, store: Store, clock: Clock, tmp_path: Path) -> None:
    await bot.ask("/digest daily 08:00 Europe/Kyiv")
    await load(store, tmp_path / "articles", toretsk=TORETSK)
    clock.now = FIRST_DUE
    await scheduler(bot).run_due()
    await bot.api.next_call("sendMessage", timeout=10)
    await load(store, tmp_path / "articles", pokrovsk=POKROVSK)
    clock.now = FIRST_DUE + dt.timedelta(days=1)
    await scheduler(bot).run_due()
    second = (await bot.api.next_call("sendMessage", timeout=10)).params["text"]
    assert "1,240" in second and "1,070" not in second


async def test_a_digest_with_nothing_new_is_not_sent(bot: Harness, store: Store, clock: Clock) -> None:
    await bot.ask("/digest daily 08:00 Europe/Kyiv")
    clock.now = FIRST_DUE + dt.timedelta(minutes=1)
    queued = await scheduler(bot).run_due()
    schedule = await store.digests.get("telegram", "501")
    assert queued == []
    assert schedule.next_due == FIRST_DUE + dt.timedelta(days=1)
    assert await store.outbox.counts("telegram") == {}


async def test_a_digest_missed_while_the_bot_was_down_is_sent_once(
        store: Store, clock: Clock, api: FakeBotApi, tmp_path: Path) -> None:
    ctx = Context(store=store, clock=clock)
    async with running_bot(ctx, alerts=True, api=api) as before:
        await before.ask("/digest daily 08:00 Europe/Kyiv")
    await load(store, tmp_path / "articles", toretsk=TORETSK)
    clock.now = FIRST_DUE + dt.timedelta(days=3, hours=4)  # four mornings missed
    async with running_bot(ctx, alerts=True, api=api) as after:
        digest = await api.next_call("sendMessage", timeout=10)
        again = await scheduler(after).run_due()
        await after.app.bot_data[ADAPTER].alerts.sender.idle()
    digests = [c for c in api.calls_of("sendMessage") if c.params["text"].startswith("<b>Digest</b>")]
    assert "1,070" in digest.params["text"]
    assert again == [] and len(digests) == 1
    assert (await store.digests.get("telegram", "501")).next_due == FIRST_DUE + dt.timedelta(days=4)


async def test_a_digest_on_request_lists_what_is_new_since_the_last_one(
        bot: Harness, store: Store, tmp_path: Path) -> None:
    await bot.ask("/digest weekly mon 08:00")
    await load(store, tmp_path / "articles", odesa=ODESA_DISPLACED)
    now = await bot.ask("/digest now")
    again = await bot.ask("/digest now")
    assert "2,300" in now.params["text"]
    assert again.params["text"] == "Nothing new since the last digest."


async def test_a_digest_can_be_stopped(bot: Harness, store: Store) -> None:
    await bot.ask("/digest daily 08:00")
    reply = await bot.ask("/digest off")
    assert reply.params["text"] == "Digest stopped."
    assert await store.digests.get("telegram", "501") is None
