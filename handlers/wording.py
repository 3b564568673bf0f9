"""How a claim group reads in a reply: the figure with its qualifier, whose people, who says so,
when, the outlets and a short excerpt — the way a reporter would write it.

Lines avoid incidental numbers (no counts, day numbers or ISO dates) so that the only numbers
in a list of figures are the figures themselves.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from functools import lru_cache
from pathlib import Path

from handlers.reply import Span, bold, italic, terminal_safe
from store.records import Group

EXCERPT_CHARS = 160
_DIGITS = re.compile(r"\d[\d,.\u00a0\u202f ]*\d|\d")  # a fixed pattern applied to stored excerpts


@lru_cache(maxsize=1)
def wording() -> dict:
    """The wording tables (handlers/data/wording.json)."""
    return json.loads(Path(__file__).with_name("data").joinpath("wording.json").read_text("utf-8"))


def number(n: int) -> str:
    """A figure as people write it: 18,900; 4 million; 1.2 million."""
    if n >= 1_000_000 and n % 100_000 == 0:
        millions = n / 1_000_000
        return f"{millions:.1f}".rstrip("0").rstrip(".") + " million"
    return f"{n:,}"


def figure(value: int, low: int | None, high: int | None, qualifier: str, vague: bool = False) -> str:
    """The figure with its qualifier: "at least 18,900", "up to 100,000", "150–300", "about 7,000"."""
    words = wording()
    if vague:
        return words["vague"].format(n=number(low or value))
    if qualifier == "range" and low is not None and high is not None and low != high:
        return words["qualifiers"]["range"].format(low=number(low), high=number(high))
    template = words["qualifiers"].get(qualifier, "{n}")
    if qualifier == "range":
        template = "{n}"
    return template.format(n=number(value))


def what(category: str, side: str | None, population: str | None) -> str:
    """What is counted and whose: "Russian soldiers killed", "bodies of Ukrainian soldiers returned"."""
    words = wording()
    table = words["who_prisoners"] if category == "prisoners_exchanged" else words["who"]
    who = table.get(side or "", table[""]).get(population or "", table[""][""])
    return words["categories"].get(category, "{who} " + category).format(who=who)


def headline(group: Group) -> str:
    """The figure and what it counts, as every reply names a group: "at least 18,900 Russian soldiers killed"."""
    return f"{figure(group.value, group.low, group.high, group.qualifier, group.vague)} " \
           f"{what(group.category, group.side, group.population)}"


def when(month: int | None, year: int | None) -> str | None:
    """The month a figure refers to: "Jun 2025", or "Jun" when the year is unknown."""
    if not month:
        return None
    name = wording()["months"][month - 1]
    return f"{name} {year}" if year else name


def published_month(day: dt.date | None) -> str | None:
    """A publication date to month precision: "Jun 2025"."""
    return f"{wording()['months'][day.month - 1]} {day.year}" if day else None


def _is_figure(run: str, figures: set[int]) -> bool:
    """Whether a run of digits in an excerpt is the claim's own figure ("6,060", "1.2" of "1.2K")."""
    digits = re.sub(r"[,\u00a0\u202f ]", "", run)
    if digits.isdigit():
        return int(digits) in figures
    try:
        number_ = float(digits)
    except ValueError:
        return False
    return any(round(number_ * scale) in figures for scale in (1_000, 1_000_000))


def _trim_tail(text: str) -> str:
    """A cut excerpt without the dangling words it would end on ("…killed and", "…at least")."""
    words = text.rstrip(" ,;:-–—(").split(" ")
    trailing = set(wording()["trailing_words"])
    while len(words) > 1 and words[-1].strip(",;:").lower() in trailing:
        words.pop()
    return " ".join(words).rstrip(" ,;:-–—(")


def short_excerpt(excerpt: str, value: int, limit: int = EXCERPT_CHARS, low: int | None = None,
                  high: int | None = None) -> str:
    """The part of the excerpt about this figure: cut before and after any other number it holds
    (so a line shows one figure, not its neighbours), then to about `limit` characters."""
    text = " ".join(terminal_safe(excerpt).split())  # no stray escape digits to cut around
    figures = {n for n in (value, low, high) if n is not None}
    runs = list(_DIGITS.finditer(text))
    ours = [i for i, run in enumerate(runs) if _is_figure(run.group(), figures)]
    start, end = 0, len(text)
    if ours:
        first, last = ours[0], ours[-1]
        if first > 0:
            start = runs[first - 1].end()
        if last + 1 < len(runs):
            end = runs[last + 1].start()
        centre = runs[first].start()
    else:
        centre = 0
    if end - start > limit:
        start = max(start, min(centre - limit // 3, end - limit))
        end = min(end, start + limit)
    head = text[start:end]
    if start > 0:
        cut = head.find(" ")
        if 0 <= cut < centre - start:
            head = head[cut + 1:]
    if end < len(text):
        if end - start >= limit and " " in head[(centre - start) + 1:]:
            head = head[:head.rfind(" ")]
        head = _trim_tail(head)
    head = head.strip(" ,;:")
    return ("…" if start > 0 else "") + head + ("…" if end < len(text) else "")


def outlets_text(outlets: list[str], most: int = 3) -> str | None:
    """"Reuters", "Reuters and AP", "Reuters, AP, BBC and others"."""
    if not outlets:
        return None
    if len(outlets) <= most:
        return outlets[0] if len(outlets) == 1 else ", ".join(outlets[:-1]) + " and " + outlets[-1]
    return ", ".join(outlets[:most]) + " and others"


def in_brackets(text: str) -> str:
    """Text to stand inside round brackets: its own round brackets become square ones, as in print
    ("Krasnoarmeysk (Pokrovsk)" reads "(Krasnoarmeysk [Pokrovsk])")."""
    return text.replace("(", "[").replace(")", "]")


def group_line(group: Group, excerpt_chars: int = EXCERPT_CHARS) -> list[Span]:
    """One reply line for a claim group."""
    spans: list[Span] = [bold(headline(group))]
    if group.places:
        spans.append(Span(text=f" ({in_brackets(group.places[0])})"))
    if group.claimants:
        others = " and others" if len(group.claimants) > 1 else ""
        spans.append(Span(text=f" — according to {group.claimants[0]}{others}"))
    details = [d for d in (when(group.month, group.year) or
                           (f"reported {published_month(group.published)}" if group.published else None),
                           outlets_text(group.outlets)) if d]
    if details:
        spans.append(Span(text=" · " + " · ".join(details)))
    if excerpt_chars > 0:
        spans.append(Span(text=" · "))
        spans.append(italic("“" + short_excerpt(group.excerpt, group.value, excerpt_chars, group.low, group.high) + "”"))
    spans.append(Span(text=f" · /sources_{group.id}"))
    return spans
