#!/usr/bin/env bash
# The self-contained archive on a machine without a JDK (SPEC §15, issue 18): builds it (mvn -B package -Pdist,
# unless DIST_ARCHIVE names one), unpacks it in a temporary directory and, with every installed JDK hidden
# (an empty directory bind-mounted over /usr/lib/jvm in a private mount namespace, PATH and JAVA_HOME cleared),
# runs every command and report format, and checks the examples' findings and exit codes.
# Needs root (or unprivileged user namespaces) for unshare; skips, not fails, where that is not allowed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd -P)
cd "$root"
archive=${DIST_ARCHIVE:-}
if [ -z "$archive" ]; then
  mvn -B -q -Pdist -DskipTests package >&2
  archive=$(ls cli/target/isolint-*-linux-x64.tar.gz | head -n 1)
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar -xzf "$archive" -C "$work"
bin=$(ls -d "$work"/isolint-*/bin/isolint)
mkdir -p "$work/empty"
jvms=/usr/lib/jvm
if ! unshare -m --propagation private true 2>/dev/null; then
  echo "test-dist: skipped, unshare -m is not allowed here" >&2
  exit 0
fi
cp -R testdata "$work/testdata"
cat > "$work/checks.sh" <<'SH'
set -u
fails=0
check() { # check WANT_EXIT GREP_TEXT CMD...: runs CMD, expects its exit code and the text in its output
  want=$1 text=$2; shift 2
  out=$("$@" 2>&1); got=$?
  if [ "$got" != "$want" ] || ! printf '%s' "$out" | grep -q -- "$text"; then
    echo "FAIL: $* -> exit $got (want $want), output lacks '$text':"; printf '%s\n' "$out" | tail -n 5; fails=$((fails + 1))
  else
    echo "ok: $*"
  fi
}
command -v java >/dev/null 2>&1 && { echo "FAIL: a java is still reachable: $(command -v java)"; exit 1; }
[ -z "$(ls -A /usr/lib/jvm 2>/dev/null)" ] || { echo "FAIL: /usr/lib/jvm is not hidden"; exit 1; }
cd "$WORK"
check 1 "5 FAIL" "$BIN" scan testdata/examples
# The first run dumped the start-up archive beside the jar; the JVM must accept it (-Xshare:on fails otherwise).
lib=$(dirname "$(dirname "$BIN")")/lib
[ -f "$lib/isolint.jsa" ] || { echo "FAIL: no start-up archive after the first run"; fails=$((fails + 1)); }
check 1 "5 FAIL" env ISOLINT_JAVA_OPTS="-Xshare:on -XX:SharedArchiveFile=$lib/isolint.jsa -XX:TieredStopAtLevel=1" \
  "$BIN" scan testdata/examples
check 1 '"schemaVersion" : 1' "$BIN" scan -f json testdata/examples
check 1 '"version" : "2.1.0"' "$BIN" scan -f sarif testdata/rules
check 1 "<testsuites" "$BIN" scan -f junit testdata/rules
check 1 "::error" "$BIN" scan -f github testdata/rules
check 1 '"vulnerabilities"' "$BIN" scan -f gitlab testdata/rules
check 0 "ISO006" "$BIN" explain
check 0 "aws sagemaker create-model" "$BIN" explain ISO001
check 0 "unknown" "$BIN" config
check 0 "isolint" "$BIN" --version
check 2 "" "$BIN" scan testdata/hostile
check 0 "1 PASS" sh -c "printf 'Resources:\n  M:\n    Type: AWS::SageMaker::Model\n    Properties:\n      EnableNetworkIsolation: true\n' | \"$BIN\" scan -"
exit $fails
SH
env -i PATH=/usr/bin:/bin HOME="$work" WORK="$work" BIN="$bin" \
  unshare -m --propagation private sh -c "mount --bind '$work/empty' '$jvms' && sh '$work/checks.sh'"
echo "test-dist: $(basename "$archive"), $(du -h "$archive" | cut -f1), unpacked $(du -sh "$(dirname "$(dirname "$bin")")" | cut -f1)"
