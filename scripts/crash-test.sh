#!/usr/bin/env bash
# Crash test: kill -9 `dangbo serve` CRASH_ROUNDS times (default 100) at random moments
# (up to CRASH_MAX_MS after it starts) under WRITERS (default 4) concurrent API writers on
# one SQLite file; after each kill the file must pass PRAGMA integrity_check, hold every
# acknowledged write, and `dangbo verify` must be clean. Quick run: CRASH_ROUNDS=5.
# Driver: scripts/reliability/crash.mjs. Exit 1 on any failure.
exec "$(dirname "$0")/reliability/run.sh" crash
