"""Where the database lives: --db, else CLAIMDESK_DB (environment or .env), else the user data folder."""
from __future__ import annotations

import os
from pathlib import Path

from bot.settings import DatabaseSettings

APP_DIR = "claimdesk"
DB_NAME = "claimdesk.db"
SQLITE_HEADER = b"SQLite format 3\x00"


class DatabaseUnusable(Exception):
    """The database cannot be chosen or opened; the message is one line for the terminal."""


def data_dir() -> Path:
    """The user data folder for claimdesk: $XDG_DATA_HOME/claimdesk or ~/.local/share/claimdesk."""
    base = os.environ.get("XDG_DATA_HOME") or ""
    root = Path(base).expanduser() if base.strip() and Path(base).is_absolute() else \
        Path.home() / ".local" / "share"
    return root / APP_DIR


def default_db_path() -> Path:
    """The database used when neither --db nor $CLAIMDESK_DB says otherwise."""
    return data_dir() / DB_NAME


def database_path(cli_value: str | None = None, settings: DatabaseSettings | None = None) -> Path:
    """The database every sub-command uses: the --db value, else CLAIMDESK_DB from `settings` (read from
    the environment or `.env` in the working folder when not given), else the user data folder.
    Raises DatabaseUnusable when `.env` cannot be read."""
    if cli_value and cli_value.strip():
        return Path(cli_value).expanduser()
    try:
        configured = (settings or DatabaseSettings()).db
    except (OSError, ValueError) as error:  # an unreadable or undecodable .env
        raise DatabaseUnusable(f"cannot read CLAIMDESK_DB from the environment or .env: {error}") from None
    if configured is not None and str(configured).strip():
        return Path(configured).expanduser()
    return default_db_path()


def check_database_file(path: Path) -> Path:
    """`path`, if it can hold the claim index: missing (it will be created), empty, or a SQLite file.

    Checked before opening so that a wrong --db (a text file, a folder) gets one clear line at once;
    raises DatabaseUnusable otherwise.
    """
    try:
        if path.is_dir():
            raise DatabaseUnusable(f"{path} is a folder, not a database file")
        if not path.exists():
            return path
        with path.open("rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except OSError as error:
        raise DatabaseUnusable(f"cannot read {path}: {error.strerror or error}") from None
    if header and header != SQLITE_HEADER:
        raise DatabaseUnusable(f"{path} is not a SQLite database (choose another file with --db)")
    return path


def usable_database(cli_value: str | None = None, settings: DatabaseSettings | None = None) -> Path:
    """`database_path`, checked with `check_database_file`: what every sub-command opens."""
    return check_database_file(database_path(cli_value, settings))
