"""Claims as an aligned plain-text table for people: one heading per article, one row per claim."""
from __future__ import annotations

import calendar
from collections.abc import Sequence

from extract.models import Article, Claim

COLUMNS = ("FIGURE", "CATEGORY", "SIDE", "WHO", "CLAIMANT", "PLACE", "WHEN", "EXCERPT")
MAX_CELL = 28  # claimant and place are cut to this width
MIN_EXCERPT = 30
GAP = "  "


def figure(claim: Claim) -> str:
    """The figure as a reader would write it: "1,212", "~7,000", "≥1,500", "≤950", "150–300"."""
    if claim.qualifier == "range" and claim.low is not None and claim.high is not None:
        return f"{claim.low:,}–{claim.high:,}"
    prefix = {"approx": "~", "at_least": "≥", "at_most": "≤"}.get(claim.qualifier, "")
    return f"{prefix}{claim.value:,}"


def when(claim: Claim) -> str:
    """The date the figure refers to, or just its month, or ""."""
    if claim.date:
        return claim.date
    return calendar.month_abbr[claim.month] if claim.month else ""


def shorten(text: str, width: int) -> str:
    """`text` on one line, cut to `width` characters with an ellipsis when longer."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: max(width - 1, 0)].rstrip() + "…"


def _row(claim: Claim) -> list[str]:
    """The table cells for one claim, excerpt last and still uncut."""
    return [figure(claim), claim.category.replace("_", " "), claim.side or "",
            claim.population or "", shorten(claim.claimant or "", MAX_CELL),
            shorten(claim.place or "", MAX_CELL), when(claim), " ".join(claim.excerpt.split())]


def _heading(path: str, article: Article, count: int) -> str:
    """The line above an article's rows: its path, outlet, date and how many claims it holds."""
    about = ", ".join(part for part in (article.outlet, article.published and article.published.isoformat())
                      if part)
    noun = "claim" if count == 1 else "claims"
    return f"{path}" + (f" — {about}" if about else "") + f" ({count} {noun})"


def render_table(results: Sequence[tuple[str, Article, Sequence[Claim]]], width: int = 120) -> str:
    """The claims of every article under its own heading, columns aligned across the whole table."""
    rows = [[_row(c) for c in claims] for _, _, claims in results]
    cells = [list(COLUMNS)] + [row for table in rows for row in table]
    widths = [max(len(row[i]) for row in cells) for i in range(len(COLUMNS) - 1)]
    room = width - sum(widths) - len(GAP) * (len(COLUMNS) - 1) - 2
    excerpt_width = max(room, MIN_EXCERPT)

    def line(row: list[str]) -> str:
        cols = [cell.ljust(w) for cell, w in zip(row, widths)] + [shorten(row[-1], excerpt_width)]
        return ("  " + GAP.join(cols)).rstrip()

    out: list[str] = []
    total = 0
    for (path, article, claims), table in zip(results, rows):
        out.append(_heading(path, article, len(claims)))
        if table:
            out.append(line(list(COLUMNS)))
            out.extend(line(row) for row in table)
        out.append("")
        total += len(claims)
    articles = "article" if len(results) == 1 else "articles"
    out.append(f"{total} claim{'s' if total != 1 else ''} in {len(results)} {articles}")
    return "\n".join(out)
