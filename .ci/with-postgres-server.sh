#!/usr/bin/env bash
# Runs a command with DATABASE_URL pointing at a throwaway Debian PostgreSQL server.
set -euo pipefail
bin=/usr/lib/postgresql/15/bin
dir=$(mktemp -d /tmp/modelship-pgserver-XXXX)
chmod 755 "$dir"
port=$((20000 + RANDOM % 20000))
if [ "$(id -u)" = 0 ]; then as_pg=(runuser -u postgres --); chown postgres "$dir"; else as_pg=(); fi
# A password, as real servers have: tests check it is masked and never printed.
echo "modelship-ci" >"$dir/pw"
chmod 644 "$dir/pw"
"${as_pg[@]}" "$bin/initdb" -D "$dir/data" --auth=scram-sha-256 --pwfile="$dir/pw" -U postgres >/dev/null
"${as_pg[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -o "-c listen_addresses=127.0.0.1 -p $port -k $dir" -w start >/dev/null
trap '"${as_pg[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null; rm -rf "$dir"' EXIT
export DATABASE_URL="postgres://postgres:modelship-ci@127.0.0.1:$port/postgres"
"$@"
