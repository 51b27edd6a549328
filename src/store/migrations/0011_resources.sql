-- Schema 11: resource use (SPEC §14). Derived, like every table but `meta`.

-- A resource whose use credits its owners; fixed once defined.
CREATE TABLE resources (
    code    TEXT PRIMARY KEY,
    name    TEXT NOT NULL,
    unit    TEXT NOT NULL,
    rate_e4 INTEGER NOT NULL CHECK (rate_e4 >= 0),
    entry   TEXT NOT NULL
) STRICT;

-- Its owners (members or funds) and their whole-number shares.
CREATE TABLE resource_owners (
    resource TEXT NOT NULL REFERENCES resources (code),
    owner    TEXT NOT NULL REFERENCES accounts (handle),
    share    INTEGER NOT NULL CHECK (share > 0),
    PRIMARY KEY (resource, owner)
) STRICT;

-- Each use. `entered` shares the order of contributions' `entered`, so
-- claims are paid oldest first, then in entry order, across both.
-- The owners' credits are not stored: one pure function
-- (`model::resource_credits`) computes them from the use and the owners.
CREATE TABLE resource_uses (
    id          TEXT PRIMARY KEY,
    entered     INTEGER NOT NULL UNIQUE,
    resource    TEXT NOT NULL REFERENCES resources (code),
    project     TEXT NOT NULL REFERENCES projects (code),
    day         INTEGER NOT NULL,
    quantity_e4 INTEGER NOT NULL CHECK (quantity_e4 > 0),
    by_member   TEXT REFERENCES accounts (handle),
    entry       TEXT NOT NULL
) STRICT;
CREATE INDEX resource_uses_by_project ON resource_uses (project, day);

-- A claim paid is a contribution's or a fund's part of a use
-- (`USE/fund`), so `contribution` no longer references contributions.
-- SQLite cannot drop a foreign key in place: the table is rebuilt with
-- the same rows.
CREATE TABLE claims_paid_v11 (
    distribution TEXT NOT NULL REFERENCES distributions (id),
    contribution TEXT NOT NULL,
    amount_minor INTEGER NOT NULL,
    PRIMARY KEY (distribution, contribution)
) STRICT;
INSERT INTO claims_paid_v11 SELECT * FROM claims_paid;
DROP TABLE claims_paid;
ALTER TABLE claims_paid_v11 RENAME TO claims_paid;
CREATE INDEX claims_paid_by_contribution ON claims_paid (contribution);
