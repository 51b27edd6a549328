-- Schema 5: several laptops (SPEC §12, ADR 10).
--
-- Each entry carries a hybrid logical clock stamp and its device's
-- signature. Entries written before this schema keep their hashes (which
-- do not cover a stamp) and get their sequence number as stamp, so they
-- come first in the one order every device applies: (hlc, device,
-- device_seq). They are "before signatures".
ALTER TABLE journal ADD COLUMN hlc INTEGER NOT NULL DEFAULT 0;
ALTER TABLE journal ADD COLUMN signature BLOB;
UPDATE journal SET hlc = device_seq;
CREATE INDEX journal_order ON journal (hlc, device, device_seq);

-- Entries that the rules refused at their place in the order, after a
-- merge: kept in the journal, not applied (derived, like the books).
CREATE TABLE conflicts (
    entry  TEXT PRIMARY KEY,
    code   TEXT NOT NULL,
    reason TEXT NOT NULL
) STRICT;
