-- Schema 15: the books' undo steps, so a merge whose entries interleave
-- with this laptop's recent ones rolls the books back to the first of
-- them and replays only what follows, instead of the whole journal
-- (ADR 10; src/store/rollback.rs).
--
-- Derived, like the books, and read by nothing but a merge and verify. A
-- step says what undoes one change to a book table — delete the row a
-- change inserted, put back the values it updated, insert again the row it
-- deleted — as data: the table, the row's key and its old values as JSON
-- arrays. It is written by the writing connection's temporary triggers
-- and run only through statements the program builds for its own book
-- tables, never as SQL text. Steps are numbered by AUTOINCREMENT, never
-- reusing a number, so marks stay in their order.
CREATE TABLE undo_log (
    n   INTEGER PRIMARY KEY AUTOINCREMENT,
    tbl TEXT NOT NULL,
    op  TEXT NOT NULL CHECK (op IN ('delete', 'update', 'insert')),
    key TEXT NOT NULL,
    row TEXT
) STRICT;

-- A mark says at which step an entry's changes begin, and the digest of
-- the entry and its steps, set when its transaction commits: a step that no
-- longer matches is never run (the merge rebuilds) and verify reports it.
-- Marks are kept for a suffix of the one order only (the most recent
-- entries); an entry applied without steps (a large import, a full
-- rebuild) forgets them all.
CREATE TABLE undo_marks (
    entry   TEXT PRIMARY KEY,
    first_n INTEGER NOT NULL,
    digest  BLOB
) STRICT;
CREATE INDEX undo_marks_by_step ON undo_marks (first_n);
