"""/subscribe, /subscriptions and /unsubscribe as any chat platform sees them."""
from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from handlers import handle
from handlers.command import Command
from handlers.context import Context
from handlers.reply import to_plain
from store import Store

NOW = dt.datetime(2025, 9, 3, 6, 0, tzinfo=dt.timezone.utc)


@pytest.fixture
async def ctx(tmp_path: Path) -> AsyncIterator[Context]:
    store = await Store.open(tmp_path / "claimdesk.db", clock=lambda: NOW)
    yield Context(store=store, clock=lambda: NOW)
    await store.close()


async def say(ctx: Context, name: str, args: str = "", **where: object) -> str:
    where.setdefault("platform", "telegram")
    where.setdefault("chat_id", "501")
    return to_plain(await handle(Command(name=name, args=args, **where), ctx))


async def admin() -> bool:
    return True


async def member() -> bool:
    return False


async def test_subscribe_says_how_it_read_the_words(ctx: Context) -> None:
    assert (await say(ctx, "subscribe", "russian deaths")).startswith("Alerts for: killed · Russia · any time")


async def test_subscribe_keeps_a_month_the_user_gave(ctx: Context) -> None:
    assert "Alerts for: killed · Ukraine · September 2025" in await say(ctx, "subscribe", "ukraine killed september 2025")


async def test_a_relative_time_becomes_a_start_date(ctx: Context) -> None:
    assert "Alerts for: killed · since 27 August 2025" in await say(ctx, "subscribe", "killed last week")


async def test_subscribe_without_words_asks_for_them(ctx: Context) -> None:
    assert "/subscribe russia killed" in await say(ctx, "subscribe")


async def test_subscribe_with_only_noise_asks_for_words(ctx: Context) -> None:
    assert "could not find search words" in await say(ctx, "subscribe", "!!! ??? ---")


async def test_subscribe_takes_html_and_sql_looking_words_as_plain_text(ctx: Context) -> None:
    said = await say(ctx, "subscribe", "<b>killed</b>'; DROP TABLE subscriptions; --")
    assert said.startswith("Alerts for: killed")
    assert len(await ctx.store.subscriptions.list("telegram", "501")) == 1


async def test_subscriptions_are_listed_with_numbers(ctx: Context) -> None:
    await say(ctx, "subscribe", "russia killed")
    await say(ctx, "subscribe", "bodies returned")
    listed = (await say(ctx, "subscriptions")).splitlines()
    assert listed[1:3] == ["1. killed · Russia · any time",
                           "2. bodies returned · any time"]


async def test_no_subscriptions_says_how_to_start_one(ctx: Context) -> None:
    assert "/subscribe russia killed" in await say(ctx, "subscriptions")


async def test_unsubscribe_by_number_removes_that_one(ctx: Context) -> None:
    await say(ctx, "subscribe", "russia killed")
    await say(ctx, "subscribe", "bodies returned")
    assert await say(ctx, "unsubscribe", "1") == "Removed the alert for: killed · Russia · any time."
    assert [s.description for s in await ctx.store.subscriptions.list("telegram", "501")] == ["bodies returned · any time"]


async def test_unsubscribe_all_removes_every_one(ctx: Context) -> None:
    await say(ctx, "subscribe", "russia killed")
    await say(ctx, "subscribe", "bodies returned")
    assert await say(ctx, "unsubscribe", "all") == "Removed every alert in this chat."
    assert await ctx.store.subscriptions.list("telegram", "501") == []


@pytest.mark.parametrize("words", ["", "first", "-1", "0", "99", "٣", "1; DROP TABLE subscriptions"])
async def test_unsubscribe_with_a_wrong_number_changes_nothing(ctx: Context, words: str) -> None:
    await say(ctx, "subscribe", "russia killed")
    said = await say(ctx, "unsubscribe", words)
    assert "/subscriptions" in said
    assert len(await ctx.store.subscriptions.list("telegram", "501")) == 1


async def test_the_fifty_first_subscription_is_refused_clearly(ctx: Context) -> None:
    for value in range(1, 51):
        await say(ctx, "subscribe", f"killed {value}")
    said = await say(ctx, "subscribe", "killed 51")
    assert "already has 50 alerts" in said


async def test_a_group_member_may_not_subscribe_the_group(ctx: Context) -> None:
    said = await say(ctx, "subscribe", "russia killed", chat_id="-100777", is_group=True, is_admin=member)
    assert said.startswith("Only administrators of this group")
    assert await ctx.store.subscriptions.list("telegram", "-100777") == []


async def test_a_group_member_may_not_unsubscribe_the_group(ctx: Context) -> None:
    await say(ctx, "subscribe", "russia killed", chat_id="-100777", is_group=True, is_admin=admin)
    said = await say(ctx, "unsubscribe", "all", chat_id="-100777", is_group=True, is_admin=member)
    assert said.startswith("Only administrators of this group")
    assert len(await ctx.store.subscriptions.list("telegram", "-100777")) == 1


async def test_a_group_member_may_see_the_groups_alerts(ctx: Context) -> None:
    await say(ctx, "subscribe", "russia killed", chat_id="-100777", is_group=True, is_admin=admin)
    said = await say(ctx, "subscriptions", chat_id="-100777", is_group=True, is_admin=member)
    assert "1. killed · Russia · any time" in said


async def test_the_console_explains_that_alerts_need_a_chat(ctx: Context) -> None:
    said = await say(ctx, "subscribe", "russia killed", platform="console", chat_id="console")
    assert "Telegram" in said
