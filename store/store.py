"""The claim index: one SQLite file in WAL mode, one writer at a time, readers on their own connection.

Writes run on one dedicated thread with its own connection (one call per batch of articles,
which is what makes bulk loads fast); reads use an aiosqlite connection. Every article is
written in one transaction (`BEGIN IMMEDIATE`), so readers in this or any other process never
see half an article, and concurrent writers queue on the busy timeout instead of failing with
"database is locked".
"""
from __future__ import annotations

import asyncio
import datetime as dt
import sqlite3
from collections.abc import Awaitable, Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

import aiosqlite

from extract.models import Article, Claim
from store import ingesting, searching, subscriptions as subscription_rows
from store.alert_queue import AlertQueue
from store.clock import Clock, utc_now
from store.digest_schedules import DigestSchedules
from store.outbox import Outbox
from store.query import Query
from store.records import Group, IngestResult, Names, Page, Source, Stats
from store.saved_queries import SavedQueries
from store.schema import migrate
from store.subscriptions import Subscriptions

BUSY_TIMEOUT_MS = 60_000
WRITER_CACHE_KB = 64 * 1024  # page cache of the writer: keeps index pages hot during bulk loads

# Called on the writer thread inside the ingest transaction of every new or revised article
# (e.g. to queue alerts in the same transaction as the claims they announce).
IngestHook = Callable[[sqlite3.Connection, Article, IngestResult], None]
T = TypeVar("T")


def _connect_writer(path: str) -> sqlite3.Connection:
    """The writer's connection (used only on the writer thread), in autocommit mode."""
    conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000,
                           check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA cache_size = -{WRITER_CACHE_KB}")
    return conn


async def _connect(path: str) -> aiosqlite.Connection:
    """A connection in autocommit mode with WAL, a generous busy timeout and foreign keys on."""
    conn = await aiosqlite.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        await conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        for attempt in range(200):
            try:
                async with conn.execute("PRAGMA journal_mode = WAL") as cur:
                    await cur.fetchone()
                break
            except sqlite3.OperationalError as error:  # switching modes needs a moment alone
                if "locked" not in str(error) or attempt == 199:
                    raise
                await asyncio.sleep(0.05)
        await conn.execute("PRAGMA synchronous = NORMAL")
        await conn.execute("PRAGMA foreign_keys = ON")
    except BaseException:  # e.g. "file is not a database": close it, or its worker thread keeps the process alive
        await conn.close()
        raise
    return conn


class Store:
    """Async access to the claim index. Open with `await Store.open(path)`, finish with `close()`."""

    def __init__(self, path: str, reader: aiosqlite.Connection, clock: Clock) -> None:
        self.path = path
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="claimdesk-writer")
        self._writer: sqlite3.Connection | None = None
        self._reader = reader
        self._clock = clock
        self._write_lock = asyncio.Lock()
        self._read_lock = asyncio.Lock()
        # Alerts are queued inside every ingest transaction, whichever process ingests.
        self._hooks: list[IngestHook] = [AlertQueue(clock)]
        self.subscriptions = Subscriptions(self)
        self.outbox = Outbox(self)
        self.digests = DigestSchedules(self)
        self.saved_queries = SavedQueries(self)
        self._names: tuple[int, Names] | None = None
        self._wrote = False

    @classmethod
    async def open(cls, path: str | Path, clock: Clock = utc_now) -> "Store":
        """Open (creating if needed) the database at `path` and bring its schema up to date."""
        path = str(path)
        if path != ":memory:":
            Path(path).expanduser().parent.mkdir(parents=True, exist_ok=True)
        reader = await _connect(path)
        try:
            await migrate(reader)
        except BaseException:
            await reader.close()
            raise
        return cls(path, reader, clock)

    @property
    def clock(self) -> Clock:
        """The clock this store stamps its rows with (injected at `open`)."""
        return self._clock

    async def _write(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """Run `work(conn)` on the writer thread inside one write transaction."""
        def run() -> T:
            if self._writer is None:
                self._writer = _connect_writer(self.path)
            conn = self._writer
            conn.execute("BEGIN IMMEDIATE")
            try:
                result = work(conn)
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            return result
        async with self._write_lock:
            result = await asyncio.get_running_loop().run_in_executor(self._executor, run)
            self._wrote = True
            return result

    async def close(self) -> None:
        """Close both connections (lets SQLite refresh its planner statistics first)."""
        await self.saved_queries.flush()
        def finish() -> None:
            if self._writer is not None:
                try:
                    self._writer.execute("PRAGMA optimize")
                except sqlite3.Error:
                    pass
                self._writer.close()
                self._writer = None
        await asyncio.get_running_loop().run_in_executor(self._executor, finish)
        self._executor.shutdown(wait=True)
        await self._reader.close()

    async def __aenter__(self) -> "Store":
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    def add_ingest_hook(self, hook: IngestHook) -> None:
        """Run `hook` inside the transaction of every new or revised article."""
        self._hooks.append(hook)

    # ── writing ──────────────────────────────────────────────────────────────────────────────

    async def ingest(self, article: Article, claims: Sequence[Claim]) -> IngestResult:
        """Store one article and its claims in one transaction (idempotent; see `write_article`)."""
        return (await self.ingest_many([(article, claims)]))[0]

    async def ingest_many(self, items: Iterable[tuple[Article, Sequence[Claim]]]) -> list[IngestResult]:
        """Store several articles in one transaction: for bulk loads, where per-article commits cost."""
        batch = list(items)
        stamp = self._clock()

        def work(conn: sqlite3.Connection) -> list[IngestResult]:
            results = []
            for article, claims in batch:
                result = ingesting.write_article(conn, article, claims, stamp, index_text=False)
                results.append(result)
            ingesting.index_claims(conn, [claim_id for result in results for claim_id in result.claim_ids])
            for (article, _), result in zip(batch, results):
                if result.status != "unchanged":
                    for hook in self._hooks:
                        hook(conn, article, result)
            return results
        return await self._write(work)

    async def analyze(self) -> None:
        """Refresh the query planner's statistics (after a bulk load)."""
        await self._write(lambda conn: conn.execute("ANALYZE"))

    async def _set_chat_active(self, platform: str, chat_id: str, active: bool) -> None:
        stamp = self._clock().astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")

        def work(conn: sqlite3.Connection) -> None:
            conn.execute(
                "INSERT INTO chats(platform, chat_id, active, changed_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT(platform, chat_id) DO UPDATE SET active = excluded.active,"
                " changed_at = excluded.changed_at", (platform, str(chat_id), int(active), stamp))
            subscription_rows.set_chat_active(conn, platform, str(chat_id), active)
        await self._write(work)

    async def deactivate_chat(self, platform: str, chat_id: str) -> None:
        """Record that a chat blocked or removed the bot: nothing more is sent there (its alerts pause)."""
        await self._set_chat_active(platform, chat_id, False)

    async def reactivate_chat(self, platform: str, chat_id: str) -> None:
        """Record that a chat may be written to again (it wrote to the bot; its alerts resume)."""
        await self._set_chat_active(platform, chat_id, True)

    # ── reading ──────────────────────────────────────────────────────────────────────────────

    async def _read(self, work: Callable[[aiosqlite.Connection], Awaitable[object]]) -> object:
        """Run `work` in one read transaction: a consistent snapshot across its statements."""
        async with self._read_lock:
            await self._reader.execute("BEGIN")
            try:
                return await work(self._reader)
            finally:
                await self._reader.execute("COMMIT")

    async def search(self, query: Query, limit: int = 10, offset: int = 0) -> Page:
        """One page of groups matching the query: newest first, and of the same date, the better sourced
        first (see `searching.matching_groups`)."""
        async def work(conn: aiosqlite.Connection) -> Page:
            picks, more = await searching.matching_groups(conn, query, limit, offset)
            if not picks and query.place_keys and not (await searching.matching_groups(conn, query, 1, 0))[0]:
                # No figure carries the place: fall back to figures whose sentence names it.
                picks, more = await searching.matching_groups(conn, query, limit, offset, places_in_text=True)
            return await searching.load_page(conn, picks, offset, more)
        return await self._read(work)  # type: ignore[return-value]

    async def latest(self, n: int = 10, offset: int = 0) -> Page:
        """The groups of the most recently ingested figures."""
        async def work(conn: aiosqlite.Connection) -> Page:
            picks, more = await searching.latest_groups(conn, n, offset)
            return await searching.load_page(conn, picks, offset, more)
        return await self._read(work)  # type: ignore[return-value]

    async def group(self, group_id: int) -> Group | None:
        """One group by id, or None."""
        async def work(conn: aiosqlite.Connection) -> Group | None:
            return await searching.load_group(conn, group_id)
        return await self._read(work)  # type: ignore[return-value]

    async def group_sources(self, group_id: int) -> list[Source]:
        """Every article behind a group, oldest first; wire copies point at the first article."""
        async def work(conn: aiosqlite.Connection) -> list[Source]:
            async with conn.execute(
                    "SELECT a.id, c.id, a.outlet, a.title, a.url, a.published, c.claimant, c.excerpt,"
                    " c.value, c.low, c.high, c.qualifier, c.place, c.source_key"
                    " FROM claims c JOIN articles a ON a.id = c.article_id"
                    " WHERE c.group_id = ? ORDER BY a.published IS NULL, a.published, a.id",
                    (group_id,)) as cur:
                rows = await cur.fetchall()
            first_by_key: dict[str, int] = {}
            sources = []
            for r in rows:
                copy_of = first_by_key.setdefault(r[13], r[0])
                sources.append(Source(
                    article_id=r[0], claim_id=r[1], outlet=r[2], title=r[3], url=r[4],
                    published=dt.date.fromisoformat(r[5]) if r[5] else None, claimant=r[6],
                    excerpt=r[7], value=r[8], low=r[9], high=r[10], qualifier=r[11], place=r[12],
                    copy_of=None if copy_of == r[0] else copy_of))
            return sources
        return await self._read(work)  # type: ignore[return-value]

    async def names(self) -> Names:
        """Places, claimants and outlets present in the database (cached until new names arrive)."""
        async def work(conn: aiosqlite.Connection) -> Names:
            async with conn.execute("SELECT COUNT(*) FROM names") as cur:
                count = (await cur.fetchone())[0]  # type: ignore[index]
            if self._names and self._names[0] == count:
                return self._names[1]
            names = Names()
            async with conn.execute("SELECT kind, key, name FROM names") as cur:
                async for kind, key, name in cur:
                    getattr(names, kind + "s")[key] = name
            self._names = (count, names)
            return names
        return await self._read(work)  # type: ignore[return-value]

    async def blocked_chats(self, platform: str) -> list[str]:
        """Chats of `platform` that blocked the bot."""
        async def work(conn: aiosqlite.Connection) -> list[str]:
            async with conn.execute("SELECT chat_id FROM chats WHERE platform = ? AND active = 0",
                                    (platform,)) as cur:
                return [row[0] for row in await cur.fetchall()]
        return await self._read(work)  # type: ignore[return-value]

    async def stats(self) -> Stats:
        """Counts of articles, claims and groups."""
        async def work(conn: aiosqlite.Connection) -> Stats:
            async with conn.execute(
                    "SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM claims),"
                    " (SELECT COUNT(*) FROM claim_groups)") as cur:
                a, c, g = await cur.fetchone()  # type: ignore[misc]
            return Stats(articles=a, claims=c, groups=g)
        return await self._read(work)  # type: ignore[return-value]

    async def revisions(self, article_id: int) -> list[int]:
        """Revision numbers kept for an article's earlier versions, oldest first."""
        async def work(conn: aiosqlite.Connection) -> list[int]:
            async with conn.execute(
                    "SELECT revision FROM article_revisions WHERE article_id = ? ORDER BY revision",
                    (article_id,)) as cur:
                return [row[0] for row in await cur.fetchall()]
        return await self._read(work)  # type: ignore[return-value]
