"""Round-trip time of `/claims russia deaths` over Telegram on loopback (target: p95 ≤ 50 ms).

The real claimdesk Application polls the test suite's fake Bot API server on 127.0.0.1; one
round trip is from the update being queued at the server to the bot's sendMessage arriving
there, so it covers the long poll, the handler, the store query and the HTTP reply. The
database holds the seed articles (../shared/corpus/seeds) when present, else the built-in
samples, ingested through the store. The rate limiter is off: it would hold one chat to one
message a second, which is Telegram's rule, not our latency.

    .venv/bin/python bench/telegram.py [--rounds 300] [--query "/claims russia deaths"]
"""
from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# This file is called telegram.py: keep its folder off the path so `import telegram` finds the library.
sys.path[:] = [str(ROOT), str(ROOT / "tests")] + [
    p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

from fake_bot_api import FakeBotApi  # noqa: E402

from bot.reading import iter_articles  # noqa: E402
from bot.telegram import ALLOWED_UPDATES, build_application, setup  # noqa: E402
from extract import extract  # noqa: E402
from handlers.context import Context  # noqa: E402
from store import Store  # noqa: E402

TOKEN = "123456789:BENCH-token-for-the-fake-bot-api-00"
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"
SAMPLES = ROOT / "bot" / "samples"


async def build_store(path: Path) -> tuple[Store, str, int, int]:
    """A store holding the seed articles (or the samples), with how many articles and claims."""
    source = SEEDS if SEEDS.is_dir() else SAMPLES
    store = await Store.open(path)
    articles = claims = 0
    for loaded in iter_articles([str(source)]):
        if loaded.article is None:
            continue
        found = extract(loaded.article)
        await store.ingest(loaded.article, found)
        articles += 1
        claims += len(found)
    return store, str(source), articles, claims


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


async def main(rounds: int, warmup: int, query: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        store, source, articles, claims = await build_store(Path(folder) / "bench.db")
        api = await FakeBotApi(TOKEN).start()
        app = build_application(TOKEN, ctx=Context(store=store), base_url=api.base_url, rate_limited=False)
        await app.initialize()
        await setup(app)
        await app.start()
        await app.updater.start_polling(timeout=10, poll_interval=0, allowed_updates=ALLOWED_UPDATES)
        try:
            times: list[float] = []
            length = 0
            for i in range(warmup + rounds):
                started = time.perf_counter()
                await api.send_text(query)
                sent = await api.next_call("sendMessage", timeout=10)
                if i >= warmup:
                    times.append((time.perf_counter() - started) * 1000)
                length = len(sent.params["text"])
        finally:
            await app.updater.stop()
            await app.stop()
            await app.shutdown()
            await api.stop()
            await store.close()
    print(f"database: {articles} articles, {claims} claims from {source}")
    print(f"query: {query!r} ({length} characters answered)")
    print(f"round trips: {rounds} (after {warmup} warm-up)")
    print(f"p50 {statistics.median(times):.1f} ms   p95 {percentile(times, 0.95):.1f} ms   "
          f"max {max(times):.1f} ms   (target p95 ≤ 50 ms)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=300)
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument("--query", default="/claims russia deaths")
    options = parser.parse_args()
    asyncio.run(main(options.rounds, options.warmup, options.query))
