"""Benchmark rebuilding the query vocabulary (what the parser does whenever new names reach the database).

Builds N synthetic place, claimant and outlet names (default 5,000 in all) shaped like real ones,
then times `build_vocabulary` (best and median of R runs).
Usage: python bench/vocabulary.py [--names N] [--repeat R]
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from store.fingerprints import name_key  # noqa: E402
from store.records import Names  # noqa: E402
from store.vocabulary import build_vocabulary  # noqa: E402

FIRST = ["Oleksandr", "Dmytro", "Andriy", "Serhiy", "Olena", "Iryna", "Vladimir", "Sergei", "Maria", "Anna"]
LAST = ["Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Shevchenko", "Ivanov", "Petrov", "Smirnov",
        "Melnyk", "Boyko", "Lysenko", "Moroz", "Savchenko", "Rudenko", "Marchenko"]
PLACE_PARTS = ["Novo", "Staro", "Velyka", "Mala", "Verkhnyo", "Nyzhnyo"]
PLACE_ROOTS = ["mykolaivka", "oleksandrivka", "petrivka", "ivanivka", "semenivka", "hryhorivka", "pokrovka"]


def synthetic_names(total: int, seed: int = 7) -> Names:
    """About `total` names: half places, a third claimants, the rest outlets."""
    rng = random.Random(seed)
    names = Names()
    while len(names.places) < total // 2:
        name = f"{rng.choice(PLACE_PARTS)}{rng.choice(PLACE_ROOTS)} {rng.randrange(1, 400)}"
        names.places[name_key(name)] = name  # type: ignore[index]
    while len(names.claimants) < total // 3:
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}{rng.randrange(1, 300)}"
        names.claimants[name_key(name)] = name  # type: ignore[index]
    while len(names.places) + len(names.claimants) + len(names.outlets) < total:
        name = f"Outlet {rng.randrange(1, 100_000)} News"
        names.outlets[name_key(name)] = name  # type: ignore[index]
    return names


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--names", type=int, default=5_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    names = synthetic_names(args.names)
    build_vocabulary(names)  # warm the data-file caches
    times = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        build_vocabulary(names)
        times.append((time.perf_counter() - start) * 1000)
    print(f"vocabulary rebuild at {args.names:,} names: best {min(times):.0f} ms, "
          f"median {statistics.median(times):.0f} ms")


if __name__ == "__main__":
    main()
