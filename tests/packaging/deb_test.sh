#!/usr/bin/env bash
# Builds the .deb from this build tree with CPack and checks it (ctest label "package", docs/packaging.md).
#   deb_test.sh SOURCE_DIR BUILD_DIR VERSION build|contents|desktop|appstream|lintian|install
set -euo pipefail
src="$1" build="$2" version="$3" mode="$4"
deb="$build/package/draagwijzer_${version}_$(dpkg --print-architecture).deb"
id=nl.draagwijzer.draagwijzer
fail() { echo "FAIL: $*"; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [ "$mode" != build ]; then
    [ -f "$deb" ] || fail "no $deb (package_deb makes it)"
    dpkg-deb -x "$deb" "$work/root"
fi

case "$mode" in
build)
    rm -f "$deb"
    start=$(date +%s)
    (cd "$build" && cpack -G DEB --config CPackConfig.cmake) >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail cpack; }
    [ -f "$deb" ] || { cat "$work/cpack.log"; fail "cpack made no $deb"; }
    echo "$deb in $(($(date +%s) - start)) s"
    dpkg-deb -I "$deb" control
    ;;
contents)
    dpkg-deb -c "$deb" | tee "$work/list"
    # Everything root's; directories 0755, programs 0755, other files 0644.
    awk '$2 != "root/root" { print "not root/root: " $0; bad = 1 }
         /^d/ && $1 != "drwxr-xr-x" { print "directory not 0755: " $0; bad = 1 }
         /^-/ && $6 ~ /^\.\/usr\/bin\// && $1 != "-rwxr-xr-x" { print "program not 0755: " $0; bad = 1 }
         /^-/ && $6 !~ /^\.\/usr\/bin\// && $1 != "-rw-r--r--" { print "file not 0644: " $0; bad = 1 }
         END { exit bad }' "$work/list" || fail "owners or modes"
    for f in usr/bin/draagwijzer usr/bin/draagwijzer-cli \
        usr/share/applications/$id.desktop usr/share/metainfo/$id.metainfo.xml \
        usr/share/icons/hicolor/scalable/apps/$id.svg \
        usr/share/icons/hicolor/{16x16,32x32,48x48,128x128,256x256}/apps/$id.png \
        usr/share/man/man1/draagwijzer.1.gz usr/share/man/man1/draagwijzer-cli.1.gz \
        usr/share/doc/draagwijzer/copyright usr/share/doc/draagwijzer/changelog.gz \
        usr/share/draagwijzer/translations/qtbase_nl.qm; do
        grep -q " \./$f\$" "$work/list" || fail "missing /$f"
    done
    for s in 16 32 48 128 256; do
        file "$work/root/usr/share/icons/hicolor/${s}x$s/apps/$id.png" | grep -q "PNG image data, $s x $s," \
            || fail "the ${s}x$s icon is not $s px"
    done
    depends="$(dpkg-deb -f "$deb" Depends)"
    echo "Depends: $depends"
    for p in libqt6core6 libqt6widgets6 libqt6charts6 libqt6sql6 libsqlite3-0 libxlsxwriter4 libc6 \
        qt6-qpa-plugins libqt6sql6-sqlite libqt6svg6 fonts-dejavu-core; do
        echo "$depends" | grep -q -E "(^|, )$p( |,|$)" || fail "Depends lacks $p"
    done
    ;;
desktop)
    desktop-file-validate "$work/root/usr/share/applications/$id.desktop"
    grep -x 'Categories=Office;' "$work/root/usr/share/applications/$id.desktop"
    echo "desktop-file-validate: no complaints"
    ;;
appstream)
    appstreamcli validate --no-net "$work/root/usr/share/metainfo/$id.metainfo.xml"
    appstreamcli validate-tree --no-net "$work/root"
    grep -q "<release version=\"$version\"" "$work/root/usr/share/metainfo/$id.metainfo.xml" \
        || fail "no <release> for $version"
    ;;
lintian)
    # No errors; every warning left must be explained in docs/packaging.md.
    status=0
    lintian --fail-on error --display-level '>=warning' "$deb" >"$work/lintian" 2>&1 || status=$?
    cat "$work/lintian"
    [ "$status" = 0 ] || fail "lintian found errors"
    for tag in $(awk '$1 == "W:" { print $3 }' "$work/lintian" | sort -u); do
        grep -q -- "\`$tag\`" "$src/docs/packaging.md" || fail "lintian warning $tag is not explained in docs/packaging.md"
    done
    echo "lintian: no errors; $(grep -c '^W:' "$work/lintian" || true) warning(s), each in docs/packaging.md"
    ;;
install)
    # The unpacked package as a user would run it: its own programs, a database in a temporary folder.
    bin="$work/root/usr/bin"
    export HOME="$work/home" XDG_RUNTIME_DIR="$work/run" QT_QPA_PLATFORM=offscreen
    mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
    db="$work/db/draagwijzer.sqlite"
    mkdir -p "$(dirname "$db")"
    out="$("$bin/draagwijzer-cli" --version)"
    echo "$out"
    echo "$out" | grep -E -x "draagwijzer-cli $version( \(commit [0-9a-f]+(-dirty)?\))?" || fail "cli --version"
    # A script as DESIGN.md describes it: the first account from the two variables, then every command as it.
    export DRAAGWIJZER_GEBRUIKER=beheer DRAAGWIJZER_WACHTWOORD=pakket-proef-lamp-2026
    "$bin/draagwijzer-cli" --database "$db" init
    "$bin/draagwijzer-cli" --database "$db" demo --inwoners 50 --seed 7 | tail -n 3
    "$bin/draagwijzer-cli" --database "$db" report cohort --json >"$work/cohort.json"
    python3 - "$work/cohort.json" <<'PY' || { head -c 600 "$work/cohort.json"; fail "report cohort --json"; }
import json, sys
n = json.load(open(sys.argv[1]))["perspectieven"]["inwoner"]["meetmomenten"][0]["n"]
assert 0 < n <= 50, n
print(f"report cohort --json: {n} inwoners at the nulmeting")
PY
    out="$("$bin/draagwijzer" --version)"
    echo "$out"
    echo "$out" | grep -E -x "draagwijzer $version( \(commit [0-9a-f]+(-dirty)?\))?" || fail "app --version"
    echo "install: the unpacked programs run"
    ;;
*)
    fail "unknown mode $mode"
    ;;
esac
