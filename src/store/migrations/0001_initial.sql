-- Schema 1. The journal is the only source of truth; every other table
-- except `meta` is derived from it and can be rebuilt by replaying it
-- (`openvalue verify` does exactly that and compares).

-- This file's own facts, not part of the books: its device id, last backup.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE journal (
    pos         INTEGER PRIMARY KEY,   -- order of arrival in this file
    id          TEXT NOT NULL UNIQUE,
    device      TEXT NOT NULL,
    device_seq  INTEGER NOT NULL,
    recorded_at TEXT NOT NULL,
    kind        TEXT NOT NULL,
    payload     TEXT NOT NULL,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL,
    UNIQUE (device, device_seq)
) STRICT;

CREATE TABLE settings (
    id                 INTEGER PRIMARY KEY CHECK (id = 1),
    name               TEXT NOT NULL,
    currency           TEXT NOT NULL,
    scale              INTEGER NOT NULL,
    approvals_required INTEGER NOT NULL,
    entry              TEXT NOT NULL
) STRICT;

CREATE TABLE accounts (
    handle     TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    type       TEXT NOT NULL CHECK (type IN ('member', 'fund')),
    status     TEXT NOT NULL CHECK (status IN ('active', 'left')),
    joined_day INTEGER,
    entry      TEXT NOT NULL
) STRICT;

CREATE TABLE projects (
    code   TEXT PRIMARY KEY,
    name   TEXT NOT NULL,
    parent TEXT REFERENCES projects (code),
    entry  TEXT NOT NULL
) STRICT;

CREATE TABLE kinds (
    code         TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    measure      TEXT NOT NULL CHECK (measure IN ('hours', 'money', 'quantity')),
    unit         TEXT,
    gift         INTEGER NOT NULL,
    reimbursable INTEGER NOT NULL,
    entry        TEXT NOT NULL
) STRICT;

-- from_day is -2147483648 for a version in force from the beginning.
CREATE TABLE kind_versions (
    kind          TEXT NOT NULL REFERENCES kinds (code),
    from_day      INTEGER NOT NULL,
    rate_e4       INTEGER NOT NULL CHECK (rate_e4 >= 0),
    multiplier_e3 INTEGER NOT NULL CHECK (multiplier_e3 >= 0),
    entry         TEXT NOT NULL,
    PRIMARY KEY (kind, from_day)
) STRICT;

-- The current state of each contribution after its corrections.
CREATE TABLE contributions (
    id          TEXT PRIMARY KEY,
    entered     INTEGER NOT NULL UNIQUE,  -- order first entered in the journal
    member      TEXT NOT NULL REFERENCES accounts (handle),
    project     TEXT NOT NULL REFERENCES projects (code),
    kind        TEXT NOT NULL REFERENCES kinds (code),
    day         INTEGER NOT NULL,
    quantity_e4 INTEGER NOT NULL CHECK (quantity_e4 > 0),
    note        TEXT NOT NULL,
    void        INTEGER NOT NULL,
    revision    INTEGER NOT NULL,         -- number of corrections
    approvals   INTEGER NOT NULL,         -- distinct approvers since the latest correction
    rejections  INTEGER NOT NULL,         -- rejections since the latest correction
    digest      TEXT NOT NULL,            -- of the record as first entered (re-import check)
    entry       TEXT NOT NULL,            -- entry that created it
    last_entry  TEXT NOT NULL             -- entry that last changed it
) STRICT;
CREATE INDEX contributions_by_project ON contributions (project, kind, member, day);
CREATE INDEX contributions_by_member ON contributions (member, day);

CREATE TABLE corrections (
    entry        TEXT PRIMARY KEY,
    contribution TEXT NOT NULL REFERENCES contributions (id),
    revision     INTEGER NOT NULL,        -- the revision it created
    quantity_e4  INTEGER,
    day          INTEGER,
    kind         TEXT,
    note         TEXT,
    void         INTEGER NOT NULL
) STRICT;

CREATE TABLE reviews (
    entry        TEXT PRIMARY KEY,
    contribution TEXT NOT NULL REFERENCES contributions (id),
    revision     INTEGER NOT NULL,        -- the revision reviewed
    by_member    TEXT NOT NULL REFERENCES accounts (handle),
    verdict      TEXT NOT NULL CHECK (verdict IN ('approve', 'reject')),
    reason       TEXT NOT NULL
) STRICT;
CREATE INDEX reviews_by_contribution ON reviews (contribution, revision);

CREATE TABLE revenues (
    id           TEXT PRIMARY KEY,
    project      TEXT NOT NULL REFERENCES projects (code),
    day          INTEGER NOT NULL,
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    note         TEXT NOT NULL,
    digest       TEXT NOT NULL,
    entry        TEXT NOT NULL
) STRICT;

-- project is '' for the ledger default; from_day as in kind_versions.
CREATE TABLE equations (
    project  TEXT NOT NULL,
    from_day INTEGER NOT NULL,
    name     TEXT NOT NULL,
    source   TEXT NOT NULL,
    entry    TEXT NOT NULL,
    PRIMARY KEY (project, from_day)
) STRICT;

CREATE TABLE distributions (
    id             TEXT PRIMARY KEY,
    revenue        TEXT NOT NULL REFERENCES revenues (id),
    project        TEXT NOT NULL REFERENCES projects (code),
    revenue_day    INTEGER NOT NULL,
    amount_minor   INTEGER NOT NULL,
    equation       TEXT NOT NULL,
    reversed       INTEGER NOT NULL,
    entry          TEXT NOT NULL,
    reversal_entry TEXT
) STRICT;
CREATE UNIQUE INDEX one_live_distribution_per_revenue ON distributions (revenue) WHERE reversed = 0;
CREATE INDEX distributions_by_project ON distributions (project, revenue_day);

CREATE TABLE allocations (
    distribution TEXT NOT NULL REFERENCES distributions (id),
    bucket_index INTEGER NOT NULL,
    bucket       TEXT NOT NULL,
    bucket_type  TEXT NOT NULL CHECK (bucket_type IN ('fund', 'reimburse', 'policy')),
    recipient    TEXT NOT NULL REFERENCES accounts (handle),
    amount_minor INTEGER NOT NULL,
    weight       TEXT NOT NULL,
    PRIMARY KEY (distribution, bucket_index, recipient)
) STRICT;
CREATE INDEX allocations_by_recipient ON allocations (recipient);

CREATE TABLE claims_paid (
    distribution TEXT NOT NULL REFERENCES distributions (id),
    contribution TEXT NOT NULL REFERENCES contributions (id),
    amount_minor INTEGER NOT NULL,
    PRIMARY KEY (distribution, contribution)
) STRICT;

CREATE TABLE payouts (
    id           TEXT PRIMARY KEY,
    account      TEXT NOT NULL REFERENCES accounts (handle),
    day          INTEGER NOT NULL,
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    method       TEXT NOT NULL,
    note         TEXT NOT NULL,
    entry        TEXT NOT NULL
) STRICT;
