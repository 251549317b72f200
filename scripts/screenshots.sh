#!/usr/bin/env bash
# Makes the README screenshots: runs each app under Xvfb on a throw-away demo database and lets it save
# what it shows (see StoreApp.screenshotTour). Needs xvfb and libgtk-3-0 (Debian: apt-get install -y xvfb libgtk-3-0).
set -euo pipefail
cd "$(dirname "$0")/.."
out="$PWD/docs/screenshots"
mkdir -p "$out"
export CONNECTEDSTORE_HOME="$(mktemp -d)"
stop_db_server() {
  # the shared database server this script's apps started: by the process id it wrote, never by name
  local pid_file="$CONNECTEDSTORE_HOME/db/server.pid"
  if [ -f "$pid_file" ]; then
    kill "$(cat "$pid_file")" 2>/dev/null || true
    rm -f "$pid_file"
  fi
}
trap 'stop_db_server; rm -rf "$CONNECTEDSTORE_HOME"' EXIT
mvn -B -q -pl kiosk-app,counter-app -am compile
xvfb-run -a -s "-screen 0 1280x800x24" \
  mvn -B -q -pl kiosk-app -am javafx:run -Djavafx.args="--screenshot=$out/kiosk --camera=replay:$PWD/kiosk-app/replay-demo"
xvfb-run -a -s "-screen 0 1280x800x24" \
  mvn -B -q -pl counter-app -am javafx:run -Djavafx.args="--screenshot=$out/counter"
ls -l "$out"
