"""Example searches shown to users (by /start and by replies that found nothing), kept in one place."""
from __future__ import annotations

EXAMPLE_QUERIES = ["/claims russia deaths", "/claims civilians killed mariupol", "/exchange june 2025"]
