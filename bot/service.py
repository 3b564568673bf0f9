"""`claimdesk run`: read the settings, then serve the configured chat platform (or the console)."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot.logs import configure_logging
from bot.paths import default_db_path
from bot.settings import Settings, SettingsError, load_settings

NOT_CONFIGURED = (
    "claimdesk: no chat platform is configured; to serve Telegram, create a bot with @BotFather "
    "(/newbot), put its token in TELEGRAM_BOT_TOKEN (environment or .env) and run again, "
    "or try the local console with `claimdesk console`"
)


def database_path(args: argparse.Namespace, settings: Settings) -> Path:
    """`--db`, else `CLAIMDESK_DB` (environment or .env), else the user data folder."""
    chosen = getattr(args, "db", None) or settings.db
    return Path(chosen).expanduser() if chosen else default_db_path()


def run(args: argparse.Namespace) -> int:
    """Start the configured platform; with none, the console (`--or-console`) or a one-line hint (exit 2)."""
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(exc, file=sys.stderr)
        return 2
    configure_logging(settings.log_level, settings.secrets())
    if settings.telegram_configured:
        from bot import telegram

        return telegram.run(settings, database_path(args, settings), getattr(args, "webhook", None))
    if getattr(args, "or_console", False):
        from bot import console

        if getattr(args, "db", None) is None and settings.db is not None:
            args.db = str(settings.db)
        return console.run(args)
    print(NOT_CONFIGURED, file=sys.stderr)
    return 2
