"""Digest schedules: when each chat gets its digest, and how far the previous digest went.

Reached as `store.digests`. A digest covers the claims indexed after `covered_claim_id`; queuing
it moves that mark, sets the next due time and writes the digest into the outbox in one
transaction, so a crash never loses a digest nor sends one twice from the schedule.
"""
from __future__ import annotations

import datetime as dt
import sqlite3
from typing import TYPE_CHECKING

import aiosqlite

from store import searching
from store.alert_queue import stamp
from store.alert_records import DigestSchedule
from store.outbox import add_digest_row
from store.records import Group

if TYPE_CHECKING:
    from store.store import Store

_COLUMNS = ("platform, chat_id, frequency, weekday, at_time, timezone, next_due, covered_claim_id,"
            " last_sent_at")


def _moment(text: str | None) -> dt.datetime | None:
    return dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc) if text else None


def _schedule(row: tuple) -> DigestSchedule:
    return DigestSchedule(platform=row[0], chat_id=row[1], frequency=row[2], weekday=row[3], at_time=row[4],
                          timezone=row[5], next_due=_moment(row[6]), covered_claim_id=row[7],
                          last_sent_at=_moment(row[8]))


class DigestSchedules:
    """Set, read and advance digest schedules."""

    def __init__(self, store: "Store") -> None:
        self._store = store

    async def set(self, platform: str, chat_id: str, frequency: str, weekday: int | None, at_time: str,
                  timezone: str, next_due: dt.datetime) -> DigestSchedule:
        """Create or change the chat's schedule. A new schedule's first digest covers what is indexed
        from now on; a changed one keeps its place."""
        now = stamp(self._store._clock())

        def work(conn: sqlite3.Connection) -> DigestSchedule:
            newest = conn.execute("SELECT COALESCE(MAX(id), 0) FROM claims").fetchone()[0]
            conn.execute(
                "INSERT INTO digest_schedules(platform, chat_id, frequency, weekday, at_time, timezone, next_due,"
                " covered_claim_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT(platform, chat_id) DO UPDATE SET frequency = excluded.frequency,"
                " weekday = excluded.weekday, at_time = excluded.at_time, timezone = excluded.timezone,"
                " next_due = excluded.next_due",
                (platform, chat_id, frequency, weekday, at_time, timezone, stamp(next_due), newest, now))
            row = conn.execute(f"SELECT {_COLUMNS} FROM digest_schedules WHERE platform = ? AND chat_id = ?",
                               (platform, chat_id)).fetchone()
            return _schedule(row)
        return await self._store._write(work)

    async def clear(self, platform: str, chat_id: str) -> bool:
        """Stop the chat's digests; False when it had none."""
        return bool(await self._store._write(lambda conn: conn.execute(
            "DELETE FROM digest_schedules WHERE platform = ? AND chat_id = ?", (platform, chat_id)).rowcount))

    async def get(self, platform: str, chat_id: str) -> DigestSchedule | None:
        """The chat's schedule, or None."""
        async def work(conn: aiosqlite.Connection) -> DigestSchedule | None:
            async with conn.execute(f"SELECT {_COLUMNS} FROM digest_schedules WHERE platform = ? AND chat_id = ?",
                                    (platform, chat_id)) as cur:
                row = await cur.fetchone()
            return _schedule(row) if row else None
        return await self._store._read(work)  # type: ignore[return-value]

    async def due(self, platform: str, now: dt.datetime) -> list[DigestSchedule]:
        """Schedules of `platform` whose digest is due at `now` (however long ago it fell due)."""
        async def work(conn: aiosqlite.Connection) -> list[DigestSchedule]:
            async with conn.execute(
                    f"SELECT {_COLUMNS} FROM digest_schedules d WHERE platform = ? AND next_due <= ?"
                    " AND NOT EXISTS (SELECT 1 FROM chats c WHERE c.platform = d.platform"
                    " AND c.chat_id = d.chat_id AND c.active = 0) ORDER BY next_due",
                    (platform, stamp(now))) as cur:
                return [_schedule(row) for row in await cur.fetchall()]
        return await self._store._read(work)  # type: ignore[return-value]

    async def new_groups(self, after_claim_id: int = 0, since: dt.datetime | None = None, limit: int = 60
                         ) -> tuple[list[Group], int, int]:
        """Groups of the claims indexed after `after_claim_id` (and, with `since`, in articles stored
        since then): up to `limit` groups, newest first, the newest claim id seen, and how many groups
        there are in all."""
        async def work(conn: aiosqlite.Connection) -> tuple[list[Group], int, int]:
            async with conn.execute("SELECT COALESCE(MAX(id), 0) FROM claims") as cur:
                newest = (await cur.fetchone())[0]  # type: ignore[index]
            where, params = "c.id > ? AND c.id <= ?", [after_claim_id, newest]
            if since is not None:
                where += " AND c.article_id IN (SELECT id FROM articles WHERE updated_at >= ?)"
                params.append(stamp(since))
            async with conn.execute(f"SELECT COUNT(DISTINCT c.group_id) FROM claims c WHERE {where}", params) as cur:
                total = (await cur.fetchone())[0]  # type: ignore[index]
            async with conn.execute(
                    f"SELECT c.group_id, MAX(c.id) AS newest FROM claims c WHERE {where}"
                    " GROUP BY c.group_id ORDER BY newest DESC LIMIT ?", [*params, limit]) as cur:
                picks = [(row[0], row[1]) for row in await cur.fetchall()]
            return await searching.load_groups(conn, picks), newest, total
        return await self._store._read(work)  # type: ignore[return-value]

    async def advance(self, schedule: DigestSchedule, next_due: dt.datetime, covered_claim_id: int,
                      payload: str | None, now: dt.datetime) -> bool:
        """Record a digest run: move the schedule to `next_due` and its mark to `covered_claim_id`, and
        queue `payload` (None: nothing new, nothing sent). False if another run got there first."""
        def work(conn: sqlite3.Connection) -> bool:
            moved = conn.execute(
                "UPDATE digest_schedules SET next_due = ?, covered_claim_id = MAX(covered_claim_id, ?),"
                " last_sent_at = CASE WHEN ? IS NULL THEN last_sent_at ELSE ? END"
                " WHERE platform = ? AND chat_id = ? AND next_due = ?",
                (stamp(next_due), covered_claim_id, payload, stamp(now), schedule.platform, schedule.chat_id,
                 stamp(schedule.next_due))).rowcount
            if moved and payload is not None:
                add_digest_row(conn, schedule.platform, schedule.chat_id, payload, now)
            return bool(moved)
        return await self._store._write(work)

    async def cover(self, platform: str, chat_id: str, covered_claim_id: int, now: dt.datetime) -> None:
        """A digest was given on request (`/digest now`): the next scheduled one starts after it."""
        await self._store._write(lambda conn: conn.execute(
            "UPDATE digest_schedules SET covered_claim_id = MAX(covered_claim_id, ?), last_sent_at = ?"
            " WHERE platform = ? AND chat_id = ?", (covered_claim_id, stamp(now), platform, chat_id)))
