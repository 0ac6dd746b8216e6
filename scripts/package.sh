#!/usr/bin/env bash
# Builds the Debian package of TRUC² (release build, then cpack -G DEB) and prints its path.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target truc2 truc2_packaging_files
(cd build/release && cpack -G DEB >/dev/null)
ls -1 "$PWD"/build/release/truc2_*.deb
