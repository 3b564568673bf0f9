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

from extract import Article, Claim

from bot.claim_record import ClaimRecord
from bot.claim_table import render_table
from bot.extracting import iter_extracted

PROG = "claimdesk"


def report(path: str, reason: str, stream: TextIO | None = None) -> None:
    """One line on stderr naming the file and what is wrong with it."""
    print(f"{PROG}: {path}: {reason}", file=stream or sys.stderr, flush=True)


def choose_format(requested: str | None, stream: TextIO) -> str:
    """The format asked for, else a table on a terminal and JSON lines into pipes and files."""
    if requested:
        return requested
    return "table" if stream.isatty() else "jsonl"


def _run(args: argparse.Namespace) -> int:
    """Read every path, print its claims in the chosen format, and return the exit status."""
    out = sys.stdout
    fmt = choose_format(getattr(args, "format", None), out)
    failed = False
    table: list[tuple[str, Article, list[Claim]]] = []
    for item in iter_extracted(args.paths):
        if item.article is None:
            report(item.path, item.error or "could not be read")
            failed = True
            continue
        if fmt == "jsonl":
            for claim in item.claims:
                out.write(ClaimRecord.of(item.path, item.article, claim).model_dump_json() + "\n")
            out.flush()
        else:
            table.append((item.path, item.article, item.claims))
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
