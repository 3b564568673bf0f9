"""/claims and /exchange replies: one line per group, understood-as line, paging, no-match help."""
from __future__ import annotations

import asyncio
import datetime as dt
import sqlite3

import pytest

from extract.models import Article
from handlers import Context, Reply, handle, parse_command
from handlers.reply import to_html, to_plain
from store import Store
from store_samples import claim, fixed_clock, open_loaded


@pytest.fixture
async def ctx(tmp_path):
    store = await open_loaded(tmp_path / "claims.db")
    yield Context(store=store, clock=fixed_clock)
    await store.close()


async def ask(ctx: Context, text: str) -> Reply:
    return await handle(parse_command(text), ctx)


async def test_a_line_gives_figure_what_who_when_outlet_and_excerpt(ctx):
    text = to_plain(await ask(ctx, "/claims russia deaths"))
    line = text.splitlines()[1]
    assert line.startswith("at least 18,900 Russian soldiers killed — according to Ukrainian officials · Mar 2022 · Evening News · “")


async def test_the_reply_starts_with_how_the_words_were_understood(ctx):
    assert to_plain(await ask(ctx, "/claims russain deaths")).splitlines()[0] == "Figures for: killed · Russia"


async def test_corroborating_outlets_share_one_line(ctx):
    await ctx.store.ingest(Article(text="Medinsky said 6,060 bodies were handed over.", url="https://h.example/x",
                                   outlet="Kyiv Herald", published=dt.date(2025, 6, 17)),
                           [claim(6060, "bodies_returned", "Medinsky said 6,060 bodies were handed over.",
                                  side="ukraine", claimant="Medinsky", month=6)])
    lines = [l for l in to_plain(await ask(ctx, "/claims medinsky")).splitlines() if "6,060" in l]
    assert len(lines) == 1 and "Kyiv Herald and Wire Service" in lines[0]


async def test_one_body_spelled_two_ways_is_found_under_either_spelling(ctx):
    for value, outlet, name in ((410, "US Wire", "Russian Defense Ministry"), (380, "UK Wire", "Russian Defence Ministry")):
        excerpt = f"The ministry said {value} Ukrainian soldiers were killed near Kupiansk."
        await ctx.store.ingest(Article(text=excerpt, url=f"https://{value}.example/x", outlet=outlet,
                                       published=dt.date(2025, 6, 20)),
                               [claim(value, "killed", excerpt, side="ukraine", claimant=name, month=6)])
    for spelling in ("defense", "defence"):
        text = to_plain(await ask(ctx, f"/claims russian {spelling} ministry"))
        assert "410 Ukrainian" in text and "380 Ukrainian" in text, text


async def test_a_person_is_found_under_another_transliteration(ctx):
    excerpt = "Zelenskiy said 31,000 Ukrainian soldiers had been killed."
    await ctx.store.ingest(Article(text=excerpt, url="https://wire.example/z", outlet="Wire",
                                   published=dt.date(2024, 2, 26)),
                           [claim(31000, "killed", excerpt, side="ukraine", claimant="Zelenskiy", month=2)])
    assert "31,000 Ukrainian" in to_plain(await ask(ctx, "/claims zelensky"))


async def test_exchange_lists_only_exchanges_and_repatriations(ctx):
    text = to_plain(await ask(ctx, "/exchange june"))
    assert "6,060" in text and "78 " in text and "18,900" not in text


async def test_no_match_says_how_the_words_were_understood_and_suggests_broader(ctx):
    text = to_plain(await ask(ctx, "/claims russia deaths kharkiv"))
    assert text.splitlines() == ["No figures found for: killed · Russia · in Kharkiv.",
                                 "Try a broader search: /claims russia killed"]


async def test_a_search_word_found_nowhere_suggests_dropping_it(ctx):
    text = to_plain(await ask(ctx, "/claims mariupol zzyzx"))
    assert "Try a broader search: /claims in mariupol" in text


async def test_a_reply_contains_no_incidental_numbers(ctx):
    import re
    text = to_plain(await ask(ctx, "/exchange june"))
    numbers = {n.replace(",", "") for n in re.findall(r"(?<![\w.])\d[\d,]*", text)}
    assert numbers <= {"6060", "78", "397", "2025"}


async def _many_figures(ctx: Context, count: int) -> None:
    for i in range(count):
        text = f"Officials in Kherson said {100 + i} civilians were wounded by shelling over the weekend " * 3
        await ctx.store.ingest(Article(text=text, url=f"https://k.example/{i}", outlet=f"Outlet {i}",
                                       published=dt.date(2025, 5, 1 + i % 28)),
                               [claim(100 + i, "wounded", text, side="ukraine", population="civilian",
                                      place="Kherson", claimant="Kherson regional administration", month=5)])


async def test_a_page_holds_at_most_ten_figures_and_offers_the_next(ctx):
    await _many_figures(ctx, 25)
    reply = await ask(ctx, "/claims wounded")
    assert len(reply.lines) == 1 + 10 + 1
    assert [b.label for b in reply.buttons[0]] == ["Next ▶"]


async def test_the_next_button_shows_the_next_ten(ctx):
    await _many_figures(ctx, 25)
    first = await ask(ctx, "/claims wounded")
    second = await handle(parse_command("/page").model_copy(update={"name": "page", "args": first.buttons[0][0].data}), ctx)
    assert "(continued)" in to_plain(second).splitlines()[0]
    assert not set(to_plain(first).splitlines()[1:11]) & set(to_plain(second).splitlines()[1:11])
    assert [b.label for b in second.buttons[0]] == ["◀ Previous", "Next ▶"]


async def test_button_data_fits_in_64_bytes_even_for_long_queries(ctx):
    await _many_figures(ctx, 25)
    reply = await ask(ctx, "/claims wounded kherson civilians ukraine may 2025 shelling weekend officials")
    data = reply.buttons[0][0].data
    assert len(data.encode()) <= 64 and data.startswith("pg:1:#")
    again = await handle(parse_command("/x").model_copy(update={"name": "page", "args": data}), ctx)
    assert "(continued)" in to_plain(again)


LONG_QUERY = "/claims wounded kherson civilians ukraine may 2025 shelling weekend officials"


def press(data: str):
    return parse_command("/page").model_copy(update={"args": data})


async def test_a_long_query_and_its_button_are_answered_while_another_process_holds_the_write_lock(ctx):
    await _many_figures(ctx, 25)
    ingesting_elsewhere = sqlite3.connect(ctx.store.path, isolation_level=None)
    ingesting_elsewhere.execute("BEGIN IMMEDIATE")
    try:
        reply = await asyncio.wait_for(ask(ctx, LONG_QUERY), timeout=5)
        data = reply.buttons[0][0].data
        again = await asyncio.wait_for(handle(press(data), ctx), timeout=5)
    finally:
        ingesting_elsewhere.execute("ROLLBACK")
        ingesting_elsewhere.close()
    assert data.startswith("pg:1:#") and "(continued)" in to_plain(again)


async def test_a_long_query_s_button_still_works_after_a_restart(ctx, tmp_path):
    await _many_figures(ctx, 25)
    data = (await ask(ctx, LONG_QUERY)).buttons[0][0].data
    await ctx.store.saved_queries.flush()
    async with await Store.open(ctx.store.path) as restarted:
        again = await handle(press(data), Context(store=restarted, clock=fixed_clock))
    assert "(continued)" in to_plain(again)


async def test_a_whole_reply_fits_in_a_telegram_message(ctx):
    await _many_figures(ctx, 25)
    reply = await ask(ctx, "/claims wounded")
    assert len(to_plain(reply)) <= 4096 and len(to_html(reply)) <= 4096


async def test_claims_without_words_asks_for_words(ctx):
    assert "Tell me what to look for" in to_plain(await ask(ctx, "/claims"))


async def test_plain_text_is_a_search(ctx):
    assert "18,900" in to_plain(await handle(parse_command("russian deaths"), ctx))


async def test_latest_lists_newest_figures(ctx):
    assert to_plain(await ask(ctx, "/latest")).splitlines()[0] == "Newest figures"


async def test_a_revised_articles_new_figure_is_searchable_and_newest(ctx):
    from store_samples import REFUGEES

    revised_text = ("More than 4.2 million people have left Ukraine as refugees, the UN refugee agency said, "
                    "counting border crossings since February.")
    await ctx.store.ingest(REFUGEES.model_copy(update={"text": revised_text}),
                           [claim(4_200_000, "displaced", revised_text, qualifier="at_least", side="ukraine",
                                  population="civilian", claimant="UNHCR", month=3)])
    found = to_plain(await ask(ctx, "/claims crossings"))
    newest = to_plain(await ask(ctx, "/latest")).splitlines()
    assert "4.2 million" in found
    assert newest[1].startswith("at least 4.2 million Ukrainian civilians displaced")


async def test_plain_text_drops_terminal_escapes_from_article_text(ctx):
    excerpt = "Officials said \x1b[31m412 civilians\x1b[0m were killed in Izium."
    await ctx.store.ingest(Article(text=excerpt, url="https://e.example/izium", outlet="Example Wire",
                                   published=dt.date(2025, 6, 18)),
                           [claim(412, "killed", excerpt, side="ukraine", population="civilian", month=6)])
    text = to_plain(await ask(ctx, "/claims izium"))
    assert "\x1b" not in text and "[31m" not in text and "412 civilians were killed" in text


async def test_plain_text_keeps_one_line_per_figure(ctx):
    text = to_plain(await ask(ctx, "/claims bodies"))
    assert text.splitlines()[0] == "Figures for: bodies returned or bodies held" and len(text.splitlines()) == 4
