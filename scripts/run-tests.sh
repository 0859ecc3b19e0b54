#!/usr/bin/env bash
# Runs every suite through CTest: unit tests, store and API suites on SQLite and on a
# private PostgreSQL this script starts (and stops), and the browser tests.
# Fails, never skips, when PostgreSQL cannot be started.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}

pgdir=$(mktemp -d /tmp/dangbo-pg.XXXXXX)
cleanup() { scripts/pg-test-server.sh stop "$pgdir" >/dev/null 2>&1 || true; }
trap cleanup EXIT INT TERM

if ! DANGBO_TEST_PG_URL=$(scripts/pg-test-server.sh start "$pgdir"); then
  echo "Không khởi động được PostgreSQL cho kiểm thử / could not start PostgreSQL for the tests" >&2
  exit 1
fi
export DANGBO_TEST_PG_URL
echo "PostgreSQL cho kiểm thử: $DANGBO_TEST_PG_URL"

# CTEST_ARGS: extra ctest arguments, e.g. "-E ^(api_|web_)" (make test-sanitize).
# shellcheck disable=SC2086
ctest --test-dir "$BUILD" --output-on-failure -j "${CTEST_JOBS:-2}" --timeout 900 ${CTEST_ARGS:-}
