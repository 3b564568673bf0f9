"""Which handler answers a command: the registry's, the nearest one to a typo, or the page buttons;
and the apology a chat sees when answering fails."""
from __future__ import annotations

from rapidfuzz import process
from rapidfuzz.distance import OSA

from handlers import claims, latest, sources
from handlers.command import Command
from handlers.context import Context
from handlers.paging import parse_button
from handlers.registry import HANDLERS
from handlers.reply import Reply, code

STALE_BUTTON = "That button has expired. Please send your search again."
SAVED_KINDS = ("claims", "exchange", "latest")  # commands whose words a page token may stand for


def apology() -> Reply:
    """What a chat sees when answering failed unexpectedly (never a traceback)."""
    return Reply.text("Sorry, something went wrong while answering that. Please try again in a moment.")


async def _page(command: Command, ctx: Context) -> Reply:
    """A page button was pressed: re-run its query at that page, or answer politely if it is not ours
    (or its saved query is gone)."""
    request = parse_button(command.args)
    if request is None:
        return Reply.text(STALE_BUTTON)
    if request.token:
        saved = await ctx.store.saved_queries.load(request.token)
        if saved is None or saved[0] not in SAVED_KINDS:
            return Reply.text(STALE_BUTTON)
        request.command, request.args = saved
    if request.command == "latest":
        return await latest.latest_reply(ctx, request.page)
    if request.command == "sources":
        return await sources.sources_reply(ctx, request.args, request.page)
    return await claims.search_reply(ctx, request.command, request.args, request.page)


def _closest_command(name: str) -> str | None:
    """The handled command a mistyped name most likely meant ("exhange" → "exchange"), or None."""
    if len(name) < 4 or not name.isascii():
        return None
    best = process.extractOne(name, list(HANDLERS), scorer=OSA.distance,
                              score_cutoff=1 if len(name) <= 5 else 2)
    return best[0] if best else None


def _unknown(name: str) -> Reply:
    shown = "".join(ch for ch in name[:32] if ch.isprintable())
    return Reply().add(f"I don't know /{shown}. Send ", code("/help"), " for the list of commands.")


async def handle(command: Command, ctx: Context) -> Reply:
    """Answer one command. Every input, however odd, gets a polite reply."""
    name = command.name
    if name.startswith("sources_"):
        command = command.model_copy(update={"name": "sources", "args": name.removeprefix("sources_")})
        name = "sources"
    if name == "page":
        return await _page(command, ctx)
    handler = HANDLERS.get(name) or HANDLERS.get(_closest_command(name) or "")
    if handler is None:
        return _unknown(name)
    return await handler(command, ctx)
