#!/usr/bin/env bash
# Builds the Debian package: a Release build with Debian's hardening flags (dpkg-buildflags), then CPack.
#   scripts/package.sh        build-package/package/draagwijzer_<versie>_<arch>.deb; install it with
#                             sudo apt install ./build-package/package/draagwijzer_<versie>_<arch>.deb
# What the package holds and how it is checked: docs/packaging.md.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

dw_install_packages
build="$DW_ROOT/build-package"
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
cxxflags="$(cd "$DW_ROOT" && dpkg-buildflags --get CPPFLAGS) $(cd "$DW_ROOT" && dpkg-buildflags --get CXXFLAGS)"
ldflags="$(dpkg-buildflags --get LDFLAGS)"
start=$(date +%s)
dw_build "$build" Release -DDW_BUILD_TESTS=OFF -DDW_BUILD_BENCH=OFF \
    -DCMAKE_CXX_FLAGS="$cxxflags" -DCMAKE_EXE_LINKER_FLAGS="$ldflags"
version="$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")"
deb="$build/package/draagwijzer_${version}_$(dpkg --print-architecture).deb"
rm -f "$deb"
(cd "$build" && cpack -G DEB --config CPackConfig.cmake >cpack.log) || { cat "$build/cpack.log"; exit 1; }
echo "Pakket: $deb ($(($(date +%s) - start)) s)"
echo "Installeren: sudo apt install ${deb/#$PWD\//./}"
