"""Answering one typed line in the terminal (`ask`, the console): a failure is logged in one line and
the user gets the handlers' apology, never a traceback."""
from __future__ import annotations

import logging

from handlers import Command, Context, Reply, apology, handle

log = logging.getLogger(__name__)


async def answer(command: Command, ctx: Context) -> Reply:
    """The reply to `command`, or the apology when answering it fails in any way."""
    try:
        return await handle(command, ctx)
    except Exception as error:  # the terminal gets one line and the apology; details at DEBUG
        name = "".join(ch for ch in command.name[:32] if ch.isprintable())
        reason = " ".join(str(error).split())[:300]
        log.error("answering /%s failed (%s: %s)", name, type(error).__name__, reason)
        log.debug("answering /%s failed", name, exc_info=True)
        return apology()
