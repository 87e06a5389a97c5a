#!/usr/bin/env bash
# Time from launch to the main window on screen: the bundle against the same code
# run from a virtual environment, on a virtual X screen (Xvfb), no hook in the app.
#
#   bash packaging/measure_startup.sh [RUNS]        (default 7 runs of each)
#
# Environment: BUNDLE (default dist/studyvisit/studyvisit) and SOURCE (the
# `studyvisit` command of a virtual environment, default .venv/bin/studyvisit).
# Each run starts the program on a fresh copy of a database holding the demo
# visit, with an empty home folder (no remembered settings), and stops the clock
# when a visible window titled "... studyvisit" is mapped (polled every 10 ms
# with xdotool). Needs Xvfb and xdotool (apt-get install xvfb xdotool).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
RUNS="${1:-7}"
BUNDLE="${BUNDLE:-$ROOT/dist/studyvisit/studyvisit}"
SOURCE="${SOURCE:-$ROOT/.venv/bin/studyvisit}"
for tool in Xvfb xdotool; do
  command -v "$tool" >/dev/null || { echo "error: $tool is missing (apt-get install xvfb xdotool)" >&2; exit 1; }
done
for program in "$BUNDLE" "$SOURCE"; do
  [ -x "$program" ] || { echo "error: $program is not there (set BUNDLE / SOURCE)" >&2; exit 1; }
done

WORK="$(mktemp -d "${TMPDIR:-/tmp}/studyvisit-startup.XXXXXX")"
# A display of our own, away from the usual :0 and :99 of desktops and xvfb-run.
NUMBER=70
while [ -e "/tmp/.X$NUMBER-lock" ] || [ -e "/tmp/.X11-unix/X$NUMBER" ]; do NUMBER=$((NUMBER + 1)); done
# -noreset: by default the server resets whenever its last client leaves, and a program
# connecting during that moment fails.
Xvfb ":$NUMBER" -screen 0 1600x1000x24 -nolisten tcp -noreset >"$WORK/xvfb.log" 2>&1 &
XVFB_PID=$!
cleanup() { kill "$XVFB_PID" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
export DISPLAY=":$NUMBER"
for _ in $(seq 100); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.05; done

HOME="$WORK/home0" "$SOURCE" --db "$WORK/demo.sqlite3" demo >/dev/null

# "WALL CPU": seconds from launch until the window shows, and the processor time the
# program had used by then (steadier than the wall clock on a busy machine); the
# program is then stopped.
time_to_window() {
  local program="$1" run_dir="$WORK/run$RANDOM"
  mkdir -p "$run_dir/home"
  cp "$WORK/demo.sqlite3" "$run_dir/visits.sqlite3"
  local start end pid
  start=$(date +%s.%N)
  env -i HOME="$run_dir/home" PATH=/usr/bin:/bin DISPLAY="$DISPLAY" LANG=C.UTF-8 \
    "$program" --db "$run_dir/visits.sqlite3" >"$run_dir/output.txt" 2>&1 &
  pid=$!
  until xdotool search --onlyvisible --name "studyvisit" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { echo "error: $program exited before showing a window:" >&2; cat "$run_dir/output.txt" "$WORK/xvfb.log" >&2; return 1; }
    sleep 0.01
  done
  end=$(date +%s.%N)
  # utime and stime, fields 14 and 15 of /proc/PID/stat, in clock ticks.
  local ticks
  ticks=$(awk '{ print $14 + $15 }' "/proc/$pid/stat")
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  echo "$(echo "$end - $start" | bc -l) $(echo "$ticks / $(getconf CLK_TCK)" | bc -l)"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
fastest() { sort -n | awk 'NR == 1'; }

echo "warming the file cache (one run each, not counted)"
time_to_window "$BUNDLE" >/dev/null
time_to_window "$SOURCE" >/dev/null
bundle_wall=() bundle_cpu=() source_wall=() source_cpu=()
for run in $(seq "$RUNS"); do  # alternate, so that a busy moment hits both
  read -r wall cpu < <(time_to_window "$BUNDLE")
  bundle_wall+=("$wall") bundle_cpu+=("$cpu")
  read -r wall cpu < <(time_to_window "$SOURCE")
  source_wall+=("$wall") source_cpu+=("$cpu")
  printf 'run %2d: bundle %.2f s (%.2f s CPU), virtual environment %.2f s (%.2f s CPU)\n' "$run" \
    "${bundle_wall[-1]}" "${bundle_cpu[-1]}" "${source_wall[-1]}" "${source_cpu[-1]}"
done
report() {  # LABEL STATISTIC BUNDLE_VALUES... -- SOURCE_VALUES...
  local label="$1" statistic="$2"
  shift 2
  local bundle_values=() source_values=() side=bundle
  for value in "$@"; do
    if [ "$value" = "--" ]; then side=source; continue; fi
    if [ "$side" = bundle ]; then bundle_values+=("$value"); else source_values+=("$value"); fi
  done
  local b s
  b=$(printf '%s\n' "${bundle_values[@]}" | "$statistic")
  s=$(printf '%s\n' "${source_values[@]}" | "$statistic")
  printf '%-28s bundle %.2f s, virtual environment %.2f s, ratio %.2f\n' "$label" "$b" "$s" \
    "$(echo "$b / $s" | bc -l)"
}
report "median, to the window:" median "${bundle_wall[@]}" -- "${source_wall[@]}"
report "fastest, to the window:" fastest "${bundle_wall[@]}" -- "${source_wall[@]}"
report "median, CPU used by then:" median "${bundle_cpu[@]}" -- "${source_cpu[@]}"
