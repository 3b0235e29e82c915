#!/usr/bin/env bash
# Give one learner their own copy of the course, or bring an existing copy's links up to date.
# Run as root by the hub before each of the learner's servers starts (and by the image's start
# script on Kubernetes, there as the learner). Safe to run any number of times.
#   usage: provision.sh LEARNER COURSE_ROOT
# The learner's files are made by the learner (runuser), never by root, so they own them.
set -euo pipefail
learner=${1:?usage: provision.sh LEARNER COURSE_ROOT}
course=${2:?usage: provision.sh LEARNER COURSE_ROOT}
here="$(cd "$(dirname "$0")" && pwd)"

home=$(getent passwd "$learner" | cut -d: -f6 || true)
if [ -z "$home" ] || [ ! -d "$home" ]; then
  echo "provision: $learner has no home folder (is the account there? npm run classroom -- add-learners)" >&2
  exit 1
fi
if [ "$(id -u)" = 0 ]; then
  # Debian's useradd makes homes readable by everyone: a learner's exercises are theirs alone.
  chmod 700 "$home"
  exec runuser -u "$learner" -- env -i HOME="$home" USER="$learner" LOGNAME="$learner" \
    PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 /bin/bash "$here/provision-learner.sh" "$course"
fi
[ "$(id -un)" = "$learner" ] || { echo "provision: run as root or as $learner" >&2; exit 1; }
exec /bin/bash "$here/provision-learner.sh" "$course"
