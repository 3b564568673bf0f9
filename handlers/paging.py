"""Page buttons: their data (≤ 64 bytes) carries the query itself when it fits, else a saved token."""
from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import BaseModel

from handlers.reply import Button

if TYPE_CHECKING:
    from store.store import Store

MAX_DATA_BYTES = 64
MAX_PAGE = 999
PAGE_SIZE = 10
# command letter in button data ↔ command name
KINDS = {"c": "claims", "e": "exchange", "l": "latest", "s": "sources"}
LETTERS = {name: letter for letter, name in KINDS.items()}


class PageRequest(BaseModel):
    """What a page button asks for: a command, its words (or a saved token), and the page number."""

    command: str
    args: str = ""
    token: str | None = None
    page: int


def button_data(store: Store, command: str, args: str, page: int) -> str:
    """Data for a button that shows `page` of `command args`: inline if it fits in 64 bytes, else a
    token whose row is saved in the background (a reply never waits for the write lock)."""
    inline = f"pg:{page}:{LETTERS[command]}:{args}"
    if len(inline.encode("utf-8")) <= MAX_DATA_BYTES:
        return inline
    return f"pg:{page}:#{store.saved_queries.remember(command, args)}"


def parse_button(data: str) -> PageRequest | None:
    """The request a button's data stands for, or None when it is not one of ours."""
    parts = data.split(":", 2)
    if len(parts) != 3 or parts[0] != "pg" or not parts[1].isdigit() or len(data.encode()) > MAX_DATA_BYTES:
        return None
    page = int(parts[1])
    if page > MAX_PAGE:
        return None
    rest = parts[2]
    if rest.startswith("#"):
        token = rest[1:]
        if not (token.isalnum() and token.isascii() and len(token) == 12):
            return None
        return PageRequest(command="", token=token, page=page)
    letter, sep, args = rest.partition(":")
    if letter not in KINDS or not sep:
        return None
    return PageRequest(command=KINDS[letter], args=args, page=page)


def page_buttons(store: Store, command: str, args: str, page: int, has_more: bool) -> list[list[Button]]:
    """◀ / ▶ buttons around `page` (none when everything fits on one page)."""
    row: list[Button] = []
    if page > 0:
        row.append(Button(label="◀ Previous", data=button_data(store, command, args, page - 1)))
    if has_more:
        row.append(Button(label="Next ▶", data=button_data(store, command, args, page + 1)))
    return [row] if row else []
