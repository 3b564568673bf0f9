"""The outbox: messages waiting to be delivered, and what became of them.

Reached as `store.outbox`. A row is pending until the sender reports the platform accepted it
(`mark_sent`), so a crash at any moment leaves it pending and it is delivered after a restart.
"""
from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from typing import TYPE_CHECKING

import aiosqlite

from store import searching
from store.alert_queue import stamp
from store.alert_records import OutboxItem
from store.records import Group

if TYPE_CHECKING:
    from store.store import Store

_PENDING_SQL = (
    "SELECT o.id, o.platform, o.chat_id, o.kind, o.group_id, o.subscription_id, s.description, o.payload,"
    " o.attempts FROM outbox o LEFT JOIN subscriptions s ON s.id = o.subscription_id"
    " WHERE o.platform = ? AND o.status = 'pending' AND o.not_before <= ? AND o.id > ?"
    " ORDER BY o.id LIMIT ?")


def _marks(ids: Sequence[int]) -> str:
    return ", ".join("?" for _ in ids)


class Outbox:
    """Read pending messages and record their delivery."""

    def __init__(self, store: "Store") -> None:
        self._store = store

    async def pending(self, platform: str, now: dt.datetime, limit: int = 1000, after_id: int = 0
                      ) -> list[OutboxItem]:
        """Pending messages of `platform` that may be tried now, oldest first."""
        async def work(conn: aiosqlite.Connection) -> list[OutboxItem]:
            async with conn.execute(_PENDING_SQL, (platform, stamp(now), after_id, limit)) as cur:
                rows = await cur.fetchall()
            return [OutboxItem(id=r[0], platform=r[1], chat_id=r[2], kind=r[3], group_id=r[4],
                               subscription_id=r[5], description=r[6], payload=r[7], attempts=r[8])
                    for r in rows]
        return await self._store._read(work)  # type: ignore[return-value]

    async def groups(self, group_ids: Sequence[int]) -> dict[int, Group]:
        """The claim groups alerts announce, by id (groups since removed are missing)."""
        async def work(conn: aiosqlite.Connection) -> dict[int, Group]:
            found = await searching.load_groups(conn, [(gid, None) for gid in dict.fromkeys(group_ids)])
            return {g.id: g for g in found}
        return await self._store._read(work)  # type: ignore[return-value]

    async def _finish(self, ids: Sequence[int], status: str, now: dt.datetime) -> None:
        if not ids:
            return
        await self._store._write(lambda conn: conn.execute(
            f"UPDATE outbox SET status = ?, done_at = ? WHERE id IN ({_marks(ids)}) AND status = 'pending'",
            (status, stamp(now), *ids)))

    async def mark_sent(self, ids: Sequence[int], now: dt.datetime) -> None:
        """The platform accepted the message carrying these rows."""
        await self._finish(ids, "sent", now)

    async def drop(self, ids: Sequence[int], now: dt.datetime) -> None:
        """These rows will not be sent (their group is gone, or their chat blocked the bot)."""
        await self._finish(ids, "dropped", now)

    async def give_up(self, ids: Sequence[int], now: dt.datetime) -> None:
        """These rows failed too often to try again."""
        await self._finish(ids, "failed", now)

    async def retry_later(self, ids: Sequence[int], not_before: dt.datetime) -> None:
        """A delivery attempt failed for a passing reason: count it and wait until `not_before`."""
        if not ids:
            return
        await self._store._write(lambda conn: conn.execute(
            f"UPDATE outbox SET attempts = attempts + 1, not_before = ?"
            f" WHERE id IN ({_marks(ids)}) AND status = 'pending'", (stamp(not_before), *ids)))

    async def counts(self, platform: str) -> dict[str, int]:
        """How many rows of `platform` are in each status."""
        async def work(conn: aiosqlite.Connection) -> dict[str, int]:
            async with conn.execute("SELECT status, COUNT(*) FROM outbox WHERE platform = ? GROUP BY status",
                                    (platform,)) as cur:
                return {row[0]: row[1] for row in await cur.fetchall()}
        return await self._store._read(work)  # type: ignore[return-value]


def add_digest_row(conn: sqlite3.Connection, platform: str, chat_id: str, payload: str, now: dt.datetime) -> None:
    """Write a digest into the outbox (inside the caller's transaction)."""
    conn.execute("INSERT INTO outbox(platform, chat_id, kind, payload, created_at) VALUES (?, ?, 'digest', ?, ?)",
                 (platform, chat_id, payload, stamp(now)))
