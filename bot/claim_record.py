"""The flat record `claimdesk extract --format jsonl` prints for each claim: the claim plus its article."""
from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict

from extract.models import Article, Category, Claim, Population, Qualifier, Side


class ClaimRecord(BaseModel):
    """One claim with where it came from; the field order is the key order of the JSONL output."""

    model_config = ConfigDict(frozen=True)

    article: str  # the input file's path as given on the command line (or found under a directory)
    value: int
    low: int | None
    high: int | None
    qualifier: Qualifier
    category: Category
    side: Side | None
    population: Population | None
    claimant: str | None
    place: str | None
    month: int | None
    date: str | None
    excerpt: str
    outlet: str
    url: str
    published: dt.date | None

    @classmethod
    def of(cls, path: str, article: Article, claim: Claim) -> ClaimRecord:
        """The record for `claim`, found in `article`, read from `path`."""
        return cls(
            article=path, value=claim.value, low=claim.low, high=claim.high,
            qualifier=claim.qualifier, category=claim.category, side=claim.side,
            population=claim.population, claimant=claim.claimant, place=claim.place,
            month=claim.month, date=claim.date, excerpt=claim.excerpt,
            outlet=article.outlet, url=article.url, published=article.published)


JSONL_KEYS: tuple[str, ...] = tuple(ClaimRecord.model_fields)
