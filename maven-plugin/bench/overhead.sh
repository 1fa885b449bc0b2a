#!/usr/bin/env bash
# What the plugin adds to `mvn verify` of a small project: the IT project clean-project (one template, one
# package.json) built offline N times each without the plugin (the same POM minus <build>), with it, and with it
# skipped (-Disolint.skip=true: loading the plugin without scanning), in turns, against the integration tests'
# repository and settings (the user's local repository as a remote one, assumed at ~/.m2/repository).
# Prints each run and the medians in milliseconds. Usage: overhead.sh [RUNS] (default 5).
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
sed "s#@localRepositoryUrl@#file://$HOME/.m2/repository#" src/it/settings.xml > "$work/settings.xml"

build() { # dir [args] -> "wall-ms cpu-ms" of one offline, quiet verify (cpu = user + system, all threads)
  local dir=$1
  shift
  /usr/bin/time -f '%e %U %S' -o "$work/time" \
    mvn -B -q -o -s "$work/settings.xml" -Dmaven.repo.local="$repo" -f "$dir/pom.xml" "$@" verify >/dev/null 2>&1 \
    || { echo "build of $dir failed" >&2; return 1; }
  awk '{printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000}' "$work/time"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
column() { printf '%s\n' "${@:2}" | cut -d' ' -f"$1" | median; }

build "$work/with" >/dev/null; build "$work/without" >/dev/null   # warm the file cache, not measured
test -f "$work/with/target/isolint.sarif"                          # the plugin really ran
with=(); without=(); skipped=()
for i in $(seq "$runs"); do
  without+=("$(build "$work/without")")
  with+=("$(build "$work/with")")
  skipped+=("$(build "$work/with" -Disolint.skip=true)")
  echo "run $i (wall cpu, ms): without ${without[-1]}, with ${with[-1]}, with skip ${skipped[-1]}"
done
for k in 1 2; do
  name=$([ "$k" = 1 ] && echo wall || echo cpu)
  mo=$(column "$k" "${without[@]}"); mw=$(column "$k" "${with[@]}"); ms=$(column "$k" "${skipped[@]}")
  echo "median $name of $runs: without $mo ms, with $mw ms (+$((mw - mo)) ms), with skip $ms ms (+$((ms - mo)) ms)"
done
echo "load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
