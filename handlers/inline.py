"""Inline mode (`@bot russia deaths` in any chat): one result per claim group, each a ready reply."""
from __future__ import annotations

from pydantic import BaseModel

from handlers.context import Context
from handlers.layout import clean_args
from handlers.reply import Reply, Span, bold
from handlers.wording import group_line, headline, outlets_text
from store.query_parser import parse_query

MAX_RESULTS = 50


class InlineResult(BaseModel):
    """One inline answer: a title and description for the picker, and the reply sent when chosen."""

    id: str
    title: str
    description: str
    reply: Reply


async def inline_results(text: str, ctx: Context, limit: int = MAX_RESULTS) -> list[InlineResult]:
    """Up to `limit` (≤ 50) figures for the typed words; nothing for empty or unreadable words."""
    query = parse_query(clean_args(text), "claims", await ctx.store.names(), ctx.clock)
    if query.is_empty():
        return []
    page = await ctx.store.search(query, limit=max(1, min(limit, MAX_RESULTS)))
    results = []
    for group in page.groups:
        title = headline(group)
        said = f"according to {group.claimants[0]}" if group.claimants else ""
        description = " · ".join(p for p in (said, outlets_text(group.outlets) or "") if p)
        reply = Reply(lines=[group_line(group)])
        reply.lines.append([Span(text="via "), bold(ctx.bot_name)])
        results.append(InlineResult(id=f"g{group.id}", title=title[:120],
                                    description=description[:200], reply=reply))
    return results
