"""Schema migrations: applied from an empty file and from every earlier version, forward only."""
from __future__ import annotations

import sqlite3

import aiosqlite
import pytest

from store import Store
from store.schema import current_version, latest_version, load_migrations, migrate, split_statements


async def _connect(path) -> aiosqlite.Connection:
    return await aiosqlite.connect(str(path), isolation_level=None)


def _tables(path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}


async def test_an_empty_database_is_brought_to_the_latest_version(tmp_path):
    conn = await _connect(tmp_path / "db.sqlite")
    reached = await migrate(conn)
    await conn.close()
    assert reached == latest_version()
    assert {"articles", "article_revisions", "claims", "claim_groups", "schema_version"} <= _tables(tmp_path / "db.sqlite")


async def test_opening_the_store_twice_applies_nothing_twice(tmp_path):
    path = tmp_path / "db.sqlite"
    await (await Store.open(path)).close()
    await (await Store.open(path)).close()
    with sqlite3.connect(path) as conn:
        versions = [r[0] for r in conn.execute("SELECT version FROM schema_version ORDER BY version")]
    assert versions == list(range(1, latest_version() + 1))


@pytest.mark.parametrize("start", range(1, latest_version()))
async def test_each_version_upgrades_from_the_previous_one_keeping_data(tmp_path, start):
    path = tmp_path / "db.sqlite"
    conn = await _connect(path)
    await migrate(conn, target=start)
    await conn.execute(
        "INSERT INTO articles(id, url, outlet, title, content_hash, text, ingested_at, updated_at)"
        " VALUES (1, 'https://x.example/a', 'X', 'T', 'h', 'Some text', '2025-01-01', '2025-01-01')")
    await conn.execute("INSERT INTO claim_groups(id, value, category, created_at) VALUES (1, 502, 'bodies_returned', 'now')")
    await conn.execute(
        "INSERT INTO claims(article_id, group_id, value, qualifier, category, excerpt, source_key)"
        " VALUES (1, 1, 502, 'exact', 'bodies_returned', 'The bodies of 502 defenders came home.', 'k')")
    reached = await migrate(conn, target=start + 1)
    assert reached == start + 1
    async with conn.execute("SELECT value FROM claims") as cur:
        assert [r[0] for r in await cur.fetchall()] == [502]
    await conn.close()


async def test_upgrading_to_the_search_version_indexes_existing_excerpts(tmp_path):
    path = tmp_path / "db.sqlite"
    conn = await _connect(path)
    await migrate(conn, target=1)
    await conn.execute(
        "INSERT INTO articles(id, content_hash, text, ingested_at, updated_at) VALUES (1, 'h', 't', 'n', 'n')")
    await conn.execute("INSERT INTO claim_groups(id, value, category, created_at) VALUES (1, 64, 'bodies_returned', 'n')")
    await conn.execute(
        "INSERT INTO claims(article_id, group_id, value, qualifier, category, excerpt, source_key)"
        " VALUES (1, 1, 64, 'exact', 'bodies_returned', 'Sixty-four came back from Zaporizhzhia.', 'k')")
    await migrate(conn, target=2)
    async with conn.execute("SELECT rowid FROM claims_fts WHERE claims_fts MATCH 'zaporizhzhia'") as cur:
        assert len(await cur.fetchall()) == 1
    await conn.close()


async def test_the_version_of_an_empty_file_is_zero(tmp_path):
    conn = await _connect(tmp_path / "db.sqlite")
    assert await current_version(conn) == 0
    await conn.close()


def test_migration_files_are_numbered_without_gaps():
    assert [m.version for m in load_migrations()] == list(range(1, latest_version() + 1))


def test_trigger_bodies_stay_one_statement():
    script = "CREATE TABLE t(x);\nCREATE TRIGGER g AFTER INSERT ON t BEGIN\n  SELECT 1;\n  SELECT 2;\nEND;\n"
    assert len(split_statements(script)) == 2


async def test_a_failing_migration_leaves_the_previous_version(tmp_path, monkeypatch):
    from store import schema
    from store.schema import Migration

    good = load_migrations()
    broken = good + [Migration(len(good) + 1, "broken", "CREATE TABLE fine(x);\nTHIS IS NOT SQL;\n")]
    monkeypatch.setattr(schema, "load_migrations", lambda directory=None: broken)
    conn = await _connect(tmp_path / "db.sqlite")
    with pytest.raises(sqlite3.OperationalError):
        await migrate(conn)
    assert await current_version(conn) == 0
    await conn.close()


@pytest.mark.parametrize("target", range(1, latest_version() + 1))
async def test_each_version_applies_to_an_empty_database(tmp_path, target):
    conn = await _connect(tmp_path / "db.sqlite")
    assert await migrate(conn, target=target) == target
    await conn.close()


async def test_upgrading_to_the_alerts_version_keeps_blocked_chats(tmp_path):
    conn = await _connect(tmp_path / "db.sqlite")
    await migrate(conn, target=3)
    await conn.execute("INSERT INTO chats(platform, chat_id, active, changed_at) VALUES ('telegram', '501', 0, 'n')")
    await migrate(conn, target=4)
    async with conn.execute("SELECT chat_id, active FROM chats") as cur:
        assert await cur.fetchall() == [("501", 0)]
    async with conn.execute("SELECT (SELECT COUNT(*) FROM subscriptions), (SELECT COUNT(*) FROM outbox)") as cur:
        assert await cur.fetchone() == (0, 0)
    await conn.close()


async def test_the_alerts_version_logs_every_subscription_change_for_other_processes(tmp_path):
    conn = await _connect(tmp_path / "db.sqlite")
    await migrate(conn, target=4)
    await conn.execute("INSERT INTO subscriptions(id, platform, chat_id, words, query, description, created_at)"
                       " VALUES (7, 'telegram', '501', 'killed', '{}', 'killed', 'n')")
    await conn.execute("UPDATE subscriptions SET active = 0 WHERE id = 7")
    await conn.execute("DELETE FROM subscriptions WHERE id = 7")
    async with conn.execute("SELECT subscription_id FROM subscription_changes ORDER BY seq") as cur:
        assert [r[0] for r in await cur.fetchall()] == [7, 7, 7]
    await conn.close()
