"""Ingest: idempotent for the same article, revisions for a changed one, one transaction per article."""
from __future__ import annotations

import sqlite3

import pytest

from extract.models import Article
from store import Store
from store_samples import SWAP, SWAP_CLAIMS, SWAP_COPY, TOLL, TOLL_CLAIMS, claim, fixed_clock


@pytest.fixture
async def store(tmp_path):
    opened = await Store.open(tmp_path / "claims.db", clock=fixed_clock)
    yield opened
    await opened.close()


async def test_a_new_article_is_stored_with_its_claims(store):
    result = await store.ingest(TOLL, TOLL_CLAIMS)
    assert (result.status, result.claims_added) == ("new", 3)
    assert (await store.stats()).claims == 3


async def test_the_same_article_again_changes_nothing(store):
    await store.ingest(TOLL, TOLL_CLAIMS)
    again = await store.ingest(TOLL, TOLL_CLAIMS)
    assert again.status == "unchanged"
    assert (await store.stats()).model_dump() == {"articles": 1, "claims": 3, "groups": 3}


async def test_the_same_text_without_a_url_from_the_same_outlet_is_unchanged(store):
    bare = Article(text=TOLL.text, outlet=TOLL.outlet)
    await store.ingest(bare, TOLL_CLAIMS)
    assert (await store.ingest(bare.model_copy(update={"text": TOLL.text + "\n\n"}), TOLL_CLAIMS)).status == "unchanged"


async def test_a_changed_article_at_the_same_url_replaces_its_claims(store):
    first = await store.ingest(TOLL, TOLL_CLAIMS)
    updated = TOLL.model_copy(update={"text": TOLL.text + " The toll was later raised to 19,000."})
    new_claims = [claim(19000, "killed", "The toll was later raised to 19,000.", side="russia", month=3)]
    result = await store.ingest(updated, new_claims)
    assert (result.status, result.article_id, result.claims_added, result.claims_removed) == \
        ("revised", first.article_id, 1, 3)
    assert (await store.stats()).model_dump() == {"articles": 1, "claims": 1, "groups": 1}


async def test_a_revised_article_keeps_its_old_version(store):
    first = await store.ingest(TOLL, TOLL_CLAIMS)
    await store.ingest(TOLL.model_copy(update={"text": TOLL.text + " Updated."}), TOLL_CLAIMS)
    assert await store.revisions(first.article_id) == [1]
    with sqlite3.connect(store.path) as conn:
        (old_text,) = conn.execute("SELECT text FROM article_revisions").fetchone()
    assert old_text == TOLL.text


async def test_duplicate_claims_within_one_article_are_stored_once(store):
    result = await store.ingest(SWAP, SWAP_CLAIMS + SWAP_CLAIMS)
    assert result.claims_added == 2


async def test_a_failing_article_leaves_nothing_behind(store):
    def fail(conn, article, result):
        raise RuntimeError("simulated crash half-way through an article")

    store.add_ingest_hook(fail)
    with pytest.raises(RuntimeError):
        await store.ingest(TOLL, TOLL_CLAIMS)
    assert (await store.stats()).model_dump() == {"articles": 0, "claims": 0, "groups": 0}


async def test_an_ingest_hook_sees_the_claims_inside_the_transaction(store):
    seen = []

    def count(conn, article, result):
        seen.append(conn.execute("SELECT COUNT(*) FROM claims WHERE article_id = ?", (result.article_id,)).fetchone()[0])

    store.add_ingest_hook(count)
    await store.ingest(TOLL, TOLL_CLAIMS)
    await store.ingest(TOLL, TOLL_CLAIMS)  # unchanged: no hook
    assert seen == [3]


async def test_an_article_with_no_claims_is_still_recorded(store):
    result = await store.ingest(Article(text="Talks resumed in Istanbul on Monday.", url="https://x.example/t"), [])
    assert (result.status, (await store.stats()).articles) == ("new", 1)


async def test_the_database_is_in_wal_mode(store):
    with sqlite3.connect(store.path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


async def test_blocked_chats_are_remembered(store):
    await store.deactivate_chat("telegram", "42")
    await store.deactivate_chat("telegram", "43")
    await store.reactivate_chat("telegram", "43")
    assert await store.blocked_chats("telegram") == ["42"]


async def test_the_copy_at_another_url_is_a_new_article(store):
    await store.ingest(SWAP, SWAP_CLAIMS)
    assert (await store.ingest(SWAP_COPY, SWAP_CLAIMS)).status == "new"


async def test_other_readers_see_nothing_of_an_article_until_it_is_committed(store):
    seen_from_outside = []

    def look_from_another_connection(conn, article, result):
        with sqlite3.connect(store.path) as other:
            seen_from_outside.append(other.execute("SELECT COUNT(*) FROM claims").fetchone()[0])

    store.add_ingest_hook(look_from_another_connection)
    await store.ingest(TOLL, TOLL_CLAIMS)
    assert seen_from_outside == [0] and (await store.stats()).claims == 3
