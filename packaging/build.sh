#!/usr/bin/env bash
# Build the Linux one-folder bundle in a clean virtual environment, report its
# size, and run the bundle's own self-test with nothing from Python around it.
#
#   bash packaging/build.sh [--archive] [--keep-work] [--venv PATH]
#
# Result: dist/studyvisit/ (run dist/studyvisit/studyvisit). --archive also
# writes dist/studyvisit-VERSION-linux-ARCH.tar.gz. --venv builds with an
# existing virtual environment in which the project is already installed
# non-editable, saving the install (for trying the spec: the bundle takes in
# whatever else that environment holds). Environment: PYTHON (the
# interpreter to build with, default python3, 3.11 or newer);
# SELF_TEST_ARGS (extra arguments for the self-test, e.g. --no-window).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PYTHON="${PYTHON:-python3}"
ARCHIVE=0
KEEP_WORK=0
VENV=""
while [ $# -gt 0 ]; do
  case "$1" in
    --archive) ARCHIVE=1 ;;
    --keep-work) KEEP_WORK=1 ;;
    --venv) VENV="$(cd "${2:?--venv needs a folder}" && pwd)"; shift ;;
    *) echo "usage: bash packaging/build.sh [--archive] [--keep-work] [--venv PATH]" >&2; exit 2 ;;
  esac
  shift
done

WORK="$(mktemp -d "${TMPDIR:-/tmp}/studyvisit-build.XXXXXX")"
cleanup() {
  if [ "$KEEP_WORK" = 1 ]; then echo "work folder kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

started=$SECONDS
phase() { echo "== $1 ($((SECONDS - started)) s)"; }

# pypdf lets the bundle's self-test read back the text of the PDFs it writes.
BUILD_TOOLS=("pyinstaller>=6.10,<7" "pypdf>=4")
if [ -n "$VENV" ]; then
  phase "virtual environment $VENV"
  VENV_PYTHON="$VENV/bin/python"
  PACKAGES=("${BUILD_TOOLS[@]}")
else
  phase "clean virtual environment ($("$PYTHON" --version))"
  "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
    || { echo "error: $PYTHON is older than Python 3.11" >&2; exit 1; }
  "$PYTHON" -m venv "$WORK/venv"
  VENV_PYTHON="$WORK/venv/bin/python"
  PACKAGES=("$ROOT" "${BUILD_TOOLS[@]}")  # the project as a user gets it: a wheel, not editable
fi
"$VENV_PYTHON" -m pip install --quiet --disable-pip-version-check "${PACKAGES[@]}" 2>&1 \
  | { grep -v "is ignored: it is neither a file" || true; }
VERSION="$("$VENV_PYTHON" -c 'import studyvisit; print(studyvisit.__version__)')"

phase "PyInstaller (studyvisit $VERSION)"
rm -rf "$ROOT/dist/studyvisit"
# Run from the work folder: the spec must see the installed package, never the checkout.
(cd "$WORK" && "$VENV_PYTHON" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$ROOT/dist" --workpath "$WORK/build" "$ROOT/packaging/studyvisit.spec")
BUNDLE="$ROOT/dist/studyvisit"
# For a desktop install (linux/install.sh): the menu entry, AppStream data, the
# visit-file type and the icon.
mkdir -p "$BUNDLE/linux"
cp "$ROOT"/packaging/linux/* "$ROOT/resources/icons/studyvisit.png" \
  "$ROOT/resources/icons/studyvisit.svg" "$BUNDLE/linux/"
build_seconds=$((SECONDS - started))

phase "size"
echo "bundle: $(du -sh "$BUNDLE" | cut -f1) unpacked ($(du -sb "$BUNDLE" | cut -f1) bytes, $(find "$BUNDLE" -type f | wc -l) files)"
echo "-- the biggest files:"
# (awk, not head, takes the first lines: head would cut the pipe, and pipefail would stop here)
find "$BUNDLE" -type f -printf '%s\t%P\n' | sort -rn \
  | awk -F'\t' 'NR <= 15 { printf "%8.1f MB  %s\n", $1 / 1048576, $2 }'
echo "-- by library (folders and files directly in _internal):"
(cd "$BUNDLE/_internal" && du -sb -- * | sort -rn \
  | awk -F'\t' 'NR <= 12 { printf "%8.1f MB  %s\n", $1 / 1048576, $2 }')

phase "self-test of the bundle"
# No Python environment, no user settings: only the bundle and the system's libraries.
SELF_TEST_HOME="$WORK/home"
mkdir -p "$SELF_TEST_HOME"
# shellcheck disable=SC2086  # SELF_TEST_ARGS is a list of words
env -i HOME="$SELF_TEST_HOME" PATH=/usr/bin:/bin LANG=C.UTF-8 \
  "$BUNDLE/studyvisit" self-test ${SELF_TEST_ARGS:-}

if [ "$ARCHIVE" = 1 ]; then
  phase "archive"
  NAME="studyvisit-$VERSION-linux-$(uname -m)"
  tar -C "$ROOT/dist" -czf "$ROOT/dist/$NAME.tar.gz" --transform "s,^studyvisit,$NAME," studyvisit
  echo "written dist/$NAME.tar.gz ($(du -h "$ROOT/dist/$NAME.tar.gz" | cut -f1))"
fi

phase "done: dist/studyvisit/studyvisit (build $build_seconds s)"
