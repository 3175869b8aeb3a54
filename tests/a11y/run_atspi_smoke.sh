#!/usr/bin/env bash
# Screen-reader smoke test over AT-SPI (issue 20, point 3), in its own X server and D-Bus session.
#
#   tests/a11y/run_atspi_smoke.sh PAD/draagwijzer PAD/draagwijzer-cli [REF]
#
# Makes a demo database (20 inwoners, seed 3) in a temporary directory, starts the app on it under
# Xvfb with Qt's AT-SPI bridge on, and runs atspi_smoke.py: log in as the demo account "beheer", open
# the dossier of REF (default: the first inwoner whose first meetmoment has a quadrant for the inwoner)
# and read "Kwadrant inwoner" from the meetmomenten table. ATSPI_SMOKE_DUMP=FILE also writes the
# accessible tree of the main window with the dossier open to FILE.
# Exit code: 0 passed, 1 failed, 2 wrong call, 77 skipped (pyatspi, dbus-run-session, Xvfb or
# /usr/libexec/at-spi-bus-launcher missing).
set -euo pipefail

if [ $# -lt 2 ] || [ $# -gt 3 ]; then
    echo "gebruik: $0 PAD/draagwijzer PAD/draagwijzer-cli [REF]" >&2
    exit 2
fi
app=$(readlink -f "$1")
cli=$(readlink -f "$2")
ref=${3:-}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
for f in "$app" "$cli"; do
    [ -x "$f" ] || { echo "$0: $f is geen uitvoerbaar bestand" >&2; exit 2; }
done

skip() {
    echo "SKIP: $*"
    exit 77
}
python=""
for candidate in ${PYTHON:-} python3 /usr/bin/python3; do
    if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import pyatspi' >/dev/null 2>&1; then
        python=$(command -v "$candidate")
        break
    fi
done
[ -n "$python" ] || skip "python3 kan pyatspi niet importeren (apt install python3-pyatspi)"
command -v dbus-run-session >/dev/null || skip "dbus-run-session ontbreekt (apt install dbus)"
command -v Xvfb >/dev/null || skip "Xvfb ontbreekt (apt install xvfb)"
[ -x /usr/libexec/at-spi-bus-launcher ] || skip "/usr/libexec/at-spi-bus-launcher ontbreekt (apt install at-spi2-core)"

start=$EPOCHREALTIME
tmp=$(mktemp -d /tmp/dw-a11y.XXXXXX)
pids=()
# shellcheck disable=SC2317 # called through the trap
cleanup() {
    local i
    for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
        kill "${pids[i]}" 2>/dev/null || true
        wait "${pids[i]}" 2>/dev/null || true
    done
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Nothing of this machine's settings, data or sessions: everything lives in $tmp.
mkdir -p "$tmp/home/.config" "$tmp/home/.local/share" "$tmp/home/.cache" "$tmp/run"
chmod 700 "$tmp/run"
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" XDG_DATA_HOME="$tmp/home/.local/share"
export XDG_CACHE_HOME="$tmp/home/.cache" XDG_RUNTIME_DIR="$tmp/run"
unset DBUS_SESSION_BUS_ADDRESS AT_SPI_BUS_ADDRESS SESSION_MANAGER WAYLAND_DISPLAY
export QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1
# The demo's first account (README.md, "Inloggen"); the CLI and atspi_smoke.py (login dialog) use it.
export DRAAGWIJZER_GEBRUIKER=beheer DRAAGWIJZER_WACHTWOORD=demo-bureau-2026

db="$tmp/draagwijzer.sqlite"
if ! "$cli" --database "$db" demo --inwoners 20 --seed 3 >"$tmp/demo.log" 2>&1; then
    echo "FAIL: draagwijzer-cli demo: $(tail -n 1 "$tmp/demo.log")"
    exit 1
fi

# The ref, and the quadrant draagwijzer-cli reports for the inwoner at the first meetmoment (row 0).
pick=$("$python" - "$cli" "$db" "$ref" "$tmp/export.json" <<'EOF'
import json, subprocess, sys
cli, db, wanted, export = sys.argv[1:5]
def first_quadrant(ref):
    r = subprocess.run([cli, "--database", db, "report", "inwoner", ref, "--json"], capture_output=True, text=True)
    if r.returncode != 0:
        return None
    mm = json.loads(r.stdout).get("meetmomenten") or []
    return ((mm[0].get("inwoner") or {}).get("kwadrant") if mm else None)
if wanted:
    print(wanted, first_quadrant(wanted) or "")
    sys.exit(0)
subprocess.run([cli, "--database", db, "export", export], check=True, capture_output=True)
for inwoner in json.load(open(export, encoding="utf-8"))["inwoners"]:
    code = first_quadrant(inwoner["ref"])
    if code:
        print(inwoner["ref"], code)
        sys.exit(0)
sys.exit("geen inwoner met een kwadrant bij het eerste meetmoment in de demo")
EOF
) || { echo "FAIL: geen ref gevonden in de demodatabase"; exit 1; }
read -r ref expect <<<"$pick"
# shellcheck disable=SC2016 # the quotes are text
echo "Demodatabase: 20 inwoners; ref $ref${expect:+ (draagwijzer-cli: kwadrant inwoner '$expect' bij meetmoment 1)}"

# Our own X server on a free display.
Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp 3>"$tmp/display" >"$tmp/xvfb.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do
    [ -s "$tmp/display" ] && break
    kill -0 "${pids[0]}" 2>/dev/null || { echo "FAIL: Xvfb start niet: $(tail -n 1 "$tmp/xvfb.log")"; exit 1; }
    sleep 0.1
done
[ -s "$tmp/display" ] || { echo "FAIL: Xvfb geeft geen displaynummer"; exit 1; }
DISPLAY=":$(tr -d '[:space:]' <"$tmp/display")"
export DISPLAY
echo "Xvfb op $DISPLAY"
# A window manager gives the main window the keyboard focus (the Return keys); without one xdotool helps.
if command -v openbox >/dev/null; then
    openbox --sm-disable >"$tmp/openbox.log" 2>&1 &
    pids+=($!)
else
    echo "(geen openbox: zonder windowmanager)"
fi

export DW_APP="$app" DW_DB="$db" DW_TMP="$tmp" DW_PY="$python" DW_SCRIPT="$here/atspi_smoke.py" DW_REF="$ref"
export DW_EXPECT="$expect" DW_DUMP="${ATSPI_SMOKE_DUMP:-}"
rc=0
# The D-Bus and AT-SPI daemons talk on stdout/stderr: into dbus.log; the test itself writes to fd 3.
# shellcheck disable=SC2016 # expanded by the inner bash
dbus-run-session -- bash -c '
    exec >&3 2>&3 3>&-
    "$DW_APP" --database "$DW_DB" >"$DW_TMP/app.log" 2>&1 &
    app_pid=$!
    rc=0
    timeout -k 5 100 "$DW_PY" "$DW_SCRIPT" "$DW_REF" ${DW_EXPECT:+--expect-code "$DW_EXPECT"} ${DW_DUMP:+--dump "$DW_DUMP"} || rc=$?
    if ! kill -0 "$app_pid" 2>/dev/null; then
        echo "(de app was al gestopt)"
    fi
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
    exit "$rc"
' 3>&1 >"$tmp/dbus.log" 2>&1 || rc=$?
if [ "$rc" -ne 0 ] && [ -s "$tmp/app.log" ]; then
    echo "--- laatste regels van de app:"
    tail -n 15 "$tmp/app.log"
fi
if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then # timeout
    echo "FAIL: de test duurde langer dan 100 s"
    rc=1
fi
awk -v s="$start" -v e="$EPOCHREALTIME" -v r="$rc" \
    'BEGIN { printf "Looptijd: %.1f s; %s\n", e - s, r == 0 ? "GESLAAGD / PASS" : "MISLUKT / FAIL (exit " r ")" }'
exit "$rc"
