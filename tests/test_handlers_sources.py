"""/sources N lists every article behind a figure, with links and wire copies marked."""
from __future__ import annotations

import pytest

from handlers import Context, handle, parse_command
from handlers.reply import to_html, to_plain
from store_samples import SWAP, SWAP_CLAIMS, SWAP_COPY, fixed_clock, open_loaded


@pytest.fixture
async def ctx(tmp_path):
    store = await open_loaded(tmp_path / "claims.db")
    await store.ingest(SWAP_COPY, SWAP_CLAIMS)
    yield Context(store=store, clock=fixed_clock)
    await store.close()


async def _group_of_6060(ctx) -> int:
    result = await ctx.store.ingest(SWAP, SWAP_CLAIMS)  # unchanged: gives its article id
    sources = to_plain(await handle(parse_command("/claims medinsky"), ctx))
    line = next(l for l in sources.splitlines() if "6,060" in l)
    return int(line.rsplit("/sources_", 1)[1])


async def test_sources_lists_every_article_with_its_link(ctx):
    group = await _group_of_6060(ctx)
    html = to_html(await handle(parse_command(f"/sources {group}"), ctx))
    assert '<a href="https://wire.example/swap-june">' in html and '<a href="https://daily.example/world/remains">' in html


async def test_sources_marks_wire_copies(ctx):
    group = await _group_of_6060(ctx)
    text = to_plain(await handle(parse_command(f"/sources {group}"), ctx))
    assert "same wire text as Wire Service" in text


async def test_the_sources_link_on_a_line_works_as_a_command(ctx):
    group = await _group_of_6060(ctx)
    assert to_plain(await handle(parse_command(f"/sources_{group}"), ctx)) == \
        to_plain(await handle(parse_command(f"/sources {group}"), ctx))


async def test_sources_without_a_number_explains_itself(ctx):
    assert "Which figure?" in to_plain(await handle(parse_command("/sources"), ctx))
