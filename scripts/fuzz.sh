#!/usr/bin/env bash
# Longer fuzzing on demand: scripts/fuzz.sh [seconds per target, default 600] [target ...]
# Builds the sanitized tree and runs each libFuzzer target; new inputs collect in build/sanitized/fuzz-corpus,
# crashes are written to the current folder as crash-<hash> (add them to tests/fuzz/corpus once fixed).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --app-only
seconds=${1:-600}
shift || true
targets=("$@")
((${#targets[@]})) || targets=(link scenario_json inflate statement)
cmake --preset sanitized >/dev/null
cmake --build --preset sanitized
for target in "${targets[@]}"; do
  echo "=== fuzz_$target for ${seconds}s"
  build/sanitized/tests/fuzz/fuzz_"$target" -max_total_time="$seconds" -timeout=10 -print_final_stats=1 \
    build/sanitized/fuzz-corpus/"$target" tests/fuzz/corpus/"$target"
done
