#!/usr/bin/env bash
# Makes the README screenshots: runs each app under Xvfb on a throw-away demo database and lets it save
# what it shows (see StoreApp.screenshotTour). Languages: all three, or those named (scripts/screenshots.sh da). Needs xvfb and libgtk-3-0 (Debian: apt-get install -y xvfb libgtk-3-0).
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
# English beside the README, Dutch and Danish in their own folders (docs/screenshots/nl, docs/screenshots/da)
for lang in ${@:-en nl da}; do
  dir="$out"
  [ "$lang" = en ] || dir="$out/$lang"
  mkdir -p "$dir"
  stop_db_server
  rm -rf "$CONNECTEDSTORE_HOME" && mkdir -p "$CONNECTEDSTORE_HOME"
  xvfb-run -a -s "-screen 0 1280x800x24" \
    mvn -B -q -pl kiosk-app -am javafx:run -Djavafx.args="--screenshot=$dir/kiosk --screenshot-language=$lang --camera=replay:$PWD/kiosk-app/replay-demo"
  # the counter starts in the machine's language (en, nl or da) and its tour shows the counter in it; the JVM's
  # own setting, as an installed locale is not needed for it
  JAVA_TOOL_OPTIONS="-Duser.language=$lang" xvfb-run -a -s "-screen 0 1280x800x24" \
    mvn -B -q -pl counter-app -am javafx:run -Djavafx.args="--screenshot=$dir/counter"
done
ls -l "$out" "$out/nl" "$out/da"
