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
