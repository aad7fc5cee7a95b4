#!/usr/bin/env bash
# Runs the README's two commands on a brand-new Debian bookworm machine: a minimal root made with debootstrap
# (nothing but the base system), this repository's committed HEAD cloned alone inside, then `scripts/test.sh`
# and `scripts/serve.sh` in it, as a new user would. The GitHub workflow's container job checks the same on every
# push (it starts from a plain debian:bookworm); this script reproduces it on a machine of our own, on demand.
# It is slow (a whole toolchain installs and everything builds from nothing) and never part of the test run.
#
# Usage (as root): scripts/fresh-bookworm.sh [--root DIR] [--reuse]
#   --root DIR  where the new machine's root goes (default /var/tmp/dealsheet-bookworm); it is made anew
#   --reuse     keep an existing root's base system (debootstrap is skipped) but clone and run afresh
# Prints each command's last lines and exits non-zero when either command fails.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

root=/var/tmp/dealsheet-bookworm
reuse=0
while (($#)); do
  case $1 in
    --root) root=$2; shift 2 ;;
    --reuse) reuse=1; shift ;;
    *) echo "usage: scripts/fresh-bookworm.sh [--root DIR] [--reuse]" >&2; exit 2 ;;
  esac
done
log() { printf '[fresh-bookworm] %s\n' "$*"; }

[[ $(id -u) -eq 0 ]] || { echo "fresh-bookworm: run as root (debootstrap and chroot need it)" >&2; exit 1; }
for tool in debootstrap git curl; do
  command -v "$tool" >/dev/null || { echo "fresh-bookworm: needs $tool (apt-get install $tool)" >&2; exit 1; }
done
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}

mounted=()
cleanup() {
  local i
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[i]}" 2>/dev/null || true; done
}
trap cleanup EXIT
mount_into() {  # mount_into TYPE-OR-BIND SOURCE TARGET
  mkdir -p "$3"
  if [[ $1 == bind ]]; then mount --bind "$2" "$3"; else mount -t "$1" "$2" "$3"; fi
  mounted+=("$3")
}

# --- the base system ---------------------------------------------------------------------------------------
if [[ $reuse -eq 0 || ! -x $root/bin/bash ]]; then
  # Anything still mounted from an interrupted run goes before the folder does.
  if [[ -d $root ]]; then
    grep -o " $root/[^ ]*" /proc/mounts | sort -r | xargs -r -n1 umount -l || true
    rm -rf --one-file-system "$root"
  fi
  log "debootstrap --variant=minbase bookworm $root (from $mirror)"
  debootstrap --variant=minbase bookworm "$root" "$mirror" >"$root.debootstrap.log" 2>&1 ||
    { tail -n 20 "$root.debootstrap.log"; exit 1; }
fi
# The package sources of Debian's own bookworm image: the release, its updates and its security archive.
cat >"$root/etc/apt/sources.list" <<SOURCES
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb ${mirror%/debian}/debian-security bookworm-security main
SOURCES
cp /etc/resolv.conf "$root/etc/resolv.conf"
# This workplace's network inspects TLS with its own certificate authority: the new machine must trust it too,
# or npm cannot reach the registry. It is the network's, not something the project installs.
extra_cas=(/usr/local/share/ca-certificates/*.crt)
if [[ -e ${extra_cas[0]} ]]; then
  mkdir -p "$root/usr/local/share/ca-certificates"
  cp "${extra_cas[@]}" "$root/usr/local/share/ca-certificates/"
  cat "${extra_cas[@]}" >"$root/usr/local/share/network-ca.pem"
fi
# Check-Valid-Until and proxies likewise describe the network the machine sits on.
apt-config dump | grep -E '^Acquire::(Check-Valid-Until|Check-Date|https?::Proxy) ' >"$root/etc/apt/apt.conf.d/99network" || true

# --- the clone, alone ----------------------------------------------------------------------------------------
rm -rf "$root/root/dealsheet"
git clone -q --no-hardlinks "$repo" "$root/root/dealsheet"
log "cloned $(git -C "$root/root/dealsheet" log -1 --format='%h %s' | cut -c1-100)"

mount_into proc proc "$root/proc"
mount_into sysfs sysfs "$root/sys"
mount_into bind /dev "$root/dev"
mount_into devpts devpts "$root/dev/pts"
mount_into tmpfs tmpfs "$root/dev/shm"

in_root() {  # a clean environment, as on a new machine
  local env=(HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 CI=true)
  [[ -e $root/usr/local/share/network-ca.pem ]] && env+=(NODE_EXTRA_CA_CERTS=/usr/local/share/network-ca.pem)
  chroot "$root" /usr/bin/env -i "${env[@]}" /bin/bash -c "cd /root/dealsheet && $1"
}

# --- the README's test command -------------------------------------------------------------------------------
log "scripts/test.sh (log: $root/test.log)"
started=$SECONDS
if in_root scripts/test.sh >"$root/test.log" 2>&1; then test_rc=0; else test_rc=$?; fi
log "scripts/test.sh exited $test_rc after $(((SECONDS - started) / 60)) min; its last lines:"
grep -E 'tests passed|tests failed|Total Test time|^=== |Error|error:' "$root/test.log" | tail -n 12 || true
tail -n 3 "$root/test.log"

# --- the README's serve command ------------------------------------------------------------------------------
port=${PORT:-8091}
log "scripts/serve.sh $port (log: $root/serve.log)"
in_root "exec scripts/serve.sh $port" >"$root/serve.log" 2>&1 &
server=$!
serve_rc=1
for _ in $(seq 1 900); do  # up to 15 minutes: the build runs first when the test command did not finish it
  if curl -fsS "http://127.0.0.1:$port/" -o "$root/index.html" 2>/dev/null &&
     curl -fsS "http://127.0.0.1:$port/dealsheet.wasm" -o /dev/null 2>/dev/null; then
    serve_rc=0
    break
  fi
  kill -0 "$server" 2>/dev/null || break
  sleep 1
done
if [[ $serve_rc -eq 0 ]]; then
  log "served: http://127.0.0.1:$port/ → $(grep -o '<title>[^<]*</title>' "$root/index.html"), dealsheet.wasm found"
else
  log "scripts/serve.sh did not serve the app; its last lines:"
  tail -n 15 "$root/serve.log"
fi
pkill -f "tools/serve.mjs build/wasm/site --port $port" 2>/dev/null || true
kill "$server" 2>/dev/null || true
wait "$server" 2>/dev/null || true

log "test command: $([[ $test_rc -eq 0 ]] && echo passed || echo "FAILED ($test_rc)"); serve command: $([[ $serve_rc -eq 0 ]] && echo served || echo FAILED)"
[[ $test_rc -eq 0 && $serve_rc -eq 0 ]]
