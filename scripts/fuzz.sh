#!/usr/bin/env bash
# Fuzzing on demand: every libFuzzer target (tests/fuzz/fuzz_<name>.cpp) run to a number of executions, in parallel.
#
#   scripts/fuzz.sh [executions per target, default 10000000] [name ...]     e.g. scripts/fuzz.sh 1000000 inflate
#
# Builds the sanitized tree (ASan + UBSan), then for each target starts one worker per core (FUZZ_WORKERS to
# override), each with its own seed and an equal share of the executions, all sharing the build folder's corpus
# (build/sanitized/fuzz-corpus/<name>) and reading the repository's seeds (tests/fuzz/corpus/<name>). Afterwards
# a merge step adds to tests/fuzz/corpus/<name> the inputs that reach code the seeds do not (commit them).
# Prints executions, speed and findings per target; crashes, leaks, timeouts and out-of-memory inputs are kept
# in build/sanitized/fuzz-findings/<name> (once fixed, add each to the seeds). Exits 1 when anything was found.
# FUZZ_MAX_SECONDS caps each target's time (its workers stop early; the report says how many executions ran).
set -euo pipefail
cd "$(dirname "$0")/.."
executions=${1:-10000000}
shift || true
names=("$@")
if ((${#names[@]} == 0)); then
  for source in tests/fuzz/fuzz_*.cpp; do
    name=${source#tests/fuzz/fuzz_}
    names+=("${name%.cpp}")
  done
fi
workers=${FUZZ_WORKERS:-$(nproc)}
per_worker=$(((executions + workers - 1) / workers))

[[ ${FUZZ_SKIP_SETUP:-0} == 1 ]] || scripts/setup.sh --app-only
cmake --preset sanitized >/dev/null
cmake --build --preset sanitized --target "${names[@]/#/fuzz_}"

report=()
found_any=0
for name in "${names[@]}"; do
  binary=build/sanitized/tests/fuzz/fuzz_$name
  corpus=build/sanitized/fuzz-corpus/$name
  seeds=tests/fuzz/corpus/$name
  findings=build/sanitized/fuzz-findings/$name
  logs=build/sanitized/fuzz-logs/$name
  mkdir -p "$corpus" "$seeds" "$findings" "$logs"
  echo "=== fuzz_$name: $executions executions, $workers workers × $per_worker"
  start=$(date +%s)
  stamp=$logs/started
  touch "$stamp"
  pids=()
  for ((w = 0; w < workers; w++)); do
    "$binary" -runs="$per_worker" ${FUZZ_MAX_SECONDS:+-max_total_time=$FUZZ_MAX_SECONDS} -seed=$((w + 1)) \
      -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
      -artifact_prefix="$findings/" "$corpus" "$seeds" >"$logs/worker$w.log" 2>&1 &
    pids+=($!)
  done
  for pid in "${pids[@]}"; do wait "$pid" || true; done
  seconds=$(($(date +%s) - start))
  # A worker that stops on a finding prints no final stats: its last progress line ("#N ...") counts instead.
  done_runs=0
  for log in "$logs"/worker*.log; do
    runs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | grep -o '[0-9]*$' || true)
    [[ -n $runs ]] || runs=$(grep -o '^#[0-9]*' "$log" | tail -1 | tr -d '#' || true)
    done_runs=$((done_runs + ${runs:-0}))
  done
  crashes=$(find "$findings" -type f -newer "$stamp" | wc -l)
  ((crashes == 0)) || found_any=1
  # Merge: the seeds gain the inputs that reach code they do not (-use_counters=0: new edges, not new hit
  # counts, which would add a thousand files per target).
  before=$(find "$seeds" -type f | wc -l)
  "$binary" -merge=1 -use_counters=0 -timeout=10 -rss_limit_mb=2048 "$seeds" "$corpus" >"$logs/merge.log" 2>&1 || true
  added=$(($(find "$seeds" -type f | wc -l) - before))
  line=$(printf '%-16s %12d executions in %6ds (%8d/s)  findings: %d  seeds added: %d' \
    "fuzz_$name" "$done_runs" "$seconds" $((done_runs / (seconds > 0 ? seconds : 1))) "$crashes" "$added")
  echo "$line"
  report+=("$line")
done
echo "=== summary"
printf '%s\n' "${report[@]}"
((found_any == 0)) || { echo "findings in build/sanitized/fuzz-findings/ (logs in build/sanitized/fuzz-logs/)"; exit 1; }
