#!/usr/bin/env bash
# Builds what a store installs: for the kiosk and the counter an app-image (a folder with the app, its own Java
# runtime made by jlink and a launcher: the target needs no Java), and with --deb a .deb package of each.
# Everything lands in installer/target/. Needs JDK 17 (jlink, jpackage) and Maven; --deb needs fakeroot and
# dpkg-deb (Debian/Ubuntu). .msi and .dmg: see installer/README.md (built on those systems).
#
# Usage: installer/build.sh [--deb]
set -euo pipefail
cd "$(dirname "$0")/.."

types=(app-image)
if [ "${1:-}" = "--deb" ]; then
  types+=(deb)
fi
out=installer/target
rm -rf "$out"
mkdir -p "$out"

# jpackage wants a plain version number: 0.1.0-SNAPSHOT -> 0.1.0
version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
app_version=${version%%-*}

# the apps' jars and every library they use, in one reactor run so the sibling modules are the fresh ones
mvn -B -q -ntp -pl kiosk-app,counter-app -am package dependency:copy-dependencies -DskipTests \
  -DincludeScope=runtime

# One Java runtime for both apps: the Java SE modules (JDBC, XML, naming, desktop for printing and images),
# plus the unsupported API Hibernate's proxies use, the locale data that writes dates and money in Dutch and
# Danish, code page 858 for thermal receipts, and the zip file system.
jlink --add-modules java.se,jdk.unsupported,jdk.localedata,jdk.charsets,jdk.crypto.ec,jdk.zipfs \
  --generate-cds-archive --strip-debug --no-header-files --no-man-pages --compress=2 --output "$out/runtime"

for app in kiosk counter; do
  input="$out/$app/input"
  mkdir -p "$input"
  cp "$app-app/target/$app-app-$version.jar" "$input/"
  # JavaFX comes as an empty jar plus one per platform: the platform's are the ones with classes
  find "$app-app/target/dependency" -name '*.jar' -size +1k -exec cp {} "$input/" \;
  java installer/Icon.java "$app" "$out/$app/icon.png"
  main_class=nl.connectedstore.$app.$( [ "$app" = kiosk ] && echo KioskMain || echo CounterMain )
  common=(--name "connectedstore-$app" --app-version "$app_version" --vendor "Connected Store"
    --description "Connected Store $app")
  # Two more launchers with the app's own class path, for AppCDS (a class-data archive: the classes a start
  # loads, mapped from one file instead of read and checked one by one): "-classlist" lists them during a start
  # here, "-cds" archives them for the paths the app is installed at (the .deb runs it at install; JDK 17's archive
  # holds the class path it was made for) as the runtime's default archive, in place of the one with Java's own
  # classes only that jlink made: every start then uses it, with no option to name it.
  cds="$out/$app/cds"
  mkdir -p "$cds"
  printf 'java-options=-XX:DumpLoadedClassList=$APPDIR/classes.lst\nlinux-shortcut=false\n' >"$cds/classlist.properties"
  printf 'java-options=-Xshare:dump -XX:SharedClassListFile=$APPDIR/classes.lst -XX:SharedArchiveFile=$APPDIR/../runtime/lib/server/classes.jsa\nlinux-shortcut=false\n' \
    >"$cds/cds.properties"
  jpackage --type app-image "${common[@]}" \
    --input "$input" --main-jar "$app-app-$version.jar" --main-class "$main_class" \
    --runtime-image "$out/runtime" --icon "$out/$app/icon.png" \
    --java-options -Xmx1g --java-options -XX:+ExitOnOutOfMemoryError \
    --add-launcher "connectedstore-$app-classlist=$cds/classlist.properties" \
    --add-launcher "connectedstore-$app-cds=$cds/cds.properties" \
    --dest "$out/images"
  image="$out/images/connectedstore-$app"
  if command -v xvfb-run >/dev/null; then
    # one start on a fresh data folder (the demo chain filled, the first screen shown), its classes listed
    train_home=$(mktemp -d)
    CONNECTEDSTORE_HOME="$train_home" xvfb-run -a -s "-screen 0 1280x800x24" \
      "$image/bin/connectedstore-$app-classlist" --quit-when-ready >"$cds/training.log" 2>&1 \
      || echo "The class-list start of the $app ended with $? (see $cds/training.log)"
    if [ -f "$train_home/db/server.pid" ]; then
      kill "$(cat "$train_home/db/server.pid")" 2>/dev/null || true # the database server that start began
    fi
    rm -rf "$train_home"
    echo "$app: $(grep -vc '^@' "$image/lib/app/classes.lst" 2>/dev/null || echo 0) classes listed for its archive"
  else
    echo "No xvfb-run: the $app starts without a class-data archive (install xvfb to list its classes)"
  fi
  rm -f "$image/bin/connectedstore-$app-classlist" "$image/lib/app/connectedstore-$app-classlist.cfg"
  if [ "$app" = kiosk ]; then
    # the kiosk's service files go with it (installer/README.md, "A locked kiosk")
    cp installer/linux/connectedstore-kiosk*.service "$out/images/connectedstore-$app/lib/"
  fi
  for type in "${types[@]}"; do
    if [ "$type" = deb ]; then
      # the counter gets a menu entry on the staff desktop; the kiosk is started by its service (README.md
      # here), so its package also installs on a till with no desktop at all (a cage session)
      shortcut=()
      if [ "$app" = counter ]; then
        shortcut=(--linux-menu-group Office --linux-shortcut)
      fi
      jpackage --type deb "${common[@]}" --app-image "$out/images/connectedstore-$app" \
        --linux-package-name "connectedstore-$app" "${shortcut[@]}" \
        --linux-app-category misc --icon "$out/$app/icon.png" --resource-dir installer/linux/deb \
        --dest "$out/packages"
    fi
  done
  # the app-image's own archive, for its paths here (the .deb has jlink's, and makes the app's at install)
  if [ -f "$image/lib/app/classes.lst" ]; then
    "$image/bin/connectedstore-$app-cds" >"$cds/dump.log" 2>&1 || echo "No class-data archive for the $app image"
  fi
done
echo "Built in $out: images/$(ls "$out/images" | tr '\n' ' ')${types[1]:+, packages/$(ls "$out/packages" | tr '\n' ' ')}"
