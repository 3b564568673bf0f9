"""Read → extract for every article under some paths: the one loop `extract` and `ingest` share.

Every article comes out with its claims or with the reason it has none (unreadable file, or the
extractor failed on it), so one bad article never stops the others.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from extract import Article, Claim, extract

from bot import reading


@dataclass(frozen=True)
class Extracted:
    """One article read from `path` with its claims, or the reason it could not be read or extracted."""

    path: str
    article: Article | None = None
    claims: list[Claim] = field(default_factory=list)
    error: str | None = None


def iter_extracted(paths: Sequence[str]) -> Iterator[Extracted]:
    """Every article in the given files and directories, in order, with its claims; never raises."""
    for loaded in reading.iter_articles(paths):
        if loaded.article is None:
            yield Extracted(loaded.path, error=loaded.error or "could not be read")
            continue
        try:
            claims = extract(loaded.article)
        except Exception as error:  # one article that trips the extractor must not hide the others
            yield Extracted(loaded.path, error=f"extractor failed ({type(error).__name__}: {error})")
            continue
        yield Extracted(loaded.path, article=loaded.article, claims=claims)
