#!/usr/bin/env bash
# Puts the screens a person should look at after UI or wording changes on the headless screen, in English, Dutch
# and Danish, and saves each as a PNG (PIN refusals, Change my PIN, the unlock menu, the request queue's PIN prompt,
# payments to resolve; the kiosk's reversed payment and note for staff, sign-up and address refusals, order.busy,
# the start-up's wait for the database). Headless (Monocle): needs no display. Usage: scripts/look.sh [out-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-$(mktemp -d)}"
mkdir -p "$out"
mvn -B -q -pl counter-app -am test -Dtest=CounterLookTour -Dsurefire.failIfNoSpecifiedTests=false \
  -Dlook.out="$out"
mvn -B -q -pl kiosk-app -am test -Dtest=KioskLookTour -Dsurefire.failIfNoSpecifiedTests=false \
  -Dlook.out="$out"
ls -l "$out"
