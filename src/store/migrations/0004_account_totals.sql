-- Schema 4. Each account's running totals: what live distributions
-- allocated to it and what was paid to it, kept up to date by the entries
-- that change them (a distribution, its reversal, a payout), so balances
-- read one row per account instead of every allocation line (200,000
-- lines at a million contributions). Derived like every other table:
-- verify rebuilds it by replay and compares.
CREATE TABLE account_totals (
    account      TEXT PRIMARY KEY REFERENCES accounts (handle),
    earned_minor INTEGER NOT NULL,
    paid_minor   INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

INSERT INTO account_totals (account, earned_minor, paid_minor)
SELECT a.handle,
       coalesce((SELECT sum(l.amount_minor) FROM allocations l
                 JOIN distributions d ON d.id = l.distribution
                 WHERE l.recipient = a.handle AND d.reversed = 0), 0),
       coalesce((SELECT sum(p.amount_minor) FROM payouts p WHERE p.account = a.handle), 0)
FROM accounts a;
