#!/usr/bin/env bash
# The speed and memory table in one command (issue 16; docs/performance.md quotes it). It builds what it measures
# (Release), makes the demo database once per size, seed and schema (cached), runs each measure and prints one
# Markdown table: the figure (median of the runs), the floor measured in the same run where one exists, the ratio,
# the goal, and whether it is met. Peak memory is /usr/bin/time's maximum resident set, or VmHWM in-process.
#
#   scripts/bench.sh                    100,000 inwoners, median of 3
#   scripts/bench.sh --inwoners 1000000 --runs 1
#   scripts/bench.sh --quick            10,000 inwoners, one run each, the test build: CI runs this to prove the
#                                       script works; it judges no timings
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

inwoners=100000
runs=3
seed=2016
build="$DW_ROOT/build-bench"
quick=0
while [ $# -gt 0 ]; do
    case "$1" in
    --quick) quick=1; inwoners=10000; runs=1; build="$DW_ROOT/build-test" ;;
    --inwoners) inwoners="$2"; shift ;;
    --runs) runs="$2"; shift ;;
    --build-dir) build="$2"; shift ;;
    *) echo "bench.sh: onbekende optie $1 (--quick, --inwoners N, --runs N, --build-dir DIR)" >&2; exit 2 ;;
    esac
    shift
done

dw_install_packages
export CCACHE_DIR="${CCACHE_DIR:-$DW_ROOT/.ccache}"
if [ "$quick" = 1 ]; then
    [ -f "$build/build.ninja" ] || cmake -S "$DW_ROOT" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DDW_BUILD_TESTS=ON -DDW_BUILD_BENCH=ON >/dev/null
else
    # With the app: its start-up (startup_bench) and the Teamoverzicht (draagwijzer-screenshots) are timed too.
    cmake -S "$DW_ROOT" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DDW_BUILD_TESTS=ON -DDW_BUILD_BENCH=ON \
        -DDW_BUILD_APP=ON >/dev/null
fi
cmake --build "$build" -j2 --target draagwijzer-cli desk_bench exchange_bench startup_bench draagwijzer-screenshots \
    >/dev/null
cli="$build/src/cli/draagwijzer-cli"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export DRAAGWIJZER_GEBRUIKER=meter DRAAGWIJZER_WACHTWOORD=proef-sleutel-kast-2026
unset DRAAGWIJZER_SERVER

# The cache key holds the migrations' hash: a new schema version makes a new database.
schema="$(git -C "$DW_ROOT" hash-object src/storage/migrations.cpp | cut -c1-10)"
cache="${XDG_CACHE_HOME:-$HOME/.cache}/draagwijzer-bench"
mkdir -p "$cache"
db="$cache/demo-$inwoners-seed$seed-$schema.sqlite"

# Seconds and peak memory of one command: "S MEMORY" on stdout (its own output goes to $work/out). Memory is
# "anon A MB, totaal T MB": the peak of the process's anonymous memory (sampled from /proc every 50 ms) and
# /usr/bin/time's maximum resident set, which also counts the pages of the database file SQLite maps in.
timed() {
    /usr/bin/time -f '%e %M' -o "$work/time" "$@" >"$work/out" 2>"$work/err" &
    local pid=$! anon=0 a child
    while kill -0 "$pid" 2>/dev/null; do
        child="$(pgrep -P "$pid" | head -1 || true)"
        a="$(awk '/^RssAnon/ {print $2}' "/proc/${child:-0}/status" 2>/dev/null || true)"
        [ -n "$a" ] && [ "$a" -gt "$anon" ] && anon="$a"
        sleep 0.05
    done
    wait "$pid" || {
        echo "bench.sh: mislukt: $* ($(tail -1 "$work/err"))" >&2
        exit 1
    }
    awk -v anon="$anon" '{printf "%s anon_%d_MB,_totaal_%d_MB\n", $1, anon / 1024, $2 / 1024}' "$work/time"
}
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }

rows=()
# row MEASURE FIGURE UNIT FLOOR GOAL(number, same unit; - for none) [MEMORY]
row() {
    local measure="$1" figure="$2" unit="$3" floor="$4" goal="$5" memory="${6:--}"
    memory="${memory//_/ }"
    local ratio="-" met="-"
    [ "$floor" != "-" ] && ratio="$(awk -v f="$figure" -v b="$floor" 'BEGIN {printf "%.2f×", (b > 0 ? f / b : 0)}')"
    [ "$goal" != "-" ] && met="$(awk -v f="$figure" -v g="$goal" 'BEGIN {print (f <= g ? "ja" : "**nee**")}')"
    rows+=("| $measure | $figure $unit | $([ "$floor" = "-" ] && echo - || echo "$floor $unit") | $ratio | $([ "$goal" = "-" ] && echo - || echo "≤ $goal $unit") | $met | $memory |")
}

# Goals scale with the size where the issue's goal is per 100,000 (demo, export, import, verify).
scaled() { awk -v g="$1" -v n="$inwoners" 'BEGIN {printf "%g", g * n / 100000}'; }

if [ ! -f "$db" ]; then
    rm -f "$db"-*
    read -r s mb < <(timed "$cli" --database "$work/demo.sqlite" demo --inwoners "$inwoners" --seed "$seed")
    mv "$work/demo.sqlite" "$db"
    # The floor: the same rows written again by SQLite alone, in one transaction (tests/bench/write-floor.sh).
    read -r floor _ < <(timed "$DW_ROOT/tests/bench/write-floor.sh" "$db" "$work/floor.sqlite")
    rm -f "$work/floor.sqlite"*
    row "demo --inwoners $inwoners" "$s" s "$floor" "$(scaled 30)" "$mb"
else
    rows+=("| demo --inwoners $inwoners | (uit de cache: $(basename "$db")) | - | - | - | - | - |")
fi
cp "$db" "$work/db.sqlite"

# In-process: the caseload and dossier figures from desk_bench, median over the runs.
DW_BENCH_DATABASE="$work/db.sqlite" "$build/tests/desk_bench" --benchmark_repetitions="$runs" \
    --benchmark_report_aggregates_only=true --benchmark_format=json \
    --benchmark_filter='BM_Caseload(Keystroke/[1-6]|FirstPageUnfiltered|ScrollToTheEnd|SortedByLastMeeting|QuadrantAndGemeente)$|BM_OpenDossier$|BM_SaveMeting$' \
    >"$work/desk.json" 2>/dev/null
# The median of one benchmark, or with a regular expression the highest of the medians it matches.
desk() {
    python3 - "$work/desk.json" "$1" <<'EOF'
import json, re, sys
runs = json.load(open(sys.argv[1]))["benchmarks"]
medians = [b["real_time"] for b in runs
           if re.fullmatch(sys.argv[2], b["run_name"]) and b.get("aggregate_name", "median") == "median"]
print(f'{max(medians):.1f}' if medians else '-')
EOF
}
row "zoeken, één toetsaanslag (\"jansen\")" "$(desk BM_CaseloadKeystroke/6)" ms - 15
row "zoeken, traagste toetsaanslag van \"j\" tot \"jansen\"" "$(desk 'BM_CaseloadKeystroke/[1-6]')" ms - 15
row "gemeente + kwadrant" "$(desk BM_CaseloadQuadrantAndGemeente)" ms - 30
row "eerste pagina van de caseload" "$(desk BM_CaseloadFirstPageUnfiltered)" ms - -
row "naar het einde scrollen (laatste pagina)" "$(desk BM_CaseloadScrollToTheEnd)" ms - -
row "sorteren op laatste meting" "$(desk BM_CaseloadSortedByLastMeeting)" ms - -
row "dossier openen" "$(desk BM_OpenDossier)" ms - -
row "meting opslaan" "$(desk BM_SaveMeting)" ms - -

# The desk app (offscreen): from process start to a caseload with rows, against a bare window in the same run;
# memory in the 6 s after, while the quick check of the file runs: the program's own (RssAnon) apart from the
# database file's pages that SQLite maps in (RssFile; the kernel can drop those).
startup=() floorStartup=() appMemory=()
for _ in $(seq "$runs"); do
    read -r _ ms _ anon _ file _ hwm < <(QT_QPA_PLATFORM=offscreen "$build/tests/startup_bench" --database "$work/db.sqlite" 2>/dev/null)
    startup+=("$ms")
    appMemory=("$anon" "$file" "$hwm")
    read -r _ ms _ < <(QT_QPA_PLATFORM=offscreen "$build/tests/startup_bench" --leeg 2>/dev/null)
    floorStartup+=("$ms")
done
row "app: start tot een caseload met rijen" "$(echo "${startup[@]}" | median)" ms "$(echo "${floorStartup[@]}" | median)" 1000 \
    "anon_$((appMemory[0] / 1024))_MB,_bestand_$((appMemory[1] / 1024))_MB"
row "app: eigen (anoniem) geheugen, 6 s na de start" "$((appMemory[0] / 1024))" MB - 150 "piek_(VmHWM)_$((appMemory[2] / 1024))_MB"

# report cohort --json, whole process, against the same three queries in the sqlite3 shell.
cohort=() shell=() cohortMb=-
for _ in $(seq "$runs"); do
    read -r s mb < <(timed "$cli" --database "$work/db.sqlite" report cohort --json)
    cohort+=("$s")
    cohortMb="$mb"
    read -r s _ < <(timed sqlite3 "$work/db.sqlite" ".read $DW_ROOT/tests/bench/cohort-shell.sql")
    shell+=("$s")
done
row "report cohort --json" "$(echo "${cohort[@]}" | median)" s "$(echo "${shell[@]}" | median)" 0.5 "$cohortMb"

# The Teamoverzicht as the user sees it (offscreen, the database only read): from opening to every figure on screen,
# and the longest pause of the UI thread meanwhile (a 10 ms timer on it). Its floor is report cohort's shell floor
# above plus the follow-up counts and first page; the issue's goals are 1 s and 50 ms.
dash=() pause=()
for _ in $(seq "$runs"); do
    QT_QPA_PLATFORM=offscreen "$build/tests/draagwijzer-screenshots" --dashboard --database "$work/db.sqlite" \
        --out "$work/shots" >"$work/dash.txt" 2>"$work/err" || {
        echo "bench.sh: mislukt: draagwijzer-screenshots --dashboard ($(tail -1 "$work/err"))" >&2
        exit 1
    }
    dash+=("$(sed -n 's/^dashboard: figures shown \([0-9]*\) ms.*/\1/p' "$work/dash.txt")")
    pause+=("$(sed -n 's/^dashboard: figures shown .*longest pause \([0-9]*\) ms .*/\1/p' "$work/dash.txt")")
done
row "Teamoverzicht: openen tot alle cijfers" "$(echo "${dash[@]}" | median)" ms - 1000
row "Teamoverzicht: langste pauze van de UI-thread" "$(echo "${pause[@]}" | median)" ms - 50

# Export and import against reading the file once; memory must not grow with the file.
read -r s mb < <(timed "$cli" --database "$work/db.sqlite" export "$work/export.json")
read -r floor _ < <(timed cat "$work/export.json")
size="$(($(stat -c %s "$work/export.json") / 1024 / 1024))"
row "export ($size MB)" "$s" s "$floor" "$(scaled 30)" "$mb"
read -r s mb < <(timed "$cli" --database "$work/import.sqlite" import "$work/export.json")
row "import ($size MB)" "$s" s "$floor" "$(scaled 60)" "$mb"
read -r s mb < <(timed "$cli" --database "$work/db.sqlite" verify)
row "verify" "$s" s - "$(scaled 8)" "$mb"
# A team's sheet (issue 19) of as many rows as inwoners, one row per meetmoment: checked whole (--droog) and
# imported into an empty database, against reading the file once. The goals are per 100,000 rows.
python3 "$DW_ROOT/tests/data/make_team_sheet.py" "$work/teamblad.csv" --rijen "$inwoners" --profiel "$work/teamblad.json"
read -r sheetFloor _ < <(timed cat "$work/teamblad.csv")
sheetMb="$(($(stat -c %s "$work/teamblad.csv") / 1024 / 1024))"
read -r s mb < <(timed "$cli" --database "$work/blad.sqlite" import-spreadsheet "$work/teamblad.csv" \
    --profiel "$work/teamblad.json" --droog)
row "import-spreadsheet --droog, $inwoners rijen ($sheetMb MB CSV)" "$s" s "$sheetFloor" "$(scaled 10)" "$mb"
read -r s mb < <(timed "$cli" --database "$work/blad.sqlite" import-spreadsheet "$work/teamblad.csv" \
    --profiel "$work/teamblad.json")
row "import-spreadsheet, $inwoners rijen ($sheetMb MB CSV)" "$s" s "$sheetFloor" "$(scaled 30)" "$mb"
readMb="$(DW_BENCH_EXPORT="$work/export.json" "$build/tests/exchange_bench" --benchmark_format=json 2>/dev/null |
    python3 -c 'import json,sys; b=json.load(sys.stdin)["benchmarks"][0]; print("%.1f %.0f" % (b["real_time"] / 1000, b["peak_MB"]))')"
row "het exportbestand alleen lezen en controleren" "${readMb% *}" s "$floor" - "VmHWM ${readMb#* } MB"

echo
echo "Draagwijzer $(git -C "$DW_ROOT" describe --always --dirty), $inwoners inwoners (seed $seed), mediaan van $runs," \
    "$(nproc) kernen, $(date -u +%Y-%m-%d)"
echo
echo "| meting | uitkomst | bodem (zelfde run) | verhouding | doel | gehaald | piekgeheugen |"
echo "|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
