-- Articles, their earlier revisions, claims and claim groups (corroboration).

CREATE TABLE articles (
    id            INTEGER PRIMARY KEY,
    url           TEXT UNIQUE,                 -- NULL when the article came without a URL
    outlet        TEXT NOT NULL DEFAULT '',
    outlet_key    TEXT NOT NULL DEFAULT '',    -- casefolded outlet, for filtering
    title         TEXT NOT NULL DEFAULT '',
    published     TEXT,                        -- ISO date or NULL
    content_hash  TEXT NOT NULL,               -- sha256 of the whitespace-normalised text
    text          TEXT NOT NULL,
    revision      INTEGER NOT NULL DEFAULT 1,
    ingested_at   TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX articles_content ON articles(content_hash, outlet_key);
CREATE INDEX articles_outlet ON articles(outlet_key);

CREATE TABLE article_revisions (
    id            INTEGER PRIMARY KEY,
    article_id    INTEGER NOT NULL REFERENCES articles(id),
    revision      INTEGER NOT NULL,
    title         TEXT NOT NULL,
    published     TEXT,
    content_hash  TEXT NOT NULL,
    text          TEXT NOT NULL,
    ingested_at   TEXT NOT NULL,
    replaced_at   TEXT NOT NULL
);
CREATE INDEX article_revisions_article ON article_revisions(article_id);

-- One group per figure for the same thing: value, category, side and month.
CREATE TABLE claim_groups (
    id            INTEGER PRIMARY KEY,
    value         INTEGER NOT NULL,
    category      TEXT NOT NULL,
    side          TEXT NOT NULL DEFAULT '',    -- '' when the articles do not say whose
    month         INTEGER NOT NULL DEFAULT 0,  -- 0 when unknown
    n_claims      INTEGER NOT NULL DEFAULT 0,
    n_sources     INTEGER NOT NULL DEFAULT 0,  -- wire copies (same excerpt) count once
    when_key      INTEGER NOT NULL DEFAULT 0,  -- newest YYYYMMDD among its claims
    created_at    TEXT NOT NULL,
    UNIQUE (value, category, side, month)
);

CREATE TABLE claims (
    id            INTEGER PRIMARY KEY,
    article_id    INTEGER NOT NULL REFERENCES articles(id),
    group_id      INTEGER NOT NULL REFERENCES claim_groups(id),
    value         INTEGER NOT NULL,
    low           INTEGER,
    high          INTEGER,
    qualifier     TEXT NOT NULL,
    category      TEXT NOT NULL,
    side          TEXT,
    population    TEXT,
    claimant      TEXT,
    claimant_key  TEXT,
    place         TEXT,
    place_key     TEXT,
    month         INTEGER,
    year          INTEGER,                     -- from the claim's date, else inferred from publication
    date          TEXT,
    when_key      INTEGER NOT NULL DEFAULT 0,  -- YYYYMMDD, partial dates with 00, 0 when unknown
    excerpt       TEXT NOT NULL,
    vague         INTEGER NOT NULL DEFAULT 0,
    start_offset  INTEGER NOT NULL DEFAULT 0,
    end_offset    INTEGER NOT NULL DEFAULT 0,
    source_key    TEXT NOT NULL                -- hash of the normalised excerpt: wire copies share it
);
CREATE INDEX claims_article ON claims(article_id);
CREATE INDEX claims_group ON claims(group_id);
CREATE INDEX claims_category_when ON claims(category, when_key);
CREATE INDEX claims_when ON claims(when_key);
CREATE INDEX claims_place ON claims(place_key, when_key);
CREATE INDEX claims_claimant ON claims(claimant_key, when_key);
CREATE INDEX claims_value ON claims(value);
CREATE INDEX claims_month ON claims(month, when_key);

-- Names seen in claims and articles (places, claimants, outlets), so queries can match them.
CREATE TABLE names (
    kind          TEXT NOT NULL,               -- 'place', 'claimant' or 'outlet'
    key           TEXT NOT NULL,               -- casefolded
    name          TEXT NOT NULL,
    PRIMARY KEY (kind, key)
) WITHOUT ROWID;
