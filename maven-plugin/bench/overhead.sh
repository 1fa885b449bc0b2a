#!/usr/bin/env bash
# What the plugin adds to `mvn verify` of a small project: the IT project clean-project (one template, one
# package.json) built offline N times with the plugin and N times without it (the same POM minus <build>),
# alternating, against the integration tests' repository. Prints each run and the medians in milliseconds.
# Needs a prior `mvn verify` (or `mvn -pl maven-plugin -am verify`), which fills maven-plugin/target/local-repo.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
repo=$PWD/target/local-repo
source_it=$PWD/target/it/clean-project
[ -f "$source_it/pom.xml" ] && [ -d "$repo/dev/isolint" ] || { echo "run mvn verify first" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$source_it" "$work/with"
cp -r "$source_it" "$work/without"
rm -rf "$work"/with/target "$work"/without/target "$work"/*/build.log
sed -i '/<build>/,/<\/build>/d' "$work/without/pom.xml"

build() { # dir -> wall-clock milliseconds of one offline, quiet verify
  local s e
  s=$(date +%s%N)
  mvn -B -q -o -Dmaven.repo.local="$repo" -f "$1/pom.xml" verify >/dev/null
  e=$(date +%s%N)
  echo $(( (e - s) / 1000000 ))
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

build "$work/with" >/dev/null; build "$work/without" >/dev/null   # warm the file cache, not measured
with=(); without=()
for i in $(seq "$runs"); do
  without+=("$(build "$work/without")")
  with+=("$(build "$work/with")")
  echo "run $i: without ${without[-1]} ms, with ${with[-1]} ms"
done
test -f "$work/with/target/isolint.sarif"   # the plugin really ran
mw=$(printf '%s\n' "${with[@]}" | median)
mo=$(printf '%s\n' "${without[@]}" | median)
echo "median of $runs: without $mo ms, with $mw ms, plugin adds $((mw - mo)) ms (load: $(cut -d' ' -f1-3 /proc/loadavg))"
