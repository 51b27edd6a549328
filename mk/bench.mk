# Benchmarks and the reliability harness (issue 7). Included by the root
# Makefile: `make bench`, `make reliability` (part of `make test`),
# `make soak` and `make fuzz`.

BENCH_MEMBERS ?= 10000
BENCH_CONTRIBUTIONS ?= 1000000
BENCH_RUNS ?= 5
RELIABILITY_KILLS ?= 200
SOAK_KILLS ?= 3000
# Convergence schedules in `make soak` (300 run in `make test`), from a
# seed other than the test's, so the soak explores new schedules.
SOAK_SCHEDULES ?= 5000
SOAK_FIRST_SEED ?= 1000
FUZZ_CASES ?= 100000

.PHONY: bench bench-sync bench-rules reliability soak fuzz release-bin

release-bin: ui-build
	cargo build --release --bin openvalue --example genledger --example syncbench
	cargo build --release -p openvalue-app

# Generates the 1M ledger, times each comparison with hyperfine and
# writes BENCHMARKS.md. Heavy: about ten minutes on two cores.
bench: deps release-bin
	BENCH_MEMBERS=$(BENCH_MEMBERS) BENCH_CONTRIBUTIONS=$(BENCH_CONTRIBUTIONS) BENCH_RUNS=$(BENCH_RUNS) \
	  bench/run.sh

# Issue 11's figures (signing on import, bundle size, an interleaved merge,
# the full replay) on the data `make bench` generated. BENCH_BASE_OV names a
# build from before issue 11 to compare with.
bench-sync: release-bin
	BENCH_RUNS=$(BENCH_RUNS) BENCH_BASE_OV=$(BENCH_BASE_OV) bench/sync.sh

# Issue 13's figure (a dry run with a stage, a cap and a repay bucket)
# on the data `make bench` generates (made here when missing).
bench-rules: deps
	cargo build --release --bin openvalue --example genledger
	BENCH_RUNS=$(BENCH_RUNS) bench/rules.sh

# Crash safety (SIGKILL at random moments), full disk, read-only ledger,
# two writers, flipped bytes; then a short fuzz pass. Uses the debug build
# `make test` has already compiled: a few minutes on two cores.
reliability:
	OPENVALUE_CRASH_KILLS=$(RELIABILITY_KILLS) OPENVALUE_FLIP_RUNS=100 \
	  cargo test -p openvalue --test reliability -- --test-threads=1 --nocapture
	cargo test -p openvalue --test fuzz

# The same, for a long time: thousands of kills and flips.
soak: release-bin
	OPENVALUE_BIN=$(CURDIR)/target/release/openvalue OPENVALUE_CRASH_KILLS=$(SOAK_KILLS) \
	  OPENVALUE_FLIP_RUNS=2000 cargo test --release -p openvalue --test reliability -- --test-threads=1 --nocapture
	SYNC_SCHEDULES=$(SOAK_SCHEDULES) SYNC_FIRST_SEED=$(SOAK_FIRST_SEED) \
	  cargo test --release -p openvalue --test sync random_schedules_converge -- --nocapture

# A long fuzz run (proptest on stable; cargo-fuzz needs nightly). Every
# failure is saved in tests/fuzz.proptest-regressions and replayed first
# by every later run; add a named regression test for it in tests/fuzz.rs.
fuzz:
	PROPTEST_CASES=$(FUZZ_CASES) cargo test --release -p openvalue --test fuzz -- --nocapture
