"""Where the database lives: --db, else $CLAIMDESK_DB, else the user data folder (XDG_DATA_HOME)."""
from __future__ import annotations

import os
from pathlib import Path

APP_DIR = "claimdesk"
DB_NAME = "claimdesk.db"


def data_dir() -> Path:
    """The user data folder for claimdesk: $XDG_DATA_HOME/claimdesk or ~/.local/share/claimdesk."""
    base = os.environ.get("XDG_DATA_HOME") or ""
    root = Path(base).expanduser() if base.strip() and Path(base).is_absolute() else \
        Path.home() / ".local" / "share"
    return root / APP_DIR


def default_db_path() -> Path:
    """The database used when neither --db nor $CLAIMDESK_DB says otherwise."""
    return data_dir() / DB_NAME


def db_path(cli_value: str | None = None) -> Path:
    """The database to use: the --db value, else $CLAIMDESK_DB, else the default."""
    chosen = cli_value or os.environ.get("CLAIMDESK_DB") or ""
    return Path(chosen).expanduser() if chosen.strip() else default_db_path()
