"""The extractor's data tables (cue words, places, claimants, furniture), loaded once from `data/`."""
from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any


@cache
def load(name: str) -> Any:
    """The parsed JSON data file `extract/data/<name>.json`."""
    with resources.files("extract").joinpath("data", f"{name}.json").open(encoding="utf-8") as f:
        return json.load(f)


def phrase_pattern(phrases: list[str]) -> re.Pattern[str]:
    """One case-insensitive regex matching any of the phrases as whole words, longest first."""
    alternatives = sorted({p.lower() for p in phrases}, key=len, reverse=True)
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in alternatives)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)
