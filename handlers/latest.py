"""/latest: the most recently indexed figures."""
from __future__ import annotations

from handlers.command import Command
from handlers.context import Context
from handlers.layout import group_list
from handlers.paging import PAGE_SIZE, page_buttons
from handlers.reply import Reply, Span, bold, code


async def latest_reply(ctx: Context, page: int = 0) -> Reply:
    """One page of the newest figures."""
    result = await ctx.store.latest(PAGE_SIZE, page * PAGE_SIZE)
    if not result.groups:
        if page:
            return Reply().add("No more figures.")
        return Reply().add("No figures indexed yet. Load articles with ",
                           code("claimdesk ingest PATH"), ".")
    heading = [bold("Newest figures")] + ([Span(text=" (continued)")] if page else [])
    footer = [[Span(text="More figures: press Next ▶.")]] if result.has_more else []
    reply = group_list(heading, result.groups, footer)
    reply.buttons = page_buttons(ctx.store, "latest", "", page, result.has_more)
    return reply


async def latest(command: Command, ctx: Context) -> Reply:
    """/latest"""
    return await latest_reply(ctx)
