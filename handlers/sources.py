"""/sources N: every article behind one claim group, with links; wire copies are marked. A group with
more sources than one message holds gets ◀ / ▶ page buttons."""
from __future__ import annotations

import datetime as dt

from handlers.command import Command
from handlers.context import Context
from handlers.layout import MAX_CHARS, fits
from handlers.paging import MAX_PAGE, page_buttons
from handlers.reply import Reply, Span, bold, code, italic, link
from handlers.wording import headline, short_excerpt
from store.records import Source

MAX_ID_DIGITS = 12
MAX_SOURCES_PER_PAGE = 30
FOOTER_ROOM = 100  # characters kept free for the "press Next" line
MORE = "More sources: press Next ▶."


def group_id(args: str) -> int | None:
    """The group number in "12", "g12", "#12" or "_12"; None when there is none."""
    text = args.strip().lstrip("#_").removeprefix("g").removeprefix("G")
    return int(text) if text.isascii() and text.isdigit() and len(text) <= MAX_ID_DIGITS else None


def _date(published: dt.date | None) -> str:
    return published.strftime("%-d %b %Y") if published else "date unknown"


def _source_lines(row: Source, by_id: dict[int, Source]) -> list[list[Span]]:
    """Two lines for one article: outlet, linked title, date, claimant and wire copy; then its sentence."""
    title = row.title or row.outlet or "untitled article"
    line: list[Span] = [Span(text="• "), bold(row.outlet or "unknown outlet"), Span(text=" — ")]
    line.append(link(title, row.url) if row.url and row.url.startswith(("http://", "https://"))
                else Span(text=title))
    line.append(Span(text=f" ({_date(row.published)})"))
    if row.claimant:
        line.append(Span(text=f" — according to {row.claimant}"))
    if row.copy_of is not None and row.copy_of in by_id:
        line.append(Span(text=f" · same wire text as {by_id[row.copy_of].outlet or 'an earlier article'}"))
    quote = italic("“" + short_excerpt(row.excerpt, row.value, 200, row.low, row.high) + "”")
    return [line, [Span(text="   "), quote]]


def _page_starts(heading: list[list[Span]], blocks: list[list[list[Span]]]) -> list[int]:
    """Where each page begins: as many sources as fit one message (at least one), in order, so that
    page N is the same whenever it is asked for."""
    starts, i = [], 0
    while i < len(blocks):
        starts.append(i)
        reply = Reply(lines=[*heading, *blocks[i]])
        i += 1
        while i < len(blocks) and i - starts[-1] < MAX_SOURCES_PER_PAGE:
            reply.lines.extend(blocks[i])
            if not fits(reply, MAX_CHARS - FOOTER_ROOM):
                break
            i += 1
    return starts


async def sources_reply(ctx: Context, args: str, page: int = 0) -> Reply:
    """Page `page` (0 is the first) of the sources of the group named in `args`."""
    number = group_id(args)
    if number is None:
        return Reply().add("Which figure? Use the ", code("/sources_…"),
                           " link at the end of a line in a /claims reply.")
    group = await ctx.store.group(number)
    if group is None:
        return Reply().add("There is no figure with that number (it may have been updated). "
                           "Run the search again for fresh links.")
    rows = await ctx.store.group_sources(number)
    independent = len({r.article_id for r in rows if r.copy_of is None})
    heading = [[bold(headline(group))],
               [Span(text=f"Sources: {independent} independent"
                          + (", plus wire copies" if independent < len(rows) else ""))]]
    by_id = {r.article_id: r for r in rows}
    blocks = [_source_lines(row, by_id) for row in rows]
    starts = _page_starts(heading, blocks)
    if page >= len(starts):
        return Reply(lines=heading).add("No more sources.") if page else Reply(lines=heading)
    end = starts[page + 1] if page + 1 < len(starts) else len(blocks)
    has_more = end < len(blocks) and page < MAX_PAGE
    if page:
        heading[1].append(Span(text=" (continued)"))
    reply = Reply(lines=[*heading, *[line for block in blocks[starts[page]:end] for line in block]])
    if has_more:
        reply.add(MORE)
    reply.buttons = page_buttons(ctx.store, "sources", str(number), page, has_more)
    return reply


async def sources(command: Command, ctx: Context) -> Reply:
    """/sources N"""
    return await sources_reply(ctx, command.args)
