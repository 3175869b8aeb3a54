#!/usr/bin/env bash
# scripts/check-packages.sh passes on this build with scripts/debian-packages.txt, and fails, naming the package,
# on a copy of the list without a package the build needs.
#   check_packages_test.sh SOURCE_DIR BUILD_DIR
set -uo pipefail
src="$1" build="$2"
check="$src/scripts/check-packages.sh"
list="$src/scripts/debian-packages.txt"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

out="$(bash "$check" --list "$list" --build-dir "$build" 2>&1)" || { echo "$out"; fail "the full list does not pass"; }
echo "$out"

# Packages no other listed one pulls in: rapidjson-dev, headers only (the core's streaming reader);
# libqt6opengl6-dev: Qt6OpenGLConfig.cmake, which Qt6ChartsConfig.cmake loads. (Not zlib1g-dev any more: libzip-dev
# depends on it.)
for pkg in rapidjson-dev libqt6opengl6-dev; do
    grep -v -x "$pkg" "$list" >"$work/list-without-$pkg"
    out="$(bash "$check" --list "$work/list-without-$pkg" --build-dir "$build" 2>&1)" \
        && { echo "$out"; fail "passes without $pkg"; }
    echo "$out" | grep -E "is from package $pkg, which list-without-$pkg neither lists nor pulls in" \
        || { echo "$out"; fail "without $pkg: no message naming it"; }
    echo "$out" | grep -q -x "check-packages: add to list-without-$pkg: $pkg" \
        || { echo "$out"; fail "without $pkg: the summary should name $pkg alone"; }
done
echo "check_packages_test: passed"
