#!/usr/bin/env bash
# Installs what is missing, builds, and starts Draagwijzer.
#   scripts/run.sh                     the app on its own database in the user's data folder
#   scripts/run.sh --demo              first fills an empty database with a demo cohort (500 inwoners)
#   scripts/run.sh --database PAD      another database file (also with --demo)
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

demo=0
app_args=()
database=""
while [ $# -gt 0 ]; do
    case "$1" in
        --demo) demo=1 ;;
        --database) database="$2"; app_args+=("--database" "$2"); shift ;;
        --database=*) database="${1#--database=}"; app_args+=("$1") ;;
        *) app_args+=("$1") ;;
    esac
    shift
done

dw_install_packages
build="$DW_ROOT/build-release"
dw_build "$build" Release -DDW_BUILD_TESTS=OFF -DDW_BUILD_BENCH=OFF

cli=("$build/src/cli/draagwijzer-cli")
[ -n "$database" ] && cli+=(--database "$database")
if [ "$demo" = 1 ]; then
    count=$("${cli[@]}" count 2>/dev/null || echo "?")
    if [ "$count" = "0" ]; then
        echo "Demo-cohort van 500 inwoners maken..."
        # The demo's first account (every role); demo prints it and one account per role (README.md, "Inloggen").
        DRAAGWIJZER_GEBRUIKER="${DRAAGWIJZER_GEBRUIKER:-beheer}" \
            DRAAGWIJZER_WACHTWOORD="${DRAAGWIJZER_WACHTWOORD:-demo-bureau-2026}" \
            "${cli[@]}" demo --inwoners 500 --seed 2016
    else
        echo "De database is niet leeg of heeft al accounts; --demo vult alleen een lege database."
    fi
fi
exec "$build/src/app/draagwijzer" "${app_args[@]}"
