"""Runtime settings from the environment or a `.env` file, validated once at start-up.

Chat tokens are secrets: they are held as `SecretStr` so they never print by accident, and
every problem is reported as one line that names the variable and says how to fix it.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

# BotFather tokens: the bot's numeric id, a colon, then about 35 URL-safe characters.
_TOKEN_SHAPE = re.compile(r"^\d{3,20}:[A-Za-z0-9_-]{20,100}$")

LogLevel = Literal["DEBUG", "INFO", "WARNING", "ERROR"]


class DatabaseSettings(BaseSettings):
    """Where the database lives (`CLAIMDESK_DB`, environment or `.env`): all that ingest, ask and the
    console read, so that a mistake in an unrelated setting (say a mistyped token) cannot stop them."""

    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore",
        env_ignore_empty=True, populate_by_name=True, case_sensitive=False,
    )

    db: Path | None = Field(default=None, validation_alias="CLAIMDESK_DB")


class Settings(DatabaseSettings):
    """Everything `claimdesk run` reads from the environment (or `.env` in the working folder)."""

    telegram_bot_token: SecretStr | None = Field(default=None, validation_alias="TELEGRAM_BOT_TOKEN")
    telegram_base_url: str | None = Field(default=None, validation_alias="CLAIMDESK_TELEGRAM_BASE_URL")
    webhook_listen: str = Field(default="0.0.0.0", validation_alias="CLAIMDESK_WEBHOOK_LISTEN")
    webhook_port: int = Field(default=8443, ge=1, le=65535, validation_alias="CLAIMDESK_WEBHOOK_PORT")
    log_level: LogLevel = Field(default="INFO", validation_alias="CLAIMDESK_LOG_LEVEL")

    @field_validator("telegram_bot_token")
    @classmethod
    def _token_has_botfather_shape(cls, value: SecretStr | None) -> SecretStr | None:
        if value is None:
            return None
        token = value.get_secret_value().strip()
        if not _TOKEN_SHAPE.match(token):
            raise ValueError("does not look like a BotFather token (digits, a colon, then about "
                             "35 letters, digits, '-' or '_'); copy it again from @BotFather")
        return SecretStr(token)

    @field_validator("telegram_base_url")
    @classmethod
    def _is_http_url(cls, value: str | None) -> str | None:
        if value is None:
            return None
        value = value.strip()
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper(cls, value: object) -> object:
        return value.upper() if isinstance(value, str) else value

    @property
    def telegram_configured(self) -> bool:
        """True when a Telegram bot token is set."""
        return self.telegram_bot_token is not None

    def secrets(self) -> list[str]:
        """Every secret value that is set, for redacting logs."""
        token = self.telegram_bot_token
        return [token.get_secret_value()] if token is not None and token.get_secret_value() else []

    def bot_api_urls(self) -> tuple[str, str] | None:
        """The Bot API base URL and file URL for another server, or None for Telegram's own.

        Accepts `http://host:port` as well as `http://host:port/bot`, since Bot API paths are
        always `/bot<token>/<method>` and `/file/bot<token>/<path>`.
        """
        if not self.telegram_base_url:
            return None
        root = self.telegram_base_url.rstrip("/")
        if root.endswith("/bot"):
            root = root[: -len("/bot")]
        return f"{root}/bot", f"{root}/file/bot"


class SettingsError(Exception):
    """Settings that cannot be used; the message is one line for the terminal."""


def load_settings(env_file: str | Path | None = ".env") -> Settings:
    """Read and validate the settings, turning pydantic's report into one clear line."""
    try:
        return Settings(_env_file=env_file)  # type: ignore[call-arg]
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            name = str(error["loc"][0]) if error["loc"] else "settings"
            message = error["msg"].removeprefix("Value error, ")
            problems.append(f"{name.upper()} {message}")
        raise SettingsError("claimdesk: " + "; ".join(problems)) from None
