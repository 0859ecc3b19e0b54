#!/usr/bin/env bash
# Runs one reliability driver (scripts/reliability/<driver>.mjs: crash, soak, backup) on a
# database file in a fresh temporary directory, removed afterwards, with $BUILD/dangbo.
# Parameters are the drivers' environment variables (docs/RELIABILITY.md).
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
driver=$1
command -v sqlite3 >/dev/null || { echo "cần sqlite3 (scripts/install-deps.sh)" >&2; exit 1; }
dir=$(mktemp -d "/tmp/dangbo-$driver.XXXXXX")
trap 'rm -rf "$dir"' EXIT
DANGBO_BIN="$BUILD/dangbo" node "scripts/reliability/$driver.mjs" "$dir/$driver.db"
