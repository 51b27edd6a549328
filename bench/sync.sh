#!/usr/bin/env bash
# The benchmarks of issue 11 (several laptops) on the 1M-contribution
# ledger of bench/run.sh: signing and stamps on import, the size of a full
# bundle, merging 5,000 entries that interleave with local ones, and the
# full replay. Prints a Markdown section for BENCHMARKS.md.
#
#   BENCH_BASE_OV   a build from before issue 11 (for the import and
#                   verify comparisons); skipped when unset
#   BENCH_MERGE_ENTRIES  entries written on each laptop (default 5000)
#
# Called by `make bench-sync` after `make bench` has made the data.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OV=${BENCH_OV:-$ROOT/target/release/openvalue}
SB=$ROOT/target/release/examples/syncbench
BASE=${BENCH_BASE_OV:-}
N=${BENCH_MERGE_ENTRIES:-5000}
W=$ROOT/target/bench
DATA=$W/data
RUNS=${BENCH_RUNS:-3}
[ -f "$DATA/contributions.csv" ] || { echo "run make bench first (it generates $DATA)"; exit 1; }
cd "$W"
export OPENVALUE_KEYS=$W/keys
mkdir -p "$OPENVALUE_KEYS"

median() { sed -n 's/.*"median": *\([0-9.e-]*\).*/\1/p' "$1" | head -1; }
secs() { local s=$(date +%s.%N); "$@" >/dev/null; echo "$(date +%s.%N) - $s" | bc; }

base_ledger() { # $1 binary, $2 file
  rm -f "$2"*
  "$1" --ledger "$2" init --name Bench --currency EUR >/dev/null
  for t in members projects kinds; do "$1" --ledger "$2" import $t "$DATA/$t.csv" >/dev/null; done
}

echo "== import: signing and stamps"
base_ledger "$OV" sbase.openvalue
hyperfine --style basic --runs "$RUNS" --export-json s_import_new.json \
  --prepare "rm -f s.openvalue*; cp sbase.openvalue s.openvalue" \
  "$OV --ledger s.openvalue import contributions $DATA/contributions.csv" >/dev/null
IMPORT_NEW=$(median s_import_new.json)
if [ -n "$BASE" ]; then
  base_ledger "$BASE" obase.openvalue
  hyperfine --style basic --runs "$RUNS" --export-json s_import_old.json \
    --prepare "rm -f o.openvalue*; cp obase.openvalue o.openvalue" \
    "$BASE --ledger o.openvalue import contributions $DATA/contributions.csv" >/dev/null
  IMPORT_OLD=$(median s_import_old.json)
fi
rm -f s.openvalue*; cp sbase.openvalue s.openvalue
"$OV" --ledger s.openvalue import contributions "$DATA/contributions.csv" >/dev/null
"$OV" --ledger s.openvalue import revenues "$DATA/revenues.csv" >/dev/null

echo "== verify (full replay)"
hyperfine --style basic --runs 2 --export-json s_verify_new.json "$OV --ledger s.openvalue verify" >/dev/null
VERIFY_NEW=$(median s_verify_new.json)
if [ -n "$BASE" ]; then
  rm -f o.openvalue*; cp obase.openvalue o.openvalue
  "$BASE" --ledger o.openvalue import contributions "$DATA/contributions.csv" >/dev/null
  "$BASE" --ledger o.openvalue import revenues "$DATA/revenues.csv" >/dev/null
  hyperfine --style basic --runs 2 --export-json s_verify_old.json "$BASE --ledger o.openvalue verify" >/dev/null
  VERIFY_OLD=$(median s_verify_old.json)
fi

echo "== bundle size"
rm -f full.ovbundle
BUNDLE_SECS=$(secs "$OV" --ledger s.openvalue bundle export --out full.ovbundle)
BUNDLE=$(stat -c %s full.ovbundle)
CSV=$(stat -c %s "$DATA/contributions.csv")

echo "== merge: $N entries on each of two laptops, interleaved"
rm -f inv.ovinvite b.openvalue*
"$OV" --ledger s.openvalue device invite --out inv.ovinvite --label b >/dev/null
CLONE_SECS=$(secs "$OV" --ledger b.openvalue clone inv.ovinvite)
"$SB" s.openvalue b.openvalue "$N"
rm -f b.ovbundle
"$OV" --ledger b.openvalue bundle export --out b.ovbundle >/dev/null
cp s.openvalue a-before.openvalue
hyperfine --style basic --runs 2 --export-json s_merge.json \
  --prepare "cp a-before.openvalue s.openvalue; rm -f s.openvalue-wal s.openvalue-shm" \
  "$OV --ledger s.openvalue bundle import b.ovbundle" >/dev/null
MERGE=$(median s_merge.json)
"$OV" --ledger s.openvalue verify | head -1
# The same merge as before the undo log (ADR 10): without marks, the books
# are rebuilt from the whole journal.
cp a-before.openvalue nomarks.openvalue
sqlite3 nomarks.openvalue 'DELETE FROM undo_marks; DELETE FROM undo_log;'
hyperfine --style basic --runs 2 --export-json s_merge_rebuild.json \
  --prepare "cp nomarks.openvalue s.openvalue; rm -f s.openvalue-wal s.openvalue-shm" \
  "$OV --ledger s.openvalue bundle import b.ovbundle" >/dev/null
MERGE_REBUILD=$(median s_merge_rebuild.json)

ratio() { echo "scale=2; $1 / $2" | bc; }
cat <<EOF

## Several laptops (issue 11)

Measured by \`make bench-sync\` (bench/sync.sh) on $(nproc) cores, $(uname -m), the same 1M-contribution data.

| Target | Figure | Result |
|---|---|---|
| Signing and HLC cost on import ≤ 10 % | import ${IMPORT_NEW} s$( [ -n "$BASE" ] && echo " vs ${IMPORT_OLD} s before issue 11 ($(ratio "$IMPORT_NEW" "$IMPORT_OLD")×)") | |
| Full bundle ≤ 1× the CSV on disk | bundle $((BUNDLE / 1000000)) MB vs contributions.csv $((CSV / 1000000)) MB ($(ratio "$BUNDLE" "$CSV")×), written in ${BUNDLE_SECS} s | |
| Merge a ${N}-entry bundle interleaving with local entries ≤ 3 s | ${MERGE} s, rolling back to the first merged entry (the same merge rebuilding the books from the whole journal, as before the undo log: ${MERGE_REBUILD} s; a new laptop's clone of the whole ledger: ${CLONE_SECS} s) | |
| Full replay ≤ 1.5× today's verify replay | verify ${VERIFY_NEW} s$( [ -n "$BASE" ] && echo " vs ${VERIFY_OLD} s before issue 11 ($(ratio "$VERIFY_NEW" "$VERIFY_OLD")×)") | |
EOF
