"""`claimdesk extract PATH...`: print the claims found in article files, as JSON lines or a table.

Bad files are reported one line each on stderr and do not stop the others; the exit status is 1
when any file failed.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
from typing import TextIO

from extract import Article, Claim, extract

from bot.claim_record import ClaimRecord
from bot.claim_table import render_table
from bot.reading import iter_articles

PROG = "claimdesk"


def report(path: str, reason: str, stream: TextIO | None = None) -> None:
    """One line on stderr naming the file and what is wrong with it."""
    print(f"{PROG}: {path}: {reason}", file=stream or sys.stderr, flush=True)


def choose_format(requested: str | None, stream: TextIO) -> str:
    """The format asked for, else a table on a terminal and JSON lines into pipes and files."""
    if requested:
        return requested
    return "table" if stream.isatty() else "jsonl"


def _claims(path: str, article: Article) -> list[Claim] | None:
    """The article's claims, or None (after reporting it) when the extractor fails on it."""
    try:
        return extract(article)
    except Exception as exc:  # one article that trips the extractor must not hide the others
        report(path, f"extractor failed ({type(exc).__name__}: {exc})")
        return None


def _run(args: argparse.Namespace) -> int:
    """Read every path, print its claims in the chosen format, and return the exit status."""
    out = sys.stdout
    fmt = choose_format(getattr(args, "format", None), out)
    failed = False
    table: list[tuple[str, Article, list[Claim]]] = []
    for loaded in iter_articles(args.paths):
        if loaded.article is None:
            report(loaded.path, loaded.error or "could not read")
            failed = True
            continue
        claims = _claims(loaded.path, loaded.article)
        if claims is None:
            failed = True
            continue
        if fmt == "jsonl":
            for claim in claims:
                out.write(ClaimRecord.of(loaded.path, loaded.article, claim).model_dump_json() + "\n")
            out.flush()
        else:
            table.append((loaded.path, loaded.article, claims))
    if fmt == "table":
        out.write(render_table(table, width=shutil.get_terminal_size((120, 24)).columns) + "\n")
        out.flush()
    return 1 if failed else 0


def run(args: argparse.Namespace) -> int:
    """Entry point for `claimdesk extract`; a reader closing the pipe early (`| head`) is not an error."""
    try:
        return _run(args)
    except BrokenPipeError:
        # Point stdout at /dev/null so Python's own flush at exit does not fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
