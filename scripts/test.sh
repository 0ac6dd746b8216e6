#!/usr/bin/env bash
# Installs what is missing, builds TRUC² with warnings as errors and runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/deps.sh
export QT_QPA_PLATFORM=offscreen
cmake --preset debug -DCMAKE_CXX_COMPILER_LAUNCHER="$(command -v ccache || true)" >/dev/null
cmake --build --preset debug
ctest --preset debug --parallel 2
