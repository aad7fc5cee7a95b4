#!/usr/bin/env bash
# Builds and runs every test: the core and CLI natively; the core tests again under ASan + UBSan with bounded
# libFuzzer runs of every decoder; the same core tests as WebAssembly under node, the JS API, and the
# browser tests against the built site in headless Chromium. Build folders (build/native, build/sanitized,
# build/wasm) are reused, so a second run rebuilds only what changed.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}  # Debian emscripten's acorn, whatever node runs
jobs=$(nproc)

for preset in native sanitized wasm; do
  echo "=== $preset: configure, build, test"
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset" --parallel "$jobs"
  ctest --preset "$preset" --parallel "$jobs"
done
