"""`claimdesk run`: read the settings, then serve the configured chat platform (or the console),
and turn start-up failures into one line on stderr and an exit code (1: environment, 2: settings)."""
from __future__ import annotations

import argparse
import importlib.util
import logging
import secrets
import sys
from pathlib import Path
from urllib.parse import urlparse

from bot.logs import configure_logging
from bot.paths import DatabaseUnusable, usable_database
from bot.settings import Settings, SettingsError, load_settings

log = logging.getLogger(__name__)

NOT_CONFIGURED = (
    "claimdesk: no chat platform is configured; to serve Telegram, create a bot with @BotFather "
    "(/newbot), put its token in TELEGRAM_BOT_TOKEN (environment or .env) and run again, "
    "or try the local console with `claimdesk console`"
)


def _exit_line(message: str) -> None:
    print(f"claimdesk: {message}", file=sys.stderr)


def serve_telegram(settings: Settings, db_path: Path, webhook: str | None = None) -> int:
    """Serve Telegram until SIGTERM or Ctrl-C: long polling, or a webhook when `webhook` is a URL."""
    from telegram.error import InvalidToken, NetworkError

    from bot.telegram import ALLOWED_UPDATES, POLL_TIMEOUT, DatabaseUnavailable, build_application

    assert settings.telegram_bot_token is not None
    token = settings.telegram_bot_token.get_secret_value()
    urls = settings.bot_api_urls()
    if webhook is not None:
        if urlparse(webhook).scheme != "https" and urls is None:
            _exit_line("--webhook needs an https:// URL that Telegram can reach")
            return 2
        if importlib.util.find_spec("tornado") is None:
            _exit_line("webhook mode needs the webhooks extra: "
                       "pip install 'python-telegram-bot[webhooks]' (or run without --webhook)")
            return 2
    application = build_application(token, db_path=db_path, base_url=urls and urls[0],
                                    base_file_url=urls and urls[1], alerts=True)
    try:
        if webhook is None:
            log.info("serving Telegram by long polling")
            application.run_polling(allowed_updates=ALLOWED_UPDATES, timeout=POLL_TIMEOUT,
                                    poll_interval=0.0, close_loop=False)
        else:
            log.info("serving Telegram by webhook at %s", webhook)
            application.run_webhook(
                listen=settings.webhook_listen, port=settings.webhook_port,
                url_path=urlparse(webhook).path.lstrip("/"), webhook_url=webhook,
                secret_token=secrets.token_urlsafe(32), allowed_updates=ALLOWED_UPDATES,
                close_loop=False)
    except InvalidToken:
        _exit_line("Telegram rejected TELEGRAM_BOT_TOKEN; copy it again from @BotFather (/mybots → API Token)")
        return 2
    except DatabaseUnavailable as exc:
        _exit_line(str(exc))
        return 1
    except OSError as exc:  # the webhook's port could not be opened
        _exit_line(f"cannot listen on {settings.webhook_listen}:{settings.webhook_port} ({exc.strerror or exc}); "
                   "set CLAIMDESK_WEBHOOK_LISTEN / CLAIMDESK_WEBHOOK_PORT")
        return 1
    except NetworkError as exc:
        log.debug("network error at start-up", exc_info=exc)
        _exit_line("cannot reach the Telegram Bot API "
                   f"({urls[0] if urls else 'api.telegram.org'}); check the network or CLAIMDESK_TELEGRAM_BASE_URL")
        return 1
    return 0


def run(args: argparse.Namespace) -> int:
    """Start the configured platform; with none, the console (`--or-console`) or a one-line hint (exit 2)."""
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(exc, file=sys.stderr)
        return 2
    configure_logging(settings.log_level, settings.secrets())
    if settings.telegram_configured:
        try:
            db = usable_database(getattr(args, "db", None), settings)
        except DatabaseUnusable as exc:
            print(f"claimdesk run: {exc}", file=sys.stderr)
            return 1
        return serve_telegram(settings, db, getattr(args, "webhook", None))
    if getattr(args, "or_console", False):
        from bot import console

        return console.run(args)
    print(NOT_CONFIGURED, file=sys.stderr)
    return 2
