#!/usr/bin/env bash
# Installs what is missing, builds TRUC² (release) and launches it. The first time, when no
# school exists yet, it creates the demo school so that there is something to look at.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target truc2

truc2=build/release/app/truc2
data_home="${XDG_DATA_HOME:-$HOME/.local/share}"
school="$data_home/truc2/school.truc2"
if [ ! -e "$school" ]; then
    "$truc2" --database "$school" demo
fi
exec "$truc2" --database "$school" "$@"
