"""`claimdesk ask "/claims russia deaths"`: print exactly the reply a chat user would get, as plain text."""
from __future__ import annotations

import argparse
import asyncio
import sqlite3
import sys

from handlers import Context, parse_command
from handlers.reply import to_plain
from store import Store

from bot.answering import answer
from bot.paths import DatabaseUnusable, usable_database


async def ask(db: str, text: str) -> str:
    """The plain-text reply to one chat line, answered from the database at `db` (the apology if
    answering fails)."""
    store = await Store.open(db)
    try:
        reply = await answer(parse_command(text), Context(store=store))
    finally:
        await store.close()
    return to_plain(reply)


def run(args: argparse.Namespace) -> int:
    """Answer the command given on the command line; exit 0 also when nothing matches, 1 when the
    database cannot be opened."""
    text = " ".join(args.text)
    try:
        answer_text = asyncio.run(ask(str(usable_database(args.db)), text))
    except DatabaseUnusable as error:
        print(f"claimdesk ask: {error}", file=sys.stderr)
        return 1
    except (OSError, sqlite3.Error) as error:
        print(f"claimdesk ask: cannot open the database: {error}", file=sys.stderr)
        return 1
    print(answer_text)
    return 0
