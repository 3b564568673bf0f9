"""The `claimdesk` command line: one parser, each sub-command implemented in its own module."""
from __future__ import annotations

import argparse
import importlib
import sys

# sub-command → module with `run(args) -> int`
COMMANDS = {
    "extract": "bot.extract_cli",
    "ingest": "bot.ingest_cli",
    "ask": "bot.ask_cli",
    "console": "bot.console",
    "run": "bot.service",
}


def build_parser() -> argparse.ArgumentParser:
    """The parser for every sub-command, with `--db` accepted before or after the sub-command."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                        help="the SQLite database (default: $CLAIMDESK_DB or the user data folder)")
    parser = argparse.ArgumentParser(
        prog="claimdesk", parents=[common],
        description="Extract, index and answer casualty and exchange figures from war reporting.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("extract", parents=[common], help="print the claims found in article files")
    p.add_argument("--format", choices=["jsonl", "table"], default=None,
                   help="jsonl, or an aligned table (default on a terminal)")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or directories (.txt .md .html .json)")

    p = sub.add_parser("ingest", parents=[common], help="index article files into the database")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or directories (.txt .md .html .json)")

    p = sub.add_parser("ask", parents=[common], help="print the reply a chat user would get")
    p.add_argument("text", nargs="+", help='a chat command, e.g. "/claims russia deaths"')

    sub.add_parser("console", parents=[common], help="chat with claimdesk in the terminal")

    p = sub.add_parser("run", parents=[common], help="serve the configured chat platforms")
    p.add_argument("--webhook", metavar="URL", help="Telegram webhook URL (default: long polling)")
    p.add_argument("--or-console", action="store_true",
                   help="start the console when no chat platform is configured")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `claimdesk` console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 2
    if not hasattr(args, "db"):
        args.db = None
    module = importlib.import_module(COMMANDS[args.command])
    try:
        return module.run(args)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
