"""`claimdesk ingest PATH|DIR...`: read, extract and index articles, then summarise what changed.

A progress bar goes to stderr when it is a terminal; the summary lists new, unchanged and revised
articles, claims added, and every file that failed with its reason (exit status 1 if any failed).
"""
from __future__ import annotations

import argparse
import asyncio
import sqlite3
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TextIO

from store import Store

from bot import reading
from bot.extracting import iter_extracted
from bot.paths import DatabaseUnusable, usable_database

BAR_WIDTH = 30


@dataclass
class Summary:
    """What one ingest run did."""

    new: int = 0
    unchanged: int = 0
    revised: int = 0
    claims_added: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)

    def lines(self) -> list[str]:
        """The summary as printed for people."""
        out = [f"articles: {self.new} new, {self.unchanged} unchanged, {self.revised} revised",
               f"claims added: {self.claims_added}"]
        if self.failed:
            out.append(f"files failed: {len(self.failed)}")
            out += [f"  {path}: {reason}" for path, reason in self.failed]
        return out


class Progress:
    """A one-line progress bar on a terminal, one step per article; silent otherwise."""

    def __init__(self, total: int, stream: TextIO) -> None:
        self.total, self.done, self.stream = total, 0, stream
        self.enabled = stream.isatty()

    def step(self, label: str) -> None:
        self.done += 1
        if not self.enabled:
            return
        filled = BAR_WIDTH * self.done // max(self.total, 1)
        name = label[-40:]
        self.stream.write(f"\r[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {self.done}/{self.total} {name:<40}")
        self.stream.flush()

    def finish(self) -> None:
        if self.enabled:
            self.stream.write("\r" + " " * (BAR_WIDTH + 60) + "\r")
            self.stream.flush()


async def ingest_paths(store: Store, paths: Sequence[str], progress: Progress | None = None) -> Summary:
    """Ingest every article under `paths` into `store`, one transaction per article."""
    summary = Summary()
    for item in iter_extracted(paths):
        if progress:
            progress.step(item.path)
        if item.article is None:
            summary.failed.append((item.path, item.error or "could not be read"))
            continue
        result = await store.ingest(item.article, item.claims)
        setattr(summary, result.status, getattr(summary, result.status) + 1)
        summary.claims_added += result.claims_added
    if progress:
        progress.finish()
    return summary


async def _main(db: str, paths: Sequence[str]) -> Summary:
    store = await Store.open(db)
    try:
        progress = Progress(reading.count_articles(paths), sys.stderr) if sys.stderr.isatty() else None
        return await ingest_paths(store, paths, progress)
    finally:
        await store.close()


def run(args: argparse.Namespace) -> int:
    """Ingest the given paths and print the summary; exit 1 if any file failed or the database
    cannot be used (one line on stderr, never a traceback)."""
    try:
        summary = asyncio.run(_main(str(usable_database(args.db)), args.paths))
    except DatabaseUnusable as error:
        print(f"claimdesk ingest: {error}", file=sys.stderr)
        return 1
    except (OSError, sqlite3.Error) as error:
        print(f"claimdesk ingest: database error: {error}", file=sys.stderr)
        return 1
    print("\n".join(summary.lines()))
    return 1 if summary.failed else 0
