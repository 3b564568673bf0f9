"""Queries behind page buttons too long to carry their words: a short token for each.

Reached as `store.saved_queries`. A token is a hash of the query, so it is known at once:
`remember` returns it without waiting and writes the row in the background, because a reply
must not queue behind an ingest for the write lock. Tokens are also kept in memory (the newest
`MEMORY` used), so this process answers their buttons even before the row is written.
"""
from __future__ import annotations

import asyncio
import hashlib
import logging
from collections import OrderedDict
from typing import TYPE_CHECKING

import aiosqlite

from store.alert_queue import stamp

if TYPE_CHECKING:
    from store.store import Store

log = logging.getLogger(__name__)

MEMORY = 10_000  # tokens kept in memory; the least recently used are forgotten first


def token_for(command: str, args: str) -> str:
    """The 12-character token of a query: the same words always give the same token."""
    return hashlib.sha256(f"{command}\n{args}".encode("utf-8")).hexdigest()[:12]


class SavedQueries:
    """Tokens for long queries: remembered at once, written to the database in the background."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._recent: OrderedDict[str, tuple[str, str]] = OrderedDict()
        self._writing: set[asyncio.Task[None]] = set()

    def remember(self, command: str, args: str) -> str:
        """The token for `command args`; its row is written by a background task (failures logged)."""
        token = token_for(command, args)
        known = token in self._recent
        self._recent[token] = (command, args)
        self._recent.move_to_end(token)
        while len(self._recent) > MEMORY:
            self._recent.popitem(last=False)
        if not known:
            task = asyncio.get_running_loop().create_task(self._write(token, command, args))
            self._writing.add(task)
            task.add_done_callback(self._writing.discard)
        return token

    async def _write(self, token: str, command: str, args: str) -> None:
        when = stamp(self._store.clock())
        try:
            await self._store._write(lambda conn: conn.execute(
                "INSERT OR IGNORE INTO saved_queries(token, command, args, created_at) VALUES (?, ?, ?, ?)",
                (token, command, args, when)))
        except Exception:  # noqa: BLE001 - a background task: log it; the button still works from memory
            log.exception("could not save the query behind a page button (token %s)", token)

    async def load(self, token: str) -> tuple[str, str] | None:
        """The (command, args) behind a token, or None when it was never saved (or is forgotten)."""
        if token in self._recent:
            self._recent.move_to_end(token)
            return self._recent[token]

        async def work(conn: aiosqlite.Connection) -> tuple[str, str] | None:
            async with conn.execute("SELECT command, args FROM saved_queries WHERE token = ?",
                                    (token,)) as cur:
                row = await cur.fetchone()
            return (row[0], row[1]) if row else None
        return await self._store._read(work)  # type: ignore[return-value]

    async def flush(self) -> None:
        """Wait for the rows still being written (before the store closes)."""
        while self._writing:
            await asyncio.gather(*self._writing, return_exceptions=True)
