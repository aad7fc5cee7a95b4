#!/usr/bin/env bash
# Measures Dealsheet's speed and size and writes build/perf/report.md (docs/performance.md holds a copy and
# explains it): the core's benchmarks natively and as WebAssembly under node, then the built site and a bare
# Dear ImGui page (the floor) in Chromium on loopback. Reports against the budgets; never fails on timing.
#   scripts/perf.sh            about 7 minutes after the first build
#   scripts/perf.sh --flags    also the flag matrix (bench/flags.sh: one variant per build flag, ~15 minutes)
# Build folders: build/perf-native (g++ Release) and build/perf-wasm (Emscripten Release), reused between runs.
set -euo pipefail
cd "$(dirname "$0")/.."
flags=0
[[ "${1:-}" == "--flags" ]] && flags=1
scripts/setup.sh
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}  # Debian emscripten's acorn, whatever node runs
jobs=${DEALSHEET_JOBS:-2}
native=build/perf-native
wasm=build/perf-wasm
out=build/perf
mkdir -p "$out"

echo "=== native: configure, build bench_core"
cmake -S . -B "$native" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$native" --target bench_core --parallel "$jobs"
echo "=== wasm: configure, build the site, the bare page and bench_core"
# -U: the flags are cache variables; a folder configured before cmake/WebFlags.cmake changed keeps old ones.
cmake -S . -B "$wasm" -G Ninja -DCMAKE_TOOLCHAIN_FILE="$PWD/cmake/EmscriptenToolchain.cmake" -DCMAKE_BUILD_TYPE=Release \
  -U 'DEALSHEET_WEB_*' >/dev/null
cmake --build "$wasm" --target site bare_site bench_core --parallel "$jobs"

# Native and wasm take turns, five rounds each, so a burst of other work on the machine cannot land on one
# column only; bench/report.mjs keeps each case's fastest batch over the rounds (and the median of the medians).
rounds=${DEALSHEET_BENCH_ROUNDS:-5}
echo "=== core benchmarks: native and wasm under node, taking turns ($rounds rounds)"
: >"$out/native.jsonl"
: >"$out/wasm.jsonl"
for ((round = 1; round <= rounds; round++)); do
  "$native/bench/bench_core" --json >>"$out/native.jsonl"
  node "$wasm/bench/bench_core.js" --json >>"$out/wasm.jsonl"
done
echo "=== browser: the site and the bare page in Chromium"
node bench/browser/measure.mjs --site "$wasm/site" --bare "$wasm/bench-bare" --out "$out/browser.json"
if [[ $flags -eq 1 ]]; then
  echo "=== flag matrix (bench/flags.sh)"
  bench/flags.sh "$out/flags.tsv"
fi

cat >"$out/meta.json" <<META
{"date": "$(date -u +%Y-%m-%d)", "cpu": "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)", "cores": $(nproc),
 "commit": "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD 2>/dev/null || echo ' + changes')",
 "compiler": "$(c++ --version | head -n1)", "emcc": "emcc $(emcc --version | head -n1 | grep -o '[0-9][0-9.]*' | head -n1)",
 "node": "$(node --version)"}
META
node bench/report.mjs "$out" >"$out/report.md"
cat "$out/report.md"
echo
echo "Report: $out/report.md"
