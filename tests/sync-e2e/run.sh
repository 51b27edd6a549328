#!/usr/bin/env bash
# Two laptops, one cooperative, the real Syncthing in between (issue 11).
#
# Laptop A and laptop B each have a ledger, their own device keys and their
# own Syncthing instance (Debian's `syncthing`), on loopback addresses of
# this machine: A on 127.0.0.2, B on 127.0.0.3. The two instances share one
# folder; each laptop runs `openvalue sync` on its side of it. Both write
# entries while apart, including the same revenue distributed on both, so
# that the merge has one conflict. After the exchange the two ledgers must
# export byte-identical CSV, list the same single conflict and verify.
#
#   tests/sync-e2e/run.sh        (after `cargo build -p openvalue --bin openvalue`)
#   make sync-e2e                (builds the CLI, installs syncthing, runs this)
#
# Environment: OPENVALUE_BIN (the CLI; default target/debug/openvalue under
# CARGO_TARGET_DIR or the repository), SYNCTHING_BIN (default syncthing),
# SYNC_E2E_TIMEOUT_S (how long to wait for Syncthing at each step; 60),
# SYNC_E2E_KEEP=1 (keep the temporary folder and print its path).
#
# Nothing leaves the machine: the instances listen on loopback only, know
# each other by explicit address, and have global and local discovery,
# relays, NAT traversal, usage and crash reporting and upgrades off. Each
# instance is configured through its REST API (options, the other device,
# the folder) and checked there; only the switches of its network services
# are also set in the generated config.xml before the first start, since
# Syncthing starts those services at once.
set -Eeuo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OV=${OPENVALUE_BIN:-${CARGO_TARGET_DIR:-$ROOT/target}/debug/openvalue}
ST=${SYNCTHING_BIN:-syncthing}
TIMEOUT_S=${SYNC_E2E_TIMEOUT_S:-60}
FOLDER_ID=openvalue-fest
START_S=$SECONDS

say() { printf '\n== %s  (%ss)\n' "$*" $((SECONDS - START_S)); }
FAILED=
fail() {
  FAILED=1
  printf '\nsync-e2e: FAIL: %s\n' "$*" >&2
  exit 1
}

for tool in "$OV" "$ST" curl jq ss cmp; do
  command -v "$tool" >/dev/null ||
    fail "missing $tool (run \`make sync-e2e\`, which builds the CLI and installs syncthing, curl and jq)"
done

W=$(mktemp -d "${TMPDIR:-/tmp}/openvalue-sync-e2e.XXXXXX")
ST_PIDS=()

cleanup() {
  local status=$?
  trap - EXIT
  for pid in "${ST_PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${ST_PIDS[@]}"; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  if [ "$status" != 0 ]; then
    for l in a b; do
      if [ -f "$W/st-$l/syncthing.log" ]; then
        printf '\n-- last lines of laptop %s'"'"'s Syncthing log:\n' "${l^^}" >&2
        tail -n 25 "$W/st-$l/syncthing.log" >&2
      fi
    done
    printf '\nsync-e2e: FAILED after %ss\n' $((SECONDS - START_S)) >&2
  fi
  if [ -n "${SYNC_E2E_KEEP:-}" ]; then
    echo "sync-e2e: kept $W"
  else
    rm -rf "$W"
  fi
  exit "$status"
}
trap cleanup EXIT
# Any other failing command: say which, once.
trap '[ -n "$FAILED" ] || { FAILED=1; printf "\nsync-e2e: FAIL: line %s: %s\n" "$LINENO" "$BASH_COMMAND" >&2; }' ERR
trap 'exit 130' INT TERM

# A TCP port nobody listens on (any address), not already chosen.
CHOSEN_PORTS=" "
free_port() {
  local port
  for _ in $(seq 200); do
    port=$((20000 + RANDOM % 40000))
    case $CHOSEN_PORTS in *" $port "*) continue ;; esac
    if ! ss -Hltn "sport = :$port" | grep -q .; then
      CHOSEN_PORTS="$CHOSEN_PORTS$port "
      echo "$port"
      return
    fi
  done
  fail "no free TCP port found"
}

# wait_for DESCRIPTION COMMAND...: polls COMMAND until it succeeds.
wait_for() {
  local what=$1 start=$SECONDS
  shift
  until "$@"; do
    if ((SECONDS - start >= TIMEOUT_S)); then
      fail "timed out after ${TIMEOUT_S}s waiting for $what"
    fi
    sleep 0.2
  done
  echo "   $what: after $((SECONDS - start))s"
}

# --- the two laptops --------------------------------------------------------

declare -A IP=([a]=127.0.0.2 [b]=127.0.0.3)
declare -A GUI_PORT SYNC_PORT API_KEY DEVICE_ID
for l in a b; do
  GUI_PORT[$l]=$(free_port)
  SYNC_PORT[$l]=$(free_port)
  API_KEY[$l]=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
  # A laptop: its ledger and keys, and beside them (never around the
  # ledger) the folder Syncthing carries.
  mkdir -p "$W/laptop-$l/keys" "$W/laptop-$l/data" "$W/laptop-$l/shared" "$W/st-$l"
done
other() { [ "$1" = a ] && echo b || echo a; }

# ov LAPTOP ARGS...: the CLI as that laptop (its own keys and data folder).
ov() {
  local l=$1
  shift
  (
    cd "$W/laptop-$l"
    OPENVALUE_KEYS=$W/laptop-$l/keys XDG_DATA_HOME=$W/laptop-$l/data \
      XDG_CONFIG_HOME=$W/laptop-$l/data "$OV" --ledger fest.ov "$@"
  )
}
# run LAPTOP ARGS...: prints the command and its output.
run() {
  local l=$1 status=0
  shift
  echo "[${l^^}] \$ openvalue $*"
  ov "$l" "$@" >"$W/run.txt" 2>&1 || status=$?
  sed 's/^/      /' "$W/run.txt"
  [ "$status" = 0 ] || fail "openvalue $1 failed on laptop ${l^^} (exit $status)"
}

# api LAPTOP METHOD PATH [JSON]: one call to that laptop's REST API.
api() {
  local l=$1 method=$2 path=$3
  local args=(-sS --fail -X "$method" -H "X-API-Key: ${API_KEY[$l]}"
    --max-time 10 "http://${IP[$l]}:${GUI_PORT[$l]}$path")
  if [ $# -ge 4 ]; then args+=(-H 'Content-Type: application/json' --data "$4"); fi
  curl "${args[@]}"
}

say "Syncthing: $("$ST" --version | head -1)"
for l in a b; do
  home=$W/st-$l
  "$ST" generate --home "$home" --no-default-folder --skip-port-probing >"$home/generate.log" 2>&1 ||
    fail "syncthing generate failed: $(cat "$home/generate.log")"
  DEVICE_ID[$l]=$("$ST" serve --home "$home" --device-id)
  # Syncthing starts its network services (discovery, relays, NAT probing
  # of the local network) as soon as it runs, before any REST call could
  # turn them off; so they are off in the generated config, and it listens
  # on loopback, from the first start. The REST call below sets every option.
  sed -i \
    -e "s#<listenAddress>default</listenAddress>#<listenAddress>tcp://${IP[$l]}:${SYNC_PORT[$l]}</listenAddress>#" \
    -e 's#<globalAnnounceEnabled>true<#<globalAnnounceEnabled>false<#' \
    -e 's#<localAnnounceEnabled>true<#<localAnnounceEnabled>false<#' \
    -e 's#<relaysEnabled>true<#<relaysEnabled>false<#' \
    -e 's#<natEnabled>true<#<natEnabled>false<#' \
    -e 's#<crashReportingEnabled>true<#<crashReportingEnabled>false<#' \
    -e 's#<urAccepted>0<#<urAccepted>-1<#' \
    -e 's#<startBrowser>true<#<startBrowser>false<#' \
    "$home/config.xml"
  for want in "<listenAddress>tcp://" '<globalAnnounceEnabled>false<' '<localAnnounceEnabled>false<' \
    '<relaysEnabled>false<' '<natEnabled>false<'; do
    grep -qF "$want" "$home/config.xml" ||
      echo "   warning: this Syncthing's config.xml has no $want after editing; its network services may run until the REST call below turns them off" >&2
  done
  echo "   laptop ${l^^}: device ${DEVICE_ID[$l]}, GUI/REST http://${IP[$l]}:${GUI_PORT[$l]}, listens on tcp://${IP[$l]}:${SYNC_PORT[$l]}"
  STNODEFAULTFOLDER=1 STNOUPGRADE=1 STNORESTART=1 HOME=$home \
    "$ST" serve --home "$home" --no-browser --no-restart --no-upgrade --no-default-folder \
    --gui-address="http://${IP[$l]}:${GUI_PORT[$l]}" --gui-apikey="${API_KEY[$l]}" \
    --logfile="$home/syncthing.log" --logflags=3 >"$home/stdout.log" 2>&1 &
  ST_PIDS+=($!)
done

say "configuring both instances through their REST API"
answers() { api "$1" GET /rest/system/ping >/dev/null 2>&1; }
for l in a b; do wait_for "laptop ${l^^}'s REST API" answers "$l"; done
for l in a b; do
  o=$(other "$l")
  api "$l" PATCH /rest/config/options "$(jq -nc --arg listen "tcp://${IP[$l]}:${SYNC_PORT[$l]}" '{
      listenAddresses: [$listen], globalAnnounceEnabled: false, localAnnounceEnabled: false,
      relaysEnabled: false, natEnabled: false, announceLANAddresses: false,
      urAccepted: -1, crashReportingEnabled: false, autoUpgradeIntervalH: 0,
      startBrowser: false, reconnectionIntervalS: 1, restartOnWakeup: false}')" >/dev/null
  # The other laptop, by its id and explicit address only.
  api "$l" POST /rest/config/devices "$(jq -nc --arg id "${DEVICE_ID[$o]}" \
    --arg name "laptop-${o^^}" --arg addr "tcp://${IP[$o]}:${SYNC_PORT[$o]}" '{
      deviceID: $id, name: $name, addresses: [$addr], compression: "metadata",
      introducer: false, autoAcceptFolders: false}')" >/dev/null
  # The shared folder, added on both sides with the same id: nothing to accept.
  api "$l" POST /rest/config/folders "$(jq -nc --arg id "$FOLDER_ID" \
    --arg path "$W/laptop-$l/shared" --arg me "${DEVICE_ID[$l]}" --arg peer "${DEVICE_ID[$o]}" '{
      id: $id, label: "OpenValue sync", path: $path, type: "sendreceive",
      rescanIntervalS: 10, fsWatcherEnabled: true, fsWatcherDelayS: 1,
      devices: [{deviceID: $me}, {deviceID: $peer}]}')" >/dev/null
  [ "$(api "$l" GET /rest/config/restart-required | jq -r .requiresRestart)" = false ] ||
    fail "laptop ${l^^}'s Syncthing asks for a restart after configuration"
  # What the instance now runs: one listener, on loopback, and no discovery.
  status=$(api "$l" GET /rest/system/status)
  listeners=$(jq -r '.connectionServiceStatus | keys | join(" ")' <<<"$status")
  [ "$listeners" = "tcp://${IP[$l]}:${SYNC_PORT[$l]}" ] ||
    fail "laptop ${l^^} listens on '$listeners', expected only tcp://${IP[$l]}:${SYNC_PORT[$l]}"
  jq -e '(.discoveryEnabled // false) == false and (.discoveryMethods // 0) == 0' <<<"$status" >/dev/null ||
    fail "laptop ${l^^} still runs discovery: $(jq -c .discoveryStatus <<<"$status")"
  api "$l" GET /rest/config/options | jq -e '[.globalAnnounceEnabled, .localAnnounceEnabled,
      .relaysEnabled, .natEnabled, .crashReportingEnabled] == [false, false, false, false, false]
      and .urAccepted == -1' >/dev/null ||
    fail "laptop ${l^^}'s options still allow discovery, relays, NAT or reporting"
  folder=$(api "$l" GET "/rest/config/folders/$FOLDER_ID")
  echo "   laptop ${l^^}: folder $(jq -r '"\(.id) \(.type) at \(.path), watcher \(.fsWatcherEnabled), rescan \(.rescanIntervalS)s, \(.devices | length) devices"' <<<"$folder")"
done
connected() { [ "$(api "$1" GET /rest/system/connections | jq -r --arg id "${DEVICE_ID[$(other "$1")]}" '.connections[$id].connected')" = true ]; }
folder_idle() { [ "$(api "$1" GET "/rest/db/status?folder=$FOLDER_ID" | jq -r .state)" = idle ]; }
for l in a b; do wait_for "laptop ${l^^} connected to laptop $(other "$l" | tr a-b A-B)" connected "$l"; done
for l in a b; do wait_for "laptop ${l^^}'s folder scanned" folder_idle "$l"; done

# --- the books --------------------------------------------------------------

say "laptop A creates the ledger; laptop B starts from an invitation"
run a init --name "Fest" --currency EUR --approvals 0
run a member add ana "Ana"
run a member add ben "Ben"
run a project add fest "Fest"
run a kind add work "Work" --measure hours --rate 20
printf 'name = "simple"\n[[bucket]]\nname = "all"\nshare = "100%%"\npolicy = "lifetime"\n' >"$W/laptop-a/eq.toml"
run a equation set --default eq.toml
run a log ana fest work 3 --date 2026-05-01
run a revenue add fest 100 --id R1 --date 2026-06-01
run a device invite --out "$W/bar.ovinvite" --label bar
run b clone "$W/bar.ovinvite"
rm -f "$W/bar.ovinvite"

say "both laptops write while apart (the same revenue distributed on both)"
run a log ana fest work 2 --date 2026-05-02
run b log ben fest work 4 --date 2026-05-03
run a revenue add fest 50 --id R2 --date 2026-06-02
run b revenue add fest 70 --id R3 --date 2026-06-03
run a distribute R1
run b distribute R1
run a pay ana 5 --date 2026-06-05

ID_A=$(ov a device list | awk '/this laptop/ {print $1}')
ID_B=$(ov b device list | awk '/this laptop/ {print $1}')
[ -n "$ID_A" ] && [ -n "$ID_B" ] && [ "$ID_A" != "$ID_B" ] ||
  fail "could not tell the two ledgers' device ids apart ('$ID_A', '$ID_B')"

# carried: each laptop's bundle has reached the other laptop's folder, the
# same bytes as at home.
carried() {
  cmp -s "$W/laptop-a/shared/$ID_A.ovbundle" "$W/laptop-b/shared/$ID_A.ovbundle" &&
    cmp -s "$W/laptop-b/shared/$ID_B.ovbundle" "$W/laptop-a/shared/$ID_B.ovbundle"
}
# sync_one LAPTOP: runs sync there and shows it; its output stays in
# $W/sync-LAPTOP.txt for the checks.
sync_one() {
  local l=$1
  echo "[${l^^}] \$ openvalue sync $W/laptop-$l/shared"
  ov "$l" sync "$W/laptop-$l/shared" >"$W/sync-$l.txt" 2>&1 ||
    fail "sync failed on laptop ${l^^}: $(cat "$W/sync-$l.txt")"
  sed 's/^/      /' "$W/sync-$l.txt"
  # The ledger sits beside the shared folder, not in it: no warning; and
  # Syncthing's temporaries and .stfolder are no bundles: no notices.
  if grep -qi 'warning\|skipped' "$W/sync-$l.txt"; then
    fail "laptop ${l^^}'s sync warned or skipped a file"
  fi
}
sync_both() {
  sync_one a
  sync_one b
}

say "round 1: each laptop writes its bundle to its Syncthing folder"
sync_both
wait_for "Syncthing to carry both bundles" carried

say "round 2: each laptop merges the other's bundle"
sync_both
grep -q "^merged .*$ID_B.ovbundle" "$W/sync-a.txt" || fail "laptop A's sync merged nothing from laptop B"
grep -q "^merged .*$ID_A.ovbundle" "$W/sync-b.txt" || fail "laptop B's sync merged nothing from laptop A"

# check_same: the two ledgers agree (and keeps what they export in $W/out-*).
check_same() {
  local kind l
  for l in a b; do mkdir -p "$W/out-$l"; done
  for kind in contributions allocations balances payouts journal; do
    for l in a b; do
      ov "$l" export "$kind" --out "$W/out-$l/$kind.csv" >"$W/run.txt" 2>&1 ||
        fail "export $kind failed on laptop ${l^^}: $(cat "$W/run.txt")"
    done
    cmp "$W/out-a/$kind.csv" "$W/out-b/$kind.csv" >/dev/null ||
      fail "export $kind differs between A and B:
$(diff "$W/out-a/$kind.csv" "$W/out-b/$kind.csv" | head -20)"
    echo "   export $kind: identical ($(($(wc -l <"$W/out-a/$kind.csv") - 1)) rows)"
  done
  for l in a b; do
    ov "$l" conflicts >"$W/out-$l/conflicts.txt" 2>&1 || fail "openvalue conflicts failed on laptop ${l^^}"
    ov "$l" verify >"$W/out-$l/verify.txt" 2>&1 ||
      fail "openvalue verify failed on laptop ${l^^}:
$(cat "$W/out-$l/verify.txt")"
    head -1 "$W/out-$l/verify.txt" | grep -q '^OK:' ||
      fail "laptop ${l^^}'s verify does not say OK: $(head -1 "$W/out-$l/verify.txt")"
    # The same summary on both; only the laptop each one runs on differs.
    sed 's/ (this laptop)//' "$W/out-$l/verify.txt" >"$W/out-$l/verify-summary.txt"
  done
  cmp -s "$W/out-a/conflicts.txt" "$W/out-b/conflicts.txt" ||
    fail "conflicts differ between A and B:
$(diff "$W/out-a/conflicts.txt" "$W/out-b/conflicts.txt")"
  [ "$(grep -c '^[0-9a-f-]\{36\} distribution_committed \[R1,' "$W/out-a/conflicts.txt")" = 1 ] &&
    grep -q '^1 conflict:' "$W/out-a/conflicts.txt" ||
    fail "expected exactly 1 conflict, the double distribution of R1; got:
$(cat "$W/out-a/conflicts.txt")"
  echo "   conflicts: identical, 1 conflict (R1 distributed on both laptops)"
  cmp -s "$W/out-a/verify-summary.txt" "$W/out-b/verify-summary.txt" ||
    fail "verify summaries differ:
$(diff "$W/out-a/verify-summary.txt" "$W/out-b/verify-summary.txt")"
  echo "   verify: OK on both, same summary: $(head -1 "$W/out-a/verify.txt")"
}

say "after round 2: both ledgers must agree"
check_same
echo "[A] \$ openvalue conflicts"
sed 's/^/      /' "$W/out-a/conflicts.txt"
echo "[A] \$ openvalue verify"
sed 's/^/      /' "$W/out-a/verify.txt"
mkdir -p "$W/round2"
cp "$W/out-a/"*.csv "$W/round2/"

say "round 3: Syncthing carries the merged bundles; syncing again changes nothing"
wait_for "Syncthing to carry both merged bundles" carried
sync_both
for l in a b; do
  grep -q '^merged .*: 0 new entries' "$W/sync-$l.txt" ||
    fail "laptop ${l^^}'s third sync still brought new entries: $(cat "$W/sync-$l.txt")"
done
check_same
for kind in contributions allocations balances payouts journal; do
  cmp -s "$W/round2/$kind.csv" "$W/out-a/$kind.csv" || fail "export $kind changed in round 3"
done
echo "   exports unchanged since round 2"

say "the shared folders"
wait_for "Syncthing to carry the last bundles" carried
# Each device writes only its own file, so Syncthing never has two versions
# of one file to reconcile. Hidden names are Syncthing's own (.stfolder,
# temporaries) and openvalue's temporaries, which sync skips.
for l in a b; do
  listing=$(cd "$W/laptop-$l/shared" && ls | sort | tr '\n' ' ')
  echo "   laptop ${l^^}: $listing"
  [ "$listing" = "$(printf '%s\n' "$ID_A.ovbundle" "$ID_B.ovbundle" | sort | tr '\n' ' ')" ] ||
    fail "laptop ${l^^}'s folder should hold exactly the two devices' bundles: $listing"
  conflicted=$(find "$W/laptop-$l/shared" -name '*sync-conflict*')
  [ -z "$conflicted" ] || fail "Syncthing made conflicted copies: $conflicted"
done

printf '\nsync-e2e: OK in %ss — two laptops, two Syncthing instances, byte-identical exports, 1 conflict on both\n' \
  $((SECONDS - START_S))
