#!/usr/bin/env bash
# Measures what the dashboard sends to its terminal, and its CPU, at 120x40 with one job streaming.
#
# Starts `runtop serve --simulate 1` on a free loopback port, runs runtop in a private tmux server whose pane
# output is copied to a file (`pipe-pane -o`: exactly the bytes runtop writes), and prints one JSON line:
#   first_paint_bytes   bytes until the first frame with every pane and a running job
#   steady_bytes_per_s  while the job streams (about 2 metric points and several log lines a second)
#   idle_bytes_per_s    while the server is frozen (SIGSTOP): no new data, only what runtop redraws on its own
#   *_cpu_percent       runtop's user+system CPU over each window (/proc/PID/stat)
# Environment: RUNTOP (binary, default .build/debug/runtop), RUNTOP_ARGS (extra dashboard flags, e.g. --no-clock),
# STEADY_SECONDS, IDLE_SECONDS (default 10 each),
# SPEED (simulation speed, default 1.2 = one step every 0.5 s), IDLE_DUMP (file to keep the idle bytes in).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runtop=${RUNTOP:-$root/.build/debug/runtop}
steady_seconds=${STEADY_SECONDS:-10}
idle_seconds=${IDLE_SECONDS:-10}
speed=${SPEED:-1.2}
[ -x "$runtop" ] || { echo "measure-bandwidth: build first: swift build --product runtop" >&2; exit 1; }
command -v tmux >/dev/null || { echo "measure-bandwidth: tmux is needed" >&2; exit 1; }

work=$(mktemp -d)
socket="runtop-bandwidth-$$"
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && { kill -CONT "$server_pid" 2>/dev/null || true; kill "$server_pid" 2>/dev/null || true; }
  tmux -L "$socket" kill-server 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

"$runtop" serve --port 0 --db "$work/runs.sqlite" --simulate 1 --speed "$speed" >"$work/serve.log" 2>&1 &
server_pid=$!
url=""
for _ in $(seq 1 100); do
  url=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$work/serve.log" 2>/dev/null | head -1 || true)
  [ -n "$url" ] && break
  sleep 0.1
done
[ -n "$url" ] || { echo "measure-bandwidth: the server did not start: $(cat "$work/serve.log")" >&2; exit 1; }

out="$work/pane.bytes"
: >"$out"
# The pane waits for a line on a fifo before it starts runtop, so pipe-pane is in place for the first byte.
mkfifo "$work/go"
tmux -L "$socket" -f /dev/null new-session -d -x 120 -y 40 \
  "read _ < '$work/go'; exec env TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 SWIFT_BACKTRACE=interactive=no '$runtop' --url '$url' ${RUNTOP_ARGS:-}"
tmux -L "$socket" set -g status off
tmux -L "$socket" pipe-pane -o "cat >> '$out'"
sleep 0.2
echo go >"$work/go"
pid=$(tmux -L "$socket" display -p '#{pane_pid}')

bytes() { stat -c %s "$out"; }
ticks() { awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$pid/stat"; }
hz=$(getconf CLK_TCK)
screen() { tmux -L "$socket" capture-pane -p; }

start=$(date +%s.%N)
first_paint=""
for _ in $(seq 1 300); do
  s=$(screen)
  if grep -q '6 Result' <<<"$s" && grep -q 'running' <<<"$s"; then first_paint=$(bytes); break; fi
  sleep 0.05
done
[ -n "$first_paint" ] || { echo "measure-bandwidth: no job appeared:" >&2; screen >&2; exit 1; }
first_paint_seconds=$(echo "$(date +%s.%N) - $start" | bc)

sleep 2
b0=$(bytes); c0=$(ticks); t0=$(date +%s.%N)
sleep "$steady_seconds"
b1=$(bytes); c1=$(ticks); t1=$(date +%s.%N)

kill -STOP "$server_pid"
sleep 1
b2=$(bytes); c2=$(ticks); t2=$(date +%s.%N)
sleep "$idle_seconds"
b3=$(bytes); c3=$(ticks); t3=$(date +%s.%N)
[ -n "${IDLE_DUMP:-}" ] && tail -c +"$((b2 + 1))" "$out" | head -c "$((b3 - b2))" >"$IDLE_DUMP"
kill -CONT "$server_pid"

awk -v fp="$first_paint" -v fps="$first_paint_seconds" \
  -v b0="$b0" -v b1="$b1" -v t0="$t0" -v t1="$t1" -v c0="$c0" -v c1="$c1" \
  -v b2="$b2" -v b3="$b3" -v t2="$t2" -v t3="$t3" -v c2="$c2" -v c3="$c3" -v hz="$hz" 'BEGIN {
  printf "{\"terminal\":\"120x40 xterm-256color UTF-8\",\"first_paint_bytes\":%d,\"first_paint_seconds\":%.2f,", fp, fps
  printf "\"steady_seconds\":%.1f,\"steady_bytes_per_s\":%.0f,\"steady_cpu_percent\":%.1f,", t1 - t0, (b1 - b0) / (t1 - t0), 100 * (c1 - c0) / hz / (t1 - t0)
  printf "\"idle_seconds\":%.1f,\"idle_bytes_per_s\":%.1f,\"idle_cpu_percent\":%.1f}\n", t3 - t2, (b3 - b2) / (t3 - t2), 100 * (c3 - c2) / hz / (t3 - t2)
}'
