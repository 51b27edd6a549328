# The two commands of the README: `make run` and `make test`.
# Both install what a fresh Debian/Ubuntu machine lacks, then do their job.

SHELL := /bin/bash
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# System libraries for Tauri (WebKitGTK), the end-to-end tests (Xvfb,
# WebKitWebDriver, ImageMagick) and the comparison tools of the tests and
# benchmarks (hledger, sqlite3), and the sync test between two laptops
# (syncthing, with curl and jq for its REST API), and Python with venv for
# the interchange tests' tools (bean-check, pyld; see pytools below), and
# what the Debian package's test checks with (dpkg-shlibdeps,
# desktop-file-validate, the MIME database).
SYSTEM_PACKAGES := libwebkit2gtk-4.1-dev libgtk-3-dev libayatana-appindicator3-dev \
  librsvg2-dev libsoup-3.0-dev libjavascriptcoregtk-4.1-dev build-essential pkg-config \
  libssl-dev xvfb xauth imagemagick webkit2gtk-driver libxdo-dev file patchelf \
  hledger sqlite3 fonts-dejavu-core hyperfine syncthing curl jq python3 python3-venv \
  dpkg-dev desktop-file-utils shared-mime-info

.PHONY: deps system-deps toolchain pytools test test-core lint run bench soak fuzz clean

deps: system-deps toolchain

system-deps:
	@missing=$$(for p in $(SYSTEM_PACKAGES); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "installing system packages:" $$missing; \
	  $(SUDO) apt-get update -q && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends $$missing; \
	fi
	@command -v node >/dev/null && command -v npm >/dev/null || { \
	  echo "installing Node.js and npm"; \
	  $(SUDO) apt-get update -q && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends nodejs npm; }

toolchain:
	@command -v cargo >/dev/null || { echo "Rust is missing: install it from https://rustup.rs (stable), then run make again"; exit 1; }
	@rustup component list --installed 2>/dev/null | grep -q clippy || rustup component add clippy rustfmt 2>/dev/null || true

# The tools the interchange tests run (tests/interchange.rs): beancount 3's
# bean-check and its loader, and pyld (a JSON-LD processor), in .venv. The
# tests find them in .venv/bin (or OPENVALUE_PYTOOLS) and, under make,
# fail when they are missing (OPENVALUE_REQUIRE_PYTOOLS=1); a bare
# `cargo test` skips them with a message instead.
VENV := .venv
PYTOOLS_STAMP := $(VENV)/.pytools-3

pytools: $(PYTOOLS_STAMP)

$(PYTOOLS_STAMP): | deps
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q --disable-pip-version-check 'beancount>=3,<4' 'pyld>=2,<4'
	touch $@

# The app's targets (mk/app.mk) install what is missing first: these
# prerequisites are read before the include, so they come first.
run ui-deps app-build: deps
ui/node_modules/.package-lock.json: | deps

-include mk/app.mk
-include mk/bench.mk
-include mk/sync.mk
-include mk/package.mk

# Every test: formatting and lints, the core's unit, property and
# integration tests, the UI's tests, the end-to-end tests of the app and
# the sync between two laptops through Syncthing, and the Debian package
# installed with apt.
# The desktop shell embeds ui/dist, so the UI is built before any cargo step.
APP_PREREQS := $(if $(wildcard mk/app.mk),ui-build,)

test: deps pytools $(APP_PREREQS)
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings
	RUSTDOCFLAGS="-D warnings" cargo doc --no-deps -p openvalue -q
	OPENVALUE_REQUIRE_PYTOOLS=1 cargo test --workspace
	@if [ -f mk/app.mk ]; then $(MAKE) --no-print-directory ui-test e2e; fi
	@if [ -f mk/bench.mk ]; then $(MAKE) --no-print-directory reliability; fi
	@if [ -f mk/sync.mk ]; then $(MAKE) --no-print-directory sync-e2e \
	  $(if $(wildcard mk/app.mk),SYNC_E2E_BUILD="cargo build -p openvalue -p openvalue-app"); fi
	@if [ -f mk/package.mk ]; then $(MAKE) --no-print-directory package-test; fi

# Only the core crate: quick while working on it.
test-core: pytools
	OPENVALUE_REQUIRE_PYTOOLS=1 cargo test -p openvalue

lint: $(APP_PREREQS)
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings

clean:
	cargo clean
