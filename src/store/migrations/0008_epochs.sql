-- Schema 8: GIVE epochs (SPEC §15, Coordinape's circles). Derived.
CREATE TABLE epochs (
    id       TEXT PRIMARY KEY,
    project  TEXT NOT NULL REFERENCES projects (code),
    from_day INTEGER NOT NULL,
    to_day   INTEGER NOT NULL,
    give     INTEGER NOT NULL CHECK (give > 0),
    closed   INTEGER NOT NULL,
    entry    TEXT NOT NULL
) STRICT;

-- The standing give from one member to another (a later give replaces it).
CREATE TABLE gives (
    epoch       TEXT NOT NULL REFERENCES epochs (id),
    from_member TEXT NOT NULL REFERENCES accounts (handle),
    to_member   TEXT NOT NULL REFERENCES accounts (handle),
    amount      INTEGER NOT NULL CHECK (amount >= 0),
    entry       TEXT NOT NULL,
    PRIMARY KEY (epoch, from_member, to_member)
) STRICT;
