#!/usr/bin/env bash
# Cold start of the kiosk on an already filled demo database: JVM launch -> the welcome screen it remembered from
# its last start (shown before the database is open) and -> first usable screen (database open), as the app logs
# them (ColdStart). Runs the app with plain `java` (no Maven in the way) under Xvfb, RUNS times
# with the shared database server already running, and RUNS times with it stopped before each launch.
# With --installed it starts the installed app-image instead (installer/build.sh; /opt/connectedstore-kiosk when
# the .deb is installed, else installer/target/images), its own runtime and launcher, as a store starts it.
# Needs xvfb and libgtk-3-0. Usage: scripts/cold-start.sh [RUNS] [--installed]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
installed="${2:-}"
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
if [ "$installed" = --installed ]; then
  launcher=/opt/connectedstore-kiosk/bin/connectedstore-kiosk
  [ -x "$launcher" ] || launcher=installer/target/images/connectedstore-kiosk/bin/connectedstore-kiosk
  echo "installed app-image: $launcher"
  command=("$launcher")
else
  cp_file="$(mktemp)"
  # In one reactor run, so the sibling modules resolve to their fresh jars; the kiosk writes the file last.
  mvn -B -q -pl kiosk-app -am package dependency:build-classpath -DskipTests -Dmdep.outputFile="$cp_file"
  command=(java -cp "kiosk-app/target/classes:$(cat "$cp_file")" nl.connectedstore.kiosk.KioskMain)
fi
# Prints "<welcome> <ready>": when the remembered welcome screen showed (before the database was open; "-" on a
# start that had nothing remembered) and when the kiosk answered taps (its database open, the first screen live).
launch() {
  local log welcome ready
  log=$(xvfb-run -a -s "-screen 0 1280x800x24" "${command[@]}" --quit-when-ready 2>&1)
  welcome=$(grep -o 'welcome screen shown after [0-9]* ms' <<<"$log" | grep -o '[0-9]*' || true)
  ready=$(grep -o 'first usable screen after [0-9]* ms' <<<"$log" | grep -o '[0-9]*')
  echo "${welcome:--} ${ready}"
}
echo "first start (creates and fills the demo chain), welcome/ready: $(launch) ms"
echo "server running, welcome/ready:"
for i in $(seq "$runs"); do echo "  $(launch) ms"; done
echo "server stopped before each start, welcome/ready:"
for i in $(seq "$runs"); do
  stop_db_server
  sleep 1
  echo "  $(launch) ms"
done
