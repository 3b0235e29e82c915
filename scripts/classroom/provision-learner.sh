#!/usr/bin/env bash
# The learner's side of provision.sh, run as the learner: clone the course into ~/course once,
# then (every time) link the shared npm packages and build the learner's own copy.
#   usage: provision-learner.sh COURSE_ROOT
set -euo pipefail
course=${1:?usage: provision-learner.sh COURSE_ROOT}
copy="$HOME/course"
shared="$course/node_modules"

if [ ! -r "$course/package.json" ] || [ ! -d "$shared" ]; then
  echo "provision: $(id -un) cannot read the course at $course (it must be readable by every learner, with npm run setup done)" >&2
  exit 1
fi

# The course belongs to root, so git refuses to clone it ("dubious ownership") unless the
# learner's own git config says it is safe; git 2.39 ignores `git -c safe.directory=...`.
# Cloning reads the repository folder itself, so mark it too: "$course/.git" in a plain
# checkout, or the folder a git worktree's .git file points to.
safe=("$course")
if [ -d "$course/.git" ]; then safe+=("$course/.git"); fi
if [ -f "$course/.git" ]; then safe+=("$(sed -n 's/^gitdir: //p' "$course/.git")"); fi
for dir in "${safe[@]}"; do
  if ! git config --global --get-all safe.directory 2>/dev/null | grep -qxF "$dir"; then
    git config --global --add safe.directory "$dir"
  fi
done
# The course's own build can seed a fresh copy (saving each learner a full compile at first
# login) only when it was compiled from exactly the committed sources the copy starts from.
build_matches_sources() {
  local sources=(lib datasets exercises solutions test scripts tsconfig.json)
  [ -f "$course/build/.tsbuildinfo" ] && [ ! -f "$course/build/type-errors.txt" ] || return 1
  if [ -e "$course/.git" ]; then  # a clone gets the committed sources: nothing may be uncommitted
    [ -z "$(git -C "$course" status --porcelain -- "${sources[@]}" 2>/dev/null || echo changed)" ] || return 1
  fi
  [ -z "$(cd "$course" && find "${sources[@]}" -newer build/.tsbuildinfo -name '*.ts' | head -1)" ]
}
if [ ! -e "$copy" ]; then
  if [ -e "$course/.git" ]; then
    git clone --quiet --no-hardlinks "$course" "$copy"  # the course as committed, with its history
  else  # a course unpacked from an archive (as in the container image): copy it
    mkdir -p "$copy"
    tar -C "$course" --exclude=./node_modules --exclude=./build --exclude=./.jupyter --exclude=./out -cf - . | tar -C "$copy" -xf -
  fi
  # Copied after the sources, so the build is newer than every one and setup sees it current.
  if build_matches_sources; then cp -r "$course/build" "$copy/build"; fi
fi

# Link each shared package on its own. Never link node_modules as a whole: the course's own
# package name must point at THIS copy (`autoencoders-course` -> ..), or the learner's notebooks
# would silently import the teacher's library and grade the teacher's exercises.
mkdir -p "$copy/node_modules"
for entry in "$shared"/* "$shared"/.bin; do
  name=$(basename "$entry")
  [ "$name" = autoencoders-course ] && continue
  link="$copy/node_modules/$name"
  if [ -L "$link" ] || [ ! -e "$link" ]; then ln -sfn "$entry" "$link"; fi
done
for link in "$copy"/node_modules/* "$copy"/node_modules/.bin; do  # packages the course dropped
  if [ -L "$link" ] && [ ! -e "$link" ]; then rm -f "$link"; fi
done
ln -sfn .. "$copy/node_modules/autoencoders-course"
# Tell setup that this copy's packages are installed (they are: linked), so it never runs npm ci.
bash "$copy/scripts/install-stamp.sh" "$copy" > "$copy/node_modules/.course-install-stamp"

# Build the learner's library and register the kernel in ~/course/.jupyter (quick when done).
(cd "$copy" && COURSE_ALLOW_TYPE_ERRORS=1 bash scripts/setup.sh)
