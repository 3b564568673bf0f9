"""What a handler receives: a parsed chat command and the context of the chat it came from."""
from __future__ import annotations

import re
from collections.abc import Awaitable, Callable

from pydantic import BaseModel, ConfigDict

_FIRST_SPACE = re.compile(r"\s")  # a fixed pattern: the first whitespace character of any kind


async def _never_admin() -> bool:
    return False


class Command(BaseModel):
    """A command as typed in any chat: `/claims russia deaths` → name "claims", args "russia deaths"."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    name: str
    args: str = ""
    chat_id: str = "console"
    user_id: str = "console"
    platform: str = "console"
    is_group: bool = False
    # Asks the platform whether the sender may administer this chat (groups only).
    is_admin: Callable[[], Awaitable[bool]] = _never_admin


def parse_command(text: str, **context: object) -> Command:
    """Parse a typed line: `/name@bot args` or plain words (treated as `/claims`); any whitespace
    (space, newline, tab) ends the command name, since chat clients send all three."""
    stripped = text.strip()
    if stripped.startswith("/"):
        head, _, args = _FIRST_SPACE.sub(" ", stripped[1:], count=1).partition(" ")
        name = head.split("@", 1)[0].lower()
        return Command(name=name, args=args.strip(), **context)  # type: ignore[arg-type]
    return Command(name="claims", args=stripped, **context)  # type: ignore[arg-type]
