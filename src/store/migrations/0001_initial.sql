-- Schema 1: the first released wallet. Released migrations are append-only: never edit this file,
-- add 0002_*.sql instead. Tables later issues fill are designed here so their shape is settled.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

-- Every stored credential with its original bytes, exactly as imported.
CREATE TABLE credential (
    rowid_       INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,      -- the wallet's own stable id, shown by `list`
    content_key  TEXT NOT NULL UNIQUE,      -- duplicate detection by content, not by bytes
    sha256       TEXT NOT NULL,             -- of `original`
    original     BLOB NOT NULL,
    source_name  TEXT,                      -- file name it was imported from
    format       TEXT NOT NULL,             -- ob3-ldp, ob3-jwt, ob2-hosted, ...
    container    TEXT NOT NULL,             -- json, jws, png, svg
    imported_at  TEXT NOT NULL,
    model        TEXT NOT NULL,             -- JSON of model::Credential (derived; re-derivable)
    parent       INTEGER REFERENCES credential(rowid_) ON DELETE CASCADE  -- CLR bundle
) STRICT;
CREATE INDEX credential_by_parent ON credential(parent);

CREATE TABLE credential_skill (
    credential INTEGER NOT NULL REFERENCES credential(rowid_) ON DELETE CASCADE,
    uri        TEXT NOT NULL,
    PRIMARY KEY (credential, uri)
) STRICT, WITHOUT ROWID;
CREATE INDEX credential_skill_by_uri ON credential_skill(uri);

-- Full-text search over what the wallet list shows; rowid = credential.rowid_.
CREATE VIRTUAL TABLE credential_search USING fts5(
    name, issuer, subject, description,
    tokenize = "unicode61 remove_diacritics 2"
);

-- Verification reports, newest last; the latest one is the credential's current verdict.
CREATE TABLE verification (
    id          INTEGER PRIMARY KEY,
    credential  INTEGER NOT NULL REFERENCES credential(rowid_) ON DELETE CASCADE,
    checked_at  TEXT NOT NULL,
    engine      INTEGER NOT NULL,           -- verifier capability level; re-verify when it grows
    verified    INTEGER,                    -- 1, 0, or NULL (could not check)
    trust       TEXT NOT NULL,
    report      TEXT NOT NULL               -- JSON of verify::Verdict
) STRICT;
CREATE INDEX verification_by_credential ON verification(credential, id);

-- Endorsements attached to a credential (or about a skill claim), with their original bytes.
CREATE TABLE endorsement (
    rowid_       INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    credential   INTEGER REFERENCES credential(rowid_) ON DELETE CASCADE,
    skill_uri    TEXT,
    content_key  TEXT NOT NULL UNIQUE,
    sha256       TEXT NOT NULL,
    original     BLOB NOT NULL,
    endorser     TEXT,
    comment      TEXT,
    imported_at  TEXT NOT NULL,
    report       TEXT
) STRICT;

-- The holder's own keys (Ed25519 seed); never leaves the core.
CREATE TABLE holder_key (
    id          INTEGER PRIMARY KEY,
    did         TEXT NOT NULL UNIQUE,
    secret      BLOB NOT NULL,
    created_at  TEXT NOT NULL,
    active      INTEGER NOT NULL DEFAULT 1
) STRICT;

-- Skills profile (EU Skills Profile Tool parts): person, wishes, appraisal as JSON documents.
CREATE TABLE profile_part (
    part        TEXT PRIMARY KEY,
    data        TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;

-- Skill claims that do not come from a stored credential: self-declared, mentor-observed.
CREATE TABLE skill_claim (
    id          INTEGER PRIMARY KEY,
    uri         TEXT NOT NULL,
    evidence    TEXT NOT NULL,              -- self-declared | mentor-observed | endorsed
    source      TEXT,                       -- signed statement (JSON) or endorsement id
    note        TEXT,
    created_at  TEXT NOT NULL
) STRICT;
CREATE INDEX skill_claim_by_uri ON skill_claim(uri);

-- Learning route: a target and ordered steps.
CREATE TABLE route (
    id            INTEGER PRIMARY KEY,
    target_uri    TEXT,
    target_label  TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
) STRICT;
CREATE TABLE route_step (
    id         INTEGER PRIMARY KEY,
    uid        TEXT NOT NULL UNIQUE,
    route      INTEGER NOT NULL REFERENCES route(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    kind       TEXT NOT NULL,
    title      TEXT NOT NULL,
    skills     TEXT NOT NULL DEFAULT '[]',
    status     TEXT NOT NULL DEFAULT 'planned',
    data       TEXT NOT NULL DEFAULT '{}'
) STRICT;
CREATE TABLE route_step_evidence (
    step        INTEGER NOT NULL REFERENCES route_step(id) ON DELETE CASCADE,
    credential  INTEGER NOT NULL REFERENCES credential(rowid_) ON DELETE CASCADE,
    PRIMARY KEY (step, credential)
) STRICT, WITHOUT ROWID;

-- Installed trust lists, kept as the signed bytes they arrived as.
CREATE TABLE trust_list (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL,
    original      BLOB NOT NULL,
    sha256        TEXT NOT NULL UNIQUE,
    installed_at  TEXT NOT NULL,
    source        TEXT
) STRICT;

-- What an online refresh fetched (status lists, did:web documents, hosted assertions), dated.
CREATE TABLE fetch_cache (
    url           TEXT PRIMARY KEY,
    body          BLOB NOT NULL,
    content_type  TEXT,
    fetched_at    TEXT NOT NULL
) STRICT;
