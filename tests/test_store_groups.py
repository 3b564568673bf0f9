"""Corroboration: the same figure for the same thing from several outlets is one group."""
from __future__ import annotations

import datetime as dt

import pytest

from extract.models import Article
from store import Store
from store_samples import SWAP, SWAP_CLAIMS, SWAP_COPY, claim, fixed_clock


@pytest.fixture
async def store(tmp_path):
    opened = await Store.open(tmp_path / "claims.db", clock=fixed_clock)
    yield opened
    await opened.close()


def _own_report(outlet: str, url: str) -> tuple[Article, list]:
    text = f"{outlet} reports that 6,060 bodies were repatriated to Ukraine this month."
    article = Article(text=text, url=url, outlet=outlet, published=dt.date(2025, 6, 17))
    return article, [claim(6060, "bodies_returned", text, side="ukraine", month=6)]


async def test_two_outlets_reporting_one_figure_make_one_group_with_both_sources(store):
    await store.ingest(SWAP, SWAP_CLAIMS)
    result = await store.ingest(*_own_report("Kyiv Herald", "https://herald.example/6060"))
    group = await store.group(result.group_ids[0])
    assert group.outlets == ["Kyiv Herald", "Wire Service"]
    assert group.n_sources == 2


async def test_wire_copies_of_one_sentence_count_as_one_source(store):
    await store.ingest(SWAP, SWAP_CLAIMS)
    result = await store.ingest(SWAP_COPY, SWAP_CLAIMS)
    group = await store.group(result.group_ids[0])
    assert (group.n_sources, len(group.outlets)) == (1, 2)


async def test_the_sources_of_a_group_mark_wire_copies(store):
    first = await store.ingest(SWAP, SWAP_CLAIMS)
    await store.ingest(SWAP_COPY, SWAP_CLAIMS)
    sources = await store.group_sources(first.group_ids[0])
    assert [(s.outlet, s.copy_of) for s in sources] == [("Wire Service", None), ("Daily Paper", first.article_id)]


async def test_the_same_value_in_another_month_is_another_group(store):
    text = "In March, 6,060 bodies were repatriated to Ukraine."
    march = Article(text=text, url="https://x.example/march", outlet="X")
    first = await store.ingest(SWAP, SWAP_CLAIMS)
    other = await store.ingest(march, [claim(6060, "bodies_returned", text, side="ukraine", month=3)])
    assert set(other.group_ids).isdisjoint(first.group_ids)


async def test_the_same_value_for_the_other_side_is_another_group(store):
    text = "Russia received 6,060 bodies of its soldiers."
    article = Article(text=text, url="https://x.example/other-side", outlet="X")
    first = await store.ingest(SWAP, SWAP_CLAIMS)
    other = await store.ingest(article, [claim(6060, "bodies_returned", text, side="russia", month=6)])
    assert set(other.group_ids).isdisjoint(first.group_ids)


async def test_a_group_left_without_claims_disappears(store):
    first = await store.ingest(SWAP, SWAP_CLAIMS)
    await store.ingest(SWAP.model_copy(update={"text": "Correction: no figures were confirmed."}), [])
    assert await store.group(first.group_ids[0]) is None
