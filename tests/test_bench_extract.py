"""The extractor benchmark times whole articles: its variants change figures and nothing else."""
from __future__ import annotations

import importlib.util
import random
import re
from pathlib import Path
from types import ModuleType

from bot.reading import SAMPLES_DIR, iter_articles

BENCH = Path(__file__).resolve().parents[1] / "bench" / "extract.py"


def _bench_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_extract", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_variants_change_only_figures() -> None:
    bench = _bench_module()
    rng = random.Random(0)
    for loaded in iter_articles([str(SAMPLES_DIR)]):
        article = loaded.article
        variant = bench.vary(article, rng)
        assert variant.text != article.text
        # Page tails ("Topics: …", appeals) stay where they were, so the extractor reads as far as before.
        assert re.sub(r"[\d,]", "", variant.text) == re.sub(r"[\d,]", "", article.text)
