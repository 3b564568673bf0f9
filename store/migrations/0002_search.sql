-- Full-text search over excerpts, and saved queries for page buttons too long to carry inline.

CREATE VIRTUAL TABLE claims_fts USING fts5(
    excerpt, content='claims', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
INSERT INTO claims_fts(claims_fts) VALUES ('rebuild');

-- New claims are indexed by the writer, one statement per article (much faster than a
-- trigger per row); deletions and edits keep the index in step through triggers.
CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
    INSERT INTO claims_fts(claims_fts, rowid, excerpt) VALUES ('delete', old.id, old.excerpt);
END;
CREATE TRIGGER claims_fts_update AFTER UPDATE OF excerpt ON claims BEGIN
    INSERT INTO claims_fts(claims_fts, rowid, excerpt) VALUES ('delete', old.id, old.excerpt);
    INSERT INTO claims_fts(rowid, excerpt) VALUES (new.id, new.excerpt);
END;

CREATE TABLE saved_queries (
    token         TEXT PRIMARY KEY,            -- short hash of command and words
    command       TEXT NOT NULL,
    args          TEXT NOT NULL,
    created_at    TEXT NOT NULL
) WITHOUT ROWID;
