#!/usr/bin/env bash
# `npm run test:classroom` (part of `npm test`): the classroom end to end on a real JupyterHub.
# Installs JupyterHub and its proxy first (only here and for `npm run classroom`, never for a
# learner's own set-up). Creating throw-away learner accounts needs root: without it the test
# is skipped with a notice, as the rest of the suite does not need root.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ "$(id -u)" != 0 ]; then
  echo "classroom test skipped: it creates throw-away Linux accounts, which needs root (run npm test as root or in CI)" >&2
  exit 0
fi
COURSE_CLASSROOM=1 bash scripts/setup.sh
# Learners clone the course, so every folder above it must be open to them. A checkout under a
# private folder (root's home, for one) is not: then the test runs on a copy in /tmp.
if runuser -u nobody -- test -r "$PWD/package.json"; then
  exec node_modules/.bin/mocha --no-config --bail --timeout 600000 build/test/classroom/hub.classroom.js
fi
stage=$(mktemp -d /tmp/classroom-course.XXXXXX)
trap 'rm -rf "$stage"' EXIT
chmod 755 "$stage"
echo "classroom test: learners cannot read $PWD, so it runs on a copy in $stage" >&2
cp -a . "$stage/course"
cd "$stage/course"
node_modules/.bin/mocha --no-config --bail --timeout 600000 build/test/classroom/hub.classroom.js
