# The Debian package (SPEC §17). Included by the root Makefile.
#
#   make package        build dist/openvalue_VERSION_ARCH.deb (release binaries)
#   make package-test   build it, install it with apt, check what it installed,
#                       start the installed app on a ledger file, remove it

DEB_DIR := target/deb

.PHONY: package package-test

package: ui-build
	$(CARGO) build --release -p openvalue -p openvalue-app --features openvalue-app/custom-protocol
	@packaging/build-deb.sh target $(DEB_DIR)

package-test: package
	SUDO="$(SUDO)" tests/package/check.sh $(DEB_DIR)
