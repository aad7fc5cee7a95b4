#!/usr/bin/env bash
# Installs what Dealsheet needs on a Debian bookworm machine, skipping whatever is already there:
#   Debian packages (toolchains, header-only libraries, font, Chromium for the browser tests),
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
packages=(cmake ninja-build g++ clang libclang-rt-14-dev emscripten nlohmann-json3-dev catch2 fonts-dejavu-core python3-fonttools
          xz-utils ca-certificates)
[[ $app_only -eq 0 ]] && packages+=(chromium)
command -v node >/dev/null 2>&1 || packages+=(nodejs)   # any node ≥ 18 will do (Debian's or another)
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

# --- npm packages for the browser tests ----------------------------------------------------------------------
if [[ $app_only -eq 0 ]]; then
  lock=tests/browser/package-lock.json
  stamp=tests/browser/node_modules/.dealsheet-lock
  if [[ ! -f $stamp ]] || ! cmp -s "$lock" "$stamp"; then
    log "installing the browser tests' npm packages (npm ci)"
    (cd tests/browser && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
    cp "$lock" "$stamp"
  fi
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
