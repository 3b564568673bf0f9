"""The one list of chat commands: it feeds /help, /start, Telegram's set_my_commands and the Matrix help."""
from __future__ import annotations

from pydantic import BaseModel


class CommandInfo(BaseModel):
    """A command users can type: its name (without "/"), what it does, and an example."""

    name: str
    summary: str
    example: str


COMMANDS: list[CommandInfo] = [
    CommandInfo(name="claims", summary="figures matching your words (side, what, place, who, when)",
                example="/claims russia deaths"),
    CommandInfo(name="exchange", summary="prisoner exchanges and body repatriations",
                example="/exchange june"),
    CommandInfo(name="sources", summary="every article behind one figure (the /sources_… link on each line)",
                example="/sources 1"),
    CommandInfo(name="latest", summary="the newest figures indexed", example="/latest"),
    CommandInfo(name="subscribe", summary="alerts in this chat for new figures matching your words",
                example="/subscribe russia killed"),
    CommandInfo(name="subscriptions", summary="this chat's alerts, numbered", example="/subscriptions"),
    CommandInfo(name="unsubscribe", summary="stop alert N (from /subscriptions), or all of them",
                example="/unsubscribe 1"),
    CommandInfo(name="digest", summary="a daily or weekly digest of new figures (also: off, now)",
                example="/digest daily 08:00 Europe/Kyiv"),
    CommandInfo(name="help", summary="this list of commands", example="/help"),
    CommandInfo(name="start", summary="what claimdesk does, with example searches", example="/start"),
]

EXAMPLE_QUERIES = ["/claims russia deaths", "/claims civilians killed mariupol", "/exchange june 2025"]


def telegram_commands() -> list[tuple[str, str]]:
    """(command, description) pairs for Telegram's set_my_commands (descriptions ≤ 256 chars)."""
    return [(c.name, c.summary[:256]) for c in COMMANDS]
