-- Schema 3. Journal payloads are written as a format byte and MessagePack
-- (ADR 9): about a third of the JSON's bytes, since JSON repeats every
-- field name of every record. A STRICT table's TEXT column refuses blobs,
-- so the journal is rebuilt with a payload column that holds either:
-- entries written before keep their JSON text byte for byte (their hashes
-- cover those bytes), new entries are blobs. The first byte of a payload
-- says how to read it ('{' is JSON), whatever SQLite type holds it.
CREATE TABLE journal_v3 (
    pos         INTEGER PRIMARY KEY,   -- order of arrival in this file
    id          TEXT NOT NULL UNIQUE,
    device      TEXT NOT NULL,
    device_seq  INTEGER NOT NULL,
    recorded_at TEXT NOT NULL,
    kind        TEXT NOT NULL,
    payload     ANY NOT NULL CHECK (typeof(payload) IN ('text', 'blob')),
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL,
    UNIQUE (device, device_seq)
) STRICT;
INSERT INTO journal_v3 (pos, id, device, device_seq, recorded_at, kind, payload, prev_hash, hash)
    SELECT pos, id, device, device_seq, recorded_at, kind, payload, prev_hash, hash FROM journal;
DROP TABLE journal;
ALTER TABLE journal_v3 RENAME TO journal;
