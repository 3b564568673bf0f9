"""Who may change a chat's alerts and digests: anyone in a private chat, only administrators in groups
and channels (the platform is asked, anonymous administrators included). One rule for every command.
"""
from __future__ import annotations

import logging

from handlers.command import Command
from handlers.reply import Reply

log = logging.getLogger(__name__)


async def may_manage(command: Command) -> bool:
    """True when the sender may add or remove this chat's alerts and digests."""
    if not command.is_group:
        return True
    try:
        return await command.is_admin()
    except Exception:  # noqa: BLE001 - the platform could not say: refuse rather than fail
        log.warning("could not check whether user %s administers chat %s", command.user_id, command.chat_id,
                    exc_info=True)
        return False


def refusal(what: str) -> Reply:
    """The polite answer to a group member who is not an administrator."""
    return Reply.text(f"Only administrators of this group can change its {what}. "
                      "Ask one of them, or set up your own in a private chat with me.")
