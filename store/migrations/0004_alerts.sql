-- Alerts and digests: subscriptions, the durable outbox and digest schedules.

-- One row per /subscribe. `query` is the parsed filter set (store.query.Query as JSON);
-- `active` is 0 while the chat has blocked the bot.
CREATE TABLE subscriptions (
    id            INTEGER PRIMARY KEY,
    platform      TEXT NOT NULL,
    chat_id       TEXT NOT NULL,
    words         TEXT NOT NULL,               -- as the user typed them (cleaned)
    query         TEXT NOT NULL,               -- JSON of the filters
    description   TEXT NOT NULL,               -- "killed · Russia · any time"
    active        INTEGER NOT NULL DEFAULT 1,
    created_at    TEXT NOT NULL,
    UNIQUE (platform, chat_id, query)
);

-- Every change to subscriptions, so that each process's in-memory matching index can catch up
-- with the changes made by others without reloading everything.
CREATE TABLE subscription_changes (
    seq             INTEGER PRIMARY KEY AUTOINCREMENT,
    subscription_id INTEGER NOT NULL
);
CREATE TRIGGER subscriptions_added AFTER INSERT ON subscriptions BEGIN
    INSERT INTO subscription_changes(subscription_id) VALUES (new.id);
END;
CREATE TRIGGER subscriptions_removed AFTER DELETE ON subscriptions BEGIN
    INSERT INTO subscription_changes(subscription_id) VALUES (old.id);
END;
CREATE TRIGGER subscriptions_changed AFTER UPDATE ON subscriptions BEGIN
    INSERT INTO subscription_changes(subscription_id) VALUES (new.id);
END;

-- A claim group announced to a subscription: at most once, whatever else reports it later.
CREATE TABLE alerted (
    subscription_id INTEGER NOT NULL,
    group_id        INTEGER NOT NULL,
    PRIMARY KEY (subscription_id, group_id)
) WITHOUT ROWID;

-- Messages waiting to be delivered, written in the same transaction as what they announce.
-- A row becomes 'sent' only after the platform accepted the message.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    platform        TEXT NOT NULL,
    chat_id         TEXT NOT NULL,
    kind            TEXT NOT NULL,             -- 'alert' or 'digest'
    group_id        INTEGER,                   -- alerts: the claim group announced
    subscription_id INTEGER,                   -- alerts: the subscription it matched first
    payload         TEXT,                      -- digests: the reply, as JSON
    status          TEXT NOT NULL DEFAULT 'pending',  -- 'pending', 'sent', 'dropped', 'failed'
    attempts        INTEGER NOT NULL DEFAULT 0,
    not_before      TEXT NOT NULL DEFAULT '',  -- after a failure: retry from this UTC time
    created_at      TEXT NOT NULL,
    done_at         TEXT
);
CREATE UNIQUE INDEX outbox_alert_once ON outbox(platform, chat_id, group_id) WHERE kind = 'alert';
CREATE INDEX outbox_pending ON outbox(platform, id) WHERE status = 'pending';

-- One digest schedule per chat; `covered_claim_id` is the newest claim the previous digest covered.
CREATE TABLE digest_schedules (
    platform          TEXT NOT NULL,
    chat_id           TEXT NOT NULL,
    frequency         TEXT NOT NULL,           -- 'daily' or 'weekly'
    weekday           INTEGER,                 -- weekly: 0 = Monday
    at_time           TEXT NOT NULL,           -- 'HH:MM', local time
    timezone          TEXT NOT NULL,           -- IANA name, e.g. 'Europe/Kyiv'
    next_due          TEXT NOT NULL,           -- UTC, 'YYYY-MM-DDTHH:MM:SSZ'
    covered_claim_id  INTEGER NOT NULL DEFAULT 0,
    last_sent_at      TEXT,
    created_at        TEXT NOT NULL,
    PRIMARY KEY (platform, chat_id)
) WITHOUT ROWID;
CREATE INDEX digest_schedules_due ON digest_schedules(next_due);
