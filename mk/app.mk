# The desktop app: the web UI in ui/ (Svelte 5, Vite, TypeScript) and the
# Tauri shell in src-tauri/. Included by the root Makefile, which installs
# the system packages (WebKitGTK, Xvfb, WebKitWebDriver, ImageMagick, Node).
#
#   make run       build the UI and the app, start it on your default ledger
#   make ui-test   type-check the UI and run its unit tests (Vitest)
#   make e2e       drive the real window through WebDriver under Xvfb

NPM ?= npm
CARGO ?= cargo
APP_BIN := target/debug/openvalue-app
# The root Makefile's `deps` installs the system packages (WebKitGTK, Xvfb,
# WebKitWebDriver, ImageMagick, Node); used when this file is included there.
SYSTEM_DEPS := $(if $(SYSTEM_PACKAGES),deps,)
CLI_BIN := target/debug/openvalue

.PHONY: ui-deps ui-build ui-test app-build app-test e2e run

# npm writes node_modules/.package-lock.json on every install, so it is
# older than package-lock.json exactly when the packages need installing.
ui/node_modules/.package-lock.json: ui/package.json ui/package-lock.json | $(SYSTEM_DEPS)
	cd ui && $(NPM) ci --no-audit --no-fund
	@touch $@

ui-deps: ui/node_modules/.package-lock.json

# The shell embeds ui/dist at compile time, so it is built first.
ui-build: ui-deps
	cd ui && $(NPM) run build

ui-test: ui-deps
	cd ui && $(NPM) run check
	cd ui && $(NPM) test

app-build: ui-build
	$(CARGO) build -p openvalue -p openvalue-app

# The shell's own tests: IPC through the mock runtime, the capability and
# CSP checks, and the generated TypeScript bindings being current.
app-test: ui-build
	$(CARGO) test -p openvalue-app

# Screenshots go to target/e2e/screenshots; E2E_SCREENSHOTS=docs/screenshots
# refreshes the ones in the README.
e2e: $(SYSTEM_DEPS) app-build
	node tests/e2e/run.mjs

run: $(SYSTEM_DEPS) app-build
	$(APP_BIN)
