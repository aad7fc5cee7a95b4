#!/usr/bin/env bash
# The flag matrix of docs/performance.md: the app's download (dealsheet.wasm + dealsheet.js, raw and gzip -9)
# and the core's speed in WebAssembly (bench_core under node) for one variant of the browser build's flags at a
# time, all in one build tree (build/perf-flags), reconfigured with -D overrides of cmake/WebFlags.cmake's
# cache variables, so each step recompiles only what the flag touches. About 10-15 minutes on 2 cores.
# Usage: bench/flags.sh [output.tsv]   (scripts/perf.sh --flags runs it; default build/perf/flags.tsv)
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
build=${DEALSHEET_FLAGS_BUILD:-build/perf-flags}
out=${1:-build/perf/flags.tsv}
jobs=${DEALSHEET_JOBS:-2}
mkdir -p "$(dirname "$out")"

link="-sALLOW_MEMORY_GROWTH=1;-sFILESYSTEM=0;-sMALLOC=emmalloc"
gz() { gzip -9c "$1" | wc -c; }
us() {  # median µs of one bench_core case from JSON lines on stdin
  node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{for(const l of s.trim().split("\n")){const r=JSON.parse(l);
    if(r.case===process.argv[1])console.log(r.median_ns?(r.median_ns/1e3).toFixed(2):"n/a")}})' "$1"
}

printf 'variant\twasm_raw\twasm_gzip\tjs_raw\tjs_gzip\ttotal_gzip\tcompute_full_us\tlink_decode_us\n' >"$out"
variant() {  # variant <name> <cmake -D...>...
  local name=$1; shift
  echo "=== $name" >&2
  if ! cmake -S . -B "$build" -G Ninja -DCMAKE_TOOLCHAIN_FILE="$PWD/cmake/EmscriptenToolchain.cmake" \
         -DCMAKE_BUILD_TYPE=Release "$@" >"$build.log" 2>&1 ||
     ! cmake --build "$build" --target dealsheet_app bench_core --parallel "$jobs" >>"$build.log" 2>&1; then
    printf '%s\tbuild failed (%s)\t\t\t\t\t\t\n' "$name" "$(grep -m1 -i 'error' "$build.log" | cut -c1-120)" >>"$out"
    return 0
  fi
  local site="$build/site" bench
  bench=$(node "$build/bench/bench_core.js" --json --filter compute.full; node "$build/bench/bench_core.js" --json --filter link.decode)
  local wr wg jr jg
  wr=$(stat -c%s "$site/dealsheet.wasm"); wg=$(gz "$site/dealsheet.wasm")
  jr=$(stat -c%s "$site/dealsheet.js"); jg=$(gz "$site/dealsheet.js")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$wr" "$wg" "$jr" "$jg" $((wg + jg)) \
    "$(us compute.full <<<"$bench")" "$(us link.decode <<<"$bench")" >>"$out"
}

# Each line sets every variable, so the order only decides what is recompiled between steps.
variant "before #9: core at the tree's -O3, rest -Oz, FILESYSTEM=0, emmalloc" \
  -DDEALSHEET_WEB_OPT=-Oz -DDEALSHEET_WEB_CORE_FLAGS= "-DDEALSHEET_WEB_LINK_FLAGS=$link" -DDEALSHEET_WEB_CLOSURE=OFF
variant "core at -O3 -fno-exceptions (emmalloc)" \
  -DDEALSHEET_WEB_OPT=-Oz "-DDEALSHEET_WEB_CORE_FLAGS=-O3;-fno-exceptions" "-DDEALSHEET_WEB_LINK_FLAGS=$link" -DDEALSHEET_WEB_CLOSURE=OFF
variant "core at -Oz (emmalloc)" \
  -DDEALSHEET_WEB_OPT=-Oz -DDEALSHEET_WEB_CORE_FLAGS=-Oz "-DDEALSHEET_WEB_LINK_FLAGS=$link" -DDEALSHEET_WEB_CLOSURE=OFF
variant "core at -Oz -fno-exceptions (emmalloc)" \
  -DDEALSHEET_WEB_OPT=-Oz "-DDEALSHEET_WEB_CORE_FLAGS=-Oz;-fno-exceptions" "-DDEALSHEET_WEB_LINK_FLAGS=$link" -DDEALSHEET_WEB_CLOSURE=OFF
variant "the above + --closure 1 (emmalloc)" \
  -DDEALSHEET_WEB_OPT=-Oz "-DDEALSHEET_WEB_CORE_FLAGS=-Oz;-fno-exceptions" "-DDEALSHEET_WEB_LINK_FLAGS=$link" -DDEALSHEET_WEB_CLOSURE=ON
variant "the above without -sFILESYSTEM=0 (emmalloc)" \
  -DDEALSHEET_WEB_OPT=-Oz "-DDEALSHEET_WEB_CORE_FLAGS=-Oz;-fno-exceptions" \
  "-DDEALSHEET_WEB_LINK_FLAGS=-sALLOW_MEMORY_GROWTH=1;-sMALLOC=emmalloc" -DDEALSHEET_WEB_CLOSURE=ON
variant "CHOSEN: core -Oz -fno-exceptions, --closure 1, FILESYSTEM=0, dlmalloc" \
  -DDEALSHEET_WEB_OPT=-Oz "-DDEALSHEET_WEB_CORE_FLAGS=-Oz;-fno-exceptions" \
  "-DDEALSHEET_WEB_LINK_FLAGS=-sALLOW_MEMORY_GROWTH=1;-sFILESYSTEM=0" -DDEALSHEET_WEB_CLOSURE=ON
variant "core with exceptions caught (-fexceptions; emmalloc)" \
  -DDEALSHEET_WEB_OPT=-Oz "-DDEALSHEET_WEB_CORE_FLAGS=-Oz;-fexceptions" "-DDEALSHEET_WEB_LINK_FLAGS=$link;-fexceptions" \
  -DDEALSHEET_WEB_CLOSURE=ON
variant "everything with -flto (emmalloc)" \
  "-DDEALSHEET_WEB_OPT=-Oz;-flto" "-DDEALSHEET_WEB_CORE_FLAGS=-Oz;-flto;-fno-exceptions" "-DDEALSHEET_WEB_LINK_FLAGS=$link" \
  -DDEALSHEET_WEB_CLOSURE=ON
variant "everything at -O3 (emmalloc)" \
  -DDEALSHEET_WEB_OPT=-O3 "-DDEALSHEET_WEB_CORE_FLAGS=-O3;-fno-exceptions" "-DDEALSHEET_WEB_LINK_FLAGS=$link" -DDEALSHEET_WEB_CLOSURE=ON
column -t -s $'\t' "$out" >&2
