"""Article → claims (stub until the extractor lands)."""
from __future__ import annotations

from extract.models import Article, Claim


def extract(article: Article) -> list[Claim]:
    """Every claim in the article, one per figure."""
    return []
