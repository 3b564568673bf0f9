"""Article text in, claims out: pure functions, no I/O."""
from extract.models import Article, Claim, CATEGORIES
from extract.pipeline import extract

__all__ = ["Article", "Claim", "CATEGORIES", "extract"]
