#!/usr/bin/env bash
# Installs what is missing, builds TRUC² with warnings as errors and runs the whole test suite,
# on SQLite and on a throw-away PostgreSQL cluster (CTest labels sqlite and postgresql).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/deps.sh
export QT_QPA_PLATFORM=offscreen
cmake --preset debug -DCMAKE_CXX_COMPILER_LAUNCHER="$(command -v ccache || true)" >/dev/null
cmake --build --preset debug

# The PostgreSQL half of the suite runs against a throw-away cluster owned by this run.
eval "$(bash scripts/pg-cluster.sh start)"
trap 'bash scripts/pg-cluster.sh stop "$TRUC2_PG_DIR"' EXIT
ctest --preset debug --parallel 2

# The table reader's fuzz targets, briefly (issue 6): 20 s each from the committed seed corpus.
bash scripts/fuzz.sh 20

# The Debian package of this build, installed and run in a fresh Debian 12 made by debootstrap
# (issue 8): a library missing from its dependencies fails here. chroot needs root.
if [ "$(id -u)" -eq 0 ]; then
    rm -f build/debug/truc2_*.deb
    (cd build/debug && cpack -G DEB >/dev/null)
    bash scripts/check-package.sh build/debug/truc2_*.deb
else
    echo "Not root: skipping the package's install check (scripts/check-package.sh)."
fi
