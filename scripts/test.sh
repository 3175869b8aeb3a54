#!/usr/bin/env bash
# Installs what is missing, builds (warnings are errors) and runs every test headless.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

dw_install_packages
build="$DW_ROOT/build-test"
dw_build "$build" RelWithDebInfo -DDW_WERROR=ON -DDW_BUILD_TESTS=ON -DDW_BUILD_BENCH=ON

export QT_QPA_PLATFORM=offscreen
cd "$build"
ctest --output-on-failure -j2 --timeout 600
