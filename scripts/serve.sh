#!/usr/bin/env bash
# Builds the web app and serves it on loopback: scripts/serve.sh [port]   (default 8080)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --app-only
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}  # Debian emscripten's acorn, whatever node runs
cmake --preset wasm >/dev/null
cmake --build --preset wasm --target site --parallel "$(nproc)"
exec node tools/serve.mjs build/wasm/site --port "${1:-8080}"
