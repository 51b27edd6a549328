#!/usr/bin/env bash
# Builds the Debian package of OpenValue (SPEC §17) from release binaries
# already built: the app, the `openvalue` CLI, the desktop entry (it takes
# a file: %f), the icons and a shared-mime-info type for .openvalue files.
# Depends is computed by dpkg-shlibdeps from the binaries themselves, so it
# names the runtime libraries they link (never -dev packages); each library
# also accepts its Ubuntu 24.04 "t64" name.
#
# Usage: packaging/build-deb.sh TARGET_DIR OUT_DIR   (prints the .deb path)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
target=$(cd "${1:?target dir with release/openvalue and release/openvalue-app}" && pwd)
out=${2:?output directory}
mkdir -p "$out"
out=$(cd "$out" && pwd)
version=$(sed -n 's/^version = "\(.*\)"/\1/p' "$root/Cargo.toml" | head -n1)
arch=$(dpkg --print-architecture)
name="openvalue_${version}_${arch}"
stage="$out/$name"

for bin in openvalue openvalue-app; do
  [ -x "$target/release/$bin" ] || { echo "build-deb: $target/release/$bin is missing: build the release binaries first" >&2; exit 1; }
done

rm -rf "$stage"
install -d "$stage/DEBIAN"
install -D -m 0755 "$target/release/openvalue" "$stage/usr/bin/openvalue"
install -D -m 0755 "$target/release/openvalue-app" "$stage/usr/bin/openvalue-app"
strip --strip-unneeded "$stage/usr/bin/openvalue" "$stage/usr/bin/openvalue-app"
install -D -m 0644 "$root/packaging/openvalue.desktop" "$stage/usr/share/applications/openvalue.desktop"
install -D -m 0644 "$root/packaging/openvalue-mime.xml" "$stage/usr/share/mime/packages/openvalue.xml"
for size in 32x32 128x128 256x256; do
  install -D -m 0644 "$root/icons/$size.png" "$stage/usr/share/icons/hicolor/$size/apps/openvalue.png"
done
install -D -m 0644 "$root/packaging/copyright" "$stage/usr/share/doc/openvalue/copyright"
install -D -m 0644 "$root/assets/fonts/LICENSE" "$stage/usr/share/doc/openvalue/fonts/LICENSE"

# dpkg-shlibdeps reads debian/control from the current directory.
shlibs=$(mktemp -d)
trap 'rm -rf "$shlibs"' EXIT
mkdir -p "$shlibs/debian"
printf 'Source: openvalue\n\nPackage: openvalue\nArchitecture: any\n' > "$shlibs/debian/control"
depends=$(cd "$shlibs" && dpkg-shlibdeps -O "$stage/usr/bin/openvalue" "$stage/usr/bin/openvalue-app" 2>/dev/null \
  | sed -n 's/^shlibs:Depends=//p')
[ -n "$depends" ] || { echo "build-deb: dpkg-shlibdeps found no libraries" >&2; exit 1; }
# Ubuntu 24.04 renamed many libraries with a t64 suffix (the 64-bit time_t
# transition); offer the renamed package as an alternative.
depends=$(echo "$depends" | tr ',' '\n' | sed 's/^ *//' | while read -r dep; do
  pkg=${dep%% *}
  case "$pkg" in
    libc6|libgcc-s1) echo "$dep" ;;
    *) echo "$dep | ${pkg}t64" ;;
  esac
done | paste -sd, - | sed 's/,/, /g')

size=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
cat > "$stage/DEBIAN/control" <<CONTROL
Package: openvalue
Version: $version
Architecture: $arch
Maintainer: OpenValue contributors <openvalue@example.org>
Installed-Size: $size
Depends: $depends
Recommends: shared-mime-info, desktop-file-utils
Section: misc
Priority: optional
Description: open value accounting for small cooperatives
 Record every contribution members make (paid work, care work, volunteer
 hours, cash, expenses, materials), value it by the cooperative's own
 standards, and split each project's revenue back to the people who created
 it, exactly to the cent, with an explanation anyone can check. Works
 offline, on several laptops that sync, and exports clean CSV.
 .
 This package holds the desktop app (openvalue-app) and the command line
 (openvalue).
CONTROL

dpkg-deb --build --root-owner-group "$stage" "$out/$name.deb" >/dev/null
rm -rf "$stage"
echo "$out/$name.deb"
