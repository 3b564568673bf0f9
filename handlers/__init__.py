"""The chat commands, written once for every platform: a Command and a Context in, a Reply out."""
from handlers.command import Command, parse_command
from handlers.context import Context
from handlers.reply import Reply, Span

__all__ = ["Command", "Context", "Reply", "Span", "parse_command"]
