#!/usr/bin/env bash
# One idempotent set-up for learners, teachers and CI. Each step checks first and does nothing
# when its work is already done, so a second run takes a few seconds.
#   1. Debian packages: Jupyter Notebook, nbclient/nbconvert, node-canvas's build deps,
#      Chromium with a font for the browser test of the course UI, MIDI songs (notebook 06),
#      a font for Myanmar script (Noto Sans Myanmar, in fonts-noto-core) for the Myanmar course,
#      and oneDNN for the native kernels.
#   2. npm packages (npm ci), when package-lock.json changed since the last install.
#   3. The library build (tsc, incremental) and the `autoencoders-course` link notebooks import;
#      the native kernels (native/, over oneDNN) when their sources changed (a failure only warns).
#   4. The tslab kernelspec, in a project-local Jupyter folder (.jupyter/), never the user's own.
# With COURSE_CLASSROOM=1 (set by `npm run classroom`) it also installs JupyterHub and its proxy.
# Every message goes to stderr, so a command that prints JSON after set-up (`npm run grade --
# --json`) keeps stdout clean even on the run that installs or compiles something.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
say() { printf '\033[1m[setup]\033[0m %s\n' "$*" >&2; }
# A learner's note on stderr in the course's language: English, or Myanmar with COURSE_LANG=my.
note() { if [ "${COURSE_LANG:-en}" = my ]; then printf '%s\n' "$2" >&2; else printf '%s\n' "$1" >&2; fi; }

# --- 1. Debian packages --------------------------------------------------------------------
# What runs the course, what only builds it (node-canvas compiles against the -dev packages), and
# what only the tests use (the UI test drives Chromium). The classroom's container image installs
# the build list in its build stage and only the runtime list in the image learners get:
# `setup.sh --list-apt runtime|build|test|classroom`.
RUNTIME_APT=(jupyter-notebook python3-nbclient python3-nbformat jupyter-nbconvert jupyter-client
  libcairo2 libpango-1.0-0 libpangocairo-1.0-0 libjpeg62-turbo libgif7 librsvg2-2 libpixman-1-0
  fonts-dejavu-core fonts-noto-core libdnnl2
  openttd-openmsx)  # MIDI songs (GPL-2) that notebook 06 reads as melodies, where Debian puts them
BUILD_APT=(build-essential pkg-config libcairo2-dev libpango1.0-dev libjpeg-dev libgif-dev librsvg2-dev
  libpixman-1-dev libdnnl-dev)
TEST_APT=(chromium)
CLASSROOM_APT=(jupyterhub node-configurable-http-proxy)
if [ "${1:-}" = --list-apt ]; then
  case "${2:-}" in
    runtime) printf '%s\n' "${RUNTIME_APT[@]}" ;;
    build) printf '%s\n' "${BUILD_APT[@]}" ;;
    test) printf '%s\n' "${TEST_APT[@]}" ;;
    classroom) printf '%s\n' "${CLASSROOM_APT[@]}" ;;
    *) echo "usage: setup.sh --list-apt runtime|build|test|classroom" >&2; exit 64 ;;
  esac
  exit 0
fi
APT_PACKAGES=("${RUNTIME_APT[@]}" "${BUILD_APT[@]}" "${TEST_APT[@]}")
if [ "${COURSE_CLASSROOM:-0}" = 1 ]; then
  APT_PACKAGES+=("${CLASSROOM_APT[@]}")
fi
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
  [ "$status" = "installed" ] || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  install_cmd="apt-get update && apt-get install -y ${missing[*]}"
  if [ "$(id -u)" = 0 ]; then
    say "installing Debian packages: ${missing[*]}"
    apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    say "installing Debian packages with sudo: ${missing[*]}"
    sudo apt-get update -q >/dev/null
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null
  else
    note "Set-up needs these Debian packages, and installing them needs root:" \
      "သင်ခန်းစာကို ပြင်ဆင်ရန် အောက်ပါ Debian package များ လိုသည်၊ ၎င်းတို့ကို ထည့်သွင်းရန် root လိုသည်-"
    echo "    sudo sh -c '$install_cmd'" >&2
    note "Run that once (or ask your administrator), then run this command again." \
      "၎င်းကို တစ်ကြိမ် run ပါ (သို့မဟုတ် စီမံခန့်ခွဲသူကို မေးပါ)၊ ထို့နောက် ဤ command ကို ထပ် run ပါ။"
    exit 1
  fi
fi

# --- 2. npm packages -------------------------------------------------------------------------
stamp=node_modules/.course-install-stamp
want=$(bash scripts/install-stamp.sh)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  say "installing npm packages (npm ci; the optional tfjs-node may fail to download: that is fine)"
  # node-canvas compiles against Node's headers. Without internet node-gyp cannot download them,
  # so point it at the Debian copy when npm has not been told where they are.
  if [ -z "$(npm config get nodedir 2>/dev/null | grep -v '^undefined$' || true)" ] && [ -f /usr/include/node/node_version.h ]; then
    export npm_config_nodedir=/usr
  fi
  npm ci --no-audit --no-fund --loglevel=error >&2
  echo "$want" > "$stamp"
fi

# --- 3. Build the library and link it so notebooks can `import ... from "autoencoders-course"` ---
# Skip tsc when no TypeScript source changed since the last build (keeps a re-run quick).
changed=$(find lib datasets exercises solutions test scripts tsconfig.json -newer build/.tsbuildinfo \
  \( -name '*.ts' -o -name 'tsconfig.json' \) 2>/dev/null | head -1 || true)
if [ ! -f build/.tsbuildinfo ] || [ -n "$changed" ]; then
  mkdir -p build
  # The grader reads build/type-errors.txt to show a learner the type errors of each exercise.
  if node_modules/.bin/tsc -p tsconfig.json > build/type-errors.txt 2>&1; then
    rm -f build/type-errors.txt
  else
    cat build/type-errors.txt >&2
    note "[setup] TypeScript reported the errors above. The JavaScript was still written;" \
      "[setup] TypeScript က အထက်ပါ error များကို ပြသည်။ JavaScript ကို ရေးပြီး ဖြစ်သည်-"
    note "[setup] if the file is one of your exercises, fix it there." \
      "[setup] ထိုဖိုင်သည် သင့်လေ့ကျင့်ခန်း တစ်ခု ဖြစ်ပါက ထိုနေရာတွင် ပြင်ပါ။"
    rm -f build/.tsbuildinfo  # so the next run compiles again and shows the errors again
    [ "${COURSE_ALLOW_TYPE_ERRORS:-0}" = 1 ] || exit 1
  fi
fi
# Compiled files whose TypeScript source is gone (moved or deleted) are removed: a stale
# build/lib/x.js would shadow a newer folder lib/x/ when Node resolves './x'.
if [ -d build ]; then
  while IFS= read -r js; do
    source_file="${js#build/}"
    [ -f "${source_file%.js}.ts" ] || rm -f "$js" "${js%.js}.d.ts" "$js.map"
  done < <(find build -name '*.js')
fi
[ -L node_modules/autoencoders-course ] || ln -sfn .. node_modules/autoencoders-course
bash scripts/build-native.sh

# --- 4. Kernelspec for the TypeScript kernel ---------------------------------------------------
TSLAB="$ROOT/node_modules/.bin/tslab"
KERNEL_JSON=.jupyter/share/jupyter/kernels/tslab/kernel.json
if ! grep -qF "\"$TSLAB\"" "$KERNEL_JSON" 2>/dev/null; then
  say "registering the tslab kernel in $ROOT/.jupyter"
  "$TSLAB" install --python=/usr/bin/python3 --binary="$TSLAB" --prefix "$ROOT/.jupyter" >/dev/null
fi
