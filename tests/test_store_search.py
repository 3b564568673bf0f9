"""Search: the filters of a Query select the right claim groups, newest first, a page at a time."""
from __future__ import annotations

import datetime as dt

import pytest

from extract.models import Article
from store import Store
from store.query import Query
from store.query_parser import parse_query
from store_samples import claim, fixed_clock, open_loaded


@pytest.fixture
async def store(tmp_path):
    opened = await open_loaded(tmp_path / "claims.db")
    yield opened
    await opened.close()


async def values(store: Store, text: str, command: str = "claims") -> set[int]:
    query = parse_query(text, command, await store.names(), fixed_clock)
    return {g.value for g in (await store.search(query, limit=50)).groups}


async def test_russian_deaths_exclude_ukrainian_deaths_and_exchanges(store):
    assert await values(store, "russia deaths") == {18900}


async def test_ukrainian_deaths_include_civilians_and_soldiers(store):
    assert await values(store, "ukraine deaths") == {100000, 5000, 210}


async def test_a_month_without_a_year_matches_that_month_of_any_year(store):
    assert await values(store, "june", "exchange") == {6060, 78, 397}


async def test_a_month_with_a_year_needs_the_year_when_it_is_known(store):
    assert await values(store, "march 2025") == set()
    assert await values(store, "march 2022") == {18900, 5000, 210, 4_000_000}


async def test_a_place_matches_the_claims_place(store):
    assert await values(store, "mariupol") == {5000, 210}


async def test_a_claimant_surname_matches_the_full_name(store):
    assert await values(store, "medinsky") == {6060, 78}


async def test_exchange_with_a_place_keeps_only_exchange_figures_there(store):
    assert await values(store, "donetsk", "exchange") == {397}


async def test_the_population_filter_finds_civilians(store):
    assert await values(store, "civilians killed") == {5000, 210}


async def test_leftover_words_match_the_excerpt(store):
    assert await values(store, "children") == {210}


async def test_a_figure_matches_its_value(store):
    assert await values(store, "6,060") == {6060}


async def test_an_outlet_filter_keeps_its_articles(store):
    assert await values(store, "morning paper") == {100000, 397}


async def test_last_week_uses_the_injected_clock(store):
    assert await values(store, "last week") == {397}


async def test_quotes_and_fts_syntax_in_words_are_plain_text(store):
    assert await values(store, 'children" OR "x* NEAR(') == set()


async def test_punctuation_alone_filters_nothing(store):
    assert await values(store, "%_") == {18900, 5000, 210, 6060, 78, 100000, 397, 4_000_000}


async def test_results_are_newest_first(store):
    page = await store.search(Query(), limit=50)
    keys = [g.when_key for g in page.groups]
    assert keys == sorted(keys, reverse=True)


async def test_pages_do_not_repeat_groups(store):
    first = await store.search(Query(), limit=3)
    second = await store.search(Query(), limit=3, offset=3)
    assert first.has_more and not {g.id for g in first.groups} & {g.id for g in second.groups}


async def test_the_last_page_says_there_is_no_more(store):
    page = await store.search(Query(), limit=50)
    assert not page.has_more


async def test_latest_lists_the_newest_ingested_figure_first(store):
    text = "Officials said 12 people were wounded in a strike on Sumy."
    await store.ingest(Article(text=text, url="https://x.example/sumy", published=dt.date(2024, 1, 5)),
                       [claim(12, "wounded", text, place="Sumy")])
    assert (await store.latest(1)).groups[0].value == 12


async def test_names_lists_places_claimants_and_outlets(store):
    names = await store.names()
    assert ("mariupol", "vladimir medinsky", "wire service") in [
        (p, c, o) for p in names.places for c in names.claimants for o in names.outlets]


async def report(store: Store, value: int, outlet: str, wording: str, day: dt.date = dt.date(2025, 7, 4)) -> None:
    text = f"{wording} {value} people were killed in Vinnytsia."
    await store.ingest(Article(text=text, url=f"https://{outlet.lower()}.example/{value}", outlet=outlet,
                               published=day),
                       [claim(value, "killed", text, place="Vinnytsia", month=day.month)])


async def test_of_two_figures_of_the_same_date_the_one_more_sources_report_comes_first(store):
    await report(store, 75, "Reuters", "Officials said")
    await report(store, 75, "Ukrinform", "The governor said")  # a second, independent source
    await report(store, 40, "AP", "Police said")  # indexed last: newest, but one source
    page = await store.search(parse_query("vinnytsia", "claims", await store.names(), fixed_clock))
    assert [(g.value, g.n_sources) for g in page.groups] == [(75, 2), (40, 1)]


async def test_a_newer_figure_still_comes_before_a_better_sourced_older_one(store):
    await report(store, 75, "Reuters", "Officials said", dt.date(2025, 7, 3))
    await report(store, 75, "Ukrinform", "The governor said", dt.date(2025, 7, 3))
    await report(store, 40, "AP", "Police said")
    page = await store.search(parse_query("vinnytsia", "claims", await store.names(), fixed_clock))
    assert [g.value for g in page.groups] == [40, 75]


async def test_paging_through_many_figures_of_one_date_neither_repeats_nor_skips(store, monkeypatch):
    monkeypatch.setattr("store.searching.TIE_BLOCK", 3)
    for value in range(101, 111):
        await report(store, value, "Reuters", "Officials said")
        if value % 3 == 0:
            await report(store, value, "AP", "Police said")
    query = parse_query("vinnytsia", "claims", await store.names(), fixed_clock)
    whole = [g.id for g in (await store.search(query, limit=50)).groups]
    paged = [g.id for offset in range(0, 10, 2) for g in (await store.search(query, limit=2, offset=offset)).groups]
    assert paged == whole and len(whole) == 10
