"""The real claimdesk Telegram Application, polling a fake Bot API server on loopback, for tests.

`running_bot()` starts both (the way `run_polling` would, but inside the test's event loop),
yields a `Harness` to talk to the bot as a user would, and stops both cleanly. Test modules
import the `store` and `bot` fixtures from here.
"""
from __future__ import annotations

import asyncio
import html
import re
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from fake_bot_api import Call, FakeBotApi
from telegram.ext import Application

from bot.telegram import ALLOWED_UPDATES, Answer, InlineAnswer, build_application, setup, stop_alerts
from handlers.context import Context
from store import Store
from telegram_articles import ARTICLES

TOKEN = "123456789:TEST-token-for-the-fake-bot-api-000"
USER = 501
GROUP = -100777


async def open_store(path: Path, articles: Sequence = ARTICLES) -> Store:
    """A real SQLite store with the test articles ingested through the store API."""
    store = await Store.open(path)
    for make in articles:
        article, claims = make()
        await store.ingest(article, claims)
    return store


@dataclass
class Harness:
    """A user's side of the conversation: type, press, query inline, and see what the bot sent."""

    api: FakeBotApi
    app: Application
    ctx: Context

    async def ask(self, text: str, **where: Any) -> Call:
        """Send `text` and return the bot's first message in answer."""
        await self.api.send_text(text, **where)
        return await self.api.next_call("sendMessage")

    async def settle(self) -> None:
        """Wait until the bot has finished with every update it has received so far."""
        await asyncio.wait_for(self.app.update_queue.join(), 5)

    async def press(self, sent: Call, data: str) -> Call:
        """Press a button with `data` under a message the bot sent; return the edit it made."""
        await self.api.press(self.api.message_of(sent), data)
        return await self.api.next_call("editMessageText")


def visible_length(text: str) -> int:
    """A message's length as Telegram counts it: after the HTML is parsed, in UTF-16 units."""
    plain = html.unescape(re.sub(r"<[^>]*>", "", text))
    return len(plain.encode("utf-16-le")) // 2


def buttons(call: Call) -> list[tuple[str, str]]:
    """(label, callback data) of every inline button on a message the bot sent or edited."""
    markup = call.params.get("reply_markup") or {}
    return [(b["text"], b["callback_data"]) for row in markup.get("inline_keyboard", []) for b in row]


@asynccontextmanager
async def running_bot(ctx: Context, *, answer: Answer | None = None,
                      inline: InlineAnswer | None = None, alerts: bool = False,
                      api: FakeBotApi | None = None) -> AsyncIterator[Harness]:
    """Start the fake server (unless given one) and the bot against it (no throughput limits, but
    flood waits still waited out; with `alerts`, the alert sender and digest scheduler too), stop
    them afterwards."""
    own_api = api is None
    api = api or await FakeBotApi(TOKEN).start()
    app = build_application(TOKEN, ctx=ctx, base_url=api.base_url, rate_limited=False,
                            answer=answer, inline=inline, alerts=alerts)
    try:
        await app.initialize()
        await setup(app)  # post_init only runs from run_polling, so call it as run_polling would
        await app.start()
        await app.updater.start_polling(timeout=5, poll_interval=0, allowed_updates=ALLOWED_UPDATES)
        yield Harness(api, app, ctx)
    finally:
        if app.updater.running:
            await app.updater.stop()
        if app.running:
            await app.stop()
        await stop_alerts(app)  # post_stop, as run_polling would call it
        await app.shutdown()
        if own_api:
            await api.stop()


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    """A fresh database holding the test articles."""
    opened = await open_store(tmp_path / "claimdesk.db")
    yield opened
    await opened.close()


@pytest.fixture
async def bot(store: Store) -> AsyncIterator[Harness]:
    """The bot with the real handlers, polling the fake server."""
    async with running_bot(Context(store=store)) as harness:
        yield harness
