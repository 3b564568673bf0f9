"""What the store hands back: ingest outcomes, claim groups and the sources behind them."""
from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field

IngestStatus = Literal["new", "unchanged", "revised"]


class IngestResult(BaseModel):
    """The outcome of ingesting one article; `group_ids` are the groups its claims joined and
    `claim_ids` the claims written (for the text index)."""

    status: IngestStatus
    article_id: int
    claims_added: int = 0
    claims_removed: int = 0
    group_ids: list[int] = Field(default_factory=list)
    new_group_ids: list[int] = Field(default_factory=list)
    claim_ids: list[int] = Field(default_factory=list)


class Source(BaseModel):
    """One article behind a claim group, with the claim as that article states it."""

    article_id: int
    claim_id: int
    outlet: str
    title: str
    url: str | None
    published: dt.date | None
    claimant: str | None
    excerpt: str
    value: int
    low: int | None
    high: int | None
    qualifier: str
    place: str | None
    copy_of: int | None = None  # article id of an earlier article with the same sentence (wire copy)


class Group(BaseModel):
    """A figure for one thing (value, category, side, month) and what its sources say about it."""

    id: int
    value: int
    low: int | None
    high: int | None
    qualifier: str
    category: str
    side: str | None
    population: str | None
    month: int | None
    year: int | None
    when_key: int
    vague: bool
    excerpt: str  # the sentence of the best-matching (newest) claim
    claimants: list[str]
    places: list[str]
    outlets: list[str]
    n_sources: int
    published: dt.date | None  # newest publication date among its articles


class Page(BaseModel):
    """One page of claim groups: newest first; of groups with the same date, more independent sources first."""

    groups: list[Group]
    offset: int
    has_more: bool


class Names(BaseModel):
    """Names present in the database, keyed by their casefolded form, for the query parser."""

    places: dict[str, str] = Field(default_factory=dict)
    claimants: dict[str, str] = Field(default_factory=dict)
    outlets: dict[str, str] = Field(default_factory=dict)


class Stats(BaseModel):
    """How much the database holds."""

    articles: int
    claims: int
    groups: int
