#!/usr/bin/env bash
# Starts/stops a private, throw-away PostgreSQL 15 for the test suite (never for data).
#   scripts/pg-test-server.sh start DIR   # prints postgresql://dangbo@127.0.0.1:PORT/postgres
#   scripts/pg-test-server.sh stop DIR    # stops the server and removes DIR
# The URL is also written to DIR/url. Runs the server as the `postgres` OS user when
# invoked as root (PostgreSQL refuses to run as root).
set -euo pipefail

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
FIRST_PORT=${PG_TEST_FIRST_PORT:-55432}

die() {
  echo "pg-test-server: $*" >&2
  exit 1
}

usage() {
  echo "usage: $0 start DIR | stop DIR" >&2
  exit 2
}

# Runs a command as the server's OS user.
as_pg() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

port_in_use() {
  if command -v ss >/dev/null 2>&1; then
    ss -Hltn "sport = :$1" 2>/dev/null | grep -q .
  else
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
  fi
}

free_port() {
  local port
  for ((port = FIRST_PORT; port < FIRST_PORT + 200; port++)); do
    if ! port_in_use "$port"; then
      echo "$port"
      return 0
    fi
  done
  return 1
}

start() {
  local dir=$1
  [[ -x $PG_BIN/initdb && -x $PG_BIN/pg_ctl ]] || die "PostgreSQL 15 binaries not found in $PG_BIN"
  if [[ -e $dir/data/postmaster.pid ]]; then
    die "$dir already holds a running server (stop it first: $0 stop $dir)"
  fi
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  if [[ $(id -u) -eq 0 ]]; then
    if ! id postgres >/dev/null 2>&1; then
      useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres ||
        die "cannot create the postgres OS user"
    fi
    chown postgres: "$dir"
    # The server user must be able to reach DIR through every parent directory.
    as_pg test -w "$dir" || die "the postgres user cannot write to $dir (check parent permissions)"
  fi

  local port
  port=$(free_port) || die "no free TCP port from $FIRST_PORT upward"

  as_pg "$PG_BIN/initdb" -D "$dir/data" -A trust -U dangbo --encoding=UTF8 --locale=C.UTF-8 \
    >"$dir/initdb.log" 2>&1 || die "initdb failed; see $dir/initdb.log"
  cat >>"$dir/data/postgresql.conf" <<EOF

# pg-test-server.sh: private test instance, durability off for speed.
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
EOF

  if ! as_pg "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null; then
    tail -n 20 "$dir/server.log" >&2 || true
    die "the server did not start; see $dir/server.log"
  fi
  local tries
  for ((tries = 0; tries < 60; tries++)); do
    if "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$port"; then
      local url="postgresql://dangbo@127.0.0.1:$port/postgres"
      echo "$url" >"$dir/url"
      echo "$url"
      return 0
    fi
    sleep 0.5
  done
  die "the server on port $port is not accepting connections; see $dir/server.log"
}

stop() {
  local dir=$1
  [[ -e $dir ]] || return 0
  # Only ever delete a directory this script set up.
  if [[ ! -e $dir/data && ! -e $dir/url && ! -e $dir/initdb.log ]] && [[ -n $(ls -A "$dir") ]]; then
    die "$dir does not look like a test server directory; not removing it"
  fi
  if [[ -e $dir/data/postmaster.pid ]]; then
    as_pg "$PG_BIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null ||
      die "pg_ctl stop failed for $dir/data"
  fi
  rm -rf -- "$dir"
}

[[ $# -eq 2 && -n $2 ]] || usage
case $1 in
  start) start "$2" ;;
  stop) stop "$2" ;;
  *) usage ;;
esac
