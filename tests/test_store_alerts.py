"""Subscriptions and the outbox in the store: alerts are queued in the ingest transaction, once per
chat and claim group, and only for chats that can receive them."""
from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from store_samples import claim
from telegram_articles import exchange, hostile, pokrovsk

from extract.models import Article, Claim
from handlers.subscriptions import describe
from store import Store, parse_query

CHAT = "501"


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    opened = await Store.open(tmp_path / "claimdesk.db")
    yield opened
    await opened.close()


async def subscribe(store: Store, words: str, chat: str = CHAT) -> None:
    query = parse_query(words, names=await store.names())
    await store.subscriptions.add("telegram", chat, words, query, describe(query))


async def subscribe_as_older_version(store: Store, words: str) -> None:
    """Save a subscription the way versions before name phrases did: keys only, no phrase fields."""
    query = parse_query(words, names=await store.names())
    saved = query.model_dump_json(exclude={"place_phrases", "claimant_phrases", "outlet_phrases"})
    await store._write(lambda conn: conn.execute(
        "INSERT INTO subscriptions(platform, chat_id, words, query, description, active, created_at)"
        " VALUES ('telegram', ?, ?, ?, ?, 1, '2025-06-01T00:00:00Z')", (CHAT, words, saved, describe(query))))


def kharkiv_report(day: int, claimant: str, place: str) -> tuple[Article, list[Claim]]:
    """A short report of civilians killed in a strike, naming claimant and place as its outlet spells them."""
    sentence = f"{claimant} said {day} civilians were killed in the strike on {place}."
    article = Article(text=sentence, url=f"https://east-desk.example/strike-{day}", outlet="East Desk",
                      published=dt.date(2025, 6, day))
    return article, [claim(day, "killed", sentence, side="ukraine", population="civilian", claimant=claimant,
                           place=place, month=6)]


async def pending(store: Store) -> list[tuple[str, int]]:
    now = dt.datetime.now(dt.timezone.utc)
    return [(item.chat_id, item.group_id) for item in await store.outbox.pending("telegram", now)]


async def test_a_matching_figure_queues_an_alert(store: Store) -> None:
    await subscribe(store, "russia killed")
    result = await store.ingest(*pokrovsk())
    assert await pending(store) == [(CHAT, result.group_ids[0])]


async def test_a_figure_that_matches_nothing_queues_nothing(store: Store) -> None:
    await subscribe(store, "russia killed")
    await store.ingest(*exchange())
    assert await pending(store) == []


async def test_alerts_are_written_in_the_same_transaction_as_the_claims(store: Store) -> None:
    await subscribe(store, "russia killed")

    def fail_after_queuing(conn, article, result) -> None:
        raise RuntimeError("disk full")

    store.add_ingest_hook(fail_after_queuing)
    with pytest.raises(RuntimeError):
        await store.ingest(*pokrovsk())
    assert (await store.stats()).claims == 0
    assert await store.outbox.counts("telegram") == {}


async def test_a_subscription_made_by_another_process_is_matched(store: Store, tmp_path: Path) -> None:
    await store.ingest(*exchange())  # the ingesting store has loaded its (empty) index
    other = await Store.open(tmp_path / "claimdesk.db")
    try:
        await subscribe(other, "russia killed")
    finally:
        await other.close()
    await store.ingest(*pokrovsk())
    assert len(await pending(store)) == 1


async def test_a_revised_article_does_not_announce_its_figure_again(store: Store) -> None:
    await subscribe(store, "russia killed")
    article, claims = pokrovsk()
    await store.ingest(article, claims)
    revised = article.model_copy(update={"text": article.text + " Officials gave no further details."})
    await store.ingest(revised, claims)
    assert len(await pending(store)) == 1


async def test_two_matching_subscriptions_give_a_chat_one_alert_per_figure(store: Store) -> None:
    await subscribe(store, "russia killed")
    await subscribe(store, "killed pokrovsk")
    await store.ingest(*pokrovsk())
    assert len(await pending(store)) == 1


async def test_each_chat_gets_its_own_alert(store: Store) -> None:
    await subscribe(store, "killed", chat="501")
    await subscribe(store, "killed", chat="-100777")
    await store.ingest(*hostile())
    assert sorted(chat for chat, _ in await pending(store)) == ["-100777", "501"]


async def test_a_chat_has_at_most_fifty_subscriptions(store: Store) -> None:
    for value in range(1, 51):
        await subscribe(store, f"killed {value}")
    query = parse_query("killed 51")
    added = await store.subscriptions.add("telegram", CHAT, "killed 51", query, describe(query))
    assert added.status == "limit" and added.count == 50


async def test_the_same_subscription_twice_is_a_duplicate(store: Store) -> None:
    await subscribe(store, "russia killed")
    query = parse_query("killed russia")
    added = await store.subscriptions.add("telegram", CHAT, "killed russia", query, describe(query))
    assert added.status == "duplicate" and added.number == 1


async def test_unsubscribing_drops_alerts_not_yet_delivered(store: Store) -> None:
    await subscribe(store, "russia killed")
    await store.ingest(*pokrovsk())
    await store.subscriptions.remove("telegram", CHAT, 1)
    assert await pending(store) == []


async def test_a_chat_that_blocked_the_bot_gets_no_new_alerts(store: Store) -> None:
    await subscribe(store, "russia killed")
    await store.deactivate_chat("telegram", CHAT)
    await store.ingest(*pokrovsk())
    assert await pending(store) == []


async def test_a_chat_that_writes_again_gets_its_alerts_again(store: Store) -> None:
    await subscribe(store, "russia killed")
    await store.deactivate_chat("telegram", CHAT)
    await store.reactivate_chat("telegram", CHAT)
    await store.ingest(*pokrovsk())
    assert len(await pending(store)) == 1


async def test_a_delivered_alert_is_no_longer_pending(store: Store) -> None:
    await subscribe(store, "russia killed")
    await store.ingest(*pokrovsk())
    now = dt.datetime.now(dt.timezone.utc)
    [item] = await store.outbox.pending("telegram", now)
    await store.outbox.mark_sent([item.id], now)
    assert await pending(store) == [] and await store.outbox.counts("telegram") == {"sent": 1}


async def test_an_alert_to_retry_later_waits_until_then(store: Store) -> None:
    await subscribe(store, "russia killed")
    await store.ingest(*pokrovsk())
    now = dt.datetime.now(dt.timezone.utc)
    [item] = await store.outbox.pending("telegram", now)
    await store.outbox.retry_later([item.id], now + dt.timedelta(seconds=30))
    assert await store.outbox.pending("telegram", now) == []
    assert [i.attempts for i in await store.outbox.pending("telegram", now + dt.timedelta(seconds=31))] == [1]


async def test_a_surname_subscription_gets_a_figure_from_a_name_spelled_another_way(store: Store) -> None:
    await store.ingest(*kharkiv_report(3, "Oleh Syniehubov", "Kharkiv"))
    await subscribe(store, "syniehubov")
    result = await store.ingest(*kharkiv_report(5, "Syniehubov", "Kharkiv"))
    assert await pending(store) == [(CHAT, result.group_ids[0])]


async def test_a_place_subscription_gets_a_figure_in_the_place_spelled_another_way(store: Store) -> None:
    await store.ingest(*kharkiv_report(3, "Oleh Syniehubov", "Kharkiv"))
    await subscribe(store, "kharkiv killed")
    result = await store.ingest(*kharkiv_report(5, "Oleh Syniehubov", "Kharkov Oblast"))
    assert await pending(store) == [(CHAT, result.group_ids[0])]


async def test_a_subscription_saved_by_an_older_version_still_gets_its_figures(store: Store) -> None:
    await store.ingest(*kharkiv_report(3, "Oleh Syniehubov", "Kharkiv"))
    await subscribe_as_older_version(store, "syniehubov")
    result = await store.ingest(*kharkiv_report(5, "Oleh Syniehubov", "Kharkiv"))
    assert await pending(store) == [(CHAT, result.group_ids[0])]


async def test_a_subscription_saved_by_an_older_version_gets_a_later_spelling_of_its_place(store: Store) -> None:
    await store.ingest(*kharkiv_report(3, "Oleh Syniehubov", "Kharkiv"))
    await subscribe_as_older_version(store, "kharkiv killed")
    result = await store.ingest(*kharkiv_report(5, "Oleh Syniehubov", "Kharkiv region"))
    assert await pending(store) == [(CHAT, result.group_ids[0])]


async def test_a_subscription_to_a_name_saved_by_an_older_version_is_still_a_duplicate(store: Store) -> None:
    await store.ingest(*kharkiv_report(3, "Oleh Syniehubov", "Kharkiv"))
    await subscribe_as_older_version(store, "kharkiv killed")
    await store.ingest(*kharkiv_report(4, "Oleh Syniehubov", "Kharkiv region"))
    query = parse_query("kharkiv killed", names=await store.names())
    added = await store.subscriptions.add("telegram", CHAT, "kharkiv killed", query, describe(query))
    assert added.status == "duplicate"


async def test_a_subscription_saved_by_an_older_version_is_still_a_duplicate(store: Store) -> None:
    await subscribe_as_older_version(store, "russia killed")
    query = parse_query("russia killed")
    added = await store.subscriptions.add("telegram", CHAT, "russia killed", query, describe(query))
    assert added.status == "duplicate" and added.number == 1
