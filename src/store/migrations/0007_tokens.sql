-- Schema 7: community tokens (SPEC §15). Derived from the journal.
-- Balances are computed: minted by counted contributions, plus received,
-- minus sent; tokens never mix with money.
CREATE TABLE tokens (
    code         TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    scale        INTEGER NOT NULL CHECK (scale BETWEEN 0 AND 8),
    per_value_e4 INTEGER NOT NULL CHECK (per_value_e4 > 0),
    entry        TEXT NOT NULL
) STRICT;

CREATE TABLE token_transfers (
    id           TEXT PRIMARY KEY,
    token        TEXT NOT NULL REFERENCES tokens (code),
    from_member  TEXT NOT NULL REFERENCES accounts (handle),
    to_member    TEXT NOT NULL REFERENCES accounts (handle),
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    day          INTEGER NOT NULL,
    note         TEXT NOT NULL,
    entry        TEXT NOT NULL
) STRICT;
CREATE INDEX token_transfers_by_from ON token_transfers (token, from_member);
CREATE INDEX token_transfers_by_to ON token_transfers (token, to_member);
