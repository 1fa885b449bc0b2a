#!/usr/bin/env bash
# Builds the self-contained archive cli/target/isolint-VERSION-linux-x64.tar.gz (SPEC §15): a jlink runtime of only
# the modules isolint needs (jdeps tells which), the runnable jar, a CDS archive made for that runtime from the same
# training runs as ./isolint, and bin/isolint. Run by `mvn -B package -Pdist` after the jar is built (cli/pom.xml);
# needs a JDK with jmods (JAVA_HOME, else the java on PATH).
set -euo pipefail
version=${1:?usage: dist.sh VERSION}
root=$(cd "$(dirname "$0")/.." && pwd -P)
jdk=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
jar="$root/cli/target/isolint.jar"
name="isolint-$version"
out="$root/cli/target/dist"
image="$out/$name"
[ -f "$jar" ] || { echo "dist: $jar is missing: run mvn package first" >&2; exit 2; }
[ -d "$jdk/jmods" ] || { echo "dist: $jdk has no jmods: jlink needs a full JDK (set JAVA_HOME)" >&2; exit 2; }

rm -rf "$out" && mkdir -p "$image/bin" "$image/lib"
# jdeps names java.desktop and java.sql too, only for Jackson's and SnakeYAML's JavaBeans and JDBC type support, which
# isolint never reaches (it reads trees and events and binds no objects); without them the runtime is 34 MB, not 48 MB.
# scripts/test-dist.sh runs every reader, report format and command on the result with every JDK hidden.
modules=$("$jdk/bin/jdeps" --ignore-missing-deps --multi-release 17 --print-module-deps "$jar" \
  | tr ',' '\n' | grep -v -x -e java.desktop -e java.sql | paste -sd, -)
"$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files --compress=2 \
  --output "$image/runtime"
cp "$jar" "$image/lib/isolint.jar"
cp "$root/dist/isolint" "$image/bin/isolint"
chmod 755 "$image/bin/isolint"
cp "$root/LICENSE" "$image/" 2>/dev/null || true

# The start-up class list, recorded by the runtime that will use it from the launcher's training runs. JDK 17's CDS
# archive must be dumped where the jar will live (it checks the class path exactly), so bin/isolint dumps
# lib/isolint.jsa from this list on first use, once per install location (about a second).
java="$image/runtime/bin/java"
list="$out/classes.list"
: > "$list"
for run in "scan testdata" "scan -f json testdata" "scan -f sarif testdata" "scan -f junit testdata" \
    "scan -f github testdata" "scan -f gitlab testdata" "scan testdata/cloudformation/insecure-model.yaml" \
    "explain" "scan --help"; do
  # shellcheck disable=SC2086 # the runs are word lists
  (cd "$root" && "$java" -Xshare:off -XX:DumpLoadedClassList="$out/part" -cp "$image/lib/isolint.jar" dev.isolint.cli.Main $run \
      >/dev/null 2>&1 </dev/null) || true
  [ -f "$out/part" ] && cat "$out/part" >> "$list" && rm -f "$out/part"
done
awk '!seen[$0]++' "$list" > "$image/lib/isolint.classlist"
rm -f "$list"
# Proof that the list dumps with this runtime (the archive itself is not shipped: its path would not match).
(cd "$out" && "$java" -Xshare:dump -XX:SharedClassListFile="$image/lib/isolint.classlist" \
    -XX:SharedArchiveFile="$out/check.jsa" -XX:-CreateCoredumpOnCrash -cp "$image/lib/isolint.jar" >/dev/null)
rm -f "$out/check.jsa"

tar -C "$out" -czf "$root/cli/target/$name-linux-x64.tar.gz" "$name"
( cd "$root/cli/target" && sha256sum "$name-linux-x64.tar.gz" > "$name-linux-x64.tar.gz.sha256" )
echo "dist: cli/target/$name-linux-x64.tar.gz ($(du -h "$root/cli/target/$name-linux-x64.tar.gz" | cut -f1);" \
  "modules: $modules)"
