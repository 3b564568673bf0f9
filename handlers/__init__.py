"""The chat commands, written once for every platform: a Command and a Context in, a Reply out."""
from __future__ import annotations

from handlers.command import Command, parse_command
from handlers.context import Context
from handlers.dispatch import apology, handle
from handlers.inline import InlineResult, inline_results
from handlers.registry import COMMANDS, HANDLERS, CommandInfo, Handler
from handlers.reply import Button, Reply, Span

__all__ = ["Button", "COMMANDS", "Command", "CommandInfo", "Context", "HANDLERS", "Handler", "InlineResult",
           "Reply", "Span", "apology", "handle", "inline_results", "parse_command"]
