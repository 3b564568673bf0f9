"""Odd input gets a polite reply, never an exception, and never changes the data."""
from __future__ import annotations

import pytest

from handlers import Command, Context, handle
from handlers.reply import to_html, to_plain
from store_samples import fixed_clock, open_loaded

ODD_TEXTS = {
    "empty": "",
    "long": "russia deaths " * 400,
    "emoji": "💀🇺🇦🔥",
    "right-to-left": "قتلى روسيا في ماريوبول",
    "hebrew": "הרוגים",
    "html": "<script>alert(1)</script><b>deaths</b>",
    "sql": "'; DROP TABLE claims; --",
    "sql-like": "1 OR 1=1",
    "fts syntax": 'NEAR(" AND * OR ^',
    "control characters": "russia\x00\x07\x1b[31m deaths",
    "only punctuation": "%%%___***",
}


@pytest.fixture
async def ctx(tmp_path):
    store = await open_loaded(tmp_path / "claims.db")
    yield Context(store=store, clock=fixed_clock)
    await store.close()


@pytest.mark.parametrize("command", ["claims", "exchange", "sources", "latest", "page", "help", "start", "nosuch"])
@pytest.mark.parametrize("kind", sorted(ODD_TEXTS))
async def test_odd_input_gets_a_polite_reply_and_changes_nothing(ctx, command, kind):
    before = await ctx.store.stats()
    reply = await handle(Command(name=command, args=ODD_TEXTS[kind]), ctx)
    assert to_plain(reply).strip()
    assert len(to_plain(reply)) <= 4096 and len(to_html(reply)) <= 4096
    assert await ctx.store.stats() == before


async def test_markup_typed_by_users_never_reaches_html_replies(ctx):
    reply = await handle(Command(name="claims", args="<script>x</script> mariupol <i>"), ctx)
    assert "<script" not in to_html(reply) and "<i>" not in to_html(reply)


async def test_a_forged_page_button_gets_a_polite_reply(ctx):
    reply = await handle(Command(name="page", args="pg:1:#ffffffffffff"), ctx)
    assert to_plain(reply) == "That button has expired. Please send your search again."


async def test_a_page_far_beyond_the_results_says_there_are_no_more(ctx):
    reply = await handle(Command(name="page", args="pg:50:c:russia deaths"), ctx)
    assert to_plain(reply).startswith("No more figures")


async def test_an_unknown_command_gets_a_one_line_hint(ctx):
    assert to_plain(await handle(Command(name="frobnicate"), ctx)) == \
        "I don't know /frobnicate. Send /help for the list of commands."


async def test_sources_of_a_missing_group_is_polite(ctx):
    assert "no figure with that number" in to_plain(await handle(Command(name="sources", args="99999"), ctx))


async def test_a_mistyped_command_name_runs_the_command_meant(ctx):
    assert to_plain(await handle(Command(name="exhange", args="june"), ctx)).startswith(
        "Figures for: exchanges and repatriations · June")
