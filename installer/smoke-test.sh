#!/usr/bin/env bash
# Starts the built kiosk app-image (installer/build.sh) as a store would, with its own runtime and no Maven,
# on a fresh data folder under Xvfb, and checks that it reaches its first usable screen; then the counter the
# same way on that data folder. Stops only what it started: the apps quit by themselves (--quit-when-ready),
# the database server they started is stopped by the process id it wrote. Needs xvfb and libgtk-3-0.
#
# Usage: installer/smoke-test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
images=installer/target/images
home=$(mktemp -d)
stop_db_server() {
  local pid_file="$home/db/server.pid"
  if [ -f "$pid_file" ]; then
    kill "$(cat "$pid_file")" 2>/dev/null || true
  fi
}
trap 'stop_db_server; rm -rf "$home"' EXIT

run() {
  local app=$1 log="$home/$1.out"
  # the first start creates and fills the demo chain: minutes on a busy 2-core machine
  if ! CONNECTEDSTORE_HOME="$home" timeout 600 xvfb-run -a -s "-screen 0 1280x800x24" \
      "$images/connectedstore-$app/bin/connectedstore-$app" --quit-when-ready >"$log" 2>&1; then
    echo "The installed $app did not start and quit cleanly:"
    tail -40 "$log"
    return 1
  fi
  local shown
  shown=$(grep -o 'first usable screen after [0-9]* ms' "$log" || true)
  if [ -z "$shown" ]; then
    echo "The installed $app never showed its first screen:"
    tail -40 "$log"
    return 1
  fi
  echo "installed $app: $shown"
}
run kiosk
run counter
