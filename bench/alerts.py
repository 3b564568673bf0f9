"""Alerts: matching one new figure against 100,000 subscriptions, and fan-out throughput on Telegram.

1. Matching (target ≤ 10 ms per figure): subscriptions with a realistic mix of filters (category,
   side, place, claimant, outlet, month, figure, words) are put in the `SubscriptionIndex`; new
   figures drawn from the same mix are matched one at a time. Baseline, same run: a naive scan
   that checks every subscription's filters.
2. Fan-out: N chats subscribed, one article queues N alerts, and the real claimdesk Application
   delivers them to the test suite's fake Bot API server on 127.0.0.1 through the outbox sender,
   with the rate limiters on (PTB's AIORateLimiter and the sender's flood limits: 30 messages/s).
   Baseline, same run: the same fan-out with every limiter off, i.e. what the loopback allows.

    .venv/bin/python bench/alerts.py [--subscriptions 100000] [--figures 2000] [--chats 300]
"""
from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# bench/ holds a telegram.py: keep it off the path so `import telegram` finds the library.
sys.path[:] = [str(ROOT), str(ROOT / "tests")] + [
    p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

from fake_bot_api import FakeBotApi  # noqa: E402
from telegram_articles import pokrovsk  # noqa: E402

from bot.rate_limits import FloodLimits, Limits  # noqa: E402
from bot.telegram import ADAPTER, build_application, setup, stop_alerts  # noqa: E402
from handlers.context import Context  # noqa: E402
from store import Store, parse_query  # noqa: E402
from store.subscription_index import Figure, Filters, SubscriptionIndex, text_tokens  # noqa: E402

TOKEN = "123456789:BENCH-token-for-the-fake-bot-api-00"
CATEGORIES = ["killed"] * 30 + ["wounded"] * 20 + ["casualties"] * 8 + ["missing"] * 5 + ["captured"] * 5 + \
             ["prisoners_exchanged"] * 10 + ["bodies_returned"] * 8 + ["bodies_held"] * 3 + ["displaced"] * 11
SIDES = ["russia"] * 4 + ["ukraine"] * 4 + ["both"]
PLACES = ["donetsk", "luhansk", "zaporizhzhia", "kherson", "kharkiv", "mykolaiv", "odesa", "sumy", "mariupol",
          "bucha", "bakhmut", "avdiivka", "pokrovsk", "kramatorsk", "izium", "irpin", "dnipro", "kyiv",
          "chernihiv", "olenivka", "melitopol", "kursk", "belgorod", "lviv"]
CLAIMANTS = ["zelensky", "vladimir medinsky", "russian defence ministry", "un human rights monitoring mission",
             "mediazona", "dmytro lubinets", "unhcr", "general staff of the armed forces of ukraine", "isw"]
OUTLETS = ["reuters", "ap", "afp", "bbc", "kyiv independent", "meduza", "tass", "ukrinform", "the guardian"]
WORDS = ["children", "drone", "shelling", "hospital", "assault", "morgue", "convoy", "evacuated"]
SENTENCE = "Officials said {n} people were {w} near {p} after {x} on the {d} front, according to {c}."


def subscription(rng: random.Random) -> dict:
    """Filters one journalist might subscribe to: mostly a category and a side, sometimes narrower."""
    query: dict = {}
    if rng.random() < 0.85:
        query["categories"] = [rng.choice(CATEGORIES)]
    if rng.random() < 0.75:
        query["sides"] = [rng.choice(["russia", "ukraine"])]
    if rng.random() < 0.15:
        query["populations"] = [rng.choice(["civilian", "military"])]
    if rng.random() < 0.25:  # as the parser saves a name: its keys, and the phrases any later spelling may hold
        query["place_keys"] = query["place_phrases"] = [rng.choice(PLACES)]
    if rng.random() < 0.08:
        query["claimant_keys"] = query["claimant_phrases"] = [rng.choice(CLAIMANTS)]
    if rng.random() < 0.05:
        query["outlet_keys"] = [rng.choice(OUTLETS)]
    if rng.random() < 0.10:
        query["months"], query["year"] = [rng.randint(1, 12)], rng.choice([2024, 2025])
    if rng.random() < 0.03:
        query["values"] = [rng.choice([50, 100, 115, 1070, 1212, 5000])]
    if rng.random() < 0.05:
        query["words"] = [rng.choice(WORDS)]
    return query or {"categories": ["killed"]}


def figure(rng: random.Random, group_id: int) -> Figure:
    """A new figure as the extractor would file it."""
    year, month = rng.choice([2024, 2025]), rng.randint(1, 12)
    place = rng.choice(PLACES) if rng.random() < 0.6 else None
    text = SENTENCE.format(n=rng.randint(2, 5000), w=rng.choice(["killed", "wounded"]), p=place or "the border",
                           x=rng.choice(WORDS), d=rng.choice(["eastern", "southern"]), c=rng.choice(CLAIMANTS))
    return Figure(group_id=group_id, value=rng.choice([50, 100, 115, 1070, rng.randint(2, 20000)]),
                  category=rng.choice(CATEGORIES), side=rng.choice(SIDES),
                  population=rng.choice(["civilian", "military", None]), claimant_key=rng.choice(CLAIMANTS + [None]),
                  place_key=place, outlet_key=rng.choice(OUTLETS), month=month,
                  when_key=year * 10000 + month * 100 + rng.randint(1, 28), tokens=text_tokens(text))


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def bench_matching(n_subscriptions: int, n_figures: int, n_naive: int) -> None:
    rng = random.Random(5)
    started = time.perf_counter()
    filters = [Filters.from_query(subscription(rng)) for _ in range(n_subscriptions)]
    index = SubscriptionIndex()
    for i, f in enumerate(filters, 1):
        index.add(i, "telegram", str(100000 + i % 20000), f)
    built = time.perf_counter() - started
    figures = [figure(rng, g) for g in range(n_figures)]
    indexed, matched, checks = [], [], []
    for f in figures:
        t = time.perf_counter()
        found = index.match(f)
        indexed.append((time.perf_counter() - t) * 1000)
        matched.append(len(found))
        checks.append(index.checks(f))
    naive = []
    for f in figures[:n_naive]:
        t = time.perf_counter()
        found_naive = {i for i, sub in enumerate(filters, 1) if sub.matches(f)}
        naive.append((time.perf_counter() - t) * 1000)
        assert found_naive == index.match(f), "the index must find exactly what a full scan finds"
    p50, p99 = statistics.median(indexed), percentile(indexed, 0.99)
    n50, n99 = statistics.median(naive), percentile(naive, 0.99)
    print(f"matching one new figure against {n_subscriptions:,} subscriptions ({n_figures:,} figures)")
    print(f"  index built in {built:.1f} s ({index.distinct_filters():,} distinct filter sets); per figure "
          f"{statistics.mean(checks):,.0f} filter sets checked, {statistics.mean(matched):,.0f} subscriptions "
          "matched on average")
    print(f"  indexed:    p50 {p50:7.3f} ms   p99 {p99:7.3f} ms   (target p99 <= 10 ms: "
          f"{'met' if p99 <= 10 else 'NOT met'})")
    print(f"  full scan:  p50 {n50:7.3f} ms   p99 {n99:7.3f} ms   (baseline, {len(naive)} figures, same results)")
    print(f"  speed-up:   {n50 / p50:5.1f}x at p50, {n99 / p99:5.1f}x at p99")


async def fan_out(chats: int, limited: bool) -> tuple[float, float]:
    """Deliver one alert to each of `chats` chats; returns (messages per second, seconds)."""
    with tempfile.TemporaryDirectory() as folder:
        store = await Store.open(Path(folder) / "bench.db")
        query = parse_query("russia killed")
        for chat in range(1, chats + 1):
            await store.subscriptions.add("telegram", str(700000 + chat), "russia killed", query, "killed · Russia")
        api = await FakeBotApi(TOKEN).start()
        app = build_application(TOKEN, ctx=Context(store=store), base_url=api.base_url, rate_limited=limited,
                                alerts=True)
        try:
            await app.initialize()
            await setup(app)
            sender = app.bot_data[ADAPTER].alerts.sender
            if not limited:
                sender.limits = FloodLimits(Limits(per_second=1e9, per_chat_interval=0.0, per_group_minute=10**9))
            started = time.perf_counter()
            await store.ingest(*pokrovsk())
            sender.wake()
            for _ in range(chats):
                await api.next_call("sendMessage", timeout=120)
            seconds = time.perf_counter() - started
        finally:
            await stop_alerts(app)
            await app.shutdown()
            await api.stop()
            await store.close()
    return chats / seconds, seconds


async def bench_fan_out(chats: int) -> None:
    rate, seconds = await fan_out(chats, limited=True)
    raw, raw_seconds = await fan_out(chats, limited=False)
    print(f"fan-out of {chats} alerts to {chats} chats through the fake Bot API (loopback)")
    print(f"  rate limiters on:  {rate:7.1f} messages/s  ({seconds:.2f} s; Telegram allows about 30/s)")
    print(f"  limiters off:      {raw:7.1f} messages/s  ({raw_seconds:.2f} s; baseline, same run)")
    print(f"  ratio:             {rate / raw:7.3f} (limited / unlimited)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--subscriptions", type=int, default=100_000)
    parser.add_argument("--figures", type=int, default=2_000)
    parser.add_argument("--naive", type=int, default=100, help="figures timed with the full scan")
    parser.add_argument("--chats", type=int, default=300)
    args = parser.parse_args()
    bench_matching(args.subscriptions, args.figures, args.naive)
    asyncio.run(bench_fan_out(args.chats))


if __name__ == "__main__":
    main()
