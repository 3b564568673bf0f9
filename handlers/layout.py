"""Shared reply layout: a list of groups under a heading, shrunk until it fits one chat message."""
from __future__ import annotations

from collections.abc import Sequence

from handlers.reply import Reply, Span, to_html, to_plain
from handlers.wording import group_line
from store.records import Group

MAX_CHARS = 4096
EXCERPT_STEPS = (160, 110, 70, 0)


def fits(reply: Reply, limit: int = MAX_CHARS) -> bool:
    """True when both the plain and the HTML rendering fit in `limit` characters."""
    return len(to_plain(reply)) <= limit and len(to_html(reply)) <= limit


def group_list(heading: list[Span], groups: Sequence[Group], footer: list[list[Span]] | None = None
               ) -> Reply:
    """Heading, one line per group, then footer lines: excerpts shortened, then groups dropped, to fit."""
    footer = footer or []
    for chars in EXCERPT_STEPS:
        for count in range(len(groups), 0, -1) if chars == 0 else [len(groups)]:
            reply = Reply(lines=[heading, *[group_line(g, chars) for g in groups[:count]], *footer])
            if fits(reply):
                return reply
    return Reply(lines=[heading, *footer])


def clean_args(text: str, limit: int = 500) -> str:
    """User words without control characters, cut to `limit` characters (the rest is ignored)."""
    cleaned = "".join(ch if ch.isprintable() else " " for ch in text[:limit])
    return " ".join(cleaned.split())
