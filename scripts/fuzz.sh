#!/usr/bin/env bash
# Runs every libFuzzer target of fuzz/ (built by `make fuzz-build` into $FUZZ_BUILD) for
# FUZZ_RUNS inputs each, starting from its seed corpus in fuzz/corpus/<target>/. New inputs
# go to $FUZZ_BUILD/fuzz-corpus/<target>/ (copy the interesting ones into the repo), crash
# reproducers to $FUZZ_BUILD/fuzz-artifacts/. Stops at the first target that finds a crash.
# Usage: scripts/fuzz.sh [target...]   (default: all)
set -euo pipefail
cd "$(dirname "$0")/.."
FUZZ_BUILD=${FUZZ_BUILD:-build-fuzz}
FUZZ_RUNS=${FUZZ_RUNS:-1000000}
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then targets=(dates tableio search api); fi

for t in "${targets[@]}"; do
  bin="$FUZZ_BUILD/fuzz/fuzz_$t"
  mkdir -p "$FUZZ_BUILD/fuzz-corpus/$t" "$FUZZ_BUILD/fuzz-artifacts"
  echo "== fuzz_$t: $FUZZ_RUNS inputs"
  start=$(date +%s)
  "$bin" -runs="$FUZZ_RUNS" -timeout=30 -rss_limit_mb=4096 -print_final_stats=1 \
    -artifact_prefix="$FUZZ_BUILD/fuzz-artifacts/$t-" \
    "$FUZZ_BUILD/fuzz-corpus/$t" "fuzz/corpus/$t" 2>&1 | tail -n 25
  echo "== fuzz_$t: done in $(( $(date +%s) - start )) s"
done
