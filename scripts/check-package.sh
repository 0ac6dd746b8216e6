#!/usr/bin/env bash
# Installs the Debian package into a fresh Debian 12 made by debootstrap (minbase: nothing but
# what apt needs) and runs it there: `truc2 --version`, a demo school, a report. apt installs
# only what the package itself declares, so a library missing from its dependencies fails here.
# Needs root (chroot, debootstrap) and Debian's mirror.
# Usage: scripts/check-package.sh [PACKAGE.deb]   (by default, scripts/package.sh builds it)
set -euo pipefail
cd "$(dirname "$0")/.."

deb="${1:-}"
if [ -z "$deb" ]; then
    deb="$(bash scripts/package.sh | tail -1)"
fi
command -v debootstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap
mirror="${TRUC2_DEBIAN_MIRROR:-http://deb.debian.org/debian}"

root="$(mktemp -d /tmp/truc2-root.XXXXXX)"
cleanup() {
    umount "$root/proc" 2>/dev/null || true
    rm -rf "$root"
}
trap cleanup EXIT

echo "Making a fresh Debian 12 in $root …"
debootstrap --variant=minbase bookworm "$root" "$mirror" >"$root.log" 2>&1 \
    || { tail -20 "$root.log"; exit 1; }
rm -f "$root.log"
mount -t proc proc "$root/proc"
cp "$deb" "$root/tmp/truc2.deb"

in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }
# apt's sandbox user cannot read the chroot's fresh partial folders: download as root.
apt_options=(-o APT::Sandbox::User=root -qq)
in_root apt-get "${apt_options[@]}" update
in_root env DEBIAN_FRONTEND=noninteractive apt-get "${apt_options[@]}" install -y \
    --no-install-recommends /tmp/truc2.deb >/dev/null 2>&1 \
    || { echo "apt-get could not install the package:"; in_root apt-get "${apt_options[@]}" \
         install -y --no-install-recommends /tmp/truc2.deb; exit 1; }

missing="$(in_root sh -c 'ldd /usr/bin/truc2 /usr/lib/x86_64-linux-gnu/qt6/plugins/*/*.so 2>/dev/null | grep "not found" || true')"
if [ -n "$missing" ]; then
    echo "Missing libraries:"; echo "$missing"; exit 1
fi
in_root truc2 --version
in_root truc2 --database /tmp/check.truc2 demo
in_root truc2 --database /tmp/check.truc2 report --from 2020-01-01 --to 2020-12-31
# The PDF report draws its charts with Qt Charts: no display, fonts and plugins from the package.
in_root truc2 --database /tmp/check.truc2 report --from 2021-01-01 --to 2021-12-31 \
    --format pdf --out /tmp/report.pdf
[ "$(head -c 5 "$root/tmp/report.pdf")" = "%PDF-" ] || { echo "The report is not a PDF."; exit 1; }
echo "report.pdf: $(stat -c %s "$root/tmp/report.pdf") bytes"
echo "The package installs and runs in a fresh Debian 12."
