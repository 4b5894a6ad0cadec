# Shared by run.sh and test.sh: install what a fresh Debian 12 machine lacks, then configure and build.
set -euo pipefail

DANHOI_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DANHOI_PACKAGES=(
    cmake ninja-build g++ ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libqt6sql6-psql libgl-dev libsodium-dev libcmark-dev libkainjow-mustache-dev libxlsxwriter-dev libzip-dev
    poppler-utils fonts-liberation fonts-liberation2 chromium
    sqlite3 postgresql libpq-dev xvfb xauth fonts-noto-core
)

danhoi_install_missing() {
    local missing=()
    for package in "${DANHOI_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# danhoi_build BUILD_DIR BUILD_TYPE
danhoi_build() {
    local dir=$1 type=$2
    cmake -S "$DANHOI_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" >/dev/null
    cmake --build "$dir" --parallel "$(nproc)"
}
