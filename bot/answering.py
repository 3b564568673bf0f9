"""Answering one typed line in the terminal (`ask`, the console): a failure is logged in one line and
the user gets the handlers' apology, never a traceback (not even at DEBUG: the terminal is the chat)."""
from __future__ import annotations

import logging
import traceback
from pathlib import Path

from handlers import Command, Context, Reply, apology, handle

log = logging.getLogger(__name__)


def _where(error: BaseException) -> str:
    """Where the error was raised, as "file.py:123", to find it without a traceback."""
    frames = traceback.extract_tb(error.__traceback__)
    return f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "unknown place"


async def answer(command: Command, ctx: Context) -> Reply:
    """The reply to `command`, or the apology when answering it fails in any way."""
    try:
        return await handle(command, ctx)
    except Exception as error:  # the terminal gets one log line and the apology
        name = "".join(ch for ch in command.name[:32] if ch.isprintable())
        reason = " ".join(str(error).split())[:300]
        log.error("answering /%s failed at %s (%s: %s)", name, _where(error), type(error).__name__, reason)
        return apology()
