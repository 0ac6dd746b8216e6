#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the test suite, owned by the test run:
#   eval "$(scripts/pg-cluster.sh start)"   # prints: export TRUC2_TEST_PG=… TRUC2_PG_DIR=…
#   scripts/pg-cluster.sh stop "$TRUC2_PG_DIR"
# As root, the server runs as the postgres user (PostgreSQL refuses root).
set -euo pipefail

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bin/initdb" ] || { echo "PostgreSQL server is not installed (package postgresql)" >&2; exit 1; }

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
start)
    port=${TRUC2_PG_PORT:-54329}
    dir=$(mktemp -d /tmp/truc2-pg.XXXXXX)
    chmod 755 "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    # Everyone is trusted, except the role the tests use to check password refusals.
    hba="$dir/data/pg_hba.conf"
    { echo "host all truc2_password_check 127.0.0.1/32 scram-sha-256"; cat "$hba"; } > "$hba.new"
    as_owner cp "$hba.new" "$hba" && rm -f "$hba.new"
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    echo "export TRUC2_TEST_PG=postgresql://postgres@127.0.0.1:$port/postgres TRUC2_PG_DIR=$dir"
    ;;
stop)
    dir=${2:?usage: pg-cluster.sh stop DIR}
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start | stop DIR" >&2
    exit 2
    ;;
esac
