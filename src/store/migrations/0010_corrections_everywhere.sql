-- Schema 10: corrections everywhere (SPEC §13). Derived, like every table
-- but `meta`: a payout or revenue is never deleted; its void is recorded
-- beside it, and a revenue's corrections are kept as contributions' are.

-- The entry that voided a payout; NULL while it stands.
ALTER TABLE payouts ADD COLUMN void_entry TEXT;

-- A revenue's current revision (0 as first entered), the entry that voided
-- it (NULL while it stands) and the entry that last changed it.
ALTER TABLE revenues ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE revenues ADD COLUMN void_entry TEXT;
ALTER TABLE revenues ADD COLUMN last_entry TEXT;

CREATE TABLE revenue_corrections (
    entry        TEXT PRIMARY KEY,
    revenue      TEXT NOT NULL REFERENCES revenues (id),
    revision     INTEGER NOT NULL,        -- the revision it created
    day          INTEGER,
    amount_minor INTEGER,
    note         TEXT,
    void         INTEGER NOT NULL
) STRICT;

-- Each rename of an account, project or kind (a later one wins; the row
-- itself holds the current name). A merged add of the same handle or code
-- that differs only by the name a rename changed is a no-op.
CREATE TABLE renames (
    entry TEXT PRIMARY KEY,
    what  TEXT NOT NULL CHECK (what IN ('account', 'project', 'kind')),
    code  TEXT NOT NULL,
    name  TEXT NOT NULL
) STRICT;
CREATE INDEX renames_by_code ON renames (what, code);
