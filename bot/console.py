"""`claimdesk console`: chat with claimdesk in the terminal, with line editing and history.

Also what `make run` starts when no chat platform is configured: on first run with an empty
default database it loads the built-in sample articles and says how to load more.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import sqlite3
import sys
from pathlib import Path

from handlers import Context, Reply, parse_command
from handlers.reply import Button, line_plain, to_plain
from store import Store

from bot import reading
from bot.answering import answer
from bot.ingest_cli import ingest_paths
from bot.paths import DatabaseUnusable, data_dir, default_db_path, usable_database

PROMPT = "claimdesk> "
HISTORY_FILE = "console_history"
HISTORY_LENGTH = 1000
NEXT_WORDS = {"next", "n", ">", "more"}
PREV_WORDS = {"prev", "previous", "p", "<"}
QUIT_WORDS = {"quit", "exit", "/quit", "/exit"}
GREETING = ("claimdesk console: type words to search (e.g. russia deaths), or /help for every command.\n"
            "Ctrl-D leaves.")


def _setup_history() -> Path | None:
    """Enable readline editing and load the history, when readline is available."""
    try:
        import readline
    except ImportError:
        return None
    path = data_dir() / HISTORY_FILE
    try:
        readline.read_history_file(path)
    except (OSError, ValueError):
        pass
    readline.set_history_length(HISTORY_LENGTH)
    return path


def _save_history(path: Path | None) -> None:
    if path is None:
        return
    try:
        import readline
        path.parent.mkdir(parents=True, exist_ok=True)
        readline.write_history_file(path)
    except (ImportError, OSError):
        pass


def _is_default_db(db: Path) -> bool:
    """Whether the console opened the user data folder's database (the one samples may be loaded into)."""
    return db == default_db_path()


async def _load_samples_if_empty(store: Store, default_db: bool) -> str | None:
    """Load the built-in samples into an empty default database; returns what to tell the user."""
    if (await store.stats()).articles:
        return None
    if not default_db:
        return "This database is empty. Load articles with: claimdesk ingest PATH"
    summary = await ingest_paths(store, [str(reading.SAMPLES_DIR)])
    return (f"Loaded {summary.new} built-in sample articles ({summary.claims_added} figures). "
            "Load your own with: claimdesk ingest PATH (files or folders of .txt .md .html .json)")


_ANSI = {"bold": ("\033[1m", "\033[0m"), "italic": ("\033[3m", "\033[0m"), "code": ("\033[36m", "\033[0m")}


def _ansi(reply: Reply) -> str:
    """The reply with bold, italic and code spans styled for a terminal."""
    lines = []
    for line in reply.lines:
        parts = []
        for span in line:
            text = line_plain([span])
            on, off = _ANSI.get(span.style, ("", ""))
            parts.append(on + "".join(ch for ch in text if ch.isprintable()) + off)
        lines.append("".join(parts))
    return "\n".join(lines)


def render(reply: Reply, colour: bool = False) -> str:
    """A reply as console text (styled on a colour terminal), then how to press its buttons."""
    text = _ansi(reply) if colour else to_plain(reply)
    hints = []
    for button in (b for row in reply.buttons for b in row):
        hints.append(f"'{'prev' if '◀' in button.label else 'next'}' for {button.label}")
    return text + ("\n(" + ", ".join(hints) + ")" if hints else "")


def _button(reply: Reply | None, forward: bool) -> Button | None:
    if reply is None:
        return None
    for button in (b for row in reply.buttons for b in row):
        if ("▶" in button.label) == forward:
            return button
    return None


def _read_line() -> str | None:
    """One line from the user, or None at end of input."""
    try:
        return input(PROMPT if sys.stdin.isatty() else "")
    except EOFError:
        return None


def _open(db: Path) -> tuple[asyncio.AbstractEventLoop, Store] | None:
    """A loop and the store at `db` (samples loaded into an empty default database), or None after
    saying in one line why the database cannot be used."""
    loop = asyncio.new_event_loop()
    try:
        store = loop.run_until_complete(Store.open(str(db)))
    except (OSError, sqlite3.Error) as error:
        print(f"claimdesk console: cannot open the database: {error}", file=sys.stderr)
        loop.close()
        return None
    return loop, store


def _chat(loop: asyncio.AbstractEventLoop, store: Store, db: Path) -> None:
    """The prompt loop: every line answered (a failure gets the apology), until end of input."""
    note = loop.run_until_complete(_load_samples_if_empty(store, _is_default_db(db)))
    print(GREETING)
    if note:
        print(note)
    ctx = Context(store=store)
    colour = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    last: Reply | None = None
    while True:
        line = _read_line()
        if line is None:
            break
        line = line.strip()
        if not line:
            continue
        if line.lower() in QUIT_WORDS:
            break
        word = line.lower()
        if word in NEXT_WORDS | PREV_WORDS:
            button = _button(last, forward=word in NEXT_WORDS)
            if button is None:
                print("No more pages here. Type a search or /help.")
                continue
            command = parse_command("/page").model_copy(update={"args": button.data})
        else:
            command = parse_command(line)
        last = loop.run_until_complete(answer(command, ctx))
        print(render(last, colour))
        print()


def run(args: argparse.Namespace) -> int:
    """The interactive loop; leaves cleanly on end of input, Ctrl-D or Ctrl-C. Exit 1 (one line on
    stderr) when the database cannot be used."""
    try:
        db = usable_database(getattr(args, "db", None))
    except DatabaseUnusable as error:
        print(f"claimdesk console: {error}", file=sys.stderr)
        return 1
    opened = _open(db)
    if opened is None:
        return 1
    loop, store = opened
    history = _setup_history() if sys.stdin.isatty() else None
    status = 0
    try:
        _chat(loop, store, db)
    except KeyboardInterrupt:
        pass
    except BrokenPipeError:  # the reader went away (e.g. piped into `head`)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, sqlite3.Error) as error:  # e.g. loading the samples into a read-only database
        print(f"claimdesk console: database error: {error}", file=sys.stderr)
        status = 1
    finally:
        if sys.stdin.isatty():
            print()
        _save_history(history)
        try:
            loop.run_until_complete(store.close())
        except (OSError, sqlite3.Error):
            pass
        loop.close()
    return status
