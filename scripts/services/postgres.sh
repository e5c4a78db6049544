#!/usr/bin/env bash
# Starts (or reuses) a throwaway PostgreSQL on 127.0.0.1 for the tests and prints its URL.
# Usage: scripts/services/postgres.sh [start|stop|status]   Env: FT_PG_PORT (55432), FT_PG_DIR (/tmp/followthrough-pg)
set -euo pipefail
port=${FT_PG_PORT:-55432}
dir=${FT_PG_DIR:-/tmp/followthrough-pg}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] || { echo "postgres.sh: PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
run=()
if [ "$(id -u)" = 0 ]; then run=(runuser -u postgres --); fi
if [ "${1:-start}" = status ]; then
  "${run[@]}" "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1
  exit $?
fi
if [ "${1:-start}" = stop ]; then
  "${run[@]}" "$bin/pg_ctl" -D "$dir" -m fast stop >/dev/null 2>&1 || true
  exit 0
fi
mkdir -p "$dir"
[ "$(id -u)" = 0 ] && chown postgres "$dir"
if [ ! -f "$dir/PG_VERSION" ]; then
  "${run[@]}" "$bin/initdb" -D "$dir" -U postgres --auth=trust -E UTF8 >/dev/null
fi
if ! "${run[@]}" "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
  "${run[@]}" "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w \
    -o "-p $port -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
fi
echo "postgres://postgres@127.0.0.1:$port/postgres"
