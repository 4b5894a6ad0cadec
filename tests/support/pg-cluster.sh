#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the *_pg tests: pg-cluster.sh start|stop STATE_FILE
#
# start: initdb in a fresh world-traversable temporary folder (never under /root), Unix socket in that folder, no TCP
#        port, durability off (the data dies with the run); as root the server runs as the postgres system user
#        (PostgreSQL refuses root). The superuser postgres logs in by trust, every other role by SCRAM.
#        Writes STATE_FILE: the folder and the superuser's location for the tests.
# stop:  stops the server and removes the folder and STATE_FILE. Safe to call twice or without a cluster.
set -euo pipefail

action=${1:-}
state=${2:-}
if [ -z "$action" ] || [ -z "$state" ]; then
    echo "usage: $0 start|stop STATE_FILE" >&2
    exit 2
fi

bin=${DANHOI_PG_BIN:-}
if [ -z "$bin" ]; then
    for candidate in /usr/lib/postgresql/*/bin; do
        [ -x "$candidate/initdb" ] && bin=$candidate
    done
fi

as_server() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

stop_cluster() {
    [ -f "$state" ] || return 0
    local dir
    dir=$(sed -n 's/^DIR=//p' "$state")
    if [ -n "$dir" ] && [ -d "$dir/data" ] && [ -n "$bin" ]; then
        as_server "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    case "$dir" in
    /tmp/danhoi-pg.*) rm -rf -- "$dir" ;;
    esac
    rm -f -- "$state"
}

case "$action" in
start)
    stop_cluster # a cluster left behind by an interrupted run
    if [ -z "$bin" ]; then
        echo "pg-cluster: PostgreSQL's server programs are not installed (Debian package postgresql)." >&2
        exit 1
    fi
    if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
        echo "pg-cluster: running as root needs the postgres system user (Debian package postgresql)." >&2
        exit 1
    fi
    dir=$(mktemp -d /tmp/danhoi-pg.XXXXXXXX)
    chmod 755 "$dir"
    mkdir "$dir/data"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir" "$dir/data"
    # Written before the server starts, so that stop can clean up whatever happens next.
    printf 'DIR=%s\nURL=postgresql://postgres@/postgres?host=%s\n' "$dir" "$dir" >"$state"
    if ! as_server "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync \
        >"$dir/initdb.log" 2>&1; then
        cat "$dir/initdb.log" >&2
        stop_cluster
        exit 1
    fi
    # The superuser by trust (the tests' own connection), every other login by SCRAM, as a real server would.
    printf 'local all postgres trust\nlocal all all scram-sha-256\n' >"$dir/pg_hba.conf"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir/pg_hba.conf"
    as_server cp "$dir/pg_hba.conf" "$dir/data/pg_hba.conf"
    # The socket is only for its owner (root passes anyway); trust is safe behind it.
    options="-c listen_addresses='' -c unix_socket_directories='$dir' -c unix_socket_permissions=0700"
    options+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
    if ! as_server "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -o "$options" -w -t 60 start >/dev/null; then
        cat "$dir/server.log" >&2 || true
        stop_cluster
        exit 1
    fi
    echo "pg-cluster: PostgreSQL running, socket in $dir"
    ;;
stop)
    stop_cluster
    echo "pg-cluster: stopped"
    ;;
*)
    echo "usage: $0 start|stop STATE_FILE" >&2
    exit 2
    ;;
esac
