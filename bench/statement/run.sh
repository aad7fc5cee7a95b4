#!/usr/bin/env bash
# The statement benchmark (issue #21): generates DistroKid files of 150,000 rows (~14 MB) and 1,000,000 rows with
# tests/fixtures/statements/make_fixtures.py, then reads and summarizes each natively (bench_statement) and with
# pandas (read_csv + group-by on store, country and month), each in its own process so peak memory is its own;
# then the page's reader: its WebAssembly module under node, and the page itself in Chromium (150k rows).
# Writes build/perf/statements.md. A report, never a timed test.
#   bench/statement/run.sh [runs per file, default 5]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
data=build/bench-statements
out=build/perf
mkdir -p "$data" "$out"
cmake --preset native >/dev/null
nice cmake --build --preset native --target bench_statement --parallel 2 >/dev/null
for rows in 150000 1000000; do
  file="$data/distrokid-$rows.tsv"
  [[ -f "$file" ]] || python3 tests/fixtures/statements/make_fixtures.py --big "$rows" "$file"
done
files=("$data/distrokid-150000.tsv" "$data/distrokid-1000000.tsv")
# pandas is Debian's python3-pandas, read by Debian's own python (a python earlier on PATH may lack it).
pandas_python=${DEALSHEET_PANDAS_PYTHON:-/usr/bin/python3}
if ! "$pandas_python" -c 'import pandas' 2>/dev/null; then
  echo "[bench] installing python3-pandas (the benchmark's reference)"
  if [[ $(id -u) -eq 0 ]]; then apt-get install -y -q --no-install-recommends python3-pandas >/dev/null || true
  else sudo apt-get install -y -q --no-install-recommends python3-pandas >/dev/null || true; fi
fi
results="$out/statements.jsonl"
: >"$results"
for file in "${files[@]}"; do
  build/native/bench/bench_statement --runs "$runs" "$file" >>"$results"
  if "$pandas_python" -c 'import pandas' 2>/dev/null; then
    "$pandas_python" bench/statement/pandas_statement.py --runs "$runs" "$file" >>"$results"
  else
    echo "{\"engine\":\"pandas\",\"file\":\"$file\",\"missing\":\"python3-pandas is not installed\"}" >>"$results"
  fi
done
# The page's reader (issue #21): the statement module under node on both files, and the page itself in Chromium on
# the 150k file, when the WebAssembly tree is built (cmake --build --preset wasm --target site).
site=build/wasm/site
if [[ -f "$site/dealsheet-statement.wasm" ]]; then
  for file in "${files[@]}"; do node bench/statement/wasm_statement.mjs "$site" --runs "$runs" "$file" >>"$results"; done
  if [[ -d tests/browser/node_modules/playwright-core ]]; then
    DEALSHEET_SITE="$site" DEALSHEET_ARTIFACTS="$out" node bench/statement/page_statement.mjs --runs "$runs" "${files[0]}" >>"$results"
  fi
else
  echo "[bench] $site/dealsheet-statement.wasm not built: no wasm or in-page timings"
fi
python3 - "$results" >"$out/statements.md" <<'PY'
import json, os, sys
rows = [json.loads(line) for line in open(sys.argv[1])]
print("# Statement benchmark: Dealsheet native vs pandas\n")
print("Same generated DistroKid files (make_fixtures.py --big, seed 21); fastest of the runs; peak = the process's")
print("peak resident memory; processor time is the fair measure on a shared machine. pandas: read_csv + group-by")
print("on store, country and sale month. Dealsheet: the whole summary (every breakdown, trend, lag) from 1 MiB chunks.\n")
print("| file | size | engine | rows | wall s | processor s | rows per processor s | peak memory | peak / file size |")
print("|---|---|---|---|---|---|---|---|---|")
for r in rows:
    size = os.path.getsize(r["file"])
    if "missing" in r:
        print(f"| {os.path.basename(r['file'])} | {size/1e6:.1f} MB | pandas | — | — | — | — | — | {r['missing']} |")
        continue
    peak = r.get("peak_rss_bytes")
    cpu = r.get("cpu_seconds")
    cpu_text = f"{cpu:.3f}" if cpu else "—"
    rate_text = f"{r['rows_per_second']:,.0f}" if cpu else "—"
    peak_text = f"{peak/1e6:.1f} MB" if peak else "—"
    ratio_text = f"{peak/size:.2f}" if peak else "—"
    print(f"| {os.path.basename(r['file'])} | {size/1e6:.1f} MB | {r['engine']} | {r['rows']:,} | {r['seconds']:.3f} | "
          f"{cpu_text} | {rate_text} | {peak_text} | {ratio_text} |")
by_file = {}
for r in rows:
    if "cpu_seconds" in r:
        engine = "pandas" if r["engine"].startswith("pandas") else "wasm" if "wasm" in r["engine"] else "native"
        by_file.setdefault(r["file"], {})[engine] = r["cpu_seconds"]
for file, t in by_file.items():
    if "pandas" in t and "native" in t:
        print(f"\n{os.path.basename(file)}: native is {t['pandas']/t['native']:.1f}× pandas' speed (processor time).")
    if "wasm" in t and "native" in t:
        print(f"\n{os.path.basename(file)}: wasm under node takes {t['wasm']/t['native']:.2f}× native's processor time.")
for r in rows:
    if r["engine"].startswith("dealsheet in the page"):
        print(f"\n{os.path.basename(r['file'])} in the page: {r['seconds']:.3f} s from the pick to the summary on screen.")
PY
cat "$out/statements.md"
