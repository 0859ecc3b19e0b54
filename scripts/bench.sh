#!/usr/bin/env bash
# `make bench`: the national-scale measurements of docs/PERFORMANCE.md, on SQLite.
#
#  1. builds dangbo and the benchmark programs (bench/);
#  2. generates the national data set (5.6 million members, ~300,000 organizations) into
#     $BENCH_DIR, or reuses the one there if it was made with the same seed, counts and
#     schema/generator fingerprint (a fresh one takes minutes and several GB);
#  3. measures: stocks (StocksAt) for the country, each province and a sample of districts;
#     the reports (each preset and domain, `dangbo-bench reports`);
#     the import (CommitImport of a generated CSV, and MemberWriter alone); name searches
#     through the HTTP API (sequential latency per query class, then wrk for throughput);
#     the request pipeline (wrk on /healthz and a member's file beside a bare Beast server);
#     the ceiling (SQLite's C API alone writing member-shaped rows); Google Benchmark
#     micro-benchmarks of the write path;
#  4. prints a table, and keeps every raw JSON result in $BENCH_DIR/results-<time>/.
#
# Environment: BUILD (build dir, default build), BENCH_DIR (default /tmp/dangbo-bench),
# SEED (1), MEMBERS (5600000), ORGS (300000), JOBS (2: the machine is shared),
# PORT (18099), SKIP (space-separated steps to skip: stocks reports import search lists http floor micro),
# REGENERATE=1 to make the data set again even if one is there.
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD=${BUILD:-build}
BENCH_DIR=${BENCH_DIR:-/tmp/dangbo-bench}
SEED=${SEED:-1}
MEMBERS=${MEMBERS:-5600000}
ORGS=${ORGS:-300000}
JOBS=${JOBS:-2}
PORT=${PORT:-18099}
SKIP=${SKIP:-}

skip() { [[ " $SKIP " == *" $1 "* ]]; }
say() { echo "== $*" >&2; }

# 1. Build.
if [[ ! -f $BUILD/build.ninja ]]; then
  cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
say "build ($BUILD, -j$JOBS)"
ninja -C "$BUILD" -j "$JOBS" dangbo dangbo-bench dangbo-refserver >&2
if ninja -C "$BUILD" -t targets all 2>/dev/null | grep -q '^dangbo-microbench:'; then
  ninja -C "$BUILD" -j "$JOBS" dangbo-microbench >&2
fi
DANGBO=$BUILD/dangbo
BENCH=$BUILD/bench/dangbo-bench

# 2. The data set.
mkdir -p "$BENCH_DIR"
fp=$("$BENCH" fingerprint)
name="national-s$SEED-m$MEMBERS-o$ORGS-$fp"
db=$BENCH_DIR/$name.db
if [[ ${REGENERATE:-0} == 1 || ! -f $db.done ]]; then
  # Only one data set is kept: they are several GB each.
  rm -f "$BENCH_DIR"/national-*.db "$BENCH_DIR"/national-*.db-wal "$BENCH_DIR"/national-*.db-shm \
    "$BENCH_DIR"/national-*.db.done "$BENCH_DIR"/national-*.generate.json \
    "$BENCH_DIR"/national-*.password
  say "generating $name (minutes; progress below)"
  "$BENCH" generate --db "$db" --seed "$SEED" --members "$MEMBERS" --orgs "$ORGS" \
    >"$BENCH_DIR/$name.generate.json"
  # An administrator for the HTTP measurements (the tree's root exists: init keeps it).
  password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=' | head -c 20)
  (umask 077 && echo "$password" >"$BENCH_DIR/$name.password")
  echo "$password" | "$DANGBO" init --db "$db" --admin bench --password-stdin >/dev/null
  touch "$db.done"
  generated=fresh
else
  say "reusing $db (made $(date -r "$db.done" '+%Y-%m-%d %H:%M'))"
  generated=reused
fi

out=$BENCH_DIR/results-$(date +%Y%m%d-%H%M%S)
mkdir -p "$out"
cp "$BENCH_DIR/$name.generate.json" "$out/generate.json"
{
  echo "{\"what\":\"machine\",\"nproc\":$(nproc),\"cpu\":\"$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')\","
  echo "\"mem_gb\":$(awk '/MemTotal/ {printf "%.1f", $2/1048576}' /proc/meminfo),"
  echo "\"loadavg\":\"$(cut -d' ' -f1-3 /proc/loadavg)\",\"db_bytes\":$(stat -c %s "$db"),"
  echo "\"dataset\":\"$name\",\"generated\":\"$generated\"}"
} | tr -d '\n' >"$out/machine.json"
echo >>"$out/machine.json"

# The request pipeline against its ceiling, in the same run: bench/ref_server.cc answering
# 200 bytes, then dangbo (already serving on $PORT) answering /healthz and GET
# /api/members/{id}. wrk: 2 threads, 64 connections, 10 s each; raw output kept.
http_bench() {
  local db=$1 out=$2 ref member cookie
  "$BUILD/bench/dangbo-refserver" --listen "127.0.0.1:$((PORT + 1))" &
  ref=$!
  sleep 0.5
  wrk -t2 -c64 -d10s --latency "http://127.0.0.1:$((PORT + 1))/" >"$out/http-ref.txt" 2>&1 || true
  kill $ref 2>/dev/null || true
  wait $ref 2>/dev/null || true
  wrk -t2 -c64 -d10s --latency "http://127.0.0.1:$PORT/healthz" >"$out/http-healthz.txt" 2>&1 || true
  member=$(sqlite3 "file:$db?mode=ro" "SELECT id FROM member WHERE status = 'official' ORDER BY id LIMIT 1 OFFSET 1000")
  cookie=$(curl -fsS -c - -H 'content-type: application/json' \
    -d "{\"username\":\"bench\",\"password\":\"$(cat "$BENCH_DIR/$name.password")\"}" \
    "http://127.0.0.1:$PORT/api/auth/login" | awk '$6 == "dangbo_session" {print $7}')
  wrk -t2 -c64 -d10s --latency -H "Cookie: dangbo_session=$cookie" \
    "http://127.0.0.1:$PORT/api/members/$member" >"$out/http-member.txt" 2>&1 || true
}

# The list pages of the country, its first province and that province's first district
# committee, for the latest year with meetings and with ratings.
list_pages() {
  local db=$1 out=$2 province district year rating_year dues_year
  province=$(sqlite3 "file:$db?mode=ro" "SELECT id FROM org WHERE parent_id = 1 ORDER BY id LIMIT 1")
  district=$(sqlite3 "file:$db?mode=ro" "SELECT id FROM org WHERE parent_id = $province AND kind = 'superior_committee' ORDER BY id LIMIT 1")
  year=$(sqlite3 "file:$db?mode=ro" "SELECT COALESCE(MAX(substr(held_on, 1, 4)), strftime('%Y')) FROM meeting")
  rating_year=$(sqlite3 "file:$db?mode=ro" "SELECT COALESCE(MAX(year), $year) FROM rating")
  dues_year=$(sqlite3 "file:$db?mode=ro" "SELECT COALESCE(MAX(substr(month, 1, 4)), $year) FROM dues_payment")
  node bench/list_pages.mjs --url "http://127.0.0.1:$PORT" --user bench \
    --password-file "$BENCH_DIR/$name.password" --orgs "country=1,province=$province,district=$district" \
    --year "$year" --rating-year "$rating_year" --round "$year-09-02" --dues-year "$dues_year" \
    >"$out/lists.json"
}

# 3. Measurements.
if ! skip stocks; then
  say "stocks"
  "$BENCH" stocks --db "$db" --repeat 3 >"$out/stocks.json"
fi
if ! skip reports; then
  say "reports (each preset and each domain's figures: the country, provinces, districts)"
  "$BENCH" reports --db "$db" --repeat 3 --sample 3 >"$out/reports.json"
fi
if ! skip import; then
  say "import (100,000 rows into the national data set; removed afterwards)"
  "$BENCH" import --db "$db" --rows 100000 >"$out/import.json"
fi
if ! skip search; then
  say "search through HTTP"
  "$BENCH" queries --db "$db" --count 200 >"$out/queries.tsv"
  "$DANGBO" serve --db "$db" --listen "127.0.0.1:$PORT" --workers 4 >"$out/serve.log" 2>&1 &
  server=$!
  trap 'kill $server 2>/dev/null || true' EXIT
  # Measure once the in-memory search index has loaded (until then searches use SQL).
  for _ in $(seq 1 900); do
    curl -fsS "http://127.0.0.1:$PORT/healthz" 2>/dev/null | grep -q '"search_index":"ready"' && break
    sleep 0.2
  done
  grep 'chỉ mục' "$out/serve.log" || true
  node bench/search_latency.mjs --url "http://127.0.0.1:$PORT" --user bench \
    --password-file "$BENCH_DIR/$name.password" --queries "$out/queries.tsv" --rounds 2 \
    >"$out/search.json"
  if command -v wrk >/dev/null; then
    cookie=$(curl -fsS -c - -H 'content-type: application/json' \
      -d "{\"username\":\"bench\",\"password\":\"$(cat "$BENCH_DIR/$name.password")\"}" \
      "http://127.0.0.1:$PORT/api/auth/login" | awk '$6 == "dangbo_session" {print $7}')
    grep '^full_district' "$out/queries.tsv" | cut -f2 >"$out/wrk-paths.txt" || true
    if [[ -s $out/wrk-paths.txt ]]; then
      PATHS_FILE=$out/wrk-paths.txt wrk -t2 -c8 -d15s --latency -s bench/search.lua \
        -H "Cookie: dangbo_session=$cookie" "http://127.0.0.1:$PORT" >"$out/wrk.txt" 2>&1 || true
    fi
  fi
  if ! skip lists; then
    say "list pages (country, a province, a district: members, meetings, ratings, badges, worklist)"
    list_pages "$db" "$out"
  fi
  if ! skip http && command -v wrk >/dev/null; then
    say "http (wrk -c64: the reference server, then /healthz and a member's file)"
    http_bench "$db" "$out"
  fi
  kill $server 2>/dev/null || true
  wait $server 2>/dev/null || true
  trap - EXIT
fi
if ! skip floor; then
  say "floor (SQLite's C API alone, 1,000,000 member-shaped files)"
  "$BENCH" floor --db "$BENCH_DIR/floor.db" --members 1000000 >"$out/floor.json"
fi
if ! skip micro && [[ -x $BUILD/bench/dangbo-microbench ]]; then
  say "micro-benchmarks"
  "$BUILD/bench/dangbo-microbench" --benchmark_format=json >"$out/micro.json" 2>/dev/null || true
fi

# 4. The table.
node bench/report.mjs "$out"
say "raw results: $out"
