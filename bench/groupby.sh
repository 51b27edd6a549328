#!/usr/bin/env bash
# Writes groupby.sql: the SQL a lifetime bucket needs on ledger $1 for the
# revenue dated day $2 of project `platform` — per member, kind and rate
# version in force, the sum of the eligible quantities (values are then
# exact products in Rust). The version is a CASE over the few versions, as
# the engine resolves it, so both sides read the same covering index.
# Used by bench/run.sh and bench/rules.sh.
set -euo pipefail
LEDGER=$1
DAY=$2
VERSION_CASE=$(sqlite3 "$LEDGER" "SELECT group_concat('WHEN c.kind = ''' || kind || ''' AND c.day >= ' || from_day || ' THEN ' || from_day, ' ')
 FROM (SELECT v.kind, v.from_day FROM kind_versions v JOIN kinds k ON k.code = v.kind
       WHERE k.gift = 0 AND k.reimbursable = 0 ORDER BY v.kind, v.from_day DESC)")
KIND_LIST=$(sqlite3 "$LEDGER" "SELECT group_concat('''' || code || '''', ', ') FROM kinds WHERE gift = 0 AND reimbursable = 0")
cat > groupby.sql <<SQL
SELECT c.member, c.kind, CASE $VERSION_CASE END AS version, sum(c.quantity_e4)
 FROM contributions c
 WHERE c.project = 'platform' AND c.day <= $DAY AND c.void = 0 AND c.rejections = 0 AND c.approvals >= 0
   AND c.kind IN ($KIND_LIST)
 GROUP BY c.member, c.kind, version;
SQL
