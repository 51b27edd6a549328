#!/usr/bin/env bash
# The benchmark of issue 13 (the cooperative's own rules): the 1M-
# contribution dry run of bench/run.sh with a stage, a cap and a repay
# bucket, against the same GROUP BY as issue 7's dry run. Prints a
# Markdown section for BENCHMARKS.md.
#
#   BENCH_STAGED_MEMBERS  members put in the stage (default 500)
#
# Called by `make bench-rules` after `make bench` has made the data.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OV=${BENCH_OV:-$ROOT/target/release/openvalue}
W=$ROOT/target/bench
DATA=$W/data
RUNS=${BENCH_RUNS:-5}
STAGED=${BENCH_STAGED_MEMBERS:-500}
mkdir -p "$W"
cd "$W"
if [ ! -f "$DATA/contributions.csv" ]; then
  echo "== generating the data of make bench"
  "$ROOT/target/release/examples/genledger" --members "${BENCH_MEMBERS:-10000}" \
    --contributions "${BENCH_CONTRIBUTIONS:-1000000}" --out "$DATA"
fi
median() { sed -n 's/.*"median": *\([0-9.e-]*\).*/\1/p' "$1" | head -1; }

echo "== ledger: 1M contributions, a deferred kind, a stage for $STAGED members"
rm -f r.openvalue*
"$OV" --ledger r.openvalue init --name Bench --currency EUR >/dev/null
for t in members projects kinds contributions revenues; do
  "$OV" --ledger r.openvalue import $t "$DATA/$t.csv" >/dev/null
done
"$OV" --ledger r.openvalue kind add love Love --measure hours --rate 15 --deferred >/dev/null
MEMBERS=$(sqlite3 r.openvalue "SELECT handle FROM accounts WHERE type = 'member' ORDER BY handle LIMIT $STAGED")
"$OV" --ledger r.openvalue stage define dating --percent 50 >/dev/null
n=0
for m in $MEMBERS; do
  "$OV" --ledger r.openvalue stage set "$m" dating --from 2023-01-01 >/dev/null
  if [ $((n % 10)) = 0 ]; then
    "$OV" --ledger r.openvalue log "$m" platform love 3 --date 2024-02-01 >/dev/null
  fi
  n=$((n + 1))
done
cat > rules.toml <<'TOML'
name = "Own rules"

[[bucket]]
name = "Commons fund"
share = "5%"
fund = "commons"

[[bucket]]
name = "Expenses"
share = "15%"
reimburse = true

[[bucket]]
name = "Love later"
share = "10%"
repay = true

[[bucket]]
name = "Contributors"
share = "rest"
policy = "lifetime"
cap = "2%"
TOML
"$OV" --ledger r.openvalue equation set --default rules.toml >/dev/null
REV=R-platform-2025-Q4
"$ROOT/bench/groupby.sh" r.openvalue "$(sqlite3 r.openvalue "SELECT day FROM revenues WHERE id = '$REV'")"

echo "== distribution dry run with the stage, the cap and the repay bucket"
hyperfine --style basic --warmup 1 --runs "$RUNS" --export-json r_dist_ov.json \
  "$OV --ledger r.openvalue distribute $REV --dry-run --json" >/dev/null
hyperfine --style basic --warmup 1 --runs "$RUNS" --export-json r_dist_sq.json \
  "sqlite3 r.openvalue < groupby.sql" >/dev/null
"$OV" --ledger r.openvalue distribute $REV --dry-run | grep -E "^bucket '" || true
D_OV=$(median r_dist_ov.json); D_SQ=$(median r_dist_sq.json)
RATIO=$(awk -v a="$D_OV" -v b="$D_SQ" 'BEGIN { printf "%.2f", a / b }')
VERDICT=$(awk -v x="$RATIO" 'BEGIN { print (x <= 1.3) ? "met" : "**missed**" }')

cat <<EOF

## The cooperative's own rules (issue 13)

Measured by \`make bench-rules\` (bench/rules.sh) on $(nproc) cores ($(lscpu | sed -n 's/^Model name: *//p' | head -1)), the same 1M-contribution data, medians of $RUNS runs.
The ledger adds a deferred kind (\`love\`, logged by $((STAGED / 10)) members), a
stage of 50 % for $STAGED members from 2023-01-01, and an equation with a
10 % repay bucket and a 2 % cap on the lifetime bucket.

| what | OpenValue | comparison | ratio | target | |
|---|---|---|---|---|---|
| dry run of $REV with a stage, a cap and a repay bucket | $(awk -v a="$D_OV" 'BEGIN { printf "%.3f", a }') s | the GROUP BY of issue 7 (groupby.sql) on the same file: $(awk -v a="$D_SQ" 'BEGIN { printf "%.3f", a }') s | ${RATIO}× | ≤ 1.3× | $VERDICT |
EOF
