#!/usr/bin/env bash
# The PostgreSQL server of danhoi-bench's figure 7, kept between runs like the generated files:
#   bench-server.sh start DIR                      a cluster in DIR (made once: initdb, the settings of
#                                                  docs/performance-history.md, an owner role); prints STARTED when
#                                                  this call started it, RUNNING when it was up already
#   bench-server.sh database DIR NAME FILE CLI     the database NAME filled from the SQLite FILE the documented way
#                                                  (db provision, db copy, VACUUM ANALYZE), unless it holds questions;
#                                                  the desk logins' passwords set to DANHOI_STAFF_PASSWORD
#   bench-server.sh stop DIR
# Unix socket in DIR/sock only, the superuser postgres by trust, every other login by SCRAM; the owner's password in
# DIR/owner-password. As root the server runs as the postgres system user, so DIR must not be under /root.
set -euo pipefail

action=${1:-}
dir=${2:-}
[ -n "$action" ] && [ -n "$dir" ] || { echo "usage: $0 start|database|stop DIR ..." >&2; exit 2; }

bin=${DANHOI_PG_BIN:-}
if [ -z "$bin" ]; then
    for candidate in /usr/lib/postgresql/*/bin; do
        [ -x "$candidate/initdb" ] && bin=$candidate
    done
fi
[ -n "$bin" ] || { echo "bench-server: PostgreSQL's server programs are not installed (Debian package postgresql)." >&2; exit 1; }

as_server() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
superuser() {
    psql -X -q -v ON_ERROR_STOP=1 -h "$dir/sock" -U postgres -At "$@"
}

case "$action" in
start)
    case "$(realpath -m "$dir")" in /root|/root/*)
        echo "bench-server: $dir is under /root, where the postgres system user cannot go; choose another --data." >&2
        exit 1 ;;
    esac
    if [ ! -f "$dir/data/PG_VERSION" ]; then
        mkdir -p "$dir/data" "$dir/sock"
        [ "$(id -u)" -eq 0 ] && chown postgres: "$dir" "$dir/data" "$dir/sock"
        echo "bench-server: a new cluster in $dir" >&2
        as_server "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
            || { cat "$dir/initdb.log" >&2; exit 1; }
        as_server tee -a "$dir/data/postgresql.conf" >/dev/null <<CONF
listen_addresses = ''
unix_socket_directories = '$dir/sock'
port = 5432
shared_buffers = 2GB
effective_cache_size = 12GB
work_mem = 32MB
maintenance_work_mem = 512MB
max_wal_size = 8GB
checkpoint_timeout = 15min
random_page_cost = 1.1
effective_io_concurrency = 200
jit = off
max_parallel_workers_per_gather = 1
CONF
        printf 'local all postgres trust\nlocal all all scram-sha-256\n' | as_server tee "$dir/data/pg_hba.conf" >/dev/null
    fi
    if as_server "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
        echo RUNNING
    else
        as_server "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 120 start >/dev/null \
            || { tail -20 "$dir/server.log" >&2; exit 1; }
        echo STARTED
    fi
    if [ ! -s "$dir/owner-password" ]; then
        (umask 077; head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$dir/owner-password")
    fi
    password=$(cat "$dir/owner-password")
    if [ -z "$(superuser -c "SELECT 1 FROM pg_roles WHERE rolname = 'danhoi_owner'")" ]; then
        superuser -c "CREATE ROLE danhoi_owner LOGIN CREATEROLE PASSWORD '$password'"
    fi
    ;;
database)
    name=${3:?database name} file=${4:?SQLite file} cli=${5:?danhoi-cli}
    url="postgresql://danhoi_owner@/$name?host=$dir/sock&port=5432"
    export PGPASSWORD
    PGPASSWORD=$(cat "$dir/owner-password")
    if [ -n "$(superuser -c "SELECT 1 FROM pg_database WHERE datname = '$name'")" ]; then
        held=$(psql -X -h "$dir/sock" -U danhoi_owner -d "$name" -Atc "SELECT count(*) FROM questions" 2>/dev/null || echo 0)
        [ "${held:-0}" -gt 0 ] && exit 0
        # A copy that did not finish leaves a provisioned, empty database: start again from nothing.
        superuser -c "DROP DATABASE \"$name\""
        for role in $(superuser -c "SELECT rolname FROM pg_roles WHERE rolname LIKE 'dh\\_${name}\\_%'"); do
            superuser -c "DROP ROLE \"$role\""
        done
    fi
    echo "bench-server: copying $file into $name (once; reused while it holds questions)" >&2
    superuser -c "CREATE DATABASE \"$name\" OWNER danhoi_owner ENCODING 'UTF8' TEMPLATE template0"
    "$cli" --db "$url" db provision >&2
    start=$(date +%s)
    "$cli" db copy --from "$file" --to "$url" >/dev/null
    echo "bench-server: db copy took $(( $(date +%s) - start )) s" >&2
    superuser -d "$name" -c "VACUUM (ANALYZE)"
    # db copy gives each desk login a one-time password; the bench signs in with the generated staff password.
    for role in $(superuser -c "SELECT rolname FROM pg_roles WHERE rolname LIKE 'dh\\_${name}\\_%' AND rolcanlogin"); do
        superuser -c "ALTER ROLE \"$role\" PASSWORD '${DANHOI_STAFF_PASSWORD:?}'"
    done
    ;;
stop)
    as_server "$bin/pg_ctl" -D "$dir/data" -w stop >/dev/null 2>&1 || true
    ;;
*)
    echo "usage: $0 start|database|stop DIR ..." >&2
    exit 2
    ;;
esac
