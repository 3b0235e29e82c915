#!/usr/bin/env bash
# Build the native kernel pack (native/, a Node-API addon over oneDNN) when its sources changed.
# Called by scripts/setup.sh. Nothing here fails the set-up: without a compiler or oneDNN the
# library runs on its wasm kernels, and a failed build leaves its reason in
# native/build/build-error.txt, which `ae.ready()` quotes.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 0
[ -d native ] || exit 0  # a copy of the project without the native sources: nothing to build
cd native || exit 0
say() { printf '\033[1m[setup]\033[0m %s\n' "$*" >&2; }

ADDON=build/Release/course_native.node
STAMP=build/.sources-stamp
ERROR_FILE=build/build-error.txt

# The build depends on the sources, the compiler flags and the Node.js it is built for.
want=$( (cat binding.gyp ./*.cc ./*.h; node -p 'process.versions.node + process.versions.napi') | sha256sum | cut -d' ' -f1)
if [ -f "$ADDON" ] && [ "$(cat "$STAMP" 2>/dev/null)" = "$want" ]; then exit 0; fi
if [ -f "$ERROR_FILE" ] && [ "$(cat "$STAMP" 2>/dev/null)" = "$want" ]; then exit 0; fi  # failed before, nothing changed

fail() {
  mkdir -p build
  rm -f "$ADDON"  # an addon from older sources must not load
  echo "$1" > "$ERROR_FILE"
  echo "$want" > "$STAMP"
  echo "[setup] warning: the native kernels did not build ($1); training runs on the slower wasm kernels." >&2
  exit 0
}

[ "$(uname -s)" = Linux ] || fail "the native kernels are built on Linux only"
command -v g++ >/dev/null || fail "no C++ compiler: apt-get install build-essential"
[ -f /usr/include/dnnl.hpp ] || [ -f /usr/include/oneapi/dnnl/dnnl.hpp ] || fail "oneDNN is not installed: apt-get install libdnnl-dev"

# The node-gyp that npm bundles; Debian's Node.js headers, since node-gyp cannot download any offline.
gyp="$(npm root -g 2>/dev/null)/npm/node_modules/node-gyp/bin/node-gyp.js"
[ -f "$gyp" ] || fail "node-gyp not found at $gyp"
nodedir=()
[ -f /usr/include/node/node_api.h ] && nodedir=(--nodedir=/usr)

say "building the native kernels (native/, oneDNN)"
log=$(mktemp)
node "$gyp" rebuild "${nodedir[@]}" > "$log" 2>&1
status=$?
mkdir -p build
mv "$log" build/build.log  # node-gyp's rebuild empties build/ first, so the log waits outside
if [ $status -eq 0 ] && [ -f "$ADDON" ]; then
  rm -f "$ERROR_FILE"
  echo "$want" > "$STAMP"
else
  reason=$(grep -m1 -E 'error' build/build.log | sed 's/^[[:space:]]*//' | cut -c1-200)
  fail "${reason:-node-gyp failed, see native/build/build.log}"
fi
