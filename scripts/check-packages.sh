#!/usr/bin/env bash
# Checks that scripts/debian-packages.txt is complete: every file a configured and built tree used from outside
# the source and build folders belongs to a Debian package that the list names or pulls in through Depends.
#
#   scripts/check-packages.sh [--list FILE] [--build-dir DIR] [--verbose]
#
# The files: the CMake files CMake loaded (package configs, Find modules; CMake's file API, "cmakeFiles" object),
# the pkg-config files of pkg_check_modules, every header a compiler read (ninja -t deps), the libraries and
# objects on the link lines and the programs the build ran (ninja -t commands, -lNAME resolved the way the
# compiler driver does), moc and uic (the AUTOGEN info files) and the files our CMake found with find_file
# (cache entries DW_*:FILEPATH). Each file and the file its symlinks lead to are looked up with dpkg -S, under
# both names of merged /usr (/lib and /usr/lib). Packages that count: the list, the Essential ones every
# Debian system has, and everything they depend on (Depends and Pre-Depends of the installed packages; of
# alternatives the first one installed). Exit 0 when all is covered, 1 naming each file's package otherwise,
# 2 on wrong use.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
list="$root/scripts/debian-packages.txt"
build="$root/build-test"
verbose=0
while [ $# -gt 0 ]; do
    case "$1" in
        --list) list="$2"; shift ;;
        --list=*) list="${1#--list=}" ;;
        --build-dir) build="$2"; shift ;;
        --build-dir=*) build="${1#--build-dir=}" ;;
        --verbose) verbose=1 ;;
        -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
        *) echo "check-packages: unknown argument '$1' (see --help)" >&2; exit 2 ;;
    esac
    shift
done
[ -f "$list" ] || { echo "check-packages: no package list $list" >&2; exit 2; }
[ -f "$build/CMakeCache.txt" ] && [ -f "$build/build.ninja" ] \
    || { echo "check-packages: $build is not a configured Ninja build folder" >&2; exit 2; }
build="$(cd "$build" && pwd)"
start=$(date +%s.%N)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

src="$(sed -n 's/^CMAKE_HOME_DIRECTORY:INTERNAL=//p' "$build/CMakeCache.txt")"
cache_value() { sed -n "s/^$1:[A-Z]*=//p" "$build/CMakeCache.txt" | head -n 1; }

# 1. CMake files: the file API's cmakeFiles reply. dw_build asks for it before configuring; a folder configured
#    without that query is configured once more here with it.
query="$build/.cmake/api/v1/query/cmakeFiles-v1"
if ! ls "$build"/.cmake/api/v1/reply/cmakeFiles-v1-*.json >/dev/null 2>&1; then
    mkdir -p "$(dirname "$query")" && touch "$query"
    cmake "$build" >/dev/null
fi
python3 - "$build" >"$work/files" <<'EOF'
import glob, json, os, sys
reply = os.path.join(sys.argv[1], ".cmake/api/v1/reply")
index = json.load(open(max(glob.glob(os.path.join(reply, "index-*.json")))))
for obj in index["objects"]:
    if obj["kind"] == "cmakeFiles":
        for f in json.load(open(os.path.join(reply, obj["jsonFile"])))["inputs"]:
            if f.get("isExternal") and not f.get("isGenerated"):
                print(f["path"])
EOF

# 2. pkg-config files of pkg_check_modules(PREFIX ... module ...), with the modules they require.
pkgconfig="$(cache_value PKG_CONFIG_EXECUTABLE)"
if [ -n "$pkgconfig" ] && [ -x "$pkgconfig" ]; then
    echo "$pkgconfig" >>"$work/files"
    modules=$(sed -n 's/^__pkg_config_arguments_[A-Za-z0-9_]*:INTERNAL=//p' "$build/CMakeCache.txt" | tr ';' '\n' \
        | grep -Ev '^(REQUIRED|QUIET|IMPORTED_TARGET|GLOBAL|NO_CMAKE_PATH|NO_CMAKE_ENVIRONMENT_PATH)$' \
        | sed 's/[<>=].*//' || true)
    for m in $modules $("$pkgconfig" --print-requires --print-requires-private $modules 2>/dev/null | awk '{print $1}'); do
        "$pkgconfig" --path "$m" 2>/dev/null >>"$work/files" || true
    done
fi

# 3. Headers the compilers read.
ninja -C "$build" -t deps | awk '/^    \// { print $1 }' | sort -u >>"$work/files"

# 4. Link lines and programs: every absolute path in the build's commands that is a file of a library, an object
#    or the program itself, and -lNAME as the compiler driver finds it (-L folders first).
cxx="$(cache_value CMAKE_CXX_COMPILER)"
ninja -C "$build" -t commands >"$work/commands"
tr ' ' '\n' <"$work/commands" | sed 's/^-Wl,//' | tr ',' '\n' | sort -u >"$work/words"
grep -E '^/.*(\.so(\.[0-9]+)*|\.a|\.o)$' "$work/words" >>"$work/files" || true
# The program of each command in a chain (": && cmake -E rm ... && ar qc ..."), not only the first.
sed 's/ *\(&&\|||\|;\) */\n/g' "$work/commands" | awk '{ print $1 }' | grep '^/' | sort -u >>"$work/files" || true
mapfile -t libdirs < <(sed -n 's/^-L//p' "$work/words" | grep '^/' || true)
for name in $(sed -n 's/^-l//p' "$work/words" | grep -E '^[A-Za-z0-9_+.-]+$' || true); do
    found=""
    for dir in "${libdirs[@]}"; do
        for f in "$dir/lib$name.so" "$dir/lib$name.a"; do
            [ -z "$found" ] && [ -e "$f" ] && found="$f"
        done
    done
    for suffix in so a; do
        if [ -z "$found" ]; then
            f="$("$cxx" -print-file-name="lib$name.$suffix")"
            [ "${f#/}" != "$f" ] && found="$f"
        fi
    done
    if [ -n "$found" ]; then
        echo "$found" >>"$work/files"
    else
        echo "check-packages: -l$name is on a link line but no lib$name.so or lib$name.a is found" >&2
        echo "-l$name" >>"$work/missing"
    fi
done

# 5. moc and uic (run by cmake -E cmake_autogen, so not in the commands), and the build's own finds and tools.
cat "$build"/src/*/CMakeFiles/*_autogen.dir/AutogenInfo.json "$build"/tests/*/CMakeFiles/*_autogen.dir/AutogenInfo.json \
    2>/dev/null | sed -n 's/^ *"\(MOC\|UIC\)_EXECUTABLE" *: *"\(\/[^"]*\)".*/\2/p' | sort -u >>"$work/files"
sed -n 's/^\(DW_[A-Za-z0-9_]*\|CMAKE_MAKE_PROGRAM\|CCACHE_PROGRAM\):FILEPATH=\(\/.*\)$/\2/p' \
    "$build/CMakeCache.txt" >>"$work/files"
echo "$cxx" >>"$work/files"

# Normalise (.. removed, symlinks kept), drop what is inside the trees, and add what each symlink leads to.
sort -u "$work/files" | grep '^/' | xargs -d '\n' realpath -s -m -- | sort -u \
    | grep -v -e "^$src/" -e "^$build/" >"$work/used"
xargs -d '\n' -a "$work/used" realpath -m -- >"$work/resolved"
paste "$work/used" "$work/resolved" >"$work/pairs"

# Every name under which dpkg may know a file: as used, resolved, and both with and without the /usr of merged /usr.
aliases() {
    awk '{ print; if ($0 ~ /^\/usr\/(lib|lib32|lib64|libx32|bin|sbin)\//) print substr($0, 5);
           else if ($0 ~ /^\/(lib|lib32|lib64|libx32|bin|sbin)\//) print "/usr" $0 }'
}
cut -f1,2 --output-delimiter=$'\n' "$work/pairs" | sort -u | aliases | sort -u \
    | sed 's/[][*?\\]/\\&/g' >"$work/names"
xargs -d '\n' -a "$work/names" dpkg-query -S -- 2>/dev/null | grep -v '^diversion ' >"$work/owners" || true

dpkg-query -W -f='${binary:Package}\t${Package}\t${db:Status-Abbrev}\t${Essential}\t${Pre-Depends}\t${Depends}\t${Provides}\n' \
    >"$work/installed"

status=0
python3 - "$list" "$work" "$verbose" "$start" <<'EOF' || status=$?
import os, re, sys, time

list_path, work, verbose = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
seconds = time.time() - float(sys.argv[4])
listed = []
for line in open(list_path):
    line = line.split("#", 1)[0].split()
    if line:
        listed.append(line[0])

installed, provides, graph, essential = set(), {}, {}, []
for line in open(os.path.join(work, "installed")):
    _, name, status, ess, pre, dep, prov = line.rstrip("\n").split("\t")
    if not status.startswith("ii"):
        continue
    installed.add(name)
    graph[name] = ", ".join(x for x in (pre, dep) if x)
    if ess == "yes":
        essential.append(name)
    for p in prov.split(","):
        p = re.sub(r"\(.*?\)", "", p).strip()
        if p:
            provides.setdefault(p, set()).add(name)

def bare(name):
    name = re.sub(r"\(.*?\)|\[.*?\]|<.*?>", "", name).strip()
    return name.split(":", 1)[0]

def chosen(group):
    # Of "a | b | c", the first alternative installed here (a real package or one that provides it).
    for alt in group.split("|"):
        name = bare(alt)
        if name in installed:
            return {name}
        if name in provides:
            return provides[name]
    return set()

def closure_of(start):
    done, todo = set(), [p for p in start if p in installed]
    while todo:
        p = todo.pop()
        if p in done:
            continue
        done.add(p)
        for group in graph.get(p, "").split(","):
            if group.strip():
                todo.extend(chosen(group) - done)
    return done

missing_listed = [p for p in listed if p not in installed]
closure = closure_of(listed + essential + ["apt"])

owners = {}
for line in open(os.path.join(work, "owners")):
    pkgs, _, path = line.rstrip("\n").partition(": ")
    if path:
        owners.setdefault(path, set()).update(bare(p) for p in pkgs.split(","))

def alias_names(path):
    m = re.match(r"^/usr(/(lib|lib32|lib64|libx32|bin|sbin)/.*)$", path)
    if m:
        return [path, m.group(1)]
    m = re.match(r"^/(lib|lib32|lib64|libx32|bin|sbin)/.*$", path)
    return [path, "/usr" + path] if m else [path]

def owned_by(path):
    found = set()
    for name in alias_names(path):
        found |= owners.get(name, set())
    return found

uncovered, unowned, files = {}, [], 0
for line in open(os.path.join(work, "pairs")):
    used, resolved = line.rstrip("\n").split("\t")
    files += 1
    forms = [owned_by(used)] + ([owned_by(resolved)] if resolved != used else [])
    if not any(forms):
        unowned.append(used)
        continue
    for form in forms:
        if form and not (form & closure):
            for p in sorted(form):
                uncovered.setdefault(p, []).append(used if form is forms[0] else resolved)

if os.path.exists(os.path.join(work, "missing")):
    unowned += [l.strip() for l in open(os.path.join(work, "missing"))]
name = os.path.basename(list_path)
for p in missing_listed:
    print(f"check-packages: warning: {p} is in {name} but not installed, so its Depends are not counted")
for p in sorted(uncovered):
    fs = sorted(set(uncovered[p]))
    more = f" (and {len(fs) - 1} more of its files)" if len(fs) > 1 else ""
    print(f"check-packages: {fs[0]} is from package {p}, which {name} neither lists nor pulls in{more}")
for f in sorted(unowned):
    print(f"check-packages: {f} is used by the build but no Debian package has it")
if verbose:
    print(f"check-packages: {files} files from outside the tree; {len(closure)} packages from {len(listed)} listed")
if uncovered or unowned:
    if uncovered:
        # The fewest to add: leave out what another missing package pulls in.
        pulled = {p: closure_of([p]) - {p} for p in uncovered}
        add = [p for p in sorted(uncovered) if not any(p in pulled[q] for q in uncovered if q != p)]
        add = add or sorted(uncovered)
        print(f"check-packages: add to {name}: {' '.join(add)}")
    sys.exit(1)
print(f"check-packages: {files} files from outside the tree, all from packages {name} lists or pulls in"
      f" ({seconds:.1f} s)")
EOF
exit $status
