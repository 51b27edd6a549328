-- Schema 6: people (SPEC §13, ADR 12). Derived from the journal like the
-- other book tables: `verify` replays and compares them.

-- Whether writes need a signed-in member.
ALTER TABLE settings ADD COLUMN sign_in INTEGER NOT NULL DEFAULT 0;

-- Roles granted (a member without a row is a member, except the first
-- member account, who is admin).
CREATE TABLE roles (
    handle TEXT PRIMARY KEY REFERENCES accounts (handle),
    role   TEXT NOT NULL CHECK (role IN ('member', 'coordinator', 'treasurer', 'admin')),
    entry  TEXT NOT NULL
) STRICT;

-- Each member's current key: public, and the secret sealed under their
-- passphrase (JSON of members::SealedKey).
CREATE TABLE member_keys (
    handle     TEXT PRIMARY KEY REFERENCES accounts (handle),
    public_key TEXT NOT NULL,
    sealed     TEXT NOT NULL,
    entry      TEXT NOT NULL
) STRICT;

-- Who made each entry, when a member was signed in.
ALTER TABLE journal ADD COLUMN author TEXT;
