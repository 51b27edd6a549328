-- Schema 2. The distribution engine sums quantities per member, kind and
-- rate version of one project. An index holding every column it reads lets
-- SQLite answer from the index alone, in (kind, member, day) order, without
-- visiting the table: at a million contributions the dry run drops from
-- seconds to a fraction of one (BENCHMARKS.md). Kind before member: the
-- reimbursement buckets read only the reimbursable kinds' rows.
DROP INDEX contributions_by_project;
CREATE INDEX contributions_for_split ON contributions
    (project, kind, member, day, quantity_e4, void, approvals, rejections);

-- What was already reimbursed of a claim is looked up by contribution.
CREATE INDEX claims_paid_by_contribution ON claims_paid (contribution);

-- Lists of contributions page through them by date, then entry order;
-- with the status columns in the index, skipping to a page in the middle
-- of a million rows reads only the index (0.9 s -> 0.03 s).
CREATE INDEX contributions_by_day ON contributions (day, entered, void, rejections, approvals);
