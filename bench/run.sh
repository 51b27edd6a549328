#!/usr/bin/env bash
# Runs the benchmarks of issue 7 and writes BENCHMARKS.md. Called by
# `make bench` after the release build; see mk/bench.mk.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
# BENCH_OV: another build to measure (a baseline copied aside), same script.
OV=${BENCH_OV:-$ROOT/target/release/openvalue}
GEN=$ROOT/target/release/examples/genledger
MEMBERS=${BENCH_MEMBERS:-10000}
CONTRIBUTIONS=${BENCH_CONTRIBUTIONS:-1000000}
RUNS=${BENCH_RUNS:-5}
W=$ROOT/target/bench
DATA=$W/data
mkdir -p "$W"
cd "$W"

echo "== generating $MEMBERS members, $CONTRIBUTIONS contributions"
"$GEN" --members "$MEMBERS" --contributions "$CONTRIBUTIONS" --out "$DATA"

echo "== base ledger (members, projects, kinds)"
rm -f base.openvalue* l.openvalue* plain.db*
"$OV" --ledger base.openvalue init --name Bench --currency EUR >/dev/null
for t in members projects kinds; do "$OV" --ledger base.openvalue import $t "$DATA/$t.csv" >/dev/null; done

median() { sed -n 's/.*"median": *\([0-9.e-]*\).*/\1/p' "$1" | head -1; }
# Peak RSS in MB of one run of a command.
rss() { /usr/bin/time -f %M -o rss.txt "$@" >/dev/null 2>&1; awk '{printf "%.0f", $1/1024}' rss.txt; }
# hf NAME [hyperfine options] COMMAND: median to NAME.json. BENCH_REUSE=1
# keeps the results of an interrupted run; HF_RUNS overrides the run count.
hf() {
  local name=$1; shift
  if [ -n "${BENCH_REUSE:-}" ] && [ -f "$name.json" ]; then return; fi
  hyperfine --style basic --runs "${HF_RUNS:-$RUNS}" --export-json "$name.json" "$@" >/dev/null
}

echo "== import"
IMPORT_OV="$OV --ledger l.openvalue import contributions $DATA/contributions.csv"
IMPORT_SQ="sqlite3 plain.db 'PRAGMA journal_mode=WAL' 'PRAGMA synchronous=FULL' '.import --csv $DATA/contributions.csv contributions'"
hf import_ov --prepare "rm -f l.openvalue*; cp base.openvalue l.openvalue" "$IMPORT_OV"
hf import_sq --prepare "rm -f plain.db*" "$IMPORT_SQ"
rm -f l.openvalue*; cp base.openvalue l.openvalue
IMPORT_RSS=$(rss $OV --ledger l.openvalue import contributions "$DATA/contributions.csv")
rm -f plain.db*
IMPORT_SQ_RSS=$(rss sqlite3 plain.db 'PRAGMA journal_mode=WAL' 'PRAGMA synchronous=FULL' ".import --csv $DATA/contributions.csv contributions")

"$OV" --ledger l.openvalue import revenues "$DATA/revenues.csv" >/dev/null
"$OV" --ledger l.openvalue equation set --default "$DATA/equation.toml" >/dev/null
REV=R-platform-2025-Q4
ROWS=$(sqlite3 l.openvalue "SELECT count(*) FROM contributions WHERE project = 'platform'")
DAY=$(sqlite3 l.openvalue "SELECT day FROM revenues WHERE id = '$REV'")

echo "== distribution dry run"
"$ROOT/bench/groupby.sh" l.openvalue "$DAY"
GROUP_BY=$(sed 's/;$//' groupby.sql)
DIST_OV="$OV --ledger l.openvalue distribute $REV --dry-run --json"
DIST_SQ="sqlite3 l.openvalue < groupby.sql"
hf dist_ov --warmup 1 "$DIST_OV"
hf dist_sq --warmup 1 "$DIST_SQ"
DIST_RSS=$(rss $OV --ledger l.openvalue distribute $REV --dry-run --json)
DIST_SQ_RSS=$(rss sh -c "$DIST_SQ")

echo "== export"
EXPORT_SQL="SELECT c.id, c.day, c.member, c.project, c.kind, c.quantity_e4, k.measure, v.rate_e4, v.multiplier_e3, c.void, c.rejections, c.approvals, c.note
 FROM contributions c JOIN kinds k ON k.code = c.kind
 JOIN kind_versions v ON v.kind = c.kind AND v.from_day = (SELECT max(v2.from_day) FROM kind_versions v2 WHERE v2.kind = c.kind AND v2.from_day <= c.day)
 ORDER BY c.day, c.entered"
echo "$EXPORT_SQL;" > export.sql
EXPORT_OV="$OV --ledger l.openvalue export contributions --out out.csv"
EXPORT_SQ="sqlite3 -csv -header l.openvalue < export.sql > out-sqlite.csv"
hf export_ov --warmup 1 "$EXPORT_OV"
hf export_sq --warmup 1 "$EXPORT_SQ"
EXPORT_RSS=$(rss $OV --ledger l.openvalue export contributions --out out.csv)
EXPORT_SQ_RSS=$(rss sh -c "$EXPORT_SQ")

echo "== balances vs hledger (committing the distributions of 2025)"
COMMITTED=0
for rev in $(sqlite3 l.openvalue "SELECT id FROM revenues WHERE day >= (SELECT day FROM revenues WHERE id = 'R-platform-2025-Q1') ORDER BY day, id"); do
  "$OV" --ledger l.openvalue distribute "$rev" >/dev/null
  COMMITTED=$((COMMITTED + 1))
done
"$OV" --ledger l.openvalue export hledger --out books.journal >/dev/null
POSTINGS=$(grep -c '^    ' books.journal || true)
BAL_OV="$OV --ledger l.openvalue balances"
BAL_HL="hledger -f books.journal balance"
hf bal_ov --warmup 1 "$BAL_OV"
HF_RUNS=3 hf bal_hl "$BAL_HL"
BAL_RSS=$(rss $OV --ledger l.openvalue balances)
BAL_HL_RSS=$(rss hledger -f books.journal balance)

echo "== verify (chains, replay of the whole journal, comparison)"
VERIFY_OV="$OV --ledger l.openvalue verify"
HF_RUNS=${BENCH_VERIFY_RUNS:-3} hf verify_ov "$VERIFY_OV"
VERIFY_RSS=$(rss $OV --ledger l.openvalue verify)

echo "== desktop app"
APP=$ROOT/target/release/openvalue-app
if [ -x "$APP" ] && command -v node >/dev/null && command -v WebKitWebDriver >/dev/null; then
  # From launching the process to the first row of the contributions list.
  node "$ROOT/bench/app-start.mjs" "$APP" "$W/l.openvalue" "$RUNS" > app_start.json
  APP_MEDIAN=$(sed -n 's/.*"median":\([0-9.]*\).*/\1/p' app_start.json)
  APP_NOTE="$(awk -v a="$APP_MEDIAN" 'BEGIN { printf "%.2f", a }') s (median of $RUNS; \`node bench/app-start.mjs target/release/openvalue-app l.openvalue\`: launch under Xvfb through WebKitWebDriver until the first row of the contributions list is shown)."
else
  APP_NOTE="not measured: the release build of the app (target/release/openvalue-app), Node.js or WebKitWebDriver is missing."
fi

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
s() { awk -v a="$1" 'BEGIN { printf "%.3f", a }'; }
I_OV=$(median import_ov.json); I_SQ=$(median import_sq.json)
D_OV=$(median dist_ov.json); D_SQ=$(median dist_sq.json)
E_OV=$(median export_ov.json); E_SQ=$(median export_sq.json)
B_OV=$(median bal_ov.json); B_HL=$(median bal_hl.json)
V_OV=$(median verify_ov.json)
RATE=$(awk -v n="$CONTRIBUTIONS" -v t="$I_OV" 'BEGIN { printf "%.0f", n / t }')
SIZE=$(du -m l.openvalue | cut -f1)
CSV_SIZE=$(du -m "$DATA/contributions.csv" | cut -f1)
verdict() { if awk -v x="$1" -v y="$2" 'BEGIN { exit !(x <= y) }'; then echo met; else echo "**missed**"; fi; }

CPU=$(lscpu | sed -n 's/^Model name: *//p' | head -1)
RAM=$(free -g | awk '/^Mem:/ { print $2 " GiB" }')
DISK=$(df -h "$W" | awk 'NR == 2 { print $1 " (" $2 ", " $5 " used)" }')
ROT=$(lsblk -dno ROTA "$(df "$W" | awk 'NR == 2 { print $1 }')" 2>/dev/null || echo "?")

cat > "$ROOT/BENCHMARKS.md" <<MD
# Benchmarks

Written by \`make bench\` (bench/run.sh) on $(date -u +%Y-%m-%d). Medians of
$RUNS runs with hyperfine (3 for hledger); peak RSS from \`/usr/bin/time -f %M\`
of one run. Never asserted in tests.

## Machine

- CPUs: $(nproc) ($CPU), shared with other work while this ran
- RAM: $RAM
- Disk: $DISK, rotational: $ROT
- Versions: $(sqlite3 --version | cut -d' ' -f1) (Debian sqlite3), $(hledger --version | head -1), $(hyperfine --version), $("$OV" --version)

## Data

\`target/release/examples/genledger --members $MEMBERS --contributions $CONTRIBUTIONS --out target/bench/data\`:
$MEMBERS members and 2 funds, 7 projects, 6 kinds with 10 rate versions,
$CONTRIBUTIONS contributions over 5 years (heavy-tailed activity), 140 revenues.
The ledger after the import is $SIZE MB.

## Results

| what | OpenValue | comparison | ratio | target | |
|---|---|---|---|---|---|
| import of $CONTRIBUTIONS contributions, durable | $(s "$I_OV") s ($RATE rows/s) | sqlite3 \`.import\` into a plain table: $(s "$I_SQ") s | $(ratio "$I_OV" "$I_SQ")× | ≤ 2.5× | $(verdict "$(ratio "$I_OV" "$I_SQ")" 2.5) |
| ledger file after the import | $SIZE MB | the CSV file: $CSV_SIZE MB | $(ratio "$SIZE" "$CSV_SIZE")× | ≤ 3× | $(verdict "$(ratio "$SIZE" "$CSV_SIZE")" 3) |
| distribution dry run, revenue $REV over $ROWS contributions of \`platform\` | $(s "$D_OV") s | the equivalent GROUP BY in sqlite3 on the same file: $(s "$D_SQ") s | $(ratio "$D_OV" "$D_SQ")× | ≤ 1.2× | $(verdict "$(ratio "$D_OV" "$D_SQ")" 1.2) |
| export of $CONTRIBUTIONS contributions to CSV | $(s "$E_OV") s | \`sqlite3 -csv\` of the same rows and columns: $(s "$E_SQ") s | $(ratio "$E_OV" "$E_SQ")× | ≤ 1.3× | $(verdict "$(ratio "$E_OV" "$E_SQ")" 1.3) |
| balances after $COMMITTED distributions ($POSTINGS postings) | $(s "$B_OV") s | \`hledger balance\` of \`openvalue export hledger\`: $(s "$B_HL") s | $(ratio "$B_HL" "$B_OV")× faster | ≥ 40× faster | $(verdict 40 "$(ratio "$B_HL" "$B_OV")") |
| verify (chains, replay, comparison) | $(s "$V_OV") s | — | — | no regression | |

Peak RSS (target for the import < 200 MB at 1M contributions):

| command | OpenValue | comparison |
|---|---|---|
| import | $IMPORT_RSS MB | sqlite3 .import: $IMPORT_SQ_RSS MB |
| distribution dry run | $DIST_RSS MB | sqlite3 GROUP BY: $DIST_SQ_RSS MB |
| export | $EXPORT_RSS MB | sqlite3 -csv: $EXPORT_SQ_RSS MB |
| balances | $BAL_RSS MB | hledger: $BAL_HL_RSS MB |
| verify | $VERIFY_RSS MB | |

Desktop app cold start to first screen on this ledger: $APP_NOTE

## Exact commands (run in target/bench)

\`\`\`sh
# import (each run starts from base.openvalue: members, projects, kinds)
$IMPORT_OV
$IMPORT_SQ
# distribution dry run
$DIST_OV
$DIST_SQ   # groupby.sql below
# export
$EXPORT_OV
$EXPORT_SQ  # export.sql below
# balances
$BAL_OV
$BAL_HL
# verify
$VERIFY_OV
\`\`\`

groupby.sql:

\`\`\`sql
$GROUP_BY;
\`\`\`

export.sql:

\`\`\`sql
$EXPORT_SQL;
\`\`\`
MD
if [ -f "$ROOT/bench/NOTES.md" ]; then cat "$ROOT/bench/NOTES.md" >> "$ROOT/BENCHMARKS.md"; fi
echo "== wrote BENCHMARKS.md"
