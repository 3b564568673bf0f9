"""`claimdesk run`: read the settings, then serve the configured chat platform (or the console)."""
from __future__ import annotations

import argparse
import sys

from bot.logs import configure_logging
from bot.paths import DatabaseUnusable, usable_database
from bot.settings import Settings, SettingsError, load_settings

NOT_CONFIGURED = (
    "claimdesk: no chat platform is configured; to serve Telegram, create a bot with @BotFather "
    "(/newbot), put its token in TELEGRAM_BOT_TOKEN (environment or .env) and run again, "
    "or try the local console with `claimdesk console`"
)


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

        try:
            db = usable_database(getattr(args, "db", None), settings)
        except DatabaseUnusable as exc:
            print(f"claimdesk run: {exc}", file=sys.stderr)
            return 1
        return telegram.run(settings, db, getattr(args, "webhook", None))
    if getattr(args, "or_console", False):
        from bot import console

        return console.run(args)
    print(NOT_CONFIGURED, file=sys.stderr)
    return 2
