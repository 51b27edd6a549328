-- Schema 15: the books' undo steps, so a merge whose entries interleave
-- with this laptop's recent ones rolls the books back to the first of
-- them and replays only what follows, instead of the whole journal
-- (ADR 10; src/store/rollback.rs).
--
-- Derived, like the books, and never read by anything but a merge: a
-- step is the SQL statement that undoes one change to a book table,
-- written by the connection's temporary triggers; a mark says at which
-- step an entry's changes begin. Marks are kept for a suffix of the one
-- order only (the most recent entries); an entry applied without steps
-- (a large import, a full rebuild) forgets them all.
CREATE TABLE undo_log (
    n   INTEGER PRIMARY KEY,
    sql TEXT NOT NULL
) STRICT;

-- digest: SHA-256 of the entry's steps, set when its transaction commits;
-- a step that no longer matches is never run (the merge rebuilds) and
-- verify reports it.
CREATE TABLE undo_marks (
    entry   TEXT PRIMARY KEY,
    first_n INTEGER NOT NULL,
    digest  BLOB
) STRICT;
CREATE INDEX undo_marks_by_step ON undo_marks (first_n);
