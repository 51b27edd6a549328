-- Schema 14: each allocation line says the stage percents that scaled its
-- weight and the cap its bucket had, and whether the recipient was held at
-- it (SPEC §14: allocations say the stage factor and cap). Derived, from
-- the distribution entries; lines written before say nothing of either.
ALTER TABLE allocations ADD COLUMN stage TEXT NOT NULL DEFAULT '';
ALTER TABLE allocations ADD COLUMN cap_minor INTEGER;
ALTER TABLE allocations ADD COLUMN capped INTEGER NOT NULL DEFAULT 0;
