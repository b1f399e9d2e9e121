-- Schema 2: the wallet list at scale. A card row per credential holds only what a card shows and
-- what the list sorts and filters by, and a full-text index holds the words a search looks at
-- (skill names included). Both are written by the store's insert path in the credential's own
-- transaction; the Rust back-fill that runs in this migration's transaction fills them for the
-- credentials already stored. Schema 1's `credential_search` had no skill names and was never
-- read, so it goes.

DROP TABLE credential_search;

CREATE TABLE credential_card (
    credential   INTEGER PRIMARY KEY REFERENCES credential(rowid_) ON DELETE CASCADE,
    top          INTEGER NOT NULL,          -- 1: a credential of its own; 0: nested in a bundle
    owner        INTEGER NOT NULL,          -- rowid_ of the card the list shows for it (its bundle's)
    name         TEXT NOT NULL,             -- display name (NFC)
    name_key     TEXT NOT NULL,             -- search-normalised name, for sorting
    issuer       TEXT NOT NULL,             -- display name of the issuer (or its id)
    issuer_key   TEXT NOT NULL,
    issuer_id    TEXT,                      -- for the trust colour (installed trust lists)
    learner      TEXT,
    issued       TEXT,                      -- as written
    issued_key   TEXT,                      -- RFC 3339 UTC when it parses, else as written
    format       TEXT NOT NULL,
    skills       TEXT NOT NULL,             -- JSON array of skill URIs, document order
    verified     INTEGER,                   -- of the latest verification report: 1, 0, NULL
    all_checked  INTEGER NOT NULL DEFAULT 0 -- latest report has no `unchecked` check
) STRICT;
CREATE INDEX credential_card_by_issued ON credential_card(top, issued_key, credential);
CREATE INDEX credential_card_by_issuer ON credential_card(top, issuer_key, name_key, credential);
CREATE INDEX credential_card_by_name ON credential_card(top, name_key, credential);
CREATE INDEX credential_card_by_status ON credential_card(top, verified, all_checked, credential);
CREATE INDEX credential_card_by_issuer_id ON credential_card(issuer_id);

-- rowid = credential.rowid_; text is search-normalised (esco::normalize) before it is stored.
CREATE VIRTUAL TABLE credential_text USING fts5(
    name, issuer, learner, description, skills,
    tokenize = "unicode61 remove_diacritics 2"
);

-- FTS5 tables take no foreign keys: a deleted credential (or one cascaded with its bundle)
-- leaves the index here, in the deleting statement's transaction.
CREATE TRIGGER credential_text_forget AFTER DELETE ON credential BEGIN
    DELETE FROM credential_text WHERE rowid = OLD.rowid_;
END;
