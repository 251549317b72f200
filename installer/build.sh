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
  --strip-debug --no-header-files --no-man-pages --compress=2 --output "$out/runtime"

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
  jpackage --type app-image "${common[@]}" \
    --input "$input" --main-jar "$app-app-$version.jar" --main-class "$main_class" \
    --runtime-image "$out/runtime" --icon "$out/$app/icon.png" \
    --java-options -Xmx1g --java-options -XX:+ExitOnOutOfMemoryError \
    --dest "$out/images"
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
done
echo "Built in $out: images/$(ls "$out/images" | tr '\n' ' ')${types[1]:+, packages/$(ls "$out/packages" | tr '\n' ' ')}"
