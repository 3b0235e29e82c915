#!/usr/bin/env bash
# The fingerprint of the npm install: set-up runs `npm ci` when node_modules/.course-install-stamp
# differs from it. Only package-lock.json counts (it records every dependency of package.json),
# so editing a script in package.json does not trigger a reinstall.
set -euo pipefail
cd "${1:-$(dirname "$0")/..}"
sha256sum < package-lock.json | cut -d' ' -f1
