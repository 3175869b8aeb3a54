#!/usr/bin/env bash
# Installs what is missing, builds (warnings are errors) and runs every test headless.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

dw_install_packages
build="$DW_ROOT/build-test"
dw_build "$build" RelWithDebInfo -DDW_WERROR=ON -DDW_BUILD_TESTS=ON -DDW_BUILD_BENCH=ON

# A short fuzz run (libFuzzer, ASan/UBSan/LSan) of the importer and the instrument loader; a long run is
# scripts/fuzz.sh 3600. Before ctest, so that ctest's summary closes the output.
bash "$DW_ROOT/scripts/fuzz.sh" 20

export QT_QPA_PLATFORM=offscreen
cd "$build"
ctest --output-on-failure -j2 --timeout 600
