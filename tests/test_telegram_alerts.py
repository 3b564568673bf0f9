"""Alerts end to end: the real bot with its sender, a fake Bot API server, and articles ingested by
`claimdesk ingest` in another process, as an editor would load them."""
from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from alert_articles import ODESA_DISPLACED, POKROVSK, TORETSK, TORETSK_AGAIN, Clock, ingest_elsewhere, write
from fake_bot_api import Call, FakeBotApi
from telegram_articles import hostile, pokrovsk
from telegram_harness import GROUP, USER, Harness, running_bot

from bot.telegram import ADAPTER
from handlers.context import Context
from store import Store, parse_query

FAN_OUT = 12


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "claimdesk.db"


@pytest.fixture
async def store(db: Path) -> AsyncIterator[Store]:
    opened = await Store.open(db)
    yield opened
    await opened.close()


@pytest.fixture
async def bot(store: Store) -> AsyncIterator[Harness]:
    """The bot with alerts on, polling the fake server."""
    async with running_bot(Context(store=store), alerts=True) as harness:
        yield harness


async def next_delivered(api: FakeBotApi, timeout: float = 10) -> Call:
    """The next message the server accepted (refused calls carry no result)."""
    while True:
        call = await api.next_call("sendMessage", timeout=timeout)
        if "_result" in call.params:
            return call


async def subscribe_many(store: Store, chats: list[int], words: str = "russia killed") -> None:
    query = parse_query(words)
    for chat in chats:
        await store.subscriptions.add("telegram", str(chat), words, query, "killed · Russia · any time")


async def test_subscribing_says_how_the_words_were_understood(bot: Harness) -> None:
    reply = await bot.ask("/subscribe russia killed")
    assert "Alerts for: <b>killed · Russia · any time</b>" in reply.params["text"]


async def test_a_figure_ingested_by_another_process_is_alerted(bot: Harness, db: Path, tmp_path: Path) -> None:
    await bot.ask("/subscribe russia killed")
    await ingest_elsewhere(db, write(tmp_path / "articles", "toretsk", TORETSK))
    alert = await bot.api.next_call("sendMessage", timeout=10)
    assert alert.params["chat_id"] == USER
    assert "1,070" in alert.params["text"] and "Steppe Courier" in alert.params["text"]
    assert "killed · Russia · any time" in alert.params["text"]


async def test_a_figure_that_does_not_match_is_not_alerted(bot: Harness, db: Path, tmp_path: Path) -> None:
    await bot.ask("/subscribe russia killed")
    folder = tmp_path / "articles"
    await ingest_elsewhere(db, write(folder, "a-odesa", ODESA_DISPLACED), write(folder, "b-toretsk", TORETSK))
    alert = await bot.api.next_call("sendMessage", timeout=10)
    assert "1,070" in alert.params["text"] and "2,300" not in alert.params["text"]
    assert await bot.ctx.store.outbox.counts("telegram") in ({"sent": 1}, {"pending": 1})


async def test_another_outlet_reporting_the_same_figure_is_not_a_new_alert(
        bot: Harness, db: Path, tmp_path: Path) -> None:
    await bot.ask("/subscribe russia killed")
    folder = tmp_path / "articles"
    await ingest_elsewhere(db, write(folder, "toretsk", TORETSK))
    first = await bot.api.next_call("sendMessage", timeout=10)
    await ingest_elsewhere(db, write(folder, "toretsk-again", TORETSK_AGAIN), write(folder, "pokrovsk", POKROVSK))
    second = await bot.api.next_call("sendMessage", timeout=10)
    assert "1,070" in first.params["text"]
    assert "1,240" in second.params["text"] and "1,070" not in second.params["text"]


async def test_several_new_figures_for_one_chat_come_as_one_message(bot: Harness, store: Store) -> None:
    await bot.ask("/subscribe killed")
    await store.ingest_many([pokrovsk(), hostile()])  # one transaction, two matching figures
    alert = await bot.api.next_call("sendMessage", timeout=10)
    assert alert.params["text"].startswith("<b>New figures</b>")
    assert "1,150" in alert.params["text"] and "about 40" in alert.params["text"]


async def test_a_flood_limit_during_fan_out_is_waited_out_and_every_chat_gets_its_alert(
        bot: Harness, store: Store) -> None:
    chats = list(range(20001, 20001 + FAN_OUT))
    await subscribe_many(store, chats)
    bot.api.fail_next("sendMessage", 429, retry_after=1)
    await store.ingest(*pokrovsk())
    refused = await bot.api.next_call("sendMessage")
    calls = [await next_delivered(bot.api) for _ in chats]
    assert sorted(c.params["chat_id"] for c in calls) == chats
    retried = next(c for c in calls if c.params["chat_id"] == refused.params["chat_id"])
    assert retried.at - refused.at >= 1.0


async def test_a_chat_that_blocked_the_bot_during_fan_out_is_deactivated(bot: Harness, store: Store) -> None:
    chats = list(range(30001, 30001 + FAN_OUT))
    await subscribe_many(store, chats)
    bot.api.fail_next("sendMessage", 403)
    await store.ingest(*pokrovsk())
    refused = await bot.api.next_call("sendMessage")
    calls = [await next_delivered(bot.api) for _ in chats[1:]]
    await bot.app.bot_data[ADAPTER].alerts.sender.idle()
    blocked = refused.params["chat_id"]
    assert sorted(c.params["chat_id"] for c in calls) == [c for c in chats if c != blocked]
    assert await store.blocked_chats("telegram") == [str(blocked)]
    assert [s.active for s in await store.subscriptions.list("telegram", str(blocked))] == [False]


async def test_a_group_member_who_is_not_an_administrator_cannot_subscribe_the_group(bot: Harness) -> None:
    reply = await bot.ask("/subscribe russia killed", chat_id=GROUP, chat_type="supergroup")
    assert "Only administrators" in reply.params["text"]
    assert await bot.ctx.store.subscriptions.list("telegram", str(GROUP)) == []


async def test_a_group_administrator_can_subscribe_the_group(bot: Harness) -> None:
    bot.api.admins.add((GROUP, USER))
    reply = await bot.ask("/subscribe russia killed", chat_id=GROUP, chat_type="supergroup")
    assert "Alerts for:" in reply.params["text"]
    assert len(await bot.ctx.store.subscriptions.list("telegram", str(GROUP))) == 1


async def test_a_group_member_who_is_not_an_administrator_cannot_set_a_digest(bot: Harness) -> None:
    reply = await bot.ask("/digest daily 08:00", chat_id=GROUP, chat_type="supergroup")
    assert "Only administrators" in reply.params["text"]
    assert await bot.ctx.store.digests.get("telegram", str(GROUP)) is None


async def test_a_network_error_is_retried_after_a_pause(store: Store) -> None:
    clock = Clock(dt.datetime(2025, 9, 3, 6, 0, tzinfo=dt.timezone.utc))
    async with running_bot(Context(store=store, clock=clock), alerts=True) as harness:
        await subscribe_many(store, [USER])
        harness.api.fail_next("sendMessage", 502, "Bad Gateway")
        await store.ingest(*pokrovsk())
        refused = await harness.api.next_call("sendMessage")
        sender = harness.app.bot_data[ADAPTER].alerts.sender
        await sender.idle()
        waiting = await store.outbox.pending("telegram", clock.now)
        clock.advance(seconds=2)
        sender.wake()
        retried = await next_delivered(harness.api)
    assert waiting == []
    assert retried.params["text"] == refused.params["text"]


async def test_a_channel_post_by_the_channel_subscribes_the_channel(bot: Harness) -> None:
    channel = -100888
    post = bot.api.user_message("/subscribe russia killed", chat_id=channel, user_id=0, chat_type="channel")
    del post["from"]
    post["sender_chat"] = post["chat"]
    await bot.api.push({"channel_post": post})
    reply = await bot.api.next_call("sendMessage")
    assert "Alerts for:" in reply.params["text"]
    assert len(await bot.ctx.store.subscriptions.list("telegram", str(channel))) == 1
