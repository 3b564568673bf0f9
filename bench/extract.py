"""Benchmark: claimdesk's extractor against quantulum3 on the same article texts, on one core.

Builds at least 1,000 distinct articles from the seed corpus (if ../shared is present) and the
built-in samples by changing their figures, then prints articles/s and words/s for both and the
ratio, overall and separately for the real articles and for our samples (short and dense with
figures, so slower per word for claimdesk and faster for quantulum3).
Usage: python bench/extract.py [--articles N] [--quantulum N] [--seed N]
"""
from __future__ import annotations

import argparse
import logging
import os
import random
import re
import sys
import time
import warnings
from collections.abc import Callable, Sequence, Sized
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.reading import SAMPLES_DIR, iter_articles  # noqa: E402
from extract import Article, extract  # noqa: E402

SEEDS_DIR = ROOT.parent / "shared" / "corpus" / "seeds"
TARGET_RATIO = 100
_FIGURE = re.compile(r"\b\d{1,3}(?:,\d{3})+\b|\b\d+\b")


def pin_to_one_core() -> str:
    """Run on a single CPU so the figures mean "one core"; says which, or why not."""
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity on this platform)"
    cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    return f"pinned to CPU {cpu}"


def base_articles() -> list[Article]:
    """The seed articles (when ../shared is there) and the built-in samples."""
    paths = [str(SAMPLES_DIR)]
    if SEEDS_DIR.is_dir():
        paths.insert(0, str(SEEDS_DIR))
    else:
        print(f"note: {SEEDS_DIR} not found; using the built-in samples only")
    return [loaded.article for loaded in iter_articles(paths) if loaded.article is not None]


def _new_figure(match: re.Match[str], rng: random.Random) -> str:
    """A different figure of about the same size, in the same style; years are left alone."""
    digits = match.group().replace(",", "")
    number = int(digits)
    if len(digits) == 4 and 1900 <= number <= 2100:
        return match.group()
    changed = max(1, round(number * rng.uniform(0.5, 1.5)) + rng.randint(0, 9))
    return f"{changed:,}" if "," in match.group() else str(changed)


def vary(article: Article, rng: random.Random) -> Article:
    """A variant of `article` with its figures changed and everything else in place.

    Paragraphs keep their order: shuffled, a page's tail ("Topics: …", a donation appeal) lands
    mid-text, the extractor rightly stops reading there, and the benchmark times half an article.
    """
    text = _FIGURE.sub(lambda m: _new_figure(m, rng), article.text)
    return article.model_copy(update={"text": text})


def build_corpus(count: int, seed: int) -> list[Article]:
    """`count` articles, each a distinct variant of one of the base articles."""
    bases = base_articles()
    if not bases:
        raise SystemExit("no base articles to build the benchmark from")
    rng = random.Random(seed)
    corpus: list[Article] = []
    seen: set[str] = set()
    while len(corpus) < count:
        article = vary(bases[len(corpus) % len(bases)], rng)
        if article.text not in seen:
            seen.add(article.text)
            corpus.append(article)
    return corpus


def timed(run: Callable[[Article], Sized], items: Sequence[Article]) -> tuple[list[float], int]:
    """Seconds taken by each item, and how many results came back in all."""
    found = 0
    seconds: list[float] = []
    clock = time.perf_counter
    for item in items:
        start = clock()
        found += len(run(item))
        seconds.append(clock() - start)
    return seconds, found


def words(articles: Sequence[Article]) -> int:
    return sum(len(article.text.split()) for article in articles)


def report(name: str, articles: Sequence[Article], seconds: float, found: int, unit: str) -> float:
    """Print one line of figures and return articles per second."""
    seconds = max(seconds, 1e-9)
    rate = len(articles) / seconds
    print(f"{name:<12} {len(articles):>6,} articles  {words(articles):>10,} words  {seconds:>8.3f} s  "
          f"{rate:>10,.1f} articles/s  {words(articles) / seconds:>12,.0f} words/s  {found:>7,} {unit}")
    return rate


@cache
def sample_urls() -> frozenset[str]:
    """The built-in samples' URLs, which their variants keep."""
    return frozenset(loaded.article.url for loaded in iter_articles([str(SAMPLES_DIR)]) if loaded.article)


def is_sample(article: Article) -> bool:
    """A variant of one of our own samples (short summaries dense with figures), not of a real article."""
    return article.url in sample_urls()


def rate_by_kind(articles: Sequence[Article], seconds: Sequence[float]) -> dict[str, float]:
    """Articles per second over the real articles, and over our samples, where there are any."""
    rates = {}
    for kind, wanted in (("real articles", False), ("our samples", True)):
        chosen = [s for a, s in zip(articles, seconds) if is_sample(a) == wanted]
        if chosen:
            rates[kind] = len(chosen) / max(sum(chosen), 1e-9)
    return rates


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000, help="articles for claimdesk (default 1000)")
    parser.add_argument("--quantulum", type=int, default=60,
                        help="how many of the same articles to time quantulum3 on (default 60; it is slow; 0 skips it)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    print(f"claimdesk extract benchmark ({pin_to_one_core()}, Python {sys.version.split()[0]})")
    corpus = build_corpus(args.articles, args.seed)
    print(f"corpus: {len(corpus):,} distinct articles, {words(corpus):,} words\n")

    for article in corpus[:10]:  # warm up: data files, compiled patterns
        extract(article)
    our_seconds, found = timed(extract, corpus)
    ours = report("claimdesk", corpus, sum(our_seconds), found, "claims")
    if found == 0:
        print("             (no claims found at all: is the extractor still a stub?)")

    if args.quantulum <= 0:
        return 0  # claimdesk alone
    logging.disable(logging.WARNING)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # quantulum3 warns about optional classifier extras
        try:
            from quantulum3 import parser as quantulum
        except ImportError:
            print("\nquantulum3 is not installed; skipping the comparison (pip install quantulum3)")
            return 0
        subset = corpus[: args.quantulum]
        quantulum.parse(subset[0].text)  # warm up: loads its classifier
        their_seconds, found = timed(lambda article: quantulum.parse(article.text), subset)
    theirs = report("quantulum3", subset, sum(their_seconds), found, "quantities")

    ratio = ours / theirs
    verdict = "meets" if ratio >= TARGET_RATIO else "misses"
    print(f"\nratio: claimdesk is {ratio:,.0f}× quantulum3 in articles/s "
          f"({verdict} the ≥{TARGET_RATIO}× target)")
    ours_by_kind, theirs_by_kind = rate_by_kind(corpus, our_seconds), rate_by_kind(subset, their_seconds)
    for kind in [kind for kind in ours_by_kind if kind in theirs_by_kind]:
        print(f"  on {kind + ':':<15} claimdesk {ours_by_kind[kind]:>8,.1f} articles/s, quantulum3 "
              f"{theirs_by_kind[kind]:>6,.1f} articles/s: {ours_by_kind[kind] / theirs_by_kind[kind]:,.0f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
