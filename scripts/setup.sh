#!/usr/bin/env bash
# Installs what Dealsheet needs on a Debian bookworm machine, skipping whatever is already there:
#   Debian packages (toolchains, header-only libraries, zlib as the fuzzed decoder's reference, font, Chromium),
#   Dear ImGui's source from Debian's source package (into .deps/imgui),
#   the browser tests' npm packages, pinned by tests/browser/package-lock.json,
#   Closure Compiler for the web build (npm, pinned by cmake/closure/package-lock.json; optional).
# Usage: scripts/setup.sh [--app-only]   (--app-only: only what building and serving the app needs)
set -euo pipefail
cd "$(dirname "$0")/.."

app_only=0
[[ "${1:-}" == "--app-only" ]] && app_only=1

log() { printf '[setup] %s\n' "$*"; }
as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }

# --- Debian packages ---------------------------------------------------------------------------------------
packages=(cmake ninja-build g++ clang libclang-rt-14-dev emscripten nlohmann-json3-dev catch2 zlib1g-dev fonts-dejavu-core python3-fonttools
          xz-utils ca-certificates)
[[ $app_only -eq 0 ]] && packages+=(chromium)
command -v node >/dev/null 2>&1 || packages+=(nodejs)   # Debian's (18.20) or any newer one on PATH: checked below
command -v npm >/dev/null 2>&1 || [[ $app_only -eq 1 ]] || packages+=(npm)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q '^install ok installed$' || missing+=("$package")
done
apt_updated=0
if ((${#missing[@]})); then
  log "installing Debian packages: ${missing[*]}"
  as_root apt-get update -q
  apt_updated=1
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# --- Dear ImGui's source, from Debian's source package -------------------------------------------------------
imgui_dir=.deps/imgui
if [[ ! -f $imgui_dir/imgui.h ]]; then
  if ! grep -rqs '^Types:.*deb-src\|^deb-src ' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    log "adding a deb-src entry for Debian bookworm (source packages)"
    as_root tee /etc/apt/sources.list.d/dealsheet-deb-src.sources >/dev/null <<'SOURCES'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SOURCES
    apt_updated=0
  fi
  [[ $apt_updated -eq 1 ]] || as_root apt-get update -q
  log "fetching Dear ImGui's Debian source package"
  rm -rf .deps/download && mkdir -p .deps/download
  (cd .deps/download && apt-get source --download-only -q imgui)
  orig=$(ls .deps/download/imgui_*.orig.tar.* | head -n 1)
  rm -rf "$imgui_dir" && mkdir -p "$imgui_dir"
  tar -xf "$orig" -C "$imgui_dir" --strip-components=1
  rm -rf .deps/download
  log "Dear ImGui $(grep -m1 '#define IMGUI_VERSION ' $imgui_dir/imgui.h | cut -d'"' -f2) in $imgui_dir"
fi

# --- versions, checked before anything long starts ---------------------------------------------------------
# Each check names what is missing or too old and how to get it. The minimums: Node.js from what the pinned
# playwright-core declares (tests/browser/package-lock.json); emscripten 3.1.6 (Debian bookworm's, the oldest
# this project's flags and workarounds are written for); CMake 3.25 (the presets' schema); Chromium 120 (the
# oldest the pinned playwright-core's protocol is known to drive here).
fail() { printf '[setup] %s\n' "$@" >&2; exit 1; }
version_at_least() {  # version_at_least HAVE NEED: true when HAVE >= NEED, compared as dotted numbers
  [[ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n 1)" == "$2" ]]
}
command -v node >/dev/null 2>&1 || fail "Node.js is missing: apt-get install nodejs (Debian bookworm's 18.20 is enough)"
node_version=$(node -p 'process.versions.node')
node_need=18
if [[ $app_only -eq 0 ]]; then
  node_need=$(node -p "(require('./tests/browser/package-lock.json').packages['node_modules/playwright-core'].engines||{}).node||''" \
              | grep -o '[0-9][0-9.]*' | head -n 1)
  node_need=${node_need:-18}
fi
version_at_least "$node_version" "$node_need" ||
  fail "Node.js $node_version ($(command -v node)) is too old: this needs Node.js >= $node_need" \
       "(the browser tests' pinned playwright-core declares it). Debian bookworm's own: apt-get install nodejs" \
       "(18.20), and put it first on PATH if another node shadows it."
cmake_version=$(cmake --version | grep -o '[0-9][0-9.]*' | head -n 1)
version_at_least "$cmake_version" 3.25 ||
  fail "CMake $cmake_version is too old: the presets need CMake >= 3.25 (Debian bookworm: apt-get install cmake)"
if [[ -n ${EMSDK:-} && -x $EMSDK/upstream/emscripten/emcc ]]; then emcc=$EMSDK/upstream/emscripten/emcc
else emcc=$(command -v emcc || true); fi
[[ -n $emcc ]] || fail "emscripten is missing: apt-get install emscripten (Debian bookworm: 3.1.6), or activate an emsdk"
emcc_version=$("$emcc" --version 2>/dev/null | head -n 1 | grep -o '[0-9]\+\.[0-9]\+\.[0-9]\+' | head -n 1 || true)
[[ -n $emcc_version ]] || fail "emscripten at $emcc does not run ('emcc --version' printed no version)"
version_at_least "$emcc_version" 3.1.6 ||
  fail "emscripten $emcc_version ($emcc) is too old: this needs >= 3.1.6 (Debian bookworm: apt-get install emscripten)"
if [[ $app_only -eq 0 ]]; then
  chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
  [[ -x $chromium ]] || fail "Chromium is missing at $chromium: apt-get install chromium (or set CHROMIUM_PATH)"
  chromium_version=$("$chromium" --version 2>/dev/null | grep -o '[0-9][0-9.]*' | head -n 1 || true)
  [[ -n $chromium_version ]] || fail "Chromium at $chromium does not run ('$chromium --version' failed)"
  version_at_least "$chromium_version" 120 ||
    fail "Chromium $chromium_version is too old for the browser tests: this needs >= 120 (apt-get install chromium from bookworm-security)"
  log "Node.js $node_version, CMake $cmake_version, emscripten $emcc_version, Chromium $chromium_version"
else
  log "Node.js $node_version, CMake $cmake_version, emscripten $emcc_version"
fi

# --- npm packages for the browser tests ----------------------------------------------------------------------
if [[ $app_only -eq 0 ]]; then
  lock=tests/browser/package-lock.json
  stamp=tests/browser/node_modules/.dealsheet-lock
  if [[ ! -f $stamp ]] || ! cmp -s "$lock" "$stamp"; then
    log "installing the browser tests' npm packages (npm ci)"
    (cd tests/browser && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
    cp "$lock" "$stamp"
  fi
  pinned=$(node -p "require('./$lock').packages['node_modules/playwright-core'].version")
  installed=$(node -p "require('./tests/browser/node_modules/playwright-core/package.json').version" 2>/dev/null || true)
  [[ "$installed" == "$pinned" ]] ||
    fail "playwright-core ${installed:-is missing} in tests/browser/node_modules, but the lock file pins $pinned:" \
         "rm -rf tests/browser/node_modules and run scripts/setup.sh again"
fi
# --- Closure Compiler for the web build's JavaScript glue (optional) -----------------------------------------
# Pinned by cmake/closure/package-lock.json; cmake/WebFlags.cmake uses it when present (dealsheet.js −50%), and
# the build works without it, so a failed install only logs.
if command -v npm >/dev/null 2>&1; then
  lock=cmake/closure/package-lock.json
  stamp=cmake/closure/node_modules/.dealsheet-lock
  if [[ ! -f $stamp ]] || ! cmp -s "$lock" "$stamp"; then
    log "installing Closure Compiler (npm ci in cmake/closure)"
    if (cd cmake/closure && npm ci --no-audit --no-fund --loglevel=error); then
      cp "$lock" "$stamp"
    else
      log "Closure Compiler could not be installed: building without it (a larger dealsheet.js)"
    fi
  fi
fi
log "ready"
