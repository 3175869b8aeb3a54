#!/usr/bin/env bash
# Builds the libFuzzer targets with clang 14 (ASan + UBSan + leak checks) and runs each for SECONDS (default 20).
#   scripts/fuzz.sh            short run (scripts/test.sh calls this)
#   scripts/fuzz.sh 3600       a long run; new inputs are kept in build-fuzz/corpus-*
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
seconds="${1:-20}"
dw_install_packages
build="$DW_ROOT/build-fuzz"
CC=clang-14 CXX=clang++-14 dw_build "$build" RelWithDebInfo -DDW_FUZZ=ON -DDW_WERROR=ON
for target in import instrument csv xlsx; do
    corpus="$build/corpus-$target"
    mkdir -p "$corpus"
    echo "fuzz_$target: ${seconds}s"
    "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        "$corpus" "$DW_ROOT/tests/fuzz/corpus/$target" 2>"$build/fuzz_$target.log" || {
        tail -n 40 "$build/fuzz_$target.log"
        echo "fuzz_$target found a problem; the crashing input is in the log above" >&2
        exit 1
    }
    grep -E "stat::number_of_executed_units|Done" "$build/fuzz_$target.log" | tail -n 2
done
