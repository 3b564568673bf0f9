"""/sources N: every article behind one claim group, with links; wire copies are marked."""
from __future__ import annotations

from handlers.command import Command
from handlers.context import Context
from handlers.layout import MAX_CHARS, fits
from handlers.reply import Reply, Span, bold, code, italic, link
from handlers.wording import figure, short_excerpt, what

MAX_ID_DIGITS = 12


def group_id(args: str) -> int | None:
    """The group number in "12", "g12", "#12" or "_12"; None when there is none."""
    text = args.strip().lstrip("#_").removeprefix("g").removeprefix("G")
    return int(text) if text.isascii() and text.isdigit() and len(text) <= MAX_ID_DIGITS else None


def _date(source_published: object) -> str:
    return source_published.strftime("%-d %b %Y") if source_published else "date unknown"  # type: ignore[attr-defined]


async def sources(command: Command, ctx: Context) -> Reply:
    """/sources N"""
    number = group_id(command.args)
    if number is None:
        return Reply().add("Which figure? Use the ", code("/sources_…"),
                           " link at the end of a line in a /claims reply.")
    group = await ctx.store.group(number)
    if group is None:
        return Reply().add("There is no figure with that number (it may have been updated). "
                           "Run the search again for fresh links.")
    rows = await ctx.store.group_sources(number)
    reply = Reply().add(bold(f"{figure(group.value, group.low, group.high, group.qualifier, group.vague)} "
                             f"{what(group.category, group.side, group.population)}"))
    independent = len({r.article_id for r in rows if r.copy_of is None})
    reply.add(f"Sources: {independent} independent" + (", plus wire copies" if independent < len(rows) else ""))
    by_id = {r.article_id: r for r in rows}
    for row in rows:
        if len(reply.lines) > 60:
            reply.add("…and more.")
            break
        title = row.title or row.outlet or "untitled article"
        line: list[Span] = [Span(text="• "), bold(row.outlet or "unknown outlet"), Span(text=" — ")]
        line.append(link(title, row.url) if row.url and row.url.startswith(("http://", "https://"))
                    else Span(text=title))
        line.append(Span(text=f" ({_date(row.published)})"))
        if row.claimant:
            line.append(Span(text=f" — according to {row.claimant}"))
        if row.copy_of is not None and row.copy_of in by_id:
            line.append(Span(text=f" · same wire text as {by_id[row.copy_of].outlet or 'an earlier article'}"))
        reply.lines.append(line)
        reply.lines.append([Span(text="   "), italic("“" + short_excerpt(row.excerpt, row.value, 200, row.low, row.high) + "”")])
        if not fits(reply, MAX_CHARS - 100):
            reply.lines = reply.lines[:-2]
            reply.add("…and more.")
            break
    return reply
