"""/start and /help, both written from the command registry so they never drift from it."""
from __future__ import annotations

from handlers.command import Command
from handlers.context import Context
from handlers.examples import EXAMPLE_QUERIES
from handlers.reply import Reply, bold, code


def help_reply() -> Reply:
    """Every registered command with what it does and an example."""
    # Imported here: the registry lists this module's handlers, so it imports this module first.
    from handlers.registry import COMMANDS

    reply = Reply().add(bold("Commands"))
    for info in COMMANDS:
        reply.add(code(f"/{info.name}"), f" — {info.summary}. Example: ", code(info.example))
    reply.add("Words understood: sides (russia, ukraine), what (deaths, wounded, missing, captured, "
              "exchange, bodies, refugees), civilians or soldiers, places, who said it, outlets, "
              "and time (june, june 2025, 2025-06, last week, since march). Typos are fine.")
    return reply


async def help_(command: Command, ctx: Context) -> Reply:
    """/help"""
    return help_reply()


async def start(command: Command, ctx: Context) -> Reply:
    """/start: what the bot does and three example searches."""
    reply = Reply().add(bold(f"{ctx.bot_name}"), " finds figures of people killed, wounded, missing, "
                        "captured, exchanged, repatriated or displaced in the Russia–Ukraine war, "
                        "in news articles, with who says so, where, when and which outlets reported it.")
    reply.add("Try:")
    for example in EXAMPLE_QUERIES:
        reply.add("  ", code(example))
    reply.add("Send /help for every command.")
    return reply
