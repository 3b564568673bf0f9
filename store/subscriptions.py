"""Subscriptions: a chat's standing searches, numbered in the order they were made.

Reached as `store.subscriptions`. Writes go through the store's one writer, so the per-chat limit
and the duplicate check hold even when two admins subscribe at the same moment.
"""
from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

import aiosqlite

from store.alert_queue import stamp
from store.alert_records import MAX_SUBSCRIPTIONS_PER_CHAT, AddedSubscription, Subscription
from store.query import Query

if TYPE_CHECKING:
    from store.store import Store

_COLUMNS = "id, platform, chat_id, words, description, query, active"


def _subscription(row: tuple) -> Subscription:
    return Subscription(id=row[0], platform=row[1], chat_id=row[2], words=row[3], description=row[4],
                        query=Query.model_validate_json(row[5]), active=bool(row[6]))


# How a name filter reads the database when it is made (its keys) and since this version (its phrases):
# the same words made on another day are the same subscription.
_NAME_MATCHING = {f"{kind}_{part}" for kind in ("place", "claimant", "outlet") for part in ("keys", "phrases")}


def _same_query(saved_json: str, query_json: str, query: Query) -> bool:
    """Whether a saved subscription is this query, also when an older version saved it without the
    fields added since, or when the database held other spellings of its names then."""
    if saved_json == query_json:
        return True
    try:
        saved = Query.model_validate_json(saved_json)
    except ValueError:  # a row this version cannot read is no duplicate of anything
        return False
    return saved.model_dump(exclude=_NAME_MATCHING) == query.model_dump(exclude=_NAME_MATCHING)


def _chat_rows(conn: sqlite3.Connection, platform: str, chat_id: str) -> list[tuple]:
    return conn.execute(f"SELECT {_COLUMNS} FROM subscriptions WHERE platform = ? AND chat_id = ? ORDER BY id",
                        (platform, chat_id)).fetchall()


def set_chat_active(conn: sqlite3.Connection, platform: str, chat_id: str, active: bool) -> None:
    """Pause a blocked chat's subscriptions and drop its undelivered messages; resume when it returns."""
    conn.execute("UPDATE subscriptions SET active = ? WHERE platform = ? AND chat_id = ? AND active != ?",
                 (int(active), platform, chat_id, int(active)))
    if not active:
        conn.execute("UPDATE outbox SET status = 'dropped' WHERE platform = ? AND chat_id = ? AND status = 'pending'",
                     (platform, chat_id))


class Subscriptions:
    """Add, list and remove a chat's subscriptions."""

    def __init__(self, store: "Store") -> None:
        self._store = store

    async def add(self, platform: str, chat_id: str, words: str, query: Query, description: str,
                  limit: int = MAX_SUBSCRIPTIONS_PER_CHAT) -> AddedSubscription:
        """Subscribe the chat to `query`, unless it has that subscription already or is at the limit."""
        query_json = query.model_dump_json()
        now = stamp(self._store._clock())

        def work(conn: sqlite3.Connection) -> AddedSubscription:
            rows = _chat_rows(conn, platform, chat_id)
            for number, row in enumerate(rows, 1):
                if _same_query(row[5], query_json, query):
                    return AddedSubscription(status="duplicate", number=number,
                                             subscription=_subscription(row), count=len(rows))
            if len(rows) >= limit:
                return AddedSubscription(status="limit", count=len(rows))
            active = conn.execute("SELECT active FROM chats WHERE platform = ? AND chat_id = ?",
                                  (platform, chat_id)).fetchone()
            cur = conn.execute(
                "INSERT INTO subscriptions(platform, chat_id, words, query, description, active, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (platform, chat_id, words, query_json, description, 1 if active is None else active[0], now))
            row = (cur.lastrowid, platform, chat_id, words, description, query_json, 1)
            return AddedSubscription(status="added", number=len(rows) + 1, subscription=_subscription(row),
                                     count=len(rows) + 1)
        return await self._store._write(work)

    async def list(self, platform: str, chat_id: str) -> list[Subscription]:
        """The chat's subscriptions, oldest first (their numbers are positions in this list)."""
        async def work(conn: aiosqlite.Connection) -> list[Subscription]:
            async with conn.execute(
                    f"SELECT {_COLUMNS} FROM subscriptions WHERE platform = ? AND chat_id = ? ORDER BY id",
                    (platform, chat_id)) as cur:
                return [_subscription(row) for row in await cur.fetchall()]
        return await self._store._read(work)  # type: ignore[return-value]

    async def remove(self, platform: str, chat_id: str, number: int | None) -> list[Subscription]:
        """Remove the chat's subscription at position `number` (1-based), or all with None; returns
        what was removed. Alerts of removed subscriptions that were not delivered yet are dropped."""
        def work(conn: sqlite3.Connection) -> list[Subscription]:
            rows = _chat_rows(conn, platform, chat_id)
            if number is not None:
                rows = rows[number - 1:number] if 1 <= number <= len(rows) else []
            for row in rows:
                conn.execute("DELETE FROM subscriptions WHERE id = ?", (row[0],))
                conn.execute("UPDATE outbox SET status = 'dropped'"
                             " WHERE subscription_id = ? AND status = 'pending'", (row[0],))
            return [_subscription(row) for row in rows]
        return await self._store._write(work)

    async def count(self) -> int:
        """How many subscriptions exist (all chats)."""
        async def work(conn: aiosqlite.Connection) -> int:
            async with conn.execute("SELECT COUNT(*) FROM subscriptions") as cur:
                return (await cur.fetchone())[0]  # type: ignore[index]
        return await self._store._read(work)  # type: ignore[return-value]
