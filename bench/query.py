"""Benchmark the claim index: build N synthetic claims (default 1,000,000), then time realistic queries.

Prints ingest time, file size, peak memory and query latency p50/p99 over a mix of queries.
Usage: python bench/query.py [--claims N] [--db PATH] [--repeat R]
Targets (issue 3): p99 ≤ 10 ms per query at 1M claims, peak memory ≤ 300 MB.
"""
from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from extract.models import Article, Claim  # noqa: E402
from handlers import Context, handle, parse_command  # noqa: E402
from store import Store, parse_query  # noqa: E402

CLAIMS_PER_ARTICLE = 10
ARTICLES_PER_BATCH = 500
PLACES = ["Donetsk", "Luhansk", "Zaporizhzhia", "Kherson", "Kharkiv", "Mykolaiv", "Odesa", "Sumy",
          "Mariupol", "Bucha", "Bakhmut", "Avdiivka", "Pokrovsk", "Kramatorsk", "Izium", "Irpin",
          "Dnipro", "Kyiv", "Chernihiv", "Olenivka", "Melitopol", "Kursk", "Belgorod", "Lviv"]
CLAIMANTS = ["Zelensky", "Vladimir Medinsky", "Russian Defence Ministry", "UN Human Rights Monitoring Mission",
             "Coordination Headquarters for the Treatment of Prisoners of War", "Mediazona", "Dmytro Lubinets",
             "Prosecutor General's Office", "UNHCR", "General Staff of the Armed Forces of Ukraine",
             "Dmitry Peskov", "the regional governor", "Kremlin", "ISW", None, None, None]
OUTLETS = ["Reuters", "AP", "AFP", "BBC", "Kyiv Independent", "Meduza", "The Moscow Times", "TASS",
           "Ukrinform", "Ukrainska Pravda", "Al Jazeera", "The Guardian", "CNN", "Deutsche Welle",
           "Radio Liberty", "Euronews", "France 24", "Interfax", "RBC-Ukraine", "NV"]
CATEGORIES = ["killed"] * 30 + ["wounded"] * 20 + ["casualties"] * 8 + ["missing"] * 5 + ["captured"] * 5 + \
             ["prisoners_exchanged"] * 10 + ["bodies_returned"] * 8 + ["bodies_held"] * 3 + ["displaced"] * 11
SIDES = ["russia"] * 4 + ["ukraine"] * 5 + ["both"] + [None] * 2
QUALIFIERS = ["exact"] * 6 + ["approx", "at_least", "at_least", "at_most", "range"]
VERBS = {"killed": "were killed", "wounded": "were wounded", "casualties": "were killed or wounded",
         "missing": "are missing", "captured": "were taken prisoner", "prisoners_exchanged": "came home in a swap",
         "bodies_returned": "bodies were repatriated", "bodies_held": "bodies lie unclaimed in morgues",
         "displaced": "fled their homes"}
QUERIES = [
    "/claims russia deaths", "/claims ukraine deaths", "/exchange june", "/claims mariupol",
    "/claims civilians killed", "/claims medinsky", "/exchange donetsk", "/claims refugees",
    "/claims russain deaths 2023", "/claims zelenksy", "/exhange kharkiv", "/claims wounded civilians kherson",
    "/claims bodies june 2024", "/claims missing soldiers", "/claims killed since march", "/claims last week",
    "/claims captured 2022-05", "/claims reuters killed", "/claims children killed", "/claims displaced 2025",
    "/exchange prisoners ukraine", "/claims olenivka", "/claims 6060", "/claims casualties both sides",
    "/claims mediazona russia killed", "/latest",
]


def random_story(rng: random.Random) -> dict:
    """One reported figure: what several outlets may repeat (value, category, side, month, ...)."""
    category = rng.choice(CATEGORIES)
    value = rng.randint(2, 200_000) if rng.random() < 0.5 else rng.randint(2, 2_000)
    qualifier = rng.choice(QUALIFIERS)
    low, high = value, value
    if qualifier == "at_least":
        high = None
    elif qualifier == "at_most":
        low = None
    elif qualifier == "range":
        high = value + rng.randint(1, value)
    return dict(value=value, low=low, high=high, qualifier=qualifier, category=category,
                side=rng.choice(SIDES), population=rng.choice(["military", "civilian", None]),
                claimant=rng.choice(CLAIMANTS), place=rng.choice(PLACES) if rng.random() < 0.4 else None,
                month=rng.randint(1, 12))


def sentence(story: dict) -> str:
    who = {"russia": "Russian ", "ukraine": "Ukrainian ", "both": "", None: ""}[story["side"]]
    noun = {"military": "soldiers", "civilian": "civilians", None: "people"}[story["population"]]
    where = f" in {story['place']}" if story["place"] else ""
    said = f", {story['claimant']} said" if story["claimant"] else ""
    return f"At least {story['value']:,} {who}{noun}{where} {VERBS[story['category']]}{said}."


def synthetic_article(rng: random.Random, i: int, stories: list[dict]) -> tuple[Article, list[Claim]]:
    """One article with CLAIMS_PER_ARTICLE figures: 60% repeat a known story (so groups form), 40% new."""
    published = dt.date(2022, 2, 24) + dt.timedelta(days=rng.randrange(0, 1400))
    claims, sentences = [], []
    for _ in range(CLAIMS_PER_ARTICLE):
        story = rng.choice(stories) if rng.random() < 0.6 else random_story(rng)
        text = sentence(story)
        sentences.append(text)
        claims.append(Claim(excerpt=text, **story))
    article = Article(text=" ".join(sentences), url=f"https://bench.example/{i}", outlet=rng.choice(OUTLETS),
                      title=f"Report {i}", published=published)
    return article, claims


async def build(store: Store, n_claims: int, seed: int = 7) -> float:
    rng = random.Random(seed)
    pool = [random_story(rng) for _ in range(max(100, n_claims // 25))]
    n_articles = max(1, n_claims // CLAIMS_PER_ARTICLE)
    started = time.perf_counter()
    for start in range(0, n_articles, ARTICLES_PER_BATCH):
        batch = [synthetic_article(rng, i, pool) for i in range(start, min(n_articles, start + ARTICLES_PER_BATCH))]
        await store.ingest_many(batch)
        if sys.stderr.isatty():
            print(f"\r  ingested {min(n_articles, start + ARTICLES_PER_BATCH):,}/{n_articles:,} articles",
                  end="", file=sys.stderr)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    await store.analyze()
    return time.perf_counter() - started


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


async def time_queries(store: Store, repeat: int) -> tuple[list[float], list[float], dict[str, float]]:
    """Latency of the store search alone and of the whole reply (parse + search + wording), in ms."""
    ctx = Context(store=store)
    names = await store.names()
    search_ms, reply_ms, worst, worst_search = [], [], {}, {}
    for text in QUERIES:
        command = parse_command(text)
        await handle(command, ctx)  # warm caches once
        for _ in range(repeat):
            if command.name in ("claims", "exchange"):
                t0 = time.perf_counter()
                query = parse_query(command.args, command.name, names)
                await store.search(query, limit=10)
                search_ms.append((time.perf_counter() - t0) * 1000)
                worst_search[text] = max(worst_search.get(text, 0.0), search_ms[-1])
            else:
                t0 = time.perf_counter()
                await store.latest(10)
                search_ms.append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            await handle(command, ctx)
            elapsed = (time.perf_counter() - t0) * 1000
            reply_ms.append(elapsed)
            worst[text] = max(worst.get(text, 0.0), elapsed)
    return search_ms, reply_ms, worst, worst_search


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--db", help="database file to build (default: a temporary file, removed after)")
    parser.add_argument("--repeat", type=int, default=20, help="runs of each query")
    args = parser.parse_args()
    folder = None
    if args.db:
        path = Path(args.db)
    else:
        folder = tempfile.TemporaryDirectory(prefix="claimdesk-bench-")
        path = Path(folder.name) / "bench.db"
    store = await Store.open(path)
    try:
        existing = (await store.stats()).claims
        ingest_s = await build(store, args.claims) if existing == 0 else 0.0
        stats = await store.stats()
        size = sum(os.path.getsize(p) for p in (path, Path(f"{path}-wal")) if p.exists())
        search_ms, reply_ms, worst, worst_search = await time_queries(store, args.repeat)
    finally:
        await store.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"claims: {stats.claims:,} in {stats.articles:,} articles, {stats.groups:,} groups")
    if ingest_s:
        print(f"ingest: {ingest_s:.1f} s ({stats.claims / ingest_s:,.0f} claims/s)")
    print(f"file size: {size / 2**20:.0f} MB")
    print(f"peak memory (RSS): {peak_mb:.0f} MB")
    print(f"queries: {len(QUERIES)} × {args.repeat} runs")
    print(f"store search latency: p50 {statistics.median(search_ms):.2f} ms, p99 {percentile(search_ms, 99):.2f} ms")
    print(f"full reply latency:   p50 {statistics.median(reply_ms):.2f} ms, p99 {percentile(reply_ms, 99):.2f} ms")
    for label, table in (("slowest searches", worst_search), ("slowest replies", worst)):
        slowest = sorted(table.items(), key=lambda kv: -kv[1])[:5]
        print(f"{label}: " + ", ".join(f"{q} {ms:.1f} ms" for q, ms in slowest))
    if folder:
        folder.cleanup()


if __name__ == "__main__":
    asyncio.run(main())
