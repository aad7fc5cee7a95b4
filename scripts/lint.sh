#!/usr/bin/env bash
# The lint step (the GitHub workflow's lint job runs it; CONTRIBUTING.md): every C++ file formatted as
# .clang-format says, and clang-tidy's chosen checks (.clang-tidy) clean on the core, the CLI and the app's state.
#   scripts/lint.sh            check; exits 1 on any difference or finding
#   scripts/lint.sh --fix      rewrite the files clang-format would change (then review and commit them)
# Needs clang-format and clang-tidy (Debian: apt-get install clang-format clang-tidy) and a configured native
# tree for the compile commands (made here in build/lint if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
fix=0
[[ "${1:-}" == "--fix" ]] && fix=1
for tool in clang-format clang-tidy; do
  command -v "$tool" >/dev/null || { echo "[lint] $tool is missing: apt-get install $tool" >&2; exit 1; }
done
mapfile -t sources < <(git ls-files '*.cpp' '*.hpp' '*.h')
echo "=== clang-format ($(clang-format --version | grep -o '[0-9][0-9.]*' | head -1)): ${#sources[@]} files"
if ((fix)); then
  clang-format -i "${sources[@]}"
  exit 0
fi
unformatted=()
for file in "${sources[@]}"; do
  clang-format "$file" | cmp -s - "$file" || unformatted+=("$file")
done
if ((${#unformatted[@]})); then
  printf '[lint] not formatted as .clang-format says (scripts/lint.sh --fix):\n' >&2
  printf '  %s\n' "${unformatted[@]}" >&2
  exit 1
fi
build=build/lint
# Configured every time (quick, and the compile commands follow moved or added files).
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=clang++ >/dev/null
mapfile -t tidy < <(git ls-files 'core/src/*.cpp' 'cli/*.cpp' 'web/app/state.cpp' 'web/app/amount.cpp')
echo "=== clang-tidy: ${#tidy[@]} files (checks: .clang-tidy)"
log=$(mktemp)
printf '%s\n' "${tidy[@]}" | xargs -P "$(nproc)" -n 4 clang-tidy -p "$build" --quiet >"$log" 2>&1 || true
if grep -E '(warning|error):' "$log"; then
  echo "[lint] clang-tidy findings above" >&2
  exit 1
fi
echo "[lint] clean"
