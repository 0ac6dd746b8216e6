#!/usr/bin/env bash
# Builds the table reader's libFuzzer targets (preset "fuzz": clang, the reader alone) and runs
# each for a bounded time from the seed corpus in tests/fuzz/corpus/; fails when one of them
# finds a crash, a hang, a leak or undefined behaviour (the input is kept in build/fuzz/artifacts).
# Usage: scripts/fuzz.sh [seconds per target, default 30]
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-30}"
cmake --preset fuzz -DCMAKE_CXX_COMPILER_LAUNCHER="$(command -v ccache || true)" >/dev/null
cmake --build --preset fuzz

# Inputs found during the run go to a scratch folder; the committed corpus stays as it is.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
artifacts=build/fuzz/artifacts
mkdir -p "$artifacts"

passed=0
failed=0
for kind in csv xlsx; do
    dictionary=()
    [ -f "tests/fuzz/$kind.dict" ] && dictionary=(-dict="tests/fuzz/$kind.dict")
    mkdir -p "$scratch/$kind"
    echo "fuzz_${kind}reader: ${seconds} s"
    if ! "build/fuzz/tests/fuzz/fuzz_${kind}reader" "$scratch/$kind" "tests/fuzz/corpus/$kind" \
        "${dictionary[@]}" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
        -max_len=65536 -print_final_stats=1 -artifact_prefix="$artifacts/${kind}-" \
        2>"$scratch/$kind.log"; then
        tail -n 60 "$scratch/$kind.log" >&2
        echo "fuzz_${kind}reader found a failure; its input is in $artifacts" >&2
        failed=$((failed + 1))
    else
        passed=$((passed + 1))
        grep -E "^(#[0-9]+.*DONE|stat::number_of_executed_units|stat::peak_rss_mb)" \
            "$scratch/$kind.log" || true
    fi
done
echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
