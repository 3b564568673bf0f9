"""Versioned, forward-only schema migrations applied when a store is opened.

Each `migrations/NNNN_name.sql` runs once, inside one write transaction together with the row
that records it in `schema_version`, so a crash or a concurrent opener never leaves half a schema.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

import aiosqlite

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


@dataclass(frozen=True)
class Migration:
    """One migration file: its version number, name and SQL."""

    version: int
    name: str
    sql: str


def load_migrations(directory: Path = MIGRATIONS_DIR) -> list[Migration]:
    """Every migration in `directory`, in version order."""
    found = []
    for path in sorted(directory.glob("[0-9][0-9][0-9][0-9]_*.sql")):
        found.append(Migration(int(path.name[:4]), path.stem[5:], path.read_text(encoding="utf-8")))
    versions = [m.version for m in found]
    if versions != list(range(1, len(found) + 1)):
        raise RuntimeError(f"migrations must be numbered 1..N without gaps, found {versions}")
    return found


def latest_version() -> int:
    """The schema version this code expects."""
    return len(load_migrations())


def split_statements(sql: str) -> list[str]:
    """The script's statements, one at a time (trigger bodies stay whole)."""
    statements, pending = [], ""
    for line in sql.splitlines(keepends=True):
        if not pending and (not line.strip() or line.lstrip().startswith("--")):
            continue
        pending += line
        if sqlite3.complete_statement(pending):
            statements.append(pending.strip())
            pending = ""
    if pending.strip():
        statements.append(pending.strip())
    return statements


async def current_version(conn: aiosqlite.Connection) -> int:
    """The version recorded in the database, 0 for an empty one."""
    async with conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='schema_version'") as cur:
        if await cur.fetchone() is None:
            return 0
    async with conn.execute("SELECT COALESCE(MAX(version), 0) FROM schema_version") as cur:
        row = await cur.fetchone()
    return int(row[0])


async def migrate(conn: aiosqlite.Connection, target: int | None = None) -> int:
    """Bring the schema up to `target` (default: the latest); returns the version reached.

    The connection must be in autocommit mode (isolation_level=None). Several processes may
    call this at once: the version is re-read after taking the write lock.
    """
    migrations = load_migrations()
    target = len(migrations) if target is None else target
    if await current_version(conn) >= target:
        return await current_version(conn)
    await conn.execute("BEGIN IMMEDIATE")
    try:
        await conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_version ("
            " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
        version = await current_version(conn)
        for migration in migrations[version:target]:
            for statement in split_statements(migration.sql):
                await conn.execute(statement)
            await conn.execute(
                "INSERT INTO schema_version(version, name, applied_at)"
                " VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
                (migration.version, migration.name))
        await conn.execute("COMMIT")
    except BaseException:
        await conn.execute("ROLLBACK")
        raise
    return await current_version(conn)
