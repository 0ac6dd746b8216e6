#!/usr/bin/env bash
# Installs the Debian 12 packages TRUC² needs to build, run and test, and only those missing.
# Works as root, or through sudo for a normal user.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config ccache clang-format
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n qt6-pdf-dev qt6-svg-dev libqt6svg6
    libqt6sql6-sqlite libqt6sql6-psql
    qtkeychain-qt6-dev libical-dev libuchardet-dev libcsv-dev libzip-dev libxlsxwriter-dev
    clang libclang-rt-14-dev
    libgl-dev libxkbcommon-dev
    libsqlite3-dev sqlite3 postgresql postgresql-client poppler-utils xvfb xauth fonts-dejavu-core
    desktop-file-utils appstream librsvg2-bin
    # a real Secret Service for the keyring test (tests/support/with-test-keyring.sh)
    dbus-daemon gnome-keyring libsecret-1-0
)

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
        || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
else
    echo "Missing packages: ${missing[*]}" >&2
    echo "Run this script as root, or install sudo." >&2
    exit 1
fi
echo "Installing: ${missing[*]}"
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
