"""The two shapes at the extractor's boundary: an article in, claims out."""
from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Qualifier = Literal["exact", "approx", "at_least", "at_most", "range"]
Category = Literal[
    "killed", "wounded", "casualties", "missing", "captured",
    "prisoners_exchanged", "bodies_returned", "bodies_held", "displaced",
]
Side = Literal["russia", "ukraine", "both"]
Population = Literal["military", "civilian"]

CATEGORIES: tuple[str, ...] = Category.__args__  # type: ignore[attr-defined]


class Article(BaseModel):
    """A news article as read from a file, a feed or a URL."""

    model_config = ConfigDict(frozen=True)

    text: str
    url: str = ""
    outlet: str = ""
    title: str = ""
    published: dt.date | None = None


class Claim(BaseModel):
    """One figure counting people or bodies, with what it counts and who says so (see CLAIMS.md)."""

    value: int
    low: int | None
    high: int | None
    qualifier: Qualifier
    category: Category
    side: Side | None = None
    population: Population | None = None
    claimant: str | None = None
    place: str | None = None
    month: int | None = Field(default=None, ge=1, le=12)
    date: str | None = None  # ISO, possibly partial: "2025-06-07", "2025-06" or "2025"
    excerpt: str
    vague: bool = False  # "hundreds", "tens of thousands": a lower bound, not a count
    start: int = 0  # character offsets of the excerpt in the article text
    end: int = 0
