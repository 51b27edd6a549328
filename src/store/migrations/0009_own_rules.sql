-- Schema 9: the cooperative's own rules (SPEC §14). Derived.

-- Deferred claims. A kind may be deferred: its
-- contributions are claims paid back by `repay` buckets, whose lines are
-- allocations of type 'repay'. SQLite cannot widen a CHECK in place, so
-- the allocations table is rebuilt with the same rows.
ALTER TABLE kinds ADD COLUMN deferred INTEGER NOT NULL DEFAULT 0;

CREATE TABLE allocations_v9 (
    distribution TEXT NOT NULL REFERENCES distributions (id),
    bucket_index INTEGER NOT NULL,
    bucket       TEXT NOT NULL,
    bucket_type  TEXT NOT NULL CHECK (bucket_type IN ('fund', 'reimburse', 'policy', 'repay')),
    recipient    TEXT NOT NULL REFERENCES accounts (handle),
    amount_minor INTEGER NOT NULL,
    weight       TEXT NOT NULL,
    PRIMARY KEY (distribution, bucket_index, recipient)
) STRICT;
INSERT INTO allocations_v9 SELECT * FROM allocations;
DROP TABLE allocations;
ALTER TABLE allocations_v9 RENAME TO allocations;
CREATE INDEX allocations_by_recipient ON allocations (recipient);

-- Stages: a member's work of some kinds valued at a percent for a while.
CREATE TABLE stages (
    code       TEXT PRIMARY KEY,
    percent_e2 INTEGER NOT NULL CHECK (percent_e2 BETWEEN 0 AND 10000),
    kinds      TEXT NOT NULL,  -- JSON array of kind codes
    entry      TEXT NOT NULL
) STRICT;

-- Each member's stage from a day on (stage NULL: no stage); a later
-- setting for the same day replaces the earlier.
CREATE TABLE stage_spans (
    member   TEXT NOT NULL REFERENCES accounts (handle),
    from_day INTEGER NOT NULL,
    stage    TEXT REFERENCES stages (code),
    entry    TEXT NOT NULL,
    PRIMARY KEY (member, from_day)
) STRICT;

-- Leaving and rejoining, in the order recorded (day NULL: a leave
-- recorded before leaves had dates, in force since always).
CREATE TABLE memberships (
    pos    INTEGER PRIMARY KEY,
    member TEXT NOT NULL REFERENCES accounts (handle),
    day    INTEGER,
    event  TEXT NOT NULL CHECK (event IN ('left_good', 'left_bad', 'rejoined')),
    entry  TEXT NOT NULL
) STRICT;

-- Members who left before leaves had dates: left since always, for good
-- reason (what replaying their entries gives).
INSERT INTO memberships (member, day, event, entry)
    SELECT handle, NULL, 'left_good', entry FROM accounts WHERE status = 'left';
