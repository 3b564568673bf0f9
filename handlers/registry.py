"""The one list of chat commands: each with its handler, so it feeds dispatch, /help, /start,
Telegram's set_my_commands, the Matrix help and the README check, and none of them can drift."""
from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from handlers import claims, digests, help as help_module, latest, sources, subscriptions
from handlers.command import Command
from handlers.context import Context
from handlers.reply import Reply

Handler = Callable[[Command, Context], Awaitable[Reply]]


@dataclass(frozen=True)
class CommandInfo:
    """A command users can type: its name (without "/"), what it does, an example, and who answers it."""

    name: str
    summary: str
    example: str
    handler: Handler


COMMANDS: list[CommandInfo] = [
    CommandInfo(name="claims", summary="figures matching your words (side, what, place, who, when)",
                example="/claims russia deaths", handler=claims.claims),
    CommandInfo(name="exchange", summary="prisoner exchanges and body repatriations",
                example="/exchange june", handler=claims.exchange),
    CommandInfo(name="sources", summary="every article behind one figure (the /sources_… link on each line)",
                example="/sources 1", handler=sources.sources),
    CommandInfo(name="latest", summary="the newest figures indexed", example="/latest", handler=latest.latest),
    CommandInfo(name="subscribe", summary="alerts in this chat for new figures matching your words",
                example="/subscribe russia killed", handler=subscriptions.subscribe),
    CommandInfo(name="subscriptions", summary="this chat's alerts, numbered", example="/subscriptions",
                handler=subscriptions.subscriptions),
    CommandInfo(name="unsubscribe", summary="stop alert N (from /subscriptions), or all of them",
                example="/unsubscribe 1", handler=subscriptions.unsubscribe),
    CommandInfo(name="digest", summary="a daily or weekly digest of new figures (also: off, now)",
                example="/digest daily 08:00 Europe/Kyiv", handler=digests.digest),
    CommandInfo(name="help", summary="this list of commands", example="/help", handler=help_module.help_),
    CommandInfo(name="start", summary="what claimdesk does, with example searches", example="/start",
                handler=help_module.start),
]

# Dispatch's view of the registry: command name → handler (derived, never edited by hand).
HANDLERS: dict[str, Handler] = {info.name: info.handler for info in COMMANDS}


def telegram_commands() -> list[tuple[str, str]]:
    """(command, description) pairs for Telegram's set_my_commands (descriptions ≤ 256 chars)."""
    return [(c.name, c.summary[:256]) for c in COMMANDS]
