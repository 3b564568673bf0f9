"""/claims and /exchange: search figures by side, category, place, claimant, outlet, time and words."""
from __future__ import annotations

from handlers.command import Command
from handlers.context import Context
from handlers.layout import clean_args, group_list
from handlers.paging import PAGE_SIZE, page_buttons
from handlers.examples import EXAMPLE_QUERIES
from handlers.reply import Reply, Span, bold, code
from store.query import Query
from store.query_parser import parse_query

MAX_BROADENINGS = 4


async def _suggestion(ctx: Context, command: str, query: Query) -> str | None:
    """A broader search that does find something, as the words to type, or None."""
    broader = query.broader()
    for _ in range(MAX_BROADENINGS):
        if broader is None:
            return None
        if not broader.is_empty() or command == "exchange":
            page = await ctx.store.search(broader, limit=1)
            if page.groups:
                return f"/{command} {broader.as_words()}".strip()
        broader = broader.broader()
    return None


async def _no_match(ctx: Context, command: str, query: Query) -> Reply:
    reply = Reply().add("No figures found for: ", bold(query.describe()), ".")
    suggestion = await _suggestion(ctx, command, query)
    if suggestion:
        reply.add("Try a broader search: ", code(suggestion))
    elif not (await ctx.store.latest(1)).groups:
        reply.add("No figures are indexed yet. Load articles with ", code("claimdesk ingest PATH"), ".")
    else:
        reply.add("Nothing indexed matches that yet. See /latest for the newest figures, or try ",
                  code(EXAMPLE_QUERIES[0]), ".")
    return reply


def _ask_for_words(command: str, args: str) -> Reply:
    if args:
        return Reply().add("I could not find search words in that. Try for example ",
                           code(EXAMPLE_QUERIES[0]), " or ", code(EXAMPLE_QUERIES[1]), ".")
    return Reply().add(f"Tell me what to look for after /{command}, for example ",
                       code(EXAMPLE_QUERIES[0]), " or ", code(EXAMPLE_QUERIES[1]), ".")


async def search_reply(ctx: Context, command: str, args: str, page: int = 0) -> Reply:
    """One page of figures for `/command args` (page 0 is the first)."""
    args = clean_args(args)
    names = await ctx.store.names()
    query = parse_query(args, command, names, ctx.clock)
    if command == "claims" and query.is_empty():
        return _ask_for_words(command, args)
    result = await ctx.store.search(query, limit=PAGE_SIZE, offset=page * PAGE_SIZE)
    if not result.groups:
        if page > 0:
            return Reply().add("No more figures for: ", bold(query.describe()), ".")
        return await _no_match(ctx, command, query)
    heading: list[Span] = [Span(text="Figures for: "), bold(query.describe())]
    if page > 0:
        heading.append(Span(text=" (continued)"))
    footer = [[Span(text="More figures: press Next ▶.")]] if result.has_more else []
    reply = group_list(heading, result.groups, footer)
    reply.buttons = page_buttons(ctx.store, command, args, page, result.has_more)
    return reply


async def claims(command: Command, ctx: Context) -> Reply:
    """/claims WORDS"""
    return await search_reply(ctx, "claims", command.args)


async def exchange(command: Command, ctx: Context) -> Reply:
    """/exchange WORDS: only prisoner exchanges and body repatriations."""
    return await search_reply(ctx, "exchange", command.args)
