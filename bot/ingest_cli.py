"""`claimdesk ingest PATH|DIR...`: read, extract and index articles, then summarise what changed.

A progress bar goes to stderr when it is a terminal; the summary lists new, unchanged and revised
articles, claims added, and every file that failed with its reason (exit status 1 if any failed).
"""
from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TextIO

from extract import extract
from store import Store

from bot import reading
from bot.paths import db_path

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
    """A one-line progress bar on a terminal; silent otherwise."""

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
    for loaded in reading.iter_articles(paths):
        if progress:
            progress.step(loaded.path)
        if loaded.article is None:
            summary.failed.append((loaded.path, loaded.error or "could not be read"))
            continue
        try:
            claims = extract(loaded.article)
        except Exception as error:  # one article the extractor chokes on must not stop the rest
            summary.failed.append((loaded.path, f"extraction failed ({type(error).__name__}: {error})"))
            continue
        result = await store.ingest(loaded.article, claims)
        setattr(summary, result.status, getattr(summary, result.status) + 1)
        summary.claims_added += result.claims_added
    if progress:
        progress.finish()
    return summary


def count_files(paths: Sequence[str]) -> int:
    """How many files the paths expand to (for the progress bar)."""
    return sum(1 for _ in reading.expand_paths(paths))


async def _main(db: str, paths: Sequence[str]) -> Summary:
    store = await Store.open(db)
    try:
        progress = Progress(count_files(paths), sys.stderr) if sys.stderr.isatty() else None
        return await ingest_paths(store, paths, progress)
    finally:
        await store.close()


def run(args: argparse.Namespace) -> int:
    """Ingest the given paths and print the summary; exit 1 if any file failed."""
    summary = asyncio.run(_main(str(db_path(args.db)), args.paths))
    print("\n".join(summary.lines()))
    return 1 if summary.failed else 0
