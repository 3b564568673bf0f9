"""The ingest hook that queues alerts: run inside an article's transaction, it matches the article's
claims against the subscriptions and writes one outbox row per (chat, claim group) not yet announced.

Because it runs in the same transaction as the claims, an article's alerts exist exactly when its
claims do, whichever process ingested it. The subscriptions are held in a `SubscriptionIndex`
that catches up with changes made by any process through the `subscription_changes` log.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import sqlite3

from extract.models import Article
from store.clock import Clock
from store.records import IngestResult
from store.subscription_index import Figure, Filters, SubscriptionIndex, text_tokens

log = logging.getLogger(__name__)


_SUBSCRIPTION_SQL = "SELECT id, platform, chat_id, query, active FROM subscriptions"
_CLAIMS_SQL = ("SELECT c.group_id, c.value, c.category, c.side, c.population, c.claimant_key, c.place_key,"
               " a.outlet_key, c.month, c.when_key, c.excerpt"
               " FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.article_id = ? ORDER BY c.id")


def stamp(moment: dt.datetime) -> str:
    """A moment as the UTC text the store keeps ('2025-06-12T08:00:00Z'), which sorts by time."""
    return moment.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def compile_filters(query_json: str) -> Filters:
    """The matching filters of a stored subscription query."""
    return Filters.from_query(json.loads(query_json))


class AlertQueue:
    """An `IngestHook`: one per store, used only on the store's writer thread."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.index = SubscriptionIndex()
        self._seen_change = -1  # -1: not loaded yet

    def refresh(self, conn: sqlite3.Connection) -> None:
        """Bring the index up to date with the subscriptions table (incrementally after the first load)."""
        if self._seen_change < 0:
            self._seen_change = conn.execute(
                "SELECT COALESCE(MAX(seq), 0) FROM subscription_changes").fetchone()[0]
            self.index.clear()
            for row in conn.execute(_SUBSCRIPTION_SQL + " WHERE active = 1"):
                self._file(row)
            return
        changes = conn.execute("SELECT seq, subscription_id FROM subscription_changes WHERE seq > ?",
                               (self._seen_change,)).fetchall()
        if not changes:
            return
        self._seen_change = changes[-1][0]
        ids = sorted({c[1] for c in changes})
        for i in ids:
            self.index.remove(i)
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ", ".join("?" for _ in chunk)
            for row in conn.execute(f"{_SUBSCRIPTION_SQL} WHERE id IN ({marks}) AND active = 1", chunk):
                self._file(row)

    def _file(self, row: tuple) -> None:
        try:
            self.index.add(row[0], row[1], row[2], compile_filters(row[3]))
        except (ValueError, TypeError) as exc:  # a row written by a newer version, say
            log.warning("subscription %s cannot be matched: %s", row[0], exc)

    def figures(self, conn: sqlite3.Connection, article_id: int) -> list[Figure]:
        """The article's claims as figures to match."""
        return [Figure(group_id=r[0], value=r[1], category=r[2], side=r[3], population=r[4],
                       claimant_key=r[5], place_key=r[6], outlet_key=r[7], month=r[8],
                       when_key=r[9] or 0, tokens=text_tokens(r[10]))
                for r in conn.execute(_CLAIMS_SQL, (article_id,))]

    def __call__(self, conn: sqlite3.Connection, article: Article, result: IngestResult) -> None:
        """Queue the alerts for one new or revised article (inside its transaction)."""
        self.refresh(conn)
        if not len(self.index) or not result.group_ids:
            return
        matched: dict[tuple[int, int], None] = {}
        for figure in self.figures(conn, result.article_id):
            for subscription_id in sorted(self.index.match(figure)):
                matched.setdefault((subscription_id, figure.group_id), None)
        if not matched:
            return
        now = stamp(self.clock())
        queued = 0
        for subscription_id, group_id in matched:
            fresh = conn.execute("INSERT OR IGNORE INTO alerted(subscription_id, group_id) VALUES (?, ?)",
                                 (subscription_id, group_id)).rowcount
            if not fresh:
                continue  # this subscription has announced the group already
            entry = self.index.entry(subscription_id)
            queued += conn.execute(
                "INSERT OR IGNORE INTO outbox(platform, chat_id, kind, group_id, subscription_id, created_at)"
                " VALUES (?, ?, 'alert', ?, ?, ?)",
                (entry.platform, entry.chat_id, group_id, subscription_id, now)).rowcount
        if queued:
            log.info("queued %d alert(s) for article %s", queued, result.article_id)
