# Shared by run.sh and test.sh: install missing Debian packages, then configure and build with CMake + Ninja.
# shellcheck shell=bash
set -euo pipefail

DW_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DEBIAN_FRONTEND=noninteractive

dw_packages() {
    grep -v '^[[:space:]]*#' "$DW_ROOT/scripts/debian-packages.txt" | awk 'NF { print $1 }'
}

dw_install_packages() {
    local missing=()
    local pkg
    for pkg in $(dw_packages); do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "Installing Debian packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            echo "Missing packages (${missing[*]}) and no root rights: install them as root." >&2
            exit 1
        fi
    fi
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null
}

# dw_build BUILD_DIR BUILD_TYPE [extra cmake args...]
dw_build() {
    local dir="$1" type="$2"
    shift 2
    export CCACHE_DIR="${CCACHE_DIR:-$DW_ROOT/.ccache}"
    # CMake's file API lists the CMake files each configure loads; scripts/check-packages.sh reads it.
    mkdir -p "$dir/.cmake/api/v1/query" && touch "$dir/.cmake/api/v1/query/cmakeFiles-v1"
    cmake -S "$DW_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" "$@" >/dev/null
    cmake --build "$dir" -j2
}
