-- Schema 13: a give may carry a word of thanks (SPEC §15: notes visible
-- only to the recipient in the app when sign-in is on). Derived.
ALTER TABLE gives ADD COLUMN note TEXT NOT NULL DEFAULT '';
