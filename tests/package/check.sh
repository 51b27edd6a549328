#!/usr/bin/env bash
# The Debian package, installed as a user would (SPEC §17): apt installs
# it with its dependencies; it holds the app and the CLI; Depends names no
# -dev package; the desktop entry is valid, takes a file and is the handler
# of .openvalue files, whose MIME type the system now knows; the installed
# CLI says its version and schema and makes a ledger; the installed app
# started on that file (as a file manager does) opens it. The package is
# removed at the end, leaving the machine as it was.
#
# Usage: tests/package/check.sh DEB_DIR   (SUDO= when already root)
set -euo pipefail

dir=${1:?directory holding the .deb}
SUDO=${SUDO-sudo}
deb=$(ls -t "$dir"/openvalue_*.deb | head -n1)
deb=$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")
work=$(mktemp -d)
cleanup() {
  pkill -f '^/usr/bin/openvalue-app' 2>/dev/null || true
  $SUDO apt-get remove -y -q openvalue >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "package: FAILED: $*" >&2; exit 1; }

echo "package: $deb ($(du -h "$deb" | cut -f1))"
depends=$(dpkg-deb -f "$deb" Depends)
echo "package: Depends: $depends"
echo "$depends" | grep -q -- '-dev\b' && fail "Depends names a -dev package"
echo "$depends" | grep -q 'libwebkit2gtk-4.1-0' || fail "Depends lacks WebKitGTK"
contents=$(dpkg-deb -c "$deb")
for f in ./usr/bin/openvalue ./usr/bin/openvalue-app ./usr/share/applications/openvalue.desktop \
         ./usr/share/mime/packages/openvalue.xml ./usr/share/icons/hicolor/128x128/apps/openvalue.png; do
  echo "$contents" | grep -q " $f\$" || fail "the package lacks $f"
done

DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "$deb" >/dev/null || fail "apt cannot install $deb"
echo "package: installed with apt"

version=$(dpkg-deb -f "$deb" Version)
out=$(/usr/bin/openvalue --version)
[[ "$out" == "openvalue $version (ledger schema "* ]] || fail "openvalue --version said: $out"
echo "package: $out"

desktop-file-validate /usr/share/applications/openvalue.desktop || fail "the desktop entry is not valid"
grep -q '^Exec=openvalue-app %f$' /usr/share/applications/openvalue.desktop || fail "the desktop entry does not take a file"
grep -q 'application/x-openvalue:\*\.openvalue' /usr/share/mime/globs2 || fail "the MIME database does not know *.openvalue"
grep -q '^application/x-openvalue=.*openvalue.desktop' /usr/share/applications/mimeinfo.cache \
  || fail "openvalue.desktop is not a handler of application/x-openvalue"
echo "package: desktop entry valid, *.openvalue is application/x-openvalue, opened by openvalue.desktop"

# The installed CLI makes a ledger; the installed app, given the file, opens it.
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
unset OPENVALUE_LEDGER
ledger="$work/Cooperative books.openvalue"
/usr/bin/openvalue demo "$ledger" >/dev/null
shot="$(cd "$dir" && pwd)/installed-app.png"
# Started on the file as a file manager starts it; opened when the app's
# process holds the file; then a picture of the window to look at.
xvfb-run -a -s '-screen 0 1280x800x24' bash -c '
  /usr/bin/openvalue-app "$1" >"$3" 2>&1 &
  pid=$!
  for _ in $(seq 1 60); do
    if ls -l /proc/$pid/fd 2>/dev/null | grep -qF "$1"; then
      sleep 4
      import -window root "$2"
      kill $pid
      exit 0
    fi
    sleep 1
  done
  kill $pid
  exit 1' _ "$ledger" "$shot" "$work/app.log" \
  || { cat "$work/app.log" >&2; fail "the installed app did not open the ledger it was started on"; }
echo "package: the installed app started on the file opened it; screenshot $shot"
