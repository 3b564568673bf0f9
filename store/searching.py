"""Query → SQL with parameters → claim groups, newest first (and among figures of the same date, the
one more independent sources report first). User text only ever travels as parameters."""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import aiosqlite

from store.query import Query
from store.records import Group, Page

FIRST_BATCH = 32
FETCH_BATCH = 256
TIE_BLOCK = 10  # groups of one date ranked by sources together; bounds the rows read past a page


def fts_phrase(term: str) -> str:
    """A term as one quoted FTS5 string, so that no character in it is read as FTS syntax."""
    return '"' + term.replace('"', '""') + '"'


def fts_match(words: Sequence[str], any_of: bool = False) -> str | None:
    """An FTS5 MATCH expression for the words (all of them, or any of them), or None if none is usable."""
    terms = []
    for word in words:
        cleaned = " ".join(word.split())
        if not cleaned:
            continue
        # A prefix match for longer single words, so "child" finds "children".
        terms.append(fts_phrase(cleaned) + ("*" if len(cleaned) >= 4 and " " not in cleaned else ""))
    if not terms:
        return None
    return (" OR " if any_of else " AND ").join(terms)


def _date_key(day: dt.date) -> int:
    return day.year * 10000 + day.month * 100 + day.day


def _in(column: str, values: Sequence[object], params: list[object]) -> str:
    params.extend(values)
    return f"{column} IN ({', '.join('?' for _ in values)})"


MAX_SPLIT = 12  # driver values scanned as separate ordered cursors and merged
# What each matching claim row brings: its date key and id (the order), its group, and how many
# independent sources report that group (read with the row: no second query for the ranking).
_COLUMNS = "c.when_key, c.id, c.group_id, (SELECT n_sources FROM claim_groups WHERE id = c.group_id)"


class Plan:
    """How to read the matches of a query newest first without sorting them all.

    One indexed "driver" filter (the most selective one present) is scanned per value in
    (when_key, id) order through its composite index; the scans are merged, so reading stops as
    soon as a page is full. Every other filter is a plain condition on the rows read.
    """

    def __init__(self, query: Query, places_in_text: bool = False) -> None:
        self.conditions: list[str] = []
        self.params: list[object] = []
        self.driver: tuple[str, str, list[object]] | None = None  # (column, index, values)
        place_keys = list(dict.fromkeys(query.place_keys or [p.casefold() for p in query.places]))
        candidates: list[tuple[str, str, list[object]]] = []
        if query.values:
            candidates.append(("c.value", "claims_value", list(query.values)))
        if query.claimant_keys:
            candidates.append(("c.claimant_key", "claims_claimant", list(query.claimant_keys)))
        if place_keys and not places_in_text:
            candidates.append(("c.place_key", "claims_place", place_keys))
        if query.months:
            candidates.append(("c.month", "claims_month", list(query.months)))
        if query.categories:
            candidates.append(("c.category", "claims_category_when", list(query.categories)))
        fts = fts_match(query.words)
        text_places = fts_match(place_keys, any_of=True) if places_in_text else None
        if candidates and len(candidates[0][2]) <= MAX_SPLIT and not (fts or text_places):
            self.driver = candidates[0]
        for column, _, values in candidates:
            if self.driver is None or column != self.driver[0]:
                self.conditions.append(_in(column, values, self.params))
        if query.sides:
            self.conditions.append(_in("c.side", list(dict.fromkeys([*query.sides, "both"])), self.params))
        if query.populations:
            self.conditions.append(_in("c.population", query.populations, self.params))
        if query.outlet_keys:
            inner = _in("outlet_key", query.outlet_keys, self.params)
            self.conditions.append(f"c.article_id IN (SELECT id FROM articles WHERE {inner})")
        if query.date_from:
            # Figures known only to the month count when their month overlaps the range.
            start = _date_key(query.date_from)
            self.conditions.append("c.when_key >= ? AND (c.when_key >= ? OR c.when_key % 100 = 0)")
            self.params.extend([start // 100 * 100, start])
        if query.date_to:
            self.conditions.append("c.when_key <= ? AND c.when_key > 0")
            self.params.append(_date_key(query.date_to))
        for match in (fts, text_places):
            if match:
                self.conditions.append("c.id IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)")
                self.params.append(match)
        # A year: figures of that year first (newest first), then figures whose year is unknown
        # (when_key 0), which a year cannot rule out.
        self.segments: list[tuple[int, int] | None] = [None]
        if query.year and not (query.date_from or query.date_to):
            self.segments = [(query.year * 10000, query.year * 10000 + 1231), (0, 0)]

    def statements(self, segment: tuple[int, int] | None) -> list[tuple[str, list[object]]]:
        """One ordered SELECT per driver value (or a single one without a driver)."""
        conditions, params = list(self.conditions), list(self.params)
        if segment is not None:
            conditions.append("c.when_key BETWEEN ? AND ?")
            params.extend(segment)
        where = " AND ".join(conditions) or "1"
        order = "ORDER BY c.when_key DESC, c.id DESC"
        if self.driver is None:
            return [(f"SELECT {_COLUMNS} FROM claims c WHERE {where} {order}", params)]
        column, index, values = self.driver
        sql = f"SELECT {_COLUMNS} FROM claims c INDEXED BY {index} WHERE {column} = ? AND {where} {order}"
        return [(sql, [value, *params]) for value in values]


async def _merged(conn: aiosqlite.Connection, statements: list[tuple[str, list[object]]]):
    """Rows of several (when_key, id)-ordered statements, merged newest first, read lazily."""
    cursors = [await conn.execute(sql, params) for sql, params in statements]
    buffers: list[list[tuple]] = [[] for _ in cursors]
    done = [False] * len(cursors)
    batch = [FIRST_BATCH] * len(cursors)
    try:
        while True:
            for i, cur in enumerate(cursors):
                if not buffers[i] and not done[i]:
                    rows = await cur.fetchmany(batch[i])
                    buffers[i] = list(reversed(rows))
                    done[i] = len(rows) < batch[i]
                    batch[i] = FETCH_BATCH
            live = [i for i in range(len(cursors)) if buffers[i]]
            if not live:
                return
            best = max(live, key=lambda i: buffers[i][-1][:2])
            yield buffers[best].pop()
    finally:
        for cur in cursors:
            await cur.close()


async def matching_groups(conn: aiosqlite.Connection, query: Query, limit: int, offset: int,
                          places_in_text: bool = False) -> tuple[list[tuple[int, int]], bool]:
    """(group id, best claim id) pairs for one page, and whether more follow.

    Ranking, in words users can be told: newest first; of figures with the same date, the one more
    independent sources report comes first; then the most recently indexed. Claims are read in
    index order and deduplicated by group until the page is full, so broad queries stop early
    instead of aggregating every match. Same-date groups are ranked in blocks of at most
    `TIE_BLOCK` counted from the first group of that date, so every page sees the same blocks
    and paging neither repeats nor skips a group.
    """
    plan = Plan(query, places_in_text)
    wanted = offset + limit + 1
    seen: dict[int, int] = {}
    sources: dict[int, int] = {}
    blocks: list[list[int]] = []  # group ids, newest date first; each block holds one date
    for segment in plan.segments:
        block_key: int | None = None
        rows = _merged(conn, plan.statements(segment))
        try:
            async for key, claim_id, group_id, n_sources in rows:
                if group_id in seen:
                    continue
                new_block = key != block_key or len(blocks[-1]) == TIE_BLOCK
                if new_block and len(seen) >= wanted:
                    break  # the page is full and the block it ends in is complete
                if new_block:
                    blocks.append([])
                    block_key = key
                seen[group_id] = claim_id
                sources[group_id] = n_sources or 0
                blocks[-1].append(group_id)
        finally:
            await rows.aclose()
        if len(seen) >= wanted:
            break
    ordered: list[tuple[int, int]] = []
    for block in blocks:
        ranked = sorted(block, key=lambda gid: -sources[gid])  # stable: ties stay newest-indexed first
        ordered.extend((gid, seen[gid]) for gid in ranked)
    return ordered[offset:offset + limit], len(ordered) > offset + limit


async def latest_groups(conn: aiosqlite.Connection, limit: int, offset: int
                        ) -> tuple[list[tuple[int, int]], bool]:
    """The groups of the most recently ingested claims, newest first."""
    seen: dict[int, int] = {}
    wanted = offset + limit + 1
    async with conn.execute("SELECT group_id, id FROM claims ORDER BY id DESC") as cur:
        while len(seen) < wanted:
            rows = await cur.fetchmany(FETCH_BATCH)
            if not rows:
                break
            for group_id, claim_id in rows:
                seen.setdefault(group_id, claim_id)
                if len(seen) >= wanted:
                    break
    ordered = list(seen.items())
    return ordered[offset:offset + limit], len(ordered) > offset + limit


def _distinct(values: Sequence[str | None], limit: int = 5) -> list[str]:
    out: list[str] = []
    keys: set[str] = set()
    for value in values:
        if value and value.strip() and value.casefold() not in keys:
            keys.add(value.casefold())
            out.append(value.strip())
    return out[:limit]


_GROUP_SQL = "SELECT id, value, category, side, month, n_sources, when_key FROM claim_groups WHERE id IN ({})"
_CLAIMS_SQL = ("SELECT c.group_id, c.id, c.low, c.high, c.qualifier, c.population, c.claimant, c.place, c.year,"
               " c.excerpt, c.vague, a.outlet, a.published"
               " FROM claims c JOIN articles a ON a.id = c.article_id"
               " WHERE c.group_id IN ({}) ORDER BY c.when_key DESC, c.id DESC")
MAX_CLAIMS_PER_GROUP = 50


def _build_group(g: tuple, rows: list[tuple], claim_id: int | None) -> Group | None:
    if not rows:
        return None
    best = next((r for r in rows if r[1] == claim_id), rows[0])
    published = [r[12] for r in rows if r[12]]
    return Group(
        id=g[0], value=g[1], category=g[2], side=g[3] or None, month=g[4] or None,
        n_sources=g[5], when_key=g[6], low=best[2], high=best[3], qualifier=best[4],
        population=best[5] or next((r[5] for r in rows if r[5]), None),
        year=best[8], excerpt=best[9], vague=bool(best[10]),
        claimants=_distinct([best[6]] + [r[6] for r in rows]),
        places=_distinct([best[7]] + [r[7] for r in rows]),
        outlets=_distinct([best[11]] + [r[11] for r in rows], limit=50),
        published=dt.date.fromisoformat(max(published)) if published else None,
    )


async def load_groups(conn: aiosqlite.Connection, picks: Sequence[tuple[int, int | None]]) -> list[Group]:
    """Full groups for (group id, shown claim id) picks, in the order given, in two queries."""
    if not picks:
        return []
    ids = [gid for gid, _ in picks]
    marks = ", ".join("?" for _ in ids)
    async with conn.execute(_GROUP_SQL.format(marks), ids) as cur:
        groups = {row[0]: row for row in await cur.fetchall()}
    claims: dict[int, list[tuple]] = {}
    async with conn.execute(_CLAIMS_SQL.format(marks), ids) as cur:
        for row in await cur.fetchall():
            bucket = claims.setdefault(row[0], [])
            if len(bucket) < MAX_CLAIMS_PER_GROUP:
                bucket.append(row)
    built = [_build_group(groups[gid], claims.get(gid, []), cid) for gid, cid in picks if gid in groups]
    return [g for g in built if g is not None]


async def load_group(conn: aiosqlite.Connection, group_id: int) -> Group | None:
    """One group with its claimants, places and outlets, or None."""
    found = await load_groups(conn, [(group_id, None)])
    return found[0] if found else None


async def load_page(conn: aiosqlite.Connection, picks: Sequence[tuple[int, int]], offset: int,
                    has_more: bool) -> Page:
    """Turn (group id, claim id) picks into a Page of full groups."""
    return Page(groups=await load_groups(conn, picks), offset=offset, has_more=has_more)
