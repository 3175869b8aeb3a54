#!/usr/bin/env bash
# Installs what is missing, builds (warnings are errors) and runs every test headless.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

dw_install_packages
build="$DW_ROOT/build-test"
dw_build "$build" RelWithDebInfo -DDW_WERROR=ON -DDW_BUILD_TESTS=ON -DDW_BUILD_BENCH=ON

# Every file the build used from outside the tree must come from a package that scripts/debian-packages.txt names
# or pulls in, so that a new machine can build too. Always, not only in CI: it takes seconds.
bash "$DW_ROOT/scripts/check-packages.sh" --list "$DW_ROOT/scripts/debian-packages.txt" --build-dir "$build"

# A short fuzz run (libFuzzer, ASan/UBSan/LSan) of the importer and the instrument loader; a long run is
# scripts/fuzz.sh 3600. Before ctest, so that ctest's summary closes the output.
bash "$DW_ROOT/scripts/fuzz.sh" 20
bash "$DW_ROOT/scripts/check-packages.sh" --list "$DW_ROOT/scripts/debian-packages.txt" --build-dir "$DW_ROOT/build-fuzz"

# The speed table at 10,000 inwoners with the test build (about half a minute): proves scripts/bench.sh works;
# nothing here judges a timing.
bash "$DW_ROOT/scripts/bench.sh" --quick

export QT_QPA_PLATFORM=offscreen
cd "$build"
# Inside a throwaway PostgreSQL 15 (pg_virtualenv, from postgresql-common; as root or as a user): the tests of
# label postgres run the storage and CLI suites again against it (plus serverdatabase_test), each test in a
# schema of its own.
# fsync=off: the server is thrown away afterwards, and its durability is not what these tests are about.
pg_virtualenv -o fsync=off ctest --output-on-failure -j2 --timeout 600
