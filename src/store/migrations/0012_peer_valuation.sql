-- Schema 12: peer valuation (SPEC §15, Backfeed). Derived. Independent of
-- schema 11: it touches only the kinds table and a table of its own.

-- A kind valued by peers (`valued_by = "peers"`): its contributions have
-- no rate; each is worth the reputation-weighted lower median of its
-- valuations.
ALTER TABLE kinds ADD COLUMN peers INTEGER NOT NULL DEFAULT 0;

-- Each member's standing valuation of a contribution (a later valuation by
-- the same member replaces it).
CREATE TABLE valuations (
    contribution TEXT NOT NULL REFERENCES contributions (id),
    by_member    TEXT NOT NULL REFERENCES accounts (handle),
    amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0),
    entry        TEXT NOT NULL,
    PRIMARY KEY (contribution, by_member)
) STRICT;
