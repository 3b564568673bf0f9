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


async def _widely_reported(ctx, outlets: int = 40) -> int:
    """A figure reported by many outlets, each in its own words: more sources than one message holds."""
    import datetime as dt

    from extract.models import Article
    from store_samples import claim

    for n in range(outlets):
        sentence = (f"Regional Paper {n} reported, citing the Coordination Headquarters for the Treatment of "
                    f"Prisoners of War, that 1,012 Ukrainian servicemen came home in the exchange on Friday, "
                    f"the largest since the talks in Istanbul resumed this spring.")
        result = await ctx.store.ingest(
            Article(text=sentence, url=f"https://paper{n}.example/news/exchange-of-prisoners-on-friday",
                    outlet=f"Regional Paper {n}", title="Ukraine and Russia exchange hundreds of prisoners "
                    "of war after talks in Istanbul", published=dt.date(2025, 5, 23)),
            [claim(1012, "prisoners_exchanged", sentence, side="ukraine", population="military", month=5)])
    return result.group_ids[0]


async def test_sources_that_do_not_fit_one_message_offer_a_next_page(ctx):
    group = await _widely_reported(ctx)
    reply = await handle(parse_command(f"/sources {group}"), ctx)
    assert len(to_html(reply)) <= 4096 and to_plain(reply).splitlines()[-1] == "More sources: press Next ▶."
    assert [b.label for b in reply.buttons[0]] == ["Next ▶"]


async def test_sources_page_buttons_fit_in_64_bytes(ctx):
    group = await _widely_reported(ctx)
    reply = await handle(parse_command(f"/sources {group}"), ctx)
    assert all(len(b.data.encode()) <= 64 for row in reply.buttons for b in row)


async def test_the_pages_of_sources_together_list_every_source_once(ctx):
    from handlers.sources import sources_reply

    group = await _widely_reported(ctx)
    outlets, page = [], 0
    while True:
        reply = await sources_reply(ctx, str(group), page)
        outlets += [line.split(" — ")[0] for line in to_plain(reply).splitlines() if line.startswith("• ")]
        if not reply.buttons or reply.buttons[0][-1].label != "Next ▶":
            break
        page += 1
    assert page > 0 and sorted(outlets) == sorted(f"• Regional Paper {n}" for n in range(40))


async def test_pressing_next_on_sources_shows_the_next_sources(ctx):
    group = await _widely_reported(ctx)
    first = await handle(parse_command(f"/sources {group}"), ctx)
    second = await handle(parse_command("/page").model_copy(update={"args": first.buttons[0][0].data}), ctx)
    assert "(continued)" in to_plain(second).splitlines()[1]
    assert [b.label for b in second.buttons[0]][0] == "◀ Previous"
