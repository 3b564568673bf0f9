-- Chats the bot may write to: a chat that blocked the bot (Telegram 403) is marked inactive.

CREATE TABLE chats (
    platform      TEXT NOT NULL,
    chat_id       TEXT NOT NULL,
    active        INTEGER NOT NULL DEFAULT 1,
    changed_at    TEXT NOT NULL,
    PRIMARY KEY (platform, chat_id)
) WITHOUT ROWID;
