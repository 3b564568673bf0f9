"""`claimdesk ask "/claims russia deaths"`: print exactly the reply a chat user would get, as plain text."""
from __future__ import annotations

import argparse
import asyncio
import sqlite3
import sys

from handlers import Context, handle, parse_command
from handlers.reply import to_plain
from store import Store

from bot.paths import db_path


async def ask(db: str, text: str) -> str:
    """The plain-text reply to one chat line, answered from the database at `db`."""
    store = await Store.open(db)
    try:
        reply = await handle(parse_command(text), Context(store=store))
    finally:
        await store.close()
    return to_plain(reply)


def run(args: argparse.Namespace) -> int:
    """Answer the command given on the command line; exit 0 also when nothing matches."""
    text = " ".join(args.text)
    try:
        answer = asyncio.run(ask(str(db_path(args.db)), text))
    except (OSError, sqlite3.Error) as error:
        print(f"claimdesk ask: cannot open the database: {error}", file=sys.stderr)
        return 1
    print(answer)
    return 0
