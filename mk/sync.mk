# Several laptops through the real Syncthing (issue 11). Included by the
# root Makefile; `make test` runs it after the cargo tests.
#
#   make sync-e2e   two ledgers, two Syncthing instances on loopback, one
#                   shared folder: exports, conflicts and verify must agree
#
# The test needs syncthing, and curl and jq for Syncthing's REST API. They
# are in the root Makefile's SYSTEM_PACKAGES too; this target installs them
# itself so that it also runs on its own, without the app's dependencies.

SYNC_E2E_PACKAGES := syncthing curl jq
SUDO ?= $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: sync-e2e sync-e2e-deps

sync-e2e-deps:
	@missing=$$(for p in $(SYNC_E2E_PACKAGES); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "installing system packages:" $$missing; \
	  $(SUDO) apt-get update -q && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends $$missing; \
	fi

# How the CLI is built. `make test` passes the app's build command, so the
# binary the end-to-end tests already built is reused, not built again
# with other features (a second copy of every crate in target/).
SYNC_E2E_BUILD ?= cargo build -p openvalue --bin openvalue

sync-e2e: sync-e2e-deps
	$(SYNC_E2E_BUILD)
	tests/sync-e2e/run.sh
