"""Inline mode: one result per figure, each with a ready reply."""
from __future__ import annotations

import pytest

from handlers import Context, inline_results
from handlers.reply import to_plain
from store_samples import fixed_clock, open_loaded


@pytest.fixture
async def ctx(tmp_path):
    store = await open_loaded(tmp_path / "claims.db")
    yield Context(store=store, clock=fixed_clock)
    await store.close()


async def test_inline_results_offer_one_figure_each(ctx):
    results = await inline_results("russia deaths", ctx)
    assert [r.title for r in results] == ["at least 18,900 Russian soldiers killed"]
    assert "Evening News" in results[0].description and "18,900" in to_plain(results[0].reply)


async def test_inline_results_respect_the_limit(ctx):
    assert len(await inline_results("ukraine", ctx, limit=2)) == 2


async def test_inline_results_for_empty_text_are_empty(ctx):
    assert await inline_results("   ", ctx) == []
