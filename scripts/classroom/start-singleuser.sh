#!/usr/bin/env bash
# The learner's server in the container image: prepare (or re-link) the learner's own course
# copy, then start the single-user Notebook server with the arguments the hub passed.
set -euo pipefail
course=${COURSE_ROOT:-/opt/autoencoders-course}
bash "$course/scripts/classroom/provision.sh" "$(id -un)" "$course"
export JUPYTERHUB_SINGLEUSER_APP=${JUPYTERHUB_SINGLEUSER_APP:-notebook.notebookapp.NotebookApp}
exec jupyterhub-singleuser "$@"
