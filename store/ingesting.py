"""Writing one article and its claims: new, unchanged or revised, always inside the caller's transaction.

Synchronous on purpose: the store runs all writes on one dedicated thread, one call per batch."""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import sqlite3

from extract.models import Article, Claim
from store.fingerprints import content_hash, name_key, source_key
from store.records import IngestResult

_ID_CHUNK = 500  # ids per statement, well under SQLite's limit on bound parameters


def claim_year(claim: Claim, published: dt.date | None) -> int | None:
    """The year a figure refers to: from its date, else the publication year (the year before when
    the figure's month lies after the publication month)."""
    if claim.date and claim.date[:4].isdigit():
        return int(claim.date[:4])
    if published is None:
        return None
    if claim.month and claim.month > published.month:
        return published.year - 1
    return published.year


def claim_month(claim: Claim) -> int | None:
    """The figure's month, from the claim or its date."""
    if claim.month:
        return claim.month
    if claim.date and len(claim.date) >= 7 and claim.date[5:7].isdigit():
        month = int(claim.date[5:7])
        return month if 1 <= month <= 12 else None
    return None


def when_key(claim: Claim, published: dt.date | None) -> int:
    """Sort key YYYYMMDD for "newest first": the claim's own date, else its month, else publication."""
    if claim.date and len(claim.date) >= 10 and claim.date[:10].replace("-", "").isdigit():
        return int(claim.date[:10].replace("-", ""))
    year, month = claim_year(claim, published), claim_month(claim)
    if year and month:
        if published and (published.year, published.month) == (year, month):
            return published.year * 10000 + published.month * 100 + published.day
        return year * 10000 + month * 100
    if published:
        return published.year * 10000 + published.month * 100 + published.day
    return year * 10000 if year else 0


def _find_existing(conn: sqlite3.Connection, article: Article, digest: str) -> tuple[int, str, str] | None:
    """The stored article this one is a version of: same URL, or same content from the same outlet."""
    if article.url:
        row = conn.execute("SELECT id, content_hash, 'url' FROM articles WHERE url = ?",
                           (article.url,)).fetchone()
        if row:
            return row[0], row[1], row[2]
    row = conn.execute(
        "SELECT id, content_hash, 'content' FROM articles WHERE content_hash = ? AND outlet_key = ?",
        (digest, name_key(article.outlet) or "")).fetchone()
    return (row[0], row[1], row[2]) if row else None


def _remember_name(conn: sqlite3.Connection, kind: str, name: str | None) -> None:
    key = name_key(name)
    if key and name:
        conn.execute("INSERT OR IGNORE INTO names(kind, key, name) VALUES (?, ?, ?)",
                     (kind, key, name.strip()))


def _group_for(conn: sqlite3.Connection, claim: Claim, month: int | None, now: str) -> tuple[int, bool]:
    """The group of (value, category, side, month), created when missing; True when created."""
    key = (claim.value, claim.category, claim.side or "", month or 0)
    row = conn.execute(
        "SELECT id FROM claim_groups WHERE value = ? AND category = ? AND side = ? AND month = ?",
        key).fetchone()
    if row:
        return row[0], False
    cur = conn.execute(
        "INSERT INTO claim_groups(value, category, side, month, created_at) VALUES (?, ?, ?, ?, ?)",
        (*key, now))
    return cur.lastrowid, True  # type: ignore[return-value]


def _delete_claims(conn: sqlite3.Connection, claim_ids: Sequence[int]) -> None:
    """Delete these claims (their text-index rows go with them, by trigger)."""
    for start in range(0, len(claim_ids), _ID_CHUNK):
        chunk = list(claim_ids[start:start + _ID_CHUNK])
        conn.execute(f"DELETE FROM claims WHERE id IN ({', '.join('?' for _ in chunk)})", chunk)


def refresh_groups(conn: sqlite3.Connection, group_ids: Sequence[int]) -> None:
    """Recount claims and distinct sources of the given groups; drop groups left without claims."""
    for group_id in set(group_ids):
        conn.execute(
            "UPDATE claim_groups SET"
            " n_claims = (SELECT COUNT(*) FROM claims WHERE group_id = :g),"
            " n_sources = (SELECT COUNT(DISTINCT source_key) FROM claims WHERE group_id = :g),"
            " when_key = COALESCE((SELECT MAX(when_key) FROM claims WHERE group_id = :g), 0)"
            " WHERE id = :g", {"g": group_id})
        conn.execute("DELETE FROM claim_groups WHERE id = ? AND n_claims = 0", (group_id,))


def _insert_claims(conn: sqlite3.Connection, article_id: int, article: Article,
                   claims: Sequence[Claim], now: str) -> tuple[list[int], list[int], list[int]]:
    """Insert the claims (one per distinct figure of this article); returns (claim ids, group ids,
    new group ids), the claim ids so that exactly these rows can be added to the text index."""
    claim_ids: list[int] = []
    groups: list[int] = []
    new_groups: list[int] = []
    seen: set[tuple] = set()
    for claim in claims:
        month = claim_month(claim)
        identity = (claim.value, claim.category, claim.side, month, claim.place, claim.population)
        if identity in seen:
            continue
        seen.add(identity)
        group_id, created = _group_for(conn, claim, month, now)
        cur = conn.execute(
            "INSERT INTO claims(article_id, group_id, value, low, high, qualifier, category, side,"
            " population, claimant, claimant_key, place, place_key, month, year, date, when_key,"
            " excerpt, vague, start_offset, end_offset, source_key)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (article_id, group_id, claim.value, claim.low, claim.high, claim.qualifier,
             claim.category, claim.side, claim.population, claim.claimant, name_key(claim.claimant),
             claim.place, name_key(claim.place), month, claim_year(claim, article.published),
             claim.date, when_key(claim, article.published), claim.excerpt, int(claim.vague),
             claim.start, claim.end, source_key(claim.excerpt)))
        claim_ids.append(cur.lastrowid)  # type: ignore[arg-type]
        _remember_name(conn, "place", claim.place)
        _remember_name(conn, "claimant", claim.claimant)
        groups.append(group_id)
        if created:
            new_groups.append(group_id)
    return claim_ids, groups, new_groups


def index_claims(conn: sqlite3.Connection, claim_ids: Sequence[int]) -> None:
    """Add the excerpts of exactly these claims to the full-text index (one statement per batch, far
    cheaper than a trigger per row); ids no longer in `claims` (replaced in the same batch) are skipped."""
    ids = sorted(set(claim_ids))
    for start in range(0, len(ids), _ID_CHUNK):
        chunk = ids[start:start + _ID_CHUNK]
        conn.execute("INSERT INTO claims_fts(rowid, excerpt) SELECT id, excerpt FROM claims"
                     f" WHERE id IN ({', '.join('?' for _ in chunk)})", chunk)


def write_article(conn: sqlite3.Connection, article: Article, claims: Sequence[Claim],
                  now: dt.datetime, index_text: bool = True) -> IngestResult:
    """Store one article and its claims; the caller holds the write transaction.

    Same URL with the same text, or the same text from the same outlet: nothing changes.
    Same URL with new text: the old version becomes a revision and its claims are replaced.
    With `index_text=False` the caller adds the excerpts to the text index itself (in bulk), from
    `IngestResult.claim_ids`.
    """
    if index_text:
        result = write_article(conn, article, claims, now, index_text=False)
        index_claims(conn, result.claim_ids)
        return result
    stamp = now.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    digest = content_hash(article.text)
    published = article.published.isoformat() if article.published else None
    existing = _find_existing(conn, article, digest)
    if existing and existing[1] == digest:
        return IngestResult(status="unchanged", article_id=existing[0])
    _remember_name(conn, "outlet", article.outlet)
    if existing:
        article_id = existing[0]
        conn.execute(
            "INSERT INTO article_revisions(article_id, revision, title, published, content_hash, text,"
            " ingested_at, replaced_at)"
            " SELECT id, revision, title, published, content_hash, text, updated_at, ? FROM articles"
            " WHERE id = ?", (stamp, article_id))
        old_rows = conn.execute("SELECT id, group_id FROM claims WHERE article_id = ?",
                                (article_id,)).fetchall()
        conn.execute(
            "UPDATE articles SET outlet = ?, outlet_key = ?, title = ?, published = ?, content_hash = ?,"
            " text = ?, revision = revision + 1, updated_at = ? WHERE id = ?",
            (article.outlet, name_key(article.outlet) or "", article.title, published, digest,
             article.text, stamp, article_id))
        # New claims first, old ones after: the new rows then take ids above every id so far,
        # never one freed by the deletion (SQLite hands out max(id) + 1).
        claim_ids, groups, new_groups = _insert_claims(conn, article_id, article, claims, stamp)
        _delete_claims(conn, [row[0] for row in old_rows])
        refresh_groups(conn, [row[1] for row in old_rows] + groups)
        return IngestResult(status="revised", article_id=article_id, claims_added=len(groups),
                            claims_removed=len(old_rows), group_ids=sorted(set(groups)),
                            new_group_ids=new_groups, claim_ids=claim_ids)
    cur = conn.execute(
        "INSERT INTO articles(url, outlet, outlet_key, title, published, content_hash, text,"
        " ingested_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (article.url or None, article.outlet, name_key(article.outlet) or "", article.title,
         published, digest, article.text, stamp, stamp))
    article_id = cur.lastrowid
    claim_ids, groups, new_groups = _insert_claims(conn, article_id, article, claims, stamp)  # type: ignore[arg-type]
    refresh_groups(conn, groups)
    return IngestResult(status="new", article_id=article_id, claims_added=len(groups),  # type: ignore[arg-type]
                        group_ids=sorted(set(groups)), new_group_ids=new_groups, claim_ids=claim_ids)
